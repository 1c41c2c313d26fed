"""``normalize``: the whole pipeline behind one pure function that never raises."""

from __future__ import annotations

from .rules import RULES, Rule

#: Part of every audio key: bump when the spoken output of any input changes.
VERSION = "1.0"


def normalize(text: str, rules: tuple[Rule, ...] = RULES) -> str:
    """Spoken form of ``text``: ``normalize("Có 03 người") == "Có ba người"``."""
    text = str(text)
    for rule in rules:
        text = rule(text)
    return text
