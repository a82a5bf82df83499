"""How well builder/independence.py finds copied wording: recall on planted passages, false alarms on the rest.

Takes a project's sources (the reference dossier by default) and, for every ordered pair of articles (A, B),
plants paragraphs of A into B in three ways:
  - verbatim: wire copy printed as is;
  - rewritten: the same paragraph with every 20th word replaced (an outlet lightly rewriting another), and
    every 8th (a heavier rewrite);
  - quoted: only a remark A quotes, in quotation marks, with B's own framing (independent outlets quoting
    the same speaker: must NOT be found).
A planted copy is found when a shared passage overlaps it. Anything found outside the planted text, and
anything found between the untouched articles, is a false alarm.

    .venv/bin/python benchmarks/shared_wording.py [--project .] [--words 10 15 20] [--trials 4]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from builder.config import load_config  # noqa: E402
from builder.independence import find_shared  # noqa: E402
from builder.model import Source  # noqa: E402
from builder.pipeline import check  # noqa: E402

QUOTED = re.compile(r"\u201c[^\u201c\u201d\n]{60,300}\u201d|(?<![^\s(])\"[^\"\n]{60,300}\"(?=[\s,.;:)]|$)")


def planted(rng: random.Random, body: str, text: str) -> tuple[str, int, int]:
    """``body`` with ``text`` inserted as a paragraph at a random paragraph break; (new body, start, end)."""
    breaks = [m.end() for m in re.finditer(r"\n\n", body)] or [len(body)]
    at = rng.choice(breaks)
    new = body[:at] + text + "\n\n" + body[at:]
    return new, at, at + len(text)


def rewritten(text: str, every: int) -> str:
    words = text.split(" ")
    return " ".join("however" if i % every == every - 1 else w for i, w in enumerate(words))


def evaluate(sources: dict[str, Source], words: int, trials: int, seed: int = 1) -> dict[str, tuple[int, int]]:
    """{kind: (found, planted)} and ('false alarms', (pairs with a false alarm, pairs checked))."""
    rng = random.Random(seed)
    result = {"verbatim": [0, 0], "every 20th": [0, 0], "every 8th": [0, 0], "quoted": [0, 0], "false alarms": [0, 0]}
    ids = sorted(sources)
    for a in ids:
        paragraphs = [p for p in sources[a].body.split("\n\n") if len(p.split()) >= 25]
        remarks = [m.group(0) for m in QUOTED.finditer(sources[a].body)]
        for b in ids:
            if a == b:
                continue
            base = find_shared({a: sources[a], b: sources[b]}, words)
            result["false alarms"][0] += bool(base.shared)
            result["false alarms"][1] += 1
            for _ in range(trials):
                for kind in ("verbatim", "every 20th", "every 8th", "quoted"):
                    if kind == "quoted":
                        if not remarks:
                            continue
                        text = f"Asked about it, the minister said: {rng.choice(remarks)} Nothing more was said."
                    else:
                        text = rng.choice(paragraphs) if paragraphs else ""
                        text = rewritten(text, int(kind.split()[1][:-2])) if kind.startswith("every") else text
                    if not text:
                        continue
                    body, start, end = planted(rng, sources[b].body, text)
                    copy = Source(b, b, b, "unknown", "unknown", "en", body, (), sources[b].where)
                    found = find_shared({a: sources[a], b: copy}, words).between(b, a)
                    hit = any(p.first.start < end and p.first.end > start for p in found)
                    result[kind][0] += hit
                    result[kind][1] += 1
    return {k: tuple(v) for k, v in result.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=Path("."))
    parser.add_argument("--words", type=int, nargs="+", default=[10, 15, 20])
    parser.add_argument("--trials", type=int, default=4)
    args = parser.parse_args()
    sources = check(load_config(args.project)).site.dossier.sources
    print(f"{len(sources)} sources, {args.trials} trials per ordered pair\n")
    print("| shared_wording_words | verbatim paragraphs found | every 20th word rewritten | every 8th word rewritten | "
          "quoted remarks found (should be 0) | article pairs with a false alarm |")
    print("|---|---|---|---|---|---|")
    for words in args.words:
        r = evaluate(sources, words, args.trials)
        cells = [f"{found}/{total} ({100 * found / total:.0f} %)" if total else "–" for found, total in r.values()]
        print(f"| {words} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
