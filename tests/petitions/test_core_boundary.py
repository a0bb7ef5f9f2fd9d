"""The petitions package stays free of Qt and the store, so it runs headless and in batch."""

from __future__ import annotations

import subprocess
import sys


def test_petitions_import_neither_qt_nor_the_store():
    code = ("import sys, eligibility.petitions; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'eligibility.store', 'sqlite_utils'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
