"""A Markdown note's own remarks (a web clipper's or a researcher's note, in Obsidian's or GitHub's syntax): the items
of its task list (« - [ ] Relire l'audition du NIS avant jeudi », « - [x] Archiver … (dossier 2025-03) ») and the
lines of a callout the note-taker writes to themselves (« > [!note] Mes notes (02/05) », « > [!info] Note de
travail »). Their dates are the note-taker's plans and reminders, no fact's (sealed36 s18, sealed37 t18: proposed as
events; round 54). Their figures stay: a to-do may cite one (« - [x] vérifier si le total envoyé change (toujours
~15 000 selon eux) »). A callout of another kind (« [!quote] », « [!abstract] ») holds the page's words."""

from __future__ import annotations

import re

# possessive runs: one pass over a hostile line
_TASK = re.compile(r"^[ \t]*+[-*+][ \t]++\[[ xX]\][^\n]*+", re.MULTILINE)
_CALLOUT = re.compile(r"^>[ \t]*+\[!(?:note|info|todo)\][-+]?[^\n]*+(?:\n>[^\n]*+)*+", re.MULTILINE | re.IGNORECASE)


def own_notes(text: str) -> list[tuple[int, int]]:
    """Where a note's task list and its own callouts stand, sorted."""
    return sorted(found.span() for pattern in (_TASK, _CALLOUT) for found in pattern.finditer(text))
