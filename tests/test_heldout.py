"""`koursk extract` on held-out articles (benchmarks/heldout/dev), whose truth was written by hand before the rules
were tuned: the scores must not fall below floors set a little under the measurement (benchmarks/heldout/BASELINE.txt).

Raise the floors as the rules improve, a little below each new measurement and never to 1.0: dev is what the rules
may be tuned on. Two tests hold the goal of issue 16: no figure ever read to a wrong value in silence, on dev and on
the number probe.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from koursk_cli.extract.lexicon import MONEY_UNITS
from koursk_cli.model import Bilingual, Store, Topic
from koursk_cli.store.loader import default_store_root, read_store
from tests.conftest import REPO

SCORER_PATH = REPO / "benchmarks" / "score_extract.py"
DEV = REPO / "benchmarks" / "heldout" / "dev"
SEALED = REPO / "benchmarks" / "heldout" / "sealed"
SEALED2 = REPO / "benchmarks" / "heldout" / "sealed2"
SEALED3 = REPO / "benchmarks" / "heldout" / "sealed3"
SEALED4 = REPO / "benchmarks" / "heldout" / "sealed4"
SEALED5 = REPO / "benchmarks" / "heldout" / "sealed5"
SEALED6 = REPO / "benchmarks" / "heldout" / "sealed6"
SEALED7 = REPO / "benchmarks" / "heldout" / "sealed7"
SEALED8 = REPO / "benchmarks" / "heldout" / "sealed8"
SEALED9 = REPO / "benchmarks" / "heldout" / "sealed9"
SEALED10 = REPO / "benchmarks" / "heldout" / "sealed10"
SEALED11 = REPO / "benchmarks" / "heldout" / "sealed11"
SEALED12 = REPO / "benchmarks" / "heldout" / "sealed12"
SEALED13 = REPO / "benchmarks" / "heldout" / "sealed13"
SEALED14 = REPO / "benchmarks" / "heldout" / "sealed14"
SEALED15 = REPO / "benchmarks" / "heldout" / "sealed15"
SEALED16 = REPO / "benchmarks" / "heldout" / "sealed16"
SEALED17 = REPO / "benchmarks" / "heldout" / "sealed17"
SEALED18 = REPO / "benchmarks" / "heldout" / "sealed18"
SEALED19 = REPO / "benchmarks" / "heldout" / "sealed19"
SEALED20 = REPO / "benchmarks" / "heldout" / "sealed20"
SEALED21 = REPO / "benchmarks" / "heldout" / "sealed21"
SEALED22 = REPO / "benchmarks" / "heldout" / "sealed22"
SEALED23 = REPO / "benchmarks" / "heldout" / "sealed23"
SEALED24 = REPO / "benchmarks" / "heldout" / "sealed24"
SEALED25 = REPO / "benchmarks" / "heldout" / "sealed25"
SEALED26 = REPO / "benchmarks" / "heldout" / "sealed26"
SEALED27 = REPO / "benchmarks" / "heldout" / "sealed27"
SEALED28 = REPO / "benchmarks" / "heldout" / "sealed28"
SEALED29 = REPO / "benchmarks" / "heldout" / "sealed29"
SEALED30 = REPO / "benchmarks" / "heldout" / "sealed30"
SEALED31 = REPO / "benchmarks" / "heldout" / "sealed31"
SEALED32 = REPO / "benchmarks" / "heldout" / "sealed32"
SEALED33 = REPO / "benchmarks" / "heldout" / "sealed33"
SEALED34 = REPO / "benchmarks" / "heldout" / "sealed34"
SEALED35 = REPO / "benchmarks" / "heldout" / "sealed35"
SEALED36 = REPO / "benchmarks" / "heldout" / "sealed36"
SEALED37 = REPO / "benchmarks" / "heldout" / "sealed37"
SEALED38 = REPO / "benchmarks" / "heldout" / "sealed38"
SEALED39 = REPO / "benchmarks" / "heldout" / "sealed39"
SEALED40 = REPO / "benchmarks" / "heldout" / "sealed40"
SEALED41 = REPO / "benchmarks" / "heldout" / "sealed41"
SEALED42 = REPO / "benchmarks" / "heldout" / "sealed42"
SEALED43 = REPO / "benchmarks" / "heldout" / "sealed43"
SEALED44 = REPO / "benchmarks" / "heldout" / "sealed44"
SEALED45 = REPO / "benchmarks" / "heldout" / "sealed45"
SEALED46 = REPO / "benchmarks" / "heldout" / "sealed46"
SEALED47 = REPO / "benchmarks" / "heldout" / "sealed47"
SEALED48 = REPO / "benchmarks" / "heldout" / "sealed48"
SEALED51 = REPO / "benchmarks" / "heldout" / "sealed51"
SEALED50 = REPO / "benchmarks" / "heldout" / "sealed50"
SEALED49 = REPO / "benchmarks" / "heldout" / "sealed49"
SEALED52 = REPO / "benchmarks" / "heldout" / "sealed52"
SEALED53 = REPO / "benchmarks" / "heldout" / "sealed53"
SEALED54 = REPO / "benchmarks" / "heldout" / "sealed54"
SEALED55 = REPO / "benchmarks" / "heldout" / "sealed55"
SEALED56 = REPO / "benchmarks" / "heldout" / "sealed56"
SEALED57 = REPO / "benchmarks" / "heldout" / "sealed57"
SEALED58 = REPO / "benchmarks" / "heldout" / "sealed58"
SEALED59 = REPO / "benchmarks" / "heldout" / "sealed59"
SEALED60 = REPO / "benchmarks" / "heldout" / "sealed60"
SEALED61 = REPO / "benchmarks" / "heldout" / "sealed61"
SEALED62 = REPO / "benchmarks" / "heldout" / "sealed62"
SEALED63 = REPO / "benchmarks" / "heldout" / "sealed63"
SEALED64 = REPO / "benchmarks" / "heldout" / "sealed64"
SEALED65 = REPO / "benchmarks" / "heldout" / "sealed65"
SEALED66 = REPO / "benchmarks" / "heldout" / "sealed66"
SEALED67 = REPO / "benchmarks" / "heldout" / "sealed67"
SEALED68 = REPO / "benchmarks" / "heldout" / "sealed68"
SEALED69 = REPO / "benchmarks" / "heldout" / "sealed69"
SEALED73 = REPO / "benchmarks" / "heldout" / "sealed73"
SEALED74 = REPO / "benchmarks" / "heldout" / "sealed74"
SEALED75 = REPO / "benchmarks" / "heldout" / "sealed75"
SEALED76 = REPO / "benchmarks" / "heldout" / "sealed76"
SEALED77 = REPO / "benchmarks" / "heldout" / "sealed77"
SEALED78 = REPO / "benchmarks" / "heldout" / "sealed78"
SEALED79 = REPO / "benchmarks" / "heldout" / "sealed79"
SEALED80 = REPO / "benchmarks" / "heldout" / "sealed80"
SEALED81 = REPO / "benchmarks" / "heldout" / "sealed81"
SEALED82 = REPO / "benchmarks" / "heldout" / "sealed82"
SEALED83 = REPO / "benchmarks" / "heldout" / "sealed83"
SEALED84 = REPO / "benchmarks" / "heldout" / "sealed84"
SEALED85 = REPO / "benchmarks" / "heldout" / "sealed85"
SEALED86 = REPO / "benchmarks" / "heldout" / "sealed86"
SEALED87 = REPO / "benchmarks" / "heldout" / "sealed87"
SEALED88 = REPO / "benchmarks" / "heldout" / "sealed88"
SEALED89 = REPO / "benchmarks" / "heldout" / "sealed89"
SEALED90 = REPO / "benchmarks" / "heldout" / "sealed90"
SEALED91 = REPO / "benchmarks" / "heldout" / "sealed91"
SEALED92 = REPO / "benchmarks" / "heldout" / "sealed92"
SEALED93 = REPO / "benchmarks" / "heldout" / "sealed93"
SEALED97 = REPO / "benchmarks" / "heldout" / "sealed97"
SEALED98 = REPO / "benchmarks" / "heldout" / "sealed98"
SEALED99 = REPO / "benchmarks" / "heldout" / "sealed99"
SEALED100 = REPO / "benchmarks" / "heldout" / "sealed100"
SEALED101 = REPO / "benchmarks" / "heldout" / "sealed101"
SEALED102 = REPO / "benchmarks" / "heldout" / "sealed102"
SEALED103 = REPO / "benchmarks" / "heldout" / "sealed103"
SEALED104 = REPO / "benchmarks" / "heldout" / "sealed104"
SEALED105 = REPO / "benchmarks" / "heldout" / "sealed105"
SEALED106 = REPO / "benchmarks" / "heldout" / "sealed106"
SEALED107 = REPO / "benchmarks" / "heldout" / "sealed107"
SEALED108 = REPO / "benchmarks" / "heldout" / "sealed108"
SEALED109 = REPO / "benchmarks" / "heldout" / "sealed109"
SEALED110 = REPO / "benchmarks" / "heldout" / "sealed110"
SEALED111 = REPO / "benchmarks" / "heldout" / "sealed111"
SEALED112 = REPO / "benchmarks" / "heldout" / "sealed112"
SEALED113 = REPO / "benchmarks" / "heldout" / "sealed113"
SEALED114 = REPO / "benchmarks" / "heldout" / "sealed114"
SEALED115 = REPO / "benchmarks" / "heldout" / "sealed115"
SEALED116 = REPO / "benchmarks" / "heldout" / "sealed116"
SEALED117 = REPO / "benchmarks" / "heldout" / "sealed117"
SEALED118 = REPO / "benchmarks" / "heldout" / "sealed118"
SEALED119 = REPO / "benchmarks" / "heldout" / "sealed119"
SEALED120 = REPO / "benchmarks" / "heldout" / "sealed120"
SEALED121 = REPO / "benchmarks" / "heldout" / "sealed121"
SEALED122 = REPO / "benchmarks" / "heldout" / "sealed122"
SEALED123 = REPO / "benchmarks" / "heldout" / "sealed123"
SEALED124 = REPO / "benchmarks" / "heldout" / "sealed124"
SEALED125 = REPO / "benchmarks" / "heldout" / "sealed125"
SEALED126 = REPO / "benchmarks" / "heldout" / "sealed126"
SEALED127 = REPO / "benchmarks" / "heldout" / "sealed127"
SEALED128 = REPO / "benchmarks" / "heldout" / "sealed128"
SEALED129 = REPO / "benchmarks" / "heldout" / "sealed129"
SEALED130 = REPO / "benchmarks" / "heldout" / "sealed130"
SEALED131 = REPO / "benchmarks" / "heldout" / "sealed131"
SEALED132 = REPO / "benchmarks" / "heldout" / "sealed132"
SEALED133 = REPO / "benchmarks" / "heldout" / "sealed133"
SEALED134 = REPO / "benchmarks" / "heldout" / "sealed134"
SEALED135 = REPO / "benchmarks" / "heldout" / "sealed135"
SEALED136 = REPO / "benchmarks" / "heldout" / "sealed136"
SEALED137 = REPO / "benchmarks" / "heldout" / "sealed137"
SEALED138 = REPO / "benchmarks" / "heldout" / "sealed138"
SEALED139 = REPO / "benchmarks" / "heldout" / "sealed139"
SEALED140 = REPO / "benchmarks" / "heldout" / "sealed140"
SEALED141 = REPO / "benchmarks" / "heldout" / "sealed141"
SEALED142 = REPO / "benchmarks" / "heldout" / "sealed142"
SEALED143 = REPO / "benchmarks" / "heldout" / "sealed143"
SEALED144 = REPO / "benchmarks" / "heldout" / "sealed144"
SEALED145 = REPO / "benchmarks" / "heldout" / "sealed145"
SEALED146 = REPO / "benchmarks" / "heldout" / "sealed146"
SEALED147 = REPO / "benchmarks" / "heldout" / "sealed147"
SEALED148 = REPO / "benchmarks" / "heldout" / "sealed148"
SEALED149 = REPO / "benchmarks" / "heldout" / "sealed149"
SEALED150 = REPO / "benchmarks" / "heldout" / "sealed150"
SEALED151 = REPO / "benchmarks" / "heldout" / "sealed151"
SEALED152 = REPO / "benchmarks" / "heldout" / "sealed152"
SEALED153 = REPO / "benchmarks" / "heldout" / "sealed153"
SEALED154 = REPO / "benchmarks" / "heldout" / "sealed154"
SEALED155 = REPO / "benchmarks" / "heldout" / "sealed155"
SEALED156 = REPO / "benchmarks" / "heldout" / "sealed156"
SEALED157 = REPO / "benchmarks" / "heldout" / "sealed157"
SEALED158 = REPO / "benchmarks" / "heldout" / "sealed158"
SEALED159 = REPO / "benchmarks" / "heldout" / "sealed159"
SEALED160 = REPO / "benchmarks" / "heldout" / "sealed160"
SEALED161 = REPO / "benchmarks" / "heldout" / "sealed161"
SEALED162 = REPO / "benchmarks" / "heldout" / "sealed162"
SEALED163 = REPO / "benchmarks" / "heldout" / "sealed163"
SEALED164 = REPO / "benchmarks" / "heldout" / "sealed164"
SEALED165 = REPO / "benchmarks" / "heldout" / "sealed165"
SEALED166 = REPO / "benchmarks" / "heldout" / "sealed166"
SEALED167 = REPO / "benchmarks" / "heldout" / "sealed167"
SEALED168 = REPO / "benchmarks" / "heldout" / "sealed168"
SEALED169 = REPO / "benchmarks" / "heldout" / "sealed169"
SEALED170 = REPO / "benchmarks" / "heldout" / "sealed170"
SEALED171 = REPO / "benchmarks" / "heldout" / "sealed171"
SEALED172 = REPO / "benchmarks" / "heldout" / "sealed172"
SEALED173 = REPO / "benchmarks" / "heldout" / "sealed173"
SEALED174 = REPO / "benchmarks" / "heldout" / "sealed174"
SEALED175 = REPO / "benchmarks" / "heldout" / "sealed175"
SEALED176 = REPO / "benchmarks" / "heldout" / "sealed176"
SEALED177 = REPO / "benchmarks" / "heldout" / "sealed177"
SEALED178 = REPO / "benchmarks" / "heldout" / "sealed178"
SEALED179 = REPO / "benchmarks" / "heldout" / "sealed179"
SEALED180 = REPO / "benchmarks" / "heldout" / "sealed180"
SEALED181 = REPO / "benchmarks" / "heldout" / "sealed181"
SEALED182 = REPO / "benchmarks" / "heldout" / "sealed182"
SEALED183 = REPO / "benchmarks" / "heldout" / "sealed183"
SEALED184 = REPO / "benchmarks" / "heldout" / "sealed184"
SEALED185 = REPO / "benchmarks" / "heldout" / "sealed185"
SEALED186 = REPO / "benchmarks" / "heldout" / "sealed186"
SEALED187 = REPO / "benchmarks" / "heldout" / "sealed187"
SEALED188 = REPO / "benchmarks" / "heldout" / "sealed188"
SEALED189 = REPO / "benchmarks" / "heldout" / "sealed189"
SEALED190 = REPO / "benchmarks" / "heldout" / "sealed190"
SEALED191 = REPO / "benchmarks" / "heldout" / "sealed191"
SEALED192 = REPO / "benchmarks" / "heldout" / "sealed192"
PROBE = REPO / "benchmarks" / "heldout" / "numbers.yaml"

# Round 7 added four dev articles (v01-v04, truth written before extract ran on them): dev is now 12 articles, dates
# 79/79, 89/89, figures 52/52, 52/52, 49/52 with the topic, none WRONG (89/96, 49/52, 49/54 and 1 WRONG at 8119e0a).
# Dev figures after tuning the rules on dev (benchmarks/heldout/ROUNDS.md has the table): dates 59/59 recall, 66/66 precision;
# figures 38/38 recall, 38/38 precision, 37/38 with the topic (34/38 before the third round); no figure read WRONG.
# Number probe: 70 right, 0 WRONG; 112 right, 0 WRONG after round 6 added 42 lines (93 right, 17 WRONG at 32b1ec3).
# BASELINE.txt has the figures before tuning. Dev is tuning data, so the floors are the goal of issue 16 (a little
# below the measurement), never 1.0: the sealed set says how well the rules generalise.
FLOORS = {
    "date_recall": 0.95,
    "date_precision": 0.99,  # round 55: 119/119, was 0.98
    "figure_recall": 0.95,
    "figure_precision": 0.95,
    "topic_recall": 0.86,  # round 30: 67/76 (2 sums of money no longer drafted); round 36: 66/76 (LOWERED from 0.87:
    # « des pertes notables » no longer drafted, 23 such plurals across the sets were no truth's figure)
    "measure_right": 0.74,
}
# The sealed set, never seen while tuning, scored once after (benchmarks/heldout/SEALED.txt): dates 30/33 recall,
# 35/36 precision; figures 18/19 recall, 18/18 precision; none WRONG. The second round of rules was tuned on it too
# (dates 33/33, 38/38; figures 19/19, 19/19): like dev, its floors are now issue 16's goal, never 1.0.
SEALED_FLOORS = {
    "date_recall": 0.95,
    # LOWERED 0.98 -> 0.96 by round 126: 38/39, h03's « dans les prochaines semaines » written four weeks on, now read
    # to the next month's end, as the sets from sealed41 on write it (ROUND126.txt: 14 such items lost, 20 found)
    "date_precision": 0.96,
    "figure_recall": 0.95,
    "figure_precision": 0.95,
    "measure_right": 0.8,
}
# The second sealed set, written before the second round of tuning and scored once after it
# (benchmarks/heldout/SEALED2.txt, main at f3f58e1): dates 111/123 recall, 123/136 precision; figures 65/68 recall,
# 65/73 precision; one figure read WRONG (« quelque 600 km² » as exact). The third round is tuned on it (dates 123/123,
# 133/133; figures 68/68, 68/68, none WRONG; benchmarks/heldout/ROUNDS.md): it is tuning data now, so no figure may be WRONG and
# the floors are issue 16's goal, a little under the measurement, never 1.0.
SEALED2_FLOORS = {
    "date_recall": 0.95,
    "date_precision": 0.98,
    "figure_recall": 0.95,
    "figure_precision": 0.95,
    "topic_recall": 0.90,  # 68/68 (57/68 before the third round)
    "measure_right": 0.89,
}
# The third sealed set, written before the third round of tuning and scored before and after it
# (benchmarks/heldout/SEALED3.txt; after: main at f6d15ce): dates 148/159 recall, 161/172 precision; figures 71/83
# recall, 71/74 precision, 66/83 with the topic; none WRONG (before: 140/159, 151/166, 71/83, 71/77, 0 WRONG). Floors
# a little under that measurement, below issue 16's goal for date and figure recall, which they do not pretend to meet.
# The fourth round was tuned on it (benchmarks/heldout/README.md, « after round 4 »: dates 158/159, 172/175; figures
# 82/83, 82/83, 77/83 with the topic; none WRONG): tuning data now, floors a little under that, never 1.0. After round
# 6: dates 158/159, 172/178 (three « depuis » names its truth leaves unlisted); figures 83/83, 83/84, 79/83.
SEALED3_FLOORS = {
    "date_recall": 0.96,
    "date_precision": 0.96,
    "figure_recall": 0.91,  # round 30: 77/83 (2 sums of money no longer drafted: no topic measures money)
    "figure_precision": 0.95,
    "topic_recall": 0.86,  # round 30: 73/83 (the same 2 sums)
    "measure_right": 0.89,
}
# The fourth sealed set, written before the fourth round of tuning and scored before and after it
# (benchmarks/heldout/SEALED4.txt; after: main at c7af592): dates 157/199 recall, 159/187 precision; figures 100/114
# recall, 100/109 precision, 95/114 with the topic; 3 read WRONG (before, at 63f7e35: 153/199, 155/188, 99/114, 99/108,
# 3 WRONG). The fifth round was tuned on it (benchmarks/heldout/README.md, « after round 5 »: dates 187/199, 195/200;
# figures 114/114, 114/114, 110/114 with the topic; none WRONG): tuning data now, floors a little under that. After
# round 6: dates 192/199 0.96, 202/205 0.99; figures unchanged.
SEALED4_FLOORS = {
    "date_recall": 0.95,
    "date_precision": 0.95,  # LOWERED 0.97 -> 0.95 by round 126: 203/210, t13's « prochaines semaines » (as sealed's)
    "figure_recall": 0.84,  # round 25: 103/114; round 30: 97/114 (6 sums of money no longer drafted)
    "figure_precision": 0.96,
    "topic_recall": 0.80,  # round 25: 99/114; round 30: 93/114 (the same 6 sums)
    "measure_right": 0.85,
}
# Sealed5 measured the sixth round on articles written apart (benchmarks/heldout/SEALED5.txt; after: main at 50e1781):
# dates 170/187 recall, 185/209 precision; figures 97/108 recall, 97/110 precision, 90/108 with the topic; one read
# WRONG, « près d'un demi-millier » as 450-500 (docs/editorial.md §10's range for « près de N »: its ERRATA.txt). Before
# the round, at 32b1ec3: 170/187, 185/211, 97/108, 97/113, 2 WRONG. Tuning data from now on: floors under the measurement.
# Round 7 was tuned on its misses by class (benchmarks/heldout/README.md, « after round 7 »): dates 176/187, 190/204;
# figures 98/108, 98/101, 91/108 with the topic; none WRONG (the one left was « près d'un demi-millier » read 450-500,
# which the scorer now equates with « près de 500 » as editorial.md §10 says: SEALED5.txt). Floors a little under that.
SEALED5_FLOORS = {  # round 8: figures 100/108, 100/103, 92/108 with the topic; dates unchanged
    # LOWERED 0.96 -> 0.95 by round 108: 182/190, u13's « dans les mois à venir » read three months by its truth,
    # half a year now (ROUND108.txt); round 52: 183/190, was 0.92
    "date_recall": 0.95,
    "date_precision": 0.94,  # round 55: 201/211, was 0.93; round 52: 200/213, was 0.92; round 35: 198/213, one false month (u15, ROUND35.txt); round 31: 0.93
    "figure_recall": 0.86,  # round 25: 97/108; round 30: 94/108 (3 sums of money no longer drafted)
    "figure_precision": 0.95,
    "topic_recall": 0.77,  # round 25: 88/108; round 30: 85/108 (the same 3 sums)
    # round 18: 34/44 (34/42 before): the two figures it now finds (« 18 « martyrs » », « entre 600 et 2 000 » after
    # « Nombre de morts : ») take no measure or the unspecified side's, guesses for the curator (ROUND18.txt)
    "measure_right": 0.76,
}
# Sealed6 measured the seventh round on 20 articles written apart (benchmarks/heldout/SEALED6.txt): before, at 8119e0a,
# dates 122/138 recall, 137/151 precision, figures 75/101, 75/86, 5 WRONG; after, at da87898, dates unchanged, figures
# 79/101, 79/89, 74/101 with the topic, 4 WRONG. Tuning data from now on: floors just under the measurement, so the
# next round may not lose what this one reads (the WRONG ones are listed in SEALED6.txt).
# Round 8 was tuned on its misses by class (benchmarks/heldout/README.md, « after round 8 »): dates 132/138, 148/155;
# figures 96/101, 96/100, 87/101 with the topic; 1 WRONG (« de 6 000 ou 10 000 hommes », two denied figures read as one
# range: a judgment call in its ERRATA.txt). Floors a little under that.
SEALED6_FLOORS = {
    "date_recall": 0.96,
    "date_precision": 0.95,
    "figure_recall": 0.85,  # round 25: 90/101; round 30: 87/101 (3 sums of money no longer drafted)
    "figure_precision": 0.93,
    "topic_recall": 0.75,  # round 25: 81/101; round 30: 77/101 (the same 3 sums)
    "measure_right": 0.65,
}
# Sealed7 measured round 8 blind (SEALED7.txt: dates 174/191, 183/205, figures 103/117, 103/104, none WRONG); round 9
# was tuned on it by class: dates 183/191, 193/197, figures unchanged, 97/117 with the topic; round 10: dates 184/191,
# 194/198, figures 107/117, 107/108, 99/117 with the topic. Floors a little under.
SEALED7_FLOORS = {
    # LOWERED 0.96 -> 0.95 by round 139: 184/192, w10's « Et maintenant ? » and « Pourquoi Pyongyang parle-t-il
    # maintenant ? », subheads the briefs since session 77 leave undated
    "date_recall": 0.95,
    "date_precision": 0.98,  # round 56: 200/201, was 0.97
    "figure_recall": 0.80,  # round 25: 99/117; round 30: 92/117 (7 sums of money no longer drafted); round 39: 95/117
    "figure_precision": 0.97,
    "topic_recall": 0.71,  # round 25: 92/117; round 30: 85/117 (the same 7 sums)
    "measure_right": 0.84,
}
# Sealed8 measured round 9 blind (SEALED8.txt): dates 143/165, 157/174, figures 105/119, 105/113, 103/119 with the
# topic, 2 WRONG (« au bas mot » read as exact, « de cent, cent cinquante hommes »). Round 10 was tuned on it by class
# (benchmarks/heldout/README.md, « after round 10 »): dates 149/165, 163/171, figures 112/119, 112/114, 109/119 with the
# topic, none WRONG. Floors a little under that.
SEALED8_FLOORS = {  # round 12: figures 112/113 (a pay « par mois et par homme » is a price)
    "date_recall": 0.93,  # round 60: 155/165 (« a sanctionné mardi 14 sociétés »), was 0.92; round 56: 154/165
    "date_precision": 0.96,  # round 42: 169/174, was 0.94
    "figure_recall": 0.79,  # round 25: 105/119; round 30: 92/119 (13 sums of money no longer drafted); round 39: 94/119; round 53: 95/119
    "figure_precision": 0.97,
    "topic_recall": 0.72,  # round 25: 101/119; round 30: 88/119 (the same 13 sums)
    "measure_right": 0.79,  # LOWERED in round 39: 47/58 -> 47/59 (figures more found, measures left to the curator)
}
# Sealed9 measured round 10 blind (SEALED9.txt): dates 176/207, 191/250, figures 100/111, 100/119, 89/111 with the
# topic, 4 WRONG; the lead's fixes after it (not blind: « k » thousands, a scale noun after a range): figures 101/111,
# 101/117, 1 WRONG (a judgment call on « au moins … et 120 »). Tuning data from now on: floors a little under. Round 11
# (tuned on it by class: the page's frame, rounded years, « le lendemain » in apposition…): dates 178/207, 193/215.
SEALED9_FLOORS = {  # round 12: dates 181/207, 197/216, figures 101/111, 101/114 (market prices); round 18 104/111
    "date_recall": 0.94,  # round 52: 199/211, was 0.92; round 40: 196/211; was 0.9
    "date_precision": 0.94,  # round 51: 218/230, was 0.93; round 40: 216/230; was 0.9; round 52: 219/231, was 0.93
    "figure_recall": 0.80,  # round 25: 92/111; round 30: 87/111 (5 sums of money no longer drafted); round 41: 88/111;
    # round 45: 89/111, was 0.78
    "figure_precision": 0.97,  # round 61: 89/91 (hypotheses: « Si 100 000 soldats venaient », « Imaginons »), was 0.86
    "topic_recall": 0.67,  # round 25: 81/111; round 30: 76/111 (the same 5 sums)
    "measure_right": 0.70,  # round 15: 41/57, an increment (« 3 000 hommes supplémentaires ») takes no total (rev27 U4)
}
# Sealed10 measured round 11 blind (SEALED10.txt): dates 206/229, 229/253, figures 113/123, 113/127, 109/123 with
# the topic, 6 WRONG (4 by its ERRATA). Tuning data from now on: floors a little under. Round 12 was tuned on it by
# class (benchmarks/heldout/ROUNDS.md): dates 214/229, 237/247, figures 115/123, 115/121, 110/123 with the topic, 4 WRONG (three
# judgment calls and the truth's own error, by its ERRATA).
SEALED10_FLOORS = {
    "date_recall": 0.96,  # round 56: 222/229, was 0.95; round 42: 221/229, was 0.94
    "date_precision": 0.94,
    "figure_recall": 0.82,  # round 25: 108/123; round 30: 102/123 (6 sums of money no longer drafted); round 53: 102/123; round 66: 103/123 (« dont une centaine auraient été livrés »); round 79: 102/123 (z08 « 54 personnes et 30 entités », a sanctions list's targets: no figure under the lead's convention)
    "figure_precision": 0.93,
    "topic_recall": 0.77,  # round 25: 103/123; round 30: 97/123 (the same 6 sums)
    "measure_right": 0.72,  # round 15: 51/69, increments left to the curator (rev27 U4)
}
# Sealed11 measured round 12 blind (SEALED11.txt): dates 193/239, 210/258 -> 194/239, 211/259; figures 106/118,
# 106/114 -> 108/118, 108/115, 106/118 with the topic; 1 -> 0 WRONG. Tuning data from now on: floors a little under.
# Round 13 was tuned on it by class (benchmarks/heldout/ROUNDS.md): dates 207/239, 224/255, figures 109/118, 109/110, none WRONG.
SEALED11_FLOORS = {
    # round 56: 225/239, was 0.92; round 42: 224/239, was 0.9; LOWERED 0.93 -> 0.92 by round 139: 222/239, « Et
    # maintenant ? » as a subhead dates nothing
    "date_recall": 0.92,
    # round 56: 246/264, was 0.91; round 31: was 0.87; LOWERED 0.92 -> 0.90 by round 126: 241/264, q14's and q18's
    # « prochaines semaines », « semaines à venir » (as sealed's)
    "date_precision": 0.90,
    "figure_recall": 0.82,  # round 25: 104/118; round 30: 97/118 (7 sums of money no longer drafted); round 53: 98/118; round 79: 97/118 (q07 « sept personnes et trois entités »: a list's targets, the lead's convention)
    "figure_precision": 0.96,
    "topic_recall": 0.77,  # round 25: 100/118; round 30: 93/118 (the same 7 sums)
    # round 15: 44/61, increments left to the curator (rev27 U4); LOWERED by round 41 (0.70 -> 0.69): the same 44 over
    # 63, one more figure found (q14 « Onze mille, douze mille, selon les estimations ») whose measure is left TODO
    "measure_right": 0.69,
}
# Sealed12 measured round 13 blind (SEALED12.txt): dates 195/225, 220/247, figures 105/114, 105/120, 102/114 with the
# topic, 1 WRONG (a judgment call in its ERRATA.txt), before and after alike. Tuning data from now on: floors a little under.
SEALED12_FLOORS = {
    # round 42: 214/225, was 0.92; LOWERED 0.94 -> 0.93 by round 139: 212/226, « Et maintenant ? » as a subhead
    "date_recall": 0.93,
    "date_precision": 0.94,  # round 122: 245/258 (« Un an après l'arrivée des premiers soldats » in a post's heading,
    # its truth the page's day, now counted from the moment to the month); round 55: 244/253, was 0.94; round 31: 0.92
    "figure_recall": 0.88,  # round 25: 100/114; round 30: 98/114 (2 sums of money no longer drafted); round 41: 102/114
    "figure_precision": 0.96,
    "topic_recall": 0.82,  # round 25: 97/114; round 30: 95/114 (the same 2 sums)
    "measure_right": 0.77,  # round 15: 60/76, increments left to the curator (rev27 U4)
}
# Sealed13 measured round 14 blind (SEALED13.txt, written 09:04-09:15 UTC before the round, scored before at dbaa523
# and after at 2a60de0): dates 195/219 -> 207/219, 222/269 -> 236/283; figures 101/120, 101/117 -> 101/114; 98/120
# with the topic; measures 31/66 -> 50/66; 2 WRONG both times (SEALED13.txt: an ambiguous quote, a withdrawn slip).
# Tuning data from now on: floors a little under. Round 15 tuned on it (benchmarks/heldout/ROUNDS.md): dates 209/219, 242/261;
# figures 108/120, 108/118; 105/120 with the topic; measures 54/72; 1 WRONG (the withdrawn slip).
SEALED13_FLOORS = {  # round 18: dates 210/219, 243/258
    "date_recall": 0.97,  # round 42: 215/219, was 0.96; round 35: 212/219
    "date_precision": 0.95,  # round 95: 251/262 (LOWERED from 0.96: « en deux ans » in a past clause dated as
    # sealed19–57 read it, three durations in this set's truth); round 59: 251/259, was 0.95; round 55: 251/260, was 0.94; round 42: 250/261, was 0.93; round 31: was 0.92
    "figure_recall": 0.86,  # round 25: 105/120; round 30: 103/120 (2 sums of money no longer drafted); round 39: 105/120
    "figure_precision": 0.98,  # round 69: 105/106 (a withdrawn slip no longer drafted), was 0.90
    "topic_recall": 0.83,  # round 25: 101/120 (counts of other things no longer drafted)
    "measure_right": 0.72,  # LOWERED in round 39: 55/74 -> 55/76 (figures more found, measures left to the curator)
}
# Round 14 (benchmarks/heldout/ROUNDS.md): the floors above are now measured on the truths as amended (each set's AMEND.yaml:
# « désormais » and the page's present), a little under: sealed6 dates 137/139, 154/158; sealed7 189/192, 200/202;
# sealed8 154/165, 168/174; sealed9 194/211, 209/226; sealed10 219/229, 242/252; sealed11 221/239, 237/267; sealed12
# 211/225, 236/250, figures 108/114, 108/108, 105/114 with the topic. `measure_right` (the measure of the figures found,
# over those whose truth names one) holds round 14's measure cues: dev 34/44, sealed 10/12, sealed2 36/39, sealed3
# 35/38, sealed4 24/27, sealed5 34/42, sealed6 32/47, sealed7 46/53, sealed8 47/56, sealed9 43/57, sealed10 53/69,
# sealed11 46/61, sealed12 64/76 (365/619 over all sets before the round, 504/621 after).
# Sealed14 measured round 15 blind (SEALED14.txt, written 11:46-11:58 UTC apart from round 15, scored before
# at 3c09873 and after at the session's final train): dates 191/215 both, 217/270 -> 223/276; figures 112/130 both,
# 112/125 -> 112/124; 104/130 with the topic; measures 60/73 -> 58/73; 4 WRONG both times (« 48 h » read as a count,
# « 7 000+ », two bounds lost at an OCR'd line end). Tuning data from now on: floors a little under. Round 16 (its
# WRONG classes: a count of time, a plus sign, a column's line ends; the page's frame; elided nouns, month ranges):
# dates 201/215, 232/258; figures 123/130, 123/132.
SEALED14_FLOORS = {
    "date_recall": 0.97,  # round 56: 210/215, was 0.95; round 38: 207/215
    "date_precision": 0.96,  # round 56: 244/253, was 0.94; round 38: 240/252
    "figure_recall": 0.91,  # round 53: 120/130; round 79: 119/130 (t10 « 14 personnes et 6 entités »: a list's targets, the lead's convention)
    "figure_precision": 0.98,  # round 61: 120/122 (« plusieurs fois »); round 36: 119/122
    "topic_recall": 0.79,
    "measure_right": 0.78,
}
# Sealed15 measured round 16 blind (SEALED15.txt, frozen 14:47:57 UTC apart from round 16, scored before at 2aa4278
# with the crash fix alone and after at 309377d): dates 185/209, 221/255 -> 189/209, 225/258; figures 107/122,
# 107/123 -> 108/122, 108/123; hedged 77/107 -> 92/108; 4 WRONG both times. Tuning data from now on: floors a little under.
# Round 17 (benchmarks/heldout/ROUND17.txt: signs of « environ », ranges of money, announced local events, months to
# come): dates 192/209, 228/244; figures 112/122, 112/118; 104/122 with the topic; none WRONG. Round 18
# (ROUND18.txt): dates 194/209, 230/244; figures 113/122, 113/118.
SEALED15_FLOORS = {
    # round 56: 199/209, was 0.91; LOWERED 0.94 -> 0.92 by round 126: 203/216, n01's « prochaines semaines » (as sealed's)
    "date_recall": 0.92,
    "date_precision": 0.95,  # round 31: was 0.92
    "figure_recall": 0.93,  # round 25: 109/122 (counts of other things no longer drafted); round 36: 111/122; round 39: 112/122; round 53: 114/122
    "figure_precision": 0.97,  # round 32; round 36: 111/112
    "topic_recall": 0.81,  # round 25: 100/122 (counts of other things no longer drafted)
    "measure_right": 0.72,
}
# Sealed16 measured round 17 blind (SEALED16.txt, frozen 18:56:20 UTC apart from round 17, scored before at dab0651
# and after at 4268a1d): dates 208/230, 221/276 -> 208/230, 221/272; figures 89/102, 89/99 -> 90/102, 90/99; 78/102
# with the topic; 2 -> 1 WRONG (k11, a range's high end: real). Tuning data from now on: floors a little under. Round
# 18 (ROUND18.txt, tuned on it by class): dates 214/230, 228/270; figures 95/102, 95/99; 83/102 with the topic; 0 WRONG.
SEALED16_FLOORS = {
    "date_recall": 0.96,  # round 52: 222/230, was 0.95; round 40: 221/230; was 0.91
    "date_precision": 0.92,  # round 95: 239/258 (LOWERED from 0.93: « en un an », « en deux ans », « en quinze
    # mois » in a past clause dated as sealed19–57 read them, durations in this set's truth); round 74: 239/256 (a day alone « 3 nov. »), was 0.92; round 51: 237/257, was 0.91; round 43: 237/259; round 40: 237/260; round 31: 0.82
    "figure_recall": 0.94,  # round 39: 97/102
    "figure_precision": 0.97,  # round 36: 95/95
    "topic_recall": 0.78,
    "measure_right": 0.79,
}
# Sealed17 measured round 18 blind (SEALED17.txt, frozen 00:00:34 UTC apart from round 18, scored before at 6aae782
# and after at 2784010): dates 214/248, 235/286 both times; figures 100/112, 100/127 -> 101/112, 101/126; 91/112 with
# the topic; 2 WRONG both times. Tuning data from now on: floors a little under. Round 19 (ROUND19.txt, tuned on it
# by class): dates 217/248, 238/285; figures 101/112, 101/114; 91/112 with the topic; 1 WRONG (p03, see MOST_WRONG).
SEALED17_FLOORS = {
    "date_recall": 0.91,  # round 52: 227/248, was 0.9; round 44: 226/248, was 0.89; round 42: 225/248, was 0.88; round 35: 221/248
    "date_precision": 0.91,  # round 59: 252/276, was 0.89; round 51: 249/278, was 0.88; round 44: 249/279, was 0.87; round 42: 247/279; round 52: 250/279, was 0.88; round 35: 242/279
    "figure_recall": 0.92,  # round 32
    "figure_precision": 0.98,  # round 64: 105/107 (a bulleted title's « 1'500 personnes »), was 0.96; round 36: 105/108
    "topic_recall": 0.79,
    "measure_right": 0.78,
}
# Sealed18 measured round 19 blind (SEALED18.txt, frozen 04:07:44 UTC apart from round 19, scored before at 56c2bf9
# and after at dcf7d82): dates 182/210, 199/244; figures 90/100, 90/113; 80/100 with the topic; 3 WRONG, the same both
# times. Tuning data from now on: floors a little under. After the carry (d1184c4): figures 93/100, 93/113; 83/100
# with the topic. Round 20 (tuned on it by class): dates 189/210, 206/236; figures 97/100, 97/105; 86/100 with the topic.
SEALED18_FLOORS = {
    "date_recall": 0.92,  # round 42: 196/210, was 0.91; round 35: 194/210
    "date_precision": 0.9,  # round 42: 213/234, was 0.89; round 35: 211/234; round 31: was 0.85
    "figure_recall": 0.98,  # round 53: 98/100
    "figure_precision": 0.90,
    "topic_recall": 0.84,
    "measure_right": 0.77,
}
# Sealed19 measured round 20 blind (SEALED19.txt, frozen 07:04:31 UTC apart from round 20, scored before at 31658ab
# and after at 9c9ff51): dates 189/218, 203/256 -> 189/218, 203/251; figures 86/89, 86/104 -> 86/89, 86/103; 80/89
# with the topic; 2 WRONG both times. Tuning data from now on: floors a little under. Round 21 (ROUND21.txt):
# dates 194/218, 208/249; figures 87/89, 87/98; 0 WRONG. Round 24 (ROUND24.txt, the page's frame): dates 195/218,
# 209/242.
# Round 33 (ROUND33.txt, date recall): dates 200/218, 214/241.
SEALED19_FLOORS = {
    "date_recall": 0.91,  # round 63: 201/218 (the story's year told before a day), was 0.90; round 33
    "date_precision": 0.90,  # round 51: 214/237, was 0.88; round 31: was 0.85
    "figure_recall": 0.99,  # round 39: 88/89; round 53: 89/89
    "figure_precision": 0.97,  # round 36: 87/87
    "topic_recall": 0.87,
    "measure_right": 0.82,
}
# Sealed20 measured rounds 20 and 21 blind (SEALED20.txt, frozen 08:00:40 UTC apart from round 21, scored at 31658ab,
# 9c9ff51 and after round 21): dates 170/209, 191/250 -> 170/209, 191/250 -> 169/209, 190/250; figures 74/81, 74/100
# -> 75/81, 75/100 -> 75/81, 75/98; 67/81 with the topic; WRONG 3 -> 2 -> 2. Tuning data from now on: floors a
# little under. Round 22 (ROUND22.txt): dates 173/209, 195/239; figures 76/81, 76/94; 68/81 with the topic; 0 WRONG.
# Round 24 (ROUND24.txt, the page's frame): dates 173/209, 195/232.
# Round 33 (ROUND33.txt, date recall): dates 180/209, 203/233.
SEALED20_FLOORS = {
    "date_recall": 0.86,  # round 35: 181/209; round 33: 0.84
    # LOWERED 0.92 -> 0.9 by the session-68 call (214/235: its announced events' days, amended to facts, are truths now)
    "date_precision": 0.9,  # round 59: 204/221 (a timetable, a syllabus's hours), was 0.91; round 49: 206/226, was 0.89; rounds 42-43: 206/227; round 35: 204/228; round 31: 0.82
    "figure_recall": 0.98,  # round 32; round 39: 79/81; round 41: 80/81; round 66: 81/81 (« dont plus d'un millier »)
    "figure_precision": 0.96,  # round 36: 78/80
    "topic_recall": 0.81,
    "measure_right": 0.73,
}
# Sealed21 measured round 22 blind (SEALED21.txt, frozen 09:42:23 UTC apart from round 22, scored at 5ebb156 and
# after round 22): dates 163/195, 185/227 both times; figures 60/72, 60/97 -> 60/72, 60/96; 58/72 with the topic;
# WRONG 1 both times. Tuning data from now on: floors a little under. Round 24 (ROUND24.txt, the page's frame): dates
# 162/195, 184/218 (c09's dateline, its one date lost).
# Round 33 (ROUND33.txt, date recall): dates 170/195, 191/220.
SEALED21_FLOORS = {
    "date_recall": 0.87,  # round 40: 172/195; round 35: 171/195, 0.86; round 33: 0.84
    "date_precision": 0.89,  # round 43: 193/215; round 40: 193/220; round 35: 192/220, 0.86; round 31: was 0.83
    "figure_recall": 0.94,  # round 36: 62/72; round 39: 69/72
    "figure_precision": 0.92,  # round 32; round 36: 62/66
    "topic_recall": 0.79,
    "measure_right": 0.84,
}
# Sealed22 measured rounds 22 and 23 blind (SEALED22.txt, frozen 11:01:37 UTC apart from round 23, scored at 5ebb156,
# after round 22 and after round 23): dates 149/178, 178/209; figures 52/60, 52/92; 50/60 with the topic; no WRONG;
# the same all three times. Tuning data from now on: floors a little under. Round 24 (ROUND24.txt, the page's frame):
# dates 149/178, 178/199.
SEALED22_FLOORS = {
    "date_recall": 0.87,  # round 60: 156/178 (« dans un avenir proche », « dans le courant de l'année »), was 0.85; round 52: 153/178, was 0.84; round 40: 151/178; was 0.82
    "date_precision": 0.92,  # round 52: 182/197, was 0.91; round 49: 180/196, was 0.9; round 40: 180/199; round 31: 0.87, then 0.89
    "figure_recall": 0.88,  # round 32: 0.86; round 45: 54/60
    "figure_precision": 0.90,  # round 32
    "topic_recall": 0.81,
    "measure_right": 0.81,
}
# Sealed23 measured rounds 24 and 25 blind (SEALED23.txt, frozen 12:23:44 UTC apart from both, scored at 4933392, after
# each alone and after both): dates 223/247, 257/292 -> 221/247, 254/288; figures 84/88, 84/122 -> 84/88, 84/102 (round
# 25's counts of the story's measures); 80/88 with the topic; 1 WRONG throughout. Tuning data from now on: floors a
# little under. Round 26 (ROUND26.txt, tuned on it): dates 226/247, 259/288; figures 85/88, 85/102; 0 WRONG.
SEALED23_FLOORS = {
    "date_recall": 0.93,  # round 56: 231/247, was 0.89
    "date_precision": 0.91,  # round 75: 268/290 (a mail's reply lines); round 43: 264/290
    "figure_recall": 0.97,  # round 58: 87/88 (a total's dated parts); round 39: 86/88
    "figure_precision": 0.89,  # round 36: 85/94
    "topic_recall": 0.88,
    "measure_right": 0.76,
}
# Sealed24 measured rounds 24, 25 and 26 blind (SEALED24.txt, frozen 13:40:17 UTC apart from round 26, scored at
# 9cda421, after rounds 24-25 and after round 26): dates 150/176, 172/207 -> the same -> 151/176, 173/207; figures
# 65/69, 65/84 -> 65/69, 65/72 -> the same; 60/69 with the topic; 1 WRONG throughout. Tuning data from now on.
SEALED24_FLOORS = {
    "date_recall": 0.92,  # round 52: 162/176, was 0.90; round 38: 161/176
    "date_precision": 0.87,  # round 52: 183/209, was 0.86; round 35: 181/208
    "figure_recall": 0.98,  # round 41: 66/69; round 53: 68/69
    "figure_precision": 0.94,  # round 36: 65/68; round 41: 66/69
    "topic_recall": 0.84,
    "measure_right": 0.77,
}
# Sealed25 measured round 27 blind (SEALED25.txt, frozen 16:21:47 UTC apart from it, scored at c8a5d0e and 08ec0c02):
# dates 191/226, 224/273; figures 83/85, 83/99; 72/85 with the topic; 0 WRONG, the same both times. Rounds 28-30 were
# tuned on it (the train at 70f28331): dates 203/226, 237/271; figures 83/85, 83/90; 72/85 with the topic; measures
# 34/46. Tuning data from now on: floors a little under.
# Round 33 (ROUND33.txt, date recall): dates 204/226, 239/273.
SEALED25_FLOORS = {
    # LOWERED 0.91 -> 0.88 by the session-68 call (214/238: its announced events' days, amended to facts, are truths now)
    "date_recall": 0.88,  # round 71: 207/226 (a day within the span told before), was 0.90; round 35: 205/226
    "date_precision": 0.91,  # round 71: 244/265; round 59: 243/265, was 0.90; round 55: 243/266, was 0.89; round 43: 241/269; round 35: 240/274
    "figure_recall": 0.98,  # round 53: 84/85
    "figure_precision": 0.93,  # round 36: 83/88
    "topic_recall": 0.82,
    "measure_right": 0.71,
}
# Sealed26 measured rounds 27-30 blind (SEALED26.txt, frozen 16:45:47 UTC apart from them, scored at c8a5d0e, after
# each and after all four at 70f28331): dates 172/198, 184/218 -> 176/198, 188/218; figures 70/72, 70/83 -> 70/72,
# 70/76; 68/72 with the topic; measures 31/37; 0 WRONG throughout. Tuning data from now on: floors a little under.
# Round 33 (ROUND33.txt, date recall): dates 181/198, 194/219.
SEALED26_FLOORS = {
    # LOWERED 0.93 -> 0.9 by the session-68 call (194/213: its announced events' days, amended to facts, are truths now)
    "date_recall": 0.9,  # round 60: 186/198 (« au début de cette année »), was 0.92; rounds 42-43: 185/198, was 0.91; round 35: 183/198
    "date_precision": 0.92,  # round 51: 197/214; round 49: 197/216, was 0.89; rounds 42-43: 197/217
    "figure_recall": 0.97,  # round 32
    "figure_precision": 0.94,  # round 32: 72/74
    "topic_recall": 0.91,
    "measure_right": 0.81,
}
# Sealed27 measured rounds 31-33 blind (SEALED27.txt, frozen 18:48:49 UTC apart from them, scored at 8ddbe179 and
# after all three at 78870a25): dates 158/169, 170/195 -> 158/169, 170/193; figures 77/83, 77/78 -> 77/83, 77/77;
# 75/83 with the topic; measures 42/54; 0 WRONG both times. Tuning data from now on: floors a little under.
SEALED27_FLOORS = {
    "date_recall": 0.96,  # round 38: 165/169
    "date_precision": 0.93,  # round 47: 177/190, was 0.92; round 43: 177/191
    "figure_recall": 0.97,  # round 36: 78/83; round 39: 82/83
    "figure_precision": 0.97,
    "topic_recall": 0.88,
    "measure_right": 0.75,
}
# Sealed28 measured rounds 31-33 blind (SEALED28.txt, frozen 19:04:56 UTC apart from them, scored at 8ddbe179 and at
# 78870a25): dates 196/218, 215/239 -> 196/218, 215/238; figures 87/98, 87/100 both times; 8 WRONG both times. Round
# 34 (the lead, on it): figures 89/98, 89/100; 85/98 with the topic; measures 47/62; 6 WRONG. Floors a little under.
# Round 36 (ROUND36.txt, a spreadsheet's rows read whole): figures 93/98, 93/97; 0 WRONG.
SEALED28_FLOORS = {
    "date_recall": 0.91,  # round 72: 199/218 (k20 « depuis six mois » from « le 28 avril »), was 0.89; round 38: 197/218
    "date_precision": 0.92,  # round 68: 215/233 (a stamp's ISO day and zone), was 0.91; round 43: 216/236
    "figure_recall": 0.95,  # round 36: 93/98; round 39: 94/98
    "figure_precision": 0.95,  # round 36: 93/97
    "topic_recall": 0.85,
    "measure_right": 0.73,
}
# Sealed29 measured rounds 35 and 36 blind (SEALED29.txt, frozen 21:42:21 UTC apart from them, scored at af31809c and
# at 93408f1f): dates 192/207, 226/249 both times; figures 106/110, 106/112 -> 106/110, 106/111; 100/110 with the
# topic; measures 49/65; 1 WRONG both times. Tuning data from now on: floors a little under. Round 37 (ROUND37.txt,
# the lead, on it): dates 192/207, 226/248; figures 107/110, 107/111; 101/110 with the topic; 0 WRONG. Round 38
# (ROUND38.txt, a changelog's versions read against their days, a masthead's « depuis 1985 »): dates 196/207, 230/246.
SEALED29_FLOORS = {
    "date_recall": 0.95,  # round 56: 199/207, was 0.94; round 40: 197/207; round 38: 196/207, 0.93
    "date_precision": 0.96,  # round 59: 232/241, was 0.95; round 51: 232/243, was 0.94; round 43: 231/244; round 40: 231/247
    "figure_recall": 0.97,  # round 39: 109/110
    "figure_precision": 0.95,  # round 58: 110/113 (a length after « à »), was 0.93
    "topic_recall": 0.89,
    "measure_right": 0.73,
}
# Sealed30 measured rounds 38 and 39 blind (SEALED30.txt, frozen 00:20:59 UTC apart from them, scored at b188714f and
# at 0139e00b): dates 158/185, 180/230 -> 158/185, 180/228; figures 96/106, 96/104 both times; 91/106 with the topic;
# measures 47/53; 4 WRONG both times. Tuning data from now on: floors a little under. Round 41 (ROUND41.txt): figures
# 103/106, 103/107, 0 WRONG.
SEALED30_FLOORS = {
    "date_recall": 0.91,  # round 58: 170/185 (« la première quinzaine de décembre »); round 56: 170/185, was 0.9; round 40: 169/185; was 0.84
    "date_precision": 0.90,  # round 58: 192/212; round 43: 191/213; round 40: 191/218; was 0.77
    "figure_recall": 0.96,  # round 41: 103/106
    "figure_precision": 0.97,  # round 65: 103/106 (« parlent de 5 à 7 milliards »: a sum), was 0.95; round 41: 103/107
    "topic_recall": 0.84,
    # LOWERED by round 86 (0.85 -> 0.84): 49/57 -> 49/58, m17 « puis « onze à douze mille » » found, its measure left
    # TODO (a range said after « puis », its noun in the sentence before). LOWERED by round 41 (0.86 -> 0.85): 47/53 ->
    # 49/57, seven more figures found, two of whose measures are guesses the curator corrects (m19 « ~15 000 selon
    # eux » in-russia for sent-to-russia, m20 a table row)
    "measure_right": 0.84,
}
# Sealed31 measured rounds 40 and 41 blind (SEALED31.txt, frozen 03:21:57 UTC apart from them, scored at 0139e00b and
# at ebd4398b): dates 150/170, 173/201 both times; figures 87/93, 87/91 -> 88/93, 88/92; 80/93 with the topic; measures
# 41/54; 0 WRONG both times. Tuning data from now on: floors a little under.
SEALED31_FLOORS = {
    "date_recall": 0.91,  # round 46: 155/170, was 0.88; blind 150/170
    "date_precision": 0.98,  # round 72: 181/184, was 0.97; round 51: 179/184, was 0.95; round 47: 178/185; blind 173/201
    "figure_recall": 0.98,  # round 53: 92/93
    "figure_precision": 0.96,  # round 61: 92/95 (an audience: « devant une soixantaine de personnes »), was 0.94
    "topic_recall": 0.84,
    "measure_right": 0.74,
}
# Sealed32 measured rounds 42 and 43 blind (SEALED32.txt, frozen 07:43:39 UTC apart from them, scored at f494cb48 and
# at 1ec0d65a): dates 162/175, 188/221 -> 163/175, 189/219; figures 81/86, 81/90 both times; 74/86 with the topic;
# measures 40/53; 1 WRONG both times (the truth's slip, ERRATA). Tuning data from now on: floors a little under.
SEALED32_FLOORS = {
    "date_recall": 0.96,  # round 63: 169/175 (« du 8 au 10 mai » under way at the page), was 0.95; round 46: 167/175, was 0.94
    "date_precision": 0.93,  # round 63: 197/210, was 0.92; round 49: 194/210, was 0.91; round 47: 194/212; round 44: 194/221
    "figure_recall": 0.98,  # round 69: 85/86 (« plus de 1 500 hectares »), was 0.96; round 57: 84/86, was 0.95
    "figure_precision": 0.92,  # round 65: 84/91 (« moins de 30 milliards »: a sum), was 0.90; round 57: 84/92, was 0.89
    "topic_recall": 0.90,  # round 69: 78/86, was 0.88; round 57: 77/86, was 0.87
    "measure_right": 0.74,
}
# Sealed33 measured rounds 44 and 45 blind (SEALED33.txt, frozen 08:57:48 UTC apart from them, scored at 59016fea and
# at 8a74571f): dates 163/180, 190/218 -> 164/180, 193/220; figures 77/84, 77/90 both times; 73/84 with the topic;
# measures 40/55; 4 WRONG both times (p18's table cells, the truth's judgment call, ERRATA). Tuning data from now on.
SEALED33_FLOORS = {
    "date_recall": 0.92,  # round 67: 167/180 (« a de son côté déclaré la veille »), was 0.91; round 46: 165/180, was 0.90
    "date_precision": 0.91,  # round 95: 199/217 (LOWERED from 0.92: « En trois mois » of the fighting dated up to
    # the page, the truth's the months of the fighting); round 67: 198/215, was 0.91; round 59: 197/215 (a note's « [1] Voir aussi »), was 0.89; round 49: 193/215, was 0.88; round 47: 193/218
    "figure_recall": 0.98,  # round 69: 83/84 (« plus de 1 500 hectares »), was 0.95; round 48: 82/84, 82/91
    "figure_precision": 0.92,  # round 69: 83/90, was 0.91; round 62: 82/89 (« 24 degrés »), was 0.89
    "topic_recall": 0.93,  # round 69: 79/84, was 0.90
    "measure_right": 0.71,
}
# Sealed34 and sealed35 measured rounds 46-49 blind (SEALED34.txt, SEALED35.txt: frozen 12:42:26 and 13:09:38 UTC
# apart from them, scored at ab36ae57 and at f83a7c15). sealed34: dates 148/169, 169/193; figures 74/79, 74/85; 73/79
# with the topic; measures 42/44; 1 WRONG (q04, a debatable carry); every page the same before and after. sealed35:
# dates 177/196, 203/238 -> 203/237; figures 56/65, 56/59; 54/65 with the topic; measures 33/37; 0 WRONG. Tuning data
# from now on: floors a little under.
SEALED34_FLOORS = {
    "date_recall": 0.89,  # round 60: 151/169 (sanctions « entrent en vigueur jeudi à 18h00 »), was 0.88; round 52: 149/169, was 0.86
    "date_precision": 0.91,  # round 74: 173/188 (a JSON answer's « "publishedAt": » stamps), was 0.90; round 67: 173/191 (« a rapporté vendredi » after a dispatch of Thursday), was 0.89; round 59: 171/190 (a weather box), was 0.88; round 51: 169/192 (an announced rally's day read a year early), was 0.86; round 52: 170/192, was 0.86
    "figure_recall": 0.96,  # round 65: 76/79 (« et près de 2'000 auraient péri »), was 0.94; round 57: 75/79, was 0.92
    "figure_precision": 0.90,  # round 69: 76/84 (« quatorze convois vers »), was 0.89; round 65: 76/85, was 0.88
    "topic_recall": 0.92,  # round 57: 74/79, was 0.90
    "measure_right": 0.93,
}
SEALED35_FLOORS = {
    "date_recall": 0.92,  # round 52: 181/196, was 0.91; round 50: 180/196 (the LaTeX en dash, a list of dates), was 0.89
    "date_precision": 0.90,  # round 68: 207/229 (a stamp's seconds), was 0.89; round 59: 207/230 (a note's « Voir »), was 0.88; round 51: 206/232 (a local event's days, the page's stamps, a foot rail), was 0.84; round 52: 207/237, was 0.84
    "figure_recall": 0.96,  # round 50: 61/65, 61/64, 59/65 with the topic (LaTeX « \, », tabular), was 0.84, topic 0.81; round 53: 62/65; round 62: 63/65
    # round 65: 63/64 (two turnouts, « Ils étaient près de 140 … lundi soir »), was 0.94; round 62: 63/66 (« m'a parlé
    # de « douze mille » hier soir »), was 0.93
    "figure_precision": 0.98,
    "topic_recall": 0.90,
    "measure_right": 0.87,
}
# Sealed36 and sealed37 measured rounds 51-53 blind (SEALED36.txt, SEALED37.txt: frozen 14:42:13 and 14:44:01 UTC
# apart from them, scored at e313a9ca). sealed36: dates 180/197, 202/231; figures 66/71, 66/77; 64/71 with the topic;
# measures 32/41; 4 WRONG (s19, an XML item's « &#160; » thousands). sealed37: dates 160/172, 185/200; figures 72/79,
# 72/83; 69/79 with the topic; measures 34/45; 3 WRONG (t08 « en plus de », t12 a carry, t16 « près de » carried).
# After rounds 51-53 (6270893e): sealed36 dates 202/230, the rest the same; sealed37 figures 73/79, 73/84. Tuning data
# from now on (round 54): floors a little under.
SEALED36_FLOORS = {
    "date_recall": 0.92,  # round 60: 183/197 (« entrent en vigueur vendredi à 18h00 »), was 0.91; round 56: 182/197, was 0.90; round 54: 181/197 (a feast on its eve), was 0.89
    "date_precision": 0.92,  # round 59: 203/219 (other articles' dated titles), was 0.91; round 56: 204/223, was 0.89; round 54: 203/224 (an XML item's stamps, a note's remarks), was 0.85
    "figure_recall": 0.97,  # round 54: 70/71 (« 2&#160;000 »), was 0.91
    "figure_precision": 0.94,  # round 61: 70/74 (refugees, an audience, « plusieurs fois »); round 54: 70/78
    "topic_recall": 0.94,  # round 54, was 0.88
    "measure_right": 0.76,
}
SEALED37_FLOORS = {
    "date_recall": 0.93,  # round 67: 161/172 (« deux jours plus tôt » after a treaty « conclu en juin 2024 »), was 0.91
    "date_precision": 0.95,  # round 67: 186/195, was 0.94; round 59: 185/195 (« Découvrez aussi »), was 0.93; round 54: 185/196 (a note's to-dos), was 0.90
    "figure_recall": 0.94,  # round 57 without « ainsi que » (the lead): 75/79, was 0.90; round 58: 75/79 (an estimate's aside); round 54: 73/79 (« en plus de »), was 0.89
    "figure_precision": 0.94,  # round 61: 76/80 (« à deux pas »); round 57 without « ainsi que »: 75/80, was 0.90
    "topic_recall": 0.90,  # round 57 without « ainsi que »: 72/79, was 0.87; round 54: 70/79, was 0.85
    "measure_right": 0.73,
}
# Sealed38 and sealed39 measured rounds 55-57 blind (SEALED38.txt, SEALED39.txt: frozen 17:23:11 and 17:22:30 UTC
# apart from them, scored at 837043b2). sealed38: dates 181/205, 208/242; figures 93/99, 93/105; 91/99 with the
# topic; measures 45/56; none WRONG. sealed39: dates 182/199, 201/240; figures 80/85, 80/87; 76/85 with the topic;
# measures 34/45; none WRONG. Tuning data from now on: floors a little under.
SEALED38_FLOORS = {
    "date_recall": 0.89,  # round 63: 184/205 (the story's year told before a month), was 0.88; round 58: 183/205 (a month's halves and last days), was 0.86
    "date_precision": 0.92,  # round 63: 211/228, was 0.91; round 59: 210/228 (a breadcrumb, a note's « Voir »), was 0.90; round 58: 210/230 (a file's fields: Org, gettext, BibTeX), was 0.84
    "figure_recall": 0.96,  # round 58: 97/99 (an Org table's rows), was 0.92
    "figure_precision": 0.99,  # round 61: 97/97 (hypotheses, an audience); round 58: 97/100, was 0.86
    "topic_recall": 0.94,  # round 58: 95/99, was 0.90
    "measure_right": 0.79,  # round 58: 47/58, was 0.78
}
SEALED39_FLOORS = {
    "date_recall": 0.92,  # round 60: 185/199 (« dans le courant de l'année »), was 0.91; round 58: 184/199 (a git log's commits), was 0.89
    "date_precision": 0.86,  # round 59: 204/234, was 0.84; round 58: 204/237 (an HTML head's stamps, a .po header), was 0.81
    "figure_recall": 0.98,  # round 58: 85/85 (« 1&nbsp;300&nbsp;km² », an estimate's aside, « des leurs »), was 0.92
    "figure_precision": 0.92,  # round 58: 85/90, was 0.90
    "topic_recall": 0.93,  # round 58: 81/85, was 0.87
    "measure_right": 0.74,  # round 58: 36/47, was 0.73
}
# Sealed40 and sealed41 measured rounds 59-61 blind (SEALED40.txt, SEALED41.txt: frozen 20:18:43 and 20:18:36 UTC
# apart from them, scored at 6798ed54). sealed40: dates 221/236, 245/277; figures 78/80, 78/84; 76/80 with the topic;
# measures 41/48; none WRONG. sealed41: dates 268/306, 286/343; figures 79/81, 79/84; 76/81 with the topic; measures
# 35/53; none WRONG. Tuning data from now on: floors a little under.
SEALED40_FLOORS = {
    "date_recall": 0.95,  # round 63: 227/236 (« avant Noël », « à partir du 1er janvier » on 24 December), was 0.92
    # LOWERED 0.93 -> 0.92 by review55 (251/270: round 73's « below a dispatch's sign-off » taken out, it dropped
    # the facts below a photo credit); round 73: 251/268; round 64: 249/271 (a site's bulleted headlines, « Le Jeudi »);
    # round 63: 251/277; was 0.87
    "date_precision": 0.92,
    "figure_recall": 0.98,  # round 62: 79/80 (« ce chiffre n'était que de 1,6 million »), was 0.96
    # round 65: 79/81 (a turnout; « en présence … de quelque 300 personnes »), was 0.94; round 62: 79/83 (« 22
    # degrés », « 1,2 mio de francs »), was 0.91
    "figure_precision": 0.97,
    "topic_recall": 0.95,  # round 62: 77/80, was 0.93
    "measure_right": 0.83,
}
SEALED41_FLOORS = {
    "date_recall": 0.89,  # round 67: 274/306 (a reprint's « mercredi »), was 0.88; round 62: 272/306 (a chat copy's days set in a rule), was 0.86
    "date_precision": 0.88,  # round 64: 293/332 (a site's bulleted headlines); round 63: 293/335; round 62: 291/336, was 0.82
    "figure_recall": 0.98,  # round 62: 81/81 (« atteindraient « plus de 6 000 » », « disait 8 000 jeudi dernier »)
    # round 65: 81/84 (« Ils étaient près de 200 … le 13 mars au soir »), was 0.94; round 62: 81/85 (a journey's
    # « plus de 10 000 km »), was 0.92
    "figure_precision": 0.96,
    "topic_recall": 0.94,  # round 62: 77/81, was 0.92
    "measure_right": 0.64,
}
# Sealed42 measured rounds 59-62 blind (SEALED42.txt: frozen 20:41:28 UTC apart from them, scored at 2150d1d0, main's
# extract code): dates 235/275, 268/325; figures 63/66, 63/73; 61/66 with the topic; measures 22/27; 1 WRONG (y08, a
# carried « environ », the writer's call). After rounds 59-62: dates 236/275, 269/323; the rest the same. Tuning data
# from now on: floors a little under.
SEALED42_FLOORS = {
    "date_recall": 0.86,  # round 63: 240/275 (« depuis février » in January, « avant Pâques »), was 0.84
    "date_precision": 0.86,  # round 64: 270/313 (bulleted headlines, a weather box's place, a tagline); round 63: 275/323; was 0.82
    "figure_recall": 0.98,  # round 65: 65/66 (« une centaine d'avions », « et 4 000 auraient été mis hors de combat »)
    "figure_precision": 0.90,  # round 69: 65/72 (« des dizaines par hectare »), was 0.89; round 65: 65/73, was 0.84
    "topic_recall": 0.90,
    "measure_right": 0.79,
}
# Sealed43 and sealed44 measured rounds 63-65 blind (SEALED43.txt, SEALED44.txt: frozen 23:02:28 and 23:03:31 UTC
# apart from them, scored at e4b7ba18). sealed43: dates 219/241, 246/296; figures 80/84, 80/89; 80/84 with the topic;
# measures 32/41; one WRONG (b20's « genre 3000 », a judgment call). sealed44: dates 254/273, 282/322; figures 72/75,
# 72/79; 71/75 with the topic; measures 38/41; none WRONG. Tuning data from now on: floors a little under.
SEALED43_FLOORS = {
    "date_recall": 0.90,  # round 66: 220/241 (a span up to its sentence's one day), was 0.89
    "date_precision": 0.86,  # round 68: 247/285 (a revision notice, a stamp), was 0.85; round 66: 247/287 (notices, « À ne pas manquer » links), was 0.81
    "figure_recall": 0.96,  # round 66: 82/84 (« genre 3000 », « 1,5 million de projectiles »), was 0.94
    "figure_precision": 0.96,  # round 69: 82/85 (« a réuni près de 200 personnes »), was 0.93; round 66: 82/87
    "topic_recall": 0.96,  # round 66: 82/84, was 0.93
    "measure_right": 0.76,
}
SEALED44_FLOORS = {
    "date_recall": 0.93,  # round 67: 257/273 (« l'élection de mardi » after a Monday dispatch), was 0.91
    "date_precision": 0.90,  # round 67: 286/315, was 0.88; round 66: 282/315 (a cinema's grid, notices), was 0.86
    "figure_recall": 0.98,  # round 66: 75/75 (« chiffrait encore à 4'700 les pertes », « dont une centaine »), was 0.94
    "figure_precision": 0.92,  # round 66: 75/80 (notices' « 4,20 m », « 2 pièces »), was 0.89
    "topic_recall": 0.96,  # round 66: 74/75, was 0.93
    "measure_right": 0.90,
}
# Sealed45 measured rounds 63-66 blind (SEALED45.txt: frozen 23:20:26 UTC apart from them, scored at e4b7ba18, and
# committed after all four were handed in). Before: dates 241/282, 273/349; figures 64/64, 64/73; 62/64 with the
# topic; measures 27/35; none WRONG. Floors a little under.
SEALED45_FLOORS = {
    "date_recall": 0.87,  # round 74: 247/282 (a conversation's day and clock), was 0.86; round 67: 246/282, was 0.83
    "date_precision": 0.85,  # round 74: 280/327, was 0.82; round 67: 278/346; round 68: 273/329, was 0.76
    "figure_recall": 0.97,
    "figure_precision": 0.86,
    "topic_recall": 0.95,
    "measure_right": 0.74,
}
# Sealed46 and sealed47 measured rounds 67-69 blind (SEALED46.txt, SEALED47.txt: frozen 01:47:16 and 01:49:26 UTC
# apart from them, scored at a7855af0). sealed46: dates 223/267, 243/314; figures 67/68, 67/69; 67/68 with the topic;
# measures 33/37; none WRONG. sealed47: dates 229/260, 246/296; figures 67/69, 67/71; 67/69 with the topic; measures
# 40/47; none WRONG. Tuning data from now on: floors a little under.
SEALED46_FLOORS = {
    "date_recall": 0.86,  # round 70: 234/267 (a press database's documents from their heads), was 0.83
    # round 73: 254/294 (below a dispatch's sign-off, readers' comments, back numbers); round 70: 254/303, was 0.76
    "date_precision": 0.85,
    "figure_recall": 0.97,
    "figure_precision": 0.95,
    "topic_recall": 0.97,
    "measure_right": 0.87,
}
SEALED47_FLOORS = {
    "date_recall": 0.89,  # round 72: 234/260, was 0.88; round 70: 233/260 (a Friday's dispatch in a Monday weekly)
    # round 73: 251/284 (below a dispatch's sign-off, back numbers, « À écouter aussi »); round 72: 253/292; was 0.84
    "date_precision": 0.87,
    "figure_recall": 0.95,
    "figure_precision": 0.97,  # round 70: 67/68 (« 312 réputation »), was 0.92
    "topic_recall": 0.95,
    "measure_right": 0.83,
}
# Sealed48 measured rounds 67-70 blind (SEALED48.txt: frozen 01:48:53 UTC apart from them, scored at a7855af0, and
# committed after all four were handed in). Before: dates 244/262, 265/313; figures 70/74, 70/72; 64/74 with the
# topic; measures 31/37; none WRONG. Floors a little under.
SEALED48_FLOORS = {
    "date_recall": 0.93,  # round 71: 247/262 (« paraîtra le 3 septembre », a day within the span told before), was 0.92
    "date_precision": 0.86,  # round 73: 266/305 (below a dispatch's sign-off, readers' comments, « Les + lus »), was 0.83
    "figure_recall": 0.93,
    "figure_precision": 0.95,
    "topic_recall": 0.85,
    "measure_right": 0.82,
}
# Sealed51 written apart while rounds 71-74 were tuned (SEALED51.txt: frozen 04:48:02 UTC, scored at 38c05300); an IRC
# channel's log and a mailing-list archive's page are its two new shapes.
# Before: dates 243/272, 268/307; figures 78/82, 78/81; 72/82 with the topic; measures 34/37; none WRONG. Floors a little under.
SEALED51_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.88,  # round 75: 268/301 (the mail archive's stamps and signature), was 268/307
    "figure_recall": 0.94,
    "figure_precision": 0.99,  # round 75: 78/78 (the IRC log's clock, day and distance), was 78/81
    "topic_recall": 0.86,
    "measure_right": 0.89,  # round 79: 34/38, was 34/37: o12 « leur nombre total restait « autour de 11.000 » » found, its measure left TODO
}
# Sealed49 written apart while rounds 71-74 were tuned (SEALED49.txt: frozen before any score, scored at 38c05300).
# Before: dates 260/292, 289/331; figures 72/73, 72/74; 71/73 with the topic; measures 38/38; 1 WRONG. Floors a little under.
SEALED49_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.86,
    "figure_recall": 0.99,  # round 75: 73/73 (« jusqu'à « 4 000 tués » »), was 72/73
    "figure_precision": 0.98,  # round 75: 73/74, was 72/74
    "topic_recall": 0.98,  # round 75: 72/73, was 71/73
    "measure_right": 0.99,
}
# Sealed50 measured rounds 71-75 blind (SEALED50.txt: frozen 04:49:39 UTC apart from them, scored at 38c05300, and
# committed after all five were handed in).
# Before: dates 223/256, 245/290; figures 73/75, 73/77; 73/75 with the topic; measures 41/48; 3 WRONG. Floors a little under.
SEALED50_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.83,
    "figure_recall": 0.96,
    "figure_precision": 0.93,
    "topic_recall": 0.96,
    "measure_right": 0.84,
}
# Sealed52 measured rounds 76-80 blind (SEALED52.txt: frozen 07:49:29 UTC apart from them, scored at 7e9c28a0, committed
# after all five were handed in): Bretagne, Pays de la Loire, Nouvelle-Aquitaine, Wallonia, Romandie and West Africa;
# a CNDA decision and a fact-check desk's CSV are its two new shapes.
# Before: dates 239/259, 250/308; figures 81/82, 81/84; 79/82 with the topic; none WRONG. Floors a little under.
SEALED52_FLOORS = {
    "date_recall": 0.91,
    "date_precision": 0.8,
    "figure_recall": 0.97,
    "figure_precision": 0.95,
    "topic_recall": 0.95,
    "measure_right": 0.85,
}
# Sealed53 measured rounds 76-80 blind (SEALED53.txt: frozen 07:48:26 UTC apart from them, scored at 7e9c28a0, committed
# after all five were handed in): Occitanie, PACA, Corsica, Auvergne-Rhône-Alpes, French Canada and the Maghreb; a
# Commons committee's order of the day and a council's register of deliberations are its two new shapes.
# Before: dates 222/243, 249/284; figures 72/76, 72/77; 70/76 with the topic; none WRONG. Floors a little under.
SEALED53_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.86,
    "figure_recall": 0.93,
    "figure_precision": 0.92,
    "topic_recall": 0.91,
    # LOWERED by round 86 (0.79 -> 0.77): 24/30 -> 24/31, l13 « Washington en attend au total « jusqu'à 12 000 » »
    # found, its measure left TODO (« en » stands for the noun of the sentence before)
    "measure_right": 0.77,
}
# Sealed54 measured rounds 76-80 blind (SEALED54.txt: frozen 07:46:47 UTC apart from them, scored at 7e9c28a0, committed
# after all five were handed in); five of its outlets were used by sealed49-50 (its README: the brief pointed the check
# at a main without them); a town council's minutes and readers' letters are its two shapes.
# Before: dates 214/240, 238/279; figures 80/84, 80/82; 76/84 with the topic; 1 WRONG (m02). Floors a little under.
SEALED54_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.84,
    "figure_recall": 0.94,
    "figure_precision": 0.96,
    "topic_recall": 0.89,
    "measure_right": 0.86,
}
# written blind by writer55 (session 57) while rounds 83-86 were tuned; scored at 5e22f853 before any round
SEALED55_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.84,
    "figure_recall": 0.97,
    "figure_precision": 0.94,
    "topic_recall": 0.96,
    "measure_right": 0.87,
}
# written blind by writer56 (session 57) while rounds 83-86 were tuned; scored at 5e22f853 before any round
SEALED56_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.84,
    "figure_recall": 0.96,
    "figure_precision": 0.92,
    "topic_recall": 0.94,
    "measure_right": 0.86,
}
# written blind by writer57 (session 57) while rounds 83-86 were tuned; scored at 5e22f853 before any round
SEALED57_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.85,
    "figure_recall": 0.96,
    "figure_precision": 0.92,
    "topic_recall": 0.95,
    "measure_right": 0.83,
}
# written blind by writer58 (session 58) while rounds 87-89 were tuned; scored at 333857ed before any round, floors on the
# truths as amended (AMEND.yaml: the lead's standing conventions, each a slip in the writer's ERRATA.txt)
SEALED58_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.89,
    "figure_recall": 0.95,
    "figure_precision": 0.94,
    "topic_recall": 0.89,
    "measure_right": 0.76,
}
# written blind by writer59 (session 58) while rounds 87-89 were tuned; scored at 333857ed before any round, floors on the
# truths as amended (AMEND.yaml: the lead's standing conventions, each a slip in the writer's ERRATA.txt)
SEALED59_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.84,
    "figure_recall": 0.93,
    "figure_precision": 0.96,
    "topic_recall": 0.91,
    "measure_right": 0.96,
}
# written blind by writer60 (session 58) while rounds 87-89 were tuned; scored at 333857ed before any round, floors on the
# truths as amended (AMEND.yaml: the lead's standing conventions, each a slip in the writer's ERRATA.txt)
SEALED60_FLOORS = {
    # LOWERED 0.9 -> 0.83 by the session-68 call (233/275: its announced events' days, amended to facts, are truths now)
    "date_recall": 0.83,
    "date_precision": 0.84,
    "figure_recall": 0.9,
    "figure_precision": 0.92,
    "topic_recall": 0.9,
    "measure_right": 0.83,
}
# sealed61 (session 59): written blind while rounds 90-92 were tuned; floors under min(before at b380d4c1, after), truths as amended (AMEND.yaml: one writer's slip signed)
SEALED61_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.78,
    "figure_recall": 0.97,
    "figure_precision": 0.9,
    "topic_recall": 0.9,
    "measure_right": 0.86,
}
# sealed62 (session 59): written blind while rounds 90-92 were tuned; floors under min(before at b380d4c1, after)
SEALED62_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.87,
    "figure_recall": 0.99,
    "figure_precision": 0.96,
    "topic_recall": 0.97,
    "measure_right": 0.8,
}
# sealed63 (session 59): written blind while rounds 90-92 were tuned; floors under min(before at b380d4c1, after)
SEALED63_FLOORS = {
    # LOWERED 0.89 -> 0.87 by the session-68 call (234/263: its announced events' days, amended to facts, are truths now)
    "date_recall": 0.87,
    "date_precision": 0.89,
    "figure_recall": 0.93,
    "figure_precision": 0.94,
    "topic_recall": 0.9,
    "measure_right": 0.83,
}
# written blind by writer64 (session 60) while rounds 93-95 were tuned; scored at 46a87514 before any round, floors on the
# truths as amended (AMEND.yaml: the round-19 carry over « et », its writer's ERRATA.txt 1)
SEALED64_FLOORS = {
    # LOWERED 0.94 -> 0.92 by the session-68 call (240/256: its announced events' days, amended to facts, are truths now)
    "date_recall": 0.92,
    "date_precision": 0.89,
    "figure_recall": 0.97,
    "figure_precision": 0.91,
    "topic_recall": 0.96,
    "measure_right": 0.84,
}
# written blind by writer65 (session 60) while rounds 93-95 were tuned; scored at 46a87514 before any round
SEALED65_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.92,
    "figure_recall": 0.99,
    "figure_precision": 0.91,
    "topic_recall": 0.95,
    "measure_right": 0.77,
}
# written blind by writer66 (session 60) while rounds 93-95 were tuned; scored at 46a87514 before any round
SEALED66_FLOORS = {
    "date_recall": 0.91,
    "date_precision": 0.86,
    "figure_recall": 0.94,
    "figure_precision": 0.96,
    "topic_recall": 0.89,
    "measure_right": 0.73,
}
# written blind by writer67 (session 61) while rounds 96-98 were tuned; scored at 623c9950 before any round
SEALED67_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.76,
    "figure_recall": 0.96,
    "figure_precision": 0.92,
    "topic_recall": 0.94,
    "measure_right": 0.79,
}
# written blind by writer68 (session 61) while rounds 96-98 were tuned; scored at 623c9950 before any round
SEALED68_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.86,
    "figure_recall": 0.95,
    "figure_precision": 0.9,
    "topic_recall": 0.92,
    "measure_right": 0.67,
}
# written blind by writer69 (session 61) while rounds 96-98 were tuned; scored at 623c9950 before any round
SEALED69_FLOORS = {
    "date_recall": 0.92,
    "date_precision": 0.88,
    "figure_recall": 0.99,
    "figure_precision": 0.97,
    "topic_recall": 0.96,
    "measure_right": 0.79,
}
# written blind by writer73 (session 63) while rounds 99-102 were tuned, scored at 4f3d6049 before them; floors a
# little under the score after them (SEALED73.txt)
SEALED73_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.88,
    "figure_recall": 0.97,
    "figure_precision": 0.96,
    "topic_recall": 0.9,
    "measure_right": 0.76,
}
# written blind by writer74 (session 63) while rounds 99-102 were tuned, scored at 4f3d6049 before them; floors a
# little under the score after them (SEALED74.txt)
SEALED74_FLOORS = {
    "date_recall": 0.91,
    "date_precision": 0.89,
    "figure_recall": 0.96,
    "figure_precision": 0.93,
    "topic_recall": 0.95,
    "measure_right": 0.82,
}
# written blind by writer75 (session 63) while rounds 99-102 were tuned, scored at 4f3d6049 before them; floors a
# little under the score after them (SEALED75.txt)
SEALED75_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.85,
    "figure_recall": 0.94,
    "figure_precision": 0.94,
    "topic_recall": 0.91,
    "measure_right": 0.8,
}
# written blind by writer76 (session 64) while rounds 103-107 were tuned, scored at 123de1ee before them; floors a
# little under the score after them (SEALED76.txt)
SEALED76_FLOORS = {
    "date_recall": 0.81,
    "date_precision": 0.83,
    "figure_recall": 0.93,
    "figure_precision": 0.88,
    "topic_recall": 0.84,
    "measure_right": 0.66,
}
# written blind by writer77 (session 64) while rounds 103-107 were tuned, scored at 123de1ee before them; floors a
# little under the score after them (SEALED77.txt)
SEALED77_FLOORS = {
    "date_recall": 0.93,
    "date_precision": 0.9,
    "figure_recall": 0.93,
    "figure_precision": 0.96,
    "topic_recall": 0.91,
    "measure_right": 0.83,
}
# written blind by writer78 (session 64) while rounds 103-107 were tuned, scored at 123de1ee before them; floors a
# little under the score after them (SEALED78.txt)
SEALED78_FLOORS = {
    "date_recall": 0.82,
    "date_precision": 0.84,
    "figure_recall": 0.91,
    "figure_precision": 0.92,
    "topic_recall": 0.88,
    "measure_right": 0.8,
}
# written blind by writer79 after rounds 103-107, scored once at fea3ec4e (extract as at 9a35ef0e) before rounds
# 108-112, which never saw it; floors a little under the score after them (SEALED79.txt)
SEALED79_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.87,
    "figure_recall": 0.93,
    "figure_precision": 0.97,
    "topic_recall": 0.89,
    "measure_right": 0.82,
}
# written blind by writer80 after rounds 103-107, scored once at fea3ec4e (extract as at 9a35ef0e) before rounds
# 108-112, which never saw it; floors a little under the score after them (SEALED80.txt)
SEALED80_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.83,
    "figure_recall": 0.87,
    "figure_precision": 0.97,
    "topic_recall": 0.78,
    "measure_right": 0.71,
}
# written blind by writer81 after rounds 103-107, scored once at fea3ec4e (extract as at 9a35ef0e) before rounds
# 108-112, which never saw it; floors a little under the score after them (SEALED81.txt)
SEALED81_FLOORS = {
    "date_recall": 0.81,
    "date_precision": 0.87,
    "figure_recall": 0.96,
    "figure_precision": 0.97,
    "topic_recall": 0.9,
    "measure_right": 0.71,
}
# written blind by writer82 after rounds 108-112, scored once at fea3ec4e (extract as at 9a35ef0e) and at
# 1ea2dfca before rounds 113-116, which never saw it; floors a little under the score after them (SEALED82.txt)
SEALED82_FLOORS = {
    "date_recall": 0.82,
    "date_precision": 0.88,
    "figure_recall": 0.95,
    "figure_precision": 0.93,
    "topic_recall": 0.9,
    "measure_right": 0.77,
}
# written blind by writer83 after rounds 108-112, scored once at fea3ec4e (extract as at 9a35ef0e) and at
# 1ea2dfca before rounds 113-116, which never saw it; floors a little under the score after them (SEALED83.txt)
SEALED83_FLOORS = {
    "date_recall": 0.81,
    "date_precision": 0.86,
    "figure_recall": 0.92,
    "figure_precision": 0.91,
    "topic_recall": 0.9,
    "measure_right": 0.84,
}
# written blind by writer84 after rounds 108-112, scored once at fea3ec4e (extract as at 9a35ef0e) and at
# 1ea2dfca before rounds 113-116, which never saw it; floors a little under the score after them (SEALED84.txt)
SEALED84_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.88,
    "figure_recall": 0.95,
    "figure_precision": 0.89,
    "topic_recall": 0.9,
    "measure_right": 0.85,
}
# written blind by writer85 during rounds 113-116, scored once at 1ea2dfca (extract before them) and at
# 57202f94 before rounds 117-120, which never saw it; floors a little under the score after them (SEALED85.txt)
SEALED85_FLOORS = {
    "date_recall": 0.72,
    "date_precision": 0.84,
    "figure_recall": 0.95,
    "figure_precision": 0.92,
    "topic_recall": 0.89,
    "measure_right": 0.8,
}
# written blind by writer86 during rounds 113-116, scored once at 1ea2dfca (extract before them) and at
# 57202f94 before rounds 117-120, which never saw it; floors a little under the score after them (SEALED86.txt)
SEALED86_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.88,
    "figure_recall": 0.91,
    "figure_precision": 0.96,
    "topic_recall": 0.83,
    "measure_right": 0.77,
}
# written blind by writer87 during rounds 113-116, scored once at 1ea2dfca (extract before them) and at
# 57202f94 before rounds 117-120, which never saw it; floors a little under the score after them (SEALED87.txt)
SEALED87_FLOORS = {
    "date_recall": 0.76,
    "date_precision": 0.85,
    "figure_recall": 0.97,
    "figure_precision": 0.92,
    "topic_recall": 0.95,
    "measure_right": 0.86,
}
# written blind by writer88 during rounds 117-120, scored once at 57202f94 (extract before them) and at
# 73585f2f before session 68's change, which never saw it; floors a little under the score after them (SEALED88.txt)
SEALED88_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.9,
    "figure_recall": 0.97,
    "figure_precision": 0.97,
    "topic_recall": 0.89,
    "measure_right": 0.77,
}
# written blind by writer89 during rounds 117-120, scored once at 57202f94 (extract before them) and at
# 73585f2f before session 68's change, which never saw it; floors a little under the score after them (SEALED89.txt)
SEALED89_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.88,
    "figure_recall": 0.96,
    "figure_precision": 0.96,
    "topic_recall": 0.94,
    "measure_right": 0.86,
}
# written blind by writer90 during rounds 117-120, scored once at 57202f94 (extract before them) and at
# 73585f2f before session 68's change, which never saw it; floors a little under the score after them (SEALED90.txt)
SEALED90_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.86,
    "figure_recall": 0.93,
    "figure_precision": 0.94,
    "topic_recall": 0.92,
    "measure_right": 0.79,
}
# written blind by writer91 during session 68's call, scored once at f2be3e63 and again after round 122 (session
# 69), which never saw it; floors a little under the score after it (SEALED91.txt)
SEALED91_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.9,
    "figure_recall": 0.96,
    "figure_precision": 0.91,
    "topic_recall": 0.9,
    "measure_right": 0.84,
}
# written blind by writer92 during session 68's call, scored once at f2be3e63 and again after round 122 (session
# 69), which never saw it; floors a little under the score after it (SEALED92.txt)
SEALED92_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.89,
    "figure_recall": 0.94,
    "figure_precision": 0.89,
    "topic_recall": 0.86,
    "measure_right": 0.8,
}
# written blind by writer93 during session 68's call, scored once at f2be3e63 and again after round 122 (session
# 69), which never saw it; floors a little under the score after it (SEALED93.txt)
SEALED93_FLOORS = {
    "date_recall": 0.78,
    "date_precision": 0.88,
    "figure_recall": 0.96,
    "figure_precision": 0.88,
    "topic_recall": 0.87,
    "measure_right": 0.72,
}
# written blind by writer97 in session 70 at 9fa28d79 (its BEFORE.txt), kept out of sight while round 124 was
# made and measured on the committed sets; floors a little under the score after it (SEALED97.txt)
SEALED97_FLOORS = {
    "date_recall": 0.77,
    "date_precision": 0.85,
    "figure_recall": 0.97,
    "figure_precision": 0.83,
    "topic_recall": 0.91,
    "measure_right": 0.83,
}
# written blind by writer98 in session 70 at 9fa28d79 (its BEFORE.txt), kept out of sight while round 124 was
# made and measured on the committed sets; floors a little under the score after it (SEALED98.txt)
SEALED98_FLOORS = {
    "date_recall": 0.76,
    "date_precision": 0.76,
    "figure_recall": 0.94,
    "figure_precision": 0.86,
    "topic_recall": 0.84,
    "measure_right": 0.7,
}
# written blind by writer99 in session 70 at 9fa28d79 (its BEFORE.txt), kept out of sight while round 124 was
# made and measured on the committed sets; floors a little under the score after it (SEALED99.txt)
SEALED99_FLOORS = {
    "date_recall": 0.78,
    "date_precision": 0.8,
    "figure_recall": 0.92,
    "figure_precision": 0.9,
    "topic_recall": 0.88,
    "measure_right": 0.81,
}
# written blind by writer100 in session 70 at 9fa28d79 (its BEFORE.txt), kept out of sight while round 124 was
# made and measured on the committed sets; floors a little under the score after it (SEALED100.txt)
SEALED100_FLOORS = {
    "date_recall": 0.77,
    "date_precision": 0.83,
    "figure_recall": 0.9,
    "figure_precision": 0.83,
    "topic_recall": 0.79,
    "measure_right": 0.73,
}
# written blind by writer101 in session 70 at 9fa28d79 (its BEFORE.txt), kept out of sight while round 124 was
# made and measured on the committed sets; floors a little under the score after it (SEALED101.txt)
SEALED101_FLOORS = {
    "date_recall": 0.8,
    "date_precision": 0.86,
    "figure_recall": 0.99,
    "figure_precision": 0.95,
    "topic_recall": 0.92,
    "measure_right": 0.83,
}
# written blind by writer102 in session 70 at 9fa28d79 (its BEFORE.txt), kept out of sight while round 124 was
# made and measured on the committed sets; floors a little under the score after it (SEALED102.txt)
SEALED102_FLOORS = {
    "date_recall": 0.79,
    "date_precision": 0.82,
    "figure_recall": 0.99,
    "figure_precision": 0.95,
    "topic_recall": 0.9,
    "measure_right": 0.75,
}
# written blind by writer103 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED103.txt)
SEALED103_FLOORS = {
    "date_recall": 0.79,
    "date_precision": 0.86,
    "figure_recall": 0.91,
    "figure_precision": 0.91,
    "topic_recall": 0.87,
    "measure_right": 0.79,
}
# written blind by writer104 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED104.txt)
SEALED104_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.9,
    "figure_recall": 0.95,
    "figure_precision": 0.96,
    "topic_recall": 0.87,
    "measure_right": 0.79,
}
# written blind by writer105 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED105.txt)
SEALED105_FLOORS = {
    "date_recall": 0.81,
    "date_precision": 0.86,
    "figure_recall": 0.94,
    "figure_precision": 0.89,
    "topic_recall": 0.88,
    "measure_right": 0.75,
}
# written blind by writer106 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED106.txt)
SEALED106_FLOORS = {
    "date_recall": 0.74,
    "date_precision": 0.81,
    "figure_recall": 0.93,
    "figure_precision": 0.95,
    "topic_recall": 0.87,
    "measure_right": 0.83,
}
# written blind by writer107 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED107.txt)
SEALED107_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.85,
    "figure_recall": 0.94,
    "figure_precision": 0.89,
    "topic_recall": 0.93,
    "measure_right": 0.78,
}
# written blind by writer108 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED108.txt)
SEALED108_FLOORS = {
    "date_recall": 0.82,
    "date_precision": 0.86,
    "figure_recall": 0.93,
    "figure_precision": 0.99,
    "topic_recall": 0.85,
    "measure_right": 0.79,
}
# written blind by writer109 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED109.txt)
SEALED109_FLOORS = {
    "date_recall": 0.8,
    "date_precision": 0.87,
    "figure_recall": 0.99,
    "figure_precision": 0.88,
    "topic_recall": 0.9,
    "measure_right": 0.78,
}
# written blind by writer110 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED110.txt)
SEALED110_FLOORS = {
    "date_recall": 0.74,
    "date_precision": 0.87,
    "figure_recall": 0.96,
    "figure_precision": 0.96,
    "topic_recall": 0.92,
    "measure_right": 0.81,
}
# written blind by writer111 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED111.txt)
SEALED111_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.9,
    "figure_recall": 0.96,
    "figure_precision": 0.93,
    "topic_recall": 0.89,
    "measure_right": 0.75,
}
# written blind by writer112 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED112.txt)
SEALED112_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.85,
    "figure_recall": 0.96,
    "figure_precision": 0.87,
    "topic_recall": 0.87,
    "measure_right": 0.69,
}
# written blind by writer113 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED113.txt)
SEALED113_FLOORS = {
    "date_recall": 0.8,
    "date_precision": 0.88,
    "figure_recall": 0.88,
    "figure_precision": 0.91,
    "topic_recall": 0.8,
    "measure_right": 0.81,
}
# written blind by writer114 in session 71 at 483e6640 (its BEFORE.txt), kept out of sight while round 126 was
# made and measured on the committed sets; floors a little under the score after it (SEALED114.txt)
SEALED114_FLOORS = {
    "date_recall": 0.77,
    "date_precision": 0.71,
    "figure_recall": 0.92,
    "figure_precision": 0.94,
    "topic_recall": 0.84,
    "measure_right": 0.79,
}
# written blind by writer115 in session 71 at 561f44fd (its BEFORE.txt), kept out of sight while round 127 was
# made and measured on the committed sets; floors a little under the score after it (SEALED115.txt)
SEALED115_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.87,
    "figure_recall": 0.96,
    "figure_precision": 0.94,
    "topic_recall": 0.87,
    "measure_right": 0.81,
}
# written blind by writer116 in session 71 at 561f44fd (its BEFORE.txt), kept out of sight while round 127 was
# made and measured on the committed sets; floors a little under the score after it (SEALED116.txt)
SEALED116_FLOORS = {
    "date_recall": 0.82,
    "date_precision": 0.87,
    "figure_recall": 0.89,
    "figure_precision": 0.96,
    "topic_recall": 0.86,
    "measure_right": 0.79,
}
# written blind by writer117 in session 71 at 561f44fd (its BEFORE.txt), kept out of sight while round 127 was
# made and measured on the committed sets; floors a little under the score after it (SEALED117.txt)
SEALED117_FLOORS = {
    "date_recall": 0.77,
    "date_precision": 0.89,
    "figure_recall": 0.94,
    "figure_precision": 0.97,
    "topic_recall": 0.81,
    "measure_right": 0.64,
}
# written blind by writer118 in session 71 at 561f44fd (its BEFORE.txt), kept out of sight while round 127 was
# made and measured on the committed sets; floors a little under the score after it (SEALED118.txt)
SEALED118_FLOORS = {
    "date_recall": 0.76,
    "date_precision": 0.8,
    "figure_recall": 0.95,
    "figure_precision": 0.91,
    "topic_recall": 0.87,
    "measure_right": 0.8,
}
# written blind by writer119 in session 71 at 561f44fd (its BEFORE.txt), kept out of sight while round 127 was
# made and measured on the committed sets; floors a little under the score after it (SEALED119.txt)
SEALED119_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.86,
    "figure_recall": 0.94,
    "figure_precision": 0.94,
    "topic_recall": 0.85,
    "measure_right": 0.73,
}
# written blind by writer120 in session 71 at 561f44fd (its BEFORE.txt), kept out of sight while round 127 was
# made and measured on the committed sets; floors a little under the score after it (SEALED120.txt)
SEALED120_FLOORS = {
    "date_recall": 0.79,
    "date_precision": 0.86,
    "figure_recall": 0.91,
    "figure_precision": 0.94,
    "topic_recall": 0.83,
    "measure_right": 0.74,
}
# written blind by writer121 in session 72 at 8963194a (its BEFORE.txt), kept out of sight while round 128 was
# made and measured on the committed sets; floors a little under the score after it (SEALED121.txt)
SEALED121_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.89,
    "figure_recall": 0.95,
    "figure_precision": 0.95,
    "topic_recall": 0.88,
    "measure_right": 0.83,
}
# written blind by writer122 in session 72 at 8963194a (its BEFORE.txt), kept out of sight while round 128 was
# made and measured on the committed sets; floors a little under the score after it (SEALED122.txt)
SEALED122_FLOORS = {
    "date_recall": 0.8,
    "date_precision": 0.85,
    "figure_recall": 0.93,
    "figure_precision": 0.92,
    "topic_recall": 0.92,
    "measure_right": 0.86,
}
# written blind by writer123 in session 72 at 8963194a (its BEFORE.txt), kept out of sight while round 128 was
# made and measured on the committed sets; floors a little under the score after it (SEALED123.txt)
SEALED123_FLOORS = {
    "date_recall": 0.7,
    "date_precision": 0.8,
    "figure_recall": 0.89,
    "figure_precision": 0.97,
    "topic_recall": 0.84,
    "measure_right": 0.76,
}
# written blind by writer124 in session 72 at 8963194a (its BEFORE.txt), kept out of sight while round 128 was
# made and measured on the committed sets; floors a little under the score after it (SEALED124.txt)
SEALED124_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.9,
    "figure_recall": 0.97,
    "figure_precision": 0.93,
    "topic_recall": 0.88,
    "measure_right": 0.87,
}
# written blind by writer125 in session 72 at 8963194a (its BEFORE.txt), kept out of sight while round 128 was
# made and measured on the committed sets; floors a little under the score after it (SEALED125.txt)
SEALED125_FLOORS = {
    "date_recall": 0.81,
    "date_precision": 0.87,
    "figure_recall": 0.9,
    "figure_precision": 0.93,
    "topic_recall": 0.84,
    "measure_right": 0.89,
}
# written blind by writer126 in session 72 at 8963194a (its BEFORE.txt), kept out of sight while round 128 was
# made and measured on the committed sets; floors a little under the score after it (SEALED126.txt)
SEALED126_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.93,
    "figure_recall": 0.97,
    "figure_precision": 0.92,
    "topic_recall": 0.91,
    "measure_right": 0.77,
}
# written blind by writer127 in session 72 at 4e4d401e (round 128; its BEFORE.txt), committed after that first score;
# floors a little under it (SEALED127.txt)
SEALED127_FLOORS = {
    "date_recall": 0.78,
    "date_precision": 0.77,
    "figure_recall": 0.97,
    "figure_precision": 0.94,
    "topic_recall": 0.92,
    "measure_right": 0.7,
}
# written blind by writer128 in session 72 at 4e4d401e (round 128; its BEFORE.txt), committed after that first score;
# floors a little under it (SEALED128.txt)
SEALED128_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.82,
    "figure_recall": 0.94,
    "figure_precision": 0.97,
    "topic_recall": 0.9,
    "measure_right": 0.77,
}
# written blind by writer129 in session 72 at 4e4d401e (round 128; its BEFORE.txt), committed after that first score;
# floors a little under it (SEALED129.txt)
SEALED129_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.86,
    "figure_recall": 0.94,
    "figure_precision": 0.96,
    "topic_recall": 0.9,
    "measure_right": 0.75,
}
# written blind by writer130 in session 72 at 4e4d401e (round 128; its BEFORE.txt), committed after that first score;
# floors a little under it (SEALED130.txt)
SEALED130_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.85,
    "figure_recall": 0.92,
    "figure_precision": 0.96,
    "topic_recall": 0.89,
    "measure_right": 0.78,
}
# written blind by writer131 in session 72 at 4e4d401e (round 128; its BEFORE.txt), committed after that first score;
# floors a little under it (SEALED131.txt)
SEALED131_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.86,
    "figure_recall": 0.91,
    "figure_precision": 0.92,
    "topic_recall": 0.8,
    "measure_right": 0.77,
}
# written blind by writer132 in session 72 at 4e4d401e (round 128; its BEFORE.txt), committed after that first score;
# floors a little under it (SEALED132.txt)
SEALED132_FLOORS = {
    "date_recall": 0.81,
    "date_precision": 0.9,
    "figure_recall": 0.92,
    "figure_precision": 0.92,
    "topic_recall": 0.83,
    "measure_right": 0.74,
}
# written blind by writer133 in session 73 at f5617485 (its BEFORE.txt), kept out of sight while round 129 was
# made and measured on the committed sets; floors a little under the score after it (SEALED133.txt)
SEALED133_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.91,
    "figure_recall": 0.87,
    "figure_precision": 0.91,
    "topic_recall": 0.79,
    "measure_right": 0.72,
}
# written blind by writer134 in session 73 at f5617485 (its BEFORE.txt), kept out of sight while round 129 was
# made and measured on the committed sets; floors a little under the score after it (SEALED134.txt)
SEALED134_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.9,
    "figure_recall": 0.96,
    "figure_precision": 0.9,
    "topic_recall": 0.91,
    "measure_right": 0.81,
}
# written blind by writer135 in session 73 at f5617485 (its BEFORE.txt), kept out of sight while round 129 was
# made and measured on the committed sets; floors a little under the score after it (SEALED135.txt)
SEALED135_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.83,
    "figure_recall": 0.97,
    "figure_precision": 0.97,
    "topic_recall": 0.88,
    "measure_right": 0.79,
}
# written blind by writer136 in session 73 at f5617485 (its BEFORE.txt), kept out of sight while round 129 was
# made and measured on the committed sets; floors a little under the score after it (SEALED136.txt)
SEALED136_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.91,
    "figure_recall": 0.95,
    "figure_precision": 0.95,
    "topic_recall": 0.92,
    "measure_right": 0.86,
}
# written blind by writer137 in session 73 at f5617485 (its BEFORE.txt), kept out of sight while round 129 was
# made and measured on the committed sets; floors a little under the score after it (SEALED137.txt)
SEALED137_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.89,
    "figure_recall": 0.94,
    "figure_precision": 0.97,
    "topic_recall": 0.89,
    "measure_right": 0.69,
}
# written blind by writer138 in session 73 at f5617485 (its BEFORE.txt), kept out of sight while round 129 was
# made and measured on the committed sets; floors a little under the score after it (SEALED138.txt)
SEALED138_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.93,
    "figure_recall": 0.97,
    "figure_precision": 0.91,
    "topic_recall": 0.87,
    "measure_right": 0.79,
}
# written blind by writer139 in session 74 at 133ad3f2 (its BEFORE.txt), kept out of sight while round 130 was
# made and measured on the committed sets; floors a little under the score after it (SEALED139.txt)
SEALED139_FLOORS = {
    "date_recall": 0.91,
    "date_precision": 0.84,
    "figure_recall": 0.96,
    "figure_precision": 0.93,
    "topic_recall": 0.91,
    "measure_right": 0.84,
}
# written blind by writer140 in session 74 at 133ad3f2 (its BEFORE.txt), kept out of sight while round 130 was
# made and measured on the committed sets; floors a little under the score after it (SEALED140.txt)
SEALED140_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.9,
    "figure_recall": 0.94,
    "figure_precision": 0.97,
    "topic_recall": 0.89,
    "measure_right": 0.8,
}
# written blind by writer141 in session 74 at 133ad3f2 (its BEFORE.txt), kept out of sight while round 130 was
# made and measured on the committed sets; floors a little under the score after it (SEALED141.txt)
SEALED141_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.9,
    "figure_recall": 0.92,
    "figure_precision": 0.97,
    "topic_recall": 0.84,
    "measure_right": 0.77,
}
# written blind by writer142 in session 74 at 133ad3f2 (its BEFORE.txt), kept out of sight while round 130 was
# made and measured on the committed sets; floors a little under the score after it (SEALED142.txt)
SEALED142_FLOORS = {
    "date_recall": 0.76,
    "date_precision": 0.86,
    "figure_recall": 0.94,
    "figure_precision": 0.94,
    "topic_recall": 0.82,
    "measure_right": 0.76,
}
# written blind by writer143 in session 74 at 133ad3f2 (its BEFORE.txt), kept out of sight while round 130 was
# made and measured on the committed sets; floors a little under the score after it (SEALED143.txt)
SEALED143_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.92,
    "figure_recall": 0.96,
    "figure_precision": 0.97,
    "topic_recall": 0.93,
    "measure_right": 0.85,
}
# written blind by writer144 in session 74 at 133ad3f2 (its BEFORE.txt), kept out of sight while round 130 was
# made and measured on the committed sets; floors a little under the score after it (SEALED144.txt)
SEALED144_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.91,
    "figure_recall": 0.97,
    "figure_precision": 0.93,
    "topic_recall": 0.88,
    "measure_right": 0.67,
}
# written blind by writer145 in session 75 at 7b17065d (its BEFORE.txt), kept out of sight while round 131 was
# made and measured on the committed sets; floors a little under the score after it (SEALED145.txt)
SEALED145_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.91,
    "figure_recall": 0.96,
    "figure_precision": 0.99,
    "topic_recall": 0.86,
    "measure_right": 0.79,
}
# written blind by writer146 in session 75 at 7b17065d (its BEFORE.txt), kept out of sight while round 131 was
# made and measured on the committed sets; floors a little under the score after it (SEALED146.txt)
SEALED146_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.87,
    "figure_recall": 0.93,
    "figure_precision": 0.96,
    "topic_recall": 0.87,
    "measure_right": 0.83,
}
# written blind by writer147 in session 75 at 7b17065d (its BEFORE.txt), kept out of sight while round 131 was
# made and measured on the committed sets; floors a little under the score after it (SEALED147.txt)
SEALED147_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.9,
    "figure_recall": 0.97,
    "figure_precision": 0.92,
    "topic_recall": 0.88,
    "measure_right": 0.71,
}
# written blind by writer148 in session 75 at 7b17065d (its BEFORE.txt), kept out of sight while round 131 was
# made and measured on the committed sets; floors a little under the score after it (SEALED148.txt)
SEALED148_FLOORS = {
    "date_recall": 0.82,
    "date_precision": 0.88,
    "figure_recall": 0.88,
    "figure_precision": 0.9,
    "topic_recall": 0.81,
    "measure_right": 0.81,
}
# written blind by writer149 in session 75 at 7b17065d (its BEFORE.txt), kept out of sight while round 131 was
# made and measured on the committed sets; floors a little under the score after it (SEALED149.txt)
SEALED149_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.86,
    "figure_recall": 0.97,
    "figure_precision": 0.95,
    "topic_recall": 0.96,
    "measure_right": 0.83,
}
# written blind by writer150 in session 75 at 7b17065d (its BEFORE.txt), kept out of sight while round 131 was
# made and measured on the committed sets; floors a little under the score after it (SEALED150.txt)
SEALED150_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.89,
    "figure_recall": 0.94,
    "figure_precision": 0.96,
    "topic_recall": 0.82,
    "measure_right": 0.69,
}
# written blind by writer151 in session 75 (second batch) at 6381de39 (its BEFORE.txt), kept out of sight while round 132 was
# made and measured on the committed sets; floors a little under the score after it (SEALED151.txt)
SEALED151_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.94,
    "figure_recall": 0.96,
    "figure_precision": 0.95,
    "topic_recall": 0.92,
    "measure_right": 0.74,
}
# written blind by writer152 in session 75 (second batch) at 6381de39 (its BEFORE.txt), kept out of sight while round 132 was
# made and measured on the committed sets; floors a little under the score after it (SEALED152.txt)
SEALED152_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.91,
    "figure_recall": 0.97,
    "figure_precision": 0.77,
    "topic_recall": 0.92,
    "measure_right": 0.75,
}
# written blind by writer153 in session 75 (second batch) at 6381de39 (its BEFORE.txt), kept out of sight while round 132 was
# made and measured on the committed sets; floors a little under the score after it (SEALED153.txt)
SEALED153_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.85,
    "figure_recall": 0.99,
    "figure_precision": 0.94,
    "topic_recall": 0.97,
    "measure_right": 0.85,
}
# written blind by writer154 in session 75 (second batch) at 6381de39 (its BEFORE.txt), kept out of sight while round 132 was
# made and measured on the committed sets; floors a little under the score after it (SEALED154.txt)
SEALED154_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.9,
    "figure_recall": 0.96,
    "figure_precision": 0.96,
    "topic_recall": 0.94,
    "measure_right": 0.82,
}
# written blind by writer155 in session 75 (second batch) at 6381de39 (its BEFORE.txt), kept out of sight while round 132 was
# made and measured on the committed sets; floors a little under the score after it (SEALED155.txt)
SEALED155_FLOORS = {
    "date_recall": 0.78,
    "date_precision": 0.8,
    "figure_recall": 0.91,
    "figure_precision": 0.94,
    "topic_recall": 0.77,
    "measure_right": 0.75,
}
# written blind by writer156 in session 75 (second batch) at 6381de39 (its BEFORE.txt), kept out of sight while round 132 was
# made and measured on the committed sets; floors a little under the score after it (SEALED156.txt)
SEALED156_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.86,
    "figure_recall": 0.97,
    "figure_precision": 0.95,
    "topic_recall": 0.89,
    "measure_right": 0.88,
}
# written blind by writer157 in session 76 at 8cbf3e2b (its BEFORE.txt), kept out of sight while round 134 was
# made and measured on the committed sets; floors a little under the score after it (SEALED157.txt)
SEALED157_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.89,
    "figure_recall": 0.93,
    "figure_precision": 0.96,
    "topic_recall": 0.87,
    "measure_right": 0.83,
}
# written blind by writer158 in session 76 at 8cbf3e2b (its BEFORE.txt), kept out of sight while round 134 was
# made and measured on the committed sets; floors a little under the score after it (SEALED158.txt)
SEALED158_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.9,
    "figure_recall": 0.92,
    "figure_precision": 0.91,
    "topic_recall": 0.89,
    "measure_right": 0.83,
}
# written blind by writer159 in session 76 at 8cbf3e2b (its BEFORE.txt), kept out of sight while round 134 was
# made and measured on the committed sets; floors a little under the score after it (SEALED159.txt)
SEALED159_FLOORS = {
    "date_recall": 0.82,
    "date_precision": 0.85,
    "figure_recall": 0.95,
    "figure_precision": 0.97,
    "topic_recall": 0.92,
    "measure_right": 0.63,
}
# written blind by writer160 in session 76 at 8cbf3e2b (its BEFORE.txt), kept out of sight while round 134 was
# made and measured on the committed sets; floors a little under the score after it (SEALED160.txt)
SEALED160_FLOORS = {
    "date_recall": 0.82,
    "date_precision": 0.83,
    "figure_recall": 0.96,
    "figure_precision": 0.91,
    "topic_recall": 0.93,
    "measure_right": 0.86,
}
# written blind by writer161 in session 76 at 8cbf3e2b (its BEFORE.txt), kept out of sight while round 134 was
# made and measured on the committed sets; floors a little under the score after it (SEALED161.txt)
SEALED161_FLOORS = {
    "date_recall": 0.91,
    "date_precision": 0.91,
    "figure_recall": 0.94,
    "figure_precision": 0.96,
    "topic_recall": 0.83,
    "measure_right": 0.67,
}
# written blind by writer162 in session 76 at 8cbf3e2b (its BEFORE.txt), kept out of sight while round 134 was
# made and measured on the committed sets; floors a little under the score after it (SEALED162.txt)
SEALED162_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.89,
    "figure_recall": 0.93,
    "figure_precision": 0.97,
    "topic_recall": 0.86,
    "measure_right": 0.71,
}
# written blind by writer163 in session 77 at 1a454dab (its BEFORE.txt), kept out of sight while round 137 was
# made and measured on the committed sets; floors a little under the score after it (SEALED163.txt)
SEALED163_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.87,
    "figure_recall": 0.96,
    "figure_precision": 0.95,
    "topic_recall": 0.86,
    "measure_right": 0.81,
}
# written blind by writer164 in session 77 at 1a454dab (its BEFORE.txt), kept out of sight while round 137 was
# made and measured on the committed sets; floors a little under the score after it (SEALED164.txt)
SEALED164_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.84,
    "figure_recall": 0.96,
    "figure_precision": 0.96,
    "topic_recall": 0.92,
    "measure_right": 0.87,
}
# written blind by writer165 in session 77 at 1a454dab (its BEFORE.txt), kept out of sight while round 137 was
# made and measured on the committed sets; floors a little under the score after it (SEALED165.txt)
SEALED165_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.91,
    "figure_recall": 0.95,
    "figure_precision": 0.92,
    "topic_recall": 0.91,
    "measure_right": 0.82,
}
# written blind by writer166 in session 77 at 1a454dab (its BEFORE.txt), kept out of sight while round 137 was
# made and measured on the committed sets; floors a little under the score after it (SEALED166.txt)
SEALED166_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.88,
    "figure_recall": 0.97,
    "figure_precision": 0.99,
    "topic_recall": 0.92,
    "measure_right": 0.82,
}
# written blind by writer167 in session 77 at 1a454dab (its BEFORE.txt), kept out of sight while round 137 was
# made and measured on the committed sets; floors a little under the score after it (SEALED167.txt)
SEALED167_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.86,
    "figure_recall": 0.92,
    "figure_precision": 0.95,
    "topic_recall": 0.91,
    "measure_right": 0.87,
}
# written blind by writer168 in session 77 at 1a454dab (its BEFORE.txt), kept out of sight while round 137 was
# made and measured on the committed sets; floors a little under the score after it (SEALED168.txt)
SEALED168_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.85,
    "figure_recall": 0.85,
    "figure_precision": 0.93,
    "topic_recall": 0.83,
    "measure_right": 0.87,
}
# written blind by writer169 in session 78 at 2809afb1 (its BEFORE.txt), kept out of sight while rounds 139–140 were
# made and measured on the committed sets; floors a little under the score after it (SEALED169.txt)
SEALED169_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.93,
    "figure_recall": 0.94,
    "figure_precision": 0.92,
    "topic_recall": 0.85,
    "measure_right": 0.67,
}
# written blind by writer170 in session 78 at 2809afb1 (its BEFORE.txt), kept out of sight while rounds 139–140 were
# made and measured on the committed sets; floors a little under the score after it (SEALED170.txt)
SEALED170_FLOORS = {
    "date_recall": 0.91,
    "date_precision": 0.91,
    "figure_recall": 0.99,
    "figure_precision": 0.94,
    "topic_recall": 0.94,
    "measure_right": 0.84,
}
# written blind by writer171 in session 78 at 2809afb1 (its BEFORE.txt), kept out of sight while rounds 139–140 were
# made and measured on the committed sets; floors a little under the score after it (SEALED171.txt)
SEALED171_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.89,
    "figure_recall": 0.97,
    "figure_precision": 0.93,
    "topic_recall": 0.89,
    "measure_right": 0.83,
}
# written blind by writer172 in session 78 at 2809afb1 (its BEFORE.txt), kept out of sight while rounds 139–140 were
# made and measured on the committed sets; floors a little under the score after it (SEALED172.txt)
SEALED172_FLOORS = {
    "date_recall": 0.85,
    "date_precision": 0.91,
    "figure_recall": 0.92,
    "figure_precision": 0.95,
    "topic_recall": 0.86,
    "measure_right": 0.82,
}
# written blind by writer173 in session 78 at 2809afb1 (its BEFORE.txt), kept out of sight while rounds 139–140 were
# made and measured on the committed sets; floors a little under the score after it (SEALED173.txt)
SEALED173_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.9,
    "figure_recall": 0.92,
    "figure_precision": 0.92,
    "topic_recall": 0.89,
    "measure_right": 0.75,
}
# written blind by writer174 in session 78 at 2809afb1 (its BEFORE.txt), kept out of sight while rounds 139–140 were
# made and measured on the committed sets; floors a little under the score after it (SEALED174.txt)
SEALED174_FLOORS = {
    "date_recall": 0.92,
    "date_precision": 0.92,
    "figure_recall": 0.92,
    "figure_precision": 0.96,
    "topic_recall": 0.82,
    "measure_right": 0.74,
}
# written blind by writer175 in session 78 (second batch) at f8fdaa6b (its BEFORE.txt), once round
# 141 was made without them; floors a little under the score with round 141 (SEALED175.txt)
SEALED175_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.89,
    "figure_recall": 0.94,
    "figure_precision": 0.93,
    "topic_recall": 0.84,
    "measure_right": 0.79,
}
# written blind by writer176 in session 78 (second batch) at f8fdaa6b (its BEFORE.txt), once round
# 141 was made without them; floors a little under the score with round 141 (SEALED176.txt)
SEALED176_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.81,
    "figure_recall": 0.95,
    "figure_precision": 0.94,
    "topic_recall": 0.84,
    "measure_right": 0.58,
}
# written blind by writer177 in session 78 (second batch) at f8fdaa6b (its BEFORE.txt), once round
# 141 was made without them; floors a little under the score with round 141 (SEALED177.txt)
SEALED177_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.82,
    "figure_recall": 0.95,
    "figure_precision": 0.95,
    "topic_recall": 0.89,
    "measure_right": 0.8,
}
# written blind by writer178 in session 78 (second batch) at f8fdaa6b (its BEFORE.txt), once round
# 141 was made without them; floors a little under the score with round 141 (SEALED178.txt)
SEALED178_FLOORS = {
    "date_recall": 0.9,
    "date_precision": 0.94,
    "figure_recall": 0.97,
    "figure_precision": 0.97,
    "topic_recall": 0.92,
    "measure_right": 0.89,
}
# written blind by writer179 in session 78 (second batch) at f8fdaa6b (its BEFORE.txt), once round
# 141 was made without them; floors a little under the score with round 141 (SEALED179.txt)
SEALED179_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.9,
    "figure_recall": 0.96,
    "figure_precision": 0.93,
    "topic_recall": 0.93,
    "measure_right": 0.82,
}
# written blind by writer180 in session 78 (second batch) at f8fdaa6b (its BEFORE.txt), once round
# 141 was made without them; floors a little under the score with round 141 (SEALED180.txt)
SEALED180_FLOORS = {
    "date_recall": 0.88,
    "date_precision": 0.85,
    "figure_recall": 0.96,
    "figure_precision": 0.94,
    "topic_recall": 0.89,
    "measure_right": 0.79,
}
# written blind by writer181 in session 79 at 122403bc (its BEFORE.txt), while rounds 142–144 were
# made without them; floors a little under the score with round 144 (SEALED181.txt)
SEALED181_FLOORS = {
    "date_recall": 0.8,
    "date_precision": 0.84,
    "figure_recall": 0.89,
    "figure_precision": 0.9,
    "topic_recall": 0.86,
    "measure_right": 0.79,
}
# written blind by writer182 in session 79 at 122403bc (its BEFORE.txt), while rounds 142–144 were
# made without them; floors a little under the score with round 144 (SEALED182.txt)
SEALED182_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.84,
    "figure_recall": 0.91,
    "figure_precision": 0.9,
    "topic_recall": 0.84,
    "measure_right": 0.8,
}
# written blind by writer183 in session 79 at 122403bc (its BEFORE.txt), while rounds 142–144 were
# made without them; floors a little under the score with round 144 (SEALED183.txt)
SEALED183_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.91,
    "figure_recall": 0.86,
    "figure_precision": 0.96,
    "topic_recall": 0.76,
    "measure_right": 0.71,
}
# written blind by writer184 in session 79 at 122403bc (its BEFORE.txt), while rounds 142–144 were
# made without them; floors a little under the score with round 144 (SEALED184.txt)
SEALED184_FLOORS = {
    "date_recall": 0.81,
    "date_precision": 0.86,
    "figure_recall": 0.94,
    "figure_precision": 0.65,
    "topic_recall": 0.9,
    "measure_right": 0.82,
}
# written blind by writer185 in session 79 at 122403bc (its BEFORE.txt), while rounds 142–144 were
# made without them; floors a little under the score with round 144 (SEALED185.txt)
SEALED185_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.88,
    "figure_recall": 0.93,
    "figure_precision": 0.91,
    "topic_recall": 0.88,
    "measure_right": 0.69,
}
# written blind by writer186 in session 79 at 122403bc (its BEFORE.txt), while rounds 142–144 were
# made without them; floors a little under the score with round 144 (SEALED186.txt)
SEALED186_FLOORS = {
    "date_recall": 0.89,
    "date_precision": 0.89,
    "figure_recall": 0.97,
    "figure_precision": 0.87,
    "topic_recall": 0.95,
    "measure_right": 0.76,
}
# written blind by writer187 in session 80 at 6f52397b (its BEFORE.txt), while rounds 146–149 were
# made without them; floors a little under the score after them (SEALED187.txt)
SEALED187_FLOORS = {
    "date_recall": 0.79,
    "date_precision": 0.88,
    "figure_recall": 0.88,
    "figure_precision": 0.87,
    "topic_recall": 0.81,
    "measure_right": 0.74,
}
# written blind by writer188 in session 80 at 6f52397b (its BEFORE.txt), while rounds 146–149 were
# made without them; floors a little under the score after them (SEALED188.txt)
SEALED188_FLOORS = {
    "date_recall": 0.87,
    "date_precision": 0.88,
    "figure_recall": 0.97,
    "figure_precision": 0.91,
    "topic_recall": 0.89,
    "measure_right": 0.74,
}
# written blind by writer189 in session 80 at 6f52397b (its BEFORE.txt), while rounds 146–149 were
# made without them; floors a little under the score after them (SEALED189.txt)
SEALED189_FLOORS = {
    "date_recall": 0.84,
    "date_precision": 0.84,
    "figure_recall": 0.93,
    "figure_precision": 0.92,
    "topic_recall": 0.86,
    "measure_right": 0.88,
}
# written blind by writer190 in session 80 at 6f52397b (its BEFORE.txt), while rounds 146–149 were
# made without them; floors a little under the score after them (SEALED190.txt)
SEALED190_FLOORS = {
    "date_recall": 0.83,
    "date_precision": 0.85,
    "figure_recall": 0.94,
    "figure_precision": 0.9,
    "topic_recall": 0.86,
    "measure_right": 0.77,
}
# written blind by writer191 in session 80 at 6f52397b (its BEFORE.txt), while rounds 146–149 were
# made without them; floors a little under the score after them (SEALED191.txt)
SEALED191_FLOORS = {
    "date_recall": 0.86,
    "date_precision": 0.82,
    "figure_recall": 0.92,
    "figure_precision": 0.96,
    "topic_recall": 0.87,
    "measure_right": 0.78,
}
# written blind by writer192 in session 80 at 6f52397b (its BEFORE.txt), while rounds 146–149 were
# made without them; floors a little under the score after them (SEALED192.txt)
SEALED192_FLOORS = {
    "date_recall": 0.79,
    "date_precision": 0.87,
    "figure_recall": 0.95,
    "figure_precision": 0.95,
    "topic_recall": 0.88,
    "measure_right": 0.68,
}
FLOORS_BY_SET = {
    DEV: FLOORS,
    SEALED: SEALED_FLOORS,
    SEALED2: SEALED2_FLOORS,
    SEALED3: SEALED3_FLOORS,
    SEALED4: SEALED4_FLOORS,
    SEALED5: SEALED5_FLOORS,
    SEALED6: SEALED6_FLOORS,
    SEALED7: SEALED7_FLOORS,
    SEALED8: SEALED8_FLOORS,
    SEALED9: SEALED9_FLOORS,
    SEALED10: SEALED10_FLOORS,
    SEALED11: SEALED11_FLOORS,
    SEALED12: SEALED12_FLOORS,
    SEALED13: SEALED13_FLOORS,
    SEALED14: SEALED14_FLOORS,
    SEALED15: SEALED15_FLOORS,
    SEALED16: SEALED16_FLOORS,
    SEALED17: SEALED17_FLOORS,
    SEALED18: SEALED18_FLOORS,
    SEALED19: SEALED19_FLOORS,
    SEALED20: SEALED20_FLOORS,
    SEALED21: SEALED21_FLOORS,
    SEALED22: SEALED22_FLOORS,
    SEALED23: SEALED23_FLOORS,
    SEALED24: SEALED24_FLOORS,
    SEALED25: SEALED25_FLOORS,
    SEALED26: SEALED26_FLOORS,
    SEALED27: SEALED27_FLOORS,
    SEALED28: SEALED28_FLOORS,
    SEALED29: SEALED29_FLOORS,
    SEALED30: SEALED30_FLOORS,
    SEALED31: SEALED31_FLOORS,
    SEALED32: SEALED32_FLOORS,
    SEALED33: SEALED33_FLOORS,
    SEALED34: SEALED34_FLOORS,
    SEALED35: SEALED35_FLOORS,
    SEALED36: SEALED36_FLOORS,
    SEALED37: SEALED37_FLOORS,
    SEALED38: SEALED38_FLOORS,
    SEALED39: SEALED39_FLOORS,
    SEALED40: SEALED40_FLOORS,
    SEALED41: SEALED41_FLOORS,
    SEALED42: SEALED42_FLOORS,
    SEALED43: SEALED43_FLOORS,
    SEALED44: SEALED44_FLOORS,
    SEALED45: SEALED45_FLOORS,
    SEALED46: SEALED46_FLOORS,
    SEALED47: SEALED47_FLOORS,
    SEALED48: SEALED48_FLOORS,
    SEALED51: SEALED51_FLOORS,
    SEALED49: SEALED49_FLOORS,
    SEALED50: SEALED50_FLOORS,
    SEALED52: SEALED52_FLOORS,
    SEALED53: SEALED53_FLOORS,
    SEALED54: SEALED54_FLOORS,
    SEALED55: SEALED55_FLOORS,
    SEALED56: SEALED56_FLOORS,
    SEALED57: SEALED57_FLOORS,
    SEALED58: SEALED58_FLOORS,
    SEALED59: SEALED59_FLOORS,
    SEALED60: SEALED60_FLOORS,
    SEALED61: SEALED61_FLOORS,
    SEALED62: SEALED62_FLOORS,
    SEALED63: SEALED63_FLOORS,
    SEALED64: SEALED64_FLOORS,
    SEALED65: SEALED65_FLOORS,
    SEALED66: SEALED66_FLOORS,
    SEALED67: SEALED67_FLOORS,
    SEALED68: SEALED68_FLOORS,
    SEALED69: SEALED69_FLOORS,
    SEALED73: SEALED73_FLOORS,
    SEALED74: SEALED74_FLOORS,
    SEALED75: SEALED75_FLOORS,
    SEALED76: SEALED76_FLOORS,
    SEALED77: SEALED77_FLOORS,
    SEALED78: SEALED78_FLOORS,
    SEALED79: SEALED79_FLOORS,
    SEALED80: SEALED80_FLOORS,
    SEALED81: SEALED81_FLOORS,
    SEALED82: SEALED82_FLOORS,
    SEALED83: SEALED83_FLOORS,
    SEALED84: SEALED84_FLOORS,
    SEALED85: SEALED85_FLOORS,
    SEALED86: SEALED86_FLOORS,
    SEALED87: SEALED87_FLOORS,
    SEALED88: SEALED88_FLOORS,
    SEALED89: SEALED89_FLOORS,
    SEALED90: SEALED90_FLOORS,
    SEALED91: SEALED91_FLOORS,
    SEALED92: SEALED92_FLOORS,
    SEALED93: SEALED93_FLOORS,
    SEALED97: SEALED97_FLOORS,
    SEALED98: SEALED98_FLOORS,
    SEALED99: SEALED99_FLOORS,
    SEALED100: SEALED100_FLOORS,
    SEALED101: SEALED101_FLOORS,
    SEALED102: SEALED102_FLOORS,
    SEALED103: SEALED103_FLOORS,
    SEALED104: SEALED104_FLOORS,
    SEALED105: SEALED105_FLOORS,
    SEALED106: SEALED106_FLOORS,
    SEALED107: SEALED107_FLOORS,
    SEALED108: SEALED108_FLOORS,
    SEALED109: SEALED109_FLOORS,
    SEALED110: SEALED110_FLOORS,
    SEALED111: SEALED111_FLOORS,
    SEALED112: SEALED112_FLOORS,
    SEALED113: SEALED113_FLOORS,
    SEALED114: SEALED114_FLOORS,
    SEALED115: SEALED115_FLOORS,
    SEALED116: SEALED116_FLOORS,
    SEALED117: SEALED117_FLOORS,
    SEALED118: SEALED118_FLOORS,
    SEALED119: SEALED119_FLOORS,
    SEALED120: SEALED120_FLOORS,
    SEALED121: SEALED121_FLOORS,
    SEALED122: SEALED122_FLOORS,
    SEALED123: SEALED123_FLOORS,
    SEALED124: SEALED124_FLOORS,
    SEALED125: SEALED125_FLOORS,
    SEALED126: SEALED126_FLOORS,
    SEALED127: SEALED127_FLOORS,
    SEALED128: SEALED128_FLOORS,
    SEALED129: SEALED129_FLOORS,
    SEALED130: SEALED130_FLOORS,
    SEALED131: SEALED131_FLOORS,
    SEALED132: SEALED132_FLOORS,
    SEALED133: SEALED133_FLOORS,
    SEALED134: SEALED134_FLOORS,
    SEALED135: SEALED135_FLOORS,
    SEALED136: SEALED136_FLOORS,
    SEALED137: SEALED137_FLOORS,
    SEALED138: SEALED138_FLOORS,
    SEALED139: SEALED139_FLOORS,
    SEALED140: SEALED140_FLOORS,
    SEALED141: SEALED141_FLOORS,
    SEALED142: SEALED142_FLOORS,
    SEALED143: SEALED143_FLOORS,
    SEALED144: SEALED144_FLOORS,
    SEALED145: SEALED145_FLOORS,
    SEALED146: SEALED146_FLOORS,
    SEALED147: SEALED147_FLOORS,
    SEALED148: SEALED148_FLOORS,
    SEALED149: SEALED149_FLOORS,
    SEALED150: SEALED150_FLOORS,
    SEALED151: SEALED151_FLOORS,
    SEALED152: SEALED152_FLOORS,
    SEALED153: SEALED153_FLOORS,
    SEALED154: SEALED154_FLOORS,
    SEALED155: SEALED155_FLOORS,
    SEALED156: SEALED156_FLOORS,
    SEALED157: SEALED157_FLOORS,
    SEALED158: SEALED158_FLOORS,
    SEALED159: SEALED159_FLOORS,
    SEALED160: SEALED160_FLOORS,
    SEALED161: SEALED161_FLOORS,
    SEALED162: SEALED162_FLOORS,
    SEALED163: SEALED163_FLOORS,
    SEALED164: SEALED164_FLOORS,
    SEALED165: SEALED165_FLOORS,
    SEALED166: SEALED166_FLOORS,
    SEALED167: SEALED167_FLOORS,
    SEALED168: SEALED168_FLOORS,
    SEALED169: SEALED169_FLOORS,
    SEALED170: SEALED170_FLOORS,
    SEALED171: SEALED171_FLOORS,
    SEALED172: SEALED172_FLOORS,
    SEALED173: SEALED173_FLOORS,
    SEALED174: SEALED174_FLOORS,
    SEALED175: SEALED175_FLOORS,
    SEALED176: SEALED176_FLOORS,
    SEALED177: SEALED177_FLOORS,
    SEALED178: SEALED178_FLOORS,
    SEALED179: SEALED179_FLOORS,
    SEALED180: SEALED180_FLOORS,
    SEALED181: SEALED181_FLOORS,
    SEALED182: SEALED182_FLOORS,
    SEALED183: SEALED183_FLOORS,
    SEALED184: SEALED184_FLOORS,
    SEALED185: SEALED185_FLOORS,
    SEALED186: SEALED186_FLOORS,
    SEALED187: SEALED187_FLOORS,
    SEALED188: SEALED188_FLOORS,
    SEALED189: SEALED189_FLOORS,
    SEALED190: SEALED190_FLOORS,
    SEALED191: SEALED191_FLOORS,
    SEALED192: SEALED192_FLOORS,
}
# rev28 C4: an amendment only ever adds items or readings, so one written for what extract now outputs would lift the
# score a floor above holds. Each set's AMEND.yaml is pinned (item count, SHA-256): a new amendment is a deliberate
# edit here, which the lead signs (benchmarks/heldout/README.md, « Amendments »). A set without one: None.
AMENDMENTS_PINNED: dict[Path, tuple[int, str] | None] = {
    DEV: (3, "6ca98c49a6d8df5dfedcf00361708c7924dc533de136a5eec188c2938301e78c"),
    SEALED: (2, "8b42978a7f396bb5e148dfb0c2992c5497a496bd18d837094d8d5387605507f0"),
    SEALED2: (8, "5822c66982c39c4cf03c500240d6e65e9920064d97270e2d49c6e362aa34d308"),
    SEALED3: (6, "c02076c66c5d43fb921cb739efe4534422689fab7d7b7084810e24b3d1921925"),
    SEALED4: (3, "b7ce6b0b6b78fbdadc1b18d70bcd2044d506a363c7fe844dc5eeeebcd05f5c4c"),
    SEALED5: (3, "1428f4a8edc519b5a773354179c961b15bb1340d619ec6deb1626d5e93da1558"),
    SEALED6: (3, "5a8dc11f9eb55874f2e31c7060d62918dd8f792849eeb777617aee1438206f6c"),
    SEALED7: (2, "9254821bcf65da13eaaf571112dd87187bdc911e269c43ae0d487fdbb1ca148c"),
    SEALED8: (1, "541f35dd826c88738c42c061936e9c21c95644411a67169419b651a2f8c05f75"),
    SEALED9: (4, "371eb700778dfae390d7e40f80e23fb58390e2f0b7750056661d5e152a73dcf3"),
    SEALED10: (5, "7fa35ee9fafcafdb36ddc345c43466a9929793a53b5a6132c181e2601b4e8605"),
    SEALED11: (1, "fcdc154a48a55a8a05fb26818c31f69a222ab1d4c12d0725d95a85d044ff82ed"),
    SEALED12: (10, "9bb0bafdadba505af9ac8945bf0ff2f3a17c1af72eb49b34e1770fbff317b764"),
    SEALED13: (3, "bf1759b6eaa3b019ab52956ddabb2dc4ee7eb481868ac5808ad561bfbc76546b"),
    SEALED14: (8, "f54d57dade8bcd6f6650ae459eafb7f8859b605dc20594dc23bfa821e65bef3e"),
    SEALED15: (7, "7e7c52ba312c7e01a8276157c43b7e6cf084f19fb1e9a32f638769ad212dbb12"),
    SEALED16: (9, "d7ec55443a6d97fc7b80d33de657392962cb4b6f786810ca1e4d18c77b30aaa9"),
    SEALED17: (6, "d5d54e044fa762d31689b7e1da49d770fccf7a74d4d9c2ba5e92ca6081f6d05f"),
    SEALED18: (5, "a1e47ca221a13ab31fb67875f309958def2615d1867a0f9ca8e67149139fdeca"),
    SEALED19: (7, "6aeb9ac4154a3d7dfcc89f360584054e968fb763ec7d4c3ef45fec250b8a1d02"),
    SEALED20: (8, "01c2af0f5adb46a9d66c2f6aa9d974b10cbfc9780e6c4589afd059ee7d5a7263"),
    SEALED21: (2, "5ca9013a03b94a3c03e12aab344b780fb2aa9b61ac6fe2da3199f066c2d242cf"),
    SEALED22: (7, "4f844eba8bbf99b69e785aeac8ef8f8f672daafb55d25f5943e62ccc3c6507d0"),
    SEALED23: (5, "cfdfbd8371279b550b6e72336c1179485d5f6f876c1705570b8211b94c6831ca"),
    SEALED24: (6, "3f6796290ddb9035a84e1da8cd5156b8fd56051b5adad5fe2295cc9cd7a7c714"),
    SEALED25: (12, "75474e81ec6f76920bcda39f175cbc9b6de5032bc737bba42c97d6593e76faea"),
    SEALED26: (15, "8ccaea3a0644cf24179335c826f73c5d32c742fa4e2eebc24a494b3af37d7e1a"),
    SEALED27: (7, "62ef12421ad59a15267552d4446dc9208705473f5874ddbcb5b9bf253bc0075e"),
    SEALED28: (4, "fa7d5c0c85cfd9dc316c4082a01d051f440e2add169e84b203bf8118ee001dea"),
    SEALED29: (7, "346967551179800d1621b3c12e979409acd7dfe2515cd04b338bbe0578a01e32"),
    SEALED30: (4, "2364a3fc66604ff713b5e25ad4c1aeaa460299f48027d6997f7d0cd67b26a82a"),
    SEALED31: (6, "f70d7b615b5fe2724261350250bf2c5fc2e359473ea23c4c0326cea9831a0d82"),
    SEALED32: (4, "e7c9ee1c69142266426739548d546c666136c6d5928555b35d0bfef8ef264320"),
    SEALED33: (4, "e585f92a163467715d792008ed7b946fe33927a1318073683c64d48f53f9dd17"),
    SEALED34: (9, "18851177e839b23896f4654f63003038a1a5ab3ebb2fbdfb360f4f23139abb72"),
    SEALED35: (7, "c047d25ae0c06b4884cae79575ed3fe985f0b462d7b0b92c03ce768328c6f00d"),
    SEALED36: (10, "d0a33be5754b787a9bd8fe4907805d57cc63e24ea10fbddcf0cee8182ee677b4"),
    SEALED37: (8, "2f664653fbb173d435d7f3bf76023c10b07316fbf34f43748e8f564bb9545d48"),
    SEALED38: (5, "bf4ea84d49083beb241b19af425c1d7c7c72512313d2bf3879ee5bc72bfbcd00"),
    SEALED39: (6, "d4f680af826411d510830033d4345c44cc16c97046cbf536dc5d8a367c0285ea"),
    SEALED40: (3, "5c56cf6d910fbb9cfbfde6516d922d6fb5d001f2cdc8bd2295f757ceadf5cb10"),
    SEALED41: (1, "ebab9be0cdaca11a24fc64e17ef0687663555f84dfb89e9bc619ad4362b1df8d"),
    SEALED42: (14, "23596f9d2293529fd80666b87a96b3c15c9dff3ab32558135909fa3b5f8d6823"),
    SEALED43: (15, "f6c32778310996be783c102e281193616ca8415d255ed9ac691cf4c6f1f027c7"),
    SEALED44: (12, "723f8c4e3ed9b068c31a3951377f8432611feccaa1b0c03a0e5a976fdcaf2248"),
    SEALED45: (6, "5c12128f314d77306394d5a125f9f161164b78abaf3b803810c635d0c4795df3"),
    SEALED46: (17, "deca02fb8faf44fedf7d2676bd4b1a5d89b26722c43d2629a576043f0634ae9e"),
    SEALED47: (9, "7c26eadc5ee8a36fbce9be231c52f8fb03648b2dd52b9b193f08394c9ba4ce72"),
    SEALED48: (15, "62a70e47be77ad93fbf6e42918ad7d68929c724460d5c3a66ef0529188733e66"),
    SEALED51: (6, "e99b3b6d9e3bde8529f196c9bca0e9eb34404a7af8588f889aef4b3ff000a754"),
    SEALED49: (8, "668a2df5901a09215bfce90b452aa468216187802b9411b7c513dd7e3028288b"),
    SEALED50: (9, "f18f4e41f42868c1276b0370ee8d9b066977692abc475c41c8b475b69ad56dbd"),
    SEALED52: (6, "f53c4d82943510ec26b64dac35736c5cc9f90741214f63027e99ac8f1faa4b07"),
    SEALED53: (11, "e6a4797835fbbcd8bae9ba05517285f374861da6cc96c8d01f4a45d504301cca"),
    SEALED54: (10, "3d1338165088220fa1a55f31427eb888d13dc8efba7fe1a0cf0fd1892d784490"),
    SEALED55: (17, "b49bb664e454a355606e2a38da022595a3bd5a27a94bd01c86300c0755a5659c"),
    SEALED56: (3, "b1363d9491d32f09f83e83d732e15dc7f99bc8abab757935d1bd38a52175a9c3"),
    SEALED57: (8, "97dfb7f999487f9d8fa8bfa3601cfe752a96c08a99432f8c57c51ab98fd3f8e6"),
    SEALED58: (14, "fc3ad4066311fd3f4bb7d400702994aa0cb1476d47af224bc516f4124bf4d657"),
    SEALED59: (7, "77d3850aa808e133e747ee6e33d0749657aea6326060f3ce6f51ef9c7fd7a670"),
    SEALED60: (30, "be19260e6691963f49e27c0d07ef2d87146222a14afc65f44bbe26ba28954b31"),
    SEALED61: (19, "d9b12c0b186e1dbdece1bed30d4157750d30cfdd08f245dd731af22287b84b43"),
    SEALED62: (4, "ed4e2aabd726e37d45dab859fbb2c8ecb874ee1e42ad835b454396ca276540a6"),
    SEALED63: (12, "97135a14041940c965c2192e7d8907fd13d478b59bf2f4899ec96c3fcf1aa0ee"),
    SEALED64: (10, "81670056a2f69437030804d8fbcf4a37af235fa414da57c5ebb65ba5cf523fc0"),
    SEALED65: (5, "c5fb18785556d72f72811e9b05a7f5bf5e964b4d07c074af30222f76107e58c0"),
    SEALED66: (7, "491399982ed8370d08cf1e8dc10dc652399e76b3d0a2666df79c649355ab28cd"),
    SEALED67: (10, "f62ad12c9e94f431fe7b7111f42b2d8992a60595e0ed67a1b3f1fb83b68169f7"),
    SEALED68: (14, "297f19cb5f3dad19572240f31149aed12eddce5a16361245abdec74f5c300862"),
    SEALED69: (15, "a060aa11cd210691fa64dad6557f22169f0f2e55fda308f3debd426a6e05709c"),
    SEALED73: (10, "2679eba19466a219121b791a7c04572a62db5b4cc0b2dc9161cb1c67ef2b1309"),
    SEALED74: (6, "939d92b906b08c6f39f021561df2b3e15a0c5d565e9251f5ad9f904cde30a3a9"),
    SEALED75: (8, "ae17f388e29408baeeb7728bdce52b7042ea7650abda056a14af78b989cfd30f"),
    SEALED76: (6, "4230b978bd44e747e8e57755d54fefb893a6cec51ada45ed941afb21e0212cd7"),
    SEALED77: (5, "3c6f527e2099956d4054e36224dc6f38eee9d6bdafeb0a0bd7764eade276d361"),
    SEALED78: (10, "3474659051fab89c114f87d7cc6db9b82ae5e6c1dba8e73cb00a13f83079d034"),
    SEALED79: (3, "fa48f3c2b32de9ed50ad02875f3481f4f892ec2c68c7133bca6e83ddbc98ec3b"),
    SEALED80: (2, "9d9b1a4f7a4ae58802cac67603f77a1fada6a56495dd86bdb72245bd563a558e"),
    SEALED81: (8, "29565a03a13bd7cc416f4d6299b637fa2f7f93c65606d980fa85d961f3532826"),
    SEALED82: (3, "5e1d314d71c316af2883b0444d57556d468873d14259f90751179064bdcc5610"),
    SEALED83: (2, "fd755738470e3f7665e99ecb8b65ed22074794a95dc8896212375d419f29f3bf"),
    SEALED84: (2, "d2928915150dcd7e60c9a5964a40fd4d8aa57bef13f16e5d45ab7efe7cbbaf98"),
    SEALED85: (2, "56673f44c4826d093b011edc216c7d0258bfd666d09adb1aef63bb64739bb3b1"),
    SEALED86: (2, "e44f0a70d5c85ecdbe52acfcf387c84b34484a3467d04e35007f54190c13f095"),
    SEALED87: (3, "9abd89ec1f8fc9b555e11df348369a09fd6526e700fb24c653653cd1f43f31ff"),
    SEALED88: (3, "9f1a109bca3fe3a6f303d708ba2c1425396e3f15f5bdfa81ac8703a3761fd924"),
    SEALED89: (11, "bcd975cf6900335cedf79af7bea88e9a6e45e321db167a2b775740263f558e6c"),
    SEALED90: (5, "3720f61b1ce069bb278d04b0a896fd213e3f1431d14276545980f77b863b7206"),
    SEALED91: None,
    SEALED92: None,
    SEALED93: None,
    SEALED97: None,
    SEALED98: None,
    SEALED99: None,
    SEALED100: None,
    SEALED101: None,
    SEALED102: None,
    SEALED103: None,
    SEALED104: None,
    SEALED105: None,
    SEALED106: None,
    SEALED107: None,
    SEALED108: None,
    SEALED109: None,
    SEALED110: None,
    SEALED111: None,
    SEALED112: None,
    SEALED113: None,
    SEALED114: None,
    SEALED115: None,
    SEALED116: None,
    SEALED117: None,
    SEALED118: None,
    SEALED119: None,
    SEALED120: None,
    SEALED121: None,
    SEALED122: None,
    SEALED123: None,
    SEALED124: None,
    SEALED125: None,
    SEALED126: None,
    SEALED127: None,
    SEALED128: None,
    SEALED129: None,
    SEALED130: None,
    SEALED131: None,
    SEALED132: None,
    SEALED133: None,
    SEALED134: None,
    SEALED135: None,
    SEALED136: None,
    SEALED137: None,
    SEALED138: None,
    SEALED139: None,
    SEALED140: None,
    SEALED141: None,
    SEALED142: None,
    SEALED143: None,
    SEALED144: None,
    SEALED145: None,
    SEALED146: None,
    SEALED147: None,
    SEALED148: None,
    SEALED149: None,
    SEALED150: None,
    SEALED151: None,
    SEALED152: None,
    SEALED153: None,
    SEALED154: None,
    SEALED155: None,
    SEALED156: None,
    SEALED157: None,
    SEALED158: None,
    SEALED159: None,
    SEALED160: None,
    SEALED161: None,
    SEALED162: None,
    SEALED163: None,
    SEALED164: None,
    SEALED165: None,
    SEALED166: None,
    SEALED167: None,
    SEALED168: None,
    SEALED169: None,
    SEALED170: None,
    SEALED171: None,
    SEALED172: None,
    SEALED173: None,
    SEALED174: None,
    SEALED175: None,
    SEALED176: None,
    SEALED177: None,
    SEALED178: None,
    SEALED179: None,
    SEALED180: None,
    SEALED181: None,
    SEALED182: None,
    SEALED183: None,
    SEALED184: None,
    SEALED185: None,
    SEALED186: None,
    SEALED187: None,
    SEALED188: None,
    SEALED189: None,
    SEALED190: None,
    SEALED191: None,
    SEALED192: None,
}
# The lead's round-19 decision (an approximation before a coordination's first member carries to a bare later one,
# docs/curating.md) adds one `also_kinds` to dev h07, sealed6 v04, sealed8 x04, sealed12 r04, two to sealed10 z09;
# signed by the lead with them (carry40 proposed them): the same for sealed h11, sealed7 w02, sealed10 z17, z19, sealed11 q05, sealed12 r16,
# sealed13 s04 (the same pattern, read exact by their truths; WRONG without it).
# The sets with amendments, scored as frozen (`--raw`), floors a little under that measurement (and never above the
# amended floor): dates recall, precision, figures recall, precision measured at rev28 (main at a8989a3):
# dev 105/105, 116/118, 76/76, 76/76; sealed 33/33, 38/39, 19/19, 19/19; sealed2 123/123, 133/140, 68/68, 68/68;
# sealed3 159/159, 173/183, 83/83, 83/84; sealed4 193/199, 203/208, 114/114, 114/114; sealed5 179/187, 195/210,
# 102/108, 102/105; sealed6 136/138, 153/158, 96/101, 96/100; sealed7 188/191, 199/202, 108/117, 108/109; sealed9
# 190/207, 206/226, 102/111, 102/113; sealed12 209/225, 233/250, 108/114, 108/110.
# Round 30 (the lead's convention: a sum of money is a figure only when a topic of the store measures money; none of the
# shipped store's does): figure recall as frozen falls by the sums these sets list as figures, floors a little under
# it: sealed3 77/83, sealed4 97/114, sealed5 94/108, sealed6 86/101, sealed7 91/117, sealed8 91/119, sealed9 87/111,
# sealed10 99/123, sealed11 96/118, sealed12 96/114 (sealed13 102/120 and dev 73/76 stay above theirs).
_RAW_KEYS = ("date_recall", "date_precision", "figure_recall", "figure_precision")
RAW_FLOORS: dict[Path, dict[str, float]] = {
    folder: dict(zip(_RAW_KEYS, floors, strict=True))
    for folder, floors in {
        # dev's raw figure recall LOWERED 0.95 -> 0.94 by round 36: 72/76 as frozen, « des pertes notables » (h04) no
        # longer drafted (ROUND36.txt: 23 such plurals across the sets were no truth's figure)
        DEV: (0.95, 0.97, 0.94, 0.95),
        # 18/19, 18/19 since the round-19 carry (h11's « 240 » read approximate); date precision LOWERED 0.96 -> 0.93 by
        # round 126: 37/39 as frozen, h03's « dans les prochaines semaines » (SEALED_FLOORS)
        SEALED: (0.95, 0.93, 0.94, 0.94),
        SEALED2: (0.95, 0.94, 0.95, 0.95),
        SEALED3: (0.96, 0.93, 0.91, 0.95),
        # sealed4's raw date precision LOWERED 0.96 -> 0.95 by round 108: 203/212 as frozen, t12's « dans les mois à
        # venir » and « dans les prochains mois » read three months by its truth, half a year now (ROUND108.txt)
        SEALED4: (0.95, 0.95, 0.84, 0.96),
        SEALED5: (0.92, 0.91, 0.86, 0.95),  # round 35: dates as frozen 195/213 (u15's false month, ROUND35.txt)
        SEALED6: (0.96, 0.95, 0.84, 0.93),
        SEALED7: (0.96, 0.97, 0.76, 0.97),
        SEALED9: (0.9, 0.9, 0.77, 0.86),
        SEALED12: (0.91, 0.93, 0.83, 0.96),
        # the round-19 carry's amendments (as frozen: sealed8 151/165, 167/172, 112/119, 112/114; sealed10 219/229,
        # 246/258, 113/123, 113/122)
        SEALED8: (0.91, 0.94, 0.75, 0.97),
        SEALED10: (0.94, 0.94, 0.79, 0.92),
        # sealed11 222/239, 242/266, 109/118, 109/111; sealed13 210/219, 243/258, 109/120, 109/119
        SEALED11: (0.9, 0.91, 0.80, 0.96),
        SEALED13: (0.95, 0.93, 0.85, 0.9),
        # the lead's session-55 calls, where truths disagree on a convention (both readings right; as frozen: sealed24
        # 162/176, 183/207, 68/69, 68/71; sealed37 161/172, 186/195, 76/79, 76/80; sealed42 241/275, 276/314, 65/66, 65/72)
        SEALED24: (0.91, 0.87, 0.97, 0.94),
        # sealed37's raw date precision LOWERED 0.94 -> 0.9 by the session-68 call (as frozen 186/203: its announced
        # events' days, chrome there, are drafted now)
        SEALED37: (0.93, 0.9, 0.94, 0.94),
        SEALED42: (0.86, 0.86, 0.97, 0.89),
        # sealed64 as frozen (--raw) after rounds 93-95: 236/247, 262/289, 89/91, 89/97, j04's one WRONG (AMEND.yaml)
        SEALED64: (0.94, 0.89, 0.96, 0.9),
        SEALED61: (0.83, 0.78, 0.96, 0.91),
        # the lead's session-60 call on sealed56 z18's « 1 300 km² au maximum » (its writer's ERRATA.txt 6: both readings
        # open); as frozen at 46a87514: 230/254, 252/293, 99/102, 99/106
        SEALED56: (0.9, 0.85, 0.96, 0.93),
        # the lead's session-58 amendments, the round-19 carry and the session-55 call applied to sealed58-60's slips
        # (as frozen after rounds 87-89: sealed58 230/267, 269/296, 83/91, 83/91; sealed59 202/233, 228/266, 71/77,
        # 71/75; sealed60 226/247, 249/285, 79/87, 79/87)
        SEALED58: (0.85, 0.89, 0.9, 0.9),
        SEALED59: (0.85, 0.84, 0.91, 0.93),
        SEALED60: (0.9, 0.86, 0.89, 0.89),
        SEALED73: (0.86, 0.88, 0.96, 0.95),
        SEALED74: (0.91, 0.89, 0.93, 0.9),
        SEALED75: (0.89, 0.85, 0.93, 0.93),
        SEALED76: (0.8, 0.82, 0.93, 0.88),
        SEALED77: (0.93, 0.9, 0.93, 0.96),
        SEALED78: (0.82, 0.84, 0.9, 0.88),
        SEALED79: (0.85, 0.86, 0.93, 0.97),
        SEALED80: (0.85, 0.83, 0.87, 0.97),
        SEALED81: (0.8, 0.86, 0.96, 0.97),
        SEALED82: (0.82, 0.87, 0.95, 0.92),
        SEALED83: (0.81, 0.86, 0.92, 0.91),
        SEALED85: (0.72, 0.84, 0.95, 0.91),
        SEALED86: (0.84, 0.88, 0.91, 0.96),
        SEALED87: (0.76, 0.85, 0.97, 0.92),
        SEALED88: (0.85, 0.89, 0.97, 0.97),
        SEALED89: (0.89, 0.86, 0.96, 0.96),
        SEALED90: (0.85, 0.84, 0.93, 0.94),
        # the session-68 call's amendments (announced events' days, ROUND121.txt): as frozen, a little under the score
        # at that change
        SEALED14: (0.98, 0.94, 0.91, 0.97),
        # sealed15's raw date precision LOWERED 0.94 -> 0.93 by round 134: 232/247 as frozen, n05's « le samedi 22
        # mars » (a gathering's day the weekday now dates) is chrome in the frozen truth, a fact in AMEND.yaml
        SEALED15: (0.94, 0.93, 0.92, 0.98),
        SEALED16: (0.96, 0.88, 0.94, 0.99),
        SEALED17: (0.9, 0.88, 0.93, 0.97),
        SEALED18: (0.92, 0.89, 0.97, 0.99),
        SEALED19: (0.91, 0.87, 0.99, 0.99),
        # sealed20's raw date recall LOWERED 0.89 -> 0.88 by round 148: 186/209 as frozen, a14's headline « deux ans
        # après le traité » on 8 July 2026 is now counted from the treaty to its month (June 2026), no longer the page's
        # day that the truth's `also` held (ROUND148.txt)
        SEALED20: (0.88, 0.88, 0.99, 0.96),
        SEALED21: (0.87, 0.89, 0.94, 0.94),
        SEALED22: (0.88, 0.92, 0.89, 0.93),
        SEALED23: (0.93, 0.91, 0.97, 0.9),
        SEALED25: (0.9, 0.88, 0.97, 0.94),
        SEALED26: (0.92, 0.88, 0.99, 0.97),
        SEALED27: (0.96, 0.9, 0.97, 0.99),
        SEALED28: (0.91, 0.9, 0.96, 0.95),
        SEALED29: (0.96, 0.94, 0.99, 0.96),
        SEALED30: (0.91, 0.89, 0.97, 0.96),
        SEALED31: (0.91, 0.94, 0.99, 0.96),
        SEALED32: (0.96, 0.91, 0.97, 0.92),
        SEALED33: (0.92, 0.9, 0.97, 0.92),
        SEALED34: (0.9, 0.88, 0.95, 0.91),
        SEALED35: (0.92, 0.87, 0.95, 0.97),
        SEALED36: (0.93, 0.9, 0.97, 0.93),
        SEALED38: (0.91, 0.9, 0.96, 0.99),
        SEALED39: (0.92, 0.85, 0.99, 0.94),
        SEALED40: (0.96, 0.93, 0.99, 0.99),
        SEALED41: (0.93, 0.9, 0.99, 0.95),
        SEALED43: (0.92, 0.86, 0.97, 0.96),
        SEALED44: (0.97, 0.93, 0.99, 0.92),
        SEALED45: (0.9, 0.89, 0.99, 0.9),
        SEALED46: (0.91, 0.88, 0.97, 0.96),
        SEALED47: (0.94, 0.9, 0.97, 0.97),
        SEALED48: (0.95, 0.89, 0.96, 0.97),
        SEALED51: (0.93, 0.92, 0.95, 0.99),
        SEALED49: (0.92, 0.89, 0.99, 0.97),
        SEALED50: (0.91, 0.86, 0.99, 0.99),
        SEALED52: (0.93, 0.88, 0.99, 0.96),
        SEALED53: (0.92, 0.89, 0.95, 0.95),
        SEALED54: (0.96, 0.9, 0.99, 0.99),
        SEALED55: (0.86, 0.84, 0.97, 0.96),
        SEALED57: (0.91, 0.87, 0.96, 0.95),
        SEALED62: (0.91, 0.89, 0.99, 0.97),
        SEALED63: (0.91, 0.89, 0.93, 0.96),
        SEALED65: (0.91, 0.91, 0.99, 0.91),
        SEALED66: (0.92, 0.86, 0.94, 0.97),
        SEALED67: (0.87, 0.78, 0.96, 0.93),
        SEALED68: (0.92, 0.86, 0.95, 0.92),
        SEALED69: (0.94, 0.86, 0.99, 0.97),
        SEALED84: (0.89, 0.88, 0.95, 0.89),
    }.items()
}
# 139 lines after round 7 (27 added: 8 right, 13 WRONG, 6 missed at 8119e0a), all right now; 161 after round 8 (22 added:
# 4 right, 12 WRONG, 6 missed at e91c962), all right; 172 after round 10 (11 added: 0 right, 8 WRONG, 1 TODO, 2 missed
# at 51b868f), all right; 177 after the lead's « k » and range lines (5 added), all right; 205 after round 16 (13 added:
# 2 right, 4 WRONG, 7 missed before it), all right; 222 after round 17 (16 added: 3 right, 13 WRONG before it), all
# right; 234 after round 18 (12 added: 1 right, 4 WRONG, 7 missed at 6aae782), all right; 242 after round 19 (8 added:
# 2 right, 6 WRONG at 56c2bf9), all right; 251 after the lead's round-19 carry (9 added: 6 right, 3 WRONG before it; two
# lines now read approximate, WRONG before it), all right; 267 after round 20 (16 added: 3 right, 5 WRONG, 8 missed at
# 31658ab), all right; 273 after round 21 (6 added, all WRONG at 770796b), all right; 279 after round 22 (6 added, all
# WRONG at 5ebb156), all right; 284 after round 23 (5 added: 3 right, 2 WRONG at f02d89b), all right.
# Round 30: the 14 lines that expect a sum are read through a topic that measures money (`_measuring_money`): through
# the shipped store alone they are missed (270 right, 14 missed, 0 WRONG), as the convention says they should be.
# Round 50: three lines of LaTeX's thin space « \, » (« 11\,000 », « environ 1\,500 », a range), all right: 282 -> 285.
# Round 53: « près de 3⏎000 soldats » read (a TODO line before: no count opens on « 000 »), « 3⏎500 » and « 11⏎000
# hommes » added (a TODO, a value): 285 -> 287.
# Round 54: seven lines added (six character references, « en plus de »), all right: 287 -> 294.
# Round 57: four lines added (the carry stopped at « 31 », carried over « ainsi que » and « puis », a tally's bound still
# a TODO for its wounded; 1 right, 3 WRONG at 837043b2), all right: 294 -> 298.
# Round 62: two lines added (Swiss French « 1,2 mio de francs », « environ 2,5 mia de francs »: WRONG at 2150d1d0, read
# as 1.2 and 2.5), both right through a store that measures money: 301 right, 1 missed.
# Session 65: five lines added (LaTeX's tie inside a number, « + » between two nouns or glued, an apostrophe escaped in
# SQL; 1 right, 4 WRONG at 9a35ef0e), all right: 301 -> 306.
# Session 66: fourteen lines added (an apostrophe doubled in SQL, ranges with a number cut by LaTeX's tie or a tilde
# between two numbers, signs of comparison, LaTeX's and HTML's, a mail's quote marks, a JSON string's escaped spaces;
# 2 right, 10 WRONG, 2 missed at 1ea2dfca), all right: 306 -> 320.
LEAST_PROBE_RIGHT = 320
MOST_PROBE_WRONG = 0


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extract", SCORER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_extract", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return _scorer()


@pytest.fixture(scope="module")
def both_totals(scorer: ModuleType) -> dict[Path, tuple[Any, Any]]:
    """Each set's sum as amended and as frozen, each article drafted once."""
    store = read_store(default_store_root())
    return {folder: scorer.score_folder_both_ways(folder, store) for folder in FLOORS_BY_SET}


@pytest.fixture(scope="module")
def totals(both_totals: dict[Path, tuple[Any, Any]]) -> dict[Path, Any]:
    return {folder: amended for folder, (amended, _) in both_totals.items()}


@pytest.fixture(scope="module")
def raw_totals(both_totals: dict[Path, tuple[Any, Any]]) -> dict[Path, Any]:
    return {folder: both_totals[folder][1] for folder in RAW_FLOORS}


def _measuring_money() -> Store:
    """The shipped store with one topic that measures money: the probe reads number formats, and 14 of its lines are
    sums, which the shipped store's topics do not measure (round 30: `score_extract.py --probe` on the shipped store
    leaves them missed, never WRONG)."""
    store = read_store(default_store_root())
    money = Topic("money", Bilingual("Sums of money", "sommes d'argent"), (), (), tuple(sorted(MONEY_UNITS)))
    return store._replace(topics={**store.topics, money.id: money})


@pytest.fixture(scope="module")
def probe_counts(scorer: ModuleType) -> dict[str, int]:
    results = scorer.probe(PROBE, _measuring_money())
    counts: dict[str, int] = scorer.probe_counts(results)
    return counts


@pytest.mark.parametrize(
    ("folder", "name", "floor"),
    [(folder, name, floor) for folder, floors in FLOORS_BY_SET.items() for name, floor in floors.items()],
)
def test_scores_stay_above_their_floors(totals: dict[Path, Any], folder: Path, name: str, floor: float) -> None:
    tally = getattr(totals[folder], name)
    assert tally.total > 0
    assert tally.rate >= floor, f"{folder.name}: {name} fell to {tally} (floor {floor})"


@pytest.mark.parametrize(
    ("folder", "name", "floor"),
    [(folder, name, floor) for folder, floors in RAW_FLOORS.items() for name, floor in floors.items()],
)
def test_raw_scores_stay_above_their_floors(raw_totals: dict[Path, Any], folder: Path, name: str, floor: float) -> None:
    """The truths as frozen, so no amendment can hide a fall (rev28 C4)."""
    tally = getattr(raw_totals[folder], name)
    assert tally.total > 0
    assert tally.rate >= floor, f"{folder.name} (raw): {name} fell to {tally} (floor {floor})"


def test_every_set_s_amendments_are_pinned() -> None:
    """A changed AMEND.yaml fails here until AMENDMENTS_PINNED is edited, in a commit the lead signs (rev28 C4)."""
    import hashlib

    import yaml

    assert set(AMENDMENTS_PINNED) == set(FLOORS_BY_SET)
    assert {f for f, pin in AMENDMENTS_PINNED.items() if pin is not None} == set(RAW_FLOORS)
    for folder, pinned in AMENDMENTS_PINNED.items():
        path = folder / "AMEND.yaml"
        found = None
        if path.exists():
            data = path.read_bytes()
            found = (len(yaml.safe_load(data)["amendments"]), hashlib.sha256(data).hexdigest())
        assert found == pinned, f"{path}: amendments changed; the lead signs a new pin ({found})"


def test_the_number_probe_does_not_get_worse(probe_counts: dict[str, int]) -> None:
    assert probe_counts["right"] >= LEAST_PROBE_RIGHT, probe_counts
    assert probe_counts["WRONG"] <= MOST_PROBE_WRONG, probe_counts


MOST_WRONG = {DEV: 0, SEALED: 0, SEALED2: 0, SEALED3: 0, SEALED4: 0, SEALED5: 0, SEALED6: 0, SEALED7: 0, SEALED8: 0}
# sealed10: judgment calls on bounds and its truth's « 20 000 milliards »; round 14 reads a bound over a coordination
# as governing both counts (sealed9 1 -> 0, sealed10 4 -> 3, sealed12 1 -> 0)
MOST_WRONG |= {SEALED9: 0, SEALED10: 0}
MOST_WRONG |= {SEALED11: 0, SEALED12: 0}
# SEALED14.txt: « 48 h » as a count, « 7 000+ » as exact, two bounds at OCR'd line ends: 4 -> 0 by round 16's classes
MOST_WRONG |= {SEALED14: 0}
# SEALED15.txt: « ≈ 4 700 », « ~ 600 », « 20 à 25 M$ » (a slide deck), « 1.000 blessés » read as at least
MOST_WRONG |= {SEALED15: 4}
# SEALED13.txt: a withdrawn slip read as a figure (round 15 lengthens a quote found twice); round 69 drafts no count a
# correction withdraws (« j'ai dit « 14 000 morts », il fallait entendre 14 000 soldats »): 1 -> 0
MOST_WRONG |= {SEALED13: 0}
MOST_WRONG |= {SEALED16: 0}
# sealed17 p03 « quelque 300 … tués et 2'700 blessés »: its truth carries « quelque » to the 2 700, and so does extract
# since the lead's round-19 decision (1 -> 0; the older truths that read it exact are amended)
MOST_WRONG |= {SEALED17: 0}
# sealed18's three: « environ »/« quelque » before the first count of a coordination, carried by its truth to the
# second (« environ 300 … tués et 2 700 blessés »), read exact by the rules (SEALED18.txt, the same call as sealed17's);
# the carry reads them so: 3 -> 0 (scored by the lead at d1184c4; not blind for this class, SEALED18.txt)
MOST_WRONG |= {SEALED18: 0}
# sealed19 g05 « elle n'en tiendrait plus que 200 à 300 » (km² named the sentence before): a range whose noun is left
# out read as two exact figures (SEALED19.txt); round 21 reads the range « en » names: 2 -> 0
MOST_WRONG |= {SEALED19: 0}
# sealed20 a03 « 11 000 à 12 000 selon les estimations » read right since round 20 (3 -> 2); a15 « trois à quatre
# mille autres » (a word range, its noun left out) read as 4 000, and a12's second claim on « deux prisonniers »
# (« Restent deux scènes » read as 2 before it): round 22 reads the range of « autres » and counts no scenes, 2 -> 0
MOST_WRONG |= {SEALED20: 0}
# sealed21 c04 « près de 300 soldats … tués et 2'700 blessés »: « près de » carries over the coordination (the lead's
# call, SEALED21.txt: extract reads « près de 300 » as approximate) and extract read 2 700 exact; round 23 carries any
# qualifier of lexicon.toml [qualifiers] (2 430–2 700): 1 -> 0
MOST_WRONG |= {SEALED21: 0}
MOST_WRONG |= {SEALED22: 0}  # none read WRONG before round 22, after it or after round 23 (SEALED22.txt)
# sealed23 e13 « 2 000 d'entre eux, environ, auraient trouvé la mort »: « environ » after the number, between commas,
# read as 2 000 exact before rounds 24 and 25 and after both (SEALED23.txt); round 26 reads « environ » after an elided
# word following the number: 1 -> 0
MOST_WRONG |= {SEALED23: 0}
# sealed24 f15 « env. 300 tués, 2 700 blessés »: the carry stops at a comma outside a parenthesis (docs/curating.md;
# the reading says so), this truth carries « env. » over the list: a convention split, read so before rounds 24-26
# and after each (SEALED24.txt)
MOST_WRONG |= {SEALED24: 0}
MOST_WRONG |= {SEALED25: 0, SEALED26: 0}  # none read WRONG before rounds 27-30 or after (SEALED25.txt, SEALED26.txt)
MOST_WRONG |= {SEALED27: 0}  # none read WRONG before rounds 31-33 or after (SEALED27.txt)
# sealed28 k18, a spreadsheet pasted as text: six cells read as printed (exact) where the truth takes the qualifier
# the row's « Remarque » column writes (SEALED28.txt); 8 before round 34, which read the two quoted qualifiers; round 36
# reads a tab-separated row as a whole (its empty cells keep their columns, its remark qualifies its bare numbers): 6 -> 0
MOST_WRONG |= {SEALED28: 0}
# sealed29 l19, an Anki deck's card: « Environ 11 000 à 12 000 selon Séoul » read as 11,000 approximate, not the range
# (SEALED29.txt), before rounds 35-36 and after; round 37 reads the range: 1 -> 0
MOST_WRONG |= {SEALED29: 0}
# sealed30 m04 « à quelque 300 … et à 2'700 celui des blessés », m05 « environ 300 … et 2700 blessés » (an
# approximation carried over a coordination, read exact), m19 « de 600 à 2000 » in a to-do (an old -> new value read as
# a range), m20 a notebook's DataFrame row « 3000   plus de » (its qualifier column): before rounds 38-39 and after;
# round 41 carries a qualifier from a count whose noun is left out, reads « celui des blessés », makes a changed
# figure's old value a TODO and reads a printed DataFrame as a table: 4 -> 0
MOST_WRONG |= {SEALED30: 0}
MOST_WRONG |= {SEALED31: 0}  # none read WRONG before rounds 40-41 or after (SEALED31.txt)
# o18 « plus de … et 93 localités »: read as the sets' carry, the truth exact (SEALED32.txt); round 57 stops the carry
# at a later member counted one by one after a round first one: 1 -> 0
MOST_WRONG |= {SEALED32: 0}
# sealed33 p18's bulletin cells read exact, the truth approximate from its heading (SEALED33.txt), before rounds 44-45
# and after; round 48 carries a list's lead-in qualifier (« s'élèveraient approximativement à : ») to its lines: 4 -> 0
MOST_WRONG |= {SEALED33: 0}
# q04 « 3 000 en janvier » read exact, the truth carries « environ » over « puis » (SEALED34.txt); round 57 carries
# over « puis » and « ainsi que »: 1 -> 0
MOST_WRONG |= {SEALED34: 0}
MOST_WRONG |= {SEALED35: 0}  # none read WRONG before rounds 46-49 or after (SEALED35.txt)
# s19's NewsML item writes its thousands space « &#160; »: four counts read 0 or cut (SEALED36.txt)
# round 54: a character reference separates digit groups as the space it stands for (4 -> 0)
MOST_WRONG |= {SEALED36: 0}
# t08 « en plus de 5 000 », t12 a carried « quelque » (debatable), t16 « près de » carried to 31 (SEALED37.txt);
# round 54: « en plus de » is no bound (3 -> 2; t16 stays by the round-19 carry); round 57: the carry reaches a member
# after « ainsi que » (t12) and stops at one counted one by one after a round first one (t16): 2 -> 0; the lead (session
# 51) took « ainsi que » back out (a count of its own: sealed39 v06, blind), so t12's debatable carry is read exact: 1
MOST_WRONG |= {SEALED37: 0}
MOST_WRONG |= {SEALED38: 0, SEALED39: 0}  # none read WRONG before rounds 55-57 (SEALED38.txt, SEALED39.txt)
MOST_WRONG |= {SEALED40: 0, SEALED41: 0}  # none read WRONG before rounds 59-61 (SEALED40.txt, SEALED41.txt)
# y08 « environ 6 000 …, dont 1 000 démineurs »: the truth carries « environ » (ERRATA); 1 until the lead's session-55
# amendment (both readings right), as sealed6 v06, sealed10 z02, sealed24 f15 and sealed37 t12
MOST_WRONG |= {SEALED42: 0}
# Before rounds 63-65: sealed43 b20's spoken « genre 3000 » read exact (its ERRATA: a judgment call); sealed44 none
MOST_WRONG |= {SEALED43: 0, SEALED44: 0}  # round 66: b20's « genre 3000 » read about, as « environ »
MOST_WRONG |= {SEALED45: 0}  # none read WRONG before rounds 63-66 (SEALED45.txt)
MOST_WRONG |= {SEALED46: 0, SEALED47: 0}  # none read WRONG before rounds 67-69 (SEALED46.txt, SEALED47.txt)
MOST_WRONG |= {SEALED48: 0}  # none read WRONG before rounds 67-70 (SEALED48.txt)
MOST_WRONG |= {SEALED51: 0}  # scored blind before any round saw it (SEALED51.txt)
MOST_WRONG |= {SEALED49: 0}  # scored blind with 1 (SEALED49.txt); round 75 read b12's « jusqu'à « 4 000 tués » »
MOST_WRONG |= {SEALED50: 3}  # scored blind before any round saw it (SEALED50.txt)
MOST_WRONG |= {SEALED52: 0, SEALED53: 0}  # none read WRONG blind, before rounds 76-80 (SEALED52.txt, SEALED53.txt)
# sealed54 m02 « dépassaient « 3 000 » hommes » read exact blind (SEALED54.txt); round 79's bound across a guillemet
MOST_WRONG |= {SEALED54: 0}
MOST_WRONG |= {SEALED55: 0, SEALED57: 0}  # none read WRONG blind, before rounds 83-86 (SEALED55.txt, SEALED57.txt)
# sealed56 z18 « contre 1 300 km² au maximum »: the truth exact (the incursion's peak), extract at most; its writer
# calls both readings fair and the truth's plain exact a slip (sealed56/ERRATA.txt 6, SEALED56.txt): one WRONG as
# frozen, none since the lead signed both readings (AMEND.yaml, session 60)
MOST_WRONG |= {SEALED56: 0}
# sealed58-60: 5, 2 and 2 read WRONG blind as frozen, each a slip of its writer under a standing convention (the
# round-19 carry over « et », the session-55 « pourrait atteindre N »), amended by the lead; none as amended
MOST_WRONG |= {SEALED58: 0, SEALED59: 0, SEALED60: 0}
MOST_WRONG |= {SEALED61: 0}
MOST_WRONG |= {SEALED62: 0}  # scored blind before rounds 90-92 saw it (SEALED62.txt)
MOST_WRONG |= {SEALED63: 0}  # scored blind before rounds 90-92 saw it (SEALED63.txt)
# sealed64 j04 « et à 2 700 celui des blessés » read approximate blind (the round-19 carry; its writer's slip,
# signed in AMEND.yaml): none as amended
MOST_WRONG |= {SEALED64: 0}
MOST_WRONG |= {SEALED65: 0}  # none read WRONG blind, before rounds 93-95 saw it (SEALED65.txt)
MOST_WRONG |= {SEALED66: 0}  # none read WRONG blind, before rounds 93-95 saw it (SEALED66.txt)
MOST_WRONG |= {SEALED67: 0}  # none read WRONG blind, before rounds 96-98 saw it (SEALED67.txt)
MOST_WRONG |= {SEALED68: 0}  # none read WRONG blind, before rounds 96-98 saw it (SEALED68.txt)
MOST_WRONG |= {SEALED69: 0}  # none read WRONG blind, before rounds 96-98 saw it (SEALED69.txt)
# sealed73-75: 1, 3 and 1 read WRONG blind as frozen, each a slip of its writer under a standing convention (no carry
# over a comma, « pouvant atteindre N », a hedge that is no rounding), amended by the lead; none as amended
MOST_WRONG |= {SEALED73: 0, SEALED74: 0, SEALED75: 0}
# sealed76-78: 2, 0 and 1 read WRONG blind as frozen; sealed78's a slip of its writer (no carry over a comma),
# amended by the lead; sealed76's two are extract's own (« 3 000 morts et blessés « au minimum » » read exact, a
# headline's list « 600, 2 000, 6 000 morts ? » read as a range), kept as WRONG (SEALED76.txt)
MOST_WRONG |= {SEALED76: 2, SEALED77: 0, SEALED78: 0}
# sealed79-81: 1, 0 and 1 read WRONG blind, both extract's own (u19 « 4 700 tués + blessés » read at least, y19
# « jusqu\\'à » escaped in SQL read exact), fixed after reading them (tests/test_extract_signs.py): none now
MOST_WRONG |= {SEALED79: 0, SEALED80: 0, SEALED81: 0}
# sealed82-84: 0, 4 and 0 read WRONG blind at fea3ec4e, all extract's own, all in q19's LaTeX source (« 1~000 »
# read as 0 three times: fixed in session 65 from its writer's report; « $\\approx$ 15\\,000 » read exact: fixed in
# session 66 after reading it, with the signs of comparison; tests/test_extract_signs.py): none now
MOST_WRONG |= {SEALED82: 0, SEALED83: 0, SEALED84: 0}
# sealed85-87: 0, 4 and 1 read WRONG blind at 1ea2dfca; heldout86 a20's three JSON « \u00a0 » items read
# right since session 66's fix (partly from that writer's report); the two left, sealed86 a18 « 8 000 autres
# blessés » and sealed87 c15 « à 4 700 », carry an approximation over « et »: their writers' ERRATA call it open
MOST_WRONG |= {SEALED85: 0, SEALED86: 1, SEALED87: 1}
# sealed88-90: 0, 0 and 1 read WRONG blind at 57202f94 (sealed90 e's « environ [Supprimé : 15 000] 20 000 »,
# a Word deletion mark read exact)
MOST_WRONG |= {SEALED88: 0, SEALED89: 0, SEALED90: 1}
# sealed91-93: none read WRONG, blind at f2be3e63 (BEFORE.txt) or after round 122
MOST_WRONG |= {SEALED91: 0, SEALED92: 0, SEALED93: 0}
# sealed97-102: none read WRONG, blind at 9fa28d79 (BEFORE.txt) or after round 124
MOST_WRONG |= {SEALED97: 0, SEALED98: 0, SEALED99: 0, SEALED100: 0, SEALED101: 0, SEALED102: 0}
# sealed103-114: read WRONG blind at 483e6640 (BEFORE.txt) and after round 126: sealed103 r13 « quelques prisonniers »
# (its writer's slip, ERRATA 1: approximate 3, where the store reads « quelques » at least 2) and r16 « guère plus de
# 2 000 » (extract's: read at least, where « guère plus de » is at most); sealed109 a01 « deux unités » inside its
# writer's « deux unités de 2 600 hommes » (a count of units read as 2 troops)
MOST_WRONG |= {
    SEALED103: 2,
    SEALED104: 0,
    SEALED105: 0,
    SEALED106: 0,
    SEALED107: 0,
    SEALED108: 0,
    SEALED109: 1,
    SEALED110: 0,
    SEALED111: 0,
    SEALED112: 0,
    SEALED113: 0,
    SEALED114: 0,
}
# sealed115-120: read WRONG blind at 561f44fd (BEFORE.txt), unchanged after round 127: sealed116 h19's « c. 1 300 km² »
# (« c. », circa, read exact), sealed118 j20's « Deux mille tués, …, peut-être plus » (exact; its writer's ERRATA calls
# both open), sealed120 m07's and m12's qualifier carried over « et » (its writer: both readings right) and m19's
# « {+environ+} » insertion mark on a proof
MOST_WRONG |= {SEALED115: 0, SEALED116: 1, SEALED117: 0, SEALED118: 1, SEALED119: 0, SEALED120: 3}
# sealed121-126: read WRONG blind at 8963194a (BEFORE.txt), unchanged after round 128: sealed125 y02's and y16's
# second figure after « environ … et » (its writer's ERRATA: the round-19 carry makes extract's approximate right) and
# y18's « peut-être 200 » (written approximate, read exact; its writer calls both open)
MOST_WRONG |= {SEALED121: 0, SEALED122: 0, SEALED123: 0, SEALED124: 0, SEALED125: 3, SEALED126: 0}
# sealed127-132: read WRONG blind at 4e4d401e (BEFORE.txt)
MOST_WRONG |= {SEALED127: 0, SEALED128: 0, SEALED129: 0, SEALED130: 0, SEALED131: 0, SEALED132: 0}
# sealed133-138: read WRONG blind at f5617485 (BEFORE.txt), unchanged after round 129; sealed133's five (g20, a print
# page's tagged text: « 1<0x00A0>800 » read as 1 and 800) are read right since its escaped space separates thousands
MOST_WRONG |= {SEALED133: 0, SEALED134: 0, SEALED135: 0, SEALED136: 0, SEALED137: 0, SEALED138: 0}
# sealed139-144: read WRONG blind at 133ad3f2 (BEFORE.txt), after round 130 as measured (SEALEDnn.txt)
MOST_WRONG |= {SEALED139: 0, SEALED140: 0, SEALED141: 0, SEALED142: 1, SEALED143: 0, SEALED144: 0}
# sealed145-150: read WRONG blind at 7b17065d (BEFORE.txt), after round 131 as measured (SEALEDnn.txt)
MOST_WRONG |= {SEALED145: 0, SEALED146: 0, SEALED147: 0, SEALED148: 0, SEALED149: 0, SEALED150: 0}
# sealed151-156: read WRONG blind at 6381de39 (BEFORE.txt), after round 132 as measured (SEALEDnn.txt)
# … sealed153 c03's range (« d'une vingtaine à une trentaine ») read right since round 133: 0
MOST_WRONG |= {SEALED151: 1, SEALED152: 0, SEALED153: 0, SEALED154: 0, SEALED155: 2, SEALED156: 0}
# sealed157-162: read WRONG blind at 8cbf3e2b (BEFORE.txt), after round 134 as measured (SEALEDnn.txt)
MOST_WRONG |= {SEALED157: 0, SEALED158: 1, SEALED159: 1, SEALED160: 1, SEALED161: 0, SEALED162: 0}
# … a spread to a bound (« de 11 000 à plus de 12 000 hommes », « De 2 500 à plus de 6 000 morts », sealed151 a16's
# « de 11 à plus de 40 ») and « sans dépasser 5 000 morts », read as TODOs since round 135: 0
MOST_WRONG |= {SEALED151: 0, SEALED158: 0, SEALED159: 0, SEALED160: 0}
# sealed163-168: read WRONG blind at 1a454dab (BEFORE.txt), after round 137 as measured (SEALEDnn.txt)
MOST_WRONG |= {SEALED163: 1, SEALED164: 0, SEALED165: 0, SEALED166: 0, SEALED167: 0, SEALED168: 0}
# sealed169-174: read WRONG blind at 2809afb1 (BEFORE.txt), after rounds 139–140 as measured (SEALEDnn.txt)
MOST_WRONG |= {SEALED169: 0, SEALED170: 0, SEALED171: 0, SEALED172: 0, SEALED173: 0, SEALED174: 0}
# sealed175-180: read WRONG blind at f8fdaa6b (BEFORE.txt), after round 141 as measured (SEALEDnn.txt)
MOST_WRONG |= {SEALED175: 1, SEALED176: 0, SEALED177: 0, SEALED178: 0, SEALED179: 0, SEALED180: 0}
# sealed181-186: read WRONG after round 144 as measured (SEALEDnn.txt; blind at 122403bc: BEFORE.txt)
MOST_WRONG |= {SEALED181: 2, SEALED182: 0, SEALED183: 0, SEALED184: 0, SEALED185: 0, SEALED186: 0}
# sealed187-192: read WRONG after rounds 146–149 as measured (SEALEDnn.txt; blind at 6f52397b: BEFORE.txt)
MOST_WRONG |= {SEALED187: 2, SEALED188: 0, SEALED189: 1, SEALED190: 0, SEALED191: 0, SEALED192: 0}


@pytest.mark.parametrize(("folder", "most"), MOST_WRONG.items(), ids=[folder.name for folder in MOST_WRONG])
def test_no_more_figures_are_read_wrong(totals: dict[Path, Any], folder: Path, most: int) -> None:
    assert totals[folder].wrong <= most


def test_the_number_probe_reads_nothing_wrong(probe_counts: dict[str, int]) -> None:
    assert probe_counts["WRONG"] == 0, probe_counts


def test_every_truth_file_places_its_texts(scorer: ModuleType) -> None:
    """Each dev truth file loads: every `text` found once in its article (or once inside its `in`)."""
    loaded = scorer.truths(DEV)
    assert len(loaded) == 16  # eight from the start, four written for round 7 (v01-v04), four for round 8 (v05-v08)
    assert all(t.dates and t.figures for t in loaded)


def test_check_counts_the_truths_without_importing_extract() -> None:
    """Whoever writes a sealed set checks its truths with --check before freezing them: extract must not even be
    imported, so the writer sees nothing of its reading; a label used once (a typo?) is visible in the counts."""
    probe = (
        "import runpy, sys; sys.argv = ['score_extract', '--check', sys.argv[1]]\n"
        "try:\n    runpy.run_path(sys.argv[2], run_name='__main__')\n"
        "except SystemExit as end:\n    assert end.code == 0, end.code\n"
        "print(sorted(m for m in sys.modules if m.startswith('koursk_cli.extract')))\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            probe.replace("sys.argv[1]", repr(str(DEV))).replace("sys.argv[2]", repr(str(SCORER_PATH))),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    lines = done.stdout.splitlines()
    # 105 as frozen, 107 with dev's AMEND.yaml (two « désormais »: round 14)
    assert lines[0].startswith(f"== {DEV}: 16 articles, every text placed; 107 fact dates")
    assert any(line.startswith("-- figure labels: ") and "nbsp " in line for line in lines)
    assert lines[-1] == "[]"


def test_the_scorer_refuses_a_truth_text_the_article_does_not_hold(scorer: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Pyongyang a envoyé 1 500 soldats jeudi.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        'published: "2024-11-08"\ndates:\n  - {text: "vendredi", edtf: "2024-11-08", rule: weekday}\n',
        encoding="utf-8",
    )
    with pytest.raises(scorer.TruthError, match="occurs 0 times"):
        scorer.truths(tmp_path)


def test_check_names_an_edtf_koursk_does_not_read_in_one_line(tmp_path: Path) -> None:
    """A writer's « 197X » (EDTF's unspecified digits, which koursk does not read) is the truth file's one-line error
    and exit 1, not a traceback from the date parser (writer40, session 52)."""
    (tmp_path / "a.txt").write_text("Dans les années 1970, Pyongyang a envoyé des pilotes.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        'published: "2024-11-08"\ndates:\n  - {text: "années 1970", edtf: "197X", rule: decade}\n', encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, str(SCORER_PATH), "--check", str(tmp_path)], capture_output=True, text=True, cwd=REPO
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "a.yaml" in done.stderr and "'197X' is not a supported EDTF date" in done.stderr


def test_check_names_each_key_the_scorer_would_ignore_and_exits_1(tmp_path: Path) -> None:
    """A flow mapping's stray words (« in August » for `in: "…"`) and `optional` on a date are keys the scorer never
    reads: `--check` names each with where it stands, after its counts, and exits 1 (writers' notes, session 73)."""
    (tmp_path / "a.txt").write_text("Pyongyang a envoyé 1 500 soldats jeudi.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        'published: "2024-11-08"\ndates:\n'
        '  - {text: "jeudi", edtf: "2024-11-07", rule: weekday, in August}\n'
        '  - {text: "jeudi", edtf: "2024-11-07", rule: weekday, optional: true}\n'
        "figures:\n"
        '  - {text: "1 500 soldats", value: 1500, value_kind: exact, topic: troops, measure: null, hedged: false,'
        " rule: nbsp, optional: true}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(SCORER_PATH), "--check", str(tmp_path)], capture_output=True, text=True, cwd=REPO
    )
    slips = [line for line in done.stdout.splitlines() if line.startswith("!! ")]
    assert done.returncode == 1 and done.stdout.startswith(f"== {tmp_path}: 1 articles")
    assert [line.split(": ", 1)[1] for line in slips] == [
        "dates[0]: `in August` is no key of a truth file; the scorer ignores it",
        "dates[1]: `optional` is no key of a truth file; the scorer ignores it",
    ]


def test_a_date_counts_when_the_draft_contains_it_tightly(scorer: ModuleType) -> None:
    from koursk_cli.dates import parse_edtf

    def matches(found: str, truth: str) -> bool:
        return bool(scorer.date_matches(parse_edtf(found), parse_edtf(truth)))

    assert matches("2024-11-07", "2024-11-07")
    assert matches("2024-11-06/2024-11-08", "2024-11-07")  # two days more
    assert not matches("2024-11", "2024-11-07")  # a month for a day
    assert matches("2025-01-11~/2025-01-20~", "2025-01-11/2025-01-20")  # qualifiers ignored
    assert not matches("2024", "2024-10/2024-12")
    assert not matches("2024-11-08", "2024-11-07")


def test_amendments_apply_by_default_and_raw_ignores_them(scorer: ModuleType, tmp_path: Path) -> None:
    """A set's AMEND.yaml adds items its frozen truth left short (each with its reason), never editing the truth file;
    `--raw` scores the truth as frozen."""
    (tmp_path / "a.txt").write_text(
        "Les soldats se trouvent désormais à Koursk, a-t-on appris jeudi.\n", encoding="utf-8"
    )
    (tmp_path / "a.yaml").write_text(
        'published: "2024-11-08"\ndates:\n  - {text: "jeudi", edtf: "2024-11-07", rule: weekday}\n', encoding="utf-8"
    )
    amend = tmp_path / "AMEND.yaml"
    amend.write_text(
        "amendments:\n  - article: a\n    kind: date\n"
        '    item: {text: "désormais", edtf: "2024-11-08", rule: present}\n'
        '    reason: "the page\'s present"\n'
        "  - article: a\n    kind: also\n"
        '    item: {text: "jeudi", also: ["2024-11-06/2024-11-07"]}\n'
        '    reason: "a second reading"\n',
        encoding="utf-8",
    )
    (amended,) = scorer.truths(tmp_path)
    assert [d.text for d in amended.dates] == ["jeudi", "désormais"]
    assert len(amended.dates[0].readings) == 2
    (raw,) = scorer.truths(tmp_path, raw=True)
    assert [d.text for d in raw.dates] == ["jeudi"]
    amend.write_text(
        'amendments:\n  - article: a\n    kind: date\n    item: {text: "désormais", edtf: "2024-11-08", rule: present}\n',
        encoding="utf-8",
    )
    with pytest.raises(scorer.TruthError, match="reason"):
        scorer.truths(tmp_path)
    assert len(scorer.truths(tmp_path, raw=True)) == 1


def test_an_also_matching_two_dates_is_refused(scorer: ModuleType, tmp_path: Path) -> None:
    """rev28 C4: an `also` names one date; two with its `text` (and `in`) is ambiguous, not the first."""
    (tmp_path / "a.txt").write_text("Jeudi, ils partent. Jeudi encore, ils reviennent.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        'published: "2024-11-08"\ndates:\n'
        '  - {text: "Jeudi", in: "Jeudi, ils", edtf: "2024-11-07", rule: weekday}\n'
        '  - {text: "Jeudi", in: "Jeudi, ils", edtf: "2024-11-07", rule: weekday}\n',
        encoding="utf-8",
    )
    (tmp_path / "AMEND.yaml").write_text(
        "amendments:\n  - article: a\n    kind: also\n"
        '    item: {text: "Jeudi", in: "Jeudi, ils", also: ["2024-11-06/2024-11-07"]}\n'
        '    reason: "a second reading"\n',
        encoding="utf-8",
    )
    with pytest.raises(scorer.TruthError, match="matches 2 dates"):
        scorer.truths(tmp_path)


_CARRY_ARTICLE = "Selon Séoul, environ 300 soldats ont été tués et 2 700 blessés.\n"
_CARRY_TRUTH = (
    'published: "2025-01-14"\nfigures:\n'
    '  - {text: "environ 300 soldats", value: 300, value_kind: approximate, hedged: false, rule: plain-digits}\n'
    '  - {text: "2 700 blessés", value: 2700, value_kind: exact, hedged: false, rule: plain-space}\n'
)


def _carry_set(folder: Path, item: str) -> None:
    (folder / "a.txt").write_text(_CARRY_ARTICLE, encoding="utf-8")
    (folder / "a.yaml").write_text(_CARRY_TRUTH, encoding="utf-8")
    (folder / "AMEND.yaml").write_text(
        f'amendments:\n  - article: a\n    kind: also\n    item: {item}\n    reason: "a later decision"\n',
        encoding="utf-8",
    )


def test_an_also_adds_a_value_kind_to_a_figure(scorer: ModuleType, tmp_path: Path) -> None:
    """The lead's round-19 decision reads « environ 300 … et 2 700 blessés » approximate for both: a truth written
    before it says exact; an `also_kinds` amendment makes either kind right, and `--raw` scores the truth as frozen."""
    _carry_set(tmp_path, '{text: "2 700 blessés", also_kinds: [approximate]}')
    (amended,) = scorer.truths(tmp_path)
    assert [f.kinds for f in amended.figures] == [("approximate",), ("exact", "approximate")]
    store = read_store(default_store_root())
    _, total = scorer.score_folder(tmp_path, store)
    assert (total.figure_recall.hit, total.figure_recall.total, total.wrong) == (2, 2, 0)
    _, raw = scorer.score_folder(tmp_path, store, raw=True)
    assert (raw.figure_recall.hit, raw.wrong) == (1, 1)
    # the floors' one pass gives the same two sums
    both = scorer.score_folder_both_ways(tmp_path, store)
    assert [(t.figure_recall.hit, t.figure_recall.total, t.wrong) for t in both] == [(2, 2, 0), (1, 2, 1)]


@pytest.mark.parametrize(
    ("item", "refusal"),
    [
        ('{text: "2 700 morts", also_kinds: [approximate]}', "names no figure"),
        ('{text: "2 700 blessés", also_kinds: approximate}', "a list `also`"),
        ('{text: "2 700 blessés", also_kinds: [range]}', "`also_kinds` lists other kinds"),
        ('{text: "2 700 blessés", also_kinds: [exact]}', "`also_kinds` lists other kinds"),
        ('{text: "2 700 blessés", also: ["2025"], also_kinds: [approximate]}', "a list `also`"),
    ],
)
def test_an_also_for_a_figure_is_refused_unless_it_names_one(
    scorer: ModuleType, tmp_path: Path, item: str, refusal: str
) -> None:
    _carry_set(tmp_path, item)
    with pytest.raises(scorer.TruthError, match=refusal):
        scorer.truths(tmp_path)


def test_an_also_matching_two_figures_is_refused(scorer: ModuleType, tmp_path: Path) -> None:
    _carry_set(tmp_path, '{text: "2 700 blessés", also_kinds: [approximate]}')
    twice = '  - {text: "2 700 blessés", value: 2700, value_kind: exact, hedged: false, rule: plain-space}\n'
    (tmp_path / "a.yaml").write_text(_CARRY_TRUTH + twice, encoding="utf-8")
    with pytest.raises(scorer.TruthError, match="matches 2 figures"):
        scorer.truths(tmp_path)


def test_every_set_s_amendments_load_and_leave_its_frozen_files_intact(scorer: ModuleType) -> None:
    """Each AMEND.yaml places its items; a sealed set's SHA256SUMS.txt still holds for every file it lists."""
    import hashlib

    for folder in FLOORS_BY_SET:
        assert scorer.truths(folder)
        sums = folder / "SHA256SUMS.txt"
        if sums.exists():
            for line in sums.read_text(encoding="utf-8").splitlines():
                digest, name = line.split(maxsplit=1)
                assert hashlib.sha256((folder / name.lstrip("*")).read_bytes()).hexdigest() == digest, name
