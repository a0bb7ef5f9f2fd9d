"""Second Look's core: records, dates, rules, the case store, intake and petitions. No Qt here."""

from importlib import metadata as _metadata


def _version() -> str:
    try:
        return _metadata.version("second-look")
    except _metadata.PackageNotFoundError:
        # A source tree that was never installed: read the one place the version is written.
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown"


__version__ = _version()

APP_NAME = "Second Look"
APP_SLUG = "SecondLook"
