"""Days counted from another: « le lendemain », « la veille », « le jour même »; « la veille de l'annonce », « au
lendemain du défilé », which count from the day an act or an event was told on (`told_acts`, `told_events`)."""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from .clauses import ends_in_the_perfect, tells_the_future, tells_the_past, tells_the_pluperfect
from .datecontext import DateContext
from .datemention import DAY_RANK, PRESENT_RANK, DateMention, date_mention, iso_day, quote
from .feastdates import FEAST
from .frwords import APOS, fold_same_length, fold_word
from .lexicon import alternatives, table, words, written_words
from .weekdaydates import ISO_DAY

# The words ANCHORED finds (folded) and the days each moves from its anchor, longest first: « surlendemain » holds
# « lendemain », « avant-veille » holds « veille »
_ANCHOR_SHIFTS = sorted(
    {
        "lendemain": 1,
        "surlendemain": 2,
        "veille": -1,
        "avant-veille": -2,
        "meme jour": 0,
        "jour meme": 0,
        "jour-la": 0,
    }.items(),
    key=lambda shift: -len(shift[0]),
)


# A day, or a third of a month (« fin décembre »: 2024-12-21~/2024-12-31), each end perhaps about (« ~ »)
_DAY_OR_THIRD = re.compile(r"(?P<first>\d{4}-\d\d-\d\d)(?P<a>~?)(?:/(?P<last>\d{4}-\d\d-\d\d)(?P<b>~?))?")


def moved_day(edtf: str, shift: int) -> str | None:
    """A day, or a third of a month (1-10, 11-20, 21 to its end), moved whole by `shift` days (« fin décembre, … mort
    le lendemain »: the day after a day of late December, 22 December to 1 January); None for anything else (a run of
    days, « les 9 et 10 janvier », is no third)."""
    told = _DAY_OR_THIRD.fullmatch(edtf)
    if told is None:
        return None
    first = date.fromisoformat(told["first"])
    last = date.fromisoformat(told["last"]) if told["last"] else first
    thirds = {(1, 10), (11, 20), (21, calendar.monthrange(first.year, first.month)[1])}
    if told["last"] and ((first.year, first.month) != (last.year, last.month) or (first.day, last.day) not in thirds):
        return None
    moved = iso_day(first + timedelta(days=shift)) + told["a"]
    return moved if not told["last"] else f"{moved}/{iso_day(last + timedelta(days=shift))}{told['b']}"


def read_anchored(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« le lendemain », « la veille »: the day after or before the day the sentence (or the one before it) names; a
    third of a month told earlier in the sentence moves whole (« fin décembre, … le lendemain »)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    words = fold_word(match.group())
    shift = next(days for said, days in _ANCHOR_SHIFTS if said in words)
    found = moved_day(anchor.edtf, shift)  # « il y a deux semaines » (about that day, « ~ »): as uncertain after it
    if found is None:
        return None
    basis = f"{quote(match)} of « {' '.join(anchor.text.split())} » ({anchor.edtf}) → {found}"
    return date_mention(match, found, basis, DAY_RANK)


# « la veille de la rencontre », « le lendemain du sommet »: the day is counted from that thing (and not from « d'une
# trentaine de morts », the complement of a verb of saying).
OF_A_THING = re.compile(
    rf"\s+(?:du|de\s+la|de\s+l{APOS}|de\s+(?:son|sa|ses|leur|leurs|ce|cet|cette|ces)\s"
    rf"|de\s+(?={FEAST}))",  # « la veille de Noël »
    re.IGNORECASE,
)
# « au lendemain d'une attaque », « à la veille de l'arrivée de Trump »: the main clause's day is the day after (before)
# a thing the text does not date, so the thing is dated from it.
AT_THE = re.compile(rf"(?<!\w)(?:au|[àa](?:\s+la|\s+l{APOS})?)\s*$", re.IGNORECASE)
# « à la veille des commémorations du 9 mai », « au lendemain des élections »: things in the plural, only after « à
# la », « au » (« Le lendemain des drones ont frappé » opens a clause, its comma left out)
OF_THINGS = re.compile(r"\s+des\s", re.IGNORECASE)
OF_A_NOUN = re.compile(rf"\s+(?:du|des|de\s+|d{APOS}\s*)(?!\d)", re.IGNORECASE)


def thing_of(match: re.Match[str], main: DateMention, ctx: DateContext) -> DateMention | None:
    """« a estimé jeudi le renseignement sud-coréen, au lendemain de l'apparition de Kim », « à la veille d'un sommet »
    after the main clause's day: the phrase dates that day, the day after (before) the thing named, never the thing's
    own, which the text does not tell (round 126: the thing's day was proposed, a false date in 25 sentences of the
    tuning data); never an eve still ahead of the news."""
    if len(main.edtf) != 10 or main.start < match.end() <= main.end:
        return None
    after = "lendemain" in fold_word(match.group())
    told = ctx.news_day.edtf if ctx.news_day is not None and len(ctx.news_day.edtf) == 10 else None
    if not after and date.fromisoformat(main.edtf) > (date.fromisoformat(told) if told else ctx.published.start):
        # « BRUXELLES, 10 février (Belga) - … se réunira jeudi, à la veille d'un sommet »: a day still ahead of the
        # one the page tells its news on (its dateline's, else the publication's) is no fact
        return None
    what = "after" if after else "before"
    basis = f"{quote(match)}: the day {what} the thing named, the main clause's « {' '.join(main.text.split())} »"
    return date_mention(match, main.edtf, f"{basis} → {main.edtf}", DAY_RANK)


_THAT = re.compile(r"(?<![\w'’-])qu(?:e|['’])", re.IGNORECASE)
_TOLD_DAY_REACH = 7  # days before the page: the week's news


def _anchor_clause(before: str, anchor: DateMention) -> str:
    """The part of the sentence `before` that tells `anchor`, cut at the « que » clauses on either side of it (« a
    confirmé lundi que des unités avaient été déployées »: the main clause's passé composé, not the reported
    pluperfect); the whole sentence where the anchor is not found at its place."""
    if before[anchor.start : anchor.end] != anchor.text:
        return before
    first = max((m.end() for m in _THAT.finditer(before, 0, anchor.start)), default=0)
    after = _THAT.search(before, anchor.end)
    return before[first : after.start() if after else len(before)]


# « affirmait que », « a de son côté déclaré la veille qu' »: a verb of saying (lexicon.toml `speech_verbs`, folded)
# right before the « que » that opens the words it reports; not « n'avait reconnu que » (« ne … que », only), nor a
# relative « que » (« le sommet que Trump a tenu vendredi ») or a conjunction (« après qu' », « alors que »); each
# verb by its stem (« affirm » of « affirmé »), any ending: « affirmait », « assurent », « a indiqué »
_SAYING = "|".join(
    sorted({w[:-1] if w.endswith("e") else w for w in words("speech_verbs")}, key=lambda w: (-len(w), w))
)
_SAYING_THAT = re.compile(rf"(?<![\w'’])(?:{_SAYING})\w*\s+qu(?:e(?!\w)|{APOS})", re.IGNORECASE)
_NOT_BUT = re.compile(rf"(?<![\w'’])n(?:e\s+|{APOS}\s*)(?:\S+\s+){{0,3}}$", re.IGNORECASE)
# « …, a rappelé mardi le ministère », « …, selon un communiqué publié jeudi », « …, d'après l'agence »: an incise that
# names the teller ends the reported words; a day in it or after it is the telling's
_TELLER = re.compile(
    rf",\s*(?:selon|d{APOS}\s*apres|(?:{alternatives('avoir_auxiliaries')})\s+(?:\S+\s+){{0,2}}?"
    rf"(?:{_SAYING})\w*)",
    re.IGNORECASE,
)


def reported_in_the_completive(text: str, match: re.Match[str], mention: DateMention) -> bool:
    """Whether `mention` stands after « la veille » (« le lendemain ») inside the completive of a verb of saying, in the
    words the sentence reports (« a affirmé la veille que ses forces avaient frappé dans la nuit de mercredi »), whose
    time is the content's, not the day the eve or the morrow counts from: a « que » after that verb (its phrase may
    stand between them) before the day, no « ne » before the verb (« n'avait reconnu que »), and no incise naming the
    teller between the « que » and the day (« …, a rappelé mardi le ministère »)."""
    if mention.start < match.end():
        return False
    # the phrase itself may stand between the verb and its « que » (« a affirmé la veille que »): blanked out
    folded = (
        fold_same_length(text[: match.start()])
        + " " * (match.end() - match.start())
        + fold_same_length(text[match.end() :])
    )
    for said in _SAYING_THAT.finditer(folded, 0, mention.start):
        if said.end() <= match.end() or _NOT_BUT.search(folded, 0, said.start()):
            continue
        if _TELLER.search(folded, said.end(), mention.start) is None:
            return True
    return False


def told_day(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« a déclaré le responsable, au lendemain d'une réunion avec une délégation » in a sentence that names no time
    of its own (the caller's), told in the passé composé after a day: the main clause's act goes on with the story at
    the day told before, so the phrase dates it that day, not the undated thing's. Never in the pluperfect (background
    to the story), nor in a clause that speaks of the future, nor from a state's present (« se trouvent désormais »);
    the day told in the sentence just before, in the past (neither pluperfect nor future), a week before the page at
    most; never inside a « que » clause (review67a M1, M3)."""
    anchor, before = ctx.anchor, ctx.told_before
    if anchor is None or len(anchor.edtf) != 10 or anchor.since or anchor.rank == PRESENT_RANK or before is None:
        return None
    if not tells_the_past(ctx.text) or tells_the_pluperfect(ctx.text):
        return None
    # review67a M3: « a affirmé que les soldats sont partis au lendemain d'une attaque »: the phrase is the reported
    # clause's, a time of what was said, not the day of the saying
    if _THAT.search(ctx.text, 0, match.start()) is not None:
        return None
    # review67a M1: the day told in the sentence just before (`told_before`), in the past but neither the pluperfect
    # (« avait annexé la Crimée le 18 mars 2014 ») nor the future (« se réuniront le 20 mars »), within a few days
    # before the page (« a envahi l'Ukraine le 24 février 2022 » is history, no day the story stands at)
    told = _anchor_clause(before, anchor)
    if not tells_the_past(told) or tells_the_pluperfect(told) or tells_the_future(told):
        return None
    day = date.fromisoformat(anchor.edtf)
    if not 0 <= (ctx.published.end - day).days <= _TOLD_DAY_REACH:
        return None
    if ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None:
        return None
    basis = (
        f"{quote(match)}: a sentence told in the past with no day of its own: its main clause's day is the one told "
        f"before, « {' '.join(anchor.text.split())} » → {anchor.edtf}"
    )
    return date_mention(match, anchor.edtf, basis, DAY_RANK)


# « la veille de l'annonce »: the nouns of acts a text tells with their verb and a day (lexicon.toml [told_acts])
_TOLD_ACTS = table("told_acts")
_ACT_VERB_ENDINGS = words("act_verb_endings")  # « publié », not « publique »
_ACT_WORDS = 3  # how many words before a day its verb may stand (« a annoncé samedi », « Moscou annonce, le 26 avril »)


TOLD_EVENTS = words("told_events")  # « la veille du défilé » (round 96)
# « la veille de l'annonce », « la veille du défilé » as `act_of` reads it (folded): the act is where the story
# stands, its eve background
_EVE_OF_AN_ACT = re.compile(
    rf"(?<!\w)(?:avant-)?veille\s+(?:du|de\s+la|de\s+l{APOS})\s*(?:{'|'.join([*_TOLD_ACTS, *TOLD_EVENTS])})$",
    re.IGNORECASE,
)


ACT_NOUN = re.compile(r"\s*(?P<noun>[^\W\d_]+)")


def eve_of_an_act(mention: DateMention) -> bool:
    """Whether `mention` is « la veille de l'annonce » as `act_of` reads it: the eve of an act told before, background
    to the story, which stands at the act."""
    return _EVE_OF_AN_ACT.search(fold_word(mention.text)) is not None


def told_acts(text: str, mentions: Iterable[DateMention]) -> dict[str, DateMention]:
    """The day each act of lexicon.toml [told_acts] is told on in `text`, by its noun: a day with the act's verb among
    the few words before it (« a annoncé samedi le président » for « l'annonce »); the last such day wins."""
    acts: dict[str, DateMention] = {}
    for mention in mentions:
        if len(mention.edtf) != 10 or mention.since:
            continue
        before = re.findall(r"[^\W\d_]+", fold_word(text[max(0, mention.start - 60) : mention.start]))[-_ACT_WORDS:]
        for noun, stem in _TOLD_ACTS.items():
            if any(word.startswith(stem) and word[len(stem) :] in _ACT_VERB_ENDINGS for word in before):
                acts[noun] = mention
    return acts


_EVENT_REACH = 80  # how far (in characters) from a day the noun of an event told with it may stand
# lexicon.toml [as_written] `event_relatives`, as written: « où », never « ou » (review64a)
_EVENT_RELATIVE = re.compile(written_words("event_relatives"), re.IGNORECASE)
_EVENT_VERBS = words("event_verbs")  # « a assisté mercredi au défilé »: whose day the event's is (review64a)
_EVENT_CUTS = words("event_cuts")  # « deux jours après le défilé »: a day of another fact (review64a)
_EVENT_AUXILIARIES = words("event_auxiliaries")  # « des vétérans ont défilé »: a participle, no noun (review64a)
_CLAUSE_MARK = re.compile(r"[,;:.()«»!?]")  # where the clause of a day ends
# « la veille de la », « au lendemain du »: an eve or a morrow just before an event's noun, whose day it is not
_AN_EVE_OF = re.compile(rf"(?<!\w)(?:veille|lendemain)\s+(?:du|des|de\s+la|de\s+l{APOS})\s*$", re.IGNORECASE)
_FRONTED = re.compile(r"\W*(?:[^\W\d_]+,\s*)?")  # before a day opening its sentence: nothing, or one word (« Hier, »)
_AN_EVENT = re.compile(r"[^\W\d_]+")
# the words between an event's noun and a day that name it by that day (« le défilé du 9 mai », « un défilé pour le 10
# octobre », « le sommet prévu mardi »; a day's « le » is the day's own)
_NAMES_THE_EVENT = (["du"], ["de"], ["pour"], ["prevu"], ["prevue"])


def _event_words(text: str, start: int, end: int) -> list[str]:
    """The words of `text[start:end]`, folded one by one (so that offsets are `text`'s own)."""
    return [fold_word(w.group()) for w in _AN_EVENT.finditer(text, start, end)]


def _attended(words_: list[str]) -> bool:
    """Whether a verb of attending or holding an event (lexicon.toml `event_verbs`) is among `words_`."""
    return any(w.startswith(tuple(_EVENT_VERBS)) for w in words_)


_A_TITLE = re.compile(r"(?<![^\W\d_])(?:M|Mme|Mgr|Dr|[A-Z])\.$")  # « M. Kim », « Mme Choe »: no clause's end


def _a_relative_clause(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` (between an event's noun and a day) opens a clause about the event (« , auquel Kim a
    assisté », « où Kim a assisté »): a relative word as written, every clause mark in it right before one, with a
    verb of attending or holding the event."""
    if not any(_EVENT_RELATIVE.fullmatch(w.group()) for w in _AN_EVENT.finditer(text, start, end)):
        return False
    for mark in _CLAUSE_MARK.finditer(text, start, end):
        if _A_TITLE.search(text, 0, mark.end()):
            continue  # « où M. Kim est apparu mercredi »: a title's point ends no clause
        follows = _AN_EVENT.search(text, mark.end(), end)
        if (
            follows is None
            or text[mark.end() : follows.start()].strip()
            or not _EVENT_RELATIVE.fullmatch(follows.group())
        ):
            return False  # « Kim a promis lors du sommet que …, a rapporté jeudi »: another clause's day
    return _attended(_event_words(text, start, end))


def told_events(text: str, mentions: Iterable[DateMention]) -> dict[str, DateMention]:
    """The day each event of lexicon.toml `told_events` is told on in `text`, by its noun: a day with the noun just
    after it in its clause and a verb of attending or holding it (« Kim a assisté mercredi au grand défilé »), or
    before it with a clause about the event between them (« au lendemain du défilé militaire de Pékin, auquel Kim a
    assisté mercredi »), or naming it (« le défilé du 9 mai »); the last such day wins (round 96). Never a day set
    beside an eve (« Jeudi, la veille de la cérémonie, »), nor one of another fact (« Jeudi, deux jours après le
    défilé », « a annoncé mardi un sommet »), nor one when a day names the event after it (« a annoncé le 28 avril un
    défilé pour le 9 mai »), nor one of another thing named after the event (« une semaine après la fête du 15 août »,
    review64a)."""
    events: dict[str, DateMention] = {}
    mentions = list(mentions)
    starts = sorted(m.start for m in mentions)
    for mention in mentions:
        if len(mention.edtf) != 10 or mention.since:
            continue
        after = _CLAUSE_MARK.search(text, mention.end, mention.end + _EVENT_REACH)
        if after is not None and after.group() == "," and _FRONTED.fullmatch(text, 0, mention.start):
            # « Mercredi, Kim a assisté au grand défilé », « Hier, mercredi 3 septembre, Kim a assisté à Pékin au
            # grand défilé »: a day opening the sentence is its main clause's, up to that clause's end
            after = _CLAUSE_MARK.search(text, after.end(), mention.end + _EVENT_REACH)
        window = max(0, mention.start - _EVENT_REACH)  # the day's clause before it, within reach
        opening = max((m.end() for m in _CLAUSE_MARK.finditer(text, window, mention.start)), default=window)
        if _FRONTED.fullmatch(text, 0, mention.start):
            opening = 0
        end = after.start() if after else min(len(text), mention.end + _EVENT_REACH)
        for word in _AN_EVENT.finditer(text, mention.end, end):
            noun = fold_word(word.group())
            if noun not in TOLD_EVENTS or _AN_EVE_OF.search(text, 0, word.start()):
                continue
            between = _event_words(text, mention.end, word.start())
            clause = _event_words(text, opening, word.start())
            if (
                _EVENT_CUTS.intersection(between)
                or _EVENT_AUXILIARIES.intersection(clause[-1:])
                or not _attended(clause)
            ):
                continue
            later = bisect.bisect_left(starts, word.end())
            if later < len(starts) and starts[later] < end:
                continue  # « un défilé pour le 9 mai »: a day names the event after its noun
            events[noun] = mention
        start = max(0, mention.start - _EVENT_REACH)
        for word in _AN_EVENT.finditer(text, start, mention.start):
            noun = fold_word(word.group())
            if noun not in TOLD_EVENTS:
                continue
            between = _event_words(text, word.end(), mention.start)
            if between in _NAMES_THE_EVENT or (
                not _EVENT_CUTS.intersection(between) and _a_relative_clause(text, word.end(), mention.start)
            ):
                # « le défilé du 9 mai », « le sommet de mardi », « un défilé pour le 10 octobre »: the day names the
                # event (review64a: a later sentence's « défilé pour le 10 octobre » is the eve's, not a parade told
                # before)
                events[noun] = mention
    return events


def act_of(
    text: str,
    match: re.Match[str],
    thing: re.Match[str],
    days: list[DateMention],
    acts: Mapping[str, DateMention] | None,
    side: list[DateMention] | None = None,
) -> tuple[DateMention, int] | None:
    """The day the act « la veille de l'annonce » names (lexicon.toml [told_acts]) was told on, in the sentence before
    the words, else in the sentences before (`told_acts`), and where the act's noun ends; None for another thing, or
    an act told on no day. An event (« la veille du défilé », lexicon.toml `told_events`) counts from the day told
    with it before the words, or after them in a side clause (`side`: « au lendemain du défilé militaire de Pékin,
    auquel Kim a assisté mercredi »), else in the sentences before (round 96)."""
    noun = ACT_NOUN.match(text, thing.end())
    if noun is None:
        return None
    folded = fold_word(noun["noun"])
    before = [d for d in days if d.end <= match.start()]
    if folded in _TOLD_ACTS:
        here = told_acts(text, before)
    elif folded in TOLD_EVENTS:
        here = told_events(text, [*before, *(d for d in side or [] if d.start >= noun.end())])
    else:
        return None
    told = here.get(folded) or (acts or {}).get(folded)
    return None if told is None else (told, noun.end())


def _told_from_a_day_before(told: DateMention | None, day: str) -> bool:
    """Whether the story goes on from a day the sentence before names with its number, before `day` (« Le 3
    novembre, Kiev a annoncé la capture de deux soldats. Moscou a démenti la veille … »): its « la veille » counts
    from that day, not from the news's (review54)."""
    return (
        told is not None
        and ISO_DAY.fullmatch(told.edtf) is not None
        and told.edtf < day
        and any(c.isdigit() for c in told.text)
    )


def eve_of_the_news(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« Moscou a démenti la veille », « Un responsable américain a de son côté déclaré la veille que … »: « la veille »
    right after a verb in the passé composé, a past told from the present, in a sentence that names no day, after one
    that names none with its number before the news (`_told_from_a_day_before`), is the eve of the news the article
    reports (its weekday in the page's window, else a reprinted wire story's dateline), not of the last day told: a wire
    story's other voices spoke the day before its news. After the pluperfect (« avait confirmé la veille ») or opening
    the sentence (« La veille, »), it goes on telling the story from the day told before, as before."""
    eve = fold_word(" ".join(match.group().split())) in ("la veille", "veille")
    if not eve or not ends_in_the_perfect(match.string[: match.start()]):
        return None
    news = ctx.news_day.edtf if ctx.news_day is not None else ctx.published.text if ctx.page is not None else None
    if news is None or len(news) != 10 or _told_from_a_day_before(ctx.previous, news):
        return None
    found = iso_day(date.fromisoformat(news) - timedelta(days=1))
    basis = f"{quote(match)}, after a verb in the passé composé: the eve of the news's day ({news}) → {found}"
    return date_mention(match, found, basis, DAY_RANK)


ANCHORED = re.compile(
    r"(?<!\w)(?<!jour\sau\s)(?:le\s+)?(?:sur)?lendemain(?!\w)|(?<!\w)(?:la\s+)?(?:avant-)?veille(?!\w)"
    # « le jour même » (round 29: no date); not « du jour au lendemain »: overnight
    r"|(?<!\w)(?:le|ce)\s+m[êe]me\s+jour(?!\w)|(?<!\w)le\s+jour\s+m[êe]me(?!\w)|(?<!\w)ce\s+jour-l[àa](?!\w)",
    re.IGNORECASE,
)
