"""What a listener hears on whole sentences stays as good: the shared dev set (../shared/eval/normalize/dev.tsv)
and this project's held-out set (tests/data/normalize_heldout.tsv, 510 portal and news sentences written apart
from the rules, in the same categories and conventions).

Scored with the shared scorer's own comparison (its alternatives ``{a|b}`` and its spelling folds), so the
numbers here are the ones ``score.py`` prints.  Skipped, with the reason, when ``shared/`` is not found.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from tts_service.text import normalize

from .conftest import SHARED

SCORE_PY = SHARED / "eval" / "normalize" / "score.py"
DEV = SHARED / "eval" / "normalize" / "dev.tsv"
HELD_OUT = Path(__file__).parent / "data" / "normalize_heldout.tsv"
#: A second, fresh held-out set (201 sentences, two rounds): each round written before any rule was changed for it;
#: round 1 (166) scored 94.0 % exact raw, 96.4 % once equally correct readings were accepted; round 2 (35) 91.4 %.
HELD_OUT_2 = Path(__file__).parent / "data" / "normalize_heldout2.tsv"
#: A third (132 sentences, round 3, weighted to foreign_mixed, number, phone_address, ordinal and multi-sentence
#: articles), written and committed before any rule was changed for it: 92.4 % exact, 0.9 % WER raw.
HELD_OUT_3 = Path(__file__).parent / "data" / "normalize_heldout3.tsv"
#: A fourth (256 sentences, two rounds, weighted to foreign words, time, abbreviations, currency, ordinals and
#: phone/address), each round committed before any rule was changed for it: round 1 (199) 98.0 % exact, 0.1 % WER
#: raw (98.5 % once one misspelt expectation, "xi gêm" for "xi ghêm", was corrected); round 2 (57) 93.0 % raw.
HELD_OUT_4 = Path(__file__).parent / "data" / "normalize_heldout4.tsv"
#: A fifth (159 sentences, weighted to the structural categories: dates, times, ranges, document codes, numbers,
#: ordinals, Roman numerals, punctuation), committed before any rule was changed for it: 98.1 % exact, 0.2 % WER raw.
HELD_OUT_5 = Path(__file__).parent / "data" / "normalize_heldout5.tsv"
#: A sixth (185 real news/portal sentences weighted to issue 16's shapes: ranges with units, scores, hyphenated
#: names, address and stand-alone abbreviations, quarters), written by another hand and committed before any rule
#: was changed for it: 77.8 % exact, 1.3 % WER on normalizer 1.5; 84.9 %, 1.0 % after the issue's own stand-ins
#: (normalizer 1.6 before its fixes). Two rows stay apart: a lone Latin letter after an English word ("One V",
#: "Space X") is read as the Vietnamese letter name, where the gold hears the English one.
HELD_OUT_6 = Path(__file__).parent / "data" / "normalize_heldout6.tsv"
#: The government register, round 1 (244 sentences from 97 party and state portals), committed before any rule was
#: changed for it: 79.5 % exact, 1.1 % WER on normalizer 1.5; 84.4 %, 0.8 % after issue 20's own stand-ins.
GOV_1 = Path(__file__).parent / "data" / "normalize_gov1.tsv"
#: Round 2 (150 sentences from 74 other hosts), scored once after the round-1 fixes and before any fix for it:
#: 89.3 % exact, 0.3 % WER (83.3 %, 0.6 % on normalizer 1.5); then a development set for the register's classes.
GOV_2 = Path(__file__).parent / "data" / "normalize_gov2.tsv"
#: Round 3 (200 sentences, 91 hosts) and news set 7 (150 sentences, 81 publishers), each written by another hand and
#: scored once on normalizer 1.7 before any fix for it: gov3 92.0 % exact, 0.5 % WER; heldout7 95.3 %, 0.3 %
#: (89.5 % / 0.8 % and 93.3 % / 0.5 % on normalizer 1.6).
GOV_3 = Path(__file__).parent / "data" / "normalize_gov3.tsv"
#: Round 4 (213 sentences, written by another hand), scored once after normalizer 1.8's class-wide data and rules and
#: before any fix for it: 93.4 % exact, 0.6 % WER (93.4 % / 0.7 % on 1.7).
GOV_4 = Path(__file__).parent / "data" / "normalize_gov4.tsv"
#: Round 5 (200 sentences, written by another hand), scored once after normalizer 1.8 and before any fix for it:
#: 94.0 % exact, 0.6 % WER; then a development set for its classes (normalizer 1.9).
GOV_5 = Path(__file__).parent / "data" / "normalize_gov5.tsv"
HELD_OUT_7 = Path(__file__).parent / "data" / "normalize_heldout7.tsv"
#: Round 6 (153 sentences, 36 hosts) and news set 8 (101, 27 hosts), written by another hand and scored once on
#: normalizer 1.9 before any fix for them: gov6 94.1 % exact, 0.5 % WER; heldout8 95.0 %, 0.3 % (93.5 % / 0.5 % and
#: 94.1 % / 0.3 % on 1.8); then fixed class by class in normalizer 1.10.
GOV_6 = Path(__file__).parent / "data" / "normalize_gov6.tsv"
HELD_OUT_8 = Path(__file__).parent / "data" / "normalize_heldout8.tsv"
#: Round 7 (96 sentences) and news set 9 (17), written after round 6's fixes and scored once on normalizer 1.10
#: before any fix for them: gov7 94.8 % exact, 0.4 % WER; heldout9 100 %; then fixed class by class in 1.11.
GOV_7 = Path(__file__).parent / "data" / "normalize_gov7.tsv"
HELD_OUT_9 = Path(__file__).parent / "data" / "normalize_heldout9.tsv"
#: Round 8 (117 sentences, 21 hosts) and news set 10 (48), written after round 7's fixes and scored once on
#: normalizer 1.11: gov8 94.9 % exact, 0.5 % WER; heldout10 97.9 %, 0.2 %. After normalizer 1.13's class-wide fixes
#: gov8 100 %; heldout10's one miss was a gold that heard only "camera" where every other set also accepts "ca mê ra"
#: (widened after round 10's review: 100 %).
GOV_8 = Path(__file__).parent / "data" / "normalize_gov8.tsv"
HELD_OUT_10 = Path(__file__).parent / "data" / "normalize_heldout10.tsv"
#: Round 9 (151 sentences, 38 hosts) and news set 11 (103, 17 hosts), written by another hand while normalizer 1.13
#: was being tuned on round 8, and scored once on 1.13 before any fix for them: gov9 92.7 % exact (140/151),
#: 0.8 % WER (61/7,306); heldout11 87.4 % (90/103), 0.5 % (20/3,950). After normalizer 1.14's class-wide fixes
#: (month-first and spaced or glued dates, a dated stamp after a dash, decimal coordinates, a contestant's number)
#: and 1.15's abbreviation data (procuracy, disaster-prevention and science-association terms, & between codes,
#: readings chosen by the next word, reverse definitions): gov9 99.3 % (150/151), 0.06 % (4/7,307); heldout11
#: 96.1 % (99/103), 0.15 % (6/3,952), two of its golds corrected to the letter names earlier rounds accept (IMO, D;
#: 1.13 scores 89.3 % on the corrected file). Floors at those numbers.
GOV_9 = Path(__file__).parent / "data" / "normalize_gov9.tsv"
HELD_OUT_11 = Path(__file__).parent / "data" / "normalize_heldout11.tsv"
#: Round 10 (156 sentences, 35 hosts) and news set 12 (102, 19 hosts), written by another hand while 1.14 was tuned
#: on round 9, and scored once on normalizer 1.15 before any fix for them: gov10 95.5 % exact (149/156), 0.33 % WER
#: (23/6,967); heldout12 84.3 % (86/102), 1.02 % (45/4,406). With their corrected golds and normalizer 1.16's
#: sport HCV, mis-cased issuers, lettered points, navigation arrows, disability-class fractions, households/people
#: counts, ~ ranges and µm: gov10 98.7 % (154/156), 0.13 % (9/6,966); heldout12 98.0 % (100/102), 0.14 %
#: (6/4,414). Floors at those measured numbers. With the word tables of decision 0047 (a place glued in a web address
#: or handle, "internet" as written, a code glued to its city): gov10 99.4 % (155/156), 0.03 % WER (2/6,966);
#: heldout12 100 %; heldout7 100 %; heldout11 97.1 % (100/103), 0.13 % WER (5/3,955; VIC spelled); floors there.
GOV_10 = Path(__file__).parent / "data" / "normalize_gov10.tsv"
HELD_OUT_12 = Path(__file__).parent / "data" / "normalize_heldout12.tsv"
#: Round 11 (153 sentences, 28 hosts) and news set 13 (101, 13 hosts), written while 1.15 and 1.16 were tuned on
#: rounds 9 and 10, and scored once on normalizer 1.16 before any fix for them: gov11 97.4 % exact (149/153),
#: 0.07 % WER (5/6,921); heldout13 90.1 % (91/101), 0.92 % (32/3,485). Three of gov11's four misses are golds that
#: refuse the "ngày" read after "Sáng" before a day/month, which 77 rows of the earlier rounds accept as optional.
#: After the gold widening (fa37c8b) and normalizer 1.17's class-wide rules (English-grouped money and round figures,
#: year-first stamps, shares, a model's price, fractions of a second): gov11 100 % (153/153), 0 % WER (0/6,923);
#: heldout13 99.0 % (100/101), 0.03 % (1/3,486; a web address's dot the gold leaves unread). Floors at those numbers.
GOV_11 = Path(__file__).parent / "data" / "normalize_gov11.tsv"
HELD_OUT_13 = Path(__file__).parent / "data" / "normalize_heldout13.tsv"
#: Two pairs written by another hand while normalizer 1.17 was being tuned on rounds 11 and 13 (gov12/heldout14
#: first, gov13/heldout15 after), sealed until scored once on 1.17 at 038c915 before any fix for them: gov12 94.8 %
#: exact (145/153), 0.20 % WER (12/6,082); heldout14 100 % (105/105), 0 %; gov13 97.7 % (128/131), 0.13 % (6/4,456);
#: heldout15 97.6 % (82/84), 0.30 % (8/2,698). Raised once their misses were fixed in their classes: gov12 96.1 %
#: (147/153), 0.16 % (10/6,082); gov13 99.2 % (130/131), 0.07 % (3/4,456); heldout15 100 % (84/84), 0 %. With
#: class-wide rules for their dates spaced around slashes, Roman numerals glued to khóa or heading a line with a
#: hyphen, plus bullets after a colon and Buddhist-calendar years: gov12 98.7 % (151/153), 0.03 % (2/6,082; the two
#: H'Mông); gov13 100 % (131/131), 0 %.
GOV_12 = Path(__file__).parent / "data" / "normalize_gov12.tsv"
HELD_OUT_14 = Path(__file__).parent / "data" / "normalize_heldout14.tsv"
GOV_13 = Path(__file__).parent / "data" / "normalize_gov13.tsv"
HELD_OUT_15 = Path(__file__).parent / "data" / "normalize_heldout15.tsv"
#: A pair written by another hand while normalizer 1.18 was being tuned on leads mined from other pages, sealed until
#: scored once at 48e6193 before any fix for them: gov14 98.0 % exact (149/152), 0.13 % WER (8/6,177); heldout16
#: 88.3 % (91/103), 0.76 % (24/3,142; five rows of one page about ChatGPT). With class-wide word rules after them (a
#: surname cut to "Ng.", a word in capitals the same text writes plainly, GPT as the press says it): gov14 99.3 %
#: (151/152), 0.03 % WER (2/6,177); heldout16 92.2 % (95/103), 0.38 % (12/3,142). Floors at those numbers, raised as
#: later class fixes land (heldout16 99.0 % once a channel glued to TV reads as its name and letters).
GOV_14 = Path(__file__).parent / "data" / "normalize_gov14.tsv"
HELD_OUT_16 = Path(__file__).parent / "data" / "normalize_heldout16.tsv"
#: Two more pairs by the same hand in the same session (gov15/heldout17, then gov16/heldout18, the second avoiding
#: every host the rule engineers had read), sealed until scored once at 23868b9 (normalizer 1.18 with the gov14 and
#: heldout16 fixes) before any fix for them: gov15 96.2 % (127/132), 0.13 % WER (7/5,404); heldout17 94.8 % (91/96),
#: 0.40 % (9/2,264); gov16 95.5 % (127/133), 0.35 % (17/4,789); heldout18 100 % (127/127), 0 %. After their classes
#: were fixed: gov15 98.5 % (130/132; the two left are a bare "test" the gold wants in English and "CP" after
#: "cổ phần"), heldout17 100 %, gov16 100 %. Floors at those.
GOV_15 = Path(__file__).parent / "data" / "normalize_gov15.tsv"
HELD_OUT_17 = Path(__file__).parent / "data" / "normalize_heldout17.tsv"
GOV_16 = Path(__file__).parent / "data" / "normalize_gov16.tsv"
HELD_OUT_18 = Path(__file__).parent / "data" / "normalize_heldout18.tsv"
#: A pair written by another hand while the rule engineers tuned on leads mined from GitHub-stored corpora (no page
#: of theirs), sealed until scored once at bd1ce77 before any fix for it: gov17 97.8 % exact (131/134), 0.18 % WER
#: (9/5,103; a typo'd plan code and "khóa 10 - 2023" read as a range); heldout19 97.9 % (95/97), 0.12 % (3/2,421).
#: After the word fixes for them: gov17 98.5 % (132/134), 0.04 % (2/5,103; the range left); heldout19 100 %.
GOV_17 = Path(__file__).parent / "data" / "normalize_gov17.tsv"
HELD_OUT_19 = Path(__file__).parent / "data" / "normalize_heldout19.tsv"
#: Two more pairs written in the same session by two hands (gov18/heldout20; gov19/heldout21), sealed until scored
#: once at 48b58e7 (after the gov17/heldout19 fixes) before any fix for them: gov18 98.8 % (162/164), 0.05 % WER
#: (3/6,534); heldout20 97.2 % (106/109), 0.35 % (9/2,584); gov19 97.7 % (126/129), 0.15 % (8/5,425); heldout21
#: 91.2 % (73/80), 0.92 % (18/1,963; forum shorthand such as "ko", "bth", "20p" in a hotel review and a travel forum).
#: After class fixes for them (forum shorthand, police department codes, "tphcm", LHH, Touch ID; an issue's or a
#: course's number then its year, a named day before its date, a quote glued to the word before, "khoảng 20p" as
#: minutes): gov18 100 % (164/164), 0 %; heldout20 99.1 % (108/109), 0.08 % (2/2,585); gov19 99.2 % (128/129), 0.02 %
#: (1/5,425); heldout21 97.5 % (78/80), 0.20 % (4/1,963; "24h" and "m2" left). Floors at those.
GOV_18 = Path(__file__).parent / "data" / "normalize_gov18.tsv"
HELD_OUT_20 = Path(__file__).parent / "data" / "normalize_heldout20.tsv"
GOV_19 = Path(__file__).parent / "data" / "normalize_gov19.tsv"
HELD_OUT_21 = Path(__file__).parent / "data" / "normalize_heldout21.tsv"
#: A last pair of the same session (gov20/heldout22, by the hand of gov18), sealed until scored once at 2e78d49,
#: after every fix above, before any fix for it: gov20 95.5 % (128/134), 0.18 % WER (9/4,982; "10.2013" alone on a
#: line, "ĐH Đoàn" read as a university, list letters "b." "c." "d." left unread); heldout22 95.1 % (77/81), 0.21 %
#: (6/2,885; "5/11 mặt hàng" read as a date). After class fixes for them (a list letter "b." "c." "d." opening a line
#: or a sentence, a month.year alone on a line or after a label, a share after "có tới" before its counted noun, ĐH
#: before Đoàn/Đảng/Hội as Đại hội, a publication's name glued in a bracketed dateline): gov20 100 % (134/134), 0 %;
#: heldout22 100 % (81/81), 0 %. Floors at those.
GOV_20 = Path(__file__).parent / "data" / "normalize_gov20.tsv"
HELD_OUT_22 = Path(__file__).parent / "data" / "normalize_heldout22.tsv"
#: Two pairs of a new session, written by two hands from hosts never used (gov21/heldout23; gov22/heldout24), sealed
#: until scored once at d9b0e45 (the same readings as a7b03c5: no rule changed since the last pair's fixes), before
#: any fix for them: gov21 96.5 % (82/85), 0.14 % WER (5/3,464; "NN & PTNT" with spaces, "Xd", "MTDT"); heldout23
#: 97.6 % (80/82), 0.07 % (2/2,814; "khách quốc tế24.567"); gov22 92.3 % (120/130), 0.51 % (25/4,892; an
#: association's acronym with its province code "HVT-TH", a second phone number after " - ", "1 tháng/lần"); heldout24
#: 95.2 % (80/84), 0.22 % (6/2,679). After the fixes of both engineers for them (numbers: a grouped count glued
#: after its word, a second phone number after " - ", "N tháng/lần", a national day after "đợt", a span's mistyped
#: year; words: spaced "&" pairs, keys typed in sentence case, acronyms dashed to a province code, variety codes after
#: "giống", English definitions, photo credits' initials): gov21 100 % (85/85), 0 %; heldout23
#: 98.8 % (81/82), 0.04 % (1/2,814); gov22 100 % (130/130), 0 %; heldout24 98.8 % (83/84), 0.04 % (1/2,676). Floors
#: at those.
GOV_21 = Path(__file__).parent / "data" / "normalize_gov21.tsv"
HELD_OUT_23 = Path(__file__).parent / "data" / "normalize_heldout23.tsv"
GOV_22 = Path(__file__).parent / "data" / "normalize_gov22.tsv"
HELD_OUT_24 = Path(__file__).parent / "data" / "normalize_heldout24.tsv"
#: Three more pairs of the same session (gov23/heldout25 and gov25/heldout27 by one hand, gov24/heldout26 by the
#: other; gov25/heldout27 are headlines and leads of a public GitHub crawl that keeps each article's address), sealed
#: until scored once at 6c0fde2, after the first lead fixes of the session and before any fix for them: gov23 100 %
#: (54/54), 0 % WER (0/2,504); heldout25 98.7 % (75/76), 0.10 % (2/2,052); gov24 85.6 % (95/111), 0.95 % (45/4,727;
#: dotted plant-variety codes, issuers inside old document codes such as "311/TS-QĐ" and "04 TC/KTTV", a date glued to
#: the word after it); heldout26 96.3 % (79/82), 0.29 % (6/2,093); gov25 93.8 % (76/81), 0.56 % (17/3,060; an
#: acronym in brackets after its own name spelled); heldout27 93.0 % (66/71), 0.93 % (20/2,143; a bracketed domain as
#: a dateline, "VNIndex" glued). After the text fixes of their number and date classes (dotted codes, a date glued
#: to the word after it, a longitude after a bare comma, a season written short) and the word fixes for the first pairs:
#: gov24 91.0 % (101/111), 0.53 % (25/4,730); heldout27 94.4 % (67/71), 0.84 % (18/2,143); the others unchanged.
#: Floors at those.
GOV_23 = Path(__file__).parent / "data" / "normalize_gov23.tsv"
HELD_OUT_25 = Path(__file__).parent / "data" / "normalize_heldout25.tsv"
GOV_24 = Path(__file__).parent / "data" / "normalize_gov24.tsv"
HELD_OUT_26 = Path(__file__).parent / "data" / "normalize_heldout26.tsv"
GOV_25 = Path(__file__).parent / "data" / "normalize_gov25.tsv"
HELD_OUT_27 = Path(__file__).parent / "data" / "normalize_heldout27.tsv"
#: Three more pairs of the same session (gov26/heldout28 and gov28/heldout30 by one hand, gov27/heldout29 by the
#: other; gov27 to heldout30 are mostly headlines and leads of the same GitHub crawl), sealed until scored once at
#: d5cb4df, after both engineers' fixes of the pairs above and before any fix for them: gov26 81.6 % (71/87), 0.82 %
#: WER (30/3,676; maritime notices: issuer codes spelled with "mờ" where the gold has only "em", vessel numbers
#: "HCM – 16 – 2012" read as ranges, "+84-(0)203.3826137"); heldout28 98.5 % (66/67), 0.19 % (4/2,082); gov27
#: 97.8 % (89/91), 0.11 % (2/1,835); heldout29 94.8 % (73/77), 0.31 % (6/1,943; "ELLE", "CEO"); gov28 100 % (81/81),
#: 0 % (0/1,810); heldout30 96.3 % (78/81), 0.13 % (3/2,276). After the gold widening (a spelled M may be "mờ")
#: and the text fixes of their classes (a registration's code, number and year; a bracketed trunk zero; a dash
#: before a dated "Ngày"; "dấu <"; a recording's length): gov26 88.5 % (77/87), 0.49 % (18/3,675); heldout28 100 %;
#: gov27 100 %; heldout30 100 %; heldout29 and gov28 unchanged. Floors at those.
#: After the gold widening (a spelled M may be "mờ") and the word fixes for them (spaced and comma-joined ministry
#: codes, an acronym after its own name with the country, brands, issuers in old codes, a web label without a vowel):
#: gov24 94.6 % (105/111), 0.25 % (12/4,730); gov25 96.3 % (78/81), 0.26 % (8/3,050); heldout27 95.8 % (68/71),
#: 0.28 % (6/2,153); gov26 87.4 % (76/87), 0.49 % (18/3,677); heldout29 100 %; heldout30 100 %. Both together:
#: gov26 92.0 % (80/87), 0.27 % (10/3,675); heldout28, gov27 100 %. Floors at those.
GOV_26 = Path(__file__).parent / "data" / "normalize_gov26.tsv"
HELD_OUT_28 = Path(__file__).parent / "data" / "normalize_heldout28.tsv"
GOV_27 = Path(__file__).parent / "data" / "normalize_gov27.tsv"
HELD_OUT_29 = Path(__file__).parent / "data" / "normalize_heldout29.tsv"
GOV_28 = Path(__file__).parent / "data" / "normalize_gov28.tsv"
HELD_OUT_30 = Path(__file__).parent / "data" / "normalize_heldout30.tsv"
#: A last pair from each hand (gov29/heldout31, gov30/heldout32; the news halves are headlines and leads of the same
#: crawl: games, fashion, cars), sealed until scored once at 7f2820a, after every fix of the session, before any fix
#: for them: gov29 91.9 % (57/62), 0.34 % WER (9/2,642; "TV" = thư viện, "GD&DT" typed without its stroke); heldout31
#: 85.0 % (51/60), 1.55 % (19/1,224); gov30 100 % (62/62), 0 % (0/2,986); heldout32 70.3 % (45/64), 2.02 %
#: (32/1,588). Most news misses are English words we say the Vietnamese way (online, top, iPhone, livestream) where
#: these golds keep only the English. Floors at those.
GOV_29 = Path(__file__).parent / "data" / "normalize_gov29.tsv"
HELD_OUT_31 = Path(__file__).parent / "data" / "normalize_heldout31.tsv"
GOV_30 = Path(__file__).parent / "data" / "normalize_gov30.tsv"
HELD_OUT_32 = Path(__file__).parent / "data" / "normalize_heldout32.tsv"
#: Session 28's first pair from each hand (gov31/heldout33 by one, gov32/heldout34 by another; `pages` corpus, hosts
#: no round used; public hospitals, universities, schools, a women's union; game, tech, study-abroad, Buddhist and
#: travel news), sealed until scored once at 4f9d12c before any fix of the session: gov31 95.1 % (58/61), 0.44 % WER
#: (10/2,248); heldout33 89.3 % (75/84), 0.45 % (12/2,657); gov32 95.0 % (57/60), 0.26 % (6/2,277); heldout34 93.3 %
#: (56/60), 0.41 % (8/1,971). Scored again at def3485, after the session's first fixes (from corpus leads, not from
#: these rounds): the same. After the word and text fixes of their classes (English names kept English, units in
#: capitals, spaced dates, school and crop codes, initials, bracketed references): gov31 98.4 % (60/61), 0.18 % WER
#: (4/2,248); heldout33 97.6 % (82/84), 0.11 % (3/2,656); gov32 100 %; heldout34 98.3 % (59/60), 0.15 % (3/1,971).
#: Floors at those.
GOV_31 = Path(__file__).parent / "data" / "normalize_gov31.tsv"
HELD_OUT_33 = Path(__file__).parent / "data" / "normalize_heldout33.tsv"
GOV_32 = Path(__file__).parent / "data" / "normalize_gov32.tsv"
HELD_OUT_34 = Path(__file__).parent / "data" / "normalize_heldout34.tsv"
#: Session 28's second and third pairs from each hand (gov33/heldout35 and gov35/heldout37 by one, gov34/heldout36 and
#: gov36/heldout38 by another; `pages` corpus, hosts no round used: hospitals, universities, schools, a district court,
#: party and commune portals, a TB programme; law-firm columns, travel, beauty, dental, bonsai, fishing, guitar
#: pages), sealed until scored once at 0f17d4f, after every fix of the session's first two phases and before any for
#: them: gov33 96.8 % (61/63), 0.13 % WER (4/3,180); heldout35 95.5 % (64/67), 0.26 % (6/2,339); gov34 100 % (61/61),
#: 0 %; heldout36 96.9 % (62/64), 0.16 % (3/1,856); gov35 98.4 % (60/61), 0.14 % (4/2,897); heldout37 91.2 % (62/68),
#: 0.96 % (24/2,511); gov36 88.5 % (54/61), 0.78 % (21/2,687); heldout38 100 % (70/70), 0 %. After the text and
#: word fixes of their classes (list letters and (i)/(ii), per-pupil slashes, a lost degree ring, flight letters, pH,
#: universities with their city, BMI/NES, dog vaccine codes, CTĐ of the Đội, glued ViệtNam): gov33 98.4 % (62/63),
#: 0.06 %; heldout35 100 %; heldout36 98.4 % (63/64), 0.05 %; gov35 100 %; heldout37 95.6 % (65/68), 0.24 %; gov36
#: 95.1 % (58/61), 0.37 % (10/2,687). Floors at those.
GOV_33 = Path(__file__).parent / "data" / "normalize_gov33.tsv"
HELD_OUT_35 = Path(__file__).parent / "data" / "normalize_heldout35.tsv"
GOV_34 = Path(__file__).parent / "data" / "normalize_gov34.tsv"
HELD_OUT_36 = Path(__file__).parent / "data" / "normalize_heldout36.tsv"
GOV_35 = Path(__file__).parent / "data" / "normalize_gov35.tsv"
HELD_OUT_37 = Path(__file__).parent / "data" / "normalize_heldout37.tsv"
GOV_36 = Path(__file__).parent / "data" / "normalize_gov36.tsv"
HELD_OUT_38 = Path(__file__).parent / "data" / "normalize_heldout38.tsv"
#: Session 29's four pairs from each hand (gov37/heldout39, gov38/heldout40, gov41/heldout43, gov43/heldout45 by one,
#: hosts a–l; gov39/heldout41, gov40/heldout42, gov42/heldout44, gov44/heldout46 by another, hosts m–z; `pages`
#: corpus, hosts no round used: universities and hospitals, schools and their party cells, Youth Union and trade-union
#: pages of state firms, a Buddhist sangha, a national park, museums, utilities; tech, health, farming, travel, pet and
#: coffee pages), each sealed until scored once before any fix for it: at 71ff754 (and the same at dcd6002, the
#: session's start) gov37 92.4 % (61/66), heldout39 98.6 % (70/71), gov39 94.1 % (64/68), heldout41 95.2 % (60/63);
#: at 5f5e358 gov38 93.5 % (58/62), heldout40 82.0 % (50/61), gov40 93.7 % (59/63), heldout42 96.9 % (62/64); at
#: 85ebb4e gov41 96.7 % (59/61), heldout43 98.4 % (60/61), gov42 95.1 % (58/61), heldout44 93.2 % (69/74); at
#: 401ed47 gov43 96.8 % (61/63), heldout45 92.4 % (61/66), gov44 96.8 % (60/62), heldout46 95.2 % (59/62). Pooled
#: before fixes: government 94.9 % (480/506), news 94.1 % (491/522). Floors at what the session's fixes reached.
GOV_37 = Path(__file__).parent / "data" / "normalize_gov37.tsv"
HELD_OUT_39 = Path(__file__).parent / "data" / "normalize_heldout39.tsv"
GOV_38 = Path(__file__).parent / "data" / "normalize_gov38.tsv"
HELD_OUT_40 = Path(__file__).parent / "data" / "normalize_heldout40.tsv"
GOV_39 = Path(__file__).parent / "data" / "normalize_gov39.tsv"
HELD_OUT_41 = Path(__file__).parent / "data" / "normalize_heldout41.tsv"
GOV_40 = Path(__file__).parent / "data" / "normalize_gov40.tsv"
HELD_OUT_42 = Path(__file__).parent / "data" / "normalize_heldout42.tsv"
GOV_41 = Path(__file__).parent / "data" / "normalize_gov41.tsv"
HELD_OUT_43 = Path(__file__).parent / "data" / "normalize_heldout43.tsv"
GOV_42 = Path(__file__).parent / "data" / "normalize_gov42.tsv"
HELD_OUT_44 = Path(__file__).parent / "data" / "normalize_heldout44.tsv"
GOV_43 = Path(__file__).parent / "data" / "normalize_gov43.tsv"
HELD_OUT_45 = Path(__file__).parent / "data" / "normalize_heldout45.tsv"
GOV_44 = Path(__file__).parent / "data" / "normalize_gov44.tsv"
HELD_OUT_46 = Path(__file__).parent / "data" / "normalize_heldout46.tsv"
#: Session 30's sixteen rounds, eight from each hand (gov45–gov46/heldout47–48 and gov49–gov50/heldout51–52 by one,
#: hosts a–l; gov47–gov48/heldout49–50 and gov51–gov52/heldout53–54 by another, hosts m–z and a GitHub legal
#: corpus; `pages` corpus, hosts no round used: colleges and universities, schools, hospitals, trade unions, state
#: firms' youth unions, ministries' portals; travel, farming, hobby, legal-advice, health and study-abroad pages),
#: each sealed until scored once before any fix for it: at 6e7a5ef (the session's start) gov45 98.4 % (60/61),
#: heldout47 98.6 % (69/70), gov47 96.0 % (72/75), heldout49 93.2 % (69/74); at 71f679f (after the first phase's
#: fixes) gov46 96.9 % (63/65), heldout48 100 % (72/72), gov48 96.7 % (59/61), heldout50 98.5 % (65/66); at a38cf7e
#: (after the second) gov49 98.4 % (61/62), heldout51 93.3 % (56/60), gov50 100 % (60/60), heldout52 98.3 % (59/60),
#: gov51 91.8 % (56/61), heldout53 100 % (64/64), gov52 98.4 % (60/61), heldout54 100 % (51/51). Pooled before
#: fixes: government 97.0 % (491/506), news 97.7 % (505/517). Floors at what the session's fixes reached (six golds
#: were widened after scoring to readings older rounds accept; NORMALIZE-SOURCES.md lists them).
GOV_45 = Path(__file__).parent / "data" / "normalize_gov45.tsv"
HELD_OUT_47 = Path(__file__).parent / "data" / "normalize_heldout47.tsv"
GOV_47 = Path(__file__).parent / "data" / "normalize_gov47.tsv"
HELD_OUT_49 = Path(__file__).parent / "data" / "normalize_heldout49.tsv"
GOV_46 = Path(__file__).parent / "data" / "normalize_gov46.tsv"
HELD_OUT_48 = Path(__file__).parent / "data" / "normalize_heldout48.tsv"
GOV_48 = Path(__file__).parent / "data" / "normalize_gov48.tsv"
HELD_OUT_50 = Path(__file__).parent / "data" / "normalize_heldout50.tsv"
GOV_49 = Path(__file__).parent / "data" / "normalize_gov49.tsv"
HELD_OUT_51 = Path(__file__).parent / "data" / "normalize_heldout51.tsv"
GOV_51 = Path(__file__).parent / "data" / "normalize_gov51.tsv"
HELD_OUT_53 = Path(__file__).parent / "data" / "normalize_heldout53.tsv"
GOV_50 = Path(__file__).parent / "data" / "normalize_gov50.tsv"
HELD_OUT_52 = Path(__file__).parent / "data" / "normalize_heldout52.tsv"
GOV_52 = Path(__file__).parent / "data" / "normalize_gov52.tsv"
HELD_OUT_54 = Path(__file__).parent / "data" / "normalize_heldout54.tsv"
#: Session 31's twenty sealed rounds (NORMALIZE-SOURCES.md, sections gov53/heldout55 … gov63/heldout65), each
#: scored once before any fix for it — at cd81399: gov53 91.7, heldout55 98.4, gov54 86.7, heldout56 95.2, gov56
#: 96.7, heldout58 100, gov57 98.4, heldout59 98.5 %; at 9d6e311: gov55 90.0, heldout57 100, gov59 98.3, heldout61
#: 95.2, gov60 100, heldout62 98.4, gov58 91.9, heldout60 100 %; at 4422321: gov61 98.3, heldout63 98.4, gov63 96.7,
#: heldout65 96.7 % (eleven golds widened after scoring, listed there). Floors at what the session's fixes reached.
GOV_53 = Path(__file__).parent / "data" / "normalize_gov53.tsv"
HELD_OUT_55 = Path(__file__).parent / "data" / "normalize_heldout55.tsv"
GOV_54 = Path(__file__).parent / "data" / "normalize_gov54.tsv"
HELD_OUT_56 = Path(__file__).parent / "data" / "normalize_heldout56.tsv"
GOV_56 = Path(__file__).parent / "data" / "normalize_gov56.tsv"
HELD_OUT_58 = Path(__file__).parent / "data" / "normalize_heldout58.tsv"
GOV_57 = Path(__file__).parent / "data" / "normalize_gov57.tsv"
HELD_OUT_59 = Path(__file__).parent / "data" / "normalize_heldout59.tsv"
GOV_55 = Path(__file__).parent / "data" / "normalize_gov55.tsv"
HELD_OUT_57 = Path(__file__).parent / "data" / "normalize_heldout57.tsv"
GOV_58 = Path(__file__).parent / "data" / "normalize_gov58.tsv"
HELD_OUT_60 = Path(__file__).parent / "data" / "normalize_heldout60.tsv"
GOV_59 = Path(__file__).parent / "data" / "normalize_gov59.tsv"
HELD_OUT_61 = Path(__file__).parent / "data" / "normalize_heldout61.tsv"
GOV_60 = Path(__file__).parent / "data" / "normalize_gov60.tsv"
HELD_OUT_62 = Path(__file__).parent / "data" / "normalize_heldout62.tsv"
GOV_61 = Path(__file__).parent / "data" / "normalize_gov61.tsv"
HELD_OUT_63 = Path(__file__).parent / "data" / "normalize_heldout63.tsv"
GOV_63 = Path(__file__).parent / "data" / "normalize_gov63.tsv"
HELD_OUT_65 = Path(__file__).parent / "data" / "normalize_heldout65.tsv"
#: Session 32's seventeen sealed rounds (NORMALIZE-SOURCES.md, sections gov64/heldout66 … heldout74), each scored
#: once before any fix for it — at dd5cc1f: gov64 90.0, heldout66 96.9, gov65 98.4, heldout67 97.1 %; at 70c39e4:
#: gov66 100, heldout68 97.4, gov67 95.7, heldout69 91.9 %; at 97e46ad: gov68 98.3, heldout70 96.9, gov69 96.8,
#: heldout71 94.2 %; at 9f80b4f (the session's final rules): gov70 95.0, heldout72 98.4, gov71 96.7, heldout73
#: 96.7, heldout74 100 %. Floors at what the session's fixes reached.
GOV_64 = Path(__file__).parent / "data" / "normalize_gov64.tsv"
HELD_OUT_66 = Path(__file__).parent / "data" / "normalize_heldout66.tsv"
GOV_65 = Path(__file__).parent / "data" / "normalize_gov65.tsv"
HELD_OUT_67 = Path(__file__).parent / "data" / "normalize_heldout67.tsv"
GOV_66 = Path(__file__).parent / "data" / "normalize_gov66.tsv"
HELD_OUT_68 = Path(__file__).parent / "data" / "normalize_heldout68.tsv"
GOV_67 = Path(__file__).parent / "data" / "normalize_gov67.tsv"
HELD_OUT_69 = Path(__file__).parent / "data" / "normalize_heldout69.tsv"
GOV_68 = Path(__file__).parent / "data" / "normalize_gov68.tsv"
HELD_OUT_70 = Path(__file__).parent / "data" / "normalize_heldout70.tsv"
GOV_69 = Path(__file__).parent / "data" / "normalize_gov69.tsv"
HELD_OUT_71 = Path(__file__).parent / "data" / "normalize_heldout71.tsv"
GOV_70 = Path(__file__).parent / "data" / "normalize_gov70.tsv"
HELD_OUT_72 = Path(__file__).parent / "data" / "normalize_heldout72.tsv"
GOV_71 = Path(__file__).parent / "data" / "normalize_gov71.tsv"
HELD_OUT_73 = Path(__file__).parent / "data" / "normalize_heldout73.tsv"
HELD_OUT_74 = Path(__file__).parent / "data" / "normalize_heldout74.tsv"
#: Session 33's eleven sealed rounds (NORMALIZE-SOURCES.md, sections gov72 … heldout80; government and news written
#: by two writers, one register each), each scored once before any fix for it — at 65beffc/9ec58f0 (the session's
#: starting rules): gov72 100, heldout75 94.0, heldout76 95.1, heldout77 95.0 %; at 223e983: gov73 94.5, heldout78
#: 98.3 %; at c4f0925: gov74 97.1, gov75 96.7, heldout79 100 %; at 0cedc3e (the session's last rules before the
#: review fixes): gov76 96.8, heldout80 93.2 %. Floors at what the session's fixes and widenings reached.
GOV_72 = Path(__file__).parent / "data" / "normalize_gov72.tsv"
HELD_OUT_75 = Path(__file__).parent / "data" / "normalize_heldout75.tsv"
HELD_OUT_76 = Path(__file__).parent / "data" / "normalize_heldout76.tsv"
HELD_OUT_77 = Path(__file__).parent / "data" / "normalize_heldout77.tsv"
GOV_73 = Path(__file__).parent / "data" / "normalize_gov73.tsv"
HELD_OUT_78 = Path(__file__).parent / "data" / "normalize_heldout78.tsv"
GOV_74 = Path(__file__).parent / "data" / "normalize_gov74.tsv"
GOV_75 = Path(__file__).parent / "data" / "normalize_gov75.tsv"
HELD_OUT_79 = Path(__file__).parent / "data" / "normalize_heldout79.tsv"
GOV_76 = Path(__file__).parent / "data" / "normalize_gov76.tsv"
HELD_OUT_80 = Path(__file__).parent / "data" / "normalize_heldout80.tsv"
#: heldout81 (written at the stop's end by the news writer), scored once at 97bf811 (the stop's final rules): 100 %.
HELD_OUT_81 = Path(__file__).parent / "data" / "normalize_heldout81.tsv"
#: Session 34's sealed rounds (NORMALIZE-SOURCES.md, sections gov77 … heldout88; government and news written by two
#: writers, one register each), each scored once before any fix for it — at eba69a7 (the session's starting rules):
#: gov77 96.9, heldout82 97.2 %; at 1082ac4 (after phase 1): gov78 100, gov79 96.9, heldout83 97.3, heldout84 85.9 %;
#: at ef05334 (after phase 2): gov80 96.9, gov81 95.2, heldout85 93.2, heldout86 100 %; at 1729d5a (the session's final
#: rules): gov82 96.8, heldout87 94.7, heldout88 96.8 %. Floors at what the session's fixes and widenings reached.
GOV_77 = Path(__file__).parent / "data" / "normalize_gov77.tsv"
HELD_OUT_82 = Path(__file__).parent / "data" / "normalize_heldout82.tsv"
GOV_78 = Path(__file__).parent / "data" / "normalize_gov78.tsv"
GOV_79 = Path(__file__).parent / "data" / "normalize_gov79.tsv"
HELD_OUT_83 = Path(__file__).parent / "data" / "normalize_heldout83.tsv"
HELD_OUT_84 = Path(__file__).parent / "data" / "normalize_heldout84.tsv"
GOV_80 = Path(__file__).parent / "data" / "normalize_gov80.tsv"
GOV_81 = Path(__file__).parent / "data" / "normalize_gov81.tsv"
HELD_OUT_85 = Path(__file__).parent / "data" / "normalize_heldout85.tsv"
HELD_OUT_86 = Path(__file__).parent / "data" / "normalize_heldout86.tsv"
GOV_82 = Path(__file__).parent / "data" / "normalize_gov82.tsv"
HELD_OUT_87 = Path(__file__).parent / "data" / "normalize_heldout87.tsv"
HELD_OUT_88 = Path(__file__).parent / "data" / "normalize_heldout88.tsv"
#: Session 35's sealed rounds (NORMALIZE-SOURCES.md, sections gov83 … heldout95; government and news written by two
#: writers, one register each), each scored once before any fix for it — at e46957f (the session's starting rules):
#: gov83 93.4, heldout89 94.6, heldout90 95.9 %; at 53b13a7 (after phase 1): gov84 98.5, heldout91 96.4, heldout92
#: 100 %; at 0d7a904 (after phase 2): gov85 96.9, gov86 91.0, heldout93 95.1, heldout94 97.2 %; at 1c2c9e0 (the
#: session's final rules): gov87 94.8, gov88 93.1, gov89 92.3, heldout95 95.8 %. Floors at what the session's fixes
#: and widenings reached.
GOV_83 = Path(__file__).parent / "data" / "normalize_gov83.tsv"
HELD_OUT_89 = Path(__file__).parent / "data" / "normalize_heldout89.tsv"
HELD_OUT_90 = Path(__file__).parent / "data" / "normalize_heldout90.tsv"
GOV_84 = Path(__file__).parent / "data" / "normalize_gov84.tsv"
HELD_OUT_91 = Path(__file__).parent / "data" / "normalize_heldout91.tsv"
HELD_OUT_92 = Path(__file__).parent / "data" / "normalize_heldout92.tsv"
GOV_85 = Path(__file__).parent / "data" / "normalize_gov85.tsv"
GOV_86 = Path(__file__).parent / "data" / "normalize_gov86.tsv"
HELD_OUT_93 = Path(__file__).parent / "data" / "normalize_heldout93.tsv"
HELD_OUT_94 = Path(__file__).parent / "data" / "normalize_heldout94.tsv"
GOV_87 = Path(__file__).parent / "data" / "normalize_gov87.tsv"
GOV_88 = Path(__file__).parent / "data" / "normalize_gov88.tsv"
GOV_89 = Path(__file__).parent / "data" / "normalize_gov89.tsv"
HELD_OUT_95 = Path(__file__).parent / "data" / "normalize_heldout95.tsv"
#: Session 36's sealed rounds (NORMALIZE-SOURCES.md, sections gov90 … heldout101; government and news written by two
#: writers, one register each), each scored once before any fix for it — at 3182663 (the session's starting rules):
#: gov90 95.2, heldout96 100 %; at 33a407d (midway through phase 1): gov91 93.3, heldout97 91.8 %; at f74b1f0 (after
#: phase 1): gov92 93.5, heldout98 95.5 %; at 041a486 (the session's final rules): gov93 92.4, gov94 95.2, gov95 89.7,
#: heldout99 100, heldout100 94.4, heldout101 90.9 %. Floors at what the session's fixes and widenings reached.
GOV_90 = Path(__file__).parent / "data" / "normalize_gov90.tsv"
GOV_91 = Path(__file__).parent / "data" / "normalize_gov91.tsv"
GOV_92 = Path(__file__).parent / "data" / "normalize_gov92.tsv"
GOV_93 = Path(__file__).parent / "data" / "normalize_gov93.tsv"
GOV_94 = Path(__file__).parent / "data" / "normalize_gov94.tsv"
GOV_95 = Path(__file__).parent / "data" / "normalize_gov95.tsv"
HELD_OUT_96 = Path(__file__).parent / "data" / "normalize_heldout96.tsv"
HELD_OUT_97 = Path(__file__).parent / "data" / "normalize_heldout97.tsv"
HELD_OUT_98 = Path(__file__).parent / "data" / "normalize_heldout98.tsv"
HELD_OUT_99 = Path(__file__).parent / "data" / "normalize_heldout99.tsv"
HELD_OUT_100 = Path(__file__).parent / "data" / "normalize_heldout100.tsv"
HELD_OUT_101 = Path(__file__).parent / "data" / "normalize_heldout101.tsv"

pytestmark = pytest.mark.skipif(
    not SCORE_PY.is_file(), reason=f"the shared normalization scorer is not at {SCORE_PY}"
)


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_normalize_score", SCORE_PY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Reading:
    """One sentence as the normalizer reads it, against the closest expected reading."""

    id: str
    category: str
    written: str
    heard: str
    expected: str
    edits: int
    expected_words: int


@cache
def readings(path: Path) -> tuple[Reading, ...]:
    score = scorer()
    out = []
    for row in score.load_gold(str(path)):
        heard = normalize(row["input"])
        edits, ref = score.best_reference(score.canon(heard), row["expected"])
        out.append(Reading(row["id"], row["category"], row["input"], heard, " ".join(ref), edits, len(ref)))
    return tuple(out)


def exact_share(rows: tuple[Reading, ...] | list[Reading]) -> float:
    return sum(r.edits == 0 for r in rows) / len(rows)


def by_category(rows: tuple[Reading, ...]) -> dict[str, list[Reading]]:
    groups: dict[str, list[Reading]] = defaultdict(list)
    for r in rows:
        groups[r.category].append(r)
    return groups


def misread(rows: tuple[Reading, ...] | list[Reading], limit: int = 8) -> str:
    """The sentences a listener would hear wrong, as the failure message."""
    wrong = sorted((r for r in rows if r.edits), key=lambda r: -r.edits / max(1, r.expected_words))
    return "\n".join(
        f"[{r.id}] {r.written}\n    heard:    {r.heard}\n    expected: {r.expected}" for r in wrong[:limit]
    )


def test_dev_sentences_are_read_as_a_news_announcer_reads_them():
    rows = readings(DEV)
    assert len(rows) >= 90
    assert exact_share(rows) >= 0.97, misread(rows)
    word_errors = sum(r.edits for r in rows) / sum(r.expected_words for r in rows)
    assert word_errors <= 0.003, misread(rows)


def test_no_kind_of_dev_sentence_is_left_behind():
    for category, rows in by_category(readings(DEV)).items():
        assert exact_share(rows) >= 0.85, f"{category}:\n{misread(rows)}"


def test_every_sentence_of_the_reference_article_is_read_exactly():
    article = [r for r in readings(DEV) if r.category == "article"]
    assert len(article) == 6
    assert all(r.edits == 0 for r in article), misread(article)


def test_sentences_written_apart_from_the_rules_are_read_as_well_as_dev():
    rows = readings(HELD_OUT)
    assert len(rows) >= 500
    assert {r.category for r in rows} == {r.category for r in readings(DEV)}, "every dev category is held out"
    assert exact_share(rows) >= 0.98, misread(rows)


def test_no_kind_of_held_out_sentence_is_left_behind():
    for category, rows in by_category(readings(HELD_OUT)).items():
        assert len(rows) >= 15, category
        assert exact_share(rows) >= 0.9, f"{category}:\n{misread(rows)}"


@pytest.mark.parametrize(
    ("path", "at_least"),
    [(HELD_OUT_2, 150), (HELD_OUT_3, 130), (HELD_OUT_4, 250), (HELD_OUT_5, 150)],
    ids=["second", "third", "fourth", "fifth"],
)
def test_later_held_out_sets_are_read_as_well(path, at_least):
    rows = readings(path)
    assert len(rows) >= at_least
    assert {r.category for r in rows} == {r.category for r in readings(DEV)}, "every dev category is held out"
    assert exact_share(rows) >= 1.0, misread(rows)


@pytest.mark.parametrize(
    ("path", "at_least", "exact", "max_wer"),
    [
        (HELD_OUT_6, 180, 0.994, 0.001),
        (GOV_1, 240, 0.995, 0.001),
        (GOV_2, 150, 1.0, 0.0),
        (GOV_3, 200, 1.0, 0.0),
        (GOV_4, 210, 0.995, 0.001),
        (GOV_5, 200, 0.995, 0.001),
        (GOV_6, 150, 0.99, 0.001),
        (HELD_OUT_7, 150, 1.0, 0.0),
        (HELD_OUT_8, 100, 0.99, 0.001),
        (GOV_7, 96, 1.0, 0.0),
        (HELD_OUT_9, 17, 1.0, 0.0),
        (GOV_8, 117, 1.0, 0.0),
        (HELD_OUT_10, 48, 1.0, 0.0),
        (GOV_9, 151, 0.993, 0.0006),
        (HELD_OUT_11, 103, 0.97, 0.0013),
        (GOV_10, 156, 0.993, 0.0003),
        (HELD_OUT_12, 102, 1.0, 0.0),
        (GOV_11, 153, 1.0, 0.0),
        (HELD_OUT_13, 101, 0.99, 0.0003),
        (GOV_12, 153, 0.986, 0.0004),
        (HELD_OUT_14, 105, 1.0, 0.0),
        (GOV_13, 131, 1.0, 0.0),
        (HELD_OUT_15, 84, 1.0, 0.0),
        (GOV_14, 152, 1.0, 0.0),
        (HELD_OUT_16, 103, 0.990, 0.0020),
        (GOV_15, 132, 1.0, 0.0),
        (HELD_OUT_17, 96, 1.0, 0.0),
        (GOV_16, 133, 1.0, 0.0),
        (HELD_OUT_18, 127, 1.0, 0.0),
        (GOV_17, 134, 1.0, 0.0),
        (HELD_OUT_19, 97, 1.0, 0.0),
        (GOV_18, 164, 1.0, 0.0),
        (HELD_OUT_20, 109, 1.0, 0.0008),
        (GOV_19, 129, 0.992, 0.0002),
        (HELD_OUT_21, 80, 0.987, 0.0021),
        (GOV_20, 134, 1.0, 0.0),
        (HELD_OUT_22, 81, 1.0, 0.0),
        (GOV_21, 85, 1.0, 0.0),
        (HELD_OUT_23, 82, 0.987, 0.0004),
        (GOV_22, 130, 1.0, 0.0),
        (HELD_OUT_24, 84, 0.988, 0.0004),
        (GOV_23, 54, 1.0, 0.0),
        (HELD_OUT_25, 76, 1.0, 0.0),
        (GOV_24, 111, 0.954, 0.0026),
        (HELD_OUT_26, 82, 0.963, 0.0029),
        (GOV_25, 81, 0.987, 0.0027),
        (HELD_OUT_27, 71, 0.971, 0.0028),
        (GOV_26, 87, 0.954, 0.0028),
        (HELD_OUT_28, 67, 1.0, 0.0),
        (GOV_27, 91, 1.0, 0.0),
        (HELD_OUT_29, 77, 1.0, 0.0),
        (GOV_28, 81, 1.0, 0.0),
        (HELD_OUT_30, 81, 1.0, 0.0),
        (GOV_29, 62, 0.983, 0.0035),
        (HELD_OUT_31, 60, 0.933, 0.0156),
        (GOV_30, 62, 1.0, 0.0),
        (HELD_OUT_32, 64, 0.921, 0.0202),
        (GOV_31, 61, 0.983, 0.0018),
        (HELD_OUT_33, 84, 0.976, 0.0012),
        (GOV_32, 60, 1.0, 0.0),
        (HELD_OUT_34, 60, 0.983, 0.0016),
        (GOV_33, 63, 0.984, 0.0007),
        (HELD_OUT_35, 67, 1.0, 0.0),
        (GOV_34, 61, 1.0, 0.0),
        (HELD_OUT_36, 64, 0.984, 0.0006),
        (GOV_35, 61, 1.0, 0.0),
        (HELD_OUT_37, 68, 0.955, 0.0024),
        (GOV_36, 61, 0.95, 0.0038),
        (HELD_OUT_38, 70, 1.0, 0.0),
        (GOV_37, 66, 1.0, 0.0),
        (HELD_OUT_39, 71, 0.985, 0.0021),
        (GOV_38, 62, 0.983, 0.0004),
        (HELD_OUT_40, 61, 1.0, 0.0),
        (GOV_39, 68, 0.985, 0.0012),
        (HELD_OUT_41, 63, 1.0, 0.0),
        (GOV_40, 63, 1.0, 0.0),
        (HELD_OUT_42, 64, 1.0, 0.0),
        (GOV_41, 61, 1.0, 0.0),
        (HELD_OUT_43, 61, 1.0, 0.0),
        (GOV_42, 61, 1.0, 0.0),
        (HELD_OUT_44, 74, 1.0, 0.0),
        (GOV_43, 63, 1.0, 0.0),
        (HELD_OUT_45, 66, 1.0, 0.0),
        (GOV_44, 62, 0.983, 0.0005),
        (HELD_OUT_46, 62, 0.967, 0.0025),
        (GOV_45, 61, 1.0, 0.0),
        (HELD_OUT_47, 70, 1.0, 0.0),
        (GOV_47, 75, 1.0, 0.0),
        (HELD_OUT_49, 74, 0.986, 0.0006),
        (GOV_46, 65, 1.0, 0.0),
        (HELD_OUT_48, 72, 1.0, 0.0),
        (GOV_48, 61, 1.0, 0.0),
        (HELD_OUT_50, 66, 1.0, 0.0),
        (GOV_49, 62, 1.0, 0.0),
        (HELD_OUT_51, 60, 1.0, 0.0),
        (GOV_51, 61, 0.983, 0.0009),
        (HELD_OUT_53, 64, 1.0, 0.0),
        (GOV_50, 60, 1.0, 0.0),
        (HELD_OUT_52, 60, 1.0, 0.0),
        (GOV_52, 61, 1.0, 0.0),
        (HELD_OUT_54, 51, 1.0, 0.0),
        (GOV_53, 60, 0.966, 0.0019),
        (HELD_OUT_55, 63, 1.0, 0.0),
        (GOV_54, 60, 1.0, 0.0),
        (HELD_OUT_56, 62, 1.0, 0.0),
        (GOV_56, 60, 1.0, 0.0),
        (HELD_OUT_58, 60, 1.0, 0.0),
        (GOV_57, 61, 0.983, 0.0007),
        (HELD_OUT_59, 68, 1.0, 0.0),
        (GOV_55, 60, 1.0, 0.0),
        (HELD_OUT_57, 63, 1.0, 0.0),
        (GOV_58, 62, 0.983, 0.0007),
        (HELD_OUT_60, 60, 1.0, 0.0),
        (GOV_59, 60, 0.983, 0.0007),
        (HELD_OUT_61, 62, 0.983, 0.0026),
        (GOV_60, 60, 1.0, 0.0),
        (HELD_OUT_62, 63, 0.984, 0.0019),
        (GOV_61, 60, 0.983, 0.0003),
        (HELD_OUT_63, 64, 0.984, 0.0023),
        (GOV_63, 60, 0.966, 0.0011),
        (HELD_OUT_65, 60, 0.966, 0.0022),
        (GOV_64, 60, 0.966, 0.0008),
        (HELD_OUT_66, 65, 1.0, 0.0),
        (GOV_65, 63, 1.0, 0.0),
        (HELD_OUT_67, 70, 0.985, 0.0005),
        (GOV_66, 70, 1.0, 0.0),
        (HELD_OUT_68, 77, 1.0, 0.0),
        (GOV_67, 70, 1.0, 0.0),
        (HELD_OUT_69, 74, 1.0, 0.0),
        (GOV_68, 60, 1.0, 0.0),
        (HELD_OUT_70, 65, 1.0, 0.0),
        (GOV_69, 62, 0.983, 0.0014),
        (HELD_OUT_71, 69, 0.985, 0.0011),
        (GOV_70, 60, 0.95, 0.0031),
        (HELD_OUT_72, 62, 0.983, 0.0017),
        (GOV_71, 60, 0.966, 0.0011),
        (HELD_OUT_73, 61, 0.967, 0.0025),
        (HELD_OUT_74, 64, 1.0, 0.0),
        (GOV_72, 67, 1.0, 0.0),
        (HELD_OUT_75, 67, 1.0, 0.0),
        (HELD_OUT_76, 61, 1.0, 0.0),
        (HELD_OUT_77, 60, 0.983, 0.0012),
        (GOV_73, 73, 1.0, 0.0),
        (HELD_OUT_78, 60, 1.0, 0.0),
        (GOV_74, 68, 0.985, 0.0007),
        (GOV_75, 61, 0.983, 0.0026),
        (HELD_OUT_79, 60, 1.0, 0.0),
        (GOV_76, 62, 0.983, 0.0004),
        (HELD_OUT_80, 74, 0.945, 0.0063),
        (HELD_OUT_81, 72, 1.0, 0.0),
        (GOV_77, 64, 1.0, 0.0),
        (HELD_OUT_82, 72, 0.986, 0.0005),
        (GOV_78, 65, 1.0, 0.0),
        (GOV_79, 64, 0.984, 0.0014),
        (HELD_OUT_83, 75, 1.0, 0.0),
        (HELD_OUT_84, 64, 0.968, 0.001),
        (GOV_80, 64, 0.968, 0.0007),
        (GOV_81, 62, 0.983, 0.0008),
        (HELD_OUT_85, 73, 0.958, 0.006),
        (HELD_OUT_86, 76, 1.0, 0.0),
        (GOV_82, 62, 0.967, 0.0014),
        (HELD_OUT_87, 75, 0.973, 0.0011),
        (HELD_OUT_88, 63, 0.968, 0.0019),
        (GOV_83, 61, 1.0, 0.0),
        (HELD_OUT_89, 74, 0.986, 0.001),
        (HELD_OUT_90, 73, 0.972, 0.001),
        (GOV_84, 67, 1.0, 0.0),
        (HELD_OUT_91, 83, 1.0, 0.0),
        (HELD_OUT_92, 79, 1.0, 0.0),
        (GOV_85, 64, 0.968, 0.0013),
        (GOV_86, 67, 0.925, 0.005),
        (HELD_OUT_93, 61, 0.95, 0.0025),
        (HELD_OUT_94, 71, 0.971, 0.0017),
        (GOV_87, 77, 0.974, 0.0007),
        (GOV_88, 72, 0.93, 0.002),
        (GOV_89, 65, 0.953, 0.0012),
        (HELD_OUT_95, 71, 0.985, 0.0027),
        (GOV_90, 63, 0.984, 0.0004),
        (GOV_91, 60, 0.966, 0.0013),
        (GOV_92, 62, 0.983, 0.0004),
        (GOV_93, 66, 0.939, 0.0122),
        (GOV_94, 63, 0.952, 0.0027),
        (GOV_95, 68, 0.97, 0.0013),
        (HELD_OUT_96, 61, 1.0, 0.0),
        (HELD_OUT_97, 61, 0.934, 0.0051),
        (HELD_OUT_98, 67, 0.985, 0.0006),
        (HELD_OUT_99, 64, 1.0, 0.0),
        (HELD_OUT_100, 71, 0.971, 0.0018),
        (HELD_OUT_101, 66, 0.924, 0.0027),
    ],
    ids=[
        *("sixth", "government-1", "government-2", "government-3", "government-4", "government-5", "government-6"),
        *("seventh", "eighth", "government-7", "ninth", "government-8", "tenth"),
        *("government-9", "eleventh", "government-10", "twelfth", "government-11", "thirteenth"),
        *("government-12", "fourteenth", "government-13", "fifteenth", "government-14", "sixteenth"),
        *("government-15", "seventeenth", "government-16", "eighteenth", "government-17", "nineteenth"),
        *("government-18", "twentieth", "government-19", "twenty-first", "government-20", "twenty-second"),
        *("government-21", "twenty-third", "government-22", "twenty-fourth"),
        *("government-23", "twenty-fifth", "government-24", "twenty-sixth", "government-25", "twenty-seventh"),
        *("government-26", "twenty-eighth", "government-27", "twenty-ninth", "government-28", "thirtieth"),
        *("government-29", "thirty-first", "government-30", "thirty-second"),
        *("government-31", "thirty-third", "government-32", "thirty-fourth"),
        *("government-33", "thirty-fifth", "government-34", "thirty-sixth"),
        *("government-35", "thirty-seventh", "government-36", "thirty-eighth"),
        *("government-37", "thirty-ninth"),
        *("government-38", "fortieth"),
        *("government-39", "forty-first"),
        *("government-40", "forty-second"),
        *("government-41", "forty-third"),
        *("government-42", "forty-fourth"),
        *("government-43", "forty-fifth"),
        *("government-44", "forty-sixth"),
        *("government-45", "forty-seventh"),
        *("government-47", "forty-ninth"),
        *("government-46", "forty-eighth"),
        *("government-48", "fiftieth"),
        *("government-49", "fifty-first"),
        *("government-51", "fifty-third"),
        *("government-50", "fifty-second"),
        *("government-52", "fifty-fourth"),
        *("government-53", "fifty-fifth"),
        *("government-54", "fifty-sixth"),
        *("government-56", "fifty-eighth"),
        *("government-57", "fifty-ninth"),
        *("government-55", "fifty-seventh"),
        *("government-58", "sixtieth"),
        *("government-59", "sixty-first"),
        *("government-60", "sixty-second"),
        *("government-61", "sixty-third"),
        *("government-63", "sixty-fifth"),
        *("government-64", "sixty-sixth"),
        *("government-65", "sixty-seventh"),
        *("government-66", "sixty-eighth"),
        *("government-67", "sixty-ninth"),
        *("government-68", "seventieth"),
        *("government-69", "seventy-first"),
        *("government-70", "seventy-second"),
        *("government-71", "seventy-third"),
        "seventy-fourth",
        "government-72",
        "seventy-fifth",
        "seventy-sixth",
        "seventy-seventh",
        "government-73",
        "seventy-eighth",
        "government-74",
        "government-75",
        "seventy-ninth",
        "government-76",
        "eightieth",
        "eighty-first",
        "government-77",
        "eighty-second",
        "government-78",
        "government-79",
        "eighty-third",
        "eighty-fourth",
        "government-80",
        "government-81",
        "eighty-fifth",
        "eighty-sixth",
        "government-82",
        "eighty-seventh",
        "eighty-eighth",
        "government-83",
        "eighty-ninth",
        "ninetieth",
        "government-84",
        "ninety-first",
        "ninety-second",
        "government-85",
        "government-86",
        "ninety-third",
        "ninety-fourth",
        "government-87",
        "government-88",
        "government-89",
        "ninety-fifth",
        "government-90",
        "government-91",
        "government-92",
        "government-93",
        "government-94",
        "government-95",
        "ninety-sixth",
        "ninety-seventh",
        "ninety-eighth",
        "ninety-ninth",
        "hundredth",
        "hundred-and-first",
    ],
)
def test_fresh_rounds_stay_read_as_well_as_when_they_were_fixed(path, at_least, exact, max_wer):
    rows = readings(path)
    assert len(rows) >= at_least
    assert exact_share(rows) >= exact, misread(rows)
    assert sum(r.edits for r in rows) / sum(r.expected_words for r in rows) <= max_wer, misread(rows)


def test_held_out_articles_are_paragraphs():
    assert all(r.written.count(". ") >= 1 for r in readings(HELD_OUT_3) if r.category == "article")


def test_no_digit_or_raw_symbol_reaches_the_listener():
    sets = (
        *(DEV, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8),
        *(GOV_1, GOV_2, GOV_3, GOV_4, GOV_5, GOV_6, GOV_7, GOV_8, GOV_9, HELD_OUT_9, HELD_OUT_10, HELD_OUT_11),
    )
    for r in (r for path in sets for r in readings(path)):
        assert not any(c.isdigit() for c in r.heard), f"[{r.id}] {r.heard}"
        assert not set(r.heard) & set("%/&@#$€°‰²³+=<>|\\*"), f"[{r.id}] {r.heard}"


def test_held_out_set_is_well_formed():
    """Unique ids, one of the dev categories each, balanced alternatives: a typo would silently pass a row."""
    sets = (
        (HELD_OUT, "heldout"),
        (HELD_OUT_2, "heldout2"),
        (HELD_OUT_3, "heldout3"),
        (HELD_OUT_4, "heldout4"),
        (HELD_OUT_5, "heldout5"),
        (HELD_OUT_6, "heldout6"),
        (HELD_OUT_7, "heldout7"),
        (HELD_OUT_8, "heldout8"),
        (GOV_1, "gov1"),
        (GOV_2, "gov2"),
        (GOV_3, "gov3"),
        (GOV_4, "gov4"),
        (GOV_5, "gov5"),
        (GOV_6, "gov6"),
        (GOV_9, "gov9"),
        (HELD_OUT_11, "heldout11"),
    )
    for path, split in sets:
        _assert_well_formed(scorer().load_gold(str(path)), split)


def _assert_well_formed(rows: list[dict[str, str]], split: str) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["split"] == split, r["id"]
        assert r["expected"].count("{") == r["expected"].count("}"), r["id"]
        assert not any(c.isdigit() for c in r["expected"]), r["id"]


# Shapes found by probing real portal text after the held-out rounds: each is what a listener hears.
HEARD = [
    ("Đội tuyển U23 Việt Nam thắng U23 Thái Lan 2-0.", "thắng u hai mươi ba thái lan hai không"),
    ("Doanh thu đạt 3.5 tỷ đồng.", "ba phẩy năm tỷ đồng"),
    ("Hợp đồng trị giá 1,000,000 USD.", "một triệu đô la mỹ"),
    ("Trên QL.1A, đoạn Km 790 - Km 800.", "quốc lộ một a đoạn ki lô mét bảy trăm chín mươi đến ki lô mét tám"),
    ("Báo cáo quý 1/2024.", "quý một năm hai nghìn không trăm hai mươi tư"),
    ("Anh N.V.A (SN 1990) điều khiển xe BKS 75H1.", "anh nờ vê a sinh năm một nghìn chín trăm chín mươi"),
    ("Bà T. (45 tuổi) cho biết.", "bà tê bốn mươi lăm tuổi cho biết"),
    ("Em cao 1m70.", "em cao một mét bảy mươi"),
    ("Thi đấu vòng 1/8, đội chiếm 2/3 thời gian kiểm soát bóng.", "vòng một phần tám đội chiếm hai phần ba thời gian"),
    ("Đường dây nóng 113.", "đường dây nóng một một ba"),
    ("Tỉnh xếp thứ 4/63 tỉnh, thành.", "xếp thứ tư trên sáu mươi ba tỉnh thành"),
    ("Chiều 30-4, Đại lễ 30-4 và 1-5.", "chiều ngày ba mươi tháng tư đại lễ ngày ba mươi tháng tư và ngày một"),
    ("Mỗi ngày uống 2-3 lần.", "mỗi ngày uống hai đến ba lần"),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "thay mặt ủy ban nhân dân ký thay chủ tịch"),
    ("BS.CK2 Cao Thị Hồng, GS.VS Nguyễn Văn A và T.Ư Đoàn.", "bác sĩ chuyên khoa hai cao thị hồng giáo sư viện sĩ"),
    ("Liên hệ: 45 Nguyễn Văn Linh, Q. Hải Châu; ĐT: 0236.3822.456.", "quận hải châu điện thoại không hai ba sáu"),
    ("Gạo loại C rẻ hơn; Vitamin C; báo động III.", "gạo loại xê rẻ hơn vi ta min xê báo động ba"),
    # round 3 probes
    ("Bệnh nhân được chụp CT; CT UBND tỉnh dự.", "chụp xê tê chủ tịch ủy ban nhân dân tỉnh dự"),
    ("HLV chia tay ĐT Việt Nam; tuyến ĐT.741.", "chia tay đội tuyển việt nam tuyến đường tỉnh bảy trăm bốn mươi mốt"),
    ("Đ/c Lê Trường Lưu, UV BCH TW Đảng.", "đồng chí lê trường lưu ủy viên ban chấp hành trung ương đảng"),
    ("Ông A (SN 1985, trú P. Phú Hội).", "trú phường phú hội"),
    ("Mã số thuế của doanh nghiệp: 3301234567.", "ba ba không một hai ba bốn năm sáu bảy"),
    ("Phản ánh qua số 0236.1022.", "không hai ba sáu một không hai hai"),
    ("Chỉ số PAR Index tăng; virus HCV; mỗi HCV 30 triệu.", "in đéc tăng vi rút hát xê vê mỗi huy chương vàng"),
    ("Ghi nhận 3,5 triệu lượt truy cập/tháng; ngày/tháng/năm sinh.", "truy cập trên tháng ngày tháng năm sinh"),
    ("Nhà số 14A/2 Nguyễn Trãi; vòng 5 V.League.", "mười bốn a trên hai nguyễn trãi vòng năm vê lích"),
    ("Thí sinh có SBD 33001234; Cổng TTĐT; trên BĐ3.", "số báo danh ba ba không không một hai ba bốn cổng thông tin"),
    ("Cổng TTĐT; mực nước trên BĐ3.", "cổng thông tin điện tử mực nước trên báo động ba"),
    # round 4 probes
    ("Số 12 đường 3/2, Q.10 và Q.3; phố 19/5.", "đường ba tháng hai quận mười và quận ba phố mười chín tháng năm"),
    ("Trẻ em dưới 1m2 miễn vé; em cao 1m5; giá 20 triệu/1m2.", "dưới một mét hai miễn vé em cao một mét năm"),
    ("Giá 20 triệu/1m2.", "hai mươi triệu trên một mét vuông"),
    ("Tel: +84-234-3822-345.", "cộng tám bốn hai ba bốn ba tám hai hai ba bốn năm"),
    ("Dự án BT; BT Đảng ủy.", "dự án bê tê bí thư đảng ủy"),
    ("Tàu 400 CV; theo CV số 12.", "tàu bốn trăm mã lực theo công văn số mười hai"),
    ("Tiêu thụ 1,5 triệu kWh/tháng; Ngày/tháng/năm sinh.", "ki lô oát giờ trên tháng ngày tháng năm sinh"),
    # round 5 probes
    ("Trong các ngày 8 và 9-10, đoàn làm việc.", "các ngày tám và chín tháng mười đoàn làm việc"),  # one "ngày"
    ("Diễn ra từ ngày 8 đến 12-10.", "từ ngày tám đến mười hai tháng mười"),
    ("Thứ Hai, 15/4/2024 - 10:25", "năm hai nghìn không trăm hai mươi tư mười giờ hai mươi lăm phút"),
    ("Tăng trưởng đạt -2,5% so với cùng kỳ.", "đạt âm hai phẩy năm phần trăm"),
    ("Năm học 2024/2025 và niên vụ 2023/2024.", "hai mươi tư đến hai nghìn không trăm hai mươi lăm"),
    ("Quy định 144-QĐ/TW; Quyết định 12-QĐ/TW.", "quy định trung ương quyết định mười hai quyết định trung ương"),
    ("Văn bản hợp nhất 05/VBHN-BTC.", "năm trên văn bản hợp nhất bộ tài chính"),
    # issue 16's shapes (stand-ins of what real text tripped on)
    ("Tốc độ từ 60km/h - 80km/h.", "từ sáu mươi ki lô mét trên giờ đến tám mươi ki lô mét trên giờ"),
    ("Tốc độ 60km/h-80km/h.", "sáu mươi ki lô mét trên giờ đến tám mươi ki lô mét trên giờ"),
    ("Nhiệt độ từ 25°C - 30°C.", "từ hai mươi lăm độ xê đến ba mươi độ xê"),
    ("Đội xếp hạng 2/4 của bảng; lương bậc 3/7.", "xếp hạng hai trên bốn của bảng lương bậc ba trên bảy"),
    ("Doanh thu Q1/2024 và Q4-2023.", "quý một năm hai nghìn không trăm hai mươi tư và quý bốn năm hai nghìn"),
    ("Tại P.Phú Hội, TP Huế.", "tại phường phú hội thành phố huế"),
    ("Sở GD và ĐT; ngành GD; các CQĐP.", "sở giáo dục và đào tạo ngành giáo dục các chính quyền địa phương"),
    ("Tổ chức OPEC, ASEM và UNESCO.", "tổ chức ô pếch a xem và u nét cô"),
    ("Việt Nam thắng Indonesia 2-1 trong trận chung kết.", "thắng indonesia hai một trong trận chung kết"),
    ("Đội thắng 2-3 trận liên tiếp.", "thắng hai đến ba trận liên tiếp"),
    # issue 20's shapes (the government register; stand-ins of what real portal text tripped on)
    ("Sáng 3.11, chiều ngày 7.9, đoàn làm việc.", "sáng ngày ba tháng mười một chiều ngày bảy tháng chín"),
    ("Sáng nay 5-8, hội nghị khai mạc.", "sáng nay ngày năm tháng tám hội nghị"),
    ("Diễn ra từ 2-3 đến sáng 5-3.", "từ ngày hai tháng ba đến sáng ngày năm tháng ba"),
    ("Tạp chí số 412 (5-2023) đăng bài.", "số bốn trăm mười hai tháng năm năm hai nghìn không trăm hai mươi ba đăng"),
    ("Tháng 4 năm nay, mỗi tháng 4 lần.", "tháng tư năm nay mỗi tháng bốn lần"),
    ("Khu công nghiệp Phú Bài II mở rộng.", "khu công nghiệp phú bài hai mở rộng"),
    ("Có 63 tỉnh/thành phố và các huyện/thị xã.", "sáu mươi ba tỉnh thành phố và các huyện thị xã"),
    ("Ca mắc SXH; Giấy CNĐT; CTTĐT tỉnh BR-VT.", "sốt xuất huyết giấy chứng nhận đầu tư cổng thông tin điện tử tỉnh"),
    ("Đồng chí Chủ tịch UB.MTTQ; BTT UBMT tỉnh.", "ủy ban mặt trận tổ quốc ban thường trực ủy ban mặt trận tỉnh"),
]


@pytest.mark.parametrize(("written", "heard"), HEARD, ids=[w[:30] for w, _ in HEARD])
def test_shapes_beyond_the_sets_are_heard_right(written, heard):
    spoken = " ".join(scorer().canon(normalize(written)))
    assert " ".join(scorer().canon(heard)) in spoken, spoken


@pytest.mark.parametrize("written", ["Park Ji-sung ghi bàn.", "Đoàn In-đô-nê-xi-a và Ma-lai-xi-a tới."])
def test_a_hyphenated_foreign_name_is_heard_without_a_pause(written):
    assert "," not in normalize(written)
