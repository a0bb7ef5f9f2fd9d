"""Parsing single cells: dates, whole numbers, vocabularies. Each parser raises ValueError on bad input.

Kept free of row context so they can be property-tested on their own; rows.py turns failures into
RowErrors with the column and the wording the user sees.
"""

from __future__ import annotations

import re
from datetime import date

from eligibility.records import ConductKind, CustodyBreak, Division, Flag, Jurisdiction, SentenceType

DATE_EXPECTED = "a real date as YYYY-MM-DD or MM/DD/YYYY"
BREAKS_EXPECTED = ("periods out of custody as YYYY-MM-DD..YYYY-MM-DD (first day out..day back in custody), "
                   "separated by ';', each ending after it starts")

_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)
_MIDNIGHT_SUFFIXES = (" 00:00:00", "T00:00:00", " 00:00", "T00:00")
_NEUTRALIZED_STARTS = frozenset("=+-@\t\r")


def unneutralize(cell: str) -> str:
    """Undo exactly one CSV-injection guard apostrophe, and only where export.neutralize_cell adds one:
    before = + - @ TAB or CR, possibly after further apostrophes that belong to the text."""
    if len(cell) > 1 and cell[0] == "'" and (cell[1] in _NEUTRALIZED_STARTS
                                             or cell.lstrip("'")[:1] in _NEUTRALIZED_STARTS):
        return cell[1:]
    return cell


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` (fast path), ``MM/DD/YYYY`` or ``M/D/YYYY``; a midnight time part is tolerated.

    date.fromisoformat is only tried on the exact 10-character form because since Python 3.11 it also
    takes "20260101" and week dates, which no roster means.
    """
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return date.fromisoformat(text)
    for suffix in _MIDNIGHT_SUFFIXES:
        if text.endswith(suffix):
            return parse_date(text[: -len(suffix)])
    match = _US_DATE.fullmatch(text)
    if match is None:
        raise ValueError(text)
    month, day, year = (int(g) for g in match.groups())
    return date(year, month, day)


def parse_whole_number(text: str) -> int:
    """A non-negative integer written as digits. "12.5", "-3" and "twelve" are errors, not guesses."""
    if not text.isascii() or not text.isdigit():
        raise ValueError(text)
    return int(text)


_JURISDICTIONS = {j.value: j for j in Jurisdiction}
_JURISDICTIONS.update({"FED": Jurisdiction.US, "FEDERAL": Jurisdiction.US, "USA": Jurisdiction.US})
_SENTENCE_TYPES = {s.value: s for s in SentenceType}
_FLAGS = {f.value: f for f in Flag}
_KINDS = {k.value: k for k in ConductKind}
_DIVISIONS = {d.value: d for d in Division}
_DIVISIONS.update({"A1": Division.A1, "A2": Division.A2})
_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0"})

# The same vocabularies keyed by the cell's lowered (or uppered) text, empty included where it means "none",
# for parsing a whole column at once with ``map`` (rows.py's block path).
KIND_BY_LOWER: dict[str, ConductKind] = dict(_KINDS)
JURISDICTION_BY_UPPER: dict[str, Jurisdiction] = dict(_JURISDICTIONS)
SENTENCE_TYPE_BY_LOWER: dict[str, SentenceType] = dict(_SENTENCE_TYPES)
DIVISION_BY_UPPER: dict[str, Division | None] = {"": None, **_DIVISIONS}
VIOLENT_BY_LOWER: dict[str, bool | None] = {"": None, **dict.fromkeys(_YES, True), **dict.fromkeys(_NO, False)}

JURISDICTION_EXPECTED = "one of " + ", ".join(j.value for j in Jurisdiction)
SENTENCE_TYPE_EXPECTED = "one of " + ", ".join(s.value for s in SentenceType)
KIND_EXPECTED = "one of " + ", ".join(k.value for k in ConductKind)
DIVISION_EXPECTED = "one of " + ", ".join(d.value for d in Division) + " (or empty)"
VIOLENT_EXPECTED = "yes, no or empty"
FLAGS_KNOWN = ", ".join(f.value for f in Flag)


def parse_jurisdiction(text: str) -> Jurisdiction:
    return _JURISDICTIONS[text.upper()]


def parse_sentence_type(text: str) -> SentenceType:
    return _SENTENCE_TYPES[text.lower()]


def parse_kind(text: str) -> ConductKind:
    return _KINDS[text.lower()]


def parse_division(text: str) -> Division | None:
    return _DIVISIONS[text.upper()] if text else None


def parse_violent(text: str) -> bool | None:
    if not text:
        return None
    lowered = text.lower()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise ValueError(text)


def parse_flags(text: str) -> tuple[frozenset[Flag], list[str]]:
    """The flags, and the pieces that are not flags (reported, not dropped silently)."""
    flags: set[Flag] = set()
    unknown: list[str] = []
    for piece in text.replace(",", ";").split(";"):
        piece = piece.strip()
        if not piece:
            continue
        flag = _FLAGS.get(piece.lower())
        if flag is None:
            unknown.append(piece)
        else:
            flags.add(flag)
    return frozenset(flags), unknown


def parse_breaks(text: str) -> tuple[CustodyBreak, ...]:
    """Periods in chronological order. Raises ValueError for any malformed or empty-length period."""
    breaks: list[CustodyBreak] = []
    for piece in text.split(";"):
        piece = piece.strip()
        if not piece:
            continue
        start_text, sep, end_text = piece.partition("..")
        if not sep:
            raise ValueError(piece)
        start, end = parse_date(start_text.strip()), parse_date(end_text.strip())
        if end <= start:
            raise ValueError(piece)
        breaks.append(CustodyBreak(start, end))
    breaks.sort(key=lambda b: b.start)
    return tuple(breaks)


def format_break(b: CustodyBreak) -> str:
    return f"{b.start.isoformat()}..{b.end.isoformat()}"
