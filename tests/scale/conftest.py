"""Scale tests: the benchmarks' code paths at about 2,000 people, so CI keeps them working (no timings).

One roster is generated per session (fictional people from ``eligibility.demo``), written as the
canonical CSV files, imported once into a template store, and copied for tests that write to a store.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
from pathlib import Path

import pytest

from tests.scale.scale_helpers import AS_OF, SCALE_PEOPLE, SEED, Roster


@pytest.fixture(scope="session")
def roster(tmp_path_factory: pytest.TempPathFactory) -> Roster:
    from eligibility.demo import generate_people
    from eligibility.intake.export import write_canonical

    people = generate_people(SCALE_PEOPLE, seed=SEED, as_of=AS_OF)
    folder = tmp_path_factory.mktemp("scale-roster")
    _, conduct_rows = write_canonical(people, roster=folder / "roster.csv", conduct=folder / "conduct.csv")
    return Roster(people, folder / "roster.csv", folder / "conduct.csv", conduct_rows)


@pytest.fixture(scope="session")
def template_store(roster: Roster, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the roster, evaluated as of AS_OF with the shipped packs."""
    from eligibility.operations import evaluate_store, import_files
    from eligibility.rules import load_packs
    from eligibility.store import Store

    path = tmp_path_factory.mktemp("scale-store") / "template.slstore"
    with Store.create(path) as store:
        result = import_files(store, roster.roster_csv, roster.conduct_csv, today=AS_OF)
        assert not result.report.errors
        evaluate_store(store, as_of=AS_OF, packs=load_packs(include_user_dir=False))
    return path


@pytest.fixture
def store_copy(template_store: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.slstore"
    shutil.copyfile(template_store, path)
    return path
