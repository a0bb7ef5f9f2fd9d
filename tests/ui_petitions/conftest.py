# ruff: noqa: F811 - fixtures take as parameters the fixtures imported by name below
"""Petitions UI tests: the tests/ui fixtures (offscreen Qt, inline background work, strict dialogs), a demo
store evaluated once per session and copied per test, office details, and private data/config folders."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from pathlib import Path

import pytest

from tests.petitions.petition_samples import OFFICE
from tests.ui.conftest import (  # noqa: F401 - fixtures are found by name
    TODAY,
    _demo_template,
    _inline_background,
    _strict_dialogs,
    demo_path,
    engine,
    people,
    qsettings,
    settings,
    store_path,
    today,
)


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Exhibit copies and settings go under the test's tmp_path, never the real user folders."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("SECONDLOOK_DATA_DIR", str(data))
    monkeypatch.setenv("SECONDLOOK_CONFIG_DIR", str(tmp_path / "userconfig"))
    return data


@pytest.fixture
def demo_store(demo_path: Path):
    from eligibility.store import Store

    store = Store.open(demo_path)
    yield store
    store.close()


@pytest.fixture
def office_settings(settings):
    """Settings with every office detail filled in."""
    for key, value in OFFICE.items():
        settings.set(key, value)
    return settings


def make_pdf(path: Path, pages: int = 1, text: str = "Certificate") -> Path:
    """A small real PDF (reportlab), standing in for a scanned certificate."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=letter, invariant=1)
    for n in range(pages):
        canvas.drawString(72, 700, f"{text} page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path
