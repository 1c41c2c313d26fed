"""Mine the place names a web address glues without tone marks ("hagiangtv.vn", "phuong12govap") from running text.

A writer names a place after its unit: "tỉnh Hà Giang", "quận Gò Vấp", "huyện Kon Tum". Every run of one to three
capitalised syllables after a unit word is counted by its folded, glued form ("hagiang"); the form written most
often wins (a glued form two names share, as "Hà Nam" and "Hà Năm", goes to the more frequent). A name must be seen
after a unit in at least ``--min-docs`` documents (one syllable: four times as many, since "tỉnh Đồng …" is often a
word), and a longer name must not merely add a word to a better-known one ("Quảng Ninh Nguyễn" is a place and a
person). The rows go to ``text/data/web_names.tsv`` after review.

    .venv/bin/python tools/mine_place_names.py var/corpus/baomoi var/corpus/viwiki > names.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from tools.mine_abbreviations import documents, held_out
from tts_service.text.rules.common import UPPER, fold, is_vietnamese_syllable

#: Units a place name follows in running text.
UNITS = ("tỉnh", "huyện", "quận", "thành phố", "thị xã", "thị trấn", "xã", "phường")
_NAME = rf"[{UPPER}][^\W\d_]*"
_PLACE_RE = re.compile(rf"\b(?:{'|'.join(UNITS)})[ \t]+({_NAME}(?:[ \t]+{_NAME}){{0,2}})")


def places_in(text: str) -> set[str]:
    """Place names written after a unit word, as written.

    >>> sorted(places_in("Sở Y tế tỉnh Hà Giang và quận Gò Vấp, thành phố Hồ Chí Minh Tuấn nói"))
    ['Gò Vấp', 'Hà Giang', 'Hồ Chí Minh']
    """
    found = set()
    for m in _PLACE_RE.finditer(text):
        words = m.group(1).split()
        if all(is_vietnamese_syllable(w) for w in words) and len("".join(words)) >= 4:
            found.add(" ".join(words))
    return found


def glued(name: str) -> str:
    """ "Gò Vấp" → "govap"."""
    return "".join(fold(w) for w in name.split())


def mine(docs: Iterable[tuple[str, str]], min_docs: int) -> list[tuple[str, str, int]]:
    """(glued form, name, documents) of every place named often enough, most documents first."""
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for _, text in docs:
        for name in places_in(text):
            forms[glued(name)][name] += 1
    best = {key: names.most_common(1)[0] for key, names in forms.items()}
    rows = []
    for key, (name, count) in best.items():
        words = name.split()
        shorter = best.get(glued(" ".join(words[:-1])), ("", 0))[1] if len(words) > 1 else 0
        # one syllable is often a word after a unit ("tỉnh Đồng …"); a longer run that only adds a word to a
        # better-known name ("Quảng Ninh Nguyễn …") is that name and a person
        if count >= min_docs * (4 if len(words) == 1 else 1) and shorter <= count:
            rows.append((key, name, count))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--min-docs", type=int, default=5)
    args = parser.parse_args(argv)
    docs = ((n, t) for n, t in documents(Path(p) for p in args.corpus) if not held_out(n))
    for key, name, count in mine(docs, args.min_docs):
        print(f"{key}\t{name}\t{count}")


if __name__ == "__main__":
    main(sys.argv[1:])
