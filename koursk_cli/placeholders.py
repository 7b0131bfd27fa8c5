"""What `koursk extract` leaves for a curator to write, and `koursk check` refuses until it is written."""

from __future__ import annotations

TODO = "TODO:"
"""Starts every text a curator must write (titles, bases, units): « TODO: English title »."""
TODO_TOPIC = "todo-topic"
"""The topic of a figure no word of its sentence gave away."""
TODO_MEASURE = "todo-measure"
"""The measure of such a figure."""
TODO_ASSERTER = "todo-asserter"
"""Who asserts a figure whose sentence names a speaker no entity matches (« un responsable américain a affirmé »)."""
DRAFT_PREVIEW = (
    "DRAFT PREVIEW (koursk --drafts): it holds drafts left by koursk extract that no curator has finished. "
    "Not the curated store and not for publication."
)
"""The mark every file a `--drafts` export or report writes carries in its own text (a banner, a first line, a
field), so that a draft preview passed on can never pass for the curated store."""
