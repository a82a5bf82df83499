"""Shared fixtures: the browser, the built reference site, and throwaway projects."""
import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.news_sets")  # its assertions fail with what was found, as the tests' own do

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--disable-gpu", "--no-sandbox", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]
MINIMAL_SITE_CONFIG = "title: Test dossier\n"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, browser_type):
    """Playwright's launch args, switched to a system Chromium when that is what we have."""
    path = os.environ.get("CHROMIUM_PATH")
    if not path and not Path(browser_type.executable_path).exists():
        path = shutil.which("chromium")
    if not path:
        return browser_type_launch_args
    args = [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS]
    return {**browser_type_launch_args, "executable_path": path, "args": args}


@pytest.fixture
def page(context):
    """pytest-playwright's page, closed before its context is: asked to close a context that still held a page,
    Chromium has been seen never to answer, and the suite hung (three times, each at the end of a test whose last
    step was a navigation)."""
    page = context.new_page()
    yield page
    page.close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The reference dossier, built once per session into a temp dir (its Path)."""
    out = tmp_path_factory.mktemp("site")
    cmd = [sys.executable, "-m", "builder", "build", "--out", str(out), "--allow-outside", "--no-cache"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, f"site build failed:\n{proc.stdout}\n{proc.stderr}"
    return out


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(folder: Path):
    """URL ("http://127.0.0.1:PORT/") of an HTTP server serving ``folder`` while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_server(built_site):
    """URL ("http://127.0.0.1:PORT/") of an HTTP server serving built_site."""
    with served(built_site) as url:
        yield url


@pytest.fixture
def make_project(tmp_path):
    """Factory: make_project({relative path: text}) writes a throwaway project dir and returns it."""
    def make(files=None, name="project"):
        root = tmp_path / name
        root.mkdir()
        files = dict(files or {})
        files.setdefault("site_config.yml", MINIMAL_SITE_CONFIG)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root
    return make
