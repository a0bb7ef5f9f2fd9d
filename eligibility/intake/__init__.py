"""Roster intake: CSV and Excel rosters in, validated Person records and an import report out.

Pure parsing, validation and serialising; saving is the store's job.
"""

from eligibility.intake.columns import (
    CANONICAL_CONDUCT_COLUMNS,
    CANONICAL_ROSTER_COLUMNS,
    REQUIRED_CONDUCT_COLUMNS,
    REQUIRED_ROSTER_COLUMNS,
    normalize_header,
    suggest_mapping,
)
from eligibility.intake.errors import IntakeCancelled, IntakeError, RowError
from eligibility.intake.export import neutralize_cell, write_canonical, write_conduct_csv, write_roster_csv
from eligibility.intake.reader import preview_rows, read_conduct_only, read_header, read_import
from eligibility.intake.report import ImportReport, ParsedImport

__all__ = [
    "CANONICAL_CONDUCT_COLUMNS", "CANONICAL_ROSTER_COLUMNS", "REQUIRED_CONDUCT_COLUMNS",
    "REQUIRED_ROSTER_COLUMNS", "ImportReport", "IntakeCancelled", "IntakeError", "ParsedImport", "RowError",
    "neutralize_cell", "normalize_header", "preview_rows", "read_conduct_only", "read_header", "read_import",
    "suggest_mapping", "write_canonical", "write_conduct_csv", "write_roster_csv",
]
