"""Writers for ``evaluate --format jsonl|csv|table`` (shared/contracts/interchange.md)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from eligibility.records import STATUS_LABELS, Determination

CSV_COLUMNS = ("person_id", "program", "status", "eligible_on", "pack_version", "as_of", "path",
               "summary", "criteria", "to_establish", "citations")


def _met_word(met: bool | None) -> str:
    return "met" if met is True else "not met" if met is False else "unknown"


# ``json.dumps(obj, ensure_ascii=False)`` exactly, minus its check for reference cycles: a determination's
# JSON is a fresh tree of dicts and lists that cannot contain one, and the check cost a fifth of the encoding.
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def write_jsonl(dets: Iterable[Determination], stream: TextIO) -> int:
    """One JSON object per line; returns the number written."""
    n = 0
    encode = _encode
    write = stream.write
    for det in dets:
        write(encode(det.to_json()) + "\n")
        n += 1
    return n


def write_csv(dets: Iterable[Determination], stream: TextIO) -> int:
    """One row per determination; criteria as "id: met/not met/unknown: reason", joined by " | "."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for det in dets:
        checked = [c for c in det.criteria if not c.to_establish]
        writer.writerow((
            det.person_id, det.program, det.status.value,
            det.eligible_on.isoformat() if det.eligible_on else "", det.pack_version, det.as_of.isoformat(),
            det.path, det.summary,
            " | ".join(f"{c.id}: {_met_word(c.met)}: {c.reason}" for c in checked),
            " | ".join(f"{c.id}: {c.reason}" for c in det.criteria if c.to_establish),
            " | ".join(dict.fromkeys(c.citation for c in det.criteria)),
        ))
        n += 1
    return n


def write_table(dets: Iterable[Determination], stream: TextIO) -> int:
    """An aligned, human-readable table: one line per determination."""
    rows = [(d.person_id, d.program, STATUS_LABELS[d.status], d.eligible_on.isoformat() if d.eligible_on else "",
             d.summary) for d in dets]
    header = ("Person", "Program", "Status", "Date", "Summary")
    widths = [max([len(header[i]), *(len(r[i]) for r in rows)]) for i in range(4)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells[:4], widths, strict=True)) + "  " + cells[4]

    stream.write(line(header).rstrip() + "\n")
    stream.write("  ".join("-" * w for w in widths) + "  " + "-" * len(header[4]) + "\n")
    stream.writelines(line(r).rstrip() + "\n" for r in rows)
    return len(rows)
