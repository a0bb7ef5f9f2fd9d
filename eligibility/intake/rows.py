"""Row validation: one roster or conduct row in, the record's fields or every problem with the row out.

A row with any problem is rejected whole (a person with a wrong date of birth must not be screened on it),
and all of its problems are reported at once, so the user fixes a row in one pass.
"""

from __future__ import annotations

import itertools
import operator
import unicodedata
from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import TypeVar

from eligibility.gcpause import release_gradually
from eligibility.intake import values as V
from eligibility.intake.columns import CANONICAL_CONDUCT_COLUMNS, CANONICAL_ROSTER_COLUMNS
from eligibility.intake.errors import RowError
from eligibility.records import ConductEntry, ConductKind, CustodyBreak

REQUIRED_EXPECTED = "a value (this column is required)"
EARLIEST_DATE = date(1900, 1, 1)
_DASHES_AT = operator.itemgetter(4, 7)
_NOT_ONE = object()  # what a lookup of a value outside a vocabulary returns on the block path
T = TypeVar("T")


class _RowContext:
    """Cleans the cells of one table and turns failures into RowErrors for the current row."""

    def __init__(self, *, file_name: str, indexes: dict[str, int], width: int, today: date) -> None:
        self.file_name = file_name
        self.names = tuple(indexes)
        # itemgetter pulls every mapped cell in one C call: this loop runs once per row of files with
        # 100,000 rows. It returns a tuple because every table has at least three (required) columns.
        self.pick = operator.itemgetter(*indexes.values())
        self.min_len = max(indexes.values()) + 1
        self.width = width
        # For the fast path: every canonical field in contract order, absent columns reading as the ""
        # appended after the last cell.
        self.pick_all = operator.itemgetter(*(indexes.get(c, width) for c in self.CANONICAL))
        self.canonical_at = tuple(indexes.get(c, width) for c in self.CANONICAL)
        self.today = today
        self.future_expected = f"a date on or before {today.isoformat()} (it cannot be in the future)"

    CANONICAL: tuple[str, ...] = ()  # the file kind's canonical columns, in contract order (set by each subclass)

    def fast_cells(self, raw: list[str]) -> list[str] | None:
        """All canonical fields of a well-formed row, or None to send the row down the careful path."""
        if len(raw) != self.width:
            return None
        stripped = [t.strip() for t in self.pick_all(raw + [""])]
        joined = "\x00" + "\x00".join(stripped)
        if "\x00'" in joined:
            return None  # a guard apostrophe to remove: rare, left to clean()
        if not joined.isascii():
            return [unicodedata.normalize("NFC", t) for t in stripped]
        return stripped

    def block_columns(self, raws: Sequence[list[str]]) -> list[list[str]] | None:
        """``fast_cells`` for a block of rows at once: every canonical column, cleaned, or None.

        Column by column, each step is one pass in C over the block instead of Python code per cell. None
        (a row of another width, a guard apostrophe) sends the block row by row through ``read``.
        """
        if set(map(len, raws)) != {self.width}:
            return None
        columns = list(zip(*raws))
        blank = ("",) * len(raws)
        out: list[list[str]] = []
        for at in self.canonical_at:
            cells = list(map(str.strip, columns[at])) if at < self.width else list(blank)
            joined = "\x00" + "\x00".join(cells)
            if "\x00'" in joined:
                return None
            if not joined.isascii():
                cells = [t if t.isascii() else unicodedata.normalize("NFC", t) for t in cells]
            out.append(cells)
        return out

    def clean(self, raw: list[str]) -> dict[str, str]:
        """Mapped cells by field name, stripped, with any export guard apostrophe removed.

        Text is brought to Unicode NFC: macOS and some databases export "Peña" as "n" plus a combining
        tilde, which looks the same but would not match a search for the name or an earlier import.
        """
        if len(raw) < self.min_len:
            raw = raw + [""] * (self.min_len - len(raw))
        stripped = [t.strip() for t in self.pick(raw)]
        joined = "\x00" + "\x00".join(stripped)
        if "\x00'" in joined:
            stripped = [V.unneutralize(t) for t in stripped]
        if not joined.isascii():
            stripped = [unicodedata.normalize("NFC", t) for t in stripped]
        return dict(zip(self.names, stripped))

    def extra_cells_error(self, raw: list[str], row: int) -> RowError | None:
        if len(raw) <= self.width:
            return None
        for offset, text in enumerate(raw[self.width:]):
            if text.strip():
                return RowError(self.file_name, row, f"(cell {self.width + offset + 1}, no header)", text.strip(),
                                f"no value beyond the {self.width} header columns (a comma or separator "
                                f"inside an unquoted value shifts the cells)")
        return None


def _iso_date(text: str) -> date | None:
    """``V.parse_date`` for its YYYY-MM-DD form only; None for anything else (the row path decides)."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _iso_dates(cells: list[str]) -> list[date] | None:
    """A column of YYYY-MM-DD dates, or None if any cell is another form, not a date or empty."""
    if set(map(len, cells)) != {10} or set(map(_DASHES_AT, cells)) != {("-", "-")}:
        return None
    try:
        return list(map(date.fromisoformat, cells))
    except ValueError:
        return None


def _whole_numbers(cells: list[str]) -> list[int | None] | None:
    """A column of ``V.parse_whole_number`` values, empty cells as None; None if any cell is not one."""
    parsed: dict[str, int | None] = {"": None}
    for text in set(cells):
        if text:
            if not text.isascii() or not text.isdigit():
                return None
            parsed[text] = int(text)
    return list(map(parsed.__getitem__, cells))


def _flag_sets(cells: list[str]) -> list[frozenset] | None:
    """A column of flag sets, each distinct text parsed once; None if any names an unknown flag."""
    parsed: dict[str, frozenset] = {"": frozenset()}
    for text in set(cells):
        if text:
            flags, unknown = V.parse_flags(text)
            if unknown:
                return None
            parsed[text] = flags
    return list(map(parsed.__getitem__, cells))


class _Row:
    """One row on the careful pass: its cleaned cells, and the problems found so far."""

    def __init__(self, ctx: _RowContext, raw: list[str], row: int) -> None:
        self.ctx = ctx
        self.row = row
        self.cells = ctx.clean(raw)
        self.errors: list[RowError] = []
        extra = ctx.extra_cells_error(raw, row)
        if extra is not None:
            self.errors.append(extra)

    def text(self, field: str) -> str:
        return self.cells.get(field, "")

    def error(self, field: str, expected: str, *, value: str | None = None) -> None:
        self.errors.append(RowError(self.ctx.file_name, self.row, field,
                                    self.text(field) if value is None else value, expected))

    def required(self, field: str) -> str:
        text = self.text(field)
        if not text:
            self.error(field, REQUIRED_EXPECTED)
        return text

    def date(self, field: str, *, required: bool) -> date | None:
        text = self.text(field)
        if not text:
            if required:
                self.error(field, REQUIRED_EXPECTED)
            return None
        try:
            value = V.parse_date(text)
        except ValueError:
            self.error(field, V.DATE_EXPECTED)
            return None
        if value > self.ctx.today:
            self.error(field, self.ctx.future_expected)
            return None
        if value < EARLIEST_DATE:
            self.error(field, "a date in 1900 or later")
            return None
        return value

    def vocabulary(self, field: str, parse: Callable[[str], T], expected: str, *, required: bool) -> T | None:
        """A value from a fixed list; ``parse`` raises KeyError or ValueError for anything else."""
        text = self.required(field) if required else self.text(field)
        if not text:
            return None
        try:
            return parse(text)
        except (KeyError, ValueError):
            self.error(field, expected)
            return None


class RosterRows(_RowContext):
    """Validates roster rows of one file, remembering person_ids to catch duplicates."""

    def __init__(self, *, file_name: str, indexes: dict[str, int], width: int, today: date) -> None:
        super().__init__(file_name=file_name, indexes=indexes, width=width, today=today)
        self.first_row_of: dict[str, int] = {}

    CANONICAL = CANONICAL_ROSTER_COLUMNS

    def read(self, raw: list[str], row: int) -> tuple[tuple[object, ...] | None, list[RowError]]:
        """Person's positional arguments up to ``sex`` (conduct comes later), or None and the errors.

        Most rows of a real roster are fine, so a lean pass that only says yes or no goes first; any doubt
        sends the row through the careful pass, which is the one that words the errors. Both apply the
        same rules (tests/intake/test_fast_path.py checks that they agree).
        """
        try:
            fields = self._fast(raw, row)
        except (ValueError, KeyError):
            fields = None
        if fields is not None:
            return fields, []
        return self._careful(raw, row)

    def _fast(self, raw: list[str], row: int) -> tuple[object, ...] | None:
        cells = self.fast_cells(raw)
        if cells is None:
            return None
        (pid, last, first, dob_t, jur_t, off_t, cus_t, brk_t, sd_t, st_t, ty_t, tm_t, mt_t, offense_text,
         case_number, county, flags_t, race, sex) = cells
        if not (pid and last and first) or pid in self.first_row_of:
            return None
        today, earliest, parse = self.today, EARLIEST_DATE, V.parse_date
        dob, offense, custody = parse(dob_t), parse(off_t), parse(cus_t)
        if not (earliest <= dob <= offense <= today and dob <= custody <= today):
            return None
        sentence_date = None
        if sd_t:
            sentence_date = parse(sd_t)
            if not offense <= sentence_date <= today:
                return None
        breaks: tuple[CustodyBreak, ...] = ()
        if brk_t:
            breaks = V.parse_breaks(brk_t)
            if breaks and (breaks[0].start < custody or breaks[-1].end > today):
                return None
            for earlier, later in itertools.pairwise(breaks):
                if later.start < earlier.end:
                    return None
        flags: frozenset = frozenset()
        if flags_t:
            flags, unknown = V.parse_flags(flags_t)
            if unknown:
                return None
        whole = V.parse_whole_number
        fields = (pid, last, first, dob, V.parse_jurisdiction(jur_t), offense, custody,
                  V.parse_sentence_type(st_t), breaks, sentence_date, whole(ty_t) if ty_t else None,
                  whole(tm_t) if tm_t else None, whole(mt_t) if mt_t else None, offense_text, case_number,
                  county, flags, race, sex)
        self.first_row_of[pid] = row
        return fields

    def read_block(self, raws: Sequence[list[str]], first_row: int) -> list[tuple[object, ...]] | None:
        """``read`` for a block of rows (the first is spreadsheet row ``first_row``) that all pass the lean
        pass: each person's fields, in row order; or None to read the block row by row.

        The rules of ``_fast`` applied a column at a time (tests/intake/test_block_path.py checks that both
        give the same fields); rows with dates in any other form than YYYY-MM-DD are left to the row path.
        """
        columns = self.block_columns(raws)
        if columns is None:
            return None
        (pids, lasts, firsts, dob_t, jur_t, off_t, cus_t, brk_t, sd_t, st_t, ty_t, tm_t, mt_t, offense_texts,
         case_numbers, counties, flags_t, races, sexes) = columns
        n = len(pids)
        if "" in pids or "" in lasts or "" in firsts or len(set(pids)) != n \
                or not self.first_row_of.keys().isdisjoint(pids):
            return None
        dobs, offenses, custody = _iso_dates(dob_t), _iso_dates(off_t), _iso_dates(cus_t)
        if dobs is None or offenses is None or custody is None:
            return None
        le, today = operator.le, self.today
        if (min(dobs) < EARLIEST_DATE or max(offenses) > today or max(custody) > today
                or not all(map(le, dobs, offenses)) or not all(map(le, dobs, custody))):
            return None
        sentence_dates: list[date | None] = [None] * n
        if any(sd_t):
            for i, text in enumerate(sd_t):
                if text:
                    when = _iso_date(text)
                    if when is None or not offenses[i] <= when <= today:
                        return None
                    sentence_dates[i] = when
        breaks: list[tuple[CustodyBreak, ...]] = [()] * n
        if any(brk_t):
            for i, text in enumerate(brk_t):
                if text:
                    try:
                        periods = V.parse_breaks(text)
                    except ValueError:
                        return None
                    if periods and (periods[0].start < custody[i] or periods[-1].end > today):
                        return None
                    for earlier, later in itertools.pairwise(periods):
                        if later.start < earlier.end:
                            return None
                    breaks[i] = periods
        jurisdictions = list(map(V.JURISDICTION_BY_UPPER.get, map(str.upper, jur_t)))
        sentence_types = list(map(V.SENTENCE_TYPE_BY_LOWER.get, map(str.lower, st_t)))
        if None in jurisdictions or None in sentence_types:
            return None
        numbers = [_whole_numbers(col) for col in (ty_t, tm_t, mt_t)]
        flags = _flag_sets(flags_t)
        if numbers[0] is None or numbers[1] is None or numbers[2] is None or flags is None:
            return None
        self.first_row_of.update(zip(pids, range(first_row, first_row + n)))
        return list(zip(pids, lasts, firsts, dobs, jurisdictions, offenses, custody, sentence_types, breaks,
                        sentence_dates, numbers[0], numbers[1], numbers[2], offense_texts, case_numbers, counties,
                        flags, races, sexes))

    def _careful(self, raw: list[str], row: int) -> tuple[tuple[object, ...] | None, list[RowError]]:
        r = _Row(self, raw, row)
        person_id = r.required("person_id")
        if person_id:
            first = self.first_row_of.setdefault(person_id, row)
            if first != row:
                r.error("person_id", f"a person_id used only once in this file (already used on row {first})")
        last_name = r.required("last_name")
        first_name = r.required("first_name")
        dob = r.date("date_of_birth", required=True)
        jurisdiction = r.vocabulary("jurisdiction", V.parse_jurisdiction, V.JURISDICTION_EXPECTED, required=True)
        offense = r.date("offense_date", required=True)
        if offense is not None and dob is not None and offense < dob:
            r.error("offense_date", "a date on or after date_of_birth")
        custody = r.date("custody_start", required=True)
        if custody is not None and dob is not None and custody < dob:
            r.error("custody_start", "a date on or after date_of_birth")
        breaks = self._breaks(r, custody)
        sentence_date = r.date("sentence_date", required=False)
        if sentence_date is not None and offense is not None and sentence_date < offense:
            r.error("sentence_date", "a date on or after offense_date")
        sentence_type = r.vocabulary("sentence_type", V.parse_sentence_type, V.SENTENCE_TYPE_EXPECTED,
                                     required=True)
        term_years = r.vocabulary("term_years", V.parse_whole_number, "a whole number of years, 0 or more",
                                  required=False)
        term_months = r.vocabulary("term_months", V.parse_whole_number, "a whole number of months, 0 or more",
                                   required=False)
        min_term = r.vocabulary("min_term_years", V.parse_whole_number, "a whole number of years, 0 or more",
                                required=False)
        flags_text = r.text("flags")
        flags, unknown = V.parse_flags(flags_text) if flags_text else (frozenset(), [])
        if unknown:
            listed = ", ".join(repr(u) for u in unknown)
            r.error("flags", f"known flags separated by ';' ({listed} is not one; known flags are "
                             f"{V.FLAGS_KNOWN})")
        if r.errors:
            return None, r.errors
        # Positional, in Person's field order: building 100,000 people from keyword dicts is measurably slower.
        return (person_id, last_name, first_name, dob, jurisdiction, offense, custody, sentence_type, breaks,
                sentence_date, term_years, term_months, min_term, r.text("controlling_offense"),
                r.text("case_number"), r.text("county"), flags, r.text("race_ethnicity"), r.text("sex")), []

    def _breaks(self, r: _Row, custody: date | None) -> tuple[CustodyBreak, ...]:
        text = r.text("custody_breaks")
        if not text:
            return ()
        try:
            breaks = V.parse_breaks(text)
        except ValueError:
            r.error("custody_breaks", V.BREAKS_EXPECTED)
            return ()
        for earlier, later in itertools.pairwise(breaks):
            if later.start < earlier.end:
                r.error("custody_breaks", f"periods that do not overlap ({V.format_break(earlier)} overlaps "
                                          f"{V.format_break(later)})")
                break
        if custody is not None and breaks and breaks[0].start < custody:
            r.error("custody_breaks", "periods that start on or after custody_start (a break is time out of "
                                      "custody after it began)")
        if breaks and breaks[-1].end > self.today:
            r.error("custody_breaks", f"periods that end on or before {self.today.isoformat()} (the day back "
                                      f"in custody cannot be in the future)")
        return breaks


class ConductRows(_RowContext):
    """Validates conduct rows against the people of the roster and of the store, merging repeated rows."""

    def __init__(self, *, file_name: str, indexes: dict[str, int], width: int, today: date,
                 roster_ids: Collection[str], rejected_roster_rows: dict[str, int], roster_name: str,
                 known_person_ids: Collection[str]) -> None:
        super().__init__(file_name=file_name, indexes=indexes, width=width, today=today)
        self.roster_ids = roster_ids
        self.rejected = rejected_roster_rows
        self.roster_name = roster_name
        self.known = known_person_ids
        self.seen: set[tuple[object, ...]] = set()
        # The same keys in a list: freeing them from it, a slice at a time in the order they came, is six
        # times quicker than from the set (whose order scatters them over memory), and keeps no one long.
        self._kept: list[tuple[object, ...]] = []
        self.duplicates = 0

    def read_block(self, raws: Sequence[list[str]]) -> list[ConductEntry] | None:
        """The entries of a block of rows, repeats left out, when every row passes the lean pass; else None.

        The same rules as ``_fast`` applied column by column (tests/intake/test_block_path.py checks that
        both give the same entries, repeats and order); None sends the block row by row through ``read``,
        which words any errors. Rows of a clean 378,000-row file cost a third of what they did one by one.
        """
        columns = self.block_columns(raws)
        if columns is None:
            return None
        person_ids, date_texts, kind_texts, division_texts, violent_texts, descriptions = columns
        if "" in person_ids or not self._all_known(person_ids):
            return None
        if (set(map(len, date_texts)) != {10}
                or set(map(_DASHES_AT, date_texts)) != {("-", "-")}):  # V.parse_date's ISO form only
            return None
        try:
            dates = list(map(date.fromisoformat, date_texts))
        except ValueError:
            return None
        if min(dates) < EARLIEST_DATE or max(dates) > self.today:
            return None
        kinds = list(map(V.KIND_BY_LOWER.get, map(str.lower, kind_texts)))
        divisions = list(map(V.DIVISION_BY_UPPER.get, map(str.upper, division_texts), itertools.repeat(_NOT_ONE)))
        violent = list(map(V.VIOLENT_BY_LOWER.get, map(str.lower, violent_texts), itertools.repeat(_NOT_ONE)))
        if None in kinds or _NOT_ONE in divisions or _NOT_ONE in violent:
            return None
        if not set(itertools.compress(kinds, divisions)) <= {ConductKind.SERIOUS_RVR}:
            return None  # a division on an entry that is not a serious rules violation
        keys = list(zip(person_ids, dates, kinds, divisions, violent, descriptions))
        fresh = dict.fromkeys(keys)  # first of each repeat within the block, in row order
        seen = self.seen
        if seen.isdisjoint(fresh):
            self.duplicates += len(keys) - len(fresh)
            seen.update(fresh)
            self._kept.extend(fresh)
            return list(itertools.starmap(ConductEntry, fresh))
        entries: list[ConductEntry] = []
        for key in keys:  # repeats of rows of earlier blocks: rare, so the plain loop
            if key in seen:
                self.duplicates += 1
            else:
                seen.add(key)
                self._kept.append(key)
                entries.append(ConductEntry(*key))
        return entries

    def _all_known(self, person_ids: list[str]) -> bool:
        """Whether ``_fast`` would accept every one of ``person_ids`` (the roster's, or the store's people)."""
        for pid in itertools.filterfalse(self.roster_ids.__contains__, person_ids):
            if pid in self.rejected or pid not in self.known:
                return False
        return True

    def release(self) -> None:
        """Forget the rows seen: a set of 378,000 row keys freed in one go holds the interpreter for 80 ms
        (the window of a background import freezes meanwhile); the set is dropped while the list still holds
        the keys, then the list lets go of them a slice at a time."""
        self.seen = set()
        release_gradually(self._kept)

    CANONICAL = CANONICAL_CONDUCT_COLUMNS

    def read(self, raw: list[str], row: int) -> tuple[ConductEntry | None, list[RowError]]:
        """The entry; or None with no errors for a repeat of an earlier row; or None and the errors.

        A lean pass first, as for roster rows.
        """
        try:
            key = self._fast(raw)
        except (ValueError, KeyError):
            key = None
        if key is None:
            return self._careful(raw, row)
        if key in self.seen:
            self.duplicates += 1
            return None, []
        self.seen.add(key)
        self._kept.append(key)
        return ConductEntry(*key), []  # type: ignore[arg-type]

    def _fast(self, raw: list[str]) -> tuple[object, ...] | None:
        cells = self.fast_cells(raw)
        if cells is None:
            return None
        person_id, date_t, kind_t, division_t, violent_t, description = cells
        if person_id not in self.roster_ids and (person_id in self.rejected or person_id not in self.known):
            return None
        when = V.parse_date(date_t)
        if not EARLIEST_DATE <= when <= self.today:
            return None
        kind, division = V.parse_kind(kind_t), V.parse_division(division_t)
        if division is not None and kind is not ConductKind.SERIOUS_RVR:
            return None
        return (person_id, when, kind, division, V.parse_violent(violent_t), description)

    def _careful(self, raw: list[str], row: int) -> tuple[ConductEntry | None, list[RowError]]:
        r = _Row(self, raw, row)
        person_id = r.required("person_id")
        if person_id and person_id not in self.roster_ids:
            rejected_row = self.rejected.get(person_id)
            if rejected_row is not None:
                r.error("person_id", f"a person whose roster row was accepted ({self.roster_name} row "
                                     f"{rejected_row} was rejected)")
            elif person_id not in self.known:
                r.error("person_id", "a person_id in the roster file or already in the case store")
        when = r.date("date", required=True)
        kind = r.vocabulary("kind", V.parse_kind, V.KIND_EXPECTED, required=True)
        division = r.vocabulary("division", V.parse_division, V.DIVISION_EXPECTED, required=False)
        if division is not None and kind is not None and kind is not ConductKind.SERIOUS_RVR:
            # Only serious rules violations are classified by division (A-1 to F); a division on any
            # other entry means a column was shifted or the kind is wrong.
            r.error("division", "empty unless kind is serious_rvr")
        violent = r.vocabulary("violent", V.parse_violent, V.VIOLENT_EXPECTED, required=False)
        if r.errors:
            return None, r.errors
        key = (person_id, when, kind, division, violent, r.text("description"))
        if key in self.seen:
            self.duplicates += 1
            return None, []
        self.seen.add(key)
        self._kept.append(key)
        return ConductEntry(*key), []  # type: ignore[arg-type]
