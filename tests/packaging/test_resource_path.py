"""eligibility.paths.resource_path finds resources in the source tree and inside a frozen bundle."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from eligibility import paths

REPO = Path(__file__).resolve().parents[2]


def test_source_tree_resources(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == REPO / "resources"
    assert paths.resource_path("packs").is_dir()


def test_frozen_bundle_resources(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.resource_path("packs", "ca-youth-parole.toml") == tmp_path / "resources" / "packs" / "ca-youth-parole.toml"


def test_packs_load_from_a_simulated_bundle(tmp_path):
    """Only the copy inside the fake bundle exists: the loader must read through resource_path to find it."""
    bundle = tmp_path / "_internal"
    (bundle / "resources").mkdir(parents=True)
    source_pack = REPO / "resources" / "packs" / "sample-office-policy.toml"
    (bundle / "resources" / "packs").mkdir()
    (bundle / "resources" / "packs" / source_pack.name).write_bytes(source_pack.read_bytes())
    script = textwrap.dedent(f"""
        import sys
        sys._MEIPASS = {str(bundle)!r}
        from eligibility.paths import resource_path
        from eligibility.rules import load_packs
        print(resource_path("packs"))
        print(sorted(p.id for p in load_packs()))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    folder, ids = done.stdout.strip().splitlines()
    assert Path(folder) == bundle / "resources" / "packs"
    assert ids == "['sample-office-policy']"
