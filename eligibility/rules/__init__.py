"""Rule packs and the eligibility engine.

Packs are TOML data (``resources/packs/*.toml``, plus an office's own in the user data directory),
validated and compiled at load time; ``evaluate`` applies them to a person on an as-of date.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eligibility.rules.evaluator import applicable_packs, evaluate, evaluate_many
from eligibility.rules.loader import load_pack, parse_pack
from eligibility.rules.pack import Criterion, PackError, PackKind, PackPath, Role, RulePack

__all__ = [
    "Criterion",
    "PackError",
    "PackKind",
    "PackPath",
    "Role",
    "RulePack",
    "applicable_packs",
    "collect_packs",
    "evaluate",
    "evaluate_many",
    "load_pack",
    "load_packs",
    "parse_pack",
    "shipped_packs_dir",
]


def shipped_packs_dir() -> Path:
    from eligibility.paths import resource_path

    return resource_path("packs")


def _pack_dirs(extra_dirs: Sequence[Path], include_user_dir: bool) -> list[Path]:
    dirs = [shipped_packs_dir()]
    if include_user_dir:
        from eligibility.paths import user_packs_dir

        dirs.append(user_packs_dir())
    dirs.extend(Path(d) for d in extra_dirs)
    return dirs


def collect_packs(extra_dirs: Sequence[Path] = (), *, include_user_dir: bool = True
                  ) -> tuple[list[RulePack], list[PackError]]:
    """Every pack that loads, and a ``PackError`` for each file that does not (or repeats an id).

    The app uses this so that one broken office pack is reported without hiding the others.
    """
    packs: list[RulePack] = []
    errors: list[PackError] = []
    seen: dict[str, Path] = {}
    for directory in _pack_dirs(extra_dirs, include_user_dir):
        if not directory.is_dir():
            continue
        for file in sorted(directory.glob("*.toml")):
            try:
                pack = load_pack(file)
            except PackError as exc:
                errors.append(exc)
                continue
            if pack.id in seen:
                errors.append(PackError(file, None, "id", f"pack id {pack.id!r} is already used by "
                                        f"{seen[pack.id]}; give the copy its own id"))
                continue
            seen[pack.id] = file
            packs.append(pack)
    return packs, errors


def load_packs(extra_dirs: Sequence[Path] = (), *, include_user_dir: bool = True) -> list[RulePack]:
    """The shipped packs, the office's packs and any ``extra_dirs``; raises the first ``PackError``."""
    packs, errors = collect_packs(extra_dirs, include_user_dir=include_user_dir)
    if errors:
        raise errors[0]
    return packs
