"""Each extract rule on small made-up sentences (not the seeds, not the held-out articles): the pure core of
koursk_cli/extract (find_figures, find_dates), so every rule says in one line what it reads and what it leaves."""

from __future__ import annotations

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import clauses
from koursk_cli.extract.clauses import Clauses, future_marker, future_verb, side_spans
from koursk_cli.extract.datemention import PRESENT_RANK
from koursk_cli.extract.frdates import find_dates
from koursk_cli.extract.frlists import asked_noun
from koursk_cli.extract.frnumbers import find_figures
from koursk_cli.extract.frwords import fold_same_length
from koursk_cli.extract.lexicon import qualifiers
from koursk_cli.extract.pagechrome import page_furniture
from koursk_cli.extract.topics import TopicView, TopicWords, topic_words
from koursk_cli.store.loader import default_store_root, read_store

# --- figures -------------------------------------------------------------------------------------------------------


def _figures(sentence: str, published: str = "2025-03-14") -> list[tuple[float | None, str, str | None]]:
    # as draft.py: the page's present (« désormais ») names no number and may stand inside one's reading
    skip = [(m.start, m.end) for m in find_dates(sentence, parse_edtf(published)) if m.rank != PRESENT_RANK]
    return [(f.value, f.value_kind, f.noun) for f in find_figures(sentence, skip)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the word after a date is the qualifier of the next number, not a counted noun of the year
        ("Kiev tient depuis le 3 mai 2023 environ 900 km² du district.", [(900, "approximate", "km²")]),
        ("Les forces ont pris le 2 juin 2025 environ 40 villages.", [(40, "approximate", "villages")]),
        ("Ils ont repris en 2023 quelque 70 chars.", [(70, "approximate", "chars")]),
    ],
)
def test_a_qualifier_after_a_date_qualifies_the_next_number(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Quelque 35 % des drones lancés ont été abattus.",
        "Près de 60 pour cent des sondés soutiennent la trêve.",
        "Entre 20 et 30 % des munitions seraient défectueuses.",
        "Moscou a reçu des mortiers de 120 mm et des canons de 130 millimètres.",
        "Les obusiers de calibre 152 sont arrivés.",
    ],
)
def test_a_share_or_a_size_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # « contre N »: an earlier count of the thing counted before
        (
            "La Marine compte 4 000 marins, contre 2 500 l'an passé.",
            [(4000, "exact", "marins"), (2500, "exact", "marins")],
        ),
        # « le bilan des X s'élève à N »: the noun is named before the verb
        ("Le bilan des blessés s'élève à au moins 300, selon la police.", [(300, "at_least", "blessés")]),
        ("Le nombre de victimes se serait établi à 75, selon Kiev.", [(75, "exact", "victimes")]),
        # … with hyphenated adjectives and a complement between, an adverb after the verb (review 3 M4)
        ("Le nombre de marins sud-coréens s'élève à 1 200, selon Séoul.", [(1200, "exact", "marins")]),
        ("Le nombre de marins s'élève désormais à 1 200.", [(1200, "exact", "marins")]),
        ("Le nombre de marins sud-coréens présents en mer s'élèverait ainsi à 900.", [(900, "exact", "marins")]),
        ("Le bilan des blessés s'établit officiellement à 42.", [(42, "exact", "blessés")]),
        ("Le nombre total de blessés atteint aujourd'hui 300.", [(300, "exact", "blessés")]),
        # no such phrase before the number: the noun after it is the counted one
        ("Le nombre de marins reste secret ; 300 navires sont à quai.", [(300, "exact", "navires")]),
    ],
)
def test_a_count_whose_noun_is_left_out_takes_the_noun_it_counts(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence, "2024-12-01") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # « à N le nombre de X » names X, whatever stands between the verb and « à »
        ("L'OTAN a estimé mardi à 3 500 le nombre de marins présents.", [(3500, "exact", "marins")]),
        ("Le ministère chiffre à « environ deux mille » les blessés civils.", [(2000, "approximate", "blessés")]),
        # the pronoun « en » and « d'entre eux » stand for the thing counted before
        ("Kiev tenait 800 km² en mars ; il n'en tiendrait plus qu'environ 200.",
         [(800, "exact", "km²"), (200, "approximate", "km²")]),
        ("La police compte 400 manifestants, la mairie s'en tient à « 250 ».",
         [(400, "exact", "manifestants"), (250, "exact", "manifestants")]),
        ("Selon Rome, 600 marins ont été déployés, et 40 d'entre eux ont été blessés.",
         [(600, "exact", "marins"), (40, "exact", "marins")]),
        # … or, with nothing counted before in the sentence, a candidate whose noun the curator writes
        ("Rome en aurait perdu 300 en un mois.", [(300, "exact", None)]),
        # no pronoun, no « le nombre de »: a number with no noun is no figure
        ("Il est arrivé en 300 jours.", []),
        ("Le score est de 300 à la mi-temps.", []),
    ],
)  # fmt: skip
def test_an_elided_noun_is_the_one_named_after_or_counted_before(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence, "2024-12-01") == expected


def test_a_figure_whose_noun_is_left_out_reaches_the_words_that_name_it() -> None:
    """The figure spans « 4.700 d'entre eux », « 8 000 le nombre de soldats », so that the verb after them (« ont été
    tués ») is seen governing it (the topic of losses, not of troops)."""
    figure = find_figures("Séoul estime que 15 000 soldats sont partis et que 4.700 d'entre eux ont été tués.")[-1]
    assert (figure.text, figure.noun) == ("4.700 d'entre eux", "soldats")
    figure = find_figures("Il a évalué lundi à 8 000 le nombre de soldats tués.")[0]
    assert (figure.text, figure.noun) == ("8 000 le nombre de soldats", "soldats")


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Près de 600 km² ont été repris.", 540, 600),
        ("Kiev a perdu presque 15 chars.", 14, 15),
        ("Pas loin de 2 000 soldats ont été blessés.", 1800, 2000),
        ("Moscou a reçu près d'une centaine de drones.", 90, 100),
    ],
)
def test_nearly_n_is_the_range_up_to_n(sentence: str, low: int, high: int) -> None:
    """docs/editorial.md §10: « près de N » is close to N and not above it, the range 0.9·N–N (rounded up)."""
    [figure] = find_figures(sentence)
    assert (figure.value, figure.value_kind, figure.value_min, figure.value_max) == (None, "range", low, high)
    assert "koursk docs editorial §10" in figure.reading


@pytest.mark.parametrize(
    ("sentence", "value", "kind", "low", "high"),
    [
        ("Ils ont avancé de près de 1,5 km.", None, "range", 1.35, 1.5),
        ("Presque 2,5 km² ont été repris.", None, "range", 2.25, 2.5),
        ("Près de 3 soldats ont été capturés.", 3, "approximate", None, None),
        ("Près de 1 soldat a été capturé.", 1, "approximate", None, None),
    ],
)
def test_nearly_a_decimal_or_small_n_never_gives_an_inverted_or_collapsed_range(
    sentence: str, value: float | None, kind: str, low: float | None, high: float | None
) -> None:
    """Review 3 M2: « près de 1,5 km » was the range 2–1.5, « près de 3 » the range 3–3."""
    [figure] = find_figures(sentence)
    assert (figure.value, figure.value_kind) == (value, kind)
    assert figure.value_min == pytest.approx(low) if low is not None else figure.value_min is None
    assert figure.value_max == high
    if figure.value_min is not None and figure.value_max is not None:
        assert figure.value_min < figure.value_max


@pytest.mark.parametrize("sentence", ["Environ 600 km² ont été repris.", "Quelque 600 km² ont été repris."])
def test_about_n_stays_approximate(sentence: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.value, figure.value_kind) == (600, "approximate")


# --- dates ---------------------------------------------------------------------------------------------------------


def _dates(sentence: str, published: str) -> dict[str, str]:
    return {" ".join(m.text.split()): m.edtf for m in find_dates(sentence, parse_edtf(published))}


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        # 2026-03-12 is a Thursday: a weekday of a future verb is the coming one, of a past verb the last one
        ("Les ministres doivent se retrouver vendredi à Berlin.", "2026-03-12", "vendredi", "2026-03-13"),
        ("Les ministres se retrouveront mardi à Berlin.", "2026-03-12", "mardi", "2026-03-17"),
        ("Le sommet pourrait avoir lieu samedi à Genève.", "2026-03-12", "samedi", "2026-03-14"),
        ("Le ministre a annoncé mardi qu'il se rendra à Berlin.", "2026-03-12", "mardi", "2026-03-10"),
        ("Le ministre se rend mardi à Berlin.", "2026-03-12", "mardi", "2026-03-10"),
        # a weekday that dates a noun (« la réunion de mardi ») is not moved by the verb
        ("Il veut prolonger les discussions de mardi avec Pékin.", "2026-03-12", "mardi", "2026-03-10"),
    ],
)
def test_a_weekday_goes_with_the_nearest_verb_of_its_clause(
    sentence: str, published: str, words: str, edtf: str
) -> None:
    assert _dates(sentence, published)[words] == edtf


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        ("La délégation doit arriver à Rome cette semaine.", "2026-03-10", "cette semaine", "2026-03-09/2026-03-15"),
        ("La délégation est arrivée à Rome cette semaine.", "2026-03-10", "cette semaine", "2026-03-09/2026-03-10"),
        ("Des pourparlers pourraient commencer ce week-end.", "2026-03-10", "ce week-end", "2026-03-14/2026-03-15"),
        ("Des pourparlers ont commencé ce week-end.", "2026-03-10", "ce week-end", "2026-03-07/2026-03-08"),
    ],
)
def test_this_week_and_this_weekend_look_ahead_only_with_a_future_verb(
    sentence: str, published: str, words: str, edtf: str
) -> None:
    assert _dates(sentence, published)[words] == edtf


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        # a yearless day or month range after a future verb is the coming one
        ("Les deux chefs doivent se voir le 3 janvier à Tokyo.", "2025-12-18", "le 3 janvier", "2026-01-03"),
        ("Les deux pays doivent négocier en mars et avril.", "2025-12-18", "en mars et avril", "2026-03/2026-04"),
        ("Le président dit espérer signer un accord le 2 janvier.", "2025-12-18", "le 2 janvier", "2026-01-02"),
        ("Le président a signé un accord le 2 janvier.", "2025-12-18", "le 2 janvier", "2025-01-02"),
        # the nearest verb decides, not a future further on in the sentence
        ("Le 3 janvier, Kiev a annoncé qu'il enverra des renforts.", "2025-12-18", "Le 3 janvier", "2025-01-03"),
        ("L'armée veut reprendre la ville d'ici le 15 février.", "2025-12-18", "d'ici le 15 février",
         "2025-12-18/2026-02-15"),
    ],
)  # fmt: skip
def test_a_date_without_a_year_follows_the_tense_of_its_verb(
    sentence: str, published: str, words: str, edtf: str
) -> None:
    assert _dates(sentence, published)[words] == edtf


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        ("Les bombardements de lundi et mardi ont fait dix morts.", "2026-03-12", "de lundi et mardi",
         "2026-03-09/2026-03-10"),
        ("Ils ont combattu entre mardi et mercredi.", "2026-03-12", "entre mardi et mercredi", "2026-03-10/2026-03-11"),
        ("Les pluies ont duré entre fin mai et début juin.", "2026-07-01", "entre fin mai et début juin",
         "2026-05-21/2026-06-10"),
    ],
)  # fmt: skip
def test_a_range_whose_ends_are_other_rules_keeps_both_ends(
    sentence: str, published: str, words: str, edtf: str
) -> None:
    assert _dates(sentence, published)[words] == edtf


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        # « N jours après que … », « N jours après avoir … »: the clause it opens, N days before the main clause's day
        ("Jeudi, Rome a rappelé son ambassadeur, trois jours après avoir rompu le dialogue.", "2026-03-12",
         "trois jours après avoir", "2026-03-09"),
        ("Jeudi, Rome a rappelé son ambassadeur, trois jours après que Paris l'a fait.", "2026-03-12",
         "trois jours après que", "2026-03-09"),
        # « N jours avant X, le D M »: the day the phrase names may stand in apposition
        ("Les chefs doivent se voir le 3 avril, dix jours avant le sommet de l'alliance, le 13 avril.", "2026-03-12",
         "dix jours avant", "2026-04-03"),
    ],
)  # fmt: skip
def test_a_count_of_days_counts_from_its_anchor(sentence: str, published: str, words: str, edtf: str) -> None:
    assert _dates(sentence, published)[words] == edtf


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Le traité de 1953 reste en vigueur.", "1953"),
        ("En 2019, la ville comptait dix mille habitants.", "2019"),
    ],
)
def test_a_bare_year_after_de_or_en_is_a_date(sentence: str, edtf: str) -> None:
    assert edtf in _dates(sentence, "2026-03-12").values()
    assert not any(value == float(edtf) for value, _, _ in _figures(sentence, "2026-03-12"))  # never a count


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Une colonne de 2000 soldats a franchi le fleuve.", (2000, "exact", "soldats")),
        # a quantifier before « de » makes the number a count, whatever noun follows (review 3 M3)
        ("Selon Kiev, plus de 1900 Nord-Coréens ont été capturés.", (1900, "at_least", "Nord-Coréens")),
        ("Au total, moins de 2000 Ukrainiens sont rentrés.", (2000, "at_most", "Ukrainiens")),
        ("Il en resterait plus de 2000 volontaires.", (2000, "at_least", "volontaires")),
        # no quantifier: a demonym, or a plural after the number, is the thing counted
        ("Un groupe de 2000 Nord-Coréens est arrivé.", (2000, "exact", "Nord-Coréens")),
        ("Des barges de 2000 tonnes remontent le fleuve.", (2000, "exact", "tonnes")),
    ],
)
def test_a_year_that_counts_something_is_no_date(sentence: str, figure: tuple[float, str, str]) -> None:
    assert _dates(sentence, "2026-03-12") == {}
    assert figure in _figures(sentence, "2026-03-12")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("La guerre de 1950 a laissé le pays divisé.", "de 1950"),
        ("Elle invoque la loi de 2000 dans sa version initiale.", "de 2000"),
        ("Le sommet de 2019 à Hanoï avait échoué.", "de 2019"),
        ("Les combats de 2024 et de 2023 se ressemblent.", "de 2023"),
        ("La crise de 2014 aux frontières a tout changé.", "de 2014"),
        ("Le traité de 1961 les lie encore.", "de 1961"),
    ],
)
def test_a_year_after_de_with_nothing_counted_stays_a_date(sentence: str, words: str) -> None:
    assert _dates(sentence, "2026-03-12")[words] == words.split()[-1]


def test_a_range_of_counts_after_de_is_no_year() -> None:
    sentence = "Kiev évoque de 2000 à 3000 soldats."
    assert _dates(sentence, "2026-03-12") == {}
    assert [(f.value_min, f.value_max) for f in find_figures(sentence)] == [(2000, 3000)]


def test_des_dates_the_act_and_runs_to_nothing() -> None:
    """« dès X » is as early as X: the act is dated X, no period runs from X to the publication."""
    [mention] = find_dates("Des renforts pourraient arriver dès cet été.", parse_edtf("2026-06-10"))
    assert (mention.edtf, mention.onset) == ("2026-06/2026-08", True)
    [mention] = find_dates("Les armes ont été vues dès la fin 2025.", parse_edtf("2026-03-12"))
    assert (mention.edtf, mention.onset) == ("2025-10/2025-12", True)


# --- topics --------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def topics() -> list[TopicWords]:
    return topic_words(read_store(default_store_root()).topics.values())


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # a loss word that governs the count: the verb before it, its verb after it, or in apposition
        ("L'armée aurait perdu au moins 300 hommes en une semaine.", "losses"),
        ("Plus de 50 soldats ont été tués près du fleuve.", "losses"),
        ("Quelque 80 soldats ennemis avaient été faits prisonniers.", "losses"),
        ("Les pertes atteindraient 900 hommes, tués ou blessés.", "losses"),
        ("Le NIS estime les pertes ennemies à 700 hommes.", "losses"),
        ("Le raid a permis de capturer une trentaine de soldats ennemis.", "losses"),
        # a loss word elsewhere in the sentence does not make the count a loss
        ("Sur 9 000 hommes envoyés, quelque 900 sont morts, selon Kiev.", "troops"),
        ("Moscou a envoyé 2 000 soldats supplémentaires pour compenser ses pertes.", "troops"),
        ("Un contingent de 9 000 soldats, dont 300 auraient été tués, est arrivé.", "troops"),
        # topic words of the store's topics.yaml (keywords), not of the code
        ("Pyongyang a envoyé trois bataillons et 400 instructeurs.", "troops"),
        ("L'armée a repris plusieurs dizaines de kilomètres carrés et deux localités.", "territory"),
    ],
)
def test_the_topic_of_the_first_figure(topics: list[TopicWords], sentence: str, topic: str) -> None:
    figure = find_figures(sentence)[0]
    found, why = TopicView(sentence, topics).guess(figure)
    assert found is not None and found.topic.id == topic, why


def test_a_count_whose_noun_is_left_out_takes_the_nearest_topic_word(topics: list[TopicWords]) -> None:
    # « arrivés » (a keyword of troops in topics.yaml), not the losses the newcomers replace
    sentence = "Kiev compte 9 000 hommes, dont 1.500 arrivés en mars pour combler les pertes."
    elided = find_figures(sentence)[1]
    found, why = TopicView(sentence, topics).guess(elided)
    assert (elided.value, found.topic.id if found else None) == (1500, "troops"), why


@pytest.mark.parametrize(
    ("sentence", "words", "edtf"),
    [
        ("Il y a un an, la ville était encore calme.", "Il y a un an", "2025-03"),  # about the same month, a year back
        ("D'ici à 2027, la flotte doit doubler.", "D'ici à 2027", "2026-03-12/2027"),
        ("Au cours des deux dernières semaines, la ville a été bombardée.", "Au cours des deux dernières semaines",
         "2026-02-26/2026-03-12"),
        # « la veille de / le lendemain du » + a thing: counted from the day of that thing, never from another
        ("Ils ont parlé la veille du sommet du 10 mars.", "la veille", "2026-03-09"),
        ("Le 2 mars, ils ont parlé, la veille de la conférence de Rome.", "la veille", None),
        ("Le 2 mars, ils ont parlé. La veille, ils avaient rompu.", "La veille", "2026-03-01"),
    ],
)  # fmt: skip
def test_spans_counted_from_the_publication_or_a_thing(sentence: str, words: str, edtf: str | None) -> None:
    assert _dates(sentence, "2026-03-12").get(words) == edtf


def test_des_without_an_accent_is_the_plural_article_not_des() -> None:
    """« des renforts arriveraient » opens no « dès » clause: the date there dates the main clause's verb."""
    mentions = find_dates("Lundi, l'armée a annoncé des renforts pour la fin du mois.", parse_edtf("2026-03-12"))
    assert all(m.side is None and not m.since for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "words", "edtf"),
    [
        # 2026-03-13 is a Friday
        ("Le pont a cédé à la fin du mois de février.", "à la fin du mois de février", "2026-02-21~/2026-02-28"),
        ("Au milieu du mois de janvier, la ville a été évacuée.", "Au milieu du mois de janvier",
         "2026-01-11~/2026-01-20~"),
        ("Les coupures durent depuis mardi.", "depuis mardi", "2026-03-10"),
        ("Samedi et dimanche, la ville a été bombardée.", "Samedi et dimanche", "2026-03-07/2026-03-08"),
        ("À la fin de l'été, les récoltes ont brûlé.", "À la fin de l'été", "2025-08"),
        ("Au début de l'hiver dernier, la ville a gelé.", "Au début de l'hiver dernier", "2025-12"),
        ("Un sommet est prévu la semaine du 23 mars.", "la semaine du 23 mars", "2026-03-23/2026-03-29"),
    ],
)  # fmt: skip
def test_more_named_periods(sentence: str, words: str, edtf: str) -> None:
    assert _dates(sentence, "2026-03-13").get(words) == edtf


def test_depuis_a_weekday_starts_a_period() -> None:
    [mention] = find_dates("Les coupures durent depuis mardi.", parse_edtf("2026-03-13"))
    assert mention.since and not mention.onset and mention.side is None


@pytest.mark.parametrize(
    "sentence",
    ["Le pont se trouve à 12 km de la ville.", "Le dépôt, à une vingtaine de kilomètres du front, a brûlé."],
)
def test_a_distance_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


def test_a_length_that_is_not_a_distance_is_a_figure() -> None:
    assert _figures("Les blindés ont avancé de 8 km en un jour.") == [(8, "exact", "km")]


def test_a_number_with_a_thousands_separator_is_never_a_year() -> None:
    assert _figures("Les 2 000 premiers volontaires sont partis.") == [(2000, "exact", "volontaires")]
    assert _figures("Le plan 2030 prévoit une réforme.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les 300 premiers volontaires sont partis.", [(300, "exact", "volontaires")]),
        ("Les 40 dernières recrues arrivent.", [(40, "exact", "recrues")]),
        ("Quelque 200 autres soldats ont suivi.", [(200, "approximate", "soldats")]),
        ("Les 12 deuxièmes classes ont été promus.", [(12, "exact", "classes")]),
        # an ordinal with no noun after it is the word counted, as written
        ("Ils sont 300 derniers.", [(300, "exact", "derniers")]),
    ],
)  # fmt: skip
def test_an_ordinal_before_the_noun_is_not_the_noun(sentence: str, expected: list[object]) -> None:
    """L8 of review 3: « les 2 000 premiers volontaires » count volunteers, not « premiers »."""
    assert _figures(sentence) == expected


@pytest.mark.parametrize("sentence", ["Un soldat sur trois aurait été blessé.", "Deux habitants sur cinq sont partis."])
def test_a_proportion_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words", "edtf"),
    [
        ("Les crues de novembre ont tout emporté.", "de novembre", "2025-11"),
        ("L'incendie d'août a détruit le port.", "d'août", "2025-08"),
    ],
)
def test_a_month_that_dates_a_noun(sentence: str, words: str, edtf: str) -> None:
    assert _dates(sentence, "2026-03-13").get(words) == edtf


@pytest.mark.parametrize(
    "sentence",
    ["La mission d'exploration de Mars a été lancée.", "Les mères de la place de Mai ont défilé.", "Le rover de Mars"],
)
def test_a_capitalised_month_after_a_noun_is_a_name(sentence: str) -> None:
    """L5 of review 3: French writes months in lower case; « de Mars » after a noun is the planet, not March."""
    assert _dates(sentence, "2026-03-13") == {}


@pytest.mark.parametrize("before", ["", "Il l'a dit… ", "« … » Il l'a dit… et redit… "])
def test_the_future_verb_is_found_where_it_stands_after_an_ellipsis(before: str) -> None:
    # « … » folds to three characters: positions found in a folded text must still index the original one
    sentence = f"{before}Les ministres doivent se réunir lundi à Séoul."
    assert future_verb(sentence, [], sentence.index("lundi")) == "doivent se réunir"
    assert future_marker(sentence, [], sentence.index("lundi")) == "doivent se réunir"


def test_each_date_of_a_sentence_takes_its_own_nearest_verb() -> None:
    """One `Clauses` answers every date of a sentence (review 3 M5) as a fresh question about each date would."""
    sentence = (
        "Kiev a annoncé lundi qu'il enverra des renforts mardi ; Moscou célébrera jeudi ce qu'il a obtenu vendredi, "
        "et les ministres doivent se réunir samedi."
    )
    shared = Clauses(sentence, side_spans(sentence))
    expected = {
        "lundi": None,
        "mardi": "enverra",
        "jeudi": "célébrera",
        "vendredi": None,
        "samedi": "doivent se réunir",
    }
    for word, verb in expected.items():
        position = sentence.index(word)
        assert shared.future_verb(position) == future_verb(sentence, side_spans(sentence), position) == verb


def test_a_sentence_is_folded_and_scanned_for_verbs_once_whatever_its_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pasted page can be one sentence with thousands of dates: its clauses are scanned once, not once per date
    (review 3 M5; benchmarks/bench_extract.py measures the time)."""
    folded: list[int] = []

    def counted(text: str) -> str:
        folded.append(len(text))
        return fold_same_length(text)

    monkeypatch.setattr(clauses, "fold_same_length", counted)
    mentions = find_dates("Ils doivent se voir samedi et dimanche, " * 200, parse_edtf("2024-11-06"))
    assert len(mentions) == 200
    assert len(folded) == 1


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a day/month/year date with slashes or dots, perhaps with its weekday
        ("Le rapport, publié lundi 23.12.2024, reste secret.", "2024-12-27", {"lundi 23.12.2024": "2024-12-23"}),
        ("Le décret du 19/12/2024 est entré en vigueur.", "2025-01-10", {"19/12/2024": "2024-12-19"}),
        ("Il a versé 12.500 euros et 1.500.000 dollars.", "2025-01-10", {}),
        # « d'ici (au) le D M », « d'ici <mois> »: from the publication up to that day, or to the month's end
        ("Les musées devraient ouvrir d'ici au 10 octobre.", "2025-08-22",
         {"d'ici au 10 octobre": "2025-08-22/2025-10-10"}),
        ("Le nombre devrait doubler d'ici décembre.", "2024-10-24", {"d'ici décembre": "2024-10-24/2024-12-31"}),
        ("Le chantier doit finir d'ici mars.", "2024-10-24", {"d'ici mars": "2024-10-24/2025-03-31"}),
        # « demain », « après-demain », but not « de demain »
        ("Les ministres se réuniront après-demain à Rome.", "2025-11-05", {"après-demain": "2025-11-07"}),
        ("Le vote aura lieu demain.", "2025-11-05", {"demain": "2025-11-06"}),
        ("Ils préparent les armes de demain.", "2025-11-05", {}),
        # « à la rentrée »: September (round 132: early September before), the coming one in a summer article
        ("Séoul prévoit d'en envoyer 3 000 à la rentrée.", "2025-08-22", {"à la rentrée": "2025-09"}),
        ("Les écoles ont rouvert à la rentrée.", "2025-11-10", {"à la rentrée": "2025-09"}),
        ("Les écoles rouvriront à la rentrée.", "2025-11-10", {"à la rentrée": "2026-09"}),
        ("Le texte sera voté à la rentrée parlementaire.", "2025-08-22", {}),
        # « il y a un an » is about the same month; « jour pour jour », that very day; a vague count stays years
        ("Les premières troupes sont arrivées il y a un an.", "2025-10-11", {"il y a un an": "2024-10"}),
        ("Il y a trois ans jour pour jour, la guerre commençait.", "2025-02-24",
         {"Il y a trois ans jour pour jour": "2022-02-24"}),
        ("Il y a quelques années, la ville était calme.", "2025-02-24", {"Il y a quelques années": "2020/2023"}),
    ],
)  # fmt: skip
def test_more_dates_of_the_press(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le 3 mars, Kiev a frappé ; le même jour, Moscou a riposté.", {"Le 3 mars": "2026-03-03", "le même jour":
         "2026-03-03"}),
        ("La veille de Noël, Moscou a annoncé la prise du village.", {"La veille de Noël": "2025-12-24"}),
        ("À Noël, Kiev a diffusé des images.", {"Noël": "2025-12-25"}),
        # « du jour au lendemain » is an idiom: overnight, no date
        ("Le 3 mars, ils ont perdu l'accès aux images du jour au lendemain.", {"Le 3 mars": "2026-03-03"}),
        ("Le 3 mars, Kiev a frappé ; le lendemain, Moscou a riposté.", {"Le 3 mars": "2026-03-03", "le lendemain":
         "2026-03-04"}),
    ],
)  # fmt: skip
def test_a_day_counted_from_another(sentence: str, expected: dict[str, str]) -> None:
    assert _dates(sentence, "2026-03-12") == expected


def test_the_eve_counts_from_the_main_clause_or_the_sentence_before_not_a_side_clause() -> None:
    published = parse_edtf("2025-10-11")
    [parade] = find_dates("Le défilé a eu lieu le 10 octobre.", published)
    sentence = "Kim avait reçu la veille au soir les délégués, arrivés jeudi."
    by_text = {m.text: m.edtf for m in find_dates(sentence, published, anchor=parade)}
    assert by_text == {"la veille": "2025-10-09", "jeudi": "2025-10-09"}
    # with no day before, the side clause's day is all there is
    alone = {m.text: m.edtf for m in find_dates("Il est arrivé la veille, lui qui a défilé le 10 octobre.", published)}
    assert alone["la veille"] == "2025-10-09"
    # a day of the main clause comes first
    sentence = "Le 8 octobre, Kim avait reçu la veille les délégués."
    assert {m.text: m.edtf for m in find_dates(sentence, published, anchor=parade)}["la veille"] == "2025-10-07"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Le 24 octobre 2024 à 08h31, modifié le 24 octobre 2024 à 19h12", True),
        ("24 octobre 2024 à 8 h 31", True),
        ("Publié le 24 octobre 2024 à 08h31", True),
        ("Le 24 octobre 2024 à 08h31, un missile a frappé Kiev.", False),
        ("Le 24 octobre 2024, Séoul a convoqué l'ambassadeur.", False),
    ],
)
def test_a_line_of_time_stamps_dates_the_page_not_a_fact(line: str, chrome: bool) -> None:
    assert (page_furniture(line) == len(line)) is chrome


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("La visite pourrait avoir lieu dans le courant de l'automne.", "2025-07-14",
         {"dans le courant de l'automne": "2025-09/2025-11"}),
        # a quotation inside a relative clause belongs to it: its future verb still governs the date
        ("Ils préparent une visite, qui pourrait avoir lieu « au cours de l'automne », selon Moscou.", "2025-07-14",
         {"au cours de l'automne": "2025-09/2025-11"}),
        ("Kiev ne tient plus que le tiers de sa conquête de l'été.", "2025-02-24", {"de l'été": "2024-06/2024-08"}),
        ("Le Conseil doit voter dans la journée.", "2025-02-24", {"dans la journée": "2025-02-24"}),
        # a bare season names no date
        ("L'été est chaud à Koursk.", "2025-02-24", {}),
    ],
)  # fmt: skip
def test_seasons_and_the_day_itself(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pour les 80 ans du Parti, Kim a paradé.", []),
        ("Il a fêté ses 40 ans à Moscou.", []),
        ("Le traité vaut pour 20 ans.", [(20, "exact", "ans")]),
        ("Ils ont été tués lors d'une seule attaque.", []),
        ("Il n'y a eu qu'une seule nuit sans attaque.", [(1, "exact", "nuit")]),
    ],
)
def test_an_anniversary_or_a_single_event_is_no_figure(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les pertes des troupes dépasseraient le millier, selon Séoul.", [(1000, "at_least", "pertes")]),
        ("Le nombre de victimes dépasse la centaine de morts.", [(100, "at_least", "morts")]),
        # the subject counts nothing the rules know: a candidate whose noun the curator writes
        ("Le bilan a franchi la barre de la centaine.", [(100, "at_least", None)]),
        ("Le film dépasse les attentes.", []),
        # denied, the bound is the other way round: no figure rather than one read backwards
        ("Les pertes n'ont pas dépassé le millier, selon Séoul.", []),
    ],
)
def test_a_threshold_passed_is_at_least_that_many(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence) == expected


def test_the_answer_to_a_question_counts_what_the_question_asks() -> None:
    question = "Combien de Nord-Coréens combattent pour Moscou ?"
    asked = asked_noun(question)
    assert asked == "Nord-Coréens"
    [figure] = find_figures("Entre 11.000 et 12.000, selon Séoul et Kiev.", asked=asked)
    assert (figure.value_min, figure.value_max, figure.noun, figure.unit) == (11000, 12000, "Nord-Coréens", "people")
    [figure] = find_figures("Environ 12 000, selon Séoul.", asked=asked)
    assert (figure.value, figure.value_kind, figure.noun) == (12000, "approximate", "Nord-Coréens")
    # only the figure that opens the answer takes the question's noun; « ils seraient 12 000 » counts its subject
    [figure] = find_figures("Selon Séoul, ils seraient 12 000.", asked=asked)
    assert (figure.value, figure.noun, figure.elided) == (12000, None, True)
    assert asked_noun("Combien de temps faudra-t-il.") is None
    assert asked_noun("Pourquoi Moscou a-t-il besoin d'eux ?") is None


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        # set off by commas after a noun, a yearless date dates that noun: the nearest one, if it is weeks ahead
        ("Moscou a annoncé une trêve de trois jours, du 8 au 10 mai, pour l'anniversaire.", "2025-04-28",
         "du 8 au 10 mai", "2025-05-08/2025-05-10"),
        ("Séoul a confirmé le sommet, le 12 mai, à Busan.", "2025-04-28", "le 12 mai", "2025-05-12"),
        # months ahead: the latest one past, as for any date without a year
        ("Moscou a annoncé une trêve de trois jours, du 8 au 10 mai, pour l'anniversaire.", "2025-03-10",
         "du 8 au 10 mai", "2024-05-08/2024-05-10"),
        # after a verb, the date dates the verb
        ("Le Kremlin a annoncé, le 8 mai, une trêve.", "2025-04-28", "le 8 mai", "2024-05-08"),
    ],
)  # fmt: skip
def test_a_date_in_apposition_to_a_noun(sentence: str, published: str, words: str, edtf: str) -> None:
    assert _dates(sentence, published)[words] == edtf


@pytest.mark.parametrize(("phrase", "kind", "reading"), qualifiers())
def test_every_qualifier_of_the_lexicon_qualifies_a_number(phrase: str, kind: str, reading: str) -> None:
    """The qualifiers are data (lexicon.toml [qualifiers]): each one, as written there, qualifies the number after it."""
    written = phrase.replace("*", "")  # « dépass* les »: a verb's stem, which takes any ending
    subject = "Les effectifs" if "*" in phrase else "Pyongyang a envoyé"  # a verb bounds a quantity, its subject
    [figure] = find_figures(f"{subject} {written} 1 000 soldats.")
    expected = ("range", None) if kind == "nearly" else (kind, 1000)
    assert (figure.value_kind, figure.value) == expected
    assert figure.reading.startswith(f"« {written} 1 000 soldats »: « {phrase.replace('*', '…')} »: {reading}")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les pertes avoisineraient les 6 000 tués et blessés.", [(6000, "approximate", "tués")]),
        ("Les effectifs dépasseraient les 40 000 hommes.", [(40000, "at_least", "hommes")]),
        ("Le contingent excède désormais les 12 000 soldats.", [(12000, "at_least", "soldats")]),
        ("Les effectifs déployés dépasseraient donc les 40 000 hommes.", [(40000, "at_least", "hommes")]),
        ("Le bilan a franchi la barre des 1 000 morts.", [(1000, "at_least", "morts")]),
        ("Pyongyang a envoyé 2 000 hommes environ.", [(2000, "approximate", "hommes")]),
        (
            "Quelque 3 000 soldats ont été blessés, dont 2 000 environ ont été tués.",
            [(3000, "approximate", "soldats"), (2000, "approximate", "tués")],
        ),
        # « environ » before the next number qualifies that number, not the one before it
        ("Il a perdu 300 soldats, environ 200 blessés.", [(300, "exact", "soldats"), (200, "approximate", "blessés")]),
        ("Le convoi a dépassé les lignes russes.", []),
        # « environ » of what follows the number
        ("La frappe a fait 12 morts environ une heure après l'alerte.", [(12, "exact", "morts")]),
        # a denied bound is the other way round: left for the curator to read, never a bound read backwards
        ("Les pertes n'ont pas dépassé les 500 morts, selon Kiev.", [(None, "exact", "morts")]),
        ("Les effectifs ne devraient pas dépasser les 2 000 soldats.", [(None, "exact", "soldats")]),
        ("Les pertes sont loin de dépasser les 500 morts.", [(None, "exact", "morts")]),
        ("Les pertes, qui n'ont cessé de croître, dépassent les 5 000 morts.", [(5000, "at_least", "morts")]),
        # without a quantity for its subject, the verb may tell an act (overtook them): left for the curator
        ("Les blindés ont dépassé les 300 soldats en retraite.", [(None, "exact", "soldats")]),
    ],
)
def test_a_verb_or_a_word_after_the_number_bounds_it(sentence: str, expected: list[object]) -> None:
    # a number bounded by its verb or followed by « environ » is never read as exact (sealed4's three WRONG figures)
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a deadline ahead, whatever rule reads it: from the publication up to it
        ("Le pont doit rouvrir d'ici l'hiver.", "2025-10-02", {"d'ici l'hiver": "2025-10-02/2026-02"}),
        ("Les travaux seront finis d'ici à la fin du printemps.", "2026-01-15",
         {"à la fin du printemps": "2026-01-15/2026-05"}),
        ("Un accord est espéré avant Pâques.", "2026-01-10", {"Pâques": "2026-01-10/2026-04-05"}),
        # « dès X » in a clause that speaks of the future may lie ahead
        ("Les renforts arriveront d'ici l'été, sans doute dès le printemps.", "2025-12-01",
         {"d'ici l'été": "2025-12-01/2026-08", "dès le printemps": "2026-03/2026-05"}),
        ("Le ministère évoque un retour dès mai ou juin.", "2025-05-03", {"dès mai ou juin": "2025-05/2025-06"}),
        # put off to a later month: the verb of postponing makes the month ahead
        ("La conférence a été reportée au mois de novembre.", "2025-10-20", {"au mois de novembre": "2025-11"}),
        ("Les exercices ont été menés au mois de septembre.", "2025-10-20", {"au mois de septembre": "2025-09"}),
        # a year before or after the publication's, said in words
        ("La visite avait eu lieu en mai de l'année dernière.", "2025-03-01",
         {"en mai de l'année dernière": "2024-05"}),
        ("Les unités stationnent là depuis l'an dernier.", "2025-03-01", {"depuis l'an dernier": "2024"}),
    ],
)  # fmt: skip
def test_a_time_ahead_of_the_publication_resolves_forward(
    sentence: str, published: str, expected: dict[str, str]
) -> None:
    assert _dates(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a feast of lexicon.toml [feasts], and its eve: the eve not after the publication
        ("Moscou a libéré dix soldats à la veille du Noël orthodoxe.", "2027-01-06",
         {"la veille du Noël orthodoxe": "2027-01-06"}),
        ("Le cessez-le-feu de la Toussaint a été rompu.", "2025-11-20", {"Toussaint": "2025-11-01"}),
        # « au lendemain d'un … », « à la veille de l'… »: the day after (before) the thing is the main clause's day,
        # which the phrase dates; the thing's own day is not told (round 126)
        ("L'armée a riposté mercredi, au lendemain d'un bombardement.", "2025-06-13",
         {"mercredi": "2025-06-11", "lendemain": "2025-06-11"}),
        ("Séoul a protesté jeudi, à la veille de la visite du ministre.", "2025-06-13",
         {"jeudi": "2025-06-12", "la veille": "2025-06-12"}),
    ],
)  # fmt: skip
def test_a_feast_and_the_thing_an_eve_names(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a count ahead: a range of counts, « moins de » (within it), a vague count
        ("Le barrage sera rebâti d'ici trois à quatre ans.", "2025-05-10", {"d'ici trois à quatre ans": "2025-05-10/2029~"}),
        ("Le vote aura lieu dans moins de trois mois.", "2025-05-10", {"dans moins de trois mois": "2025-05-10/2025-08~"}),
        ("Le rapport sortira d'ici une dizaine de jours.", "2025-05-10",
         {"d'ici une dizaine de jours": "2025-05-10/2025-05-22"}),
        # a qualified count back: « près de » N years is a little under N, « un peu plus de » a little over
        ("Le régime a changé il y a près de neuf ans.", "2025-05-10", {"il y a près de neuf ans": "2016-05/2016-08"}),
        ("Il y a un peu plus de dix jours, la ville est tombée.", "2025-05-10",
         {"Il y a un peu plus de dix jours": "2025-04-28/2025-04-30"}),
        ("Il y a dix ans, jour pour jour, la trêve était signée.", "2025-05-10",
         {"Il y a dix ans, jour pour jour": "2015-05-10"}),
        ("Le ministre arrivera dans la soirée.", "2025-05-10", {"dans la soirée": "2025-05-10"}),
        # a capitalised word in -ra is a name, not a future verb; « s'est entretenu » is a past tense
        ("Le ministre, qui s'est entretenu mardi avec Alexandra Petrova, doit partir.", "2025-05-10",
         {"mardi": "2025-05-06"}),
    ],
)  # fmt: skip
def test_counts_of_time_ahead_and_back(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates(sentence, published) == expected


def test_a_span_in_a_story_told_in_the_imperfect_counts_from_the_day_told_before() -> None:
    published = parse_edtf("2025-09-20")
    [day] = find_dates("Le 2 mai 2024, les blindés entraient dans la vallée.", published)
    story = "En l'espace de trois semaines, ils prenaient une dizaine de villages."
    news = "En l'espace de trois semaines, ils ont pris une dizaine de villages qu'ils assiégeaient."
    assert [m.edtf for m in find_dates(story, published, anchor=day)] == ["2024-05-02/2024-05-23"]
    assert [m.edtf for m in find_dates(news, published, anchor=day)] == ["2025-08-30/2025-09-20"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les prix ont bondi de 30 % en une quinzaine.", {"en une quinzaine": "2025-09-06/2025-09-20"}),
        ("L'armée dit avoir abattu quarante drones en six jours.", {"en six jours": "2025-09-14/2025-09-20"}),
        # a promise or a pace is no date
        ("Le candidat promet de régler la crise en trois jours.", {}),
        ("Il faut en moyenne parcourir la route en deux jours.", {}),
    ],
)
def test_a_bare_span_in_a_past_tense_counts_back_from_the_publication(sentence: str, expected: dict[str, str]) -> None:
    assert _dates(sentence, "2025-09-20") == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a digest's or a timeline's headings: a weekday and a day number, a month alone, an ordinal week
        ("Vendredi 7 : la centrale est à l'arrêt", "2026-03-12", {"Vendredi 7": "2025-11-07"}),
        ("Samedi 7 : la centrale est à l'arrêt", "2026-03-12", {"Samedi 7": "2026-03-07"}),
        ("Juillet.", "2026-03-12", {"Juillet": "2025-07"}),
        # the month's days in sevens (round 27; Monday-to-Sunday weeks before, 12-18 January and 23 February-1 March)
        ("Les renforts ont été vus la troisième semaine de janvier.", "2026-03-12",
         {"la troisième semaine de janvier": "2026-01-15/2026-01-21"}),
        ("Les renforts ont été vus la dernière semaine de février.", "2026-03-12",
         {"la dernière semaine de février": "2026-02-22/2026-02-28"}),
        ("Octobre. Les renforts arrivent à la frontière.", "2026-03-12", {"Octobre": "2025-10"}),
        # a habit is no date
        ("Chaque lundi, le ministère publie un bilan.", "2026-03-12", {}),
        # a range of years, never a range of counts
        ("Kiev recevra 40 milliards pour 2027 et 2028.", "2026-03-12", {"pour 2027 et 2028": "2027/2028"}),
        ("Ils ont recruté de 2000 à 3000 soldats.", "2026-03-12", {}),
        # « depuis le début de l'année »: from its first day up to the publication
        ("Depuis le début de l'année, Kiev a perdu 300 km².", "2026-03-12",
         {"Depuis le début de l'année": "2026-01-01/2026-03-12"}),
        # the period after the one named before
        ("Le ministre se rendra à Rome le 20 mars, puis à Berlin la semaine suivante.", "2026-03-12",
         {"le 20 mars": "2026-03-20", "la semaine suivante": "2026-03-23/2026-03-29"}),
        # « N jours après » a thing with no day: the thing, counted back from the main clause's day
        ("Le 9 mars, Moscou a riposté, deux jours après l'incendie du dépôt.", "2026-03-12",
         {"Le 9 mars": "2026-03-09", "deux jours après": "2026-03-07"}),
        # « N semaines plus tard, le D M »: the day the text gives
        ("Trois semaines plus tard, le 2 mars, le village tombait.", "2026-03-12",
         {"Trois semaines plus tard, le 2 mars": "2026-03-02"}),
        # a main clause in the present is the news of the day: « N heures après que » counts back from it
        ("La riposte arrive vingt-quatre heures après que Kiev a frappé la raffinerie.", "2026-03-12",
         {"vingt-quatre heures après que": "2026-03-11"}),
    ],
)  # fmt: skip
def test_headings_habits_and_days_told_from_another(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates(sentence, published) == expected


def test_a_paragraph_under_a_heading_of_what_is_to_come_speaks_of_the_future() -> None:
    from koursk_cli.extract.draft import under_forward_headings
    from koursk_cli.extract.sentences import split_sentences

    text = "Bilan. Kiev a frappé mardi.\nÀ venir. Les ministres se réunissent jeudi et vendredi.\nLundi, rien.\n"
    sentences = split_sentences(text)
    headings = under_forward_headings(text, sentences)
    assert sentences[0].text == "Bilan. Kiev a frappé mardi."  # a one-word heading opens the sentence it heads
    assert headings == [None, None, "À venir", None]
    published = parse_edtf("2026-03-10")
    [ahead] = find_dates(sentences[2].text, published, ahead=headings[2])
    [past] = find_dates(sentences[2].text, published)
    assert (ahead.edtf, past.edtf) == ("2026-03-12/2026-03-13", "2026-03-05/2026-03-06")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun left out: « N autres », the subject of « être », the pronoun « en », an estimate with its agent
        ("Environ 5 000 autres seraient blessés.", [(5000, "approximate", None)]),
        ("Selon Kiev, ils sont désormais près de 900 dans la poche.", [(None, "range", None)]),
        ("Le régiment a perdu 40 chars, et l'état-major dit en avoir réparé 12.", [(40, "exact", "chars"),
         (12, "exact", "chars")]),
        ("Kiev n'en contrôle plus que quelques centaines, selon l'armée.", [(200, "at_least", None)]),
        ("Les pertes sont évaluées par le Pentagone à 7 200.", [(7200, "exact", None)]),
        ("Le ministère en chiffre le nombre à 3.500.", [(3500, "exact", None)]),
        # « à peine », « une soixantaine », « un demi-millier »
        ("Ils ne sont plus qu'à peine trente soldats.", [(30, "at_most", "soldats")]),
        ("Une cinquantaine de blindés ont été détruits.", [(50, "approximate", "blindés")]),
        ("Un demi-millier de conscrits sont arrivés.", [(500, "approximate", "conscrits")]),
        # a written-out number after « les » counts people, not « les deux pays »
        ("Les trois soldats ont été rapatriés.", [(3, "exact", "soldats")]),
        ("Les deux camps se sont parlé.", []),
        # durations and the parts of an article are no figures
        ("Les ministres ont parlé pendant plus de dix heures.", []),
        ("La trêve a été rompue trois ans après, sans préavis.", []),
        ("C'est la première visite en 19 ans.", []),
        ("La guerre en cinq questions", []),
        # the object of a verb of estimate is what is counted, « environ » after the number
        ("Séoul estime les pertes ennemies à 1 500 environ.", [(1500, "approximate", "pertes")]),
        # « des pertes estimées à N »: the figure is N, not « some losses »
        ("L'armée a reculé après des pertes évaluées à 900 hommes.", [(900, "exact", "hommes")]),
    ],
)  # fmt: skip
def test_figures_whose_noun_or_kind_the_words_around_say(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence) == expected


def test_the_claims_of_one_sentence_share_one_reading_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pasted page is one sentence with thousands of figures: its topic words are found once, not once per figure
    (benchmarks/bench_extract.py --shape figures measures the time), and the topics are those one figure gets."""
    from koursk_cli.extract import claimdrafts, draft, entitymatches, topics, voice
    from koursk_cli.extract.draft import build_draft
    from koursk_cli.extract.draftrecords import Article

    sentence = "Selon Kiev, 200 soldats ont été tués, " * 300 + "et 40 obus tirés."
    store = read_store(default_store_root())
    folded: list[int] = []

    def counted(text: str) -> str:
        folded.append(len(text))
        return fold_same_length(text)

    for module in (draft, claimdrafts, entitymatches, topics, voice):
        monkeypatch.setattr(module, "fold_same_length", counted)
    made = build_draft(Article(sentence, "x.txt", "0" * 64, parse_edtf("2024-11-06"), "x"), store)
    assert folded.count(len(sentence)) < 10  # a few readings of the sentence, not one per figure (301)
    ids = [c.fields["id"] for c in made.claims]
    assert len(ids) == len(set(ids)) == 301
    assert [c.fields["topic"] for c in made.claims[:2]] == ["losses", "losses"]  # « 200 soldats ont été tués »
    assert made.claims[-1].fields["topic"] == "shells"
