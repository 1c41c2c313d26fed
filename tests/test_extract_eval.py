"""Regression on real pages with gold text: what listeners hear stays as good.

Two sets: the shared one (``../shared/eval/extract``: pages and CMS fragments) and this repository's own
(``tests/data/extract/pages``: forum threads, recipes, how-tos, old portals; sources in
``tests/data/extract/SOURCES.md``). Uses the shared scorer's own token and leak definitions, so these numbers
are the ones ``score.py`` prints. Skipped, with the reason, when ``shared/`` is not beside the repository.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from tts_service.extract import extract_article


def _eval_dir() -> Path | None:
    repo = Path(__file__).resolve().parents[1]
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared" / "eval" / "extract" / "score.py").is_file():
            return base / "shared" / "eval" / "extract"
    return None


EVAL = _eval_dir()
LOCAL = Path(__file__).resolve().parent / "data" / "extract"
pytestmark = pytest.mark.skipif(
    EVAL is None, reason="../shared/eval/extract (real pages with gold) is not beside the repository"
)


@cache
def scorer() -> ModuleType:
    assert EVAL is not None
    spec = importlib.util.spec_from_file_location("shared_extract_score", EVAL / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_ROUNDS = tuple(f"round{n}" for n in range(2, 47))


def _folder(folder: str) -> Path:
    """``pages``/``fragments``: the shared set; ``local``: this repository's pages; ``round2``, ``round3``,
    ``round4`` … ``round22``: the later rounds of unseen pages, each scored once before any change for it
    (``tests/data/extract/SOURCES.md``)."""
    if folder == "local":
        return LOCAL / "pages"
    if folder in _ROUNDS:
        return LOCAL / f"pages_{folder}"
    assert EVAL is not None
    return EVAL / folder


def pages(folder: str) -> list[str]:
    if EVAL is None:
        return []
    return sorted(p.stem for p in _folder(folder).glob("*.html") if p.with_suffix(".txt").exists())


@cache
def result(folder: str, name: str) -> tuple[str, str]:
    """(our read text, gold text) for one page, decoded the way the scorer decodes it. A page the extractor
    refuses reads as nothing, as the scorer counts it: it lowers the scores instead of stopping the test."""
    path = _folder(folder) / f"{name}.html"
    html = scorer().decode_html(path.read_bytes())
    try:
        text = extract_article(html).text
    except Exception:  # any refusal or error: an empty page, as score.py counts it
        text = ""
    return text, path.with_suffix(".txt").read_text(encoding="utf-8")


def token_counts(folder: str) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    for name in pages(folder):
        out, gold = result(folder, name)
        tokens = scorer().norm_tokens
        _, _, _, t, p, g = scorer().prf(Counter(tokens(out)), Counter(tokens(gold)))
        tp, n_pred, n_gold = tp + t, n_pred + p, n_gold + g
    return tp, n_pred, n_gold


def micro_f1(folder: str) -> float:
    tp, n_pred, n_gold = token_counts(folder)
    p, r = tp / n_pred, tp / n_gold
    return 2 * p * r / (p + r)


def scored(folder: str, name: str) -> dict:
    """The scorer's row for one page: f1, title_ok, first, last, leaks …"""
    out, gold = result(folder, name)
    return scorer().score_page(lambda _html: out, "", gold, 60)


@pytest.mark.parametrize("name", pages("pages"))
def test_each_real_page_reads_close_to_its_gold(name: str) -> None:
    row = scored("pages", name)
    assert row["f1"] >= 0.95, f"{name}: token F1 {row['f1']:.3f}"
    assert row["title_ok"], f"{name}: the headline is not read first"
    assert row["first"] >= 0.9, f"{name}: the lead paragraph was dropped"
    assert row["last"] >= 0.9, f"{name}: the closing paragraph or signature was dropped"


@pytest.mark.parametrize("name", pages("local"))
def test_each_forum_recipe_howto_and_portal_page_reads_close_to_its_gold(name: str) -> None:
    row = scored("local", name)
    assert row["f1"] >= 0.90 and row["title_ok"] and row["first"] >= 0.9, f"{name}: {row['f1']:.3f} F1"


def test_the_forum_recipe_howto_and_portal_pages_together_reach_micro_f1_099() -> None:
    assert micro_f1("local") >= 0.99


#: Later rounds of unseen pages: (each page's F1 floor, the round's micro-F1 floor). Round 2 scored 0.953 when
#: first scored, before any change for its pages, 0.983 after the fixes of its layouts; round 3 0.970 when first
#: scored (held out from the round-2 fixes), 0.975 now; round 5 0.969 when first scored, 0.979 after its fixes
#: (its card page, whose cards look like promotions, stays at 0.49); round 6 0.981 when first scored (held out
#: from the round-5 fixes), 0.992 after its own.
UNSEEN_ROUNDS = {
    "round2": (0.95, 0.983),
    "round3": (0.93, 0.974),
    "round5": (0.45, 0.978),
    "round6": (0.97, 0.991),
}


#: Round 4: 33 pages in 11 languages, sealed on another branch and scored once at eb2bb08, after every fix above:
#: micro F1 0.836 (trafilatura alone 0.863, readability-lxml alone 0.868 in the same run; median page 0.978, five
#: forum, photo-gallery and recipe pages below 0.35); 0.962 after the fixes of its gallery, card round-up, author
#: box, forum layouts whose posts are named comments and Polish end headings (``tests/test_extract_round4_layouts.py``);
#: 0.974 after blocks an engine glued or reordered are put back as the page prints them, invisible separators are
#: removed and numbered linked headings of list articles are read (``tests/test_extract_vietnamese_cms.py``).
ROUND_4_MICRO_F1 = 0.973


def test_round_4_keeps_its_micro_f1_and_leaks_nothing() -> None:
    assert micro_f1("round4") >= ROUND_4_MICRO_F1
    leaking = [name for name in pages("round4") if scored("round4", name)["leaks"]]
    assert not leaking, leaking


#: Round 7: 35 pages in 13 languages, sealed on another branch and scored once at c5332dc, after every fix above:
#: micro F1 0.888 (trafilatura alone 0.881, readability-lxml alone 0.887 in the same run; median page 0.992; a
#: recipe page refused as empty, three forum threads and a story in one ``<br>``-parted paragraph below 0.25);
#: 0.994 after the fixes of its checklists, ``<br>``-parted stories, threads whose posts are named by class or
#: by the topic's number, ``<article>`` cards beside a recipe, how-to steps in boxes named for printing, linked
#: lists a sentence introduces, kickers inside the headline, recipe times, more languages' end headings, pull
#: quotes and a photo credit inside the intro box (``tests/test_extract_round7_layouts.py``). (first score, floor now)
ROUND_7_MICRO_F1 = (0.888, 0.994)


#: Round 8: 30 pages in 11 languages, sealed on another branch and scored once at 2e345d9, after every fix above:
#: micro F1 0.919 (trafilatura alone 0.916, readability-lxml alone 0.890 in the same run; median page 0.978; a
#: how-to refused as empty, a Chinese page stored as UTF-8 that declares GB2312 at 0.00 for every extractor);
#: 0.956 after an article the parser misnested into a menu ``<button>`` is read, a photo story is read on past
#: an embedded post, titles lose a CJK site name joined without spaces and a kicker set apart by a hidden
#: colon, and Japanese, Chinese and Korean times ago, no-reprint notices, a link to the story's section and a
#: Chinese caption ending in its photographer's credit are not read, nor a body field whose class says
#: "summary" read again as a lead, nor what follows a "Related" label with its links set as a paragraph, and a
#: long standfirst ``<h2>`` opening with a kicker and links with a typed bullet between paragraphs are read;
#: 0.975 after a report that numbers its figures ("Abbildung 2:") is read without its photo captions
#: (``tests/test_extract_round8_layouts.py``); 0.978 after a body split over sibling boxes of one class is read
#: to its last box and a heading between a picture and its credit is taken for its caption
#: (``tests/test_extract_body_shapes.py``).
#: The scorer decodes by the declared charset, so the GB2312 page stays at 0.00 here; read from its bytes, as the
#: service reads a fetched page, it is UTF-8 (``test_every_round_8_page_read_from_its_bytes_is_read``).
#: (first score, floor now)
ROUND_8_MICRO_F1 = (0.919, 0.978)
#: Round 9: 30 pages in 9 languages, sealed on another branch and scored once at a7b03c5 and again at 366becb,
#: after every fix above: micro F1 0.954 both times (trafilatura alone 0.954, readability-lxml alone 0.959 in the
#: same run; median page 0.992; a Spanish page whose UTF-8 the scorer decodes as its declared ISO-8859-15 refused
#: as TCVN3, recipe steps in a hidden tab at 0.51); 0.992 after a legacy-font word must spell a Vietnamese
#: syllable through its encoding's table, UTF-8 a caller decoded as a single-byte charset is read back, readers'
#: comments in a box named in the page's language are not read, a recipe's marked steps in a hidden tab are,
#: a thread stops at "Best Replies", text past an end heading over a long list of other articles is a sidebar's,
#: a standfirst beside the headline is read however far the body's box is, and a podcast's download link, a
#: follow button, a Japanese recommended box, a Chinese editor credit and a photo line in a box named for the
#: picture's footer are not read (median page 0.997)
#: (``tests/test_extract_round9_layouts.py``). (first score, floor now)
ROUND_9_MICRO_F1 = (0.954, 0.991)
#: Round 9's lowest pages now: a 2012 Chinese table layout whose gold is nine tokens (0.75) and a recipe whose
#: tab labels and "save this recipe" appeals are read with it (0.82).
ROUND_9_PAGE_FLOOR = 0.74
#: Round 10: 33 pages in 11 languages, sealed on another branch and scored once at 4f9d12c before any fix for it:
#: micro F1 0.969 (trafilatura alone 0.940, readability-lxml alone 0.947 in the same run), and 0.949 at 6db40bc,
#: after the phase-1 fixes (a XenForo thread read further, 0.05 -> 0.23; a WordPress body thrown away, 0.14);
#: 0.993 after a body box whose class negates a widget word ("entry-content no-share") is read, a widget the
#: parser left open over a post's message gives the message back, a recipe's ingredients box before its steps is
#: read first, a table row of short cells is one line, reading stops at a rule past the headline's box, a gallery
#: slide's heading that repeats its picture's alt text is read, a "leadtext" and a story's highlights list are the
#: sapo, the notice over a comments box, a legend, a video's description, a player's label, a table of link cards
#: and a site name in ＜＞ after the headline are not read, a thread's prefix badge is not part of its title, an
#: inline <q> stays in its sentence and separators between links are not words
#: (``tests/test_extract_round10_layouts.py``; lowest pages: a Japanese table-laid story 0.88, a recipe 0.90).
#: (first score, floor now)
#: An embedded post after the writer's sentence pointing to it is no longer read: 0.9945.
ROUND_10_MICRO_F1 = (0.969, 0.994)
#: Round 11: 24 pages in 4 languages, sealed on another branch and scored once at 172ff4f before any fix for it:
#: micro F1 0.950 (trafilatura alone 0.912, readability-lxml alone 0.860 in the same run); 0.982 after a box laid
#: out for print ("print-full", "print-links") is read, an appeal to tag the cook with a handle, a paywall's
#: notice and all under it, a "hide-text" heading, a picture toggle's labels, a Chinese recommended-box heading,
#: a bracketed no-reproduction notice, an app-link form, a bare shortcode and a reprint's original-title note are
#: not, a writer's line inside the <h1> and the site's name after it are not the headline, a title box with no
#: <h1> names the headline, the lead under an <h2> standing in for a hidden <h1> is given back, a record's field
#: repeated in two records is read in each and a CJK credit parted by a bar is the signature
#: (``tests/test_extract_round11_layouts.py``; lowest page: a qq story the scorer decodes by its declared GB2312
#: while its bytes are UTF-8, 0.00 for every extractor; read from its bytes it scores 1.00). (first score, floor)
ROUND_11_MICRO_F1 = (0.950, 0.981)
#: Round 12: 28 pages in 5 languages (gold made by reading on another branch), scored once at 9e014c2 before any
#: fix for it: micro F1 0.979 (trafilatura alone 0.953, readability-lxml alone 0.842 in the same run); 0.995 after
#: a photo story's text in each photo's "comment" box is read without the owner's credit, the last photo boxes
#: the engine stopped short of are given back, a code block is read as written, a numbered references section
#: keeps its links, a styled component's "Dek" and an itemprop description are the sapo, and an author's box, an
#: intro box holding the headline, a blog's tagline, a label over a closing web address, a closing invitation to
#: comment, a read-more label over nothing, a column of <article> cards, a one-word nutrition table and a
#: first-published note, a custom <pp-tag> or inline teaser and a nutritional-values tab are not read, and a block
#: the engine ran two words together in is read once, as printed (``tests/test_extract_round12_layouts.py``).
#: (first score, floor now)
ROUND_12_MICRO_F1 = (0.979, 0.993)
#: Round 13: 35 pages in 4 languages (gold made by reading on another branch), scored once at 66c4083 before any
#: fix for it: micro F1 0.976 (trafilatura alone 0.973, readability-lxml alone 0.917 in the same run); 0.992 after
#: a blog post of one paragraph under a headline linking to itself is read (not dropped as a teaser, then the whole
#: page read instead), a blog's name linking to a web archive's copy of its front page and an <h1> sharing half its
#: words with the title yield to the post's heading, a run of teasers ending the text (linked headlines, or a
#: read-more link under each, with the labels between), a layout's sidebar cell, a petition form with its signers,
#: a screen-reader label ("Headline:"), a link's "Opens a new window" note, a filed-under line in German, French or
#: Italian, "Learn more:" pointers and Newer/Older links are not read (``tests/test_extract_round13_layouts.py``).
#: (first score, floor now)
ROUND_13_MICRO_F1 = (0.976, 0.990)
#: Round 14: 47 pages in 7 languages (gold made by reading on another branch), scored once at cbb6b86 before any
#: fix for it: micro F1 0.950 (trafilatura alone 0.941, readability-lxml alone 0.808 in the same run); 0.961 after
#: a post embedded from a social network is not read unless the writer introduces it with a colon, a long table of
#: bare figures is not read cell by cell, a table of labelled details holding a map icon is read as text (not as
#: captions), an advertisement's "continues after" label in Portuguese, Spanish, French, German or Italian, a
#: comment form's members-only notice, a Portuguese story's closing appeals to subscribe, follow and support, and a
#: freely licensed picture's credit line are not read, and a page's Latin-1 C1 characters (windows-1252 quotes)
#: and Japanese UTF-8 a caller decoded as Shift_JIS are read back (``tests/test_extract_round14_layouts.py``).
#: (first score, floor now)
ROUND_14_MICRO_F1 = (0.950, 0.957)
#: Round 15: 33 pages in 6 languages (gold made by reading on another branch), scored once at 4ecdcb6 before any
#: fix for it: micro F1 0.960 (trafilatura alone 0.960, readability-lxml alone 0.921 in the same run; a Spanish
#: "Siguenos en … Facebook y Twitter" leaked); 0.979 after a story over its empty comment box numbered as a
#: discussion is read (not the box's login line alone), an og:title cut at an unescaped quote yields to the
#: <title>, a two-word headline in the page's <header> and a French "chapo" and Spanish "sumario" standfirst are
#: read, and an unaccented "Siguenos" appeal, a "lire_aussi" box, a blog tool's shop box, an "(Image credits: …)"
#: line and a phone app's signature are not (``tests/test_extract_round15_layouts.py``; lowest pages: an
#: astrophoto post whose exposure-data list the gold leaves out, 0.62, a meeting notice whose dates line is dropped
#: as a date line, 0.78, a blog note whose link-only list items are not read, 0.80, and a drinks column read with
#: the teasers under it, 0.86). (first score, floor now)
ROUND_15_MICRO_F1 = (0.960, 0.979)
#: Round 16: 36 pages in 5 languages (gold made by reading on another branch), scored once at 53bba97 before any
#: fix for it: micro F1 0.956 (trafilatura alone 0.958, readability-lxml alone 0.904 in the same run); 0.979 after
#: a photo slideshow set in an <aside> column is read, a paywall's "To view the full story, please subscribe"
#: notice and its pitch are not, the headline in the story's own header box and an <h1> styled "black-print"
#: (and so the dek under it) are kept, and a "RELATED: …!" line, a related-tags label, an advert box, the links to
#: the previous post and an "Aktualisiert am …" line are not read (``tests/test_extract_round16_layouts.py``;
#: lowest pages: a Japanese press release the scorer decodes by its declared Shift_JIS while its bytes are UTF-8,
#: 0.07, read from its bytes 0.80; a campaign page read on into its donation and press boxes, 0.75; a Japanese
#: story with its partner's profile box and disclaimer, 0.78). (first score, floor now)
#: Three embedded posts, each after a sentence of the writer pointing to it, are no longer read: 0.915 → 1.00;
#: round 0.9805.
#: Session 36: a how-to blog's writer's box marked schema.org Person is no longer read (0.964 -> 1.00): 0.982.
ROUND_16_MICRO_F1 = (0.956, 0.982)
#: Round 17: 42 pages in 9 languages (gold made by reading on another branch), scored once at 740ac90 before any
#: fix for it: micro F1 0.956 (trafilatura alone 0.919, readability-lxml alone 0.904); 0.958 after the readings
#: printed over kanji in <ruby> are left out (a gloss in fallback parentheses stays), a reference entry's numbered
#: citation marks and a footnote's hover note are not read inside the sentence, nor a newsletter form's note on
#: its unsubscribe link (``tests/test_extract_round17_layouts.py``; lowest pages: a publisher's book page read
#: with its book data, errata and table of contents, 0.01; a Japanese story whose body a script loads, 0.57; a
#: Chinese encyclopedia entry whose discography tables are not read, 0.62; a slideshow whose dek the gold takes
#: from the page's second copy of the intro, 0.73; a radio documentary's page read with its episode menu and
#: credits, 0.76). (first score, floor now)
ROUND_17_MICRO_F1 = (0.956, 0.958)
#: Round 18: 40 pages in 4 languages (gold made by reading on another branch), scored once at 740ac90 before any
#: fix for it: micro F1 0.964 (trafilatura alone 0.924, readability-lxml alone 0.886); 0.970 after a chorus printed
#: again in one paragraph of lyrics is read each time, a schedule table's times are read with what happens at them
#: and its header row and shared lines in every day's table (``tests/test_extract_round18_layouts.py``; lowest
#: pages: a shop's product page read with its specifications, service promises and reviews, 0.56; a dictionary
#: entry read with its widget labels and without its pronunciations, 0.72; a barbecue shop's page read with its
#: specifications table, 0.87). (first score, floor now)
ROUND_18_MICRO_F1 = (0.964, 0.973)
#: Round 19: 32 English pages (12 forum threads, 5 government pages; gold made by reading on another branch),
#: scored once at cab725c before any fix for it: micro F1 0.925 (trafilatura alone 0.857, readability-lxml alone
#: 0.952); 0.962 after forum threads built by a script from a <noscript> copy, opening posts marked by their id, thread
#: titles in a title cell, a government topic page's grid of section cards and cookie-consent dialogs
#: (``tests/test_extract_round19_layouts.py``; lowest pages: a forum whose first post is only BBCode in a script,
#: 0.13; a forum thread inside a comments box, 0.09). (first score, floor now)
ROUND_19_MICRO_F1 = (0.925, 0.963)
#: Round 20: 32 pages (German 20, Spanish 8, English 4; news, how-tos, press releases; gold made by reading on
#: another branch), scored once at 824ecf8 before any fix for it: micro F1 0.973 (trafilatura alone 0.944,
#: readability-lxml alone 0.911); one page leaked a UI string. 0.983 and no leak after an embedded tweet waiting
#: for consent, advertiser disclosures and writer blurbs, quote cards said again, a board post's points line, a
#: thread whose posts are all comments, German readers'-opinion headings, donation appeals and authors' boxes
#: (``tests/test_extract_round20_layouts.py``; lowest pages: a travel blog's credit-card offer box, 0.76; a
#: drug-database entry's short fields, 0.89). (first score, floor now)
ROUND_20_MICRO_F1 = (0.973, 0.982)
#: Round 21: 32 pages (English 27; news of 2016–2017 with tweets and related blocks, forum threads, features;
#: gold made by reading on another branch), scored once at 5511940 before any fix for it: micro F1 0.991, no page
#: under 0.90, no leak (trafilatura alone 0.924, readability-lxml alone 0.926). (first score, floor now)
ROUND_21_MICRO_F1 = (0.991, 0.991)
#: Round 22: 30 pages (German 16, English 8, Spanish 6), scored once at 5511940 before any fix for it: micro F1
#: 0.829 (trafilatura alone 0.864, readability-lxml alone 0.931); a 4,800-word radio interview read as 0.03 and a
#: news page refused. 0.954 after a page with a few stray NUL bytes is read, a story after a "Mehr zum Thema" box
#: is read to its end, a thread's post beside menus hidden by a prefixed class, date-and-author lines, and table
#: rows that end with a sentence (``tests/test_extract_round22_layouts.py``; lowest pages: a software product page,
#: 0.37; a coffee shop's product page, 0.49). (first score, floor now)
ROUND_22_MICRO_F1 = (0.829, 0.953)
#: Round 23: 32 pages (English 13, German 11, Spanish 8; news, church, NGO and welfare pages, a journal abstract,
#: API docs, forum first posts; gold made by reading on another branch), scored once at d4434f3 before any fix for
#: it: micro F1 0.933 (trafilatura alone 0.874, readability-lxml alone 0.849); one page leaked a UI string; under
#: 0.90: a journal abstract 0.13, two Drupal government pages 0.67 and 0.85. 0.979, no leak and no page under 0.90
#: after an abstract page ends at its "preview of subscription content" notice, a body box named for a summary is
#: no sapo, a closing appeal listing networks (and the heading left over it) is dropped, a table's skipped cells come
#: back, and Spanish "También puede leer:" pointers (``tests/test_extract_round23_layouts.py``; lowest pages: a
#: Bolivian news page with a credit line and a notice, 0.93; a wine guide and library docs, 0.95). (first score,
#: floor now)
#: A table of records reads each row as one line (city service page 0.99 -> 1.00): 0.9814.
ROUND_23_MICRO_F1 = (0.933, 0.981)
#: Round 24: 32 pages (English 14, German 13, Spanish 5; news, sport, reviews, organisation and product pages, a
#: medical abstract, docs, forum threads; gold made by reading on another branch), scored once at 6e72663 before any
#: fix for it: micro F1 0.899 (trafilatura alone 0.832, readability-lxml alone 0.737); no leak; under 0.90: a forum
#: thread 0.03, a journal abstract 0.27, a shop's product page 0.83, a news page with a key-data box 0.89. 0.975 and
#: no leak after a consent centre longer than the thread, a click-open dialog ("modal" with a close button), the
#: signature every poster carries and a list of citations under "References" are not read, heading permalinks
#: ("#") are dropped, "Notas relacionadas" ends a story and a table's paragraph-wrapped cells are read row by row
#: (``tests/test_extract_round24_layouts.py``); still under 0.90: the shop's product page, 0.83, whose script-shown
#: tab panels and nutrition table the gold reads (doubtful there). (first score, floor now)
#: 0.977 after the bare-web-address rule of round 38 (floor now).
ROUND_24_MICRO_F1 = (0.899, 0.976)
#: Round 25: 32 pages (German 14, English 14, Spanish 4; news of 2014–2016, interviews, satire behind a
#: registration wall, a video page, a podcast episode, a villa rental, API docs, forum threads; gold made by reading
#: on another branch), scored once at 70c39e4 before any fix for it: micro F1 0.917 (trafilatura alone 0.803,
#: readability-lxml alone 0.735); no leak; five pages under 0.90, lowest an events page 0.07, a video page 0.32 and
#: API docs 0.43. 0.963 (0.9637 measured) and no leak after a blog's name in an <h1> is no headline (its motto was
#: read instead of a calendar post), a calendar's month headings and labelled event dates are read, a form's error
#: messages, a language switcher's hidden versions, an "enable JavaScript" notice, a pop-up opening with its close
#: control and a "Write your own review" prompt are not (``tests/test_extract_round25_layouts.py``); still under
#: 0.90: a villa rental page 0.45 (the engine starts at the price list, past the description), the shop's region
#: page 0.79 (its wine list and side panels), the calendar post 0.85, the API docs 0.89. (first score, floor now)
#: A classic blog theme's post-metadata paragraph ("Der Beitrag wurde am … veröffentlicht") is not read (calendar
#: post 0.85 -> 0.92): 0.9645.
ROUND_25_MICRO_F1 = (0.917, 0.964)
#: Round 26: 32 pages (German 16, English 16; a news story around a 50-slide gallery, an 8,000-word piece broken
#: by advertisement labels, inline link cards, a job box inside the text, a SQL tutorial, a news-list page, forum
#: threads; gold made by reading on another branch), scored once at ea3c882 before any fix for it: micro F1 0.959
#: (trafilatura alone 0.908, readability-lxml alone 0.898); no leak; under 0.90: the gallery story 0.33, a coffee
#: shop's product page 0.38, a news page 0.75. 0.988 (0.9883 measured) and no leak after a slideshow of other news
#: set between a story's paragraphs, a coloured box asking readers to support the magazine with the photo credit
#: closing a story, are not read, and a quotation set in a figure with no picture is
#: (``tests/test_extract_round26_layouts.py``); still under 0.90: the coffee shop's product page 0.38 (its facts
#: table of bold labels and rating pictures is taken for picture captions, its "image with text" sections for
#: teasers). (first score, floor now)
ROUND_26_MICRO_F1 = (0.959, 0.988)
#: Round 27: 32 pages (German 21, English 10, French 1; a ministry portal with glossary tooltips, association press
#: releases, a vehicle history, an essay with formula images, product pages, an arXiv abstract, API docs, forum
#: threads; gold made by reading on another branch), scored once at cbea051 before any fix for it: micro F1 0.970
#: (trafilatura alone 0.938, readability-lxml alone 0.903); no leak; under 0.90: a French product page 0.13, a Lemmy
#: post 0.32, the arXiv abstract 0.73, API docs 0.81, a German product page 0.87. (first score, floor now)
ROUND_27_MICRO_F1 = (0.970, 0.969)
#: Round 28: 32 pages (German 16, English 16; news with captions set as paragraphs, a games preview in a fixed-width
#: layout, a gallery of hotels, university pages, a podcast transcript, docs, forum threads; gold made by reading on
#: another branch), scored once at cbea051 before any fix for it: micro F1 0.941 (trafilatura alone 0.905,
#: readability-lxml alone 0.905); no leak; under 0.90: four forum threads 0.11–0.60, a shop's page 0.52, docs 0.63.
#: (first score, floor now). The parenting forum's thread drawn by a script framework (hashed classes, each post's
#: header named by a ULID, replies wrapped in ``display:contents``) read its replies too: 0.11 → 1.00, round 0.9591.
#: Two threads whose opening post is drawn in a box of its own above the list of replies read the replies too:
#: 0.38 and 0.60 → 1.00; a thread whose short first post is flagged by a data attribute read an install guide
#: from a popover instead: 0.12 → 0.94; round 0.9692.
ROUND_28_MICRO_F1 = (0.941, 0.969)
#: Round 29: 32 pages (German 15, English 17; news from Caribbean papers, an interview, reviews, an advertorial, an
#: association's guide, DIY, health, a college, lists, a podcast transcript, docs, a product page, two forum threads;
#: gold made by reading on another branch), scored once at 65beffc before any fix for it: micro F1 0.947 (trafilatura
#: alone 0.924, readability-lxml alone 0.895 in the same run); one page leaks; under 0.90: a press release 0.02, docs
#: 0.37, a paywalled page 0.60, a news page 0.70, a list page 0.72, a product page 0.74. (first score, floor now)
#: The list page read on into a hidden modal dialog of republishing terms ("please tag us: Twitter …, Facebook
#: …", the leak) and a copy of the story: 0.72 → 0.99, no leak; round 0.9598.
#: The press release lost its body to a cut after the menu: the short labels ("News", "Firmen") over the boxes of
#: links under the body were placed at the menu's own; placed beside the block before them, 0.02 → 0.99; round 0.9725.
ROUND_29_MICRO_F1 = (0.947, 0.972)
#: Round 30: 31 pages (German 14, Spanish 2, English 15; news, a reportage with pull quotes, a column, press releases,
#: sport federations' pages, a glossary entry, university pages, a nonprofit's landing page, guides, blogs, a typeface
#: story with captions in a slider, a product page, two forum threads; gold made by reading on another branch), scored
#: once at 223e983 (after this session's first fixes) before any fix for it: micro F1 0.982 (trafilatura alone 0.956,
#: readability-lxml alone 0.897 in the same run); two pages leak; no page under 0.90. (first score, floor now)
#: Leaks fixed: German "follow us" lines ("Folgen Sie uns auf Twitter") and a WordPress card of another post
#: under "Schon gelesen?" no longer read, 0.97 → 0.99; two tweets after the writer's sentences pointing to them no
#: longer read, 0.94 → 0.96; round 0.9833.
ROUND_30_MICRO_F1 = (0.982, 0.983)
#: Round 31: 32 pages (German 18, English 14, one Welsh and English; news, a live blog, blogs from 2014–2025, a podcast
#: page, essays, a dictionary entry, AI-written paper summaries, a concert calendar, a retailer's service page, a
#: holiday-home listing, a lawyer's homepage, guides, an FAQ, a joke list, a reading list, two forum threads; gold made
#: by reading on another branch), scored once at c50b7ee (after this session's second fixes) before any fix for it:
#: micro F1 0.944 (trafilatura alone 0.938, readability-lxml alone 0.819 in the same run); no leak; under 0.90: a
#: lawyer's homepage 0.17, a holiday-home listing 0.20, a vlog 0.86, a review 0.75. (first score, floor now)
#: The lawyer's welcome no longer reads on into a slider of client testimonials, 0.17 → 1.00; the places the vlog's
#: sentence introduces with a colon (a link over a line of directions each) are read, 0.86 → 1.00; the concert
#: calendar keeps the dates that link to their tickets among the same rows unlinked, 0.90 → 0.96; round 0.9504.
ROUND_31_MICRO_F1 = (0.944, 0.950)
#: Round 32: 32 pages (German 14, English 18; news from 2017–2025, press releases, blogs, product pages with pricing
#: widgets, service and university pages, a course page, a how-to, a git intro, an exhibition page, a trip list, an
#: experts' roundup, a party's about page, two forum threads; gold made by reading on another branch), scored once at
#: 15c14de (after this session's third fixes) before any fix for it: micro F1 0.896 (trafilatura alone 0.911,
#: readability-lxml alone 0.696 in the same run); no leak; under 0.90: a party's blog post 0.02, a product page 0.14, a
#: consultancy's service page 0.19, a roundup 0.53, a course page 0.74, a list 0.79, a university page 0.80, a
#: marketplace service page 0.77, a product page 0.82, a shop's product page 0.87. (first score, floor now)
#: A blog post whose box carries the engine's classes for its tags ("tag-bge") is read in full, not dropped as a box
#: of tags (party blog post 0.02 -> 0.96): 0.911.
ROUND_32_MICRO_F1 = (0.896, 0.911)
#: Round 33: 33 pages (German 11, English 22, one with Japanese passages; news from 2020–2025, how-tos and guides,
#: service pages, an energy company's explainer, product pages, university articles, blogs, a testimonials page; no
#: forum thread; gold made by reading on another branch), scored once at 49c3cd3 (the session's final extractor) before
#: any fix for it: micro F1 0.762 (trafilatura alone 0.770, readability-lxml alone 0.782 in the same run); two pages
#: leak; under 0.90: a gym's service page 0.10, a product page whose text is only in script data 0.21, a news page that
#: prints a 363-row contact table the gold cuts 0.23, a comparison service page 0.48, a product page 0.61, a service FAQ
#: 0.62, a shop's product page 0.85. (first score, floor now)
#: Boxes of teaser headlines whose ids read like post ids ("p-1005") are no forum thread, so the story is read (news
#: page 0.23 -> 0.63, no leak); a closing list of calls to action ("Join our … group") is not read (blog 0.93 ->
#: 0.96, no leak): 0.801.
ROUND_33_MICRO_F1 = (0.762, 0.801)
#: Round 34: 30 pages (German 14, English 16; news from 2016–2025, three 2022 sport reports, seven blogs, three
#: how-tos, three guides, a technical article, four service and information pages, a university guide, a bookplate
#: catalogue table, one Discourse thread; gold made by reading on another branch), scored once at 97bf811 (the
#: session's final extractor) before any fix for it: micro F1 0.961 (trafilatura alone 0.964, readability-lxml alone
#: 0.913 in the same run); one page leaks; under 0.90: an LPG explainer 0.57, a news page 0.84, a table catalogue
#: 0.88, a news page 0.88. (first score, floor now)
#: The writer's biography set beside the byline in a box named like a sapo ("with-excerpt") is not read as the lead
#: (news page 0.84 -> 0.87, no leak): 0.9616.
#: A body split over sibling boxes of one kind with table boxes between them, of which the engine kept the longest,
#: is read whole from its first box to its last, tables in place (LPG explainer 0.57 -> 0.96): 0.9655. The lead set in
#: another row of the header section than the headline is read (LPG explainer 0.96 -> 1.00): 0.9661.
#: A table of records (five rows or more of the same number of plain cells) reads each row as one line however long its
#: description cell (bookplate catalogue 0.88 -> 1.00): 0.9782.
ROUND_34_MICRO_F1 = (0.961, 0.978)
#: Round 35: 30 pages (news 2014–2025 in English, German and Japanese, two photo pages, a recipe, a reference page,
#: an interview, blogs; gold made by reading on another branch), scored once at eba69a7 (the session's starting
#: extractor) before any fix for it: micro F1 0.985 (trafilatura alone 0.969, readability-lxml alone 0.906 in the same
#: run); one page leaks; under 0.90: a German tech news page 0.81, a Japanese translated feature 0.83. (first score,
#: floor now)
#: A classic blog theme's closing post-metadata paragraph (the writer's one-line biography with "follow him on
#: Twitter", "This entry was posted on … filed under …") is not read (blog post 0.98 -> 1.00, no leak): 0.9857.
#: A "Siehe auch:" / "See also:" label alone on its line over links ends the report (the topic link, forum box, deal
#: of the day and support appeal after it are not read; tech news page 0.81 -> 0.91): 0.9871.
#: A video embed's placeholder in its frame box ("Content", "This content can also be viewed on the site it originates
#: from.") and its credit line ("VIDEO COURTESY OF …") are not read (Japanese feature 0.83 -> 0.99; the one word left
#: over is an h2 the gold misses): 0.9874.
ROUND_35_MICRO_F1 = (0.985, 0.987)
#: Round 36: 30 pages (news 2014–2025 in English and German, guides and how-tos, blogs, press releases, service pages;
#: gold made by reading on another branch), scored once at b5fd0a1 (after the session's first extractor fix) before
#: any fix for it: micro F1 0.965 (trafilatura alone 0.962, readability-lxml alone 0.927 in the same run); no leak;
#: under 0.90: a wind-industry press release 0.57, a chemistry news page 0.89. (first score, floor now)
#: A registration wall after the story ("Sie möchten gerne weiterlesen? Registrieren Sie sich jetzt kostenlos:", a form
#: asking for a password, the consent and terms notes, "Sie sind bereits registriert?") is not read (chemistry news
#: page 0.89 -> 1.00): 0.9665.
#: A press release's "Pressekontakt:" / "Media contacts" label ends it, with the "For questions, please contact:" line
#: over it (press release 0.57 -> 0.74; its photo download line, caption, place-date line and reprint note are still
#: read, and its lead paragraph is missing from the gold): 0.9710.
ROUND_36_MICRO_F1 = (0.965, 0.971)
#: Round 37: 30 pages (English 22, German 8; news, magazines, photo pages, interviews, blogs and newsletters, guides
#: with code or tables, a school district's course catalogue, a game database page, one Quora thread; gold made by
#: reading on another branch), scored once at 23c5a67 (after the session's second extractor phase) before any fix for
#: it: micro F1 0.912 (trafilatura alone 0.902, readability-lxml alone 0.935 in the same run); no leak; under 0.90: a
#: Quora thread 0.23, a Shopify blog post 0.65, a slideshow 0.81. (first score, floor now)
#: A blog's own round-up set as an ordered list (each ``<li>`` a linked name over a long paragraph about it) is read
#: whole, names and paragraphs, not dropped as teasers of other stories (Shopify blog post 0.65 -> 0.96): 0.9268.
#: A shoot's credits box ("Styling by …. Grooming by … at …. Casting by ….", longer than one credit) and a byline
#: crediting "Photographs by …" are not read (slideshow 0.81 -> 1.00): 0.9271.
ROUND_37_MICRO_F1 = (0.912, 0.927)
#: Round 38: 30 pages (English 20, German 10; 2014–2025 news, sport, magazines, columns and interviews, newsletters,
#: blogs, guides and how-tos, reviews, a research study with tables, a police blotter, a school-paper guide; gold made
#: by reading on another branch), scored once at 80b5825 (the extractor after the session's third phase) before any
#: fix for it: micro F1 0.887 (trafilatura alone 0.874, readability-lxml alone 0.859 in the same run); no leak; under
#: 0.90: a research study with tables 0.24, an interview 0.30, a city magazine page 0.30, a newsletter 0.62. (first
#: score, floor now)
#: Phase 4: a place listing's description under its linked bare web address is no teaser (city magazine page
#: 0.30 -> 0.98; the places' names still lost) (``tests/test_extract_round38_layouts.py``): 0.899.
#: Session 35: a promotion set between two rules in the body under a "Related" label no longer ends the story
#: (research study 0.24 -> 0.93) (``tests/test_extract_round38_layouts.py``): 0.9199. An interview laid out as
#: a page builder's modules is read across its photo modules, and a quotation closing with „…“ reads as a sentence
#: (interview 0.30 -> 1.00): 0.9673. A newsletter's stories, each a box of one class holding its numbered title and
#: an inner text box, are read story after story (boxes of one class holding no such text box, a sign-up or an
#: appeal after a post, are no stories) (newsletter 0.62 -> 0.97) (``tests/test_extract_round38_layouts.py``):
#: 0.9777, floor now.
ROUND_38_MICRO_F1 = (0.887, 0.977)
#: Round 39: 30 pages (English 21, German 9; 2019–2025 news, sport, features and opinion, a school journal paper with
#: tables, blogs, guides, a comparison, a ranked list, an announcement, deal pages; gold made by reading on another
#: branch), scored once at 80b5825 (the extractor after the session's third phase) before any fix for it: micro F1
#: 0.977 (trafilatura alone 0.961, readability-lxml alone 0.944 in the same run); no leak; under 0.90: a recruiter's
#: blog post 0.08. (first score, floor now)
#: Phase 4: a page builder's nested <article> layout boxes are not taken for a post and its reply (recruiter's
#: blog post 0.08 -> 0.99) (``tests/test_extract_round38_layouts.py``): 0.986, floor now.
ROUND_39_MICRO_F1 = (0.977, 0.985)
#: Round 40: 30 pages (German 18, English 12; news, interviews, guides, an event page, a press release in
#: sentence-long headings, a TV schedule behind a sign-in wall, a paper in markdown, blogs; gold made by reading on
#: another branch), scored once at e46957f (session 35's starting extractor) before any fix for it: micro F1 0.987
#: (trafilatura alone 0.974, readability-lxml alone 0.896 in the same run); 1 leak page; under 0.90: a product page
#: 0.82, an event page 0.86. (first score, floor now)
#: Phase 2: side-by-side product cards under a badge are read card by card; a theme's entry-meta lines and a closing
#: "About the author:" are not read (``tests/test_extract_round40_layouts.py``): 0.988, no leak, floor now.
ROUND_40_MICRO_F1 = (0.987, 0.988)
#: Round 41: 30 pages (German 17, English 13; news, association pages, guides, a list of 99 tips, a podcast post,
#: rankings, an analysis with tables, best-pick product pages), scored once at f528a0b (the extractor after session
#: 35's first phase) before any fix for it: micro F1 0.967 (trafilatura alone 0.931, readability-lxml alone 0.800);
#: no leak; under 0.90: a product round-up 0.43, a podcast post 0.52, a sport page 0.88, best picks 0.89. (first
#: score, floor now)
#: Phase 2: product cards, a heading broken by <br>, a first paragraph before an offer box (round-up 0.43 -> 1.00,
#: podcast 0.52 -> 1.00, sport 0.88 -> 1.00): 0.976, floor now.
ROUND_41_MICRO_F1 = (0.967, 0.976)
#: Round 42: 30 pages (German 15, English 15; news, tabloid and gallery pages, a tax explainer, an essay, a
#: biography, a sponsored deal, a newsletter, rankings, blogs), scored once at f577fc7 (the extractor after session
#: 35's second phase) before any fix for it: micro F1 0.969 (trafilatura alone 0.960, readability-lxml alone 0.764);
#: 1 leak page; under 0.90: a news page refused as title-only 0.00 (trafilatura 0.00), a one-slide slideshow 0.28,
#: a loan guide 0.59, a beauty page with a gallery 0.87. (first score, floor now)
#: Phase 3: a body opened after an early </html> is parsed as a browser does (0.00 -> 1.00); a slideshow whose one
#: slide holds the article is the story (0.28 -> 1.00); "small-fontsize" styles are no text-size buttons (guide
#: 0.59 -> 0.94); "*** Follow me …" lines are not read: 0.978, no leak, floor now.
ROUND_42_MICRO_F1 = (0.969, 0.978)
#: Round 43: 33 pages (German 21, English 12; news, opinion and essays, reportage, guides, blogs, organisation
#: pages, an ASP.NET table-layout cost report, a Wix post; no fresh Vietnamese page was found), scored once at
#: adc3a37 (session 35's final extractor) before any fix for it: micro F1 0.899 (trafilatura alone 0.959,
#: readability-lxml alone 0.942); no leak; under 0.90: a German news page and a sponsored list 0.11 each (their
#: bodies lost; trafilatura 1.00 and 0.97), a cost report 0.82, a yoga blog 0.85, a vlog 0.88. (first score, floor)
#: Session 36, phase 1: side-column cards classed like posts make no thread (0.11 -> 1.00); a paragraph under
#: "Website · Call" buttons is no teaser (0.11 -> 0.97); the writer's box marked schema.org Person goes (0.85 and
#: 0.88 -> 1.00): 0.979; under 0.90 still: the cost report 0.82. The writer's-box check compared lxml proxies by
#: id(), which a freed proxy hands on, so a yoga blog's 1.00 came from that luck and the test order; compared as
#: elements it is 0.93: 0.978, floor now.
ROUND_43_MICRO_F1 = (0.899, 0.978)
#: Round 44: 30 pages (German 16, English 12, Spanish 1, Polish 1; news, press releases, columns and essays, guides
#: and how-tos, blogs, a wine list, a wiki page, a forum thread), scored once at ea9dbbe (session 36's starting
#: extractor) before any fix for it: micro F1 0.961 (trafilatura alone 0.942, readability-lxml alone 0.766); no leak;
#: under 0.90: a Paraguayan news page whose endless scroll appends a second story 0.22 (trafilatura 0.22).
#: Session 36, phase 2: an endless page's appended stories, each a box of the first one's kind with its own <h1>,
#: are not read (0.22 -> 1.00); a run-in "Von <name>" byline over the body goes: 0.983, floor now; none under 0.90.
ROUND_44_MICRO_F1 = (0.961, 0.983)
#: Round 45: 30 pages (German 22, English 6, Spanish 1, Polish 1; news, opinion and essays, interviews, guides,
#: best-pick and product pages, organisation pages, a podcast episode, a Discourse thread), scored once at 72b18e1
#: (session 36's extractor after its first phase) before any fix for it: micro F1 0.982 (trafilatura alone 0.961,
#: readability-lxml alone 0.809); no leak; under 0.90: a Discourse thread refused (its crawler view in <noscript>;
#: trafilatura 0.04), an opinion page 0.83, a city magazine's news 0.85.
#: Session 36, phase 2: a thread whose opening post only asks its title is read, not refused (0.00 -> 1.00); the
#: run-in "Von <name>" byline goes: 0.982 (floor unchanged); under 0.90 still: the opinion page 0.84 (an appeal
#: box under an <h1> after the post) and the city magazine 0.85 (a sale line and a support box after the teaser).
ROUND_45_MICRO_F1 = (0.982, 0.982)
#: The rounds scored once as a whole, each with (first score, floor now).
ONCE_SCORED_ROUNDS = {
    "round7": ROUND_7_MICRO_F1,
    "round8": ROUND_8_MICRO_F1,
    "round9": ROUND_9_MICRO_F1,
    "round10": ROUND_10_MICRO_F1,
    "round11": ROUND_11_MICRO_F1,
    "round12": ROUND_12_MICRO_F1,
    "round13": ROUND_13_MICRO_F1,
    "round14": ROUND_14_MICRO_F1,
    "round15": ROUND_15_MICRO_F1,
    "round16": ROUND_16_MICRO_F1,
    "round17": ROUND_17_MICRO_F1,
    "round18": ROUND_18_MICRO_F1,
    "round19": ROUND_19_MICRO_F1,
    "round20": ROUND_20_MICRO_F1,
    "round21": ROUND_21_MICRO_F1,
    "round22": ROUND_22_MICRO_F1,
    "round23": ROUND_23_MICRO_F1,
    "round24": ROUND_24_MICRO_F1,
    "round25": ROUND_25_MICRO_F1,
    "round26": ROUND_26_MICRO_F1,
    "round27": ROUND_27_MICRO_F1,
    "round28": ROUND_28_MICRO_F1,
    "round29": ROUND_29_MICRO_F1,
    "round30": ROUND_30_MICRO_F1,
    "round31": ROUND_31_MICRO_F1,
    "round32": ROUND_32_MICRO_F1,
    "round33": ROUND_33_MICRO_F1,
    "round34": ROUND_34_MICRO_F1,
    "round35": ROUND_35_MICRO_F1,
    "round36": ROUND_36_MICRO_F1,
    "round37": ROUND_37_MICRO_F1,
    "round38": ROUND_38_MICRO_F1,
    "round39": ROUND_39_MICRO_F1,
    "round40": ROUND_40_MICRO_F1,
    "round41": ROUND_41_MICRO_F1,
    "round42": ROUND_42_MICRO_F1,
    "round43": ROUND_43_MICRO_F1,
    "round44": ROUND_44_MICRO_F1,
    "round45": ROUND_45_MICRO_F1,
}


@pytest.mark.parametrize("folder", list(ONCE_SCORED_ROUNDS))
def test_each_once_scored_round_keeps_its_micro_f1_and_leaks_nothing(folder: str) -> None:
    assert micro_f1(folder) >= ONCE_SCORED_ROUNDS[folder][1]
    leaking = [name for name in pages(folder) if scored(folder, name)["leaks"]]
    assert not leaking, leaking


@pytest.mark.parametrize("folder", list(ONCE_SCORED_ROUNDS))
def test_every_page_of_the_once_scored_rounds_is_read_without_being_refused(folder: str) -> None:
    empty = [name for name in pages(folder) if not result(folder, name)[0]]
    assert not empty, empty


def test_every_round_8_page_read_from_its_bytes_is_read() -> None:
    unread = []
    for name in pages("round8"):
        path = _folder("round8") / f"{name}.html"
        gold = path.with_suffix(".txt").read_text(encoding="utf-8")
        out = extract_article(path.read_bytes()).text  # the service's own decoding of fetched bytes
        if scorer().score_page(lambda _html, out=out: out, "", gold, 60)["f1"] < 0.3:
            unread.append(name)
    assert not unread, unread


@pytest.mark.parametrize("name", pages("round9"))
def test_each_round_9_page_reads_close_to_its_gold(name: str) -> None:
    row = scored("round9", name)
    assert row["f1"] >= ROUND_9_PAGE_FLOOR and row["title_ok"], f"{name}: {row['f1']:.3f} F1"


def test_every_round_9_page_read_from_its_bytes_reads_as_well_as_from_the_scorers_text() -> None:
    worse = []
    for name in pages("round9"):
        path = _folder("round9") / f"{name}.html"
        gold = path.with_suffix(".txt").read_text(encoding="utf-8")
        out = extract_article(path.read_bytes()).text  # the service's own decoding of fetched bytes
        if scorer().score_page(lambda _html, out=out: out, "", gold, 60)["f1"] < scored("round9", name)["f1"] - 0.01:
            worse.append(name)
    assert not worse, worse


@pytest.mark.parametrize(("folder", "name"), [(r, n) for r in UNSEEN_ROUNDS for n in pages(r)])
def test_each_page_of_the_later_unseen_rounds_reads_close_to_its_gold(folder: str, name: str) -> None:
    row = scored(folder, name)
    floor = UNSEEN_ROUNDS[folder][0]
    assert row["f1"] >= floor and row["title_ok"] and row["first"] >= 0.9, f"{name}: {row['f1']:.3f} F1"


@pytest.mark.parametrize("folder", list(UNSEEN_ROUNDS))
def test_each_later_unseen_round_together_keeps_its_micro_f1(folder: str) -> None:
    assert micro_f1(folder) >= UNSEEN_ROUNDS[folder][1]


@pytest.mark.parametrize(
    ("folder", "name"),
    [("pages", n) for n in pages("pages")]
    + [("fragments", n) for n in pages("fragments")]
    + [("local", n) for n in pages("local")]
    + [(r, n) for r in UNSEEN_ROUNDS for n in pages(r)]
    + [("round4", n) for n in pages("round4")]
    + [("round7", n) for n in pages("round7")]
    + [("round8", n) for n in pages("round8")]
    + [("round9", n) for n in pages("round9")]
    + [("round10", n) for n in pages("round10")]
    + [("round11", n) for n in pages("round11")]
    + [("round12", n) for n in pages("round12")]
    + [("round13", n) for n in pages("round13")]
    + [("round14", n) for n in pages("round14")],
)
def test_no_interface_string_is_read_and_text_is_nfc(folder: str, name: str) -> None:
    out, _gold = result(folder, name)
    assert not scored(folder, name)["leaks"], f"{name}: reads {scored(folder, name)['leaks']}"
    assert unicodedata.is_normalized("NFC", out) and "\u00a0" not in out


def test_all_real_pages_together_reach_micro_f1_099() -> None:
    assert micro_f1("pages") >= 0.99


@pytest.mark.parametrize("name", pages("fragments"))
def test_each_cms_fragment_is_read_in_full(name: str) -> None:
    row = scored("fragments", name)
    assert row["f1"] >= 0.99 and row["first"] == 1.0 and row["last"] == 1.0, name


def test_cms_fragments_together_reach_micro_f1_0995() -> None:
    assert micro_f1("fragments") >= 0.995


def test_every_round_11_page_read_from_its_bytes_is_read() -> None:
    """The service decodes fetched bytes itself: a page whose bytes are UTF-8 under a declared GB2312 is read."""
    unread = []
    for name in pages("round11"):
        path = _folder("round11") / f"{name}.html"
        gold = path.with_suffix(".txt").read_text(encoding="utf-8")
        out = extract_article(path.read_bytes()).text
        if scorer().score_page(lambda _html, out=out: out, "", gold, 60)["f1"] < 0.9:
            unread.append(name)
    assert not unread, unread
