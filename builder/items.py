"""A file of several articles (a mailbox, a mailing list's digest, a chat app's full export): the one `--item N`
chooses, counted from 1, and the note naming the others, how to import them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from builder.problems import DossierError, Located, Problem

LISTED = 20  # the other items a note names; more are counted


def choose(path: Path, count: int, item: int | None, holder: str, what: str, label: Callable[[int], str]) \
        -> tuple[int, list[str]]:
    """The index (from 0) of the item ``item`` (from 1; None: the first) of the ``count`` ``what``s (messages, chats)
    the ``holder`` (mailbox, export) holds, and a note naming the others by ``label`` (an index's); refuses
    (DossierError) an item it does not hold."""
    number = item or 1
    if number > count:
        raise DossierError([Problem(Located(path), f"--item {number}: the {holder} holds {count} "
                                                   f"{what}{'s' * (count > 1)}; choose one from 1 to {count}")])
    others = [n for n in range(1, count + 1) if n != number]
    listed = "; ".join(f"{n} {label(n - 1)}" for n in others[:LISTED]) + (
        f"; and {len(others) - LISTED} more" if len(others) > LISTED else "")  # (a label may be slow to read)
    article = "an" if holder[0] in "aeiou" else "a"
    return number - 1, [f"{article} {holder} of {count} {what}s: {what} {number} imported; import another with "
                        f"--item N: {listed}" if others else f"{article} {holder} of one {what}: imported"]


def one(path: Path, item: int | None, what: str) -> None:
    """Refuse (DossierError) a second item or more of a file that holds one ``what`` (an article, a message)."""
    if item not in (None, 1):
        raise DossierError([Problem(Located(path), f"--item {item}: the file holds one {what}, not several; leave "
                                                   "--item out")])
