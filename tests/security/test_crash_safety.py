"""SIGKILL during a 50,000-person import: after reopening, the store is intact and holds all or none of it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eligibility.store.crypto import create_store, open_store
from tests.security.factory import PASSPHRASE

COUNT = 50_000
TRIES = 4
CHILD = Path(__file__).with_name("_import_child.py")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")


def _run_and_kill(store: Path, *, delay: float | None) -> tuple[str, float]:
    """Start the import; kill it ``delay`` seconds after it begins writing (None: let it finish)."""
    env = {**os.environ, "SECONDLOOK_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen([sys.executable, str(CHILD), str(store), str(COUNT)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read() if child.stderr else line
    started = time.monotonic()
    if delay is None:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        return out.strip(), time.monotonic() - started
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    return out.strip(), time.monotonic() - started


def test_sigkill_at_random_moments_during_an_import_loses_nothing_half_written(tmp_path):
    template = tmp_path / "template.slstore"
    create_store(template, passphrase=PASSPHRASE).close()
    template_bytes = template.read_bytes()

    def fresh(name: str) -> Path:
        path = tmp_path / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(template_bytes)
        return path

    # One uninterrupted run measures how long the write takes here, so the kills can be spread over it.
    _, full = _run_and_kill(fresh("complete.slstore"), delay=None)
    rng = random.Random(20261201)
    delays = [rng.uniform(0.05, 0.9) * full for _ in range(TRIES)]
    outcomes = []
    for i, delay in enumerate(delays):
        path = fresh(f"killed-{i}.slstore")
        said, _ = _run_and_kill(path, delay=delay)
        with open_store(path, passphrase=PASSPHRASE) as store:  # open_store runs the integrity check
            assert store.integrity_check() == []
            assert store.verify_audit() == []
            count = store.count_people()
            imports = [e for e in store.audit_entries() if e.action == "import"]
        assert count in (0, COUNT), f"kill {i} after {delay:.2f}s left {count} people"
        assert len(imports) == (1 if count else 0)
        if count == 0:
            assert "done" not in said
        outcomes.append(count)
    # The delays are spread over the write, so at least one kill must land before the commit.
    assert 0 in outcomes, f"no kill landed mid-write (import took {full:.2f}s); outcomes {outcomes}"
