"""Layouts met on the seventeenth round of unseen pages (``tests/data/extract/pages_round17``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a story whose kanji
words carry their readings in ``<ruby>`` (the reading is printed over the word for learners, and is not read again).
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article


def _ruby(word: str, reading: str) -> str:
    return f"<ruby>{word}<rt>{reading}</rt></ruby>"


def test_the_readings_printed_over_kanji_are_not_read_a_second_time() -> None:
    title = (
        f"{_ruby('子', 'こ')}どもへの{_ruby('体罰', 'たいばつ')}を{_ruby('禁止', 'きんし')}する"
        f"{_ruby('法律', 'ほうりつ')}ができる"
    )
    body = [
        f"{_ruby('子', 'こ')}どもへの{_ruby('虐待', 'ぎゃくたい')}をなくすための{_ruby('法律', 'ほうりつ')}ができて、"
        f"{_ruby('親', 'おや')}が{_ruby('子', 'こ')}どもを{_ruby('教育', 'きょういく')}するために、たたいたりする"
        f"{_ruby('体罰', 'たいばつ')}を{_ruby('禁止', 'きんし')}することになりました。",
        f"{_ruby('最近', 'さいきん')}、{_ruby('親', 'おや')}に{_ruby('虐待', 'ぎゃくたい')}された"
        f"{_ruby('子', 'こ')}どもを{_ruby('児童相談所', 'じどうそうだんじょ')}が"
        f"{_ruby('守', 'まも')}ることができなくて、{_ruby('事件', 'じけん')}が"
        f"{_ruby('続', 'つづ')}いています。",
    ]
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    html = (
        f"<html><head><title>NEWS WEB EASY</title></head><body>{NAV}<article><h1>{title}</h1>"
        f"<div class='article-body'>{paragraphs}</div></article>{FOOTER}</body></html>"
    )
    expected = [
        "子どもへの体罰を禁止する法律ができる",
        "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、"
        "たたいたりする体罰を禁止することになりました。",
        "最近、親に虐待された子どもを児童相談所が守ることができなくて、事件が続いています。",
    ]
    assert extract_article(html).text.split("\n\n") == expected


def test_a_name_glossed_in_parentheses_keeps_its_gloss() -> None:
    gloss = "<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>"
    paragraph = (
        f"韓国の {gloss} 大統領は３日夜、緊急談話を出し、野党が国政をまひさせているとして「非常戒厳」を宣言した。"
    )
    html = (
        f"<html><head><title>News</title></head><body>{NAV}<article><h1>韓国で非常戒厳</h1>"
        f"<div class='article-body'><p>{paragraph}</p></div></article>{FOOTER}</body></html>"
    )
    assert "尹錫悦（ユンソンニョル）" in extract_article(html).text


ENTRY = [
    "The singer was born in Singapore in 1975 and has lived in Taiwan since 2009, writing and producing her own songs.",
    "She released her first English album in 1997 and signed with a Taiwanese label two years later.",
    "In 2004 she first worked as a producer, for another singer's album, and was nominated for a music award.",
]


def test_the_numbered_citation_marks_of_a_reference_entry_are_not_read() -> None:
    marks = [
        '<sup class="sup--normal" data-sup="1-2">\n[1-2]</sup>',
        '<sup class="reference"><a href="#cite_note-3">[3]</a></sup>',
        '<sup class="sup--normal" data-sup="22">\n[22]</sup>',
    ]
    paragraphs = "".join(f"<div class='para'>{s[:-1]}{m}{s[-1]}</div>" for s, m in zip(ENTRY, marks, strict=True))
    html = (
        f"<html><head><title>Singer</title></head><body>{NAV}<div class='main-content'><h1>Singer</h1>"
        f"{paragraphs}</div>{FOOTER}</body></html>"
    )
    assert extract_article(html).text.split("\n\n") == ["Singer", *ENTRY]


def test_a_footnote_mark_with_its_note_in_a_tooltip_does_not_bring_the_note_into_the_sentence() -> None:
    note = "The first tool is published under one licence, the second under another, both free to use."
    mark = (
        "<span class='footnote_referrer'><a role='button' href='#f1' class='footnote_hard_link'>"
        "<sup class='footnote_plugin_tooltip_text'>[1]</sup></a><span class='footnote_referrer_base'></span>"
        f"<span class='footnote_tooltip'>{note}</span></span>"
    )
    first = "Both scanners are published with their source code, so anyone can run them on many platforms"
    rest = "For that reason they are used by researchers and attackers alike, and have been for years."
    html = (
        f"<html><head><title>Scanners</title></head><body>{NAV}<article><h1>Scanners</h1>"
        f"<div class='entry-content'><p>{first}{mark}. {rest}</p><p>{ENTRY[0]}</p></div></article>"
        f"{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert note not in text
    assert f"{first}. {rest}" in text


DOC = [
    "Should blank ballots be counted among the votes cast? The demand grows every year, and some politicians now "
    "take it up. But what do the spoiled ballots themselves say, the ones voters fill with drawings and jokes?",
    "For three elections the author followed the counting in a small town hall and read every spoiled ballot aloud "
    "with the tellers, who had kept a few of the funniest for years.",
]
NEWSLETTER_NOTES = [
    "Votre adresse de messagerie est uniquement utilisée pour vous envoyer les lettres d'information du site.",
    "Vous pouvez à tout moment utiliser le lien de désabonnement intégré dans la newsletter.",
    "Your email address is only used to send you our newsletters. You can use the unsubscribe link in any of them.",
]


def test_a_newsletter_forms_privacy_notes_are_not_read_after_the_story() -> None:
    notes = (
        f"<p class='underlined'>{NEWSLETTER_NOTES[0]} {NEWSLETTER_NOTES[1]} <br/>"
        "<a href='/content/data'>En savoir plus sur la gestion de vos données.</a></p>"
        f"<p>{NEWSLETTER_NOTES[2]}</p>"
    )
    html = (
        f"<html><head><title>Spoiled ballots</title></head><body>{NAV}<main><h1>Spoiled ballots</h1>"
        f"{''.join(f'<p>{p}</p>' for p in DOC)}{notes}</main>{FOOTER}</body></html>"
    )
    assert extract_article(html).text.split("\n\n") == ["Spoiled ballots", *DOC]
