"""Turn a roster file (CSV in whatever encoding and delimiter an office exports, or .xlsx) into rows of text.

Everything downstream sees plain strings, so CSV and Excel cells go through the same validation.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from eligibility.intake.errors import IntakeError

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_CANDIDATE_DELIMITERS = (";", "\t", "|")


@dataclass
class Table:
    """A file's header and data rows. ``rows[i]`` is spreadsheet row ``i + 2`` (the header is row 1)."""

    name: str
    header: list[str]
    rows: list[list[str]]
    warnings: list[str] = field(default_factory=list)


def read_table(path: Path, *, max_rows: int | None = None) -> Table:
    path = Path(path)
    if path.suffix.lower() in (".xls", ".xlsb", ".ods"):
        raise IntakeError(f"{path.name} is a {path.suffix.lower()} spreadsheet, which cannot be read here. "
                          "Save it as an Excel workbook (.xlsx) or as CSV and import that.")
    try:
        if path.suffix.lower() in EXCEL_SUFFIXES:
            return _read_xlsx(path, max_rows=max_rows)
        return _read_csv(path, max_rows=max_rows)
    except OSError as exc:
        raise IntakeError(f"{path.name} could not be read: {exc.strerror or exc}.") from exc


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """UTF-8 first (with or without BOM), then UTF-16 when it says so, then cp1252 with a warning.

    cp1252 is a superset of Latin-1 for every printable character, so "Peña" from an old Excel export
    survives; the warning tells the user to check names, because a wrong guess would garble them quietly.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise IntakeError(f"{name} is not a text CSV file (it starts like UTF-16 but does not "
                              f"decode).") from exc
    if b"\x00" in data:
        raise IntakeError(f"{name} is not a text CSV file (it contains binary data). "
                          "If it is an Excel workbook, save it with the .xlsx extension.")
    try:
        return decode_in_slices(data, "utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    data = data.removeprefix(codecs.BOM_UTF8)  # a BOM pasted onto Windows-1252 text: the text is what counts
    try:
        text = decode_in_slices(data, "cp1252")
    except UnicodeDecodeError as exc:
        raise IntakeError(f"{name} is not a text CSV file (its bytes are neither UTF-8 nor "
                          f"Windows-1252 text).") from exc
    return text, [(f"{name} is not UTF-8; it was read as Windows-1252 (Latin-1). Check that names with "
                  f"accents (such as Peña) look right, and save as UTF-8 next time.")]


_DECODE_SLICE = 1 << 20


def decode_in_slices(data: bytes, encoding: str, *, size: int = _DECODE_SLICE) -> str:
    """``data.decode(encoding)``, a megabyte at a time.

    Decoding a 25 MB file is one call that keeps every other thread waiting (20 ms, and 70 ms on a busy
    machine: the window of a background import froze meanwhile). An incremental decoder gives the same
    text, or raises the same UnicodeDecodeError, and lets other threads run between slices.
    """
    if len(data) <= size:
        return data.decode(encoding)
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    parts = [decoder.decode(view[i:i + size]) for i in range(0, len(data), size)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def sniff_delimiter(header_line: str) -> str:
    """Comma unless the header has none and one other separator clearly is one.

    Only the header line is looked at: data rows hold free text (offense descriptions, notes) whose
    punctuation would mislead csv.Sniffer, while headers are short names. Counting is more predictable
    than Sniffer on a single line.
    """
    if "," in header_line:
        return ","
    counts = {d: header_line.count(d) for d in _CANDIDATE_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _read_csv(path: Path, *, max_rows: int | None) -> Table:
    data = path.read_bytes()
    # ``isspace`` rather than ``strip``: the same test without copying a file of tens of megabytes.
    if not data or data.isspace():
        raise IntakeError(f"{path.name} is empty.")
    text, warnings = decode_text(data, path.name)
    del data
    if not text or text.isspace():
        raise IntakeError(f"{path.name} is empty.")
    text = text.lstrip("\ufeff")
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]
    reader = csv.reader(_lines(text, _PIECE), delimiter=sniff_delimiter(first_line))
    try:
        header = next(reader)
        rows = _read_all(reader) if max_rows is None else _take(reader, max_rows)
    except csv.Error as exc:
        raise IntakeError(f"{path.name} could not be read as CSV: {exc}.") from exc
    return _finish(path.name, header=header, rows=rows, warnings=warnings)


_SLICE = 4096
_PIECE = 1 << 18  # characters of text handed to the CSV reader at a time


def _lines(text: str, piece: int = _PIECE) -> Iterator[str]:
    """The lines of ``text`` exactly as a file opened with ``newline=""`` yields them, a piece at a time.

    One ``io.StringIO`` over a whole 25 MB file copies it into a buffer four times its size in a single call
    (70 ms during which no other thread runs: a frozen window when the import is in the background).
    Pieces end just after a line break, so no line is cut: after a "\n", or after a lone "\r" (old Mac line
    ends; then no "\n" follows anywhere). A quoted cell spanning lines still reaches the CSV reader as it
    would from a file, line after line. The lines of each piece are chained in C, not yielded one by one.
    """
    return itertools.chain.from_iterable(io.StringIO(p, newline="") for p in _pieces(text, piece))


def _pieces(text: str, piece: int) -> Iterator[str]:
    start, size = 0, len(text)
    while start < size:
        cut = text.find("\n", start + piece)
        if cut < 0:
            cut = text.find("\r", start + piece)
        end = size if cut < 0 else cut + 1
        yield text[start:end]
        start = end


def _read_all(rows: Iterator[list[str]]) -> list[list[str]]:
    """Every row, parsed a slice at a time.

    ``list(reader)`` parses the whole file in one call that never lets another thread run: 0.4 s for a
    100,000-row roster during which the window of an import running in the background could not repaint.
    Between slices of a few milliseconds the interpreter can switch threads; the rows are the same.
    """
    out: list[list[str]] = []
    extend = out.extend
    while True:
        before = len(out)
        extend(itertools.islice(rows, _SLICE))
        if len(out) - before < _SLICE:
            return out


def _take(rows: Iterator[list[str]], max_rows: int) -> list[list[str]]:
    """Rows up to and including the ``max_rows``-th non-blank one (a preview should not show gaps)."""
    taken: list[list[str]] = []
    filled = 0
    for row in rows:
        if filled >= max_rows:
            break
        taken.append(row)
        if any(c.strip() for c in row):
            filled += 1
    return taken


def _finish(name: str, *, header: list[str], rows: list[list[str]], warnings: list[str]) -> Table:
    if not any(h.strip() for h in header):
        raise IntakeError(f"{name} has no header row (the first row is blank).")
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()  # trailing blank rows are what spreadsheets leave behind, not data
    return Table(name=name, header=[h.strip() for h in header], rows=rows, warnings=warnings)


def excel_cell_text(value: object) -> str:
    """A cell as the text a CSV export of it would hold, with dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, *, max_rows: int | None) -> Table:
    import openpyxl  # imported here: only Excel imports pay its start-up cost

    if path.stat().st_size == 0:
        raise IntakeError(f"{path.name} is empty.")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IntakeError(f"{path.name} is not an Excel workbook that can be read ({exc}).") from exc
    try:
        sheet = workbook.active if workbook.active is not None else workbook.worksheets[0]
        rows_iter: Iterator[tuple[object, ...]] = sheet.iter_rows(values_only=True)
        header_cells = next(rows_iter, None)
        if header_cells is None:
            raise IntakeError(f"{path.name} is empty (its first sheet has no rows).")
        header = [excel_cell_text(c) for c in header_cells]
        while header and not header[-1].strip():
            header.pop()
        texts = ([excel_cell_text(c) for c in cells] for cells in rows_iter)
        rows = list(texts) if max_rows is None else _take(texts, max_rows)
    finally:
        workbook.close()
    return _finish(path.name, header=header, rows=rows, warnings=[])
