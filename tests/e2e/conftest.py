"""Browser-test fixtures: the served site as base_url, and no console errors."""
import pytest


@pytest.fixture(scope="session")
def base_url(site_server):
    """Playwright's base URL: the served reference site (here, so unit tests never build it)."""
    return site_server


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
