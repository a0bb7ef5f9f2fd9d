"""Where things live: bundled resources, the per-user data and config directories.

Resources are read through ``resource_path`` only, so the same code works from a source tree, an
installed checkout and a frozen (PyInstaller) bundle, where files sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from eligibility import APP_SLUG

_APP_AUTHOR = "SecondLook"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by its owner: it will hold people's records."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def user_data_dir() -> Path:
    override = os.environ.get("SECONDLOOK_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_SLUG, _APP_AUTHOR))
    return _private_dir(base)


def user_config_dir() -> Path:
    override = os.environ.get("SECONDLOOK_CONFIG_DIR")
    base = Path(override) if override else Path(platformdirs.user_config_dir(APP_SLUG, _APP_AUTHOR))
    return _private_dir(base)


def default_store_path() -> Path:
    return user_data_dir() / "cases.slstore"


def user_packs_dir() -> Path:
    """An office drops its own rule packs (TOML) here; they are loaded beside the shipped ones."""
    return _private_dir(user_data_dir() / "packs")


def log_dir() -> Path:
    return _private_dir(user_data_dir() / "logs")
