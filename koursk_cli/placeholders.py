"""What `koursk extract` leaves for a curator to write, and `koursk check` refuses until it is written."""

from __future__ import annotations

TODO = "TODO:"
"""Starts every text a curator must write (titles, bases, units): « TODO: English title »."""
TODO_TOPIC = "todo-topic"
"""The topic of a figure no word of its sentence gave away."""
TODO_MEASURE = "todo-measure"
"""The measure of such a figure."""
