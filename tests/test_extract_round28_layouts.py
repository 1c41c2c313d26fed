"""Layouts met on the twenty-eighth round of unseen pages (``tests/data/extract/pages_round28``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a forum thread drawn
by a script framework, whose classes are generated hashes, each post's header named by the record's key (a ULID or
a UUID) and the replies each wrapped in a ``display:contents`` box.
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV
from tts_service.extract import extract_article

_KEYS = [
    "01KB5XS8BFGPR5KXABFMBEEYXT",
    "3f2b9c1e-7a4d-4e8b-9c1f-2d3e4f5a6b7c",
    "01KB5YNA47AEJ1PZ6JD0EXK4K8",
    "01KB5Z0G3BBM1HE4WHJD2BRQ41",
    "01KB5ZWQQ1KR4VZ7MF0GCMPZGF",
]


def _post(n: int, body: str, second_class: str) -> str:
    return (
        f"<div class='sc-aaa {second_class}'><div id='{_KEYS[n]}' class='sc-hdr xyz'><div class='sc-nm'>Member "
        f"{n}</div><div class='sc-dt'>28/11/2025 at 7:0{n} pm</div></div><div class='sc-body bgq'><div>{body}</div>"
        "</div><div class='sc-act'><div class='sc-btn'>0Reply</div></div></div>"
    )


def test_a_thread_of_hashed_classes_reads_its_first_post_without_its_header_and_none_of_the_replies() -> None:
    opening = (
        "<p>We would love to hear what you think about working with small children in a nursery.</p>"
        "<p>What would make you consider it, and what would put you off a career in childcare?</p>"
        "<p>Thank you for sharing.</p>"
    )
    reply = (
        "<p>Reply number {n}: I worked in a nursery for years and the pay was too low for the hours, so I left "
        "for a job in a shop with much less stress every week.</p>"
    )
    replies = "".join(f"<div style='display:contents'>{_post(n, reply.format(n=n), 'cU')}</div>" for n in range(1, 5))
    html = (
        f"<html><head><title>A career in childcare?</title></head><body>{NAV}<main><h1>A career in childcare?</h1>"
        f"<div class='sc-thread kuj'>{_post(0, opening, 'bT')}<div class='sc-more'><button>See last answer</button>"
        f"</div>{replies}</div></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert "put you off a career in childcare" in text
    assert "Thank you for sharing." in text
    assert "Reply number" not in text
    assert "Member 0" not in text  # the post's header: who wrote it and when
