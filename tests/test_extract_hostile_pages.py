"""Hostile pages: crafted shapes that once drove a path of the extractor quadratic. Each test checks what a
listener hears on the crafted page; the time it takes is measured in ``bench/extract_hostile.py``."""

from __future__ import annotations

import pytest

from tts_service.extract import extract_article

_DAYS = 300  # about 40 kB of link lists


def _colon_link_lists(days: int) -> str:
    """A sentence ending in a colon over three places, each a link over a line of directions, for each day;
    every part a sibling in one article box of a page that names its own address."""
    groups = "".join(
        f"<p>Here are the places we saw on day {n} of the trip:</p>"
        + "".join(f"<p><a href='/guide/{n}/{j}'>Place {n} {j}</a></p><p>By tram to stop {n}-{j}</p>" for j in range(3))
        for n in range(days)
    )
    return (
        "<html><head><title>Useful places for the season</title>"
        "<link rel='canonical' href='https://example.org/guide'></head><body><article>"
        "<h1>Useful places for the season</h1><p>We spent the whole season travelling through the region by tram, "
        "and these are the places we liked best, day by day, with the way to reach each of them.</p>"
        f"{groups}</article></body></html>"
    )


def test_a_page_of_many_colon_introduced_link_lists_is_read_in_full_and_in_order() -> None:
    text = extract_article(_colon_link_lists(_DAYS)).text
    assert text.startswith("Useful places for the season")
    lines = [
        line
        for n in range(_DAYS)
        for line in (
            f"Here are the places we saw on day {n} of the trip:",
            *(f"By tram to stop {n}-{j}" for j in range(3)),
        )
    ]
    spots = [text.find(line) for line in lines]
    assert -1 not in spots
    assert spots == sorted(spots)


def test_the_text_the_extractor_cleans_grows_with_the_page_not_with_its_square(monkeypatch: pytest.MonkeyPatch) -> None:
    """The work, counted in characters cleaned, not in seconds (load cancels): four times the link lists cost
    about four times the cleaning; a path that measures the whole box around every line costs sixteen times."""
    from tts_service.extract import article

    cleaned = [0]
    real = article.clean_text

    def counting(text: str) -> str:
        cleaned[0] += len(text)
        return real(text)

    monkeypatch.setattr(article, "clean_text", counting)
    work = []
    for days in (_DAYS // 4, _DAYS):
        cleaned[0] = 0
        extract_article(_colon_link_lists(days))
        work.append(cleaned[0])
    assert work[1] < 6 * work[0], work
