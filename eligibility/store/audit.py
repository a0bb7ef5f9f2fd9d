"""The append-only audit trail and its hash chain.

Each entry's hash covers its own fields and the previous entry's hash, so editing or removing any entry
(for instance with another SQLite tool, bypassing the triggers) breaks every hash after it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    os_user: str
    staff: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class AuditProblem:
    entry_id: int
    problem: str

    def __str__(self) -> str:
        return f"audit entry {self.entry_id}: {self.problem}"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services; the entry still records the change
        return "unknown"


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def entry_hash(*, prev_hash: str, at: str, os_user: str, staff: str, action: str, entity: str,
               entity_id: str, details: str) -> str:
    payload = json.dumps([prev_hash, at, os_user, staff, action, entity, entity_id, details],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def canonical_details(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
