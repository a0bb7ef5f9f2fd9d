"""User settings shared by the app and the CLI: one JSON file in the per-user config directory.

Settings hold office details and preferences, never anything about a person (recent-file lists keep
store paths only). Known keys are validated so a typo on the command line is caught, not saved.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eligibility.paths import user_config_dir
from eligibility.safe_files import write_text_atomically


class SettingsError(ValueError):
    pass


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise SettingsError(f"expected a whole number from {low} to {high}, got {text!r}") from None
        if not low <= value <= high:
            raise SettingsError(f"expected a whole number from {low} to {high}, got {value}")
        return value
    return parse


def _text(text: str) -> str:
    return text.strip()


def _bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"expected yes or no, got {text!r}")


def _leap_rule(text: str) -> str:
    if text not in ("march_1", "feb_28"):
        raise SettingsError(f"expected march_1 or feb_28, got {text!r}")
    return text


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    default: Any
    parse: Callable[[str], Any]
    help: str


SPECS: dict[str, SettingSpec] = {s.key: s for s in (
    SettingSpec("office.organisation", "", _text, "Organisation name for letterheads and captions"),
    SettingSpec("office.attorney_name", "", _text, "Attorney who signs petitions"),
    SettingSpec("office.bar_number", "", _text, "Attorney's State Bar number"),
    SettingSpec("office.address", "", _text, "Office postal address (use \\n between lines)"),
    SettingSpec("office.phone", "", _text, "Office telephone"),
    SettingSpec("office.email", "", _text, "Office e-mail address"),
    SettingSpec("security.lock_minutes", 10, _int_between(1, 30), "Lock the app after this many idle minutes"),
    SettingSpec("backup.keep", 10, _int_between(1, 365), "How many automatic backups to keep"),
    SettingSpec("dates.leap_day", "march_1", _leap_rule,
                "How a 29 February date falls in common years (march_1 or feb_28)"),
    SettingSpec("staff.name", "", _text, "Your name, recorded in the audit trail"),
    SettingSpec("store.path", "", _text, "The store the app opens at start (empty: the default store)"),
    SettingSpec("ui.language", "", _text, "Interface language code, e.g. es (empty: the system's)"),
    SettingSpec("demo.banner", True, _bool, "Show the banner on the demo store"),
)}


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


class Settings:
    """Typed access to the settings file. Writes are atomic (temp file + rename) and owner-only."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._values: dict[str, Any] = {}
        self.reload()

    def reload(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            raise SettingsError(f"The settings file {self.path} cannot be read ({exc}). "
                                "Fix or delete it to start from the defaults.") from exc
        self._values = {k: v for k, v in raw.items() if k in SPECS}

    def get(self, key: str) -> Any:
        if key not in SPECS:
            raise SettingsError(f"Unknown setting {key!r}. Known settings: {', '.join(SPECS)}.")
        return self._values.get(key, SPECS[key].default)

    def set(self, key: str, text: str) -> Any:
        if key not in SPECS:
            raise SettingsError(f"Unknown setting {key!r}. Known settings: {', '.join(SPECS)}.")
        try:
            value = SPECS[key].parse(text)
        except SettingsError as exc:
            raise SettingsError(f"Setting {key}: {exc}.") from None
        if key == "office.address" and isinstance(value, str):
            value = value.replace("\\n", "\n")
        self._values[key] = value
        self.save()
        return value

    def set_value(self, key: str, value: Any) -> None:
        """Set an already-typed value (from the app's forms); it is still checked against the spec."""
        self.set(key, str(value) if not isinstance(value, bool) else ("yes" if value else "no"))

    def items(self) -> Iterator[tuple[str, Any]]:
        for key in SPECS:
            yield key, self.get(key)

    def office(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.items() if k.startswith("office.")}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self.path, lambda fh: json.dump(self._values, fh, indent=2, ensure_ascii=False,
                                                               sort_keys=True))

    def as_mapping(self) -> Mapping[str, Any]:
        return dict(self.items())
