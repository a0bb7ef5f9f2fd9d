"""The command line, driven through main.py as a user would (in-process for speed, plus one real subprocess)."""

from __future__ import annotations

import csv
import re
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import main as main_module
from eligibility.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]

ROSTER_HEADER = ("person_id,last_name,first_name,date_of_birth,jurisdiction,offense_date,custody_start,"
                 "custody_breaks,sentence_date,sentence_type,term_years,term_months,min_term_years,"
                 "controlling_offense,case_number,county,flags,race_ethnicity,sex\n")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path) -> tuple[Path, Path]:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        ROSTER_HEADER
        # 50 on 2026-11-10, custody since 2001-03-01 with no breaks: elderly parole since 2026-11-10
        + "AB1001,Ruiz,Marco,1976-11-10,CA,2001-02-27,2001-03-01,,2002-01-15,determinate,40,0,,PC 211,"
          "BA100001,Los Angeles,,,\n"
        + "AB1002,Okafor,Ngozi,1990-05-05,CA,2010-01-01,2010-01-02,,2011-01-01,life,,,25,PC 187,BA100002,"
          "Kern,violent_felony,,\n",
        encoding="utf-8")
    conduct = tmp_path / "conduct.csv"
    conduct.write_text("person_id,date,kind,division,violent,description\n"
                       "AB1001,2015-04-01,program,,,GED\n"
                       "AB1002,2024-06-01,serious_rvr,B,yes,fight\n", encoding="utf-8")
    return roster, conduct


def test_version_and_help():
    with pytest.raises(SystemExit) as exc:
        cli_main(["--version"], out=io.StringIO(), err=io.StringIO())
    assert exc.value.code == 0
    code, out, _ = run()
    assert code == 0 and "import" in out and "evaluate" in out


def test_init_import_export_round_trip(tmp_path, files):
    roster, conduct = files
    store = str(tmp_path / "s.slstore")
    assert run("init", "--store", store)[0] == 0
    code, out, err = run("import", str(roster), "--conduct", str(conduct), "--store", store)
    assert code == 0, err
    assert "2 new" in out and "2 conduct entries added" in out
    code, out, err = run("import", str(roster), "--conduct", str(conduct), "--store", store)
    assert code == 0 and "0 new, 0 updated, 2 unchanged; 0 conduct entries added" in out
    out_dir = tmp_path / "exported"
    assert run("export", "--out-dir", str(out_dir), "--store", store)[0] == 0
    with open(out_dir / "roster.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["person_id"] for r in rows] == ["AB1001", "AB1002"]
    # import → export → import gives the same store
    store2 = str(tmp_path / "s2.slstore")
    run("init", "--store", store2)
    assert run("import", str(out_dir / "roster.csv"), "--conduct", str(out_dir / "conduct.csv"),
               "--store", store2)[0] == 0
    out_dir2 = tmp_path / "exported2"
    run("export", "--out-dir", str(out_dir2), "--store", store2)
    for name in ("roster.csv", "conduct.csv"):
        assert (out_dir / name).read_bytes() == (out_dir2 / name).read_bytes()


def test_import_with_bad_rows_reports_each_and_exits_1(tmp_path, files):
    roster, _ = files
    bad = tmp_path / "bad.csv"
    bad.write_text(roster.read_text(encoding="utf-8")
                   + "AB1003,Lee,Kim,1980-02-30,CA,2000-01-01,2000-01-02,,,determinate,10,0,,,,,,,\n"
                   + "AB1004,Lee,Sam,1980-01-01,CA,2000-01-01,2000-01-02,,,forever,10,0,,,,,,,\n",
                   encoding="utf-8")
    store = str(tmp_path / "s.slstore")
    run("init", "--store", store)
    code, out, err = run("import", str(bad), "--store", store)
    assert code == 1
    assert "2 new" in out
    assert "bad.csv, row 4, column date_of_birth" in err and "1980-02-30" in err
    assert "bad.csv, row 5, column sentence_type" in err and "forever" in err
    assert "Traceback" not in err


def test_user_mistakes_are_plain_errors(tmp_path):
    store = str(tmp_path / "s.slstore")
    code, _, err = run("import", str(tmp_path / "missing.csv"), "--store", store)
    assert code == 1 and "does not exist" in err
    code, _, err = run("export", "--out-dir", str(tmp_path), "--store", store)
    assert code == 1 and "There is no store" in err
    run("init", "--store", store)
    code, _, err = run("init", "--store", store)
    assert code == 1 and "already exists" in err
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    code, _, err = run("import", str(empty), "--store", store)
    assert code == 1 and "empty.csv" in err and "Traceback" not in err
    code, _, err = run("settings", "set", "security.lock_minutes", "90")
    assert code == 1 and "1 to 30" in err


def test_evaluate_roster_jsonl_writes_no_store(tmp_path, files, monkeypatch):
    roster, conduct = files
    code, out, err = run("evaluate", "--roster", str(roster), "--conduct", str(conduct),
                         "--as-of", "2026-12-01", "--format", "jsonl")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    elderly = next(d for d in lines if d["person_id"] == "AB1001" and d["program"] == "ca-elderly-parole")
    # 50th birthday 2026-11-10; 20 years continuous since 2001-03-01 reached 2021-03-01: the later is the start
    assert elderly["status"] == "eligible" and elderly["eligible_on"] == "2026-11-10"
    assert all(d["program"] for d in lines) and {d["person_id"] for d in lines} == {"AB1001", "AB1002"}
    assert all({"id", "met", "reason", "citation"} <= set(c) for d in lines for c in d["criteria"])
    assert not any(Path().glob("*.slstore"))


def test_evaluate_program_filter_and_formats(files):
    roster, conduct = files
    code, out, _ = run("evaluate", "--roster", str(roster), "--as-of", "2026-12-01", "--program",
                       "ca-youth-parole", "--format", "jsonl")
    assert code == 0 and {json.loads(l)["program"] for l in out.splitlines()} == {"ca-youth-parole"}
    code, out, _ = run("evaluate", "--roster", str(roster), "--as-of", "2026-12-01", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("person_id,program,status")
    code, out, _ = run("evaluate", "--roster", str(roster), "--as-of", "2026-12-01", "--format", "table")
    assert code == 0 and "AB1001" in out
    code, _, err = run("evaluate", "--roster", str(roster), "--program", "no-such-program")
    assert code == 1 and "Unknown program no-such-program" in err


def test_evaluate_store_saves_determinations(tmp_path, files):
    from eligibility.store import Store

    roster, conduct = files
    store = str(tmp_path / "s.slstore")
    run("init", "--store", store)
    run("import", str(roster), "--conduct", str(conduct), "--store", store)
    code, out, err = run("evaluate", "--store", store, "--as-of", "2026-12-01", "--format", "jsonl")
    assert code == 0, err
    with Store.open(store) as s:
        saved = s.get_determinations("AB1001")
        assert saved and all(d.determination.as_of.isoformat() == "2026-12-01" for d in saved)
        assert any(e.action == "evaluation_run" for e in s.audit_entries())


def test_evaluate_bad_rows_on_stderr_exit_1(tmp_path, files):
    roster, _ = files
    bad = tmp_path / "bad.csv"
    bad.write_text(roster.read_text(encoding="utf-8")
                   + "AB1009,Lee,Kim,1980-01-01,XX,2000-01-01,2000-01-02,,,determinate,10,0,,,,,,,\n",
                   encoding="utf-8")
    code, out, err = run("evaluate", "--roster", str(bad), "--as-of", "2026-12-01", "--format", "jsonl")
    assert code == 1
    assert "row 4, column jurisdiction" in err
    assert "AB1009" not in out and "AB1001" in out


def test_packs_list_and_check(tmp_path):
    code, out, _ = run("packs", "list")
    assert code == 0
    for pid in ("ca-youth-parole", "ca-elderly-parole", "ca-juvenile-lwop-petition", "ca-medical-release",
                "la-da-2020-policy", "us-compassionate-age", "dc-second-look", "dc-compassionate-age",
                "md-juvenile-restoration", "sample-office-policy"):
        assert pid in out
    good = ROOT / "resources" / "packs" / "sample-office-policy.toml"
    assert run("packs", "check", str(good))[0] == 0
    broken = tmp_path / "broken.toml"
    broken.write_text(good.read_text(encoding="utf-8").replace("\ncitation = ", "\ncitatoin = ", 1), encoding="utf-8")
    code, _, err = run("packs", "check", str(broken))
    assert code == 1 and "broken.toml" in err and "line" in err


def test_audit_verify(tmp_path, files):
    roster, conduct = files
    store = str(tmp_path / "s.slstore")
    run("init", "--store", store)
    run("import", str(roster), "--store", store)
    code, out, _ = run("audit", "verify", "--store", store)
    assert code == 0 and "intact" in out
    import sqlite3

    conn = sqlite3.connect(store)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET staff = 'someone else' WHERE id = 2")
    conn.commit()
    conn.close()
    code, _, err = run("audit", "verify", "--store", store)
    assert code == 1 and "audit entry 2" in err


def test_main_py_in_a_subprocess(tmp_path, files):
    roster, conduct = files
    env_cmd = [sys.executable, str(ROOT / "main.py")]
    res = subprocess.run(env_cmd + ["--version"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.startswith("Second Look ")
    res = subprocess.run(env_cmd + ["evaluate", "--roster", str(roster), "--as-of", "2026-12-01",
                                    "--format", "jsonl"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.count("\n") >= 2
    res = subprocess.run(env_cmd + ["import", str(tmp_path / "nope.csv"), "--store", str(tmp_path / "x")],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and "Traceback" not in res.stderr


def test_main_routes_no_arguments_to_the_app():
    assert main_module._app_store_argument([]) == (True, None)
    assert main_module._app_store_argument(["--store", "x.slstore"])[0] is True
    assert main_module._app_store_argument(["evaluate"]) == (False, None)


def test_encrypted_store_from_the_command_line(tmp_path, files, monkeypatch):
    roster, conduct = files
    store = tmp_path / "secret.slstore"
    monkeypatch.setenv("SECONDLOOK_PASSPHRASE", "correct horse battery")
    code, out, err = run("init", "--encrypt", "--store", str(store))
    assert code == 0 and "encrypted" in out, err
    assert not store.read_bytes().startswith(b"SQLite format 3")
    assert run("import", str(roster), "--conduct", str(conduct), "--store", str(store))[0] == 0
    assert b"Okafor" not in store.read_bytes()
    code, out, _ = run("evaluate", "--store", str(store), "--as-of", "2026-12-01", "--format", "jsonl")
    assert code == 0 and "AB1002" in out

    monkeypatch.setenv("SECONDLOOK_PASSPHRASE", "wrong horse battery")
    code, out, err = run("evaluate", "--store", str(store), "--format", "jsonl")
    assert code == 1 and out == ""
    assert "passphrase" in err.lower() and "Traceback" not in err

    monkeypatch.delenv("SECONDLOOK_PASSPHRASE")
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text("correct horse battery\n", encoding="utf-8")
    code, _, err = run("audit", "verify", "--store", str(store), "--passphrase-file", str(pass_file))
    assert code == 1 and "chmod 600" in err
    pass_file.chmod(0o600)
    code, out, err = run("audit", "verify", "--store", str(store), "--passphrase-file", str(pass_file))
    assert code == 0, err


def test_short_passphrase_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("SECONDLOOK_PASSPHRASE", "short")
    code, _, err = run("init", "--encrypt", "--store", str(tmp_path / "s.slstore"))
    assert code == 1 and "10" in err
    assert not (tmp_path / "s.slstore").exists()


def test_backup_and_restore(tmp_path, files):
    roster, conduct = files
    store = str(tmp_path / "s.slstore")
    run("init", "--store", store)
    run("import", str(roster), "--store", store)
    backup = tmp_path / "b.slstore"
    code, out, err = run("backup", "--out", str(backup), "--store", store)
    assert code == 0 and backup.exists(), err
    code, out, err = run("backup", "--store", store)
    assert code == 0 and "Backed up to" in out
    from eligibility.store import Store

    with Store.open(store) as s:
        s.delete_person("AB1001")
    code, out, err = run("restore", str(backup), "--store", store)
    assert code == 0, err
    with Store.open(store) as s:
        assert s.has_person("AB1001")
        assert s.audit_entries()[-1].action == "restore"
    code, _, err = run("restore", str(tmp_path / "none.slstore"), "--store", store)
    assert code == 1 and "does not exist" in err


def test_settings_show_and_set():
    code, out, _ = run("settings", "set", "office.organisation", "Eastside Reentry Clinic")
    assert code == 0
    code, out, _ = run("settings", "show")
    assert "office.organisation = Eastside Reentry Clinic" in out
    code, _, err = run("settings", "set", "office.nonsense", "x")
    assert code == 1 and "Unknown setting" in err


OFFICE = {"office.organisation": "Eastside Reentry Clinic", "office.attorney_name": "Ana Ruiz",
          "office.bar_number": "123456", "office.address": "100 Main St\\nLos Angeles, CA 90012",
          "office.phone": "(213) 555-0100", "office.email": "ana@example.org"}


@pytest.fixture
def demo_store(tmp_path) -> str:
    store = str(tmp_path / "demo.slstore")
    run("init", "--store", store)
    demo = ROOT / "resources" / "demo"
    assert run("import", str(demo / "roster.csv"), "--conduct", str(demo / "conduct.csv"), "--store", store)[0] == 0
    return store


def _youth_eligible(store: str) -> str:
    code, out, _ = run("evaluate", "--store", store, "--as-of", "2026-12-01", "--program", "ca-youth-parole",
                       "--format", "jsonl")
    return next(json.loads(l)["person_id"] for l in out.splitlines() if json.loads(l)["status"] == "eligible")


def test_petition_lists_what_is_missing_then_generates(tmp_path, demo_store):
    from pypdf import PdfReader

    pid = _youth_eligible(demo_store)
    target = tmp_path / "motion.pdf"
    code, _, err = run("petition", pid, "--document", "ca-1172.1", "--out", str(target), "--store", demo_store,
                       "--as-of", "2026-12-01")
    assert code == 1 and "office.bar_number is not set" in err and not target.exists()
    for key, value in OFFICE.items():
        assert run("settings", "set", key, value)[0] == 0
    draft = tmp_path / "narrative.toml"
    code, out, err = run("petition", pid, "--document", "ca-1172.1", "--draft-narrative", str(draft),
                         "--store", demo_store, "--as-of", "2026-12-01")
    assert code == 0 and draft.exists(), err
    code, _, err = run("petition", pid, "--document", "ca-1172.1", "--out", str(target), "--store", demo_store,
                       "--narrative", str(draft), "--as-of", "2026-12-01")
    assert code == 1 and "referral" in err.lower()
    import re

    text = draft.read_text(encoding="utf-8")
    text = re.sub(r"referral = '''\n\[\[.*?\]\]'''", "referral = '''\nOn October 1, 2026, the District Attorney "
                  "recommended recall and resentencing.'''", text, flags=re.S)
    draft.write_text(text, encoding="utf-8")
    code, out, err = run("petition", pid, "--document", "ca-1172.1", "--out", str(target), "--store", demo_store,
                         "--narrative", str(draft), "--as-of", "2026-12-01")
    assert code == 0, err
    pdf_text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "On October 1, 2026, the District Attorney" in pdf_text and pid in pdf_text
    from eligibility.store import Store

    with Store.open(demo_store) as s:
        docs = s.list_documents(pid)
        assert [d.kind for d in docs] == ["ca-1172.1"] and len(docs[0].sha256) == 64
    code, _, err = run("petition", pid, "--document", "ca-1172.1", "--out", str(target), "--store", demo_store)
    assert code == 1 and "already exists" in err


def test_petitions_batch_names_files_and_skips_existing(tmp_path, demo_store):
    for key, value in OFFICE.items():
        run("settings", "set", key, value)
    out_dir = tmp_path / "letters"
    code, out, err = run("petitions", "--program", "ca-youth-parole", "--document", "bph-letter",
                         "--out-dir", str(out_dir), "--store", demo_store, "--as-of", "2026-12-01")
    assert code == 0, err
    files = sorted(p.name for p in out_dir.iterdir())
    count = int(out.split()[0])
    assert count > 0 and len(files) == count
    assert all(re.fullmatch(r"[A-Z0-9-]+_[A-Z-]+_bph-letter\.pdf", f) for f in files)
    code, out, err = run("petitions", "--program", "ca-youth-parole", "--document", "bph-letter",
                         "--out-dir", str(out_dir), "--store", demo_store, "--as-of", "2026-12-01")
    assert code == 0 and f"0 written, {count} skipped" in out and "already exists" in err


def test_commands_make_one_backup_a_day(tmp_path, files):
    roster, _ = files
    store = tmp_path / "s.slstore"
    run("init", "--store", str(store))
    run("import", str(roster), "--store", str(store))
    run("audit", "verify", "--store", str(store))
    backups = list((tmp_path / "backups").iterdir())
    assert [b.name.endswith("-daily.slbackup") for b in backups] == [True]


def test_evaluate_uses_the_leap_day_setting_the_app_uses(tmp_path):
    """Born 1976-02-29; on 2026-02-28 they are 50 only if 29 February falls on 28 February in common years."""
    roster = tmp_path / "r.csv"
    roster.write_text("person_id,last_name,first_name,date_of_birth,jurisdiction,offense_date,custody_start,"
                      "sentence_type,term_years\nAB2929,Leap,Lena,1976-02-29,CA,1999-05-01,1999-05-02,"
                      "determinate,40\n", encoding="utf-8")

    def age_reason() -> tuple[str, str]:
        code, out, err = run("evaluate", "--roster", str(roster), "--as-of", "2026-02-28", "--program",
                             "ca-elderly-parole", "--format", "jsonl")
        assert code == 0, err
        det = json.loads(out)
        return det["status"], next(c["reason"] for c in det["criteria"] if "needs 50" in c["reason"])

    status, reason = age_reason()
    assert status == "needs_review" and "age 49" in reason and "taken as 1 March" in reason
    assert run("settings", "set", "dates.leap_day", "feb_28")[0] == 0
    status, reason = age_reason()
    assert status == "needs_review" and "age 50" in reason and "taken as 28 February" in reason


def test_batch_documents_are_matched_to_people_by_exact_file_name():
    """IDs that are prefixes of one another (AB1, AB12) must not swap records."""
    from dataclasses import replace as _replace

    from eligibility import petitions
    from eligibility.cli import _person_of
    from eligibility.petitions import BatchItem, GeneratedDocument
    from tests.store.conftest import make_person

    short, long_ = make_person("AB1"), _replace(make_person("AB12"), last_name="Nguyễn")
    items = [BatchItem(person=short), BatchItem(person=long_)]
    doc = GeneratedDocument("bph-letter", Path("/out") / petitions.document_filename("bph-letter", long_),
                            "0" * 64, 2, "Letter")
    assert _person_of(doc, items) == "AB12"
