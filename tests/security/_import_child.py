"""Run by test_crash_safety in a subprocess: import many people into an existing store, to be SIGKILLed.

Usage: python _import_child.py STORE COUNT   (the passphrase comes in SECONDLOOK_PASSPHRASE)
Prints "ready" just before the import transaction starts and "done" after it commits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from eligibility.store.crypto import open_store
from tests.security.factory import people


def main() -> None:
    store_path, count = Path(sys.argv[1]), int(sys.argv[2])
    batch = people(count)
    store = open_store(store_path, passphrase=os.environ.get("SECONDLOOK_PASSPHRASE"))
    print("ready", flush=True)
    store.import_people(batch, source="crash-test", chunk=2000)
    print("done", flush=True)
    store.close()


if __name__ == "__main__":
    main()
