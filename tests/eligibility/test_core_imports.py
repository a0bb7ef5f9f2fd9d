"""The core must import without Qt (house style 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_without_pyside6() -> None:
    code = ("import sys, eligibility, eligibility.rules, eligibility.dates, eligibility.conduct, "
            "eligibility.rules.output; "
            "print('PySide6' in sys.modules or any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
