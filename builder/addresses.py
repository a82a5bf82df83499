"""Web addresses from content and configuration: what keeps one from being an http(s) address a reader can trust."""
from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit

NOT_IN_URLS = re.compile(r"[\s\"<>{}|\\^`\x00-\x1f\x7f]")  # the characters RFC 3986 leaves out of addresses
WEB = ("https://", "http://")
UNSAFE_CHARACTERS = ("an address cannot hold spaces, quotes, < > { } | \\ ^ or `: percent-encode them (a space is "
                     "%20)")


def problem(url: str, example: str = "") -> str | None:
    """What keeps ``url`` from being a web address a page may link to (not http(s), a character no address holds,
    see host_problem), in editors' words with what to write instead; None when it is one."""
    if not url.startswith(WEB):
        return "it is not a web address: write one starting with https:// or http://"
    if NOT_IN_URLS.search(url):
        return UNSAFE_CHARACTERS
    return host_problem(url, example)


def ascii_address(url: str) -> str:
    """``url`` in ASCII, as a sitemap and search engines want it: a host in another script in its IDNA form
    (``xn--…``), the path's other characters beyond ASCII percent-encoded (as UTF-8). Raises UnicodeError for a host
    IDNA cannot write."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        netloc = parts.hostname.encode("idna").decode("ascii") + (f":{parts.port}" if parts.port is not None else "")
    return parts._replace(netloc=netloc, path=quote(parts.path, safe="/%:@!$&'()*+,;=~")).geturl()


def host_problem(url: str, example: str = "") -> str | None:
    """What keeps the http(s) address ``url`` from leading where it shows: no host, a port out of range, a broken
    [IPv6] host, or a user name before the host (``https://trusted.org@elsewhere.net/`` shows one site and leads to
    the other); None when it leads where it shows. ``example`` follows "write the whole address"."""
    try:
        parts = urlsplit(url)
        parts.port  # raises ValueError out of 0-65535
    except ValueError as exc:
        return f"it is not an address ({exc}); write the whole address{example}"
    if not parts.hostname:
        return f"it names no host; write the whole address{example}"
    if "@" in parts.netloc:
        user, _, host = parts.netloc.rpartition("@")
        return (f"it holds '{user}@' before its host, so it shows {user} but leads to {host}; write it without that "
                f"part: {parts._replace(netloc=host).geturl()}")
    if unquote(parts.netloc) != parts.netloc:  # a browser decodes the host first: "https://[x/" written %5Bx
        return host_problem(parts._replace(netloc=unquote(parts.netloc)).geturl(), example)
    try:
        ascii_address(url)
    except UnicodeError:
        return f"its host '{parts.hostname}' is no name a browser can look up; write the whole address{example}"
    return None
