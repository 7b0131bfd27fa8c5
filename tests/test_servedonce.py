"""store.servedonce.ServedOnce against a set of the ids: the first id served twice, across batches and growth."""

from hypothesis import given
from hypothesis import strategies as st

from koursk_cli.store.servedonce import ServedOnce

ids = st.lists(st.binary(min_size=1, max_size=6), max_size=40)


@given(st.lists(ids, max_size=400))
def test_first_id_served_twice_as_a_set_finds_it(batches: list[list[bytes]]) -> None:
    served = ServedOnce()
    seen: set[bytes] = set()
    for batch in batches:
        twice = next((key for at, key in enumerate(batch) if key in seen or key in batch[:at]), None)
        assert served.add(batch) == twice
        if twice is not None:
            return
        seen.update(batch)


def test_many_ids_grow_the_table_and_none_is_lost() -> None:
    served = ServedOnce()
    for start in range(0, 100_000, 1000):
        assert served.add([f"ev-{n:06d}".encode() for n in range(start, start + 1000)]) is None
    assert served.add([b"ev-000999"]) == b"ev-000999"
    assert served.add([b"ev-100000", b"ev-100000"]) == b"ev-100000"
