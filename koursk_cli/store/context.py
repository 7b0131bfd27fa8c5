"""The part of a checked store that checking one events or claims file needs; the cache keeps it."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..dates import FuzzyDate


class Context(NamedTuple):
    """What checking events and claims needs to know about the rest of the store: small, built once, cacheable."""

    actors: frozenset[str]
    places: frozenset[str]
    sources: frozenset[str]
    measures: dict[str, frozenset[str]]
    units: dict[str, frozenset[str]]  # per topic that lists its units
    decimal_units: dict[str, frozenset[str]]  # per topic, its units that may be decimals; every other counts wholes
    published: Mapping[str, FuzzyDate]
    seed_texts: Mapping[str, str]  # normalised, per source id (read from the cache only when a file is checked)
    owners: Mapping[str, tuple[str, str, int]]  # each core id: its kind, file name (sources.yaml...) and line
    unread: Mapping[str, str] = MappingProxyType({})
    """The core files that could not be read (a YAML syntax error, not a list…), by the kind of record they hold
    (`source`, `entity`, `topic`): references into them are not checked, only counted (rev26 M5). Empty in every
    context the cache keeps (it keeps only sound cores)."""
    drafts: frozenset[str] = frozenset()
    """The sources in draft (an article `koursk extract` wrote with placeholders left): every problem of a record
    citing one is that draft's (rev37u U1). Empty in every context the cache keeps."""
