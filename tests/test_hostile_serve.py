"""Hostile requests to `dossier serve`: answered with an error status, never a traceback on its terminal."""
import pytest

from tests.test_serve import server  # noqa: F401 (the fixture)


@pytest.mark.parametrize("path", ["a" * 300, "a/" * 3000, "a" * 300 + "/", "assets/" + "b" * 256 + ".js"])
def test_an_address_too_long_for_a_file_name_is_not_found(server, path):  # noqa: F811
    assert server.get(path)[0] == 404
    assert server.get("index.html")[0] == 200
    assert "Traceback" not in server.err.read_text() + server.out.read_text()


def test_a_connection_the_browser_drops_is_no_error(server):  # noqa: F811
    """A page load cancelled or a tab closed before the answer: the connection is reset, and the terminal shows
    nothing of it."""
    import socket
    import struct
    import time
    from urllib.parse import urlsplit

    port = urlsplit(server.url).port
    for _ in range(10):
        client = socket.create_connection(("127.0.0.1", port))
        client.sendall(f"GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, not closed
        client.close()
    time.sleep(1)
    assert server.get("index.html")[0] == 200
    assert "Traceback" not in server.err.read_text() + server.out.read_text()


def test_two_tabs_loading_the_suggestions_page_at_once_both_get_it(server):  # noqa: F811
    """The page of pending suggestions is made once per build, however many ask at once (Snowball's stemmer, which
    it uses, keeps its word while it works: two requests at once broke it)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(lambda _: server.get("__dossier__/suggestions"), range(3)))
    assert [status for status, _ in answers] == [200] * 3 and len({page for _, page in answers}) == 1
    assert "Pending suggestions" in answers[0][1]
    assert "Traceback" not in server.err.read_text() + server.out.read_text()


def test_the_stemmer_works_from_many_threads_at_once():
    from concurrent.futures import ThreadPoolExecutor

    from builder.words import stem

    words = ["meeting", "agreed", "negotiations", "ceasefire", "interference", "presidential"] * 300
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(stem, words)) == [stem(w) for w in words]
