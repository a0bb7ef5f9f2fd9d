"""The case store: the only code in Second Look that speaks SQL.

A ``Store`` wraps one sqlite-utils ``Database`` bound to the thread that opened it. Every public write is
one transaction (``db.atomic()``) that also appends to the audit trail, so a crash part-way through leaves
the store exactly as it was before the call.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from eligibility.gcpause import collector_paused
from eligibility.records import (
    Confidence,
    ConductEntry,
    ConductKind,
    CriterionResult,
    CustodyBreak,
    Determination,
    Division,
    Flag,
    Jurisdiction,
    Note,
    Person,
    SentenceType,
    Status,
)
from eligibility.store import audit as audit_mod
from eligibility.store.audit import AuditEntry, AuditProblem
from eligibility.store.connection import (
    DATABASE_ERRORS,
    INTEGRITY_ERRORS,
    configure,
    connect_plain,
    create_private_file,
    friendly_error,
)
from eligibility.store.errors import NotAStore, RecordNotFound, StoreError, StoreTooNew
from eligibility.store.schema import SCHEMA_VERSION, apply_migrations, pending_count

_PERSON_FIELDS = ("last_name", "first_name", "date_of_birth", "jurisdiction", "offense_date", "custody_start",
                  "flags", "race_ethnicity", "sex")
_SENTENCE_FIELDS = ("sentence_type", "sentence_date", "term_years", "term_months", "min_term_years",
                    "controlling_offense", "case_number", "county")


class Cancelled(StoreError):
    """The user cancelled a long write; nothing of it was kept."""


class _RepeatedRows(Exception):
    """A unique index built after the rows found two the same (see Store._write_import_deferring)."""


@dataclass(frozen=True, slots=True)
class Changes:
    """What a write touched, so views refresh only what they must."""

    person_ids: frozenset[str] = frozenset()
    tables: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    created: int
    updated: int
    unchanged: int
    conduct_added: int
    changes: Changes


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: int
    person_id: str
    kind: str
    created_at: datetime
    pack_version: str
    file_path: str
    sha256: str
    pages: int


@dataclass(frozen=True, slots=True)
class Exhibit:
    id: int
    person_id: str
    position: int
    title: str
    file_path: str
    sha256: str
    added_at: datetime


@dataclass(frozen=True, slots=True)
class StoredConduct:
    id: int
    entry: ConductEntry


@dataclass(frozen=True, slots=True)
class StoredDetermination:
    determination: Determination
    pack_id: str
    evaluated_at: datetime


@dataclass(frozen=True, slots=True)
class AuditFilter:
    action: str | None = None
    entity_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None
    limit: int | None = None


@dataclass
class _PersonRow:
    """A person as the store holds them, flattened to comparable column values."""

    values: dict[str, Any] = field(default_factory=dict)
    breaks: tuple[tuple[str, str], ...] = ()


# Stored text → enum member by dict: ``Enum(value)`` costs about a microsecond, paid 700,000 times when
# 100,000 people are loaded. An unknown value still goes through the enum, which raises its usual error.
_JURISDICTIONS = {m.value: m for m in Jurisdiction}
_SENTENCE_TYPES = {m.value: m for m in SentenceType}
_CONDUCT_KINDS = {m.value: m for m in ConductKind}
_DIVISIONS = {m.value: m for m in Division}
_STATUSES = {m.value: m for m in Status}
_FLAG_SETS: dict[str, frozenset[Flag]] = {}  # a few dozen combinations in practice; frozensets can be shared


def _flags_from_text(text: str) -> frozenset[Flag]:
    flags = _FLAG_SETS.get(text)
    if flags is None:
        flags = frozenset(Flag(f) for f in text.split(";") if f)
        if len(_FLAG_SETS) < 4096:
            _FLAG_SETS[text] = flags
    return flags


# Bulk writes put many rows in one INSERT (``VALUES (...), (...)``) instead of executing a one-row statement
# per row: SQLite redoes a statement's one-time setup at every execution (the lookup table behind each
# ``CHECK (x IN (...))`` of the schema, for one), which was half the cost of 378,000 conduct rows. 999 is
# the smallest limit on bound parameters any SQLite build has had. Rows go in in the same order as before.
_MAX_PARAMS = 999

# The columns each bulk insert binds, in the order of its row tuples.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "people": ("person_id", "last_name", "first_name", "date_of_birth", "jurisdiction", "offense_date",
               "custody_start", "flags", "race_ethnicity", "sex", "created_at", "updated_at"),
    "sentences": ("person_id", "sentence_type", "sentence_date", "term_years", "term_months", "min_term_years",
                  "controlling_offense", "case_number", "county"),
    "custody_breaks": ("person_id", "start", '"end"'),
    "conduct": ("person_id", "date", "kind", "division", "violent", "description"),
}
_CHECK_WORD = re.compile(r"\bCHECK\b", re.IGNORECASE)
_CHECK_IN = re.compile(r"""\bCHECK\s*\(\s*"?(\w+)"?\s+IN\s*\(([^()]*)\)\s*\)""", re.IGNORECASE)
_CHECK_AFTER = re.compile(r"""\bCHECK\s*\(\s*"?(\w+)"?\s*>\s*"?(\w+)"?\s*\)""", re.IGNORECASE)
_LITERAL = re.compile(r"\s*(?:'((?:[^']|'')*)'|(-?\d+))\s*(?:,|$)")


@dataclass(frozen=True)
class _Check:
    """One CHECK constraint of the schema, as a test of the row tuples an insert binds."""

    clause: str  # as the schema words it, for the error
    at: int  # the column's place in the row tuple
    allowed: frozenset[object] | None = None  # ``x IN (...)``
    below: int | None = None  # ``x > y``: the place of y

    def verify(self, rows: list[tuple]) -> None:
        # NULL passes a CHECK in SQLite (NOT NULL is a constraint of its own, still SQLite's).
        if self.allowed is not None:
            for value in set(map(operator.itemgetter(self.at), rows)):
                # Enum members hash by name, so a member is looked up by its text, as SQLite binds it.
                plain = str(value) if isinstance(value, str) else value
                if value is not None and plain not in self.allowed:
                    raise sqlite3.IntegrityError(f"CHECK constraint failed: {self.clause}")
        elif self.below is not None:
            for row in rows:
                high, low = row[self.at], row[self.below]
                if high is not None and low is not None and not high > low:
                    raise sqlite3.IntegrityError(f"CHECK constraint failed: {self.clause}")


def _literals(text: str) -> frozenset[object] | None:
    values: list[object] = []
    pos = 0
    while pos < len(text):
        m = _LITERAL.match(text, pos)
        if m is None or m.end() == pos:
            return None
        values.append(m.group(1).replace("''", "'") if m.group(1) is not None else int(m.group(2)))
        pos = m.end()
    return frozenset(values) if values else None


def _clause(check: str) -> str:
    """``CHECK (x IN (1, 2))`` → ``x IN (1, 2)``, as SQLite names a failed check."""
    return " ".join(check.split())[len("CHECK"):].strip()[1:-1].strip()


def _schema_checks(conn: sqlite3.Connection) -> dict[str, list[_Check]] | None:
    """The CHECK constraints of the tables an import fills, read from their stored SQL, as ``_Check``s; None
    when any is of a form not understood here (then SQLite keeps checking them itself)."""
    out: dict[str, list[_Check]] = {}
    for table, columns in _COLUMNS.items():
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
        if row is None:
            return None
        sql = row[0]
        place = {c.strip('"'): i for i, c in enumerate(columns)}
        checks: list[_Check] = []
        for m in _CHECK_IN.finditer(sql):
            allowed = _literals(m.group(2))
            if m.group(1) not in place or allowed is None:
                return None
            checks.append(_Check(_clause(m.group(0)), place[m.group(1)], allowed=allowed))
        for m in _CHECK_AFTER.finditer(sql):
            if m.group(1) not in place or m.group(2) not in place:
                return None
            checks.append(_Check(_clause(m.group(0)), place[m.group(1)], below=place[m.group(2)]))
        if len(checks) != len(_CHECK_WORD.findall(sql)):
            return None  # a CHECK of another form
        out[table] = checks
    return out


# A first import into an empty store of at least this many rows (people and conduct entries) builds these
# indexes after its rows (see Store._indexes_to_defer). The lookup tables' indexes are small; these are not.
_DEFER_INDEXES_FROM = 5_000
_DEFERRED_INDEXES = ("conduct_identity", "people_name", "people_jurisdiction")


def _insert_rows(conn: sqlite3.Connection, head: str, rows: Sequence[tuple], *, width: int, tail: str = "") -> None:
    """``{head} VALUES (...), (...) {tail}`` over ``rows`` (each ``width`` values), as few statements as allowed."""
    per = max(1, _MAX_PARAMS // width)
    one = "(" + ", ".join("?" * width) + ")"
    flat = itertools.chain.from_iterable
    full = len(rows) - len(rows) % per
    if full:
        conn.executemany(f"{head} VALUES {', '.join([one] * per)} {tail}",
                         (tuple(flat(rows[i:i + per])) for i in range(0, full, per)))
    if full < len(rows):
        rest = rows[full:]
        conn.execute(f"{head} VALUES {', '.join([one] * len(rest))} {tail}", tuple(flat(rest)))


# ``json.dumps(obj, ensure_ascii=False)`` without the reference-cycle check (a determination's JSON is a fresh
# tree that cannot hold one): the same text, a fifth faster, 400,000 times per evaluation of everyone.
_encode_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _in_date_order(entries: list[ConductEntry]) -> tuple[ConductEntry, ...]:
    """``entries`` (in id order) by date, ties kept in id order; most records already are in date order."""
    for before, after in itertools.pairwise(entries):
        if after.date < before.date:
            return tuple(sorted(entries, key=_entry_date))
    return tuple(entries)


def _entry_date(e: ConductEntry) -> date:
    return e.date


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _flags_text(flags: frozenset[Flag]) -> str:
    # Flags are StrEnum members, so they sort and join as their values (and faster than via .value).
    return ";".join(sorted(flags))


def _person_columns(p: Person) -> dict[str, Any]:
    return {
        "last_name": p.last_name, "first_name": p.first_name, "date_of_birth": p.date_of_birth.isoformat(),
        "jurisdiction": p.jurisdiction.value, "offense_date": p.offense_date.isoformat(),
        "custody_start": p.custody_start.isoformat(), "flags": _flags_text(p.flags),
        "race_ethnicity": p.race_ethnicity, "sex": p.sex,
    }


def _sentence_columns(p: Person) -> dict[str, Any]:
    return {
        "sentence_type": p.sentence_type.value, "sentence_date": _iso(p.sentence_date),
        "term_years": p.term_years, "term_months": p.term_months, "min_term_years": p.min_term_years,
        "controlling_offense": p.controlling_offense, "case_number": p.case_number, "county": p.county,
    }


def _breaks_tuple(p: Person) -> tuple[tuple[str, str], ...]:
    return tuple((b.start.isoformat(), b.end.isoformat()) for b in p.custody_breaks)


def _conduct_key(e: ConductEntry) -> tuple:
    # StrEnum members bind as their text values; skipping .value matters at 300,000 entries.
    return (e.person_id, e.date.isoformat(), e.kind, e.division or "",
            None if e.violent is None else int(e.violent), e.description)


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}


def determination_from_json(obj: dict[str, Any]) -> Determination:
    """Rebuild a Determination from its contract JSON (the form the store keeps)."""
    criteria = tuple(
        CriterionResult(
            id=c["id"], met=c["met"], reason=c["reason"], citation=c["citation"],
            confidence=Confidence(c.get("confidence", "confirmed")), to_establish=bool(c.get("to_establish")),
            met_on=_date(c.get("met_on")), label=c.get("label", ""),
        )
        for c in obj.get("criteria", ())
    )
    return Determination(
        person_id=obj["person_id"], program=obj["program"], status=Status(obj["status"]),
        eligible_on=_date(obj.get("eligible_on")), pack_version=obj["pack_version"],
        as_of=date.fromisoformat(obj["as_of"]), criteria=criteria, summary=obj.get("summary", ""),
        path=obj.get("path", ""),
    )


class Store:
    """A case store file. Use ``Store.open`` (or ``Store.create``); close it when done."""

    def __init__(self, db: Database, path: Path, *, encrypted: bool = False, staff: str = "") -> None:
        self._db = db
        self.path = path
        self.encrypted = encrypted
        self.staff = staff
        self._closed = False
        # Set during a bulk first import: the schema's CHECK constraints, tested here on the rows bound
        # instead of by SQLite (see _schema_checks).
        self._checks_here: dict[str, list[_Check]] | None = None

    # ---- opening ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, **kwargs: Any) -> "Store":
        path = Path(path)
        if path.exists():
            raise StoreError(f"{path} already exists; open it instead, or choose another file name.")
        create_private_file(path)
        try:
            return cls.open(path, **kwargs)
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, staff: str = "",
             connect: Callable[[Path], sqlite3.Connection] | None = None, encrypted: bool = False) -> "Store":
        """Open a store, creating it when ``create`` and it does not exist; migrate it to this schema.

        ``connect`` makes the raw connection (the encryption layer passes one that sets the key).
        """
        path = Path(path)
        if not path.exists():
            if not create:
                raise StoreError(f"There is no store at {path}. Create one with `init`, or check the path.")
            create_private_file(path)
        conn = (connect or connect_plain)(path)
        try:
            configure(conn, path)
            db = Database(conn, execute_plugins=False)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreTooNew(
                    f"{path} was written by a newer version of Second Look (schema {version}; this version "
                    f"reads up to {SCHEMA_VERSION}). Update the app to open it."
                )
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            if has_tables and "meta" not in db.table_names():
                raise NotAStore(f"{path} is an SQLite database, but not a Second Look store.")
            if has_tables and pending_count(db) > 0:
                # Imported here: backup.py reaches back into this module to restore and verify stores.
                from eligibility.store.backup import backup_before_migration

                backup_before_migration(db, path)
            apply_migrations(db)
        except DATABASE_ERRORS as exc:
            conn.close()
            raise friendly_error(exc, path) from exc
        except BaseException:
            conn.close()
            raise
        store = cls(db, path, encrypted=encrypted, staff=staff)
        if store.get_meta("created_at") is None:
            with db.atomic():
                store._set_meta("created_at", audit_mod.now_utc().isoformat())
                store._audit("store_created", details={"schema_version": SCHEMA_VERSION})
        return store

    @classmethod
    def memory(cls) -> "Store":
        """An in-memory store for tests and for evaluating a roster without saving it."""
        conn = sqlite3.connect(":memory:")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn, execute_plugins=False)
        apply_migrations(db)
        store = cls(db, Path(":memory:"))
        with db.atomic():
            store._set_meta("created_at", audit_mod.now_utc().isoformat())
        return store

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreError("The store is closed.")
        return self._db.conn

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write as one transaction; database failures reach callers as worded StoreErrors.

        Every public write goes through here, so a full disk, a read-only folder or a refused constraint
        (plain SQLite or SQLCipher alike) is reported the same way, and the store is left as it was.
        """
        try:
            if self._conn.in_transaction:
                with self._db.atomic():  # inside the caller's transaction: a savepoint
                    yield
            else:
                with self._write_lock_first():
                    yield
        except INTEGRITY_ERRORS as exc:
            raise StoreError(f"The store refused the change ({exc}); nothing was changed.") from exc
        except DATABASE_ERRORS as exc:
            raise friendly_error(exc, self.path) from exc

    @contextlib.contextmanager
    def _write_lock_first(self) -> Iterator[None]:
        """A transaction that takes the write lock when it begins (``BEGIN IMMEDIATE``).

        The window, its workers and the command line each hold their own connection. A deferred
        transaction that reads first (every audit entry reads the last entry's hash) and writes later
        fails at once with "database is locked" if another connection committed in between: SQLite
        cannot wait for a snapshot that is already stale. Taking the lock first makes a second writer
        wait its turn (up to the busy timeout) instead.
        """
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.rollback()
            raise
        else:
            self._conn.commit()

    def integrity_check(self) -> list[str]:
        rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self._conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems

    # ---- meta ----------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction():
            self._set_meta(key, value)

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    @property
    def is_demo(self) -> bool:
        return self.get_meta("demo") == "1"

    # ---- audit ---------------------------------------------------------------------------------------
    def _audit(self, action: str, *, entity: str = "", entity_id: str = "",
               details: dict[str, Any] | None = None) -> None:
        """Append one audit entry; callers are inside the transaction of the change it records."""
        row = self._conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        prev = row[0] if row else audit_mod.GENESIS_HASH
        at = audit_mod.now_utc().isoformat()
        user = audit_mod.os_user()
        text = audit_mod.canonical_details(details or {})
        digest = audit_mod.entry_hash(prev_hash=prev, at=at, os_user=user, staff=self.staff, action=action,
                                      entity=entity, entity_id=entity_id, details=text)
        self._conn.execute(
            "INSERT INTO audit_log(at, os_user, staff, action, entity, entity_id, details, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (at, user, self.staff, action, entity, entity_id, text, prev, digest),
        )

    def record_event(self, action: str, *, entity: str = "", entity_id: str = "",
                     details: dict[str, Any] | None = None) -> None:
        """Record something that changed nothing in the store but must be on the trail (an export, say)."""
        with self._transaction():
            self._audit(action, entity=entity, entity_id=entity_id, details=details)

    def audit_entries(self, flt: AuditFilter | None = None) -> list[AuditEntry]:
        flt = flt or AuditFilter()
        where, params = [], []
        if flt.action:
            where.append("action = ?")
            params.append(flt.action)
        if flt.entity_id:
            where.append("entity_id = ?")
            params.append(flt.entity_id)
        if flt.since:
            where.append("at >= ?")
            params.append(flt.since.isoformat())
        if flt.until:
            where.append("at < ?")
            params.append(flt.until.isoformat())
        if flt.text:
            where.append("(details LIKE ? OR entity_id LIKE ? OR staff LIKE ?)")
            params += [f"%{flt.text}%"] * 3
        sql = "SELECT id, at, os_user, staff, action, entity, entity_id, details, prev_hash, hash FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        return [AuditEntry(id=r[0], at=datetime.fromisoformat(r[1]), os_user=r[2], staff=r[3], action=r[4],
                           entity=r[5], entity_id=r[6], details=json.loads(r[7]), prev_hash=r[8], hash=r[9])
                for r in self._conn.execute(sql, params)]

    def audit_actions(self) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]

    def verify_audit(self) -> list[AuditProblem]:
        """Walk the chain; report entries whose hash or link does not hold, and gaps in the ids."""
        problems: list[AuditProblem] = []
        prev_hash = audit_mod.GENESIS_HASH
        prev_id = 0
        for r in self._conn.execute("SELECT id, at, os_user, staff, action, entity, entity_id, details, "
                                    "prev_hash, hash FROM audit_log ORDER BY id"):
            entry_id = r[0]
            if entry_id != prev_id + 1:
                problems.append(AuditProblem(entry_id, f"entries {prev_id + 1}–{entry_id - 1} are missing"))
            if r[8] != prev_hash:
                problems.append(AuditProblem(entry_id, "does not follow the entry before it (removed or edited)"))
            expected = audit_mod.entry_hash(prev_hash=r[8], at=r[1], os_user=r[2], staff=r[3], action=r[4],
                                            entity=r[5], entity_id=r[6], details=r[7])
            if expected != r[9]:
                problems.append(AuditProblem(entry_id, "its contents were changed after it was written"))
            prev_hash, prev_id = r[9], entry_id
        return problems

    # ---- people: reading -----------------------------------------------------------------------------
    def count_people(self) -> int:
        return self._conn.execute("SELECT count(*) FROM people").fetchone()[0]

    def person_ids(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT person_id FROM people")}

    def has_person(self, person_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM people WHERE person_id = ?", (person_id,)).fetchone() is not None

    _SELECT_PEOPLE = (
        "SELECT p.person_id, p.last_name, p.first_name, p.date_of_birth, p.jurisdiction, p.offense_date, "
        "p.custody_start, p.flags, p.race_ethnicity, p.sex, s.sentence_type, s.sentence_date, s.term_years, "
        "s.term_months, s.min_term_years, s.controlling_offense, s.case_number, s.county "
        "FROM people p JOIN sentences s ON s.person_id = p.person_id"
    )

    @staticmethod
    def _person_from_row(r: Sequence[Any], breaks: tuple[CustodyBreak, ...],
                         conduct: tuple[ConductEntry, ...]) -> Person:
        return Person(
            person_id=r[0], last_name=r[1], first_name=r[2], date_of_birth=date.fromisoformat(r[3]),
            jurisdiction=_JURISDICTIONS.get(r[4]) or Jurisdiction(r[4]), offense_date=date.fromisoformat(r[5]),
            custody_start=date.fromisoformat(r[6]), flags=_flags_from_text(r[7]),
            race_ethnicity=r[8], sex=r[9], sentence_type=_SENTENCE_TYPES.get(r[10]) or SentenceType(r[10]),
            sentence_date=_date(r[11]), term_years=r[12], term_months=r[13], min_term_years=r[14],
            controlling_offense=r[15], case_number=r[16], county=r[17], custody_breaks=breaks, conduct=conduct,
        )

    @staticmethod
    def _conduct_from_row(r: Sequence[Any]) -> ConductEntry:
        # Positional, in field order (person_id, date, kind, division, violent, description): 300,000 a load.
        return ConductEntry(r[0], date.fromisoformat(r[1]), _CONDUCT_KINDS.get(r[2]) or ConductKind(r[2]),
                            (_DIVISIONS.get(r[3]) or Division(r[3])) if r[3] else None,
                            None if r[4] is None else bool(r[4]), r[5])

    def get_person(self, person_id: str) -> Person:
        row = self._conn.execute(self._SELECT_PEOPLE + " WHERE p.person_id = ?", (person_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"No person with ID {person_id} is in this store.")
        breaks = tuple(CustodyBreak(date.fromisoformat(s), date.fromisoformat(e)) for s, e in self._conn.execute(
            'SELECT start, "end" FROM custody_breaks WHERE person_id = ? ORDER BY start', (person_id,)))
        conduct = tuple(self._conduct_from_row(r) for r in self._conn.execute(
            "SELECT person_id, date, kind, division, violent, description FROM conduct "
            "WHERE person_id = ? ORDER BY date, id", (person_id,)))
        return self._person_from_row(row, breaks, conduct)

    def iter_people(self) -> Iterator[Person]:
        """Everyone, with breaks and conduct, in three queries (fast enough for 100,000 people)."""
        with collector_paused():
            rows, breaks, conduct = self._people_parts()
        person_from_row = self._person_from_row
        for row in rows:
            pid = row[0]
            yield person_from_row(row, breaks.get(pid, ()), conduct.get(pid, ()))

    def load_people(self) -> list[Person]:
        with collector_paused():
            rows, breaks, conduct = self._people_parts()
            person_from_row = self._person_from_row
            return [person_from_row(row, breaks.get(row[0], ()), conduct.get(row[0], ())) for row in rows]

    def _people_parts(self) -> tuple[list[Any], dict[str, tuple[CustodyBreak, ...]], dict[str, tuple[ConductEntry, ...]]]:
        """The people rows, and each person's breaks and conduct as tuples in date order."""
        breaks: dict[str, list[CustodyBreak]] = defaultdict(list)
        for pid, s, e in self._conn.execute('SELECT person_id, start, "end" FROM custody_breaks ORDER BY start'):
            breaks[pid].append(CustodyBreak(date.fromisoformat(s), date.fromisoformat(e)))
        conduct: dict[str, list[ConductEntry]] = defaultdict(list)
        conduct_from_row = self._conduct_from_row
        # In id order (the table's own order, so SQLite does not sort 378,000 rows); each person's entries
        # are then put in date order by a stable sort, which keeps id order within a day: "date, id".
        for r in self._conn.execute("SELECT person_id, date, kind, division, violent, description FROM conduct "
                                    "ORDER BY id"):
            conduct[r[0]].append(conduct_from_row(r))
        rows = self._conn.execute(self._SELECT_PEOPLE + " ORDER BY p.person_id").fetchall()
        return (rows, {pid: tuple(b) for pid, b in breaks.items()},
                {pid: _in_date_order(c) for pid, c in conduct.items()})

    def _stored_person(self, person_id: str) -> _PersonRow | None:
        try:
            p = self.get_person(person_id)
        except RecordNotFound:
            return None
        return _PersonRow({**_person_columns(p), **_sentence_columns(p)}, _breaks_tuple(p))

    # ---- people: writing -----------------------------------------------------------------------------
    def _upsert_person_rows(self, people: Sequence[Person], now: str) -> None:
        _insert_rows(
            self._conn,
            f"INSERT INTO people({', '.join(_COLUMNS['people'])})",
            self._checked("people", [
                (p.person_id, p.last_name, p.first_name, p.date_of_birth.isoformat(), p.jurisdiction,
                 p.offense_date.isoformat(), p.custody_start.isoformat(), _flags_text(p.flags), p.race_ethnicity,
                 p.sex, now, now) for p in people]),
            width=12,
            tail="ON CONFLICT(person_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in _PERSON_FIELDS) + ", updated_at = excluded.updated_at",
        )
        _insert_rows(
            self._conn,
            f"INSERT INTO sentences({', '.join(_COLUMNS['sentences'])})",
            self._checked("sentences", [
                (p.person_id, p.sentence_type, _iso(p.sentence_date), p.term_years, p.term_months,
                 p.min_term_years, p.controlling_offense, p.case_number, p.county) for p in people]),
            width=9,
            tail="ON CONFLICT(person_id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in _SENTENCE_FIELDS),
        )

    def _replace_breaks(self, people: Sequence[Person], *, fresh: bool) -> None:
        if not fresh:
            self._conn.executemany("DELETE FROM custody_breaks WHERE person_id = ?",
                                   [(p.person_id,) for p in people])
        _insert_rows(self._conn, f"INSERT INTO custody_breaks({', '.join(_COLUMNS['custody_breaks'])})",
                     self._checked("custody_breaks", [(p.person_id, b.start.isoformat(), b.end.isoformat())
                                                      for p in people for b in p.custody_breaks]),
                     width=3)

    def _insert_conduct(self, entries: Iterable[ConductEntry]) -> int:
        before = self._conn.total_changes
        _insert_rows(self._conn, f"INSERT OR IGNORE INTO conduct({', '.join(_COLUMNS['conduct'])})",
                     self._checked("conduct", [_conduct_key(e) for e in entries]), width=6)
        return self._conn.total_changes - before

    def save_person(self, person: Person) -> Changes:
        """Create or replace one person's facts (sentence, breaks and conduct included) in one transaction.

        Conduct is replaced by ``person.conduct`` exactly: the editor shows the whole record and saves it.
        Notes, determinations, exhibits and documents are kept.
        """
        with self._transaction():
            before = self._stored_person(person.person_id)
            old_conduct = set()
            if before is not None:
                old_conduct = {_conduct_key(e) for e in self.get_person(person.person_id).conduct}
            now = audit_mod.now_utc().isoformat()
            self._upsert_person_rows([person], now)
            self._replace_breaks([person], fresh=before is None)
            self._conn.execute("DELETE FROM conduct WHERE person_id = ?", (person.person_id,))
            self._insert_conduct(person.conduct)
            after = {**_person_columns(person), **_sentence_columns(person)}
            new_conduct = {_conduct_key(e) for e in person.conduct}
            details: dict[str, Any]
            if before is None:
                details = {"created": True, "conduct_entries": len(new_conduct)}
                action = "person_created"
            else:
                details = {"fields": _diff(before.values, after)}
                if before.breaks != _breaks_tuple(person):
                    details["custody_breaks"] = [list(before.breaks), list(_breaks_tuple(person))]
                added, removed = new_conduct - old_conduct, old_conduct - new_conduct
                if added or removed:
                    details["conduct"] = {"added": sorted(map(list, added), key=str),
                                          "removed": sorted(map(list, removed), key=str)}
                action = "person_updated"
            self._audit(action, entity="person", entity_id=person.person_id, details=details)
        return Changes(frozenset({person.person_id}), frozenset({"people", "sentences", "custody_breaks", "conduct"}))

    def delete_person(self, person_id: str) -> Changes:
        with self._transaction():
            before = self._stored_person(person_id)
            if before is None:
                raise RecordNotFound(f"No person with ID {person_id} is in this store.")
            self._conn.execute("DELETE FROM people WHERE person_id = ?", (person_id,))
            self._audit("person_deleted", entity="person", entity_id=person_id,
                        details={"fields": before.values, "custody_breaks": list(before.breaks)})
        return Changes(frozenset({person_id}), frozenset({"people"}))

    def import_people(self, people: Sequence[Person], *, extra_conduct: Sequence[ConductEntry] = (),
                      source: str = "", progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None, chunk: int = 5000) -> ImportOutcome:
        """Add or update people from a roster in ONE transaction.

        The file's facts win for people already here (an audit entry lists each changed field); their
        notes, documents and exhibits stay. Conduct entries are added, never duplicated. ``cancelled``
        is polled between chunks; cancelling (or any error) rolls the whole import back.
        """
        with collector_paused():
            return self._import_people(people, extra_conduct=extra_conduct, source=source, progress=progress,
                                       cancelled=cancelled, chunk=chunk)

    def _import_people(self, people: Sequence[Person], *, extra_conduct: Sequence[ConductEntry], source: str,
                       progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                       chunk: int) -> ImportOutcome:
        ids = [p.person_id for p in people]
        if len(set(ids)) != len(ids):
            raise StoreError("The import holds the same person ID more than once.")
        with self._transaction():
            existing = self._existing_rows(ids)
            deferred = self._indexes_to_defer(people, extra_conduct) if not existing else {}
            if not deferred:
                counts = self._write_import(people, existing, extra_conduct=extra_conduct, source=source,
                                            progress=progress, cancelled=cancelled, chunk=chunk)
            else:
                counts = self._write_import_deferring(people, deferred, extra_conduct=extra_conduct,
                                                      source=source, progress=progress, cancelled=cancelled,
                                                      chunk=chunk)
        created, updated, unchanged, conduct_added = counts
        touched = frozenset(ids) | frozenset(e.person_id for e in extra_conduct)
        return ImportOutcome(created, updated, unchanged, conduct_added,
                             Changes(touched, frozenset({"people", "sentences", "custody_breaks", "conduct"})))

    def _indexes_to_defer(self, people: Sequence[Person], extra_conduct: Sequence[ConductEntry]) -> dict[str, str]:
        """Name → SQL of the secondary indexes a first import into an empty store builds after its rows.

        Filling a table and then building its index sorts once, instead of inserting 378,000 keys one by one
        into B-trees in the order of the file. Only for a big first import: empty tables and nothing else.
        """
        rows = len(people) + len(extra_conduct)
        if rows < _DEFER_INDEXES_FROM:
            rows += sum(len(p.conduct) for p in people)
        if rows < _DEFER_INDEXES_FROM or not self._conn.execute(
                "SELECT NOT EXISTS (SELECT 1 FROM people) AND NOT EXISTS (SELECT 1 FROM conduct)").fetchone()[0]:
            return {}
        marks = ", ".join("?" * len(_DEFERRED_INDEXES))
        return dict(self._conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})", _DEFERRED_INDEXES))

    def _write_import_deferring(self, people: Sequence[Person], deferred: dict[str, str], *,
                                extra_conduct: Sequence[ConductEntry], source: str,
                                progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                                chunk: int) -> tuple[int, int, int, int]:
        """``_write_import`` with the indexes dropped meanwhile, inside the caller's transaction.

        DROP INDEX and CREATE INDEX are part of the transaction: a cancel or a failure rolls them back with
        the rows, and the indexes are rebuilt from their own stored SQL, so the schema ends as it began.
        Without the unique conduct index, repeated entries would go in; so when building it finds one (only
        a caller that passes the same entry twice; the intake never does), the rows are taken back to the
        savepoint and written again the usual way, with the index in place ignoring repeats as always.
        """
        for name in deferred:
            self._conn.execute(f'DROP INDEX "{name}"')
        with self._checks_in_python():
            return self._write_import_rebuilding(people, deferred, extra_conduct=extra_conduct, source=source,
                                                 progress=progress, cancelled=cancelled, chunk=chunk)

    def _write_import_rebuilding(self, people: Sequence[Person], deferred: dict[str, str], *,
                                 extra_conduct: Sequence[ConductEntry], source: str,
                                 progress: Callable[[int, int], None] | None,
                                 cancelled: Callable[[], bool] | None, chunk: int) -> tuple[int, int, int, int]:
        try:
            with self._db.atomic():  # a savepoint
                counts = self._write_import(people, {}, extra_conduct=extra_conduct, source=source,
                                            progress=progress, cancelled=cancelled, chunk=chunk)
                try:
                    for sql in deferred.values():
                        self._conn.execute(sql)
                except INTEGRITY_ERRORS as exc:
                    raise _RepeatedRows from exc  # leaves the savepoint, taking its rows back
            return counts
        except _RepeatedRows:
            for sql in deferred.values():
                self._conn.execute(sql)
            return self._write_import(people, {}, extra_conduct=extra_conduct, source=source, progress=progress,
                                      cancelled=cancelled, chunk=chunk)

    @contextlib.contextmanager
    def _checks_in_python(self) -> Iterator[None]:
        """SQLite's CHECK constraints off, the same tests done on the rows in Python, for this block.

        Each ``CHECK (x IN (...))`` costs SQLite about a microsecond per row (0.4 s of a 100,000-person
        import), while testing the few distinct values of a batch here is nearly free. The tests are read
        from the schema itself, so they cannot drift from it; a CHECK of any other form keeps SQLite's own.
        ``ignore_check_constraints`` expires every prepared statement when it changes, so no statement
        prepared without the checks outlives this block, and it is restored even on errors.
        """
        checks = _schema_checks(self._conn)
        if checks is None:
            yield
            return
        before = self._conn.execute("PRAGMA ignore_check_constraints").fetchone()[0]
        self._conn.execute("PRAGMA ignore_check_constraints = ON")
        self._checks_here = checks
        try:
            yield
        finally:
            self._checks_here = None
            self._conn.execute(f"PRAGMA ignore_check_constraints = {'ON' if before else 'OFF'}")

    def _checked(self, table: str, rows: list[tuple]) -> list[tuple]:
        """``rows`` for ``table``, after the schema's CHECK tests when they are done here (a refused row raises
        the IntegrityError SQLite would: the transaction rolls back and the caller hears "refused")."""
        if self._checks_here is not None:
            for check in self._checks_here.get(table, ()):
                check.verify(rows)
        return rows

    def _write_import(self, people: Sequence[Person], existing: dict[str, _PersonRow], *,
                      extra_conduct: Sequence[ConductEntry], source: str,
                      progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                      chunk: int) -> tuple[int, int, int, int]:
        total = len(people)
        created = updated = unchanged = conduct_added = 0
        now = audit_mod.now_utc().isoformat()
        for start in range(0, total, chunk):
            if cancelled is not None and cancelled():
                raise Cancelled("The import was cancelled; the store is as it was before.")
            batch = people[start:start + chunk]
            new_batch = [p for p in batch if p.person_id not in existing]
            old_batch = [p for p in batch if p.person_id in existing]
            changed_batch: list[Person] = []
            for p in old_batch:
                before = existing[p.person_id]
                after = {**_person_columns(p), **_sentence_columns(p)}
                diff = _diff(before.values, after)
                breaks_changed = before.breaks != _breaks_tuple(p)
                if diff or breaks_changed:
                    changed_batch.append(p)
                    details: dict[str, Any] = {"fields": diff, "source": source}
                    if breaks_changed:
                        details["custody_breaks"] = [list(before.breaks), list(_breaks_tuple(p))]
                    self._audit("person_updated", entity="person", entity_id=p.person_id, details=details)
                else:
                    unchanged += 1
            self._upsert_person_rows(new_batch + changed_batch, now)
            self._replace_breaks(new_batch, fresh=True)
            self._replace_breaks(changed_batch, fresh=False)
            conduct_added += self._insert_conduct(e for p in batch for e in p.conduct)
            created += len(new_batch)
            updated += len(changed_batch)
            if progress is not None:
                progress(min(start + chunk, total), total)
        conduct_added += self._insert_conduct(extra_conduct)
        self._audit("import", details={"source": source, "created": created, "updated": updated,
                                       "unchanged": unchanged, "conduct_added": conduct_added})
        return created, updated, unchanged, conduct_added

    def _existing_rows(self, ids: Sequence[str]) -> dict[str, _PersonRow]:
        """Current columns and breaks for those of ``ids`` already in the store (a temp table join, not N queries)."""
        if not ids or self._conn.execute("SELECT NOT EXISTS (SELECT 1 FROM people)").fetchone()[0]:
            return {}  # nobody here yet (a first import): no need to stage 100,000 ids to find none
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS _import_ids(person_id TEXT PRIMARY KEY)")
        self._conn.execute("DELETE FROM _import_ids")
        self._conn.executemany("INSERT OR IGNORE INTO _import_ids VALUES (?)", [(i,) for i in ids])
        rows: dict[str, _PersonRow] = {}
        for r in self._conn.execute(self._SELECT_PEOPLE + " JOIN _import_ids i ON i.person_id = p.person_id"):
            p = self._person_from_row(r, (), ())
            rows[p.person_id] = _PersonRow({**_person_columns(p), **_sentence_columns(p)})
        for pid, s, e in self._conn.execute(
                'SELECT b.person_id, b.start, b."end" FROM custody_breaks b '
                'JOIN _import_ids i ON i.person_id = b.person_id ORDER BY b.start'):
            rows[pid].breaks += ((s, e),)
        self._conn.execute("DELETE FROM _import_ids")
        return rows

    # ---- conduct -------------------------------------------------------------------------------------
    def list_conduct(self, person_id: str) -> list[StoredConduct]:
        return [StoredConduct(r[0], self._conduct_from_row(r[1:])) for r in self._conn.execute(
            "SELECT id, person_id, date, kind, division, violent, description FROM conduct "
            "WHERE person_id = ? ORDER BY date, id", (person_id,))]

    def conduct_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM conduct").fetchone()[0]

    # ---- notes ---------------------------------------------------------------------------------------
    def add_note(self, person_id: str, text: str, *, author: str = "") -> Note:
        if not text.strip():
            raise StoreError("A note needs some text.")
        with self._transaction():
            if not self.has_person(person_id):
                raise RecordNotFound(f"No person with ID {person_id} is in this store.")
            created = audit_mod.now_utc()
            cur = self._conn.execute("INSERT INTO notes(person_id, created_at, author, text) VALUES (?, ?, ?, ?)",
                                     (person_id, created.isoformat(), author, text))
            note_id = int(cur.lastrowid)
            self._audit("note_added", entity="person", entity_id=person_id, details={"note_id": note_id})
        return Note(note_id, person_id, created, author, text)

    def list_notes(self, person_id: str) -> list[Note]:
        return [Note(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4]) for r in self._conn.execute(
            "SELECT id, person_id, created_at, author, text FROM notes WHERE person_id = ? ORDER BY id",
            (person_id,))]

    def update_note(self, note_id: int, text: str) -> None:
        with self._transaction():
            row = self._conn.execute("SELECT person_id, text FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise RecordNotFound(f"Note {note_id} no longer exists.")
            self._conn.execute("UPDATE notes SET text = ? WHERE id = ?", (text, note_id))
            self._audit("note_updated", entity="person", entity_id=row[0],
                        details={"note_id": note_id, "text": [row[1], text]})

    def delete_note(self, note_id: int) -> None:
        with self._transaction():
            row = self._conn.execute("SELECT person_id, text FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise RecordNotFound(f"Note {note_id} no longer exists.")
            self._conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            self._audit("note_deleted", entity="person", entity_id=row[0],
                        details={"note_id": note_id, "text": row[1]})

    # ---- determinations ------------------------------------------------------------------------------
    def save_determinations(self, determinations: Iterable[Determination], *, pack_ids: dict[str, str] | None = None,
                            person_ids: Iterable[str] | None = None) -> int:
        """Replace the stored determinations of the people evaluated (all people when ``person_ids`` is None).

        ``pack_ids`` maps a program to the id of the pack that produced it (the program id by default).
        """
        pack_ids = pack_ids or {}
        now = audit_mod.now_utc().isoformat()
        as_of_seen: set[str] = set()
        versions_seen: set[str] = set()
        count = 0

        def rows() -> Iterator[tuple]:
            # Rows are made as SQLite takes them: for everyone that is 400,000 JSON texts of about 2 KB, which
            # built up front held 800 MB at once and took a long, window-freezing moment to free.
            nonlocal count
            for d in determinations:
                pack_id = pack_ids.get(d.program, d.program)
                as_of = d.as_of.isoformat()
                as_of_seen.add(as_of)
                versions_seen.add(f"{pack_id}@{d.pack_version}")
                count += 1
                yield (d.person_id, d.program, d.status.value, _iso(d.eligible_on), pack_id, d.pack_version,
                       as_of, now, _encode_json(d.to_json()))

        with collector_paused(), self._transaction():  # see eligibility.gcpause
            if person_ids is None:
                self._conn.execute("DELETE FROM determinations")
                scope: Any = "all"
            else:
                ids = list(person_ids)
                self._conn.executemany("DELETE FROM determinations WHERE person_id = ?", [(i,) for i in ids])
                scope = ids if len(ids) <= 20 else f"{len(ids)} people"
            self._conn.executemany("INSERT INTO determinations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
            self._audit("evaluation_run", details={"people": scope, "determinations": count,
                                                   "as_of": sorted(as_of_seen), "packs": sorted(versions_seen)})
        return count

    def get_determinations(self, person_id: str) -> list[StoredDetermination]:
        return [StoredDetermination(determination_from_json(json.loads(r[0])), r[1], datetime.fromisoformat(r[2]))
                for r in self._conn.execute(
                    "SELECT result_json, pack_id, evaluated_at FROM determinations WHERE person_id = ? "
                    "ORDER BY program", (person_id,))]

    def all_determinations(self) -> Iterator[Determination]:
        for (text,) in self._conn.execute("SELECT result_json FROM determinations ORDER BY person_id, program"):
            yield determination_from_json(json.loads(text))

    def determination_index(self) -> dict[str, list[tuple[str, Status, date | None]]]:
        """person_id → [(program, status, eligible_on)]: what the case list needs, without the criteria."""
        out: dict[str, list[tuple[str, Status, date | None]]] = defaultdict(list)
        statuses = _STATUSES
        from_iso = date.fromisoformat
        with collector_paused():
            for pid, program, status, eligible_on in self._conn.execute(
                    "SELECT person_id, program, status, eligible_on FROM determinations"):
                out[pid].append((program, statuses.get(status) or Status(status),
                                 from_iso(eligible_on) if eligible_on else None))
        return out

    # ---- exhibits and documents ------------------------------------------------------------------------
    def add_exhibit(self, person_id: str, *, title: str, file_path: str, sha256: str) -> Exhibit:
        with self._transaction():
            if not self.has_person(person_id):
                raise RecordNotFound(f"No person with ID {person_id} is in this store.")
            pos = self._conn.execute("SELECT coalesce(max(position), 0) + 1 FROM exhibits WHERE person_id = ?",
                                     (person_id,)).fetchone()[0]
            added = audit_mod.now_utc()
            cur = self._conn.execute(
                "INSERT INTO exhibits(person_id, position, title, file_path, sha256, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (person_id, pos, title, file_path, sha256, added.isoformat()))
            self._audit("exhibit_added", entity="person", entity_id=person_id,
                        details={"title": title, "sha256": sha256})
        return Exhibit(int(cur.lastrowid), person_id, pos, title, file_path, sha256, added)

    def list_exhibits(self, person_id: str) -> list[Exhibit]:
        return [Exhibit(r[0], r[1], r[2], r[3], r[4], r[5], datetime.fromisoformat(r[6])) for r in self._conn.execute(
            "SELECT id, person_id, position, title, file_path, sha256, added_at FROM exhibits "
            "WHERE person_id = ? ORDER BY position", (person_id,))]

    def remove_exhibit(self, exhibit_id: int) -> None:
        with self._transaction():
            row = self._conn.execute("SELECT person_id, title FROM exhibits WHERE id = ?", (exhibit_id,)).fetchone()
            if row is None:
                raise RecordNotFound(f"Exhibit {exhibit_id} no longer exists.")
            self._conn.execute("DELETE FROM exhibits WHERE id = ?", (exhibit_id,))
            self._audit("exhibit_removed", entity="person", entity_id=row[0], details={"title": row[1]})

    def reorder_exhibits(self, person_id: str, ordered_ids: Sequence[int]) -> None:
        """Put a person's exhibits in the given order (A, B, C ... follow it) in one transaction."""
        with self._transaction():
            current = [r[0] for r in self._conn.execute(
                "SELECT id FROM exhibits WHERE person_id = ? ORDER BY position", (person_id,))]
            if sorted(current) != sorted(ordered_ids):
                raise StoreError("The exhibits changed while they were being reordered; reopen the person and "
                                 "try again.")
            self._conn.executemany("UPDATE exhibits SET position = ? WHERE id = ?",
                                   [(pos, exhibit_id) for pos, exhibit_id in enumerate(ordered_ids, 1)])
            self._audit("exhibits_reordered", entity="person", entity_id=person_id,
                        details={"order": [current.index(i) + 1 for i in ordered_ids]})

    def record_document(self, *, person_id: str, kind: str, file_path: str, sha256: str, pages: int,
                        pack_version: str = "") -> StoredDocument:
        with self._transaction():
            created = audit_mod.now_utc()
            cur = self._conn.execute(
                "INSERT INTO documents(person_id, kind, created_at, pack_version, file_path, sha256, pages) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (person_id, kind, created.isoformat(), pack_version, file_path, sha256, pages))
            self._audit("document_generated", entity="person", entity_id=person_id,
                        details={"kind": kind, "sha256": sha256, "pages": pages, "pack_version": pack_version})
        return StoredDocument(int(cur.lastrowid), person_id, kind, created, pack_version, file_path, sha256, pages)

    def list_documents(self, person_id: str | None = None) -> list[StoredDocument]:
        sql = "SELECT id, person_id, kind, created_at, pack_version, file_path, sha256, pages FROM documents"
        params: tuple = ()
        if person_id is not None:
            sql += " WHERE person_id = ?"
            params = (person_id,)
        return [StoredDocument(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], r[5], r[6], r[7])
                for r in self._conn.execute(sql + " ORDER BY id", params)]
