"""The quality report of a narration: what its text stage could only guess at, as the admin console and the CMS
API show it (per article, and site-wide: "the 50 most frequent unknown tokens").

Two sources, counted per token:

* the written text, through :func:`tts_service.text.report_unknown` — all-capital abbreviations in no table
  (spelled letter by letter), digit shapes with no confident reading, dropped symbols, foreign words — with
  the lexicon in force for the article's site (an entry the admin added is a decision, not a guess);
* the spoken text: digits or symbols still there after normalization (``leftover``), which an engine would
  read its own way.

>>> [(r.token, r.kind, r.count) for r in narration_report(["Sở XYZ gửi XYZ."], ["Sở XYZ gửi XYZ 5 %."])]
[('XYZ', 'abbreviation', 2), ('5', 'leftover', 1), ('%', 'leftover', 1)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from tts_service.models import Narration
from tts_service.text import report_unknown
from tts_service.text.lexicon import Lexicon

KINDS = ("abbreviation", "digits", "symbol", "foreign", "leftover")
#: In spoken text only words and the punctuation that makes pauses belong; anything else is left over.
_LEFTOVER = re.compile(r"\d+|[^\w\s.,;:?!…\-–—()\"'“”‘’]", re.UNICODE)
_CONTEXT = 30


@dataclass(frozen=True)
class ReportRow:
    token: str
    kind: str
    count: int
    context: str

    def as_tuple(self) -> tuple[str, str, int, str]:
        return self.token, self.kind, self.count, self.context


def narration_report(written: Iterable[str], spoken: Iterable[str], lexicon: Lexicon | None = None,
                     site: str | None = None) -> list[ReportRow]:
    """Guessed tokens of the ``written`` blocks and leftovers of the ``spoken`` segments, most frequent first
    (then in order of appearance)."""
    counts: Counter[tuple[str, str]] = Counter()
    context: dict[tuple[str, str], str] = {}
    for text in written:
        for unknown in report_unknown(text, lexicon=lexicon, site=site):
            key = (unknown.token, unknown.kind)
            counts[key] += 1
            context.setdefault(key, unknown.context)
    for text in spoken:
        for match in _LEFTOVER.finditer(text):
            key = (match.group(), "leftover")
            counts[key] += 1
            context.setdefault(key, text[max(0, match.start() - _CONTEXT): match.end() + _CONTEXT])
    order = {key: n for n, key in enumerate(context)}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], order[item[0]]))
    return [ReportRow(token, kind, n, context[(token, kind)]) for (token, kind), n in ranked]


def report_for(narration: Narration, lexicon: Lexicon | None, site: str | None) -> list[ReportRow]:
    """The report of a planned narration: its blocks as written, its segments as spoken."""
    return narration_report((b.text for b in narration.blocks), (s.spoken_text for s in narration.segments),
                            lexicon, site)
