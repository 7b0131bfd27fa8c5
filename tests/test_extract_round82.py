"""Round 82 (issue 16, anchored words and seasons; helper round82): the shapes sealed40 to sealed54 exposed. « La
veille, … avait … » opening a paragraph after one that ended on a day told only about (« Il y a deux semaines, … »)
counted from that uncertain day: it is the eve of the news's own day, or of a reprinted wire story's dateline. The day
of a thing a time is counted from (« près de neuf mois après l'incursion du 6 août ») was the day a later « La veille »
counted from, and where that count landed the day « Deux jours plus tard » counted from; a day after « après l'annonce …
» with no count before it was skipped as such a thing. « la veille » after a passé composé whose subject follows it (« a
indiqué le Kremlin la veille ») was not read as the eve of the news; « la veille de l'annonce » after « a annoncé samedi
» was read as no date; « cet hiver » after a passive of the future (« pourrait être envoyé cet hiver ») was read as told
in the past, the winter before. Made-up pages, never the held-out ones; each positive case fails before the change, its
near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

# --- « La veille » opening a paragraph after a day told only about ---------------------------------------------------

_NEWS = "Le ministère de la Défense a annoncé jeudi l'arrivée de nouveaux renforts à Koursk."
_ASIDE = "Il y a trois semaines, un député affirmait déjà que des ouvriers réparaient les routes."
_EVE = "La veille, le ministère des Affaires étrangères avait réclamé des sanctions à Bruxelles."


def test_la_veille_opening_a_paragraph_after_an_aside_is_the_eve_of_the_news(tmp_path: Path) -> None:
    text = f"{_NEWS}\n\n{_ASIDE}\n\n{_EVE}"
    dates = drafted_dates(tmp_path, text, "2025-10-09")  # a Thursday
    assert "2025-10-08" in dates
    assert "2025-09-17~" not in dates


def test_la_veille_opening_a_reprinted_wire_story_s_paragraph_is_the_eve_of_its_dateline(tmp_path: Path) -> None:
    text = (
        "SÉOUL, 9 octobre 2025 (AFP) - Des renforts nord-coréens sont arrivés à Koursk, selon le renseignement."
        f"\n\n{_ASIDE}\n\n{_EVE}"
    )
    dates = drafted_dates(tmp_path, text, "2025-10-10")
    assert "2025-10-08" in dates


def test_la_veille_after_an_exact_day_or_in_the_same_paragraph_is_unchanged(tmp_path: Path) -> None:
    # near misses: the day before the eve is told with its number, or the aside and the eve share a paragraph
    text = f"{_NEWS}\n\nLe 2 octobre, un député affirmait que des ouvriers réparaient les routes.\n\n{_EVE}"
    assert "2025-10-01" in drafted_dates(tmp_path, text, "2025-10-09")
    text = f"{_NEWS}\n\n{_ASIDE} {_EVE}"
    assert "2025-10-08" not in drafted_dates(tmp_path, text, "2025-10-09")


# --- « La veille » after a sentence whose last day is the one a time is counted from ---------------------------------


def test_la_veille_does_not_count_from_the_day_a_time_is_counted_from(tmp_path: Path) -> None:
    text = (
        "L'état-major a annoncé samedi la reprise de la ville, près de huit mois après l'offensive ukrainienne du "
        "6 août. Kiev conteste. La veille, le président recevait un émissaire américain."
    )
    dates = drafted_dates(tmp_path, text, "2025-04-27")  # Saturday 26 April
    assert "2025-04-25" in dates
    assert "2025-08-05" not in dates and "2024-08-05" not in dates


def test_la_veille_after_a_day_told_before_a_count_is_unchanged(tmp_path: Path) -> None:
    # near miss: the day the story stands at is told, the count's clause ends before it
    text = "Après l'offensive, l'état-major a annoncé le 26 avril la reprise de la ville. La veille, Kiev contestait."
    assert "2025-04-25" in drafted_dates(tmp_path, text, "2025-04-28")


# --- « la veille » after a passé composé whose subject follows it ----------------------------------------------------


def test_la_veille_after_an_inverted_subject_is_the_eve_of_the_news(tmp_path: Path) -> None:
    text = (
        "MOSCOU, 12 mars 2025 (AFP) - Le ministre russe a reçu mercredi une délégation nord-coréenne.\n\n"
        "Il s'était déjà rendu à Pyongyang le 20 janvier.\n\n"
        "En février, les livraisons d'obus auraient doublé, selon Séoul.\n\n"
        "Un sommet pourrait se tenir « bientôt », a affirmé le Kremlin la veille, sans autre précision."
    )
    dates = drafted_dates(tmp_path, text, "2025-03-12")
    assert "2025-03-11" in dates
    assert "2025-01-19" not in dates


def test_la_veille_after_the_pluperfect_with_an_inverted_subject_is_unchanged(tmp_path: Path) -> None:
    # near miss: the pluperfect goes on telling the story from the day told before
    text = (
        "MOSCOU, 12 mars 2025 (AFP) - Le ministre russe a reçu mercredi une délégation nord-coréenne.\n\n"
        "Le 20 janvier, il s'était rendu à Pyongyang, comme l'avait annoncé le Kremlin la veille."
    )
    dates = drafted_dates(tmp_path, text, "2025-03-12")
    assert "2025-01-19" in dates


# --- « cet hiver » after a passive of the future ---------------------------------------------------------------------


def test_cet_hiver_after_a_passive_of_the_future_is_the_coming_winter(tmp_path: Path) -> None:
    text = "Selon Séoul, une nouvelle brigade pourrait être dépêchée cet hiver."
    assert drafted_dates(tmp_path, text, "2025-10-30") == ["2025-12/2026-02"]
    text = "Selon Séoul, de nouveaux soldats devraient être déployés cet hiver dans la région."
    assert drafted_dates(tmp_path, text, "2025-10-30") == ["2025-12/2026-02"]


def test_cet_hiver_told_in_the_past_is_still_the_winter_before(tmp_path: Path) -> None:
    # near miss: a passive in the passé composé is told as done
    text = "Selon Séoul, une nouvelle brigade a été dépêchée cet hiver."
    assert drafted_dates(tmp_path, text, "2025-10-30") == ["2024-12/2025-02"]


# --- « Deux jours plus tard » after a sentence that counts a time from a thing ---------------------------------------


def test_a_count_from_a_thing_after_the_day_told_leaves_the_story_at_that_day(tmp_path: Path) -> None:
    text = (
        "Le 17 avril, l'armée annonçait la reprise de la ville, près de sept mois après l'offensive du 10 septembre "
        "2024. Deux jours plus tard, Séoul confirmait la présence de ses soldats."
    )
    assert "2025-04-19" in drafted_dates(tmp_path, text, "2025-05-10")


def test_a_day_after_apres_with_no_count_is_where_the_story_stands(tmp_path: Path) -> None:
    text = (
        "Ce n'est qu'au printemps, après la proclamation de la victoire le 12 mars, que le Kremlin a remercié "
        "Pyongyang. Deux jours plus tard, la Corée du Nord confirmait."
    )
    assert "2025-03-14" in drafted_dates(tmp_path, text, "2025-06-01")


def test_a_count_from_a_thing_after_a_dated_day_with_its_year_leaves_the_story_at_that_day(tmp_path: Path) -> None:
    text = (
        "Le 9 mars 2025, Moscou annonçait la reprise de la ville, sept mois après l'offensive du 10 août 2024. "
        "Trois jours plus tard, Kiev démentait."
    )
    dates = drafted_dates(tmp_path, text, "2025-06-01")
    assert "2025-03-12" in dates
    assert "2024-08-13" not in dates


def test_a_count_from_a_thing_with_no_day_before_it_or_from_a_clause_is_unchanged(tmp_path: Path) -> None:
    # near misses: nothing told before the count, so the story stands where it lands; « après que » counts from a
    # clause, and the day told stays where the story stands
    text = (
        "Sept mois après l'offensive du 10 août 2024, Moscou a repris la ville. Trois semaines plus tard, Kiev dément."
    )
    assert "2025-03/2025-04" in drafted_dates(tmp_path, text, "2025-06-01")
    text = "Kim a reçu mardi Choïgou, deux mois après que Moscou a salué ses soldats. Le lendemain, Choïgou repartait."
    assert "2025-06-04" in drafted_dates(tmp_path, text, "2025-06-05")


# --- « la veille de l'annonce »: the eve of an act told with its day -------------------------------------------------


def test_la_veille_de_l_annonce_counts_from_the_day_the_announcement_was_told(tmp_path: Path) -> None:
    text = (
        "Trois soldats ont été capturés, a annoncé mardi le ministère ukrainien. Selon le renseignement, ils ont été "
        "conduits à Kiev la veille de l'annonce."
    )
    assert "2025-02-03" in drafted_dates(tmp_path, text, "2025-02-06")  # Tuesday 4 February
    text = (
        "Il y est resté jusqu'à ce que Séoul confirme, le 14 mars, l'envoi de renforts. « La veille de la "
        "confirmation, les tirs avaient cessé », dit-il. Deux jours plus tard, Moscou démentait."
    )
    dates = drafted_dates(tmp_path, text, "2025-04-20")
    assert "2025-03-13" in dates
    assert "2025-03-16" in dates  # the story stands at the confirmation, not its eve


def test_la_veille_d_another_thing_or_of_an_act_told_on_no_day_is_unchanged(tmp_path: Path) -> None:
    # near misses: a thing no verb told (« la veille de la rencontre »), an announcement told on no day
    text = "Kiev a annoncé mardi une offensive. Les troupes étaient arrivées la veille de la rencontre."
    assert drafted_dates(tmp_path, text, "2025-02-06") == ["2025-02-04"]  # the Tuesday, never the eve of it
    text = "Kiev a fait une annonce. Les troupes étaient arrivées la veille de l'annonce."
    assert drafted_dates(tmp_path, text, "2025-02-06") == []
