"""The case store: SQLite through sqlite-utils, the only package that speaks SQL."""

from eligibility.store.audit import AuditEntry, AuditProblem
from eligibility.store.errors import (
    NotAStore,
    RecordNotFound,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreTooNew,
    WrongPassphrase,
)
from eligibility.store.schema import SCHEMA_VERSION
from eligibility.store.store import (
    AuditFilter,
    Cancelled,
    Changes,
    Exhibit,
    ImportOutcome,
    Store,
    StoredConduct,
    StoredDetermination,
    StoredDocument,
    determination_from_json,
)

__all__ = [
    "AuditEntry", "AuditFilter", "AuditProblem", "Cancelled", "Changes", "Exhibit", "ImportOutcome",
    "NotAStore", "RecordNotFound", "SCHEMA_VERSION", "Store", "StoreCorrupt", "StoreError", "StoreLocked",
    "StoreTooNew", "StoredConduct", "StoredDetermination", "StoredDocument", "WrongPassphrase",
    "determination_from_json",
]
