"""The canonical columns of the interchange contract, and how a file's own headers map onto them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Literal

from eligibility.intake.errors import IntakeError

# Contract order: exports write exactly these, in this order.
CANONICAL_ROSTER_COLUMNS: tuple[str, ...] = (
    "person_id", "last_name", "first_name", "date_of_birth", "jurisdiction", "offense_date",
    "custody_start", "custody_breaks", "sentence_date", "sentence_type", "term_years", "term_months",
    "min_term_years", "controlling_offense", "case_number", "county", "flags", "race_ethnicity", "sex",
)
REQUIRED_ROSTER_COLUMNS: tuple[str, ...] = (
    "person_id", "last_name", "first_name", "date_of_birth", "jurisdiction", "offense_date",
    "custody_start", "sentence_type",
)
CANONICAL_CONDUCT_COLUMNS: tuple[str, ...] = ("person_id", "date", "kind", "division", "violent", "description")
REQUIRED_CONDUCT_COLUMNS: tuple[str, ...] = ("person_id", "date", "kind")

Kind = Literal["roster", "conduct"]

# Names seen in real exports. Only unambiguous ones: a wrong guess puts the wrong fact under a person's
# name, so e.g. "admission date" (prison reception, after jail time) is deliberately not taken as custody_start.
_ROSTER_SYNONYMS: dict[str, str] = {
    "id": "person_id", "personid": "person_id", "inmate_id": "person_id", "inmate_number": "person_id",
    "cdcr": "person_id", "cdcr_number": "person_id", "cdcr_no": "person_id", "cdc_number": "person_id",
    "register_number": "person_id", "reg_no": "person_id", "bop_number": "person_id",
    "doc_number": "person_id", "doc_id": "person_id", "dcdc_number": "person_id", "sid": "person_id",
    "last": "last_name", "lastname": "last_name", "surname": "last_name", "family_name": "last_name",
    "first": "first_name", "firstname": "first_name", "given_name": "first_name",
    "dob": "date_of_birth", "birth_date": "date_of_birth", "birthdate": "date_of_birth",
    "date_of_birth_mm_dd_yyyy": "date_of_birth",
    "state": "jurisdiction",
    "offense_dt": "offense_date", "date_of_offense": "offense_date", "offence_date": "offense_date",
    "crime_date": "offense_date",
    "arrest_date": "custody_start", "booking_date": "custody_start", "custody_start_date": "custody_start",
    "custody_date": "custody_start",
    "breaks": "custody_breaks", "custody_break": "custody_breaks",
    "sentenced_on": "sentence_date", "date_of_sentence": "sentence_date", "sentencing_date": "sentence_date",
    "sentence": "sentence_type",
    "years": "term_years", "term_yrs": "term_years", "sentence_years": "term_years",
    "months": "term_months", "term_mos": "term_months", "sentence_months": "term_months",
    "min_term": "min_term_years", "minimum_term": "min_term_years", "minimum_term_years": "min_term_years",
    "offense": "controlling_offense", "offence": "controlling_offense", "charge": "controlling_offense",
    "commitment_offense": "controlling_offense",
    "case_no": "case_number", "case": "case_number", "docket_number": "case_number",
    "county_of_commitment": "county", "district": "county",
    "flag": "flags",
    "race": "race_ethnicity", "ethnicity": "race_ethnicity", "gender": "sex",
}
_CONDUCT_SYNONYMS: dict[str, str] = {
    "id": "person_id", "personid": "person_id", "inmate_id": "person_id", "cdcr": "person_id",
    "cdcr_number": "person_id", "register_number": "person_id", "doc_number": "person_id",
    "incident_date": "date", "event_date": "date", "date_of_incident": "date",
    "type": "kind", "conduct_kind": "kind", "entry_type": "kind",
    "div": "division", "offense_division": "division",
    "violence": "violent", "is_violent": "violent",
    "notes": "description", "note": "description", "details": "description", "summary": "description",
}

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize_header(header: str) -> str:
    """"  Date of Birth " → "date_of_birth": case, spaces and punctuation never decide a match."""
    return _NON_WORD.sub("_", header.strip().lower()).strip("_")


def _check_kind(kind: str) -> None:
    if kind not in ("roster", "conduct"):
        raise ValueError(f"kind must be 'roster' or 'conduct', not {kind!r}")


def canonical_columns(kind: Kind) -> tuple[str, ...]:
    _check_kind(kind)
    return CANONICAL_ROSTER_COLUMNS if kind == "roster" else CANONICAL_CONDUCT_COLUMNS


def required_columns(kind: Kind) -> tuple[str, ...]:
    _check_kind(kind)
    return REQUIRED_ROSTER_COLUMNS if kind == "roster" else REQUIRED_CONDUCT_COLUMNS


def suggest_mapping(headers: list[str], kind: Kind) -> dict[str, str]:
    """Propose file header → canonical field for the UI's mapping step; unmatched headers are left out.

    Exact names (after normalising) are taken before synonyms, so a file with both "id" and "person_id"
    maps "person_id" to itself.
    """
    canonical = canonical_columns(kind)
    synonyms = _ROSTER_SYNONYMS if kind == "roster" else _CONDUCT_SYNONYMS
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for pass_synonyms in (False, True):
        for header in headers:
            if header in mapping:
                continue
            key = normalize_header(header)
            field = synonyms.get(key) if pass_synonyms else (key if key in canonical else None)
            if field and field not in taken:
                mapping[header] = field
                taken.add(field)
    return mapping


def exact_mapping(headers: Iterable[str], kind: Kind) -> dict[str, str]:
    """The mapping used when the caller gives none: canonical names only, in any case or spacing.

    Synonyms are for the interactive mapping step, where a person confirms them; a batch import must not
    guess.
    """
    canonical = canonical_columns(kind)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        key = normalize_header(header)
        if key in canonical and key not in taken:
            mapping[header] = key
            taken.add(key)
    return mapping


def column_indexes(*, headers: list[str], mapping: Mapping[str, str] | None, kind: Kind,
                   file_name: str) -> tuple[dict[str, int], list[str]]:
    """Canonical field → column index, and the file headers that will be ignored.

    Mapping keys are matched after stripping spaces, because headers are shown to the user stripped.
    Raises IntakeError when a required field has no column, naming what the file does have.
    """
    if mapping is None:
        mapping = exact_mapping(headers, kind)
    canonical = canonical_columns(kind)
    wanted = {k.strip(): v for k, v in mapping.items() if v}
    for field in wanted.values():
        if field not in canonical:
            raise IntakeError(f"{file_name}: the column mapping names {field!r}, which is not a {kind} field "
                              f"(fields are {', '.join(canonical)}).")
    indexes: dict[str, int] = {}
    ignored: list[str] = []
    for i, header in enumerate(headers):
        field = wanted.get(header.strip())
        if field is None or field in indexes:
            if header.strip():
                ignored.append(header.strip())
            continue
        indexes[field] = i
    missing = [c for c in required_columns(kind) if c not in indexes]
    if missing:
        noun = "column" if len(missing) == 1 else "columns"
        if not suggest_mapping(headers, kind):
            # The first row is probably data, not headers: echoing it would copy a person's name and ID
            # into messages that may be logged, so only its size is reported.
            raise IntakeError(f"{file_name} is missing the required {noun} {', '.join(missing)}. Its first "
                              f"row ({len(headers)} cells) has none of the expected column names: the file "
                              f"must start with a header row such as {', '.join(required_columns(kind))}.")
        found = ", ".join(repr(h.strip()) for h in headers if h.strip())
        raise IntakeError(f"{file_name} is missing the required {noun} {', '.join(missing)}. "
                          f"Headers found: {found}.")
    return indexes, ignored
