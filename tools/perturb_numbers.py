"""Digit-perturbation sweep: does a reading depend on a number's *shape*, or (wrongly) on its *value*?

For every input sentence of the normalizer's sets, make variants in which every number is replaced by another
of the same shape, normalize the original and each variant, and report what a listener would notice:

* a crash (``normalize`` raised or fell back to its plain reading),
* digits left in the spoken text,
* a change in the words *around* the numbers: both outputs are compared after each run of number words
  ("hai mươi mốt", "không chín một bốn") is collapsed to ``#``, so "ngày" appearing, a date read as a range,
  or a spelled code read as a count all show, while 21 → 37 does not.

A word change is a *lead* unless the input holds a shape triaged by hand as rightly read by its value
(:data:`VALUE_NAMED`: "hạng 1" is "hạng nhất", "9X" a generation, "1/2" a half); ``--all`` prints those too.

Same shape means: same digit count, a leading zero kept, a run of zeros ("00" in 8h00, "000" in 1.000) kept,
separators and spacing kept, a one-digit number glued after a letter (m2, CO2, F0, CoV-2) kept; and where the
context makes the role plain, the new value keeps the role: a day stays 1–28, a month 1–12, a year 1975–2030,
an hour 0–23, a minute 0–59, a quarter 1–4, a weekday 2–7.  A number that *could* be a year (1900–2099), a
day/month pair or a clock time stays one that could, and one that could not stays one that could not; two
numbers joined by a dash keep their order (a range stays ascending).

Example (one lead; the tool prints one block per changed variant)::

    $ PYTHONPATH=. .venv/bin/python tools/perturb_numbers.py --variants 3 --show 5
    in : Ngày 30/4 ...      var: Ngày 17/4 ...
    out: ngày # tháng # ... var: ngày # tháng # ...   (no lead: only the number words differ)

    $ PYTHONPATH=. .venv/bin/python tools/perturb_numbers.py --only gov1,dev --variants 1 --seed 7
"""

from __future__ import annotations

import argparse
import itertools
import logging
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Words a number is read with; a run of them becomes ``#`` before two outputs are compared.
NUMBER_WORDS = frozenset(
    re.findall(r"\w+", "không một mốt hai ba bốn tư năm lăm nhăm sáu bảy bẩy tám chín mười mươi trăm nghìn ngàn")
    + re.findall(r"\w+", "triệu tỷ tỉ linh lẻ nhất giêng chạp")
)

_DIGITS = re.compile(r"[0-9]+")
_SEP = r"\s*[/.\-–]\s*"

# Roles a context makes plain: (pattern, role of each group in order).
_ROLE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # 08/10/2021, 8 - 10 - 2021, 8.10.21, 7/10/ 2019
    (
        re.compile(r"(?<![\d.])(\d{1,2})\s*([/.\-–])\s*(\d{1,2})\s*\2\s*(\d{2,4})(?!\d)"),
        ("day", "", "month", "year"),
    ),
    # 2020-08-22
    (re.compile(r"(?<![\d.,])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), ("year", "month", "day")),
    # 13-15/10, 24,25/9, 1 đến 7/10: the first day of a span or list
    (
        re.compile(r"(?<![\d.,/])(\d{1,2})(?:\s*[,\-–]\s*|\s+(?:và|đến|tới|đén)\s+)(\d{1,2})\s*/\s*(\d{1,2})(?!\d)"),
        ("day", "day", "month"),
    ),
    # ngày 5 tháng 6 năm 2021, tháng 6/2021, tháng 6
    (re.compile(r"(?i)\bngày\s+(\d{1,2})(?!\d)"), ("day",)),
    (re.compile(r"(?i)\btháng\s+(\d{1,2})(?![\d,])"), ("month",)),
    (re.compile(r"(?i)\bnăm\s+(\d{4})(?!\d)"), ("year",)),
    (re.compile(r"(?i)\bquý\s+(\d)(?!\d)"), ("quarter",)),
    (re.compile(r"(?i)\bPL\.?\s*(\d{4})(?!\d)"), ("buddhist year",)),
    (re.compile(r"(?<![\d.,])(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)"), ("month", "year")),
    # 7h30, 7 giờ 30, 07:30, 7g, 07.30 phút, 10:0
    (re.compile(r"(?<![\d.,/:])(\d{1,2})\s*(?:giờ|h|g|H)(?![^\W\d_])\s*(\d{2})?(?!\d)"), ("hour", "minute")),
    # "Sau 17:00: Tính": a colon after the clock ends it
    (re.compile(r"(?<![\d.,/:])(\d{1,2}):(\d{1,2})(?::(\d{2}))?(?!\d|:\d)"), ("hour", "minute", "minute")),
    (re.compile(r"(?<![\d.,/:])(\d{1,2})\.(\d{2})\s*(?:phút|giờ)"), ("hour", "minute")),
)
#: Written numbers whose value is their name: kept as they are.
_NAMED = re.compile(r"\b24/7\b|\b1[89]00(?=[\s.]?\d)|(?i:covid)\s*[-–]\s*19")
_WEEKDAY = re.compile(r"\b[Tt]hứ\s+(\d)(?!\d)")
_DAY_MONTH = re.compile(r"(?<![\d.,])(?<!\d/)(\d{1,2})\s*[/.\-–]\s*(\d{1,2})(?!\d|\s*[/.]\s*\d)")
#: "cấp 7-8.", "12-13, giật": a stop or comma closing the sentence or clause ends the range, a decimal's does not.
_JOINED = re.compile(r"(?<![\d.,/])(\d+)(\s*[-–]\s*|\s+(?:đến|tới)\s+)(\d+)(?!\d|[.,]\d)")
#: "1/3 dân số", "30/4": a fraction stays proper or improper, a day/month keeps which number is larger.
_SLASHED = re.compile(r"(?<![\d.,/])(\d+)(\s*/\s*)(\d+)(?![\d.,/])")
_ROLE_RANGE = {
    "day": (1, 28),
    "month": (1, 12),
    "year": (1975, 2030),
    "hour": (0, 23),
    "minute": (0, 59),
    "quarter": (1, 4),
    "weekday": (2, 7),
    "buddhist year": (2519, 2574),
}
_ROLE_FITS = {"day": 31, "month": 12, "hour": 24, "minute": 59, "quarter": 4, "weekday": 7}


@dataclass
class Run:
    """One digit run of an input: where it is, what it says, and the role its context gives it."""

    start: int
    end: int
    text: str
    role: str = ""
    year_like: bool = False
    kept: bool = False


def _runs(text: str) -> list[Run]:
    runs = [Run(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(text)]
    by_start = {r.start: r for r in runs}
    for pattern, roles in _ROLE_PATTERNS:
        for m in pattern.finditer(text):
            for i, role in enumerate(roles, 1):
                if not role or m.group(i) is None:
                    continue
                run = by_start.get(m.start(i))
                if run is None or run.role:
                    continue
                if role == "day" and roles[i : i + 2] == ("", "month") and int(m.group(i + 2)) > 12:
                    role = "month"  # 11/19/2019: month first
                elif role == "month" and i == 3 and roles[0] == "day" and int(m.group(1)) <= 12 < int(run.text):
                    role = "day"
                if int(run.text) <= _ROLE_FITS.get(role, 9999):
                    run.role = role
    for m in _WEEKDAY.finditer(text):
        run = by_start[m.start(1)]
        if not run.role and 2 <= int(run.text) <= 7:
            run.role = "weekday"
    for m in _DAY_MONTH.finditer(text):
        day, month = by_start[m.start(1)], by_start[m.start(2)]
        if day.role in ("", "day") and not month.role and 1 <= int(day.text) <= 31 and 1 <= int(month.text) <= 12:
            day.role, month.role = "day", "month"
    for m in _JOINED.finditer(text):  # tháng 11-3, 7h-9h: both ends of a span share a role
        a, b = by_start[m.start(1)], by_start[m.start(3)]
        for one, other in ((a, b), (b, a)):
            if one.role and not other.role and int(other.text) <= _ROLE_FITS.get(one.role, 9999):
                other.role = one.role
    for left, right in zip(runs[-2::-1], runs[:0:-1], strict=True):  # 23,24,25/11: days listed before a date
        glue = re.fullmatch(r"\s*[,;]\s*", text[left.end : right.start])
        if right.role in ("day", "month") and not left.role and glue and int(left.text) <= _ROLE_FITS[right.role]:
            left.role = right.role  # "tháng 6,7,8/2020": months listed before a month's year
    named = [(m.start(), m.end()) for m in _NAMED.finditer(text)]
    for run in runs:
        glued_after_letter = bool(re.search(r"[^\W\d_]-?$", text[max(0, run.start - 2) : run.start]))
        in_name = any(a <= run.start < b for a, b in named)
        run.kept = set(run.text) == {"0"} or (glued_after_letter and len(run.text) == 1) or in_name
        run.year_like = len(run.text) == 4 and 1900 <= int(run.text) <= 2099
    return runs


def _same_shape(run: Run, rng: random.Random, fresh: bool = True) -> str:
    """Another number with ``run``'s digit count, leading zero and role."""
    width = len(run.text)
    lead_zero = run.text[0] == "0" and width > 1
    lo, hi = _ROLE_RANGE.get(run.role, (0, 10**width - 1))
    if run.year_like and not run.role:
        lo, hi = _ROLE_RANGE["year"]
    if lead_zero:
        lo, hi = max(lo, 1), min(hi, 10 ** (width - 1) - 1)
    else:
        lo, hi = max(lo, 10 ** (width - 1) if width > 1 else 1), min(hi, 10**width - 1)  # "0" stays "0" (kept)
    if lo > hi:
        return run.text
    for _ in range(50):
        value = rng.randint(lo, hi)
        if not run.role and not run.year_like and width == 4 and 1900 <= value <= 2099:
            continue  # a number that could not be a year stays one that could not
        if value != int(run.text) or lo == hi or not fresh:
            return str(value).zfill(width)
    return run.text


def _could_be_day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def perturb(text: str, rng: random.Random) -> str:
    """``text`` with every number replaced by another of the same shape.

    >>> perturb("Ngày 08/10/2021 có 1.500 người, 7h30.", random.Random(1)) != "Ngày 08/10/2021 có 1.500 người, 7h30."
    True
    >>> re.sub(r"\\d", "9", perturb("Ngày 08/10/2021 có 1.500 người, 7h30.", random.Random(1)))
    'Ngày 99/99/9999 có 9.999 người, 9h99.'
    >>> pairs = [re.search(r"(\\d+)-(\\d+)", perturb("gió cấp 7-8.", random.Random(n))).groups() for n in range(9)]
    >>> all(int(a) < int(b) for a, b in pairs)  # a range closing its sentence stays ascending
    True
    """
    runs = _runs(text)
    if not runs:
        return text
    joined = [
        (m.start(1), m.start(3), (int(m.group(1)) > int(m.group(3))) - (int(m.group(1)) < int(m.group(3))))
        for pattern in (_JOINED, _SLASHED)
        for m in pattern.finditer(text)
    ]
    years = [r for r in runs if r.role == "year" or (r.year_like and not r.role)]
    joined += [  # "(10-1973/10-2023)": the years of a text keep their order
        (a.start, b.start, (int(a.text) > int(b.text)) - (int(a.text) < int(b.text)))
        for a, b in itertools.pairwise(years)
    ]
    # "răng 5 – 9/24": a slashed pair that could not be a day and month stays one that could not ("4/12" could)
    pairs = [(m.start(1), m.start(2), _could_be_day_month(m[1], m[2])) for m in _DAY_MONTH.finditer(text)]
    for attempt in range(400):  # late attempts may keep a number as it was, so a range can stay ascending
        new = {r.start: (r.text if r.kept else _same_shape(r, rng, attempt < 200)) for r in runs}
        if all(
            ((int(new[a]) > int(new[b])) - (int(new[a]) < int(new[b]))) == order for a, b, order in joined
        ) and all(_could_be_day_month(new[d], new[mo]) == could for d, mo, could in pairs if d in new and mo in new):
            break
    out, last = [], 0
    for r in runs:
        out += [text[last : r.start], new[r.start]]
        last = r.end
    return "".join(out) + text[last:]


def shape_of_words(spoken: str) -> list[str]:
    """The spoken words with each run of number words collapsed to ``#``.

    >>> shape_of_words("Ngày hai mươi mốt tháng tư, có một nghìn người.")
    ['ngày', '#', 'tháng', '#', ',', 'có', '#', 'người', '.']
    """
    tokens = re.findall(r"\w+|[^\w\s]", spoken.lower())
    shaped: list[str] = []
    for tok in tokens:
        if tok in NUMBER_WORDS:
            if not shaped or shaped[-1] != "#":
                shaped.append("#")
        else:
            shaped.append(tok)
    return shaped


#: Written shapes whose reading rightly depends on the value (triaged by hand): a change in the words around a
#: number is no lead when the original input holds one of these.  Name → pattern on the input.
VALUE_NAMED: dict[str, re.Pattern[str]] = {
    "an ordinal with its own word (hạng 1 is nhất, giải 2 is nhì)": re.compile(r"(?i)\b(?:hạng|giải|thứ)\s+[12]\b"),
    "a generation (9X)": re.compile(r"\b\dX\b"),
    "a child's height (dưới 1m2), not an area": re.compile(r"\b1m\d\b"),
    "a comma before three digits: thousands or a decimal (4,100mAh)": re.compile(r"\d,\d{3}(?!\d)"),
    "a named day written with a dash (Đoàn 26 - 3, đợt 2-9)": re.compile(r"(?i)(?:đoàn|đợt)\s+\d{1,2}\s*[-–]\s*\d"),
    "a common fraction said with phần (1/2, 2/3, 3/4)": re.compile(r"(?<![\d/])0?[1-3]/0?[2-4](?![\d/])"),
    "a named index or programme (VN30, CT 135)": re.compile(r"\bVN\d+|\bCT\s+\d+"),
    "a rating out of five before its votes (5/5 - (2 đánh giá))": re.compile(r"\b\d/5\s*[-–(]"),
    "an age of a technology (3.0, 4.0)": re.compile(r"(?<![\d.])[1-4]\.0(?![\d.])"),
    "a degree sign lost into a zero (220C)": re.compile(r"\d0C\b"),
    "a day.month that closes a sentence, kept for versions when the day is 12 or less": re.compile(
        r"\b\d{1,2}\.\d{1,2}\.\s*$"
    ),
    # after "set", or in brackets after the match's score ("cách biệt 2-1 (6/1, 1/6, 6/1)")
    "a tennis set score written with a slash, a score only when one side is 6 or 7 (6/2, 7/5)": re.compile(
        r"(?i)\bset\b[^.]*\b\d/\d\b|\b\d\s*[-–]\s*\d\s*\(\s*\d/\d\s*,"
    ),
    "an engine-oil grade (10w40), read as one when its winter number is an engine grade (25 or less)": re.compile(
        r"\b\d{1,2}[wW]\d{2,3}\b"
    ),
}


def value_named(text: str) -> str:
    """The name of the first triaged shape ``text`` holds, or ``""``.

    >>> value_named("Bằng khen hạng 1")
    'an ordinal with its own word (hạng 1 is nhất, giải 2 is nhì)'
    >>> value_named("Ngày 30/4")
    ''
    """
    return next((name for name, pattern in VALUE_NAMED.items() if pattern.search(text)), "")


@dataclass
class Finding:
    """What one variant of one input did."""

    row_id: str
    original: str
    variant: str
    spoken: str
    spoken_variant: str
    crashed: bool
    digits_left: bool
    words_changed: bool

    @property
    def lead(self) -> bool:
        """A crash, digits left, or a change in the words that no triaged shape (before or after) explains."""
        named = value_named(self.original) or value_named(self.variant)
        return self.crashed or self.digits_left or (self.words_changed and not named)


class _FallbackSpy(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _normalize_watched(normalize: Callable[[str], str], spy: _FallbackSpy, text: str) -> tuple[str, bool]:
    before = spy.count
    try:
        out = normalize(text)
    except Exception as exc:  # a crash is what the sweep reports
        return f"<{type(exc).__name__}: {exc}>", True
    return out, spy.count != before


def sweep(
    rows: Iterable[tuple[str, str]], variants: int = 3, seed: int = 0, normalize: Callable[[str], str] | None = None
) -> Iterator[Finding]:
    """Each variant of each ``(id, input)`` row, normalized beside its original."""
    if normalize is None:
        from tts_service.text import normalize as normalize_text

        normalize = normalize_text
    spy = _FallbackSpy()
    logging.getLogger("tts_service.text.normalizer").addHandler(spy)
    try:
        for row_id, text in rows:
            text = unicodedata.normalize("NFC", text)
            if not _DIGITS.search(text):
                continue
            spoken, _ = _normalize_watched(normalize, spy, text)
            shape = shape_of_words(spoken)
            rng = random.Random(f"{seed}:{row_id}:{text}")  # noqa: S311 — a repeatable sample, no secret
            seen = {text}
            for _ in range(variants):
                variant = perturb(text, rng)
                if variant in seen:
                    continue
                seen.add(variant)
                out, crashed = _normalize_watched(normalize, spy, variant)
                yield Finding(
                    row_id,
                    text,
                    variant,
                    spoken,
                    out,
                    crashed,
                    bool(re.search(r"\d", out)) and not re.search(r"\d", spoken),
                    shape_of_words(out) != shape,
                )
    finally:
        logging.getLogger("tts_service.text.normalizer").removeHandler(spy)


def set_rows(files: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """``(id, input)`` of every row of the normalizer's TSV sets (columns ``id`` and ``input``)."""
    for path in files:
        with path.open(encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            id_col, input_col = header.index("id"), header.index("input")
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > max(id_col, input_col):
                    yield cols[id_col], cols[input_col]


def default_files(root: Path = ROOT) -> list[Path]:
    """Every ``tests/data/normalize_*.tsv`` and the shared dev set (when the shared folder is beside the tree)."""
    files = sorted((root / "tests" / "data").glob("normalize_*.tsv"))
    dev = root.parent / "shared" / "eval" / "normalize" / "dev.tsv"
    return files + ([dev] if dev.exists() else [])


def _diff(a: list[str], b: list[str]) -> str:
    import difflib

    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "equal":
            out.append(f"[{' '.join(a[i1:i2])} → {' '.join(b[j1:j2])}]")
    return " ".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="See the module docstring.")
    parser.add_argument("files", nargs="*", type=Path, help="TSV sets (default: every normalize_*.tsv and dev)")
    parser.add_argument("--only", help="comma-separated set names, e.g. gov29,heldout31,dev")
    parser.add_argument("--variants", type=int, default=3, help="variants per input (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--show", type=int, default=60, help="leads to print (default 60; 0 for none)")
    parser.add_argument("--all", action="store_true", help="print triaged word changes too (see VALUE_NAMED)")
    args = parser.parse_args(argv)

    files = args.files or default_files()
    if args.only:
        wanted = set(args.only.split(","))
        files = [f for f in files if f.stem.replace("normalize_", "") in wanted]
    sys.path.insert(0, str(ROOT))
    counts = {"inputs": 0, "variants": 0, "crashes": 0, "digits left": 0, "word changes": 0, "leads": 0}
    seen_inputs: set[str] = set()
    shown = 0
    for f in sweep(set_rows(files), args.variants, args.seed):
        counts["variants"] += 1
        if f.original not in seen_inputs:
            seen_inputs.add(f.original)
            counts["inputs"] += 1
        counts["crashes"] += f.crashed
        counts["digits left"] += f.digits_left
        counts["word changes"] += f.words_changed
        counts["leads"] += f.lead
        if (f.lead or (args.all and f.words_changed)) and shown < args.show:
            shown += 1
            kinds = ",".join(k for k, v in (("crash", f.crashed), ("digits", f.digits_left)) if v) or "words"
            print(f"{f.row_id} [{kinds}] {_diff(shape_of_words(f.spoken), shape_of_words(f.spoken_variant))}")
            print(f"  in : {f.original}\n  var: {f.variant}\n  out: {f.spoken}\n  vout: {f.spoken_variant}")
    print(" · ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
