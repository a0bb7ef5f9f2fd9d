"""Security tests: core pieces run without a display; the Qt pieces run on the offscreen platform."""

from __future__ import annotations

import os

# Before anything imports Qt: the UI tests must run headless (CI has no display).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from eligibility.store import Store
from eligibility.store.crypto import create_store
from tests.security.factory import PASSPHRASE, marker_person


@pytest.fixture(scope="session")
def _enc_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    # Keying costs a deliberate 0.1-0.2 s (SQLCipher's KDF); making the store once and copying its bytes
    # keeps the suite fast without weakening the key derivation the tests exercise.
    path = tmp_path_factory.mktemp("template") / "cases.slstore"
    store = create_store(path, passphrase=PASSPHRASE)
    store.import_people([marker_person()], source="fixture")
    store.close()
    return path.read_bytes()


@pytest.fixture
def enc_path(tmp_path: Path, _enc_template: bytes) -> Path:
    """An encrypted store holding the marker person, closed, ready to open."""
    path = tmp_path / "cases.slstore"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(_enc_template)
    return path


@pytest.fixture
def enc_store(enc_path: Path):
    from eligibility.store.crypto import open_store

    store = open_store(enc_path, passphrase=PASSPHRASE)
    yield store
    store.close()


@pytest.fixture
def plain_store(tmp_path: Path):
    store: Store = create_store(tmp_path / "plain.slstore", passphrase=None)
    store.import_people([marker_person()], source="fixture")
    yield store
    store.close()
