"""What can go wrong while reading a roster: a whole file, one cell, or the user pressing Cancel."""

from __future__ import annotations

from dataclasses import dataclass


class IntakeError(Exception):
    """A problem with a whole file (empty, binary, unreadable, a required column missing).

    The message is a plain sentence that names the file, because it is shown to the user as it is.
    """


class IntakeCancelled(Exception):
    """The user cancelled a long import; nothing has been returned, so nothing needs undoing."""


@dataclass(frozen=True, slots=True)
class RowError:
    """One bad cell. ``row`` is the row number a spreadsheet shows (the header is row 1)."""

    file: str
    row: int
    column: str
    value: str
    expected: str

    def __str__(self) -> str:
        return f"{self.file}, row {self.row}, column {self.column}: {self.value!r} — expected {self.expected}"
