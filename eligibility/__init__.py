"""Second Look's core: records, dates, rules, the case store, intake and petitions. No Qt here."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("second-look")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "Second Look"
APP_SLUG = "SecondLook"
