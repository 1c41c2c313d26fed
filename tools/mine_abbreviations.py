"""Mine abbreviations and their expansions from running Vietnamese text.

A writer defines an abbreviation once: "Ban Chỉ đạo (BCĐ)", "Tổng điều tra dân số (TĐT)", or the other way round,
"BCĐ (Ban Chỉ đạo)". An expansion counts only when the abbreviation's letters are the initials of its syllables
(Đ matches đ; D matches đ; W matches ư as in TW = Trung ương; & matches "và"; "và", "của", "các" may be skipped
inside; a trailing place, "… tỉnh Quảng Nam (SYT)", may follow the name). Every syllable must be Vietnamese, so an
English name ("International Monetary Fund (IMF)") and a Vietnamese name whose initials do not match ("Tổ chức Y tế
Thế giới (WHO)") give nothing: those keep their letter or word reading.

Counts are documents, not occurrences. An abbreviation is kept when it is defined in at least ``--min-docs``
documents, its top expansion holds at least ``--dominance`` of its matched definitions, and matched definitions are
at least a third of all the places the abbreviation stands in brackets after a name (a foreign acronym mostly
defined by a non-matching Vietnamese name is left alone).

    .venv/bin/python tools/mine_abbreviations.py mine var/corpus/baomoi var/corpus/admin > mined.tsv
    .venv/bin/python tools/mine_abbreviations.py coverage var/corpus/baomoi   # held-out documents only

Documents are split by a hash of their path: one in five is held out from mining and used only to measure.
``data/abbreviations_mined.tsv`` was mined from the news articles of magizbox/scraper@3387ada6 (``vn_news/data``,
35,440 baomoi.com texts, 2017), the administrative sentences of khanhng29/word_recommend@484a2cb
(``data/data_19_9_2023.txt``), the Vietnamese Wikipedia pages of undertheseanlp/corpus.viwiki@0b727cc (7,863) and
the dantri.com.vn news (2,853) and legal texts (220) of undertheseanlp/resources@cbdb3c3
(``resources/CP_Vietnamese-UNC``, ``resources/CP_Vietnamese-VLC``), each brought out of git as stored; then
reviewed by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tts_service.text import tables
from tts_service.text.rules.common import UPPER, is_pronounceable, is_vietnamese_syllable, spell
from tts_service.text.rules.definitions import initial

#: An abbreviation as written: capitals (Đ among them), an ampersand or hyphen inside.
ABBR = rf"[{UPPER}](?:[{UPPER}]|[&-](?=[{UPPER}])){{1,11}}"
_FORWARD_RE = re.compile(rf"\((?:[ \t]*(?:sau đây )?(?:gọi|viết) tắt(?: là)?:?)?[ \t]*({ABBR})[ \t]*\)")
_REVERSE_RE = re.compile(rf"(?<![\w&-])({ABBR})[ \t]*\(([^()\n]{{3,120}})\)")
_WORD_RE = re.compile(r"[^\W\d_]+|\d+|[.;:!?()\[\]\"“”]")
_CLAUSE_MARKS = frozenset('.;:!?()[]"“”')
#: Words a writer leaves out of an abbreviation ("Văn hóa, Thể thao và Du lịch (VHTTDL)").
SKIPPABLE = frozenset({"và", "của", "các"})
#: A unit before a trailing place name: "Sở Y tế tỉnh Quảng Nam (SYT)".
_PLACE_UNITS = frozenset({"tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn", "tp"})
#: Old and new tone placement are one spelling: "uỷ ban" and "ủy ban", "hoà" and "hòa".
_TONE_PLACEMENT = {
    **{f"o{a}": f"{b}a" for a, b in zip("àáảãạ", "òóỏõọ", strict=True)},
    **{f"o{a}": f"{b}e" for a, b in zip("èéẻẽẹ", "òóỏõọ", strict=True)},
    **{f"u{a}": f"{b}y" for a, b in zip("ỳýỷỹỵ", "ùúủũụ", strict=True)},
}
_TONE_PLACEMENT_RE = re.compile(rf"(?<![gq])({'|'.join(_TONE_PLACEMENT)})(?![^\W\d_])")


def spoken_form(words: Iterable[str]) -> str:
    """Lower case, one tone placement: ["Uỷ", "ban", "Hoà", "bình"] → "ủy ban hòa bình"."""
    text = unicodedata.normalize("NFC", " ".join(words).lower())
    return _TONE_PLACEMENT_RE.sub(lambda m: _TONE_PLACEMENT[m.group(1)], text)


def _letter_fits(letter: str, word: str) -> bool:
    lowered = word.lower()
    if letter == "&":
        return lowered == "và"
    got = initial(word)
    return got == letter or (letter == "d" and got == "đ") or (letter == "w" and lowered.startswith("ư"))


def letters_of(abbreviation: str) -> list[str]:
    """ "KH&ĐT" → k h & đ t; "TW" → t w (hyphens are not letters)."""
    return [c if c == "&" else initial(c) for c in abbreviation if c != "-"]


def align(abbreviation: str, words: list[str]) -> bool:
    """True when ``words`` spell ``abbreviation`` by their initials, every word used, skippable words aside.

    >>> align("BCĐ", ["Ban", "Chỉ", "đạo"]), align("VHTTDL", "Văn hóa Thể thao và Du lịch".split())
    (True, True)
    >>> align("KH&ĐT", "Kế hoạch và Đầu tư".split()), align("TW", ["Trung", "ương"]), align("WHO", ["Tổ", "chức"])
    (True, True, False)
    """
    letters = letters_of(abbreviation)
    i = j = 0
    while i < len(letters) and j < len(words):
        if _letter_fits(letters[i], words[j]):
            i, j = i + 1, j + 1
        elif words[j].lower() in SKIPPABLE and 0 < j < len(words) - 1 and i > 0:
            j += 1
        else:
            return False
    return i == len(letters) and j == len(words)


def _is_place(words: list[str]) -> bool:
    """A trailing place: an optional unit then one to three capitalised syllables ("tỉnh Quảng Nam", "Hà Nội")."""
    if words and words[0].lower() in _PLACE_UNITS:
        names = words[1:]
        return 1 <= len(names) <= 3 and all(w[0].isupper() for w in names)
    if len(words) >= 2 and " ".join(w.lower() for w in words[:2]) in _PLACE_UNITS:
        names = words[2:]
        return 1 <= len(names) <= 3 and all(w[0].isupper() for w in names)
    return 2 <= len(words) <= 3 and all(w[0].isupper() for w in words)


def expansion_before(abbreviation: str, words: list[str]) -> list[str] | None:
    """The words ending ``words`` (or ending just before a trailing place) that spell ``abbreviation``.

    The shortest run wins; the run may not reach past a clause mark or a number.

    >>> expansion_before("BCĐ", "Chiều 11/10 , Ban Chỉ đạo".split())
    ['Ban', 'Chỉ', 'đạo']
    >>> expansion_before("SYT", "lãnh đạo Sở Y tế tỉnh Quảng Nam".split())
    ['Sở', 'Y', 'tế']
    >>> expansion_before("TĐT", "Tổng điều tra dân số".split()) is None
    True
    """
    words = [w for w in words if w != ","]
    for cut in range(len(words) - 1, -1, -1):
        if not words[cut][0].isalpha():
            words = words[cut + 1 :]
            break
    n = len(letters_of(abbreviation))
    for trailing in range(0, 6):
        end = len(words) - trailing
        if trailing and not _is_place(words[end:]):
            continue
        for size in range(n, n + 4):  # skipped words make a run longer than its letters
            start = end - size
            if start < 0:
                break
            run = words[start:end]
            if align(abbreviation, run):
                return run
    return None


def expansion_within(abbreviation: str, inside: str) -> list[str] | None:
    """The words in brackets after an abbreviation, when they spell it ("BCĐ (Ban Chỉ đạo)").

    >>> expansion_within("BCĐ", "Ban Chỉ đạo"), expansion_within("BCĐ", "Ban Chỉ đạo huyện Phú Vang")
    (['Ban', 'Chỉ', 'đạo'], ['Ban', 'Chỉ', 'đạo'])
    """
    words = [w for w in _WORD_RE.findall(inside) if w != ","]
    if not words or not all(w[0].isalpha() for w in words):
        return None
    for trailing in range(0, 6):
        end = len(words) - trailing
        if end <= 0:
            break
        if trailing and not _is_place(words[end:]):
            continue
        if align(abbreviation, words[:end]):
            return words[:end]
    return None


@dataclass
class Definitions:
    """Per abbreviation: documents defining it by each spoken form, and documents bracketing it at all."""

    pairs: defaultdict[str, Counter[str]]
    bracketed: Counter[str]

    @classmethod
    def empty(cls) -> Definitions:
        return cls(defaultdict(Counter), Counter())


def _vietnamese(words: list[str]) -> bool:
    return all(is_vietnamese_syllable(w) for w in words)


def definitions_in(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """(abbreviation, spoken form) pairs one text defines, and every abbreviation it brackets after a name.

    >>> pairs, seen = definitions_in("Sáng 3/5, Ban Chỉ đạo (BCĐ) họp. Tổ chức Y tế Thế giới (WHO) cho biết; "
    ...                              "HU (Huyện ủy) Phú Vang; Quỹ Tiền tệ Quốc tế (International Monetary Fund)")
    >>> sorted(pairs), sorted(seen)
    ([('BCĐ', 'ban chỉ đạo'), ('HU', 'huyện ủy')], ['BCĐ', 'HU', 'WHO'])
    """
    pairs: set[tuple[str, str]] = set()
    seen: set[str] = set()
    for m in _FORWARD_RE.finditer(text):
        key = m.group(1)
        seen.add(key)
        before = _WORD_RE.findall(text[max(0, m.start() - 200) : m.start()])
        run = expansion_before(key, before)
        if run and _vietnamese(run):
            pairs.add((key, spoken_form(run)))
    for m in _REVERSE_RE.finditer(text):
        key = m.group(1)
        run = expansion_within(key, m.group(2))
        if run is None:
            continue
        seen.add(key)
        if _vietnamese(run):
            pairs.add((key, spoken_form(run)))
    return pairs, seen


def held_out(name: str) -> bool:
    """One document in five, chosen by a hash of its name, is kept away from mining."""
    return hashlib.sha1(name.encode()).digest()[0] % 5 == 0  # noqa: S324 - a split, not security


def documents(roots: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """(name, text) of every ``.txt`` under ``roots``; a file of one sentence a line is one document a line."""
    for root in roots:
        for path in sorted(root.rglob("*.txt")) if root.is_dir() else [root]:
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
            if path.stat().st_size > 400_000:  # a corpus file of many documents, one a line
                for number, line in enumerate(text.splitlines()):
                    yield f"{path}:{number}", line
            else:
                yield str(path), text


def collect(docs: Iterable[tuple[str, str]]) -> Definitions:
    """Count, over documents, which spoken form each abbreviation is defined by."""
    found = Definitions.empty()
    for _, text in docs:
        if "(" not in text:
            continue
        pairs, seen = definitions_in(text)
        for key, spoken in pairs:
            found.pairs[key][spoken] += 1
        found.bracketed.update(seen)
    return found


@dataclass(frozen=True)
class Row:
    key: str
    spoken: str
    count: int
    total: int


def _content(spoken: str) -> str:
    """A spoken form without its skippable words, so "văn hóa và thể thao" and "văn hóa thể thao" are one reading."""
    return " ".join(w for w in spoken.split() if w not in SKIPPABLE)


def kept(found: Definitions, min_docs: int = 3, dominance: float = 0.8) -> list[Row]:
    """Abbreviations whose top reading is clearly dominant and seen in ``min_docs`` documents or more.

    >>> found = Definitions.empty()
    >>> found.pairs["BCĐ"].update({"ban chỉ đạo": 9, "ban chấp đảng": 1}); found.bracketed.update({"BCĐ": 10})
    >>> found.pairs["ĐH"].update({"đại hội": 5, "đại học": 4}); found.bracketed.update({"ĐH": 9})
    >>> kept(found)
    [Row(key='BCĐ', spoken='ban chỉ đạo', count=9, total=10)]
    """
    rows = []
    for key, readings in found.pairs.items():
        groups: Counter[str] = Counter()
        for spoken, count in readings.items():
            groups[_content(spoken)] += count
        total = sum(groups.values())
        top, count = groups.most_common(1)[0]
        if count < min_docs or count < dominance * total or total * 3 < found.bracketed[key]:
            continue
        spoken = max((s for s in readings if _content(s) == top), key=lambda s: readings[s])
        rows.append(Row(key, spoken, count, total))
    return sorted(rows, key=lambda r: (-r.count, r.key))


def known_readings() -> dict[str, str]:
    """What the hand-written tables already read, or leave to context: those keys are never mined."""
    known = {key: spoken_form(value.split()) for key, value in {**tables.ABBREVIATIONS, **tables.TITLES}.items()}
    for key in (*tables.CONTEXT_ABBREVIATIONS, *tables.FIELD_ABBREVIATIONS, *tables.ABBREVIATIONS_NOT_MINED):
        known.setdefault(key, "")
    return known


def _bare(spoken: str) -> str:
    """Without punctuation: "cán bộ, chiến sĩ" and "cán bộ chiến sĩ" are one reading."""
    return " ".join(_WORD_RE.findall(spoken))


def _corpora(specs: list[str]) -> list[tuple[str, Path]]:
    """ "owner/name@commit=path" → (provenance, path); a bare path is its own provenance."""
    return [
        (spec.split("=", 1)[0], Path(spec.split("=", 1)[1])) if "=" in spec else (spec, Path(spec)) for spec in specs
    ]


def _mine(args: argparse.Namespace) -> None:
    corpora = _corpora(args.corpus)
    found = Definitions.empty()
    sources: defaultdict[str, set[str]] = defaultdict(set)
    for label, root in corpora:
        part = collect((name, text) for name, text in documents([root]) if args.no_holdout or not held_out(name))
        for key, readings in part.pairs.items():
            found.pairs[key].update(readings)
            sources[key].add(label)
        found.bracketed.update(part.bracketed)
    known = known_readings()
    rows = kept(found, args.min_docs, args.dominance)
    agree = [r for r in rows if r.key in known and _content(_bare(known[r.key])) == _content(r.spoken)]
    differ = [r for r in rows if r.key in known and known[r.key] and r not in agree]
    print(
        f"# mined {len(found.pairs)} abbreviations, kept {len(rows)}; of those in the hand tables "
        f"{len(agree)} agree, {len(differ)} differ: "
        + ", ".join(f"{r.key}={r.spoken!r}/{known[r.key]!r}" for r in differ),
        file=sys.stderr,
    )
    for row in rows:
        if row.key in known or is_vietnamese_syllable(row.key) or len(letters_of(row.key)) < args.min_letters:
            continue
        print(f"{row.key}\t{row.spoken}\t{row.count}\t{' '.join(sorted(sources[row.key]))}")


#: An all-capital abbreviation standing alone: "BCĐ", "TTGT" (not "HỘI", a word; not "H5N1", a code).
_CAPS_TOKEN_RE = re.compile(rf"(?<![\w&./-])[{UPPER}]{{2,8}}(?![\w&/-]|\.\w)")

#: A word's mark in a text's line of initials: a punctuation mark ends a run, "và" may stand for "&" or be skipped,
#: "của"/"các" may be skipped, a word that is no Vietnamese syllable spells nothing.
_RUN_BREAK, _AND, _SKIP, _FOREIGN = "|", "&", "@", "#"
_TEXT_WORD_RE = re.compile(r"[^\W\d_]+|[^\w\s]|\d+")


def _initials(words: list[str]) -> str:
    """One character a word: its initial, or a mark (see above).

    >>> _initials(_TEXT_WORD_RE.findall("Ban Chỉ đạo và Sở Y tế của tỉnh, WHO"))
    'bcđ&syt@t|#'
    """
    out = []
    for word in words:
        lowered = word.lower()
        if not word[0].isalpha():
            out.append(_RUN_BREAK)
        elif lowered == "và":
            out.append(_AND)
        elif lowered in SKIPPABLE:
            out.append(_SKIP)
        elif (is_vietnamese_syllable(word) and not word.isupper()) or (word.isupper() and is_pronounceable(word)):
            out.append(initial(word))
        else:
            out.append(_FOREIGN)
    return "".join(out)


def _run_pattern(abbreviation: str) -> re.Pattern[str] | None:
    """Initials that spell ``abbreviation``, "và"/"của"/"các" allowed between letters; None for W, F, J, Z."""
    parts = []
    for letter in letters_of(abbreviation):
        if letter in "wfjz":
            return None
        parts.append({"&": _AND, "d": "[dđ]"}.get(letter, re.escape(letter)))
    return re.compile("(?=(" + f"[{_AND}{_SKIP}]?".join(parts) + "))")


def written_out_in(text: str) -> set[tuple[str, str]]:
    """(abbreviation, spoken form) pairs where the text writes, anywhere within one clause, words spelling a capital
    abbreviation it also uses; decision 0047. Weaker than a definition in brackets, so kept only when dominant.

    >>> sorted(written_out_in("Rà soát chương trình đào tạo; các CTĐT mới và CĐR. Chuẩn đầu ra mới."))
    [('CTĐT', 'chương trình đào tạo'), ('CĐR', 'chuẩn đầu ra')]
    """
    keys = {k for k in _CAPS_TOKEN_RE.findall(text) if len(letters_of(k)) >= 3 and not is_vietnamese_syllable(k)}
    if not keys:
        return set()
    words = _TEXT_WORD_RE.findall(text)
    line = _initials(words)
    found = set()
    for key in keys:
        pattern = _run_pattern(key)
        if pattern is None:
            continue
        for m in pattern.finditer(line):
            run = words[m.start(1) : m.end(1)]
            if run[0].lower() in ("và", *SKIPPABLE):
                continue
            found.add((key, spoken_form(run)))
    return found




@dataclass(frozen=True)
class Coverage:
    tokens: int
    spelled: int
    spelled_types: Counter[str]


def coverage(docs: Iterable[tuple[str, str]], normalize: Callable[[str], str]) -> Coverage:
    """All-capital abbreviations in ``docs`` and how many of them ``normalize`` still reads letter by letter.

    A token counts as spelled when its letters, as the normalizer spells them, are in the reading of its document
    (as often as the token occurs, at most).

    >>> c = coverage([("a", "Ông nói TTGT và BCĐ; TTGT nữa. HỘI NGHỊ")], lambda t: t.replace("TTGT", spell("TTGT")))
    >>> c.tokens, c.spelled, dict(c.spelled_types)
    (3, 2, {'TTGT': 2})
    """
    tokens = spelled = 0
    types: Counter[str] = Counter()
    for _, text in docs:
        found = Counter(t for t in _CAPS_TOKEN_RE.findall(text) if not is_pronounceable(t))
        if not found:
            continue
        reading = normalize(text)
        for token, count in found.items():
            tokens += count
            times = min(count, reading.count(spell(token)))
            spelled += times
            if times:
                types[token] += times
    return Coverage(tokens, spelled, types)


def _coverage(args: argparse.Namespace) -> None:
    from tts_service.text import normalize

    if args.without_mined:  # the rule module, not the function of the same name the package exports
        importlib.import_module("tts_service.text.rules.abbreviations")._MINED.clear()
    docs = [(name, text) for name, text in documents(Path(p) for p in args.corpus) if held_out(name)]
    result = coverage(docs, normalize)
    share = 100 * result.spelled / max(result.tokens, 1)
    print(
        f"held-out documents {len(docs)}; all-capital abbreviations {result.tokens}; read letter by letter "
        f"{result.spelled} ({share:.1f} %), {len(result.spelled_types)} distinct"
    )
    print("most frequent still spelled:", " ".join(f"{k}×{n}" for k, n in result.spelled_types.most_common(40)))


def _written_out(args: argparse.Namespace) -> None:
    """Rows from expansions written out in the same text (decision 0047): stricter than definitions in brackets."""
    pairs: defaultdict[str, Counter[str]] = defaultdict(Counter)
    used: Counter[str] = Counter()
    sources: defaultdict[str, set[str]] = defaultdict(set)
    for label, root in _corpora(args.corpus):
        for name, text in documents([root]):
            if held_out(name):
                continue
            used.update({k for k in _CAPS_TOKEN_RE.findall(text) if len(letters_of(k)) >= 3})
            for key, spoken in written_out_in(text):
                pairs[key][spoken] += 1
                sources[key].add(label)
    known = known_readings()
    for key, readings in sorted(pairs.items(), key=lambda kv: -sum(kv[1].values())):
        groups: Counter[str] = Counter()
        for spoken, count in readings.items():
            groups[_content(spoken)] += count
        top, count = groups.most_common(1)[0]
        total = sum(groups.values())
        if count < args.min_docs or count < args.dominance * total or count * 4 < used[key]:
            continue
        spoken = max((s for s in readings if _content(s) == top), key=lambda s: readings[s])
        mark = "" if key not in known else f"\t(known: {known[key]!r})"
        print(f"{key}\t{spoken}\t{count}/{total}/{used[key]}\t{' '.join(sorted(sources[key]))}{mark}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    mine = commands.add_parser("mine", help="print key, reading, documents, matched documents (TSV)")
    mine.add_argument("corpus", nargs="+")
    mine.add_argument("--min-docs", type=int, default=3)
    mine.add_argument("--dominance", type=float, default=0.8)
    mine.add_argument("--no-holdout", action="store_true", help="mine every document (a small sample)")
    mine.add_argument("--min-letters", type=int, default=3, help="two letters are too ambiguous (TS, CN, NV)")
    mine.set_defaults(run=_mine)
    written = commands.add_parser("written-out", help="key, reading, documents/matched/using, corpus (review by hand)")
    written.add_argument("corpus", nargs="+")
    written.add_argument("--min-docs", type=int, default=5)
    written.add_argument("--dominance", type=float, default=0.8)
    written.set_defaults(run=_written_out)
    measure = commands.add_parser("coverage", help="on held-out documents: abbreviations still spelled")
    measure.add_argument("corpus", nargs="+")
    measure.add_argument("--without-mined", action="store_true", help="as before the mined table")
    measure.set_defaults(run=_coverage)
    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main(sys.argv[1:])
