"""Second Look. No arguments: the desktop app. A command: the headless command line (`--help` lists them)."""

from __future__ import annotations

import sys
from pathlib import Path


def _app_store_argument(argv: list[str]) -> tuple[bool, Path | None]:
    """True (and the store) when argv asks for the app: nothing, or only ``--store PATH``."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--store":
        return True, Path(argv[1]).expanduser()
    if len(argv) == 1 and argv[0].startswith("--store="):
        return True, Path(argv[0].split("=", 1)[1]).expanduser()
    return False, None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_app, store_path = _app_store_argument(argv)
    if wants_app:
        from ui.app import run_app

        return run_app([sys.argv[0]], store_path=store_path)
    from eligibility.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
