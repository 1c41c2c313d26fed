"""Pronunciation overrides an admin can edit: word or regex → spoken form, global or per site, versioned.

This is the pure part: entries, validation, JSON round trip, a stable version hash and ``apply``.  Storing
entries in the database is the web/admin layer's job; it builds a :class:`Lexicon` from rows with
:meth:`Lexicon.from_dicts` and passes it to ``normalize(text, lexicon=..., site=...)``.

>>> lex = Lexicon([LexiconEntry("Huế", "Huế thương"), LexiconEntry(r"\\bHTX\\b", "hợp tác xã", True)])
>>> lex.apply("HTX ở Huế.")
'hợp tác xã ở Huế thương.'
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

try:  # Python ≥ 3.11 keeps the regex parser here
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MAX_PATTERN_CHARS = 200
MAX_REPLACEMENT_CHARS = 500
_REPEATS = (
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    getattr(sre_constants, "POSSESSIVE_REPEAT", None),
)


def _has_repeat(items: Any) -> bool:
    """True when a parsed (sub)pattern contains a quantifier that can match more than once."""
    for op, arg in items:
        if op in _REPEATS and arg[1] > 1:
            return True
        if _children_have(op, arg, _has_repeat):
            return True
    return False


def _children_have(op: Any, arg: Any, check: Any) -> bool:
    if op in _REPEATS:
        return check(arg[2])
    if op is sre_constants.SUBPATTERN:
        return check(arg[-1])
    if op is sre_constants.BRANCH:
        return any(check(branch) for branch in arg[1])
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return check(arg[1])
    if op is sre_constants.GROUPREF_EXISTS:
        return any(check(b) for b in arg[1:] if b is not None)
    return False


def _has_branch(items: Any) -> bool:
    return any(op is sre_constants.BRANCH or _children_have(op, arg, _has_branch) for op, arg in items)


def _nested_quantifier(items: Any) -> bool:
    """True for ``(a+)+``, ``(a*)*``, ``(a|aa)+`` …: a repeated group whose body repeats or branches."""
    for op, arg in items:
        if op in _REPEATS and arg[1] > 1 and (_has_repeat(arg[2]) or _has_branch(arg[2])):
            return True
        if _children_have(op, arg, _nested_quantifier):
            return True
    return False


def _has_backreference(items: Any) -> bool:
    for op, arg in items:
        if op in (sre_constants.GROUPREF, getattr(sre_constants, "GROUPREF_IGNORE", None)):
            return True
        if _children_have(op, arg, _has_backreference):
            return True
    return False


def compile_pattern(pattern: str, is_regex: bool) -> re.Pattern[str]:
    """Compile an entry's pattern, refusing what could hang or is not a pattern at all.

    A plain word matches whole words only, case-sensitively (abbreviations are case-sensitive).

    >>> compile_pattern("UBND", False).pattern
    '(?<!\\\\w)UBND(?!\\\\w)'
    >>> compile_pattern("(a+)+$", True)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: regex '(a+)+$' repeats a group that itself repeats or has alternatives, ...
    """
    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError("a lexicon entry needs a non-empty pattern")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ValueError(
            f"pattern is {len(pattern)} characters long; at most {MAX_PATTERN_CHARS} are allowed"
        )
    if not is_regex:
        return re.compile(rf"(?<!\w){re.escape(pattern)}(?!\w)")
    try:
        parsed = sre_parse.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as exc:
        raise ValueError(f"regex {pattern!r} is not valid: {exc}") from None
    if _nested_quantifier(parsed.data if hasattr(parsed, "data") else parsed):
        raise ValueError(
            f"regex {pattern!r} repeats a group that itself repeats or has alternatives, which can take "
            "exponential time; rewrite it without the inner quantifier or alternation"
        )
    if _has_backreference(parsed.data if hasattr(parsed, "data") else parsed):
        raise ValueError(f"regex {pattern!r} uses a backreference, which can take exponential time")
    if compiled.search("") is not None:
        raise ValueError(
            f"regex {pattern!r} matches the empty string; it would insert its replacement everywhere"
        )
    return compiled


@dataclass(frozen=True)
class LexiconEntry:
    """One override: ``pattern`` (a word, or a regex when ``is_regex``) is spoken as ``replacement``.

    ``site`` limits the entry to one site profile; ``None`` applies everywhere.
    """

    pattern: str
    replacement: str
    is_regex: bool = False
    site: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.replacement, str):
            raise ValueError("a lexicon entry's replacement must be text")
        if len(self.replacement) > MAX_REPLACEMENT_CHARS:
            raise ValueError(f"replacement is longer than {MAX_REPLACEMENT_CHARS} characters")
        compiled = compile_pattern(self.pattern, self.is_regex)
        if self.is_regex:
            try:
                compiled.sub(self.replacement, "")
                _check_template(compiled, self.replacement)
            except (re.error, IndexError) as exc:
                raise ValueError(
                    f"replacement {self.replacement!r} is not valid for {self.pattern!r}: {exc}"
                ) from None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LexiconEntry:
        """Build from a JSON object; unknown keys are refused so typos do not pass silently."""
        unknown = set(data) - {"pattern", "replacement", "is_regex", "site"}
        if unknown:
            raise ValueError(f"unknown lexicon entry field(s): {', '.join(sorted(unknown))}")
        if "pattern" not in data or "replacement" not in data:
            raise ValueError("a lexicon entry needs 'pattern' and 'replacement'")
        site = data.get("site")
        return cls(
            pattern=data["pattern"],
            replacement=data["replacement"],
            is_regex=bool(data.get("is_regex", False)),
            site=str(site) if site not in (None, "") else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _check_template(compiled: re.Pattern[str], replacement: str) -> None:
    """Refuse group references the pattern does not have (``\\3`` with one group)."""
    for ref in re.findall(r"\\(\d+)|\\g<(\d+)>", replacement):
        number = int(ref[0] or ref[1])
        if number > compiled.groups:
            raise re.error(f"invalid group reference {number}")


class Lexicon:
    """An ordered set of entries; entries apply in order, site entries after the global ones.

    Its :attr:`version` is a stable hash of the entries, so editing the lexicon changes audio keys.
    """

    def __init__(self, entries: Iterable[LexiconEntry | Mapping[str, Any]] = ()) -> None:
        self.entries: tuple[LexiconEntry, ...] = tuple(
            e if isinstance(e, LexiconEntry) else LexiconEntry.from_dict(e) for e in entries
        )
        self._compiled = [(e, compile_pattern(e.pattern, e.is_regex)) for e in self.entries]

    # -- persistence ---------------------------------------------------------------------------------------
    @classmethod
    def from_dicts(cls, rows: Iterable[Mapping[str, Any]]) -> Lexicon:
        return cls(LexiconEntry.from_dict(r) for r in rows)

    def to_dicts(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self.entries]

    @classmethod
    def from_json(cls, text: str) -> Lexicon:
        """``Lexicon.from_json('[{"pattern": "HTX", "replacement": "hợp tác xã"}]')``."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"lexicon JSON is not valid: {exc}") from None
        if isinstance(data, Mapping):
            data = data.get("entries", [])
        if not isinstance(data, list):
            raise ValueError('lexicon JSON must be a list of entries or {"entries": [...]}')
        return cls.from_dicts(data)

    def to_json(self) -> str:
        return json.dumps({"entries": self.to_dicts()}, ensure_ascii=False, indent=1)

    # -- identity ------------------------------------------------------------------------------------------
    def entries_for(self, site: str | None) -> list[LexiconEntry]:
        """Global entries, then the site's own."""
        return [e for e in self.entries if e.site is None] + [
            e for e in self.entries if site is not None and e.site == site
        ]

    def version_for(self, site: str | None = None) -> str:
        """Hash of what applies to ``site``: editing another site's entries leaves this one unchanged."""
        return _hash(self.entries_for(site))

    @property
    def version(self) -> str:
        """Stable hash of all entries (order matters: entries apply in order)."""
        return _hash(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and self.entries == other.entries

    def __hash__(self) -> int:
        return hash(self.entries)

    def __repr__(self) -> str:
        return f"Lexicon({len(self.entries)} entries, version={self.version})"

    # -- use -----------------------------------------------------------------------------------------------
    def apply(self, text: str, site: str | None = None) -> str:
        """Replace every match of the entries for ``site``: global entries first, then the site's."""
        for wanted in (None, site) if site is not None else (None,):
            for entry, compiled in self._compiled:
                if entry.site != wanted:
                    continue
                if entry.is_regex:
                    text = compiled.sub(entry.replacement, text)
                else:
                    text = compiled.sub(lambda _m, r=entry.replacement: r, text)
        return text


def _hash(entries: Iterable[LexiconEntry]) -> str:
    canonical = json.dumps(
        [e.to_dict() for e in entries], ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
