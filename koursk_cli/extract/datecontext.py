"""What a sentence's dates are read against (`DateContext`): the publication, the days told before, the story's
time, the clauses; and its choice of the year of a date the text gives without one (`DateContext.yearless`)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..dates import DateError, FuzzyDate, Precision, parse_edtf
from ..store.hedges import conditional_verb
from ..words import counted
from . import storyyear
from .clauses import Clauses, tells_the_past
from .datemention import DateMention
from .frwords import fold_same_length, fold_word
from .yearclues import (
    A_COUNT_AFTER,
    A_NOUN_S,
    A_YEAR_GONE,
    APPOSITION_AHEAD_DAYS,
    BEFORE_OR_AFTER_IT,
    BOUND_AHEAD_DAYS,
    CEREMONY_AHEAD_DAYS,
    CEREMONY_DONE,
    CLAUSE_OPENS,
    DEADLINE,
    DURING,
    FRAMING_YEAR,
    FUTURE_VERB,
    MONTH_AHEAD_DAYS,
    PRESENT_AHEAD_DAYS,
    PURPOSE,
    SAME_YEAR,
    SET_FOR,
    SET_FOR_AHEAD_DAYS,
    STALE_PRESENT_DAYS,
    STORY_STEPS_BACK,
    UNTIL,
    UNTIL_IN,
    WISHED,
    a_participle_s,
    both_years,
    bound_side,
    days_until,
    of_a_ceremony,
    of_a_noun_in_apposition,
    scheduled_verb,
)


@dataclass(frozen=True, slots=True)
class DateContext:
    """What the rules read a sentence's dates against: the publication, the days and times told before it, its
    clauses; and how a date without a year gets one (`yearless`)."""

    published: FuzzyDate
    news_day: DateMention | None = None
    """The article's own day, when it names one (see `news_day`)."""
    anchor: DateMention | None = None
    """The day « le lendemain » and « la veille » count from: the sentence's own, else the previous sentence's."""
    text: str = ""
    clauses: Clauses | None = None
    """The sentence's clauses (see clauses.py): which clause a date stands in, and whether it speaks of the future."""
    previous: DateMention | None = None
    """The last date the sentence before names, of any precision (« à l'automne »): what « Depuis, » and « six mois
    plus tard » count from when this sentence names none before them."""
    year: int | None = None
    """The year a chronology's heading gives the sentence (« 2024 » alone on its line over « 8 octobre : … »)."""
    own_day: DateMention | None = None
    """The day the sentence's main clause names, if any: the day a count of days « en trois jours » ends on."""
    page: date | None = None
    """The page's own day when it reprints a wire story told from an earlier dateline (byline.py `dispatch_day`)."""
    said_on: DateMention | None = None
    """The past time the sentence's main clause names, which a count « depuis » in the imperfect counts back from, and
    every such count when it is a day and the sentence reports a statement (`statement`; `since_count`)."""
    statement: bool = False
    story: date | None = None
    """The time a retrospective paragraph has reached (« Tout commence le 19 juin 2024 … »; datechecks.py `retrospective`): the story told
    forward, its dates without a year are the first such from it on."""

    def _a_ceremony_done(self, match: re.Match[str], marker: str | None) -> bool:
        """Whether the sentence tells the ceremony whose day `match` names as done (`CEREMONY_DONE`, `A_YEAR_GONE`,
        `DURING`), or its clause is in the pluperfect (« Kim avait assisté à la parade du 9 mai »)."""
        if CEREMONY_DONE.match(match.string, match.end()):
            return True
        if self.clauses is None:
            return A_YEAR_GONE.search(match.string) is not None
        regions = self.clauses.regions(match.start())
        if any(A_YEAR_GONE.search(match.string, first, last) for first, last in regions):
            return True
        if any(STORY_TENSE.search(match.string, first, last) for first, last in regions):
            return True
        if marker is not None or any(conditional_verb(match.string[first:last]) for first, last in regions):
            return False  # « Poutine remercierait Kim lors du défilé du 9 mai, a fait savoir le Kremlin »
        during = DURING.search(match.string, max(0, match.start() - 80), match.start())
        if during is None or CLAUSE_OPENS.search(match.string, 0, during.start()) is None:
            return False
        return self.clauses.told_as_done(match.start(), imperfect=False)

    def yearless(
        self, month: int, day: int | None, what: str, match: re.Match[str], *, soon: bool = True
    ) -> tuple[int, str]:
        """The year of a date the text gives without one, and the note that says how it was chosen: the latest one
        not after the publication; « prochain » after it, the first one after; in a clause that speaks of the future
        (« enverra », « pourraient envoyer »), the nearer of the latest and the first one not before the publication;
        a month about to begin, told in no past tense, the coming one (`soon`: not the end of a range that began the
        year before, « de décembre à février », whose start is no month to come)."""
        framed = FRAMING_YEAR.match(match.string)
        if framed is not None and framed.end() <= match.start():
            # « En 1950, personne n'avait vu venir l'offensive du 25 juin »: the year the sentence opens with
            said = " ".join(framed.group().split())
            return int(framed["y"] or framed["entry"]), f"the year the sentence opens with, « {said} »"
        if self.year is not None:
            return self.year, f"the year of the chronology's heading above it, « {self.year} »"
        if (same := self.the_same_year(match)) is not None:
            return same
        if (around := self._around_the_time_told(month, day, match)) is not None:
            return around
        past = _latest_year(month, day or 1, self.ref)
        if (told := self.story_year(month, day, match)) is not None:
            return told  # the story's clock, even where it agrees with the latest: no rule of the page's present after
        note = f"no year given: the latest {what} not after the publication ({self.published.text})"
        start = self.published.start
        ahead = start.year if (month, day or 31) >= (start.month, start.day) else start.year + 1
        after = re.match(r"\s+(?P<w>prochaine?|derni[èe]re?)(?!\w)", match.string[match.end() :], re.IGNORECASE)
        if after is not None and fold_word(after["w"]).startswith("prochain"):
            later = month > start.month if day is None else (month, day) > (start.month, start.day)
            year = start.year if later else start.year + 1
            return year, f"« {after['w']} »: the first {what} after the publication ({self.published.text})"
        if after is not None and day is None and month == start.month and past == start.year:
            # « dès janvier dernier » on 12 January 2026: the latest January over, as « l'automne dernier » and
            # « jeudi dernier » are, never the month the page is written in (round 20)
            return past - 1, f"« {after['w']} »: the latest {what} over before the publication ({self.published.text})"
        bound = bound_side(match) if after is None else None
        if bound is not None and bound[0] == "back":
            return past, f"{note}; « depuis » looks back: the period began by then"
        marker = (
            self.clauses.future_verb(match.start(), of_a_noun=True)
            if self.clauses is not None and after is None
            else None
        )
        until = (
            UNTIL.search(match.string, max(0, match.start() - 12), match.start()) or UNTIL_IN.match(match.group())
            if after is None
            else None
        )
        if marker is None and until is not None and not tells_the_past(match.string):
            # « l'accord court jusqu'au 30 avril »: a state that lasts up to a day, told in the present
            marker = f"{' '.join(until.group().split())}, in a clause without a past tense"
        bound_gap = days_until(ahead, month, day or 1, start)
        if (
            marker is None
            and bound is not None
            and bound[0] == "ahead"
            and ahead != past
            and self.bound_ahead(match, bound[1], bound_gap)
        ):
            return ahead, (
                f"no year given; a bound {counted(bound_gap, 'day')} ahead of the publication ({self.published.text}):"
                f" the coming {what}, not the one a year before"
            )
        scheduled = scheduled_verb(match) if marker is None and after is None and ahead != past else None
        if scheduled is not None and 0 <= days_until(ahead, month, day or 1, start) <= MONTH_AHEAD_DAYS:
            return ahead, (
                f"no year given; « {scheduled} » in the present tells a date to come: the coming {what}, not the one "
                f"a year before ({self.published.text})"
            )
        set_for = (
            SET_FOR.search(match.string, max(0, match.start() - 60), match.start())
            if after is None and ahead != past
            else None
        )
        if set_for is not None and 0 <= (ahead_gap := days_until(ahead, month, day or 1, start)) <= SET_FOR_AHEAD_DAYS:
            said = " ".join(set_for.group().split())
            return ahead, (
                f"no year given; « {said} » sets a time to come, in the present: the coming {what}, "
                f"{counted(ahead_gap, 'day')} after the publication ({self.published.text}), not the one a year before"
            )
        if (
            after is None
            and ahead != past
            and day is not None
            and of_a_ceremony(match)
            and not self._a_ceremony_done(match, marker)
        ):
            ahead_gap = days_until(ahead, month, day, start)
            if 0 <= ahead_gap <= CEREMONY_AHEAD_DAYS:
                return ahead, (
                    f"no year given; the day of a ceremony, {counted(ahead_gap, 'day')} after the publication "
                    f"({self.published.text}): the coming {what}, not the one a year before"
                )
        deadline = None
        if marker is None and after is None and self.clauses is not None:
            deadline = self._deadline(match)
            marker = deadline
        if marker is None and ahead != past and day is not None and of_a_noun_in_apposition(match):
            ahead_gap = days_until(ahead, month, day, start)
            if 0 <= ahead_gap <= APPOSITION_AHEAD_DAYS:
                return ahead, (
                    f"no year given; set off by commas after a noun, it dates that noun, not the verb: the nearest "
                    f"{what}, {counted(ahead_gap, 'day')} after the publication ({self.published.text})"
                )
        if marker is None and ahead != past and day is not None and self.clauses is not None:
            ahead_gap = days_until(ahead, month, day, start)
            present = not self.clauses.tells_the_past_at(match.start())
            if 0 <= ahead_gap <= PRESENT_AHEAD_DAYS and present:
                return ahead, (
                    f"no year given; told in the present, {counted(ahead_gap, 'day')} after the publication "
                    f"({self.published.text}): the coming {what}, not the one a year before"
                )
            if present and days_until(past, month, day, start) < -STALE_PRESENT_DAYS and ahead_gap >= 0:
                return past, both_years(past, ahead, month, day, f"{note}, though told in the present")
        if soon and marker is None and after is None and ahead != past and day is None and self.clauses is not None:
            # « le vote, mi-novembre, d'une résolution » on 31 October, « avant la pause estivale, mi-juillet » in June:
            # a month that begins soon, told in no past tense, is the coming one, not the one ten months back
            ahead_gap = days_until(ahead, month, 1, start)
            if 0 < ahead_gap <= MONTH_AHEAD_DAYS and not self.clauses.told_as_done(match.start()):
                return ahead, (
                    f"no year given; told in no past tense, {counted(ahead_gap, 'day')} before it begins "
                    f"({self.published.text}): the coming {what}, not the one a year before"
                )
        if marker is None or ahead == past:
            return past, note
        if (
            deadline is None
            and FUTURE_VERB.search(fold_same_length(marker)) is not None
            and marker in match.string[: match.start()]
            and not A_NOUN_S.search(match.string, max(0, match.start() - 6), match.start())
            and not A_NOUN_S.match(match.group())
            and not a_participle_s(match)
        ):
            # « Son mémoire sera soutenu à la mi-juin » in November: the simple future before the date names no day
            # already past (not a noun's date: « publieront les chiffres de septembre », « on retiendra la date du 24
            # février »; nor one told before a future that follows: « entrée dans sa cinquième année le 24 février,
            # « ne se terminera pas avant 2027 » »)
            return ahead, (
                f"no year given; the clause speaks of the future (« {marker} »), in the simple future: the nearest "
                f"{what} ahead of the publication ({self.published.text})"
            )
        first_day, last_month_day = day or 1, day or calendar.monthrange(past, month)[1]
        past_gap = (start - date(past, month, last_month_day)).days
        ahead_gap = (date(ahead, month, min(first_day, 28)) - self.ref).days
        if ahead_gap >= past_gap:
            if deadline is not None:  # a deadline of a purpose or of the present, nearer in the past
                return past, both_years(past, ahead, month, day, f"{note}, though « {deadline} » points ahead")
            return past, note
        return ahead, (
            f"no year given; the clause speaks of the future (« {marker} »): the nearest {what} ahead of the "
            f"publication ({self.published.text})"
        )

    def the_same_year(self, match: re.Match[str], *, at: int | None = None) -> tuple[int, str] | None:
        """« en octobre de la même année » (`SAME_YEAR` after the match, or the words up to `at`: « cette
        année-là »): the last year written out before it in the sentence, else the year of the date the sentences
        before told with its year (`previous`); None when no year was told."""
        said = SAME_YEAR.match(match.string, match.end()) if at is None else None
        if said is None and at is None:
            return None
        phrase = " ".join((said.group() if said is not None else match.string[match.start() : at]).split())
        # not a count of things (review61b: « Arrivés en Russie en 2024, 1998 soldats ont été tués en mars de la
        # même année » is 2024)
        told = [
            y
            for y in TOLD_YEAR.finditer(match.string, 0, match.start())
            if not A_COUNT_AFTER.match(match.string, y.end())
        ]
        if told:
            return int(told[-1].group()), f"« {phrase} »: the year told last, « {told[-1].group()} »"
        # else the year the date the sentences before told with its year names last (« Entre 2022 et 2024 »: 2024,
        # review61b: its first year was taken)
        before = list(TOLD_YEAR.finditer(self.previous.text)) if self.previous is not None else []
        if self.previous is None or not before:
            return None
        return int(
            before[-1].group()
        ), f"« {phrase} »: the year of « {' '.join(self.previous.text.split())} », told before it"

    def _around_the_time_told(self, month: int, day: int | None, match: re.Match[str]) -> tuple[int, str] | None:
        """« entré en vigueur le 4 décembre 2024, le traité signé le 19 juin précédent », « arrivés en octobre 2024,
        engagés le 4 novembre suivant »: the latest such date up to the time told before it (the month told with its
        year earlier in the sentence, else the date the sentences before told), or the first from it on (round 80;
        « précédent » was read as the latest before the page, 2025)."""
        after = BEFORE_OR_AFTER_IT.match(match.string, match.end())
        if after is None:
            return None
        story = storyyear.month_told_with_its_year(match.string, match.start())
        if story is None and self.previous is not None and TOLD_YEAR.search(self.previous.text) is not None:
            try:
                told = parse_edtf(self.previous.edtf)
            except DateError:
                return None
            story = (told.start, " ".join(self.previous.text.split()))
        if story is None:
            return None
        when, said = story
        wanted = (month, day or 1)
        if after["before"]:
            year = when.year if wanted <= (when.month, when.day if story[0].day > 1 else 31) else when.year - 1
            return year, f"« {after.group().strip()} »: the latest up to « {said} » told before it"
        year = when.year if wanted >= (when.month, when.day) else when.year + 1
        return year, f"« {after.group().strip()} »: the first from « {said} » on, told before it"

    def bound_ahead(self, match: re.Match[str], bound: int, gap: int) -> bool:
        """Whether a bound ahead (`bound_side`, its word at `bound`) puts the date at `match` in the coming one, `gap`
        days after the page: within a season (`BOUND_AHEAD_DAYS`), after a verb that asks for what the bound dates
        (`Clauses.asks_ahead`) or in a wish (`WISHED`). A clause merely without a past tense is no sign: narratives
        are told in the historical present, the passé simple or without a verb (« les soldats participent aux combats
        à partir du 6 décembre », « Avant Noël, les Nord-Coréens tinrent seuls le secteur »)."""
        if not 0 <= gap <= BOUND_AHEAD_DAYS or self.clauses is None:
            return False
        return self.clauses.asks_ahead(bound) or WISHED.search(match.string, max(0, bound - 80), bound) is not None

    def story_year(self, month: int, day: int | None, match: re.Match[str]) -> tuple[int, str] | None:
        """The year of the story the sentence tells, when the month and year it told before lie long before the page
        and no future or « prochain »/« dernier » points elsewhere (storyyear.py): « le traité signé le 19 juin 2024
        et ratifié à l'automne » on a page of December 2026 is autumn 2024; a day of the month whose days the sentence
        before told with their year is of that year."""
        if re.match(r"\s+(?:prochaine?|derni[èe]re?)(?!\w)", match.string[match.end() :], re.IGNORECASE):
            return None
        if self.story is not None and (told := self._in_the_story_told(month, day)) is not None:
            return told  # the story's future too (« L'hiver sera meurtrier : … dès février »): a future in the past
        if self.clauses is None or self.clauses.future_verb(match.start(), of_a_noun=True):
            return None
        story = storyyear.month_told_with_its_year(match.string, match.start())
        back = storyyear.told_backward(match.string, match.start()) if story is not None else None
        if story is not None and back is not None and (year := storyyear.last_year(month, back, self.ref)) is not None:
            return (
                year,
                f"no year given: the story's, the latest up to « {story[1]} », « après » telling what came before",
            )
        if (
            story is None
            and _ON_THE_PAGE_S_CLOCK.search(match.string, 0, match.start())
            and not _PAST_PERFECT.search(match.string, match.end(), match.end() + 100)
        ):
            return None  # « Le mois dernier, …, a rapporté l'agence le 28 décembre »: the page's time, not the story's
        if story is None and day is not None and self.previous is not None:
            if (held := self._held_by_the_span_before(month, day)) is not None:
                return held
            story = self._told_days_before(month, day)
        if story is None and day is None and self.previous is not None and not _OF_THE_NEWS.search(_around(match)):
            story = self._told_month_before(month)
        if story is None or (year := storyyear.next_year(month, story[0], self.ref)) is None:
            return None
        return year, f"no year given: the story's, the first after « {story[1]} » told before it"

    def _in_the_story_told(self, month: int, day: int | None) -> tuple[int, str] | None:
        """The year of the first such date from the time a retrospective paragraph has reached (`story`), when it is
        not after the page (« Tout commence à la fin de l'été 2024. Le 6 août, l'Ukraine lance … » on a page of March
        2026: 2024, not the latest 6 August, 2025; round 80)."""
        assert self.story is not None
        # a story told forward may step back a little (« le 23 octobre, … ont franchi la frontière à l'automne »: the
        # autumn that holds it), never a season or more: « mi-décembre … dès février » is the February after
        since = self.story - STORY_STEPS_BACK
        since = since if day is not None else since.replace(day=1)  # a month: from the month it began in
        try:
            year = since.year if date(since.year, month, day or 1) >= since else since.year + 1
            if date(year, month, day or 1) > self.ref:
                return None
        except ValueError:
            return None
        return year, f"no year given: the story a retrospective paragraph tells, the first from {since.isoformat()} on"

    def _held_by_the_span_before(self, month: int, day: int) -> tuple[int, str] | None:
        """The year of a day that falls within the span the sentence before told with its year, under a year long and
        long before the page (« Tourné entre décembre 2024 et mars 2025, le film … . On y entend … le 6 janvier »,
        « … entre Noël 2024 et le Nouvel An. Une séquence tournée le 31 décembre » on a page of March 2026 were read
        as the latest, 2026 and 2025): the story is still in that span."""
        assert self.previous is not None
        if TOLD_YEAR.search(self.previous.text) is None or not _MONTHS_OR_DAYS.fullmatch(self.previous.edtf):
            return None
        try:
            told = parse_edtf(self.previous.edtf)
        except DateError:
            return None
        if not 1 <= (told.end - told.start).days < 366 or self.ref - told.end < storyyear.OLD_STORY:
            return None
        for year in sorted({told.start.year, told.end.year}):
            try:
                held = date(year, month, day)
            except ValueError:
                continue
            if told.start <= held <= told.end:
                said = " ".join(self.previous.text.split())
                return year, f"no year given: within « {said} », the span the sentence before told"
        return None

    def _told_days_before(self, month: int, day: int) -> tuple[date, str] | None:
        """The month and year of the days the sentences before told, when this day comes after them in that month, the
        story told forward (« … capturés les 9 et 10 janvier 2025. Kiev a annoncé leur capture le 11 janvier »; round
        26). A year told earlier is no guide to another month (storyyear.py), nor a month told with its year to a day
        (« fin avril 2025. … le 6 avril »), nor the same day told again (« le 28 avril 2025. … le 28 avril »)."""
        assert self.previous is not None
        days = _TOLD_DAYS.fullmatch(self.previous.edtf)
        told = storyyear.month_told_with_its_year(self.previous.text, len(self.previous.text))
        if days is None or told is None or told[0].month != month or day <= int(days["last"]):
            return None
        return told

    def _told_month_before(self, month: int) -> tuple[date, str] | None:
        """The month the sentences before left the story at, when this month follows it closely, the story told
        forward (« … arrivés en Russie à la mi-octobre 2024. Ils ont été envoyés à Koursk en novembre »
        on a page of January 2026 is November 2024; round 42: it was read as the latest November, 2025)."""
        assert self.previous is not None
        told = _TOLD_MONTH.match(self.previous.edtf)
        ends = _TOLD_MONTH.match(self.previous.edtf.split("/")[-1])
        if told is None or ends is None or _OF_THE_PAGE.search(self.previous.text):
            return None
        start = date(int(told["y"]), int(told["m"]), 1)
        months = (int(ends["y"]) - start.year) * 12 + int(ends["m"]) - start.month  # how many more the date spans
        # a month after the one told, or within the months told (« l'hiver 2024 … mi-décembre »); never the same
        # month again, which a story told backward names too (« fin avril 2025 … entre fin mars et début avril »),
        # nor after a year or more (« entre août 2023 et janvier 2025 … début décembre »: which December?)
        if months >= 12 or not (0 if months else 1) <= (month - start.month) % 12 <= max(months, _MONTHS_TOLD_FORWARD):
            return None
        return start, " ".join(self.previous.text.split())

    def _deadline(self, match: re.Match[str]) -> str | None:
        """« avant l'investiture de Donald Trump, le 20 janvier » in a clause told in the present, or after a purpose
        (« pour tenter de … avant le 20 janvier »): a deadline still to meet, so the clause points ahead (rev37u U2).
        The words that say so, or None."""
        assert self.clauses is not None
        text = match.string
        before = DEADLINE.search(text, max(0, match.start() - 100), match.start())
        if before is None:
            return None
        purpose = PURPOSE.search(text, max(0, before.start() - 80), before.start())
        if purpose is None and self.clauses.tells_the_past_at(match.start()):
            return None
        said = purpose.group().split()[:3] if purpose is not None else []
        return " ".join([*said, "…", "avant"] if said else ["avant"])

    def coming(self, match: re.Match[str]) -> str | None:
        """The future verb the date at `match` goes with, when it is the nearest verb of its clause (clauses.py)."""
        return self.clauses.future_verb(match.start()) if self.clauses is not None else None

    @property
    def ref(self) -> date:
        """Relative expressions count from the publication's upper bound."""
        return self.published.end

    @property
    def day_precise(self) -> bool:
        return self.published.last.precision is Precision.DAY


def _latest_year(month: int, day: int, ref: date) -> int:
    """The year that puts (month, day) latest without passing `ref`."""
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


# the month a date of the story starts in (« 2024-10 », « 2024-10-11~/2024-10-20~ », « 2024-09/2024-11 ») and how many
# months on a month without a year may follow it (`DateContext._told_month_before`)
_TOLD_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
_MONTHS_TOLD_FORWARD = 3
# … never after a date counted from the page (« il y a un an », « l'été dernier »), nor for a report's publication, a
# state up to a month or the start of one running on (« une estimation publiée fin décembre », « jusqu'à la fin août »,
# « depuis la mi-janvier »): the news's time, not the story's
_OF_THE_PAGE = re.compile(r"(?<!\w)(?:derni[eè]re?s?|prochaine?s?|il\s+y\s+a)(?!\w)", re.IGNORECASE)
# « Le mois dernier », « la semaine dernière », « ces derniers jours », « cette semaine », « hier »: a sentence set on the
# page's clock before its date, which no longer goes on with the story the sentence before told with an old year (« Il
# y a un an, le 4 décembre 2024, le traité entrait en vigueur. Le mois dernier, …, a rapporté l'agence le 28 décembre »
# on 20 January 2026 was read as 28 December 2024)
_ON_THE_PAGE_S_CLOCK = re.compile(
    r"(?<!\w)(?:(?:le\s+mois|la\s+semaine|le\s+week-end)\s+derni(?:er|[èe]re)|ces\s+derni(?:ers|[èe]res)\s+"
    r"(?:jours|semaines)|cette\s+semaine|hier)(?!\w)",
    re.IGNORECASE,
)
# « … a rappelé que le 6 décembre, les premiers soldats avaient franchi la frontière »: the pluperfect tells a time
# before the page's, the old story's (review55), whatever clock the sentence opens on
_PAST_PERFECT = re.compile(
    r"(?<!\w)(?:avai(?:en)?t|[ée]tai(?:en)?t)\s++(?:[^\W\d_]++\s++)?[^\W\d_]*?(?:[ée]e?s?|is?|us?|ts?)(?![\w'’])",
    re.IGNORECASE,
)
_MONTHS_OR_DAYS = re.compile(r"\d{4}-\d\d(?:-\d\d)?~?/\d{4}-\d\d(?:-\d\d)?~?")  # a span of months or days, no year
TOLD_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year written out: « décembre 2024 », « Noël 2024 »
_OF_THE_NEWS = re.compile(r"(?<!\w)(?:publi[ée]e?s?|jusqu|depuis)(?!\w)", re.IGNORECASE)
# A day or a run of days told exactly (« le 9 janvier 2025 », « les 9 et 10 janvier 2025 »), not a third of a month
_TOLD_DAYS = re.compile(r"(?:\d{4}-\d\d-\d\d/)?\d{4}-\d\d-(?P<last>\d\d)")


def _around(match: re.Match[str]) -> str:
    """The date's words and the three before them (« estimation publiée fin décembre »)."""
    before = match.string[max(0, match.start() - 40) : match.start()].split()[-3:]
    return " ".join([*before, match.group()])


STORY_TENSE = re.compile(
    r"(?<![\w-])(?:avait|avaient|eut|eurent|fut|furent)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|t)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
