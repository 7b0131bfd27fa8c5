"""Score `koursk extract` against hand-written ground truth: dates, figures and the number-format probe.

Usage:
  python benchmarks/score_extract.py benchmarks/heldout/dev [--verbose]
  python benchmarks/score_extract.py /work/sealed-heldout
  python benchmarks/score_extract.py --probe benchmarks/heldout/numbers.yaml
  python benchmarks/score_extract.py --check /work/new-set      # the truths alone: extract is not even imported

A folder holds articles (`NAME.txt`, the text as the outlet printed it) and their truth (`NAME.yaml`, written by hand
before extract ever ran on the article); benchmarks/heldout/README.md describes the format and the matching rules.
Extract's pure core (`build_draft`) runs on each article with the shipped store, as `koursk extract` does; nothing is
written. Recall and precision are printed per article and per rule (the rule names are the truth files' `rule:`
labels: which kind of French expression it is, not which of extract's rules read it).

`--check` is for whoever writes a new sealed set: it loads every truth file (each text placed, each value checked) and
counts the items per role and per label, so a misspelt label shows up as a label used once, without importing
extract: the writer sees nothing of its reading until the truths are frozen. It names every key the scorer would
ignore (a flow mapping's stray words, `optional` on a date) and then exits 1.

A folder may hold `AMEND.yaml`: amendments to its frozen truths (items a later decision says the truth left short,
each with a one-line reason; benchmarks/heldout/README.md, « Amendments »). They apply by default; `--raw` scores the
truths as frozen.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from koursk_cli.dates import DateError, FuzzyDate, parse_edtf
from koursk_cli.model import Store
from koursk_cli.store.loader import default_store_root, read_store

if TYPE_CHECKING:
    from koursk_cli.extract.draftrecords import Draft, DraftRecord

HERE = Path(__file__).resolve().parent
DEV = HERE / "heldout" / "dev"
PROBE = HERE / "heldout" / "numbers.yaml"
FACT = "fact"
AMENDMENTS = "AMEND.yaml"
_QUOTED = re.compile(r"«\s*(.+?)\s*»")


class TruthError(ValueError):
    """A truth file that does not say what it must (bad field, text not in the article)."""


# --- truth -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def within(self, outer: Span) -> bool:
        return outer.start <= self.start and self.end <= outer.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class TruthDate:
    text: str
    span: Span
    readings: tuple[FuzzyDate, ...]  # `edtf` first, then the `also` readings
    rule: str
    role: str


@dataclass(frozen=True)
class TruthFigure:
    text: str
    span: Span
    value: float | None
    value_min: float | None
    value_max: float | None
    value_kind: str
    topic: str | None
    measure: str | None
    hedged: bool
    rule: str
    optional: bool
    also_kinds: tuple[str, ...] = ()  # other value kinds read right (an `also` amendment)

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.value_kind, *self.also_kinds)


@dataclass(frozen=True)
class Trap:
    text: str
    span: Span
    rule: str


@dataclass
class Truth:
    name: str
    text: str
    published: FuzzyDate
    outlet: str | None
    dates: list[TruthDate]
    figures: list[TruthFigure]
    traps: list[Trap]
    ignored: tuple[str, ...] = ()
    """Each key of the truth file the scorer never reads, with where it stands (`--check` names them)."""


def _locate(article: str, item: dict[str, Any], where: str) -> Span:
    """Where `text` stands in the article: its only occurrence, or its only one inside the `in` fragment."""
    text = item.get("text")
    if not isinstance(text, str) or not text:
        raise TruthError(f"{where}: `text` must be a non-empty string")
    context = item.get("in", text)
    if not isinstance(context, str) or text not in context:
        raise TruthError(f"{where}: `in` must be a string that contains `text` ({text!r})")
    starts = [m.start() for m in re.finditer(re.escape(context), article)]
    if len(starts) != 1:
        raise TruthError(f"{where}: {context!r} occurs {len(starts)} times in the article; add or widen `in`")
    start = starts[0] + context.index(text)
    return Span(start, start + len(text))


def _number(item: dict[str, Any], key: str, where: str) -> float | None:
    value = item.get(key)
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return value
    raise TruthError(f"{where}: `{key}` must be a number")


def _edtf(value: Any, where: str) -> FuzzyDate:
    if not isinstance(value, str):
        raise TruthError(f"{where}: EDTF values must be quoted strings, got {value!r}")
    try:
        return parse_edtf(value)
    except DateError as error:  # a form koursk does not read (« 197X »): the writer's line, not a traceback
        raise TruthError(f"{where}: {error}") from None


_AMEND_KINDS = ("date", "figure", "trap", "also")
_ALSO_KINDS = ("exact", "approximate", "at_least", "at_most")  # a range's bounds are values of their own


def load_amendments(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """`folder`'s AMEND.yaml, per article (the truth file's stem): each amendment adds a `date`, `figure` or `trap`
    item to that article's truth, or `also` readings to one of its dates or `also_kinds` to one of its figures (found by
    `text` and `in`), with its `reason`.
    No file: no amendments."""
    path = folder / AMENDMENTS
    if not path.exists():
        return {}
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = raw.get("amendments") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise TruthError(f"{path}: needs a list `amendments`")
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i, item in enumerate(items):
        where = f"{path}: amendments[{i}]"
        if not isinstance(item, dict) or item.get("kind") not in _AMEND_KINDS:
            raise TruthError(f"{where}: `kind` must be one of {', '.join(_AMEND_KINDS)}")
        if not isinstance(item.get("reason"), str) or not item["reason"].strip():
            raise TruthError(f"{where}: every amendment says why in a one-line `reason`")
        if not isinstance(item.get("item"), dict) or not isinstance(item.get("article"), str):
            raise TruthError(f"{where}: needs the `article` (a truth file's name) and the `item`")
        if not (folder / f"{item['article']}.yaml").exists():
            raise TruthError(f"{where}: no truth file {item['article']}.yaml")
        found[item["article"]].append({**item, "where": where})
    return found


_ALSO = {"also": "dates", "also_kinds": "figures"}
"""What a `kind: also` amendment adds, and to which list of the truth: more readings to a date, more value kinds to a
figure (a later decision reads a figure's words two ways, say), each item found by its `text` (and `in`)."""


def _amend(raw: dict[str, Any], amendments: list[dict[str, Any]]) -> dict[str, Any]:
    """The truth with its amendments: items appended to their list, `also` readings or kinds added to the date or the
    figure they name."""
    raw = {**raw, **{key: list(raw.get(key) or []) for key in ("dates", "figures", "traps")}}
    for amendment in amendments:
        item, kind = amendment["item"], amendment["kind"]
        if kind != "also":
            raw[f"{kind}s"].append(item)
            continue
        added = [key for key in _ALSO if key in item]
        if len(added) != 1 or not isinstance(item[added[0]], list):
            raise TruthError(
                f"{amendment['where']}: `also` adds a list `also` (a date's readings) or `also_kinds` (a figure's)"
            )
        key, listed = added[0], _ALSO[added[0]]
        named = [
            i for i, d in enumerate(raw[listed]) if d.get("text") == item.get("text") and d.get("in") == item.get("in")
        ]
        if not named:
            raise TruthError(f"{amendment['where']}: `{key}` names no {listed[:-1]} of the truth (`text`, `in`)")
        if len(named) > 1:
            raise TruthError(
                f"{amendment['where']}: `{key}` matches {len(named)} {listed} of the truth: give an `in` that names one"
            )
        index = named[0]
        raw[listed][index] = {**raw[listed][index], key: [*(raw[listed][index].get(key) or []), *item[key]]}
    return raw


# The keys a truth file and its items may hold: any other is a writer's slip the scorer would ignore in silence (« {text:
# "jeudi", rule: weekday, in August} » reads a key « in August »; `optional` counts on figures only): writers' notes,
# session 73.
_KEYS = {
    "the truth": frozenset({"article", "outlet", "published", "dates", "figures", "traps", "note"}),
    "dates": frozenset({"text", "in", "edtf", "also", "rule", "role", "note"}),
    "figures": frozenset(
        {"text", "in", "value", "value_kind", "value_min", "value_max", "topic", "measure", "hedged", "rule"}
        | {"optional", "also_kinds", "note"}
    ),
    "traps": frozenset({"text", "in", "rule", "note"}),
}


def _ignored_keys(raw: dict[str, Any], path: Path) -> tuple[str, ...]:
    """Each key of a truth file (`raw`, as loaded) that the scorer does not read, with where it stands."""
    items = [("the truth", raw)] + [
        (f"{part}[{i}]", item) for part in ("dates", "figures", "traps") for i, item in enumerate(raw.get(part) or [])
    ]
    return tuple(
        f"{path}: {where}: `{key}` is no key of a truth file; the scorer ignores it"
        for where, item in items
        for key in (item if isinstance(item, dict) else ())
        if key not in _KEYS[where.split("[")[0]]
    )


def load_truth(path: Path, amendments: list[dict[str, Any]] | None = None, *, articles: Path | None = None) -> Truth:
    """One truth file and its article (beside it, or in the folder `articles`), every text located and every value
    checked; with `amendments` (see `load_amendments`), the truth as amended."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise TruthError(f"{path}: not a mapping")
    if amendments:
        raw = _amend(raw, amendments)
    article_path = (articles or path.parent) / str(raw.get("article", path.with_suffix(".txt").name))
    article = article_path.read_text(encoding="utf-8")
    dates = []
    for i, item in enumerate(raw.get("dates") or []):
        where = f"{path}: dates[{i}]"
        readings = (_edtf(item.get("edtf"), where), *(_edtf(a, where) for a in item.get("also") or []))
        role = str(item.get("role", FACT))
        dates.append(TruthDate(item["text"], _locate(article, item, where), readings, str(item["rule"]), role))
    figures = []
    for i, item in enumerate(raw.get("figures") or []):
        where = f"{path}: figures[{i}]"
        kind = str(item.get("value_kind"))
        value, low, high = (_number(item, k, where) for k in ("value", "value_min", "value_max"))
        if (kind == "range") != (value is None) or (kind == "range" and (low is None or high is None)):
            raise TruthError(f"{where}: a range needs value_min and value_max, any other kind a value")
        if not isinstance(item.get("hedged"), bool):
            raise TruthError(f"{where}: `hedged` must be true or false")
        also_kinds = item.get("also_kinds") or []
        if also_kinds and (kind == "range" or not all(k in _ALSO_KINDS and k != kind for k in also_kinds)):
            raise TruthError(f"{where}: `also_kinds` lists other kinds of one value ({', '.join(_ALSO_KINDS)})")
        figures.append(
            TruthFigure(
                item["text"],
                _locate(article, item, where),
                value,
                low,
                high,
                kind,
                item.get("topic"),
                item.get("measure"),
                item["hedged"],
                str(item["rule"]),
                bool(item.get("optional", False)),
                tuple(also_kinds),
            )
        )
    traps = [
        Trap(item["text"], _locate(article, item, f"{path}: traps[{i}]"), str(item["rule"]))
        for i, item in enumerate(raw.get("traps") or [])
    ]
    return Truth(
        path.stem,
        article,
        _edtf(raw.get("published"), f"{path}: published"),
        raw.get("outlet"),
        dates,
        figures,
        traps,
        _ignored_keys(raw, path),
    )


def truths(folder: Path, *, raw: bool = False) -> list[Truth]:
    """The folder's truths, amended by its AMEND.yaml unless `raw`."""
    paths = sorted(p for p in folder.glob("*.yaml") if p.name != AMENDMENTS)
    if not paths:
        raise TruthError(f"{folder}: no truth files (*.yaml)")
    amendments = {} if raw else load_amendments(folder)
    return [load_truth(p, amendments.get(p.stem)) for p in paths]


# --- the draft -----------------------------------------------------------------------------------------------------


def draft_of(text: str, published: FuzzyDate, store: Store, name: str = "heldout") -> Draft:
    from koursk_cli.extract.draft import build_draft  # imported only to score (see --check)
    from koursk_cli.extract.draftrecords import Article

    data = text.encode("utf-8")
    article = Article(
        text, f"{name}.txt", hashlib.sha256(data).hexdigest(), published, re.sub(r"[^a-z0-9]+", "-", name)
    )
    return build_draft(article, store)


def _quote_of(record: DraftRecord) -> str:
    fields = record.fields
    return str(fields["quote"] if "quote" in fields else fields["evidence"][0]["quote"])


def quote_span(article: str, record: DraftRecord) -> Span:
    quote = _quote_of(record)
    start = article.find(quote)
    if start < 0:  # a quote extract normalised: find its words in order, whatever the spaces
        pattern = r"\s+".join(re.escape(w) for w in quote.split())
        match = re.search(pattern, article)
        return Span(match.start(), match.end()) if match else Span(0, 0)
    return Span(start, start + len(quote))


def _mention_span(article: str, quote: Span, comment: str) -> Span | None:
    """Where the expression a basis or reading quotes first (« … ») stands inside the record's sentence."""
    match = _QUOTED.search(comment)
    if match is None:
        return None
    pattern = r"\s+".join(re.escape(w) for w in match.group(1).split())
    found = re.search(pattern, article[quote.start : quote.end], re.IGNORECASE)
    return Span(quote.start + found.start(), quote.start + found.end()) if found else None


# --- dates ---------------------------------------------------------------------------------------------------------


def _days(when: FuzzyDate) -> tuple[date, date]:
    return when.start, when.end


def date_matches(found: FuzzyDate, truth: FuzzyDate) -> bool:
    """Equal day bounds, or bounds that contain the truth tightly: at most 1.5 times as long, or 2 days longer."""
    (fs, fe), (ts, te) = _days(found), _days(truth)
    if (fs, fe) == (ts, te):
        return True
    if not (fs <= ts and te <= fe):
        return False
    found_days, truth_days = (fe - fs).days + 1, (te - ts).days + 1
    return found_days <= max(truth_days + 2, 1.5 * truth_days)


@dataclass
class Proposal:
    """A date the draft proposes: an event's date, or a claim's as_of read from its own sentence."""

    edtf: str
    quote: Span
    mention: Span | None
    kind: str


def proposals(draft: Draft, article: str) -> list[Proposal]:
    """Every date the draft proposes, once per sentence: a sentence's event and the claims that share its date
    propose that date once, so a sentence with five figures does not weigh five times."""
    from koursk_cli.extract.claimdrafts import RUNNING_TOTAL  # imported only to score (see --check)
    from koursk_cli.extract.forecasts import rules_reading

    found: list[Proposal] = []
    published = str(draft.source.fields["published"])
    for record in draft.events:
        basis = str(record.fields.get("date_basis", ""))
        quote = quote_span(article, record)
        # a date moved so that `check` accepts it (a forecast at its statement) proposes what the rules read in its basis
        edtf = rules_reading(basis) or str(record.fields["date"])
        found.append(Proposal(edtf, quote, _mention_span(article, quote, basis), "event"))
    for record in draft.claims:
        basis = str(record.fields.get("as_of_basis", ""))
        if "«" not in basis:  # not read from the sentence: the publication date stands in
            continue
        if RUNNING_TOTAL in basis and str(record.fields["as_of"]) == published:
            continue  # a running total « depuis X » at the publication (rev30 U3): X is its baseline, the event's date

        quote = quote_span(article, record)
        edtf = rules_reading(basis) or str(record.fields["as_of"])
        found.append(Proposal(edtf, quote, _mention_span(article, quote, basis), "claim"))
    unique: dict[tuple[str, Span], Proposal] = {}
    for proposal in found:
        unique.setdefault((proposal.edtf, proposal.quote), proposal)
    return list(unique.values())


def _reads(proposal: Proposal, item: TruthDate) -> bool:
    return reads_date(proposal, item.span, item.readings)


def reads_date(proposal: Proposal, span: Span, readings: Iterable[FuzzyDate]) -> bool:
    """Whether a proposal from the sentence holding `span` reads one of `readings` (`date_matches`)."""
    try:
        found = parse_edtf(proposal.edtf)
    except ValueError:
        return False
    return span.within(proposal.quote) and any(date_matches(found, r) for r in readings)


def _around(article: str, span: Span, width: int = 25) -> str:
    """The expression between « », with a little of the text on each side."""
    before = " ".join(article[max(0, span.start - width) : span.start].split()[-3:])
    after = " ".join(article[span.end : span.end + width].split()[:3])
    return f"…{before} « {article[span.start : span.end]} » {after}…"


def _rule_of(mention: Span | None, quote: Span, items: Iterable[TruthDate | TruthFigure | Trap]) -> str:
    """The truth rule a proposal came from: the truth item its quoted expression overlaps in its sentence."""
    if mention is not None:
        for item in items:
            if item.span.within(quote) and item.span.overlaps(mention):
                return item.rule
    return "unlisted"


# --- scores --------------------------------------------------------------------------------------------------------


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hit += hit
        self.total += 1

    @property
    def rate(self) -> float:
        return self.hit / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.hit}/{self.total} {self.rate:4.2f}" if self.total else "  -   "

    def merge(self, other: Tally) -> None:
        self.hit += other.hit
        self.total += other.total


def merge_tallies(into: Any, other: Any) -> None:
    """Add every `Tally` field of the dataclass `other` to the same field of `into` (a Score, an agreement)."""
    for name in (f.name for f in fields(into)):
        if isinstance(mine := getattr(into, name), Tally):
            mine.merge(getattr(other, name))


@dataclass
class Score:
    """Every count the scorer prints, for one article or summed over a folder."""

    date_recall: Tally = field(default_factory=Tally)
    date_precision: Tally = field(default_factory=Tally)
    figure_recall: Tally = field(default_factory=Tally)
    figure_precision: Tally = field(default_factory=Tally)
    topic_recall: Tally = field(default_factory=Tally)
    topic_right: Tally = field(default_factory=Tally)
    measure_right: Tally = field(default_factory=Tally)
    hedge_right: Tally = field(default_factory=Tally)
    wrong: int = 0
    todo: int = 0
    rules: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Tally)))
    notes: list[str] = field(default_factory=list)

    def merge(self, other: Score) -> None:
        merge_tallies(self, other)
        self.wrong += other.wrong
        self.todo += other.todo
        for key, per_rule in other.rules.items():
            for rule, tally in per_rule.items():
                self.rules[key][rule].merge(tally)
        self.notes += other.notes


def is_todo(record: DraftRecord) -> bool:
    """A figure extract could not read and says so: no value (and not a range), or a TODO in its value fields."""
    fields = record.fields
    if fields.get("value") is None and (fields.get("value_min") is None or fields.get("value_max") is None):
        return True
    said = " ".join(str(x) for x in (fields.get("value"), fields.get("value_kind"), record.comments.get("value", "")))
    return "todo" in said.lower()


# docs/editorial.md §10 (after the truth of dev, sealed and sealed2 was written): « près de N », « presque N »,
# « pas loin de N » are stored as the range 0.9·N–N. A truth that says `approximate` N for those words is read right
# by that range too; no other reading changes. The words may be elided before a vowel and a quantity word (« près
# d'un demi-millier », « près d'un millier »: « près de » + « un demi-millier », §10 all the same; round 7).
_NEARLY = re.compile(
    r"«\s*(?:près\s+d(?:e\s|['’])|presque\s|pas\s+loin\s+d(?:e\s|['’]))|« (?:près de|presque|pas loin de) »",
    re.IGNORECASE,  # « Près d'un millier » opening a sentence (heldout95's writer, session 69)
)


def _nearly(record: DraftRecord, value: float | None, kind: str) -> bool:
    from koursk_cli.extract.frqualifiers import nearly_floor

    fields = record.fields
    return (
        kind == "approximate"
        and value is not None
        and fields.get("value_kind") == "range"
        and fields.get("value_max") == value
        and fields.get("value_min") == nearly_floor(value)
        and _NEARLY.search(record.comments.get("value_kind", "")) is not None
    )


def same_value(record: DraftRecord, value: float | None, low: float | None, high: float | None, kind: str) -> bool:
    fields = record.fields
    if _nearly(record, value, kind):
        return True
    if fields.get("value_kind") != kind:
        return False
    if kind == "range":
        return fields.get("value_min") == low and fields.get("value_max") == high
    return fields.get("value") == value


def _describe(record: DraftRecord) -> str:
    f = record.fields
    value = f"{f.get('value_min')}–{f.get('value_max')}" if f.get("value_kind") == "range" else f.get("value")
    return f"{value} {f.get('value_kind')} topic={f.get('topic')}"


def score_dates(truth: Truth, draft: Draft, score: Score) -> None:
    found = proposals(draft, truth.text)
    for item in truth.dates:
        if item.role != FACT:
            continue
        hit = any(_reads(p, item) for p in found)
        score.date_recall.add(hit)
        score.rules["date recall"][item.rule].add(hit)
        if not hit:
            score.notes.append(
                f"{truth.name}: date missed: {_around(truth.text, item.span)} → {item.readings[0].text} ({item.rule})"
            )
    for proposal in found:
        right = any(_reads(proposal, item) for item in truth.dates if item.role == FACT)
        score.date_precision.add(right)
        rule = _rule_of(proposal.mention, proposal.quote, truth.dates)
        score.rules["date precision"][rule].add(right)
        if not right:
            said = truth.text[proposal.mention.start : proposal.mention.end] if proposal.mention else "?"
            score.notes.append(f"{truth.name}: date wrong: {proposal.kind} {proposal.edtf} from « {said} » ({rule})")


def score_figures(truth: Truth, draft: Draft, score: Score) -> None:
    claims = [(c, quote_span(truth.text, c)) for c in draft.claims]
    used: dict[int, TruthFigure] = {}
    for item in sorted(truth.figures, key=lambda f: f.optional):  # optional figures take what is left
        match = next(
            (
                i
                for i, (c, quote) in enumerate(claims)
                if i not in used
                and item.span.within(quote)
                and any(same_value(c, item.value, item.value_min, item.value_max, k) for k in item.kinds)
            ),
            None,
        )
        if match is not None:
            used[match] = item
        if item.optional:
            continue
        score.figure_recall.add(match is not None)
        score.rules["figure recall"][item.rule].add(match is not None)
        topic_hit = match is not None and (item.topic is None or claims[match][0].fields.get("topic") == item.topic)
        score.topic_recall.add(topic_hit)
        if match is None:
            score.notes.append(f"{truth.name}: figure missed: {_around(truth.text, item.span)} ({item.rule})")
            continue
        fields = claims[match][0].fields
        if item.topic is not None:
            score.topic_right.add(fields.get("topic") == item.topic)
            if not topic_hit:
                score.notes.append(f"{truth.name}: topic wrong: « {item.text} » {fields.get('topic')} ≠ {item.topic}")
        if item.measure is not None:
            score.measure_right.add(fields.get("measure") == item.measure)
            if fields.get("measure") != item.measure:
                score.notes.append(
                    f"{truth.name}: measure wrong: « {item.text} » {fields.get('measure')} ≠ {item.measure}"
                )
        hedge_right = (fields.get("status") == "alleged") == item.hedged
        score.hedge_right.add(hedge_right)
        if not hedge_right:
            said = "hedged" if item.hedged else "not hedged"
            score.notes.append(
                f"{truth.name}: hedge wrong: « {item.text} » drafted {fields.get('status')}, truth {said}"
            )
    items: list[TruthFigure | Trap] = [*truth.figures, *truth.traps]
    for i, (claim, quote) in enumerate(claims):
        mention = _mention_span(truth.text, quote, claim.comments.get("value_kind", ""))
        rule = _rule_of(mention, quote, items)
        if i in used:
            if used[i].optional:
                continue  # an optional figure read right counts neither way
            score.figure_precision.add(True)
            score.rules["figure precision"][rule].add(True)
            continue
        if is_todo(claim):
            score.todo += 1
            score.notes.append(f"{truth.name}: figure left TODO: {_describe(claim)} ({rule})")
            continue
        score.figure_precision.add(False)
        score.rules["figure precision"][rule].add(False)
        target = next((f for f in truth.figures if mention is not None and f.span.overlaps(mention)), None)
        said = truth.text[mention.start : mention.end] if mention else "?"
        if target is not None:
            score.wrong += 1
            score.notes.append(f"{truth.name}: figure WRONG: « {said} » read as {_describe(claim)} ({rule})")
        else:
            score.notes.append(f"{truth.name}: figure false: « {said} » read as {_describe(claim)} ({rule})")


def score_article(truth: Truth, store: Store) -> Score:
    return score_draft(truth, draft_of(truth.text, truth.published, store, truth.name))


def score_draft(truth: Truth, draft: Draft) -> Score:
    score = Score()
    score_dates(truth, draft, score)
    score_figures(truth, draft, score)
    return score


def score_folder(folder: Path, store: Store | None = None, *, raw: bool = False) -> tuple[dict[str, Score], Score]:
    """Each article's score, and their sum; against the truths as frozen with `raw`, else as amended."""
    store = store if store is not None else read_store(default_store_root())
    per_article = {t.name: score_article(t, store) for t in truths(folder, raw=raw)}
    total = Score()
    for score in per_article.values():
        total.merge(score)
    return per_article, total


def score_folder_both_ways(folder: Path, store: Store) -> tuple[Score, Score]:
    """The folder's sum against its truths as amended and as frozen, each article drafted once (the floors' test reads
    both)."""
    frozen = {t.name: t for t in truths(folder, raw=True)}
    amended_total, frozen_total = Score(), Score()
    for truth in truths(folder):
        draft = draft_of(truth.text, truth.published, store, truth.name)
        amended_total.merge(score_draft(truth, draft))
        frozen_total.merge(score_draft(frozen[truth.name], draft))
    return amended_total, frozen_total


# --- the number probe ----------------------------------------------------------------------------------------------

PROBE_VERDICTS = ("right", "TODO", "missed", "WRONG")


@dataclass(frozen=True)
class ProbeResult:
    text: str
    verdict: str
    expected: str
    got: str


def probe(path: Path, store: Store | None = None) -> list[ProbeResult]:
    """Each probe sentence read by extract: right, left TODO, missed (no candidate at all), or WRONG (a value that
    differs from what a reader can tell, any value where a reader cannot tell, or a figure where there is none).

    `also` lists other figures of the sentence that are right too; `none: true` says the line holds no figure."""
    store = store if store is not None else read_store(default_store_root())
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    published = _edtf(raw["published"], f"{path}: published")
    results = []
    for item in raw["probes"]:
        text = item["text"]
        claims = draft_of(text, published, store).claims
        todo_expected, nothing_expected = bool(item.get("todo")), bool(item.get("none"))
        wanted = [] if todo_expected or nothing_expected else [item]
        extra = list(item.get("also") or [])
        read = [c for c in claims if not is_todo(c)]
        right = [c for c in read if any(_same(c, w) for w in wanted)]
        wrong = [c for c in read if c not in right and not any(_same(c, w) for w in extra)]
        if wrong:
            verdict = "WRONG"
        elif right or (nothing_expected and not claims):
            verdict = "right"
        elif any(is_todo(c) for c in claims):
            verdict = "right" if todo_expected else "TODO"
        else:
            verdict = "missed"
        if todo_expected or nothing_expected:
            expected = "TODO" if todo_expected else "no figure"
        elif item.get("value_kind") == "range":
            expected = f"{item.get('value_min')}–{item.get('value_max')} range"
        else:
            expected = f"{item.get('value')} {item.get('value_kind')}"
        got = "; ".join(_describe(c) for c in claims) or "nothing"
        results.append(ProbeResult(text, verdict, expected, got))
    return results


def _same(record: DraftRecord, want: dict[str, Any]) -> bool:
    """The reader's value and kind, and the unit when the line names one (« 4 000 morts et blessés » counts
    casualties: read as deaths it is a wrong figure, whatever its value)."""
    kind = str(want.get("value_kind", "exact"))
    if "unit" in want and record.fields.get("unit") != want["unit"]:
        return False
    return same_value(record, want.get("value"), want.get("value_min"), want.get("value_max"), kind)


def probe_counts(results: list[ProbeResult]) -> dict[str, int]:
    return {v: sum(r.verdict == v for r in results) for v in PROBE_VERDICTS}


# --- printing ------------------------------------------------------------------------------------------------------


def report(
    folder: Path, per_article: dict[str, Score], total: Score, *, verbose: bool, raw: bool = False
) -> Iterator[str]:
    amended = sum(len(a) for a in load_amendments(folder).values())
    said = "" if not amended else (" (raw truths)" if raw else f" (truths amended: {amended}, AMEND.yaml)")
    yield f"== {folder} ({len(per_article)} articles){said}"
    yield (
        f"{'article':<36} {'date recall':<12} {'date prec.':<12} {'fig. recall':<12} {'fig. prec.':<12} "
        f"{'fig.+topic':<12} wrong todo"
    )
    rows = [*per_article.items(), ("ALL", total)]
    for name, s in rows:
        yield (
            f"{name:<36} {s.date_recall!s:<12} {s.date_precision!s:<12} {s.figure_recall!s:<12} "
            f"{s.figure_precision!s:<12} {s.topic_recall!s:<12} {s.wrong:>5} {s.todo:>4}"
        )
    yield (
        f"figures read right: topic {total.topic_right}, measure {total.measure_right}, "
        f"hedged (status alleged) {total.hedge_right}"
    )
    for key in ("date recall", "date precision", "figure recall", "figure precision"):
        per_rule = total.rules.get(key, {})
        yield f"-- {key} per rule: " + ", ".join(f"{rule} {tally}" for rule, tally in sorted(per_rule.items()))
    if verbose:
        yield from (f"   {note}" for note in total.notes)


def check_report(folder: Path, *, raw: bool = False) -> Iterator[str]:
    """What the truths of `folder` hold (as amended unless `raw`), by role and by label, read without extract; then
    each key the scorer would ignore (`Truth.ignored`), a line opening « !! »."""
    found = truths(folder, raw=raw)
    dates = [d for t in found for d in t.dates]
    facts = [d for d in dates if d.role == FACT]
    figures = [f for t in found for f in t.figures]
    traps = [trap for t in found for trap in t.traps]
    optional = sum(f.optional for f in figures)
    yield (
        f"== {folder}: {len(found)} articles, every text placed; {len(facts)} fact dates (+{len(dates) - len(facts)} "
        f"datelines and chrome), {len(figures) - optional} figures (+{optional} optional), {len(traps)} traps"
    )
    for kind, items in (("date", dates), ("figure", figures), ("trap", traps)):
        labels: dict[str, int] = defaultdict(int)
        for item in items:
            labels[item.rule] += 1
        yield f"-- {kind} labels: " + ", ".join(f"{rule} {n}" for rule, n in sorted(labels.items()))
    yield from (f"!! {slip}" for truth in found for slip in truth.ignored)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folders", nargs="*", type=Path, help="folders of articles and truth files (default: dev)")
    parser.add_argument("--probe", type=Path, nargs="?", const=PROBE, help="score the number-format probe file")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss, wrong value and false date")
    parser.add_argument("--check", action="store_true", help="load and count the truths only; never run extract")
    parser.add_argument("--raw", action="store_true", help="the truths as frozen: ignore each folder's AMEND.yaml")
    args = parser.parse_args(argv)
    folders = args.folders or ([] if args.probe else [DEV])
    try:
        if args.check:
            slips = 0
            for folder in folders:
                for line in check_report(folder, raw=args.raw):
                    print(line)
                    slips += line.startswith("!! ")
            return 1 if slips else 0
        store = read_store(default_store_root())
        for folder in folders:
            per_article, total = score_folder(folder, store, raw=args.raw)
            for line in report(folder, per_article, total, verbose=args.verbose, raw=args.raw):
                print(line)
        if args.probe:
            results = probe(args.probe, store)
            counts = probe_counts(results)
            print(f"== number probe {args.probe}: " + ", ".join(f"{v} {counts[v]}" for v in PROBE_VERDICTS))
            for r in results:
                if args.verbose or r.verdict != "right":
                    print(f"   {r.verdict:<6} {r.text!r}: expected {r.expected}, got {r.got}")
    except (TruthError, OSError) as error:
        print(f"score_extract: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
