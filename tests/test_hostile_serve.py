"""Hostile requests to `dossier serve`: answered with an error status, never a traceback on its terminal."""
import pytest

from tests.test_serve import server  # noqa: F401 (the fixture)


@pytest.mark.parametrize("path", ["a" * 300, "a/" * 3000, "a" * 300 + "/", "assets/" + "b" * 256 + ".js"])
def test_an_address_too_long_for_a_file_name_is_not_found(server, path):  # noqa: F811
    assert server.get(path)[0] == 404
    assert server.get("index.html")[0] == 200
    assert "Traceback" not in server.err.read_text() + server.out.read_text()
