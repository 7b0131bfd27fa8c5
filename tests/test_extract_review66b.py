"""review66b's cases against rounds 99, 100 and 101 (mend66a): every input the reviewer found dropped or misdated, each
with the reading it should keep, and a few made up alike. Each fails at f082f84d (train63). Made-up pages, none
copied from a benchmark page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- round 99, rule 2 taken out: a count « plus tard » keeps its day near the page (H1, M4) ------------------------


@pytest.mark.parametrize(
    ("text", "published", "right", "wrong"),
    [
        # H1: the day written in apposition after the count
        (
            "Un an après, les sinistrés de Valence attendent toujours\n\nLe 29 octobre 2024, des pluies torrentielles"
            " ravagent la région de Valence. Un an plus tard, le 29 octobre 2025, une cérémonie d'hommage réunit les"
            " familles des victimes.",
            "2025-10-31",
            "2025-10-29",
            None,
        ),
        # H1: « jour pour jour », an exact count, in a narrative told in the imperfect and the present
        (
            "Le 4 novembre 2024, Donald Trump remportait l'élection présidentielle américaine face à Kamala Harris."
            " Douze mois plus tard, jour pour jour, les électeurs new-yorkais portent à la mairie un candidat que"
            " personne n'attendait.",
            "2025-11-06",
            "2025-11-04",
            None,
        ),
        # M4: « mois » in the présent de narration
        (
            "Le long chemin d'un soldat vers la réforme\n\nLe 8 septembre 2024, Andriy est grièvement blessé par un"
            " éclat d'obus près de Pokrovsk. Six mois plus tard, il obtient enfin sa réforme, après trois commissions"
            " médicales.",
            "2025-03-10",
            "2025-03-08",
            None,
        ),
        # made up alike: six months on, the day written after the count
        (
            "Le 3 mai 2024, un glissement de terrain emporte le village. Six mois plus tard, le 3 novembre 2024, les"
            " habitants inaugurent une stèle.",
            "2024-11-05",
            "2024-11-03",
            "2024-11-05",
        ),
    ],
)
def test_a_count_later_keeps_its_day_near_the_page(
    tmp_path: Path, text: str, published: str, right: str, wrong: str | None
) -> None:
    _read_right(drafted_dates(tmp_path, text, published), right, wrong)


# --- round 99, rule 3: a pluperfect third is background (H3) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "right", "wrong"),
    [
        (
            "Kiev : le ministre de l'Énergie limogé\n\nLe 3 mars, le Parlement ukrainien a voté la destitution du"
            " ministre de l'Énergie, Guerman Galouchtchenko. Son nom avait été cité dans une enquête du bureau"
            " anticorruption début février. Deux jours plus tard, son successeur a prêté serment devant les députés.",
            "2025-03-10",
            "2025-03-05",
            "2025-02-03/2025-02-12",
        ),
        # made up alike
        (
            "Le 10 avril, le gouvernement est tombé. Les négociations avaient échoué fin mars. Trois jours plus tard,"
            " le président a nommé un nouveau Premier ministre.",
            "2025-04-20",
            "2025-04-13",
            "2025-03-24/2025-04-03",
        ),
    ],
)
def test_a_pluperfect_third_does_not_anchor_a_later_count(
    tmp_path: Path, text: str, published: str, right: str, wrong: str
) -> None:
    _read_right(drafted_dates(tmp_path, text, published), right, wrong)


# --- round 99, rule 1: the anniversary's own day, another act's day (M2, M3) ----------------------------------------


def test_the_anniversary_s_own_day_in_apposition_is_not_a_year_on(tmp_path: Path) -> None:
    # M2: a past reception is not a forecast a year ahead
    text = (
        "2025, l'année où Pyongyang est entré en guerre\n\nDeux jours avant le premier anniversaire du traité de"
        " défense mutuelle, le 19 juin 2025, Kim Jong Un a reçu à Pyongyang le secrétaire du Conseil de sécurité"
        " russe."
    )
    dates = drafted_dates(tmp_path, text, "2026-05-20")
    assert "2025-06-17" in dates
    assert "2026-06-17" not in dates


def test_another_act_s_day_is_not_the_anniversary_s_thing(tmp_path: Path) -> None:
    # M3: the election is not the investiture; nor is the election's day the day after the investiture's anniversary
    text = (
        "Sénégal : le président remanie son gouvernement\n\nAu lendemain du premier anniversaire de son investiture,"
        " le président, élu le 24 mars 2024 dès le premier tour, a limogé quatre ministres."
    )
    dates = drafted_dates(tmp_path, text, "2025-04-05")
    assert "2025-03-25" not in dates
    assert "2024-03-23" not in dates
    assert "2024-03-24" in dates


# --- round 100: only the page's furniture, never over lines told in the past (H4, M1) -------------------------------

_COLMAR = (
    "Des réfugiés ukrainiens accueillis à Colmar\n\nUne trentaine de familles ukrainiennes ont trouvé refuge ces"
    " dernières semaines dans le centre d'hébergement de la rue du Logelbach, géré par la Croix-Rouge. La plupart"
    " viennent de la région de Kharkiv, où les bombardements se sont intensifiés depuis le début de l'année.\n\n"
    "« Nous sommes arrivés avec deux valises et les papiers des enfants », raconte Olena, 42 ans, qui a quitté sa"
    " ville natale en janvier avec ses deux fils. Les bénévoles de l'association assurent des cours de français trois"
    " fois par semaine et accompagnent les familles dans leurs démarches administratives auprès de la préfecture.\n\n"
    "La municipalité a voté en février une aide exceptionnelle pour le centre, dont la capacité doit passer de"
    " quarante à soixante places au printemps."
)
_BELGOROD = (
    "Belgorod vit au rythme des alertes\n\nDans cette ville russe proche de la frontière, les sirènes retentissent"
    " désormais plusieurs fois par jour. Les habitants ont appris à descendre aux abris sans attendre, et les écoles"
    " ont basculé une partie de leurs cours en ligne depuis l'automne. Les commerces du centre ferment plus tôt, faute"
    " de clients après la tombée de la nuit.\n\nLe gouverneur régional a reconnu mardi que « la situation reste"
    " tendue », tout en assurant que les services publics fonctionnaient normalement. Plusieurs quartiers du nord de"
    " la ville ont été privés d'électricité pendant deux jours la semaine dernière, après une frappe sur une"
    " sous-station.\n\n"
)
_MEUSE = (
    "Dans la Meuse, les entreprises de munitions recrutent à tour de bras\nDepuis deux ans, les commandes affluent"
    " dans les ateliers de la vallée. Les industriels de la défense, sollicités par l'État pour accélérer leurs"
    " cadences, cherchent des soudeurs, des chaudronniers et des techniciens de maintenance, souvent introuvables sur"
    " le marché local. Les agences d'intérim, elles, ne parviennent plus à suivre la demande.\n« On forme en interne,"
    " on n'a pas le choix », explique le directeur des ressources humaines d'un sous-traitant de Commercy, qui a doublé"
    " ses effectifs depuis 2023. Les salaires d'embauche ont progressé de près de 15 % en deux ans, selon la chambre"
    " de commerce, et certains ateliers tournent désormais en trois-huit.\nLa question du logement devient pressante :"
    " les communes voisines manquent de places pour accueillir les nouveaux arrivants, et plusieurs maires réclament un"
    " plan d'urgence à la préfecture.\n\n"
)


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # H4: a story's intertitre with a comma-clause of its own
        (
            _BELGOROD
            + "Autour de la ville, l'exode\nL'usine de matériaux de Chebekino a fermé ses portes le 3 mars, et"
            " ses 400 salariés ont été mutés dans la région de Voronej.",
            "2025-03-12",
            ["2025-03-03"],
        ),
        # H4: a closing note told in the past
        (
            _COLMAR + " Le maire a salué « un élan de solidarité qui ne faiblit pas ».\n\nÀ noter\nLe conseil municipal"
            " a voté le 12 mars une subvention de 20 000 euros pour le centre.",
            "2025-03-15",
            ["2025-03-12"],
        ),
        # H4: a local section in the past and the future
        (
            _MEUSE + "Dans le secteur\nLa préfète a réuni les élus le 4 mars à Bar-le-Duc pour lancer un programme de"
            " 300 logements neufs.\nUn deuxième atelier de formation ouvre le 1er avril à Saint-Mihiel.",
            "2025-03-08",
            ["2025-03-04"],
        ),
        # M1: a place's heading over the story's local angle in the present
        (
            _COLMAR + "\n\nEn Moselle\nDepuis le 1er mars, douze familles ukrainiennes sont hébergées à Metz dans un"
            " ancien internat.\nLa collecte de vêtements organisée par la paroisse se poursuit jusqu'au 31 mars.",
            "2025-03-15",
            ["2025-03-01"],
        ),
        # M1: … and in the future
        (
            _COLMAR + "\n\nEn Alsace\nLa collectivité européenne réunira les associations d'accueil le jeudi 20 mars à"
            " Strasbourg.\nUne cellule d'aide aux démarches est ouverte à la préfecture jusqu'au 30 avril.",
            "2025-03-15",
            ["2025-03-20"],
        ),
        # made up alike: furniture heading over news told in the past
        (
            _COLMAR + "\n\nAgenda\nLe conseil départemental a voté le 10 mars une aide de 5 000 euros au centre.",
            "2025-03-15",
            ["2025-03-10"],
        ),
        # made up alike: a heading of the region over the local angle in the future
        (
            _COLMAR + "\n\nDans la région\nLe préfet réunira les maires le jeudi 20 mars à Mulhouse.\nUne permanence"
            " est ouverte à la sous-préfecture jusqu'au 30 avril.",
            "2025-03-15",
            ["2025-03-20"],
        ),
    ],
)
def test_a_section_at_the_foot_keeps_its_facts(tmp_path: Path, text: str, published: str, kept: list[str]) -> None:
    dates = drafted_dates(tmp_path, text, published)
    assert set(kept) <= set(dates), dates


# --- round 101: a count in a clause of its own keeps its reading (H2) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "right", "wrong"),
    [
        # a participle's clause
        (
            "Attentat de Moscou : un quatrième suspect interpellé\n\nLe Comité d'enquête russe a annoncé lundi avoir"
            " arrêté un quatrième suspect, interpellé quelques jours après l'attaque du 22 mars contre la salle de"
            " concert Crocus City Hall.",
            "2024-04-08",
            "2024-03-24/2024-03-29",
            None,
        ),
        # a « que » clause: the arrival is not the signing
        (
            "Corée du Nord : Séoul détaille l'envoi de soldats en Russie\n\nLe renseignement sud-coréen a affirmé"
            " mercredi que les premiers soldats nord-coréens étaient arrivés en Russie quelques semaines après la"
            " signature du traité de défense mutuelle, le 19 juin 2024.",
            "2024-11-13",
            "2024-07-03/2024-07-17",
            None,
        ),
        # made up alike: a relative clause
        (
            "Le parquet a annoncé mardi la mise en examen d'un homme qui a été arrêté quelques jours après l'incendie"
            " du 4 février.",
            "2025-02-20",
            "2025-02-06/2025-02-11",
            None,
        ),
        # an apposed noun and its participle
        (
            "Un drone frappe un immeuble à Odessa\n\nLes secours ont retrouvé jeudi le corps d'une sixième victime, une"
            " femme de 64 ans décédée à l'hôpital quelques jours après la frappe du 2 mars.",
            "2025-03-13",
            "2025-03-04/2025-03-09",
            None,
        ),
    ],
)
def test_a_rough_count_in_another_clause_dates_its_fact(
    tmp_path: Path, text: str, published: str, right: str, wrong: str | None
) -> None:
    _read_right(drafted_dates(tmp_path, text, published), right, wrong)


def test_a_rough_count_after_the_main_clause_s_time_still_dates_nothing(tmp_path: Path) -> None:
    # near miss: the count on the main clause's time (round 101 kept): no reading of its own
    text = (
        "Le ministre a annoncé mardi la fin des opérations, quelques semaines après la reprise du village le 3 janvier."
    )
    assert drafted_dates(tmp_path, text, "2025-02-20") == ["2025-01-03", "2025-02-18"]


def _read_right(dates: list[str], right: str, wrong: str | None) -> None:
    assert right in dates
    if wrong is not None:
        assert wrong not in dates
