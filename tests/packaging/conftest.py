"""packaging/ is a folder of scripts, not a package (a package named ``packaging`` would shadow the PyPI
library pip and PyInstaller import), so its modules are put on sys.path here by folder."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
