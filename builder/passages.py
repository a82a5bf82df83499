"""Where each quote stands in its source: one place, found once per quote and text, or a message saying why not
(not there, in another source, in more than one place, too short to pin, pieces out of order)."""
from __future__ import annotations

import functools
import json
import re

from builder.cache import Cache, digest
from builder.load import RawDoc
from builder.model import Dossier, Source
from builder.problems import Located, Problems
from builder.quotes import Span, closest, elided, locate, normalise_with_map, occurrences, word_count
from builder.sentences import questions, retractions


class Indexes(dict):
    """Each source's normalised body and offset map, computed the first time a quote needs it."""

    def __init__(self, sources: dict[str, Source], cache: Cache | None, min_words: int):
        super().__init__()
        self.sources, self.cache, self.keys, self.min_words = sources, cache, {}, min_words
        self.retractions: dict[str, tuple[tuple[int, int], ...]] = {}
        self.questions: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def __missing__(self, source: str):
        self[source] = normalise_with_map(self.sources[source].body)
        return self[source]

    def occurrences(self, quote: str, source: Source) -> tuple[Span, ...]:
        """Every place ``quote`` is in ``source`` (see quotes.occurrences); looked up once per quote and text with a
        cache."""
        def find():
            return occurrences(quote, source.body, functools.partial(self.__getitem__, source.id))
        if self.cache is None:
            return find()
        if source.id not in self.keys:
            self.keys[source.id] = digest(source.body.encode("utf-8"))
        return self.cache.span(self.keys[source.id], quote, find)

    def retraction_at(self, source: Source, offset: int) -> bool:
        """Whether the sentence of ``source`` holding ``offset`` is a correction's or a wire note's
        (sentences.retractions, read once per source)."""
        if source.id not in self.retractions:
            self.retractions[source.id] = retractions(source.body)
        return any(start <= offset < end for start, end in self.retractions[source.id])

    def question_at(self, source: Source, offset: int) -> str | None:
        """The label of the transcript's turn of ``source`` putting a question that holds ``offset`` ("Q"), if any
        (sentences.questions, read once per source)."""
        if source.id not in self.questions:
            self.questions[source.id] = questions(source.body)
        return next((label for start, end, label in self.questions[source.id] if start <= offset < end), None)


def pin(doc: RawDoc, path: tuple, quote: str, source: Source, after: int, occurrence: int | None,
         indexes: Indexes, problems: Problems, dossier: Dossier) -> Span | None:
    """The one place ``quote`` (a quote, or one piece of it) stands in ``source`` after offset ``after``; None after
    reporting a quote that is not there, is in the wrong order, or could stand in more than one place."""
    found = indexes.occurrences(quote, source)
    if not found:
        problems.error(doc.at(*path), _quote_problem(quote, source, dossier, indexes))
        return None
    later = [s for s in found if s.start >= after]
    piece = f"piece {path[-1] + 1} of the quote" if isinstance(path[-1], int) else "the quote"
    if not later:
        problems.error(doc.at(*path), f"{piece} is in source '{source.id}' only before the piece above it; "
                                      "list the pieces in the order the article has them")
        return None
    if occurrence is not None:
        if occurrence > len(later):
            problems.error(doc.at(*path[:2], "occurrence"),
                           f"'occurrence' is {occurrence}, but the quote occurs {_times(len(later))} in source "
                           f"'{source.id}'; use a number from 1 to {len(later)}")
            return None
        return later[occurrence - 1]
    words, fix = word_count(quote), "" if isinstance(path[-1], int) else ", or add `occurrence: N` (1 for the first)"
    places = ", ".join(f"line {_line_of(source, s.start).line}" for s in later[:5]) + ", …" * (len(later) > 5)
    repeated = f"occurs {_times(len(later))} in source '{source.id}' ({places})" if len(later) > 1 else ""
    if words < indexes.min_words:
        problems.error(doc.at(*path), f"{piece} has {words} word{'s' * (words != 1)}, fewer than the "
                                      f"{indexes.min_words} needed to pin one passage{', and ' if repeated else ''}"
                                      f"{repeated}; quote more of the sentence{fix} to say which place you mean")
        return None
    if repeated:
        problems.error(doc.at(*path), f"{piece} {repeated}; quote more words around it{fix} to say which place "
                                      "you mean")
        return None
    return later[0]


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _quote_problem(quote: str, source: Source, dossier: Dossier, indexes: Indexes) -> str:
    """Why a quote is not in its source: another source has it, or where the closest passage differs."""
    for other in dossier.sources.values():
        span = locate(quote, other.body, functools.partial(indexes.__getitem__, other.id)) if other.id != source.id else None
        if span is not None:
            return (f"quote not found in source '{source.id}', but it is in source '{other.id}' "
                    f"({_line_of(other, span.start)}); set `source: {other.id}` or quote {source.id}'s own words")
    pieces = elided(quote, source.body, functools.partial(indexes.__getitem__, source.id))
    if pieces:
        listed = ", ".join(json.dumps(p, ensure_ascii=False) for p in pieces)
        return (f"quote not found in source '{source.id}' as written: the article has no ellipsis there, so the quote "
                f"leaves words out; write it as a quote in pieces: `quote: [{listed}]`")
    brackets = (": square brackets mark words of your own, which a quote cannot hold (a quote in pieces can leave "
                "words out)") if re.search(r"\[[^\]]*\]", quote) and "[" not in source.body else ""
    passage, start, difference = closest(quote, source.body, indexes[source.id])
    if passage is None:
        return (f"quote not found in source '{source.id}', which has no passage like it; copy the words "
                f"exactly from {source.where.path}{brackets}")
    return (f"quote not found in source '{source.id}'; the closest passage ({_line_of(source, start)}) reads "
            f"\"{passage}\": {difference}. Copy the words exactly{brackets}")


def _line_of(source: Source, offset: int) -> Located:
    """Where a body offset sits in the source file."""
    paragraph = next((p for p in reversed(source.paragraphs) if p.start <= offset), None)
    if paragraph is None:
        return source.where.at(1)
    return source.where.at(paragraph.line + source.body.count("\n", paragraph.start, offset))
