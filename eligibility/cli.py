"""The headless command line: thin commands over the same functions the app calls.

A user's mistake (a missing file, a bad row, a wrong passphrase) gets a plain sentence on standard error and
exit status 1; only a fault in Second Look itself is logged (scrubbed of personal data) as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from eligibility import APP_NAME, __version__
from eligibility.paths import default_store_path


class UserError(Exception):
    """A mistake the user can fix; its message is shown as it is."""


# ---- helpers ------------------------------------------------------------------------------------------
def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _store_path(args: argparse.Namespace) -> Path:
    return Path(args.store).expanduser() if getattr(args, "store", None) else default_store_path()


def _open_store(args: argparse.Namespace, *, create: bool = False):
    from eligibility.store import StoreError, crypto

    path = _store_path(args)
    if not path.exists():
        if not create:
            raise UserError(f"There is no store at {path}. Create one with `python main.py init`"
                            + ("" if getattr(args, "store", None) else ", or pass --store PATH") + ".")
        try:
            return crypto.create_store(path, passphrase=None, staff=_staff())
        except StoreError as exc:
            raise UserError(str(exc)) from exc
    passphrase = _passphrase(args, label=path.name) if crypto.is_encrypted(path) else None
    try:
        store = crypto.open_store(path, passphrase=passphrase, staff=_staff())
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    try:
        from eligibility.store.backup import maybe_backup_on_open

        maybe_backup_on_open(store, now=datetime.now().astimezone())
    except StoreError as exc:
        # A failed daily backup must not block the user's command, but they must know about it.
        print(f"warning: the daily backup was not made: {exc}", file=sys.stderr)
    return store


def _passphrase(args: argparse.Namespace, *, label: str = "the store", new: bool = False) -> str:
    from eligibility.passphrase import PassphraseError, get_new_passphrase, get_passphrase

    source = getattr(args, "passphrase_file", None)
    source = Path(source) if source else None
    try:
        if new:
            return get_new_passphrase(passphrase_file=source)
        return get_passphrase(passphrase_file=source, label=label)
    except PassphraseError as exc:
        raise UserError(str(exc)) from exc


def _staff() -> str:
    from eligibility.settings import Settings, SettingsError

    try:
        return str(Settings().get("staff.name"))
    except SettingsError:
        return ""


def _leap_rule():
    """The 29 February convention from the settings the app shares, so both give the same answers."""
    from eligibility.dates import LeapDayRule
    from eligibility.settings import Settings, SettingsError

    try:
        return LeapDayRule(Settings().get("dates.leap_day"))
    except SettingsError as exc:
        raise UserError(str(exc)) from exc


def _print_report_errors(report, stream: TextIO) -> None:
    for warning in getattr(report, "warnings", ()):
        print(f"warning: {warning}", file=stream)
    for err in report.errors:
        print(str(err), file=stream)


# ---- commands -----------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.store import StoreError, crypto

    path = _store_path(args)
    if path.exists():
        raise UserError(f"{path} already exists. Choose another path with --store, or use the store you have.")
    passphrase = _passphrase(args, new=True) if args.encrypt else None
    try:
        store = crypto.create_store(path, passphrase=passphrase, staff=_staff())
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    store.close()
    print(f"Created {'an encrypted' if args.encrypt else 'a'} store at {path}", file=out)
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.intake import IntakeError
    from eligibility.operations import import_files

    roster = Path(args.roster)
    conduct = Path(args.conduct) if args.conduct else None
    for p in (roster, conduct):
        if p is not None and not p.is_file():
            raise UserError(f"The file {p} does not exist.")
    with _open_store(args, create=args.create) as store:
        try:
            result = import_files(store, roster, conduct, today=date.today())
        except IntakeError as exc:
            raise UserError(str(exc)) from exc
    _print_report_errors(result.report, err)
    o = result.outcome
    if o is None:
        print("Nothing was imported.", file=out)
    else:
        print(f"Imported {roster.name}: {o.created} new, {o.updated} updated, {o.unchanged} unchanged; "
              f"{o.conduct_added} conduct entries added.", file=out)
    if result.report.errors:
        print(f"{len(result.report.errors)} problem(s) in the files; those rows were not imported.", file=err)
        return 1
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.operations import export_canonical

    with _open_store(args) as store:
        paths = export_canonical(store, Path(args.out_dir))
        count = store.count_people()
    print(f"Wrote {count} people to " + " and ".join(str(p) for p in paths), file=out)
    return 0


def _writer(fmt: str):
    from eligibility.rules import output

    return {"jsonl": output.write_jsonl, "csv": output.write_csv, "table": output.write_table}[fmt]


def cmd_evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.intake import IntakeError, read_import
    from eligibility.operations import evaluate_store, select_packs
    from eligibility.gcpause import collector_paused
    from eligibility.rules import PackError, evaluate_many, load_packs

    as_of = args.as_of or date.today()
    try:
        packs = load_packs()
        if args.program:
            packs = select_packs(packs, args.program)
    except (PackError, ValueError) as exc:
        raise UserError(str(exc)) from exc
    write = _writer(args.format)
    if args.roster:
        roster = Path(args.roster)
        conduct = Path(args.conduct) if args.conduct else None
        for p in (roster, conduct):
            if p is not None and not p.is_file():
                raise UserError(f"The file {p} does not exist.")
        try:
            parsed = read_import(roster, conduct, today=date.today())
        except IntakeError as exc:
            raise UserError(str(exc)) from exc
        # No cycles in this work: the collector would only walk the roster's records again and again.
        with collector_paused():
            write(evaluate_many(parsed.people, packs, as_of, leap=_leap_rule()), out)
        _print_report_errors(parsed.report, err)
        return 1 if parsed.report.errors else 0
    if args.conduct:
        raise UserError("--conduct needs --roster (to evaluate the store, leave both out).")
    with _open_store(args) as store:
        dets = evaluate_store(store, as_of=as_of, packs=packs, leap=_leap_rule())
    write(dets, out)
    return 0


def cmd_packs(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.rules import PackError, load_pack, load_packs

    if args.packs_command == "check":
        try:
            pack = load_pack(Path(args.file))
        except PackError as exc:
            raise UserError(str(exc)) from exc
        except OSError as exc:
            raise UserError(f"Cannot read {args.file}: {exc.strerror}.") from exc
        print(f"{args.file}: OK — {pack.id} {pack.version} ({len(pack.criteria)} criteria)", file=out)
        return 0
    try:
        packs = load_packs()
    except PackError as exc:
        raise UserError(str(exc)) from exc
    width = max(len(p.id) for p in packs)
    for p in packs:
        print(f"{p.id:<{width}}  {p.version:<10}  {p.jurisdiction:<4} {p.kind:<17} {p.title}", file=out)
    return 0


def cmd_settings(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.settings import Settings, SettingsError

    try:
        settings = Settings()
        if args.settings_command == "set":
            value = settings.set(args.key, args.value)
            print(f"{args.key} = {value}", file=out)
            return 0
    except SettingsError as exc:
        raise UserError(str(exc)) from exc
    for key, value in settings.items():
        shown = str(value).replace("\n", "\\n")
        print(f"{key} = {shown}", file=out)
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _open_store(args) as store:
        problems = store.verify_audit()
        count = len(store.audit_entries())
    if problems:
        for p in problems:
            print(str(p), file=err)
        print(f"The audit trail has been altered: {len(problems)} problem(s) in {count} entries.", file=err)
        return 1
    print(f"The audit trail is intact: {count} entries, every link verified.", file=out)
    return 0


def cmd_backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.settings import Settings
    from eligibility.store import backup as backup_mod

    with _open_store(args) as store:
        if args.out:
            path = backup_mod.backup_to(store, Path(args.out))
        else:
            path = backup_mod.backup_store(store, keep=int(Settings().get("backup.keep")),
                                           reason=backup_mod.MANUAL)
    print(f"Backed up to {path}", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility.store import StoreError, crypto
    from eligibility.store import backup as backup_mod

    source = Path(args.file)
    if not source.is_file():
        raise UserError(f"The backup {source} does not exist.")
    passphrase = None
    if crypto.is_encrypted(source):
        passphrase = _passphrase(args, label=source.name)
    try:
        backup_mod.restore(source, _store_path(args), passphrase=passphrase, staff=_staff())
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    print(f"Restored {_store_path(args)} from {source}", file=out)
    return 0


def _petition_inputs(store, person_id: str, as_of: date):
    from eligibility.operations import evaluate_store
    from eligibility.store import RecordNotFound

    try:
        person = store.get_person(person_id)
    except RecordNotFound as exc:
        raise UserError(str(exc)) from exc
    dets = evaluate_store(store, as_of=as_of, person_ids=[person_id], leap=_leap_rule())
    return person, dets


def cmd_petition(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility import petitions
    from eligibility.settings import Settings

    as_of = args.as_of or date.today()
    office = Settings().office()
    target = Path(args.out) if args.out else None
    if target is not None and target.exists() and not args.overwrite:
        raise UserError(f"{target} already exists. Pass --overwrite to replace it.")
    narrative = _narrative(args)
    with _open_store(args) as store:
        person, dets = _petition_inputs(store, args.person_id, as_of)
        exhibits = [(e.title, Path(e.file_path)) for e in store.list_exhibits(person.person_id)]
        if args.draft_narrative:
            return _write_draft_narrative(args, person=person, dets=dets, office=office, as_of=as_of,
                                          exhibits=exhibits, out=out)
        if args.document not in petitions.applicable_kinds(person, dets):
            raise UserError(f"A {args.document} document does not apply to {args.person_id} on {as_of}.")
        missing = petitions.missing_requirements(args.document, person=person, determinations=dets, office=office,
                                                 narrative=narrative, exhibits=exhibits, as_of=as_of)
        if missing:
            hint = ("" if args.narrative else "\nWrite the sections with --draft-narrative FILE, edit the file, "
                    "then pass it with --narrative FILE.")
            raise UserError("The document needs more before it can be generated:\n  - " + "\n  - ".join(missing)
                            + hint)
        doc = petitions.generate(args.document, person=person, determinations=dets, office=office, as_of=as_of,
                                 out=target, exhibits=exhibits, narrative=narrative)
        store.record_document(person_id=person.person_id, kind=args.document, file_path=str(target),
                              sha256=doc.sha256, pages=doc.pages, pack_version=_pack_versions(dets))
    print(f"Wrote {target} ({doc.pages} pages)", file=out)
    return 0


def _narrative(args: argparse.Namespace) -> dict[str, str] | None:
    from eligibility import petitions

    if not getattr(args, "narrative", None):
        return None
    path = Path(args.narrative)
    if not path.is_file():
        raise UserError(f"The narrative file {path} does not exist.")
    try:
        return petitions.load_narrative(path)
    except petitions.TemplateError as exc:
        raise UserError(str(exc)) from exc


def _toml_string(text: str) -> str:
    # A TOML multi-line literal string keeps the text readable to edit; fall back to an escaped one.
    if "'''" not in text and all(ch == "\n" or ch >= " " for ch in text):
        return "'''\n" + text + "'''"
    return json.dumps(text, ensure_ascii=False)


def _write_draft_narrative(args, *, person, dets, office, as_of, exhibits, out: TextIO) -> int:
    from eligibility import petitions

    target = Path(args.draft_narrative)
    if target.exists() and not args.overwrite:
        raise UserError(f"{target} already exists. Pass --overwrite to replace it.")
    sections = petitions.default_narrative(args.document, person=person, determinations=dets, office=office,
                                           as_of=as_of, exhibits=exhibits)
    lines = [f"# Narrative for the {args.document} document. Edit the text, replace every [[...]] block,",
             "# then generate with --narrative FILE.", ""]
    for key, text in sections.items():
        lines += [f"{key} = {_toml_string(text)}", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
    print(f"Wrote the {len(sections)} editable sections to {target}", file=out)
    return 0


def _pack_versions(dets) -> str:
    return ", ".join(sorted({f"{d.program} {d.pack_version}" for d in dets}))


def cmd_petitions(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from eligibility import petitions
    from eligibility.operations import evaluate_store
    from eligibility.records import Status
    from eligibility.settings import Settings

    as_of = args.as_of or date.today()
    office = Settings().office()
    wanted = Status(args.status) if args.status else Status.ELIGIBLE
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    narrative = _narrative(args)
    with _open_store(args) as store:
        dets = evaluate_store(store, as_of=as_of, leap=_leap_rule())
        chosen = sorted({d.person_id for d in dets if d.program == args.program and d.status == wanted})
        by_person: dict[str, list] = {}
        for d in dets:
            by_person.setdefault(d.person_id, []).append(d)
        items = []
        for pid in chosen:
            person = store.get_person(pid)
            exhibits = [(e.title, Path(e.file_path)) for e in store.list_exhibits(pid)]
            items.append(petitions.BatchItem(person=person, determinations=by_person[pid], exhibits=exhibits,
                                             narrative=narrative))

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total}", end="", file=err, flush=True)

        result = petitions.batch_generate(items, kind=args.document, out_dir=out_dir, office=office, as_of=as_of,
                                          overwrite=args.overwrite, progress=progress if err.isatty() else None)
        for doc in result.written:
            pid = _person_of(doc, items)
            store.record_document(person_id=pid, kind=args.document, file_path=str(doc.path), sha256=doc.sha256,
                                  pages=doc.pages, pack_version=_pack_versions(by_person[pid]))
    if err.isatty():
        print(file=err)
    for path in result.skipped_existing:
        print(f"skipped {path}: it already exists (pass --overwrite to replace it)", file=err)
    for pid, message in result.failed:
        print(f"not generated for one person: {message}", file=err)
    print(f"{len(chosen)} people {wanted.value} under {args.program}: {len(result.written)} written, "
          f"{len(result.skipped_existing)} skipped, {len(result.failed)} failed, in {out_dir}", file=out)
    return 1 if result.failed else 0


def _person_of(doc, items) -> str:
    """The person a batch document was written for, by its exact predictable file name."""
    from eligibility import petitions

    name = Path(doc.path).name
    for item in items:
        if petitions.document_filename(doc.kind, item.person) == name:
            return item.person.person_id
    raise LookupError("a generated document matches no person in the batch")


# ---- parser -------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", metavar="PATH", default=argparse.SUPPRESS,
                        help=f"the case store (default: {default_store_path()})")
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="read the store's passphrase from FILE (or set SECONDLOOK_PASSPHRASE)")

    parser = argparse.ArgumentParser(
        prog="python main.py", parents=[common],
        description=f"{APP_NAME}: screen people in prison for release and resentencing, and prepare petitions. "
                    "With no command, starts the desktop app.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create a store")
    p.add_argument("--encrypt", action="store_true", help="encrypt the store with a passphrase (SQLCipher)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", parents=[common], help="import a roster (CSV or XLSX) and its conduct file")
    p.add_argument("roster", metavar="ROSTER")
    p.add_argument("--conduct", metavar="FILE")
    p.add_argument("--create", action="store_true", help="create the store if it does not exist")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help="write roster.csv and conduct.csv in the canonical form")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("evaluate", parents=[common], help="evaluate a roster file, or everyone in the store")
    p.add_argument("--roster", metavar="FILE", help="evaluate this file; nothing is written to any store")
    p.add_argument("--conduct", metavar="FILE")
    p.add_argument("--as-of", type=_parse_date, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--program", nargs="+", metavar="ID", help="only these programs (rule pack ids)")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("petition", parents=[common], help="generate one person's document")
    p.add_argument("person_id", metavar="PERSON_ID")
    p.add_argument("--document", required=True, metavar="KIND",
                   choices=("ca-1172.1", "bph-letter", "federal-3582", "client-summary"))
    out_group = p.add_mutually_exclusive_group(required=True)
    out_group.add_argument("--out", metavar="FILE.pdf")
    out_group.add_argument("--draft-narrative", metavar="FILE.toml",
                           help="write the document's editable sections to FILE instead, to edit and pass back")
    p.add_argument("--narrative", metavar="FILE.toml", help="the edited sections (from --draft-narrative)")
    p.add_argument("--as-of", type=_parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(func=cmd_petition)

    p = sub.add_parser("petitions", parents=[common], help="generate documents for everyone matching a program")
    p.add_argument("--program", required=True, metavar="ID")
    p.add_argument("--status", choices=("eligible", "not_yet", "not_eligible", "excluded", "needs_review"))
    p.add_argument("--document", required=True, metavar="KIND",
                   choices=("ca-1172.1", "bph-letter", "federal-3582", "client-summary"))
    p.add_argument("--out-dir", required=True, metavar="DIR")
    p.add_argument("--narrative", metavar="FILE.toml", help="sections shared by every document of the batch")
    p.add_argument("--as-of", type=_parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(func=cmd_petitions)

    p = sub.add_parser("settings", parents=[common], help="show or change settings shared with the app")
    ssub = p.add_subparsers(dest="settings_command", metavar="show|set", required=True)
    ssub.add_parser("show", parents=[common])
    s = ssub.add_parser("set", parents=[common])
    s.add_argument("key", metavar="KEY")
    s.add_argument("value", metavar="VALUE")
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("audit", parents=[common], help="check the audit trail")
    asub = p.add_subparsers(dest="audit_command", metavar="verify", required=True)
    asub.add_parser("verify", parents=[common])
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("backup", parents=[common], help="back up the store")
    p.add_argument("--out", metavar="FILE", help="write the backup here (default: the rotating backup folder)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="replace the store with a backup")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("packs", parents=[common], help="list or check rule packs")
    psub = p.add_subparsers(dest="packs_command", metavar="list|check", required=True)
    psub.add_parser("list", parents=[common])
    c = psub.add_parser("check", parents=[common])
    c.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_packs)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not getattr(args, "func", None):
        parser.print_help(out)
        return 0
    try:
        return args.func(args, out, err)
    except UserError as exc:
        print(f"error: {exc}", file=err)
        return 1
    except KeyboardInterrupt:
        print("Interrupted; nothing more was written.", file=err)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from eligibility.logs import log_exception

        path = log_exception(exc, context=f"command {args.command}")
        print(f"error: Second Look hit an unexpected problem ({type(exc).__name__}). Details for support were "
              f"written to {path} (no personal data).", file=err)
        return 1
