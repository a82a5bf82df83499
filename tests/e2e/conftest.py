"""Browser-test fixtures: the served site as base_url, the news fixtures' sites, and no console errors."""
import functools
import threading
from http.server import ThreadingHTTPServer

import pytest

from builder import pipeline
from builder.config import load_config
from tests.conftest import ROOT, _QuietHandler

NEWS = ("trade-talks", "truce-talks", "data-breach", "court-ruling")


@pytest.fixture(scope="session")
def base_url(site_server):
    """Playwright's base URL: the served reference site (here, so unit tests never build it)."""
    return site_server


@pytest.fixture(scope="session")
def news_server(tmp_path_factory):
    """URL of a server of the news fixtures' sites (tests/fixtures/<name>), each built into its folder without a search
    index: <url><name>/."""
    root = tmp_path_factory.mktemp("news")
    for name in NEWS:
        pipeline.build(load_config(ROOT / "tests" / "fixtures" / name), root / name, allow_outside=True, index=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def console_errors(request):
    """Collects the page's console errors and uncaught errors; a test that has any fails."""
    errors = []
    if "page" in request.fixturenames:
        page = request.getfixturevalue("page")

        def on_console(msg):
            if msg.type == "error":
                errors.append(f"console: {msg.text} ({msg.location.get('url')})")

        page.on("console", on_console)
        page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    return errors


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    errors = item.funcargs.get("console_errors")
    if errors:
        pytest.fail("browser errors:\n" + "\n".join(errors))
    return result
