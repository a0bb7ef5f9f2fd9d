"""Every test runs with its own empty per-user data and config directories, never the real ones."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("SECONDLOOK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("SECONDLOOK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("SECONDLOOK_PASSPHRASE", raising=False)
