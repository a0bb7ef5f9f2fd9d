"""The outcome of an import: counts, every rejected cell, and warnings about the file as a whole."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import TextIO

from eligibility.intake.errors import RowError
from eligibility.intake.export import neutralize_cell
from eligibility.records import ConductEntry, Person

REPORT_COLUMNS = ("file", "row", "column", "value", "expected")


@dataclass
class ImportReport:
    files: list[str] = field(default_factory=list)
    rows_read: int = 0  # data rows, not counting the header or blank rows
    people_ok: int = 0
    conduct_ok: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conduct_duplicates: int = 0  # identical conduct rows merged into one entry

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rows_rejected(self) -> int:
        return len({(e.file, e.row) for e in self.errors})

    def to_csv(self, stream: TextIO) -> int:
        """Write one line per problem, so the user can sort and fix them in a spreadsheet.

        Values are neutralised because the report is made to be opened in Excel, and a rejected cell is
        exactly where a hostile formula would sit.
        """
        writer = csv.writer(stream)
        writer.writerow(REPORT_COLUMNS)
        for e in self.errors:
            writer.writerow([neutralize_cell(e.file), e.row, e.column, neutralize_cell(e.value),
                             neutralize_cell(e.expected)])
        return len(self.errors)

    def summary(self) -> str:
        files = " and ".join(self.files) if self.files else "no file"
        parts = [(f"Read {self.rows_read:,} {_plural(self.rows_read, 'row')} from {files}: "
                 f"{self.people_ok:,} {_plural(self.people_ok, 'person', 'people')} and "
                 f"{self.conduct_ok:,} conduct {_plural(self.conduct_ok, 'entry', 'entries')} accepted")]
        if self.errors:
            parts.append(f"; {self.rows_rejected:,} {_plural(self.rows_rejected, 'row')} rejected "
                         f"({len(self.errors):,} {_plural(len(self.errors), 'problem')})")
        else:
            parts.append("; no rows rejected")
        text = "".join(parts) + "."
        if self.conduct_duplicates:
            text += (f" {self.conduct_duplicates:,} repeated conduct "
                     f"{_plural(self.conduct_duplicates, 'row was', 'rows were')} merged.")
        for warning in self.warnings:
            text += f"\nWarning: {warning}"
        return text


def _plural(n: int, one: str, many: str | None = None) -> str:
    return one if n == 1 else (many or one + "s")


@dataclass
class ParsedImport:
    """Good rows ready for the store. ``extra_conduct`` belongs to people already in the store."""

    people: list[Person]
    report: ImportReport
    extra_conduct: list[ConductEntry] = field(default_factory=list)
