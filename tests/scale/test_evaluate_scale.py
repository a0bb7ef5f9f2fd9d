"""Evaluation at small scale: the engine, the stored results and the CLI's jsonl agree line for line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from eligibility.rules import evaluate, load_packs
from eligibility.store import Store
from tests.scale.scale_helpers import AS_OF, Roster

ROOT = Path(__file__).resolve().parents[2]


def _engine_lines(roster: Roster) -> list[str]:
    packs = load_packs(include_user_dir=False)
    return [json.dumps(d.to_json(), sort_keys=True) for p in roster.people for d in evaluate(p, packs, AS_OF)]


def test_stored_results_are_the_engine_results(roster: Roster, template_store: Path) -> None:
    with Store.open(template_store) as store:
        stored = sorted(json.dumps(d.to_json(), sort_keys=True) for d in store.all_determinations())
    assert stored == sorted(_engine_lines(roster))


def test_every_result_explains_itself(roster: Roster) -> None:
    packs = load_packs(include_user_dir=False)
    for person in roster.people[::10]:
        for det in evaluate(person, packs, AS_OF):
            assert det.summary
            for c in det.criteria:
                assert c.reason and c.citation, (det.program, c.id)


def test_the_cli_writes_one_jsonl_line_per_person_and_program(roster: Roster) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "evaluate", "--roster", str(roster.roster_csv), "--conduct",
         str(roster.conduct_csv), "--as-of", AS_OF.isoformat(), "--format", "jsonl"],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [json.dumps(json.loads(line), sort_keys=True) for line in proc.stdout.splitlines()]
    assert lines == _engine_lines(roster)
