"""Row validation: one roster or conduct row in, the record's fields or every problem with the row out.

A row with any problem is rejected whole (a person with a wrong date of birth must not be screened on it),
and all of its problems are reported at once, so the user fixes a row in one pass.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Collection
from datetime import date

from eligibility.intake import values as V
from eligibility.intake.columns import CANONICAL_CONDUCT_COLUMNS, CANONICAL_ROSTER_COLUMNS
from eligibility.intake.errors import RowError
from eligibility.records import ConductEntry, CustodyBreak

REQUIRED_EXPECTED = "a value (this column is required)"
EARLIEST_DATE = date(1900, 1, 1)


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
        self.pick_all = operator.itemgetter(*(indexes.get(c, width) for c in self._canonical()))
        self.today = today
        self.future_expected = f"a date on or before {today.isoformat()} (it cannot be in the future)"

    @staticmethod
    def _canonical() -> tuple[str, ...]:
        raise NotImplementedError

    def fast_cells(self, raw: list[str]) -> list[str] | None:
        """All canonical fields of a well-formed row, or None to send the row down the careful path."""
        if len(raw) != self.width:
            return None
        stripped = [t.strip() for t in self.pick_all(raw + [""])]
        if "\x00'" in "\x00" + "\x00".join(stripped):
            return None  # a guard apostrophe to remove: rare, left to clean()
        return stripped

    def clean(self, raw: list[str]) -> dict[str, str]:
        """Mapped cells by field name, stripped, with any export guard apostrophe removed."""
        if len(raw) < self.min_len:
            raw = raw + [""] * (self.min_len - len(raw))
        stripped = [t.strip() for t in self.pick(raw)]
        if "\x00'" in "\x00" + "\x00".join(stripped):
            stripped = [V.unneutralize(t) for t in stripped]
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

    def date(self, cells: dict[str, str], field: str, row: int, errors: list[RowError], *,
             required: bool) -> date | None:
        text = cells.get(field, "")
        if not text:
            if required:
                errors.append(RowError(self.file_name, row, field, text, REQUIRED_EXPECTED))
            return None
        try:
            value = V.parse_date(text)
        except ValueError:
            errors.append(RowError(self.file_name, row, field, text, V.DATE_EXPECTED))
            return None
        if value > self.today:
            errors.append(RowError(self.file_name, row, field, text, self.future_expected))
            return None
        if value < EARLIEST_DATE:
            errors.append(RowError(self.file_name, row, field, text, "a date in 1900 or later"))
            return None
        return value

    def required_text(self, cells: dict[str, str], field: str, row: int, errors: list[RowError]) -> str:
        text = cells.get(field, "")
        if not text:
            errors.append(RowError(self.file_name, row, field, text, REQUIRED_EXPECTED))
        return text


class RosterRows(_RowContext):
    """Validates roster rows of one file, remembering person_ids to catch duplicates."""

    def __init__(self, *, file_name: str, indexes: dict[str, int], width: int, today: date) -> None:
        super().__init__(file_name=file_name, indexes=indexes, width=width, today=today)
        self.first_row_of: dict[str, int] = {}

    @staticmethod
    def _canonical() -> tuple[str, ...]:
        return CANONICAL_ROSTER_COLUMNS

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

    def _careful(self, raw: list[str], row: int) -> tuple[tuple[object, ...] | None, list[RowError]]:
        cells = self.clean(raw)
        errors: list[RowError] = []
        extra = self.extra_cells_error(raw, row)
        if extra is not None:
            errors.append(extra)
        f = self.file_name

        person_id = self.required_text(cells, "person_id", row, errors)
        if person_id:
            first = self.first_row_of.setdefault(person_id, row)
            if first != row:
                errors.append(RowError(f, row, "person_id", person_id,
                                       f"a person_id used only once in this file (already used on row {first})"))
        last_name = self.required_text(cells, "last_name", row, errors)
        first_name = self.required_text(cells, "first_name", row, errors)

        dob = self.date(cells, "date_of_birth", row, errors, required=True)
        jurisdiction = None
        text = self.required_text(cells, "jurisdiction", row, errors)
        if text:
            try:
                jurisdiction = V.parse_jurisdiction(text)
            except KeyError:
                errors.append(RowError(f, row, "jurisdiction", text, V.JURISDICTION_EXPECTED))

        offense = self.date(cells, "offense_date", row, errors, required=True)
        if offense is not None and dob is not None and offense < dob:
            errors.append(RowError(f, row, "offense_date", cells["offense_date"],
                                   "a date on or after date_of_birth"))
        custody = self.date(cells, "custody_start", row, errors, required=True)
        if custody is not None and dob is not None and custody < dob:
            errors.append(RowError(f, row, "custody_start", cells["custody_start"],
                                   "a date on or after date_of_birth"))
        breaks = self._breaks(cells.get("custody_breaks", ""), custody, row, errors)

        sentence_date = self.date(cells, "sentence_date", row, errors, required=False)
        if sentence_date is not None and offense is not None and sentence_date < offense:
            errors.append(RowError(f, row, "sentence_date", cells["sentence_date"],
                                   "a date on or after offense_date"))

        sentence_type = None
        text = self.required_text(cells, "sentence_type", row, errors)
        if text:
            try:
                sentence_type = V.parse_sentence_type(text)
            except KeyError:
                errors.append(RowError(f, row, "sentence_type", text, V.SENTENCE_TYPE_EXPECTED))

        terms: dict[str, int | None] = {}
        for field in ("term_years", "term_months", "min_term_years"):
            text = cells.get(field, "")
            terms[field] = None
            if text:
                try:
                    terms[field] = V.parse_whole_number(text)
                except ValueError:
                    unit = "months" if field == "term_months" else "years"
                    errors.append(RowError(f, row, field, text, f"a whole number of {unit}, 0 or more"))

        flags_text = cells.get("flags", "")
        flags, unknown = V.parse_flags(flags_text) if flags_text else (frozenset(), [])
        if unknown:
            listed = ", ".join(repr(u) for u in unknown)
            errors.append(RowError(f, row, "flags", flags_text,
                                   f"known flags separated by ';' ({listed} is not one; known flags are "
                                   f"{V.FLAGS_KNOWN})"))
        if errors:
            return None, errors
        # Positional, in Person's field order: building 100,000 people from keyword dicts is measurably slower.
        return (person_id, last_name, first_name, dob, jurisdiction, offense, custody, sentence_type, breaks,
                sentence_date, terms["term_years"], terms["term_months"], terms["min_term_years"],
                cells.get("controlling_offense", ""), cells.get("case_number", ""), cells.get("county", ""),
                flags, cells.get("race_ethnicity", ""), cells.get("sex", "")), []

    def _breaks(self, text: str, custody: date | None, row: int,
                errors: list[RowError]) -> tuple[CustodyBreak, ...]:
        if not text:
            return ()
        f = self.file_name
        try:
            breaks = V.parse_breaks(text)
        except ValueError:
            errors.append(RowError(f, row, "custody_breaks", text, V.BREAKS_EXPECTED))
            return ()
        for earlier, later in itertools.pairwise(breaks):
            if later.start < earlier.end:
                errors.append(RowError(f, row, "custody_breaks", text,
                                       f"periods that do not overlap ({V.format_break(earlier)} overlaps "
                                       f"{V.format_break(later)})"))
                break
        if custody is not None and breaks and breaks[0].start < custody:
            errors.append(RowError(f, row, "custody_breaks", text,
                                   "periods that start on or after custody_start (a break is time out of "
                                   "custody after it began)"))
        if breaks and breaks[-1].end > self.today:
            errors.append(RowError(f, row, "custody_breaks", text,
                                   f"periods that end on or before {self.today.isoformat()} (the day back "
                                   f"in custody cannot be in the future)"))
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
        self.duplicates = 0

    @staticmethod
    def _canonical() -> tuple[str, ...]:
        return CANONICAL_CONDUCT_COLUMNS

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
        return (person_id, when, V.parse_kind(kind_t), V.parse_division(division_t),
                V.parse_violent(violent_t), description)

    def _careful(self, raw: list[str], row: int) -> tuple[ConductEntry | None, list[RowError]]:
        cells = self.clean(raw)
        errors: list[RowError] = []
        extra = self.extra_cells_error(raw, row)
        if extra is not None:
            errors.append(extra)
        f = self.file_name

        person_id = self.required_text(cells, "person_id", row, errors)
        if person_id and person_id not in self.roster_ids:
            rejected_row = self.rejected.get(person_id)
            if rejected_row is not None:
                errors.append(RowError(f, row, "person_id", person_id,
                                       f"a person whose roster row was accepted ({self.roster_name} row "
                                       f"{rejected_row} was rejected)"))
            elif person_id not in self.known:
                errors.append(RowError(f, row, "person_id", person_id,
                                       "a person_id in the roster file or already in the case store"))
        when = self.date(cells, "date", row, errors, required=True)
        kind = None
        text = self.required_text(cells, "kind", row, errors)
        if text:
            try:
                kind = V.parse_kind(text)
            except KeyError:
                errors.append(RowError(f, row, "kind", text, V.KIND_EXPECTED))
        division = None
        text = cells.get("division", "")
        try:
            division = V.parse_division(text)
        except KeyError:
            errors.append(RowError(f, row, "division", text, V.DIVISION_EXPECTED))
        violent = None
        text = cells.get("violent", "")
        try:
            violent = V.parse_violent(text)
        except ValueError:
            errors.append(RowError(f, row, "violent", text, V.VIOLENT_EXPECTED))
        if errors:
            return None, errors
        description = cells.get("description", "")
        key = (person_id, when, kind, division, violent, description)
        if key in self.seen:
            self.duplicates += 1
            return None, []
        self.seen.add(key)
        return ConductEntry(person_id=person_id, date=when, kind=kind, division=division,  # type: ignore[arg-type]
                            violent=violent, description=description), []
