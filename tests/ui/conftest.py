"""UI tests: offscreen Qt, one session QApplication (pytest-qt), background work run inline, strict dialogs."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from datetime import date
from pathlib import Path

import pytest
import shiboken6

from eligibility.records import ConductEntry, ConductKind, Division, Flag, Jurisdiction, Person, SentenceType

TODAY = date(2026, 11, 27)
PASSPHRASE = "lantern orchard seventeen"  # the fixture stores' (fictional) passphrase


def sample_people() -> list[Person]:
    """Fictional people whose results are known from the contract's rules (see each comment)."""
    return [
        # Age 56, in custody since 1995 on 25-to-life: elderly parole (50 and 20 years) eligible.
        Person("TA1001", "Alvarez", "Testa", date(1970, 3, 15), Jurisdiction.CA, date(1995, 6, 1),
               date(1995, 6, 10), SentenceType.LIFE, min_term_years=25, controlling_offense="PC 187(a)",
               county="Kern", case_number="KC1001",
               conduct=(ConductEntry("TA1001", date(2003, 4, 2), ConductKind.SERIOUS_RVR, Division.D, False,
                                     "possession"),)),
        # Age 41, 20 at the offense, determinate 30 years since 2006: youth parole eligible, elderly not yet.
        Person("TB2002", "Brook", "Sample", date(1985, 1, 20), Jurisdiction.CA, date(2005, 7, 4),
               date(2006, 1, 10), SentenceType.DETERMINATE, term_years=30, term_months=0),
        # LWOP at 30: youth parole excluded, elderly parole excluded.
        Person("TC3003", "Castro", "Fixture", date(1975, 2, 2), Jurisdiction.CA, date(2005, 3, 3),
               date(2005, 3, 4), SentenceType.LWOP, flags=frozenset({Flag.VIOLENT_FELONY})),
        # DC, 19 at the offense, in custody 20 years: DC Second Look eligible.
        Person("TD4004", "Dunmore", "Example", date(1987, 6, 6), Jurisdiction.DC, date(2006, 8, 8),
               date(2006, 8, 9), SentenceType.DETERMINATE, term_years=40),
        # Federal, 45 years old: the age ground needs 65.
        Person("TE5005", "Ellery", "Placeholder", date(1981, 9, 9), Jurisdiction.US, date(2012, 1, 1),
               date(2012, 1, 2), SentenceType.DETERMINATE, term_years=20),
    ]


@pytest.fixture(autouse=True)
def _inline_background():
    """Background work runs at once on the test's thread (the FakeThreadPool of the house style)."""
    from ui.background import InlinePool, set_pool

    pool = InlinePool()
    set_pool(pool)
    yield pool
    set_pool(None)


@pytest.fixture(autouse=True)
def _strict_dialogs():
    """A modal dialog a test did not answer fails the test instead of hanging it."""
    from ui.dialogs import dialogs

    dialogs.reset()
    dialogs.strict = True
    yield dialogs
    leftover = dialogs.pending
    dialogs.reset()
    dialogs.strict = False
    assert leftover == 0, f"{leftover} queued dialog answer(s) were never used"


@pytest.fixture(scope="session")
def engine():
    from eligibility.workspace import RulesEngine

    return RulesEngine(include_user_dir=False)


@pytest.fixture
def qsettings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def settings(tmp_path: Path):
    from eligibility.settings import Settings

    return Settings(tmp_path / "settings.json")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    from eligibility.store import Store

    path = tmp_path / "cases.slstore"
    with Store.create(path) as store:
        store.import_people(sample_people(), source="fixture")
    return path


@pytest.fixture
def make_window(qtbot, engine, settings, qsettings, request):
    from ui.main_window import MainWindow

    def make(path: Path | None = None, *, with_engine: bool = True) -> MainWindow:
        window = MainWindow(engine=engine if with_engine else None, settings=settings, today=TODAY,
                            qsettings=qsettings)

        def close() -> None:
            # A test that leaves edits unsaved must not meet the "discard changes?" question at teardown.
            window.person_page.facts.set_person(None)
            window.close()
            # Destroyed now, while the QApplication lives, rather than by the garbage collector later.
            shiboken6.delete(window)

        request.addfinalizer(close)
        window.show()
        if path is not None:
            assert window.open_store_path(path)
        return window

    return make


@pytest.fixture
def window(make_window, store_path):
    return make_window(store_path)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def people() -> list[Person]:
    return sample_people()


@pytest.fixture
def dialogs_fixture(_strict_dialogs):
    return _strict_dialogs


@pytest.fixture
def dialogs_answer_conduct(_strict_dialogs):
    """Queue an answer for the next "Add conduct entry" dialog that fills it in and presses OK."""

    def answer(when: str, kind, *, violent: str = "", description: str = "") -> None:
        def fill(dialog) -> int:
            dialog.date_edit.setText(when)
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
            dialog.violent_combo.setCurrentIndex(dialog.violent_combo.findData(violent))
            dialog.description_edit.setText(description)
            return 1

        _strict_dialogs.set_next_answer(fill)

    return answer



@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory, engine) -> Path:
    """The demo store (200 fictional people), made and evaluated once per session."""
    from eligibility.workspace import create_demo_store, evaluate_everyone

    path = tmp_path_factory.mktemp("demo-template") / "demo.slstore"
    store = create_demo_store(path, today=TODAY)
    try:
        evaluate_everyone(store, engine, as_of=TODAY)
    finally:
        store.close()
    return path


@pytest.fixture
def demo_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the evaluated demo store."""
    import shutil

    target = tmp_path / "demo.slstore"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(_demo_template) + suffix)
        if source.exists():
            shutil.copy2(source, str(target) + suffix)
    return target


@pytest.fixture
def office_settings(settings):
    """Settings with every office detail filled in (fictional office)."""
    from tests.petitions.petition_samples import OFFICE

    for key, value in OFFICE.items():
        settings.set(key, value)
    return settings


@pytest.fixture
def encrypted_path(tmp_path: Path, people) -> Path:
    from eligibility.store.crypto import create_store

    path = tmp_path / "clinic.slstore"
    store = create_store(path, passphrase=PASSPHRASE)
    try:
        store.import_people(people, source="fixture")
    finally:
        store.close()
    return path
