"""Memory sanity: what one person costs in memory, so 100,000 people stay under the 500 MB target.

Measured with tracemalloc (Python allocations, deterministic), not the process's resident size. The case
list keeps its rows for as long as the store is open; the loaded people are dropped once the rows are built.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from eligibility.store import Store
from eligibility.workspace import build_rows
from tests.scale.scale_helpers import AS_OF, SCALE_PEOPLE

# At 100,000 people: the open list under 250 MB of Python objects, a full load under 400 MB at its peak.
ROW_BYTES_LIMIT = 2_500
PERSON_BYTES_LIMIT = 4_000


def test_the_open_case_list_and_a_full_load_fit_the_memory_target(template_store: Path) -> None:
    with Store.open(template_store) as store:
        tracemalloc.start()
        try:
            start = tracemalloc.get_traced_memory()[0]
            people = store.load_people()
            loaded = tracemalloc.get_traced_memory()[0]
            rows = build_rows(people, store.determination_index(), as_of=AS_OF)
            del people
            kept = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
    assert len(rows) == SCALE_PEOPLE
    per_person = (loaded - start) / SCALE_PEOPLE
    per_row = (kept - start) / SCALE_PEOPLE
    assert 200 < per_person < PERSON_BYTES_LIMIT, per_person
    assert 100 < per_row < ROW_BYTES_LIMIT, per_row
