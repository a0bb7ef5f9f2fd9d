"""Plain domain records shared by every layer.

Frozen dataclasses with ``datetime.date`` dates and tuples for collections: a change makes a new object
with ``dataclasses.replace``. The string values of the enums are the canonical values of the interchange
contract (shared/contracts/interchange.md), so they can be written to CSV, JSON and the store unchanged.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any


def _quick_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that stores through the slot descriptors.

    The generated ``__init__`` of a frozen dataclass goes through ``object.__setattr__`` once per field,
    which costs about 0.2 µs a field; the engine builds a dozen records per person and the importer four
    per person, so at 100,000 people that alone was seconds. Writing through each slot's own descriptor
    is less than half the cost. The signature, defaults, default factories, immutability, equality,
    ``dataclasses.replace`` and pickling all stay exactly as the dataclass made them.
    """
    names: dict[str, Any] = {"_MISSING": MISSING}
    params: list[str] = []
    body: list[str] = []
    for f in fields(cls):
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not MISSING:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
            body.append(f"    _set_{f.name}(self, {f.name})")
        elif f.default_factory is not MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            body.append(f"    _set_{f.name}(self, _factory_{f.name}() if {f.name} is _MISSING else {f.name})")
        else:
            params.append(f.name)
            body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(source, names)  # noqa: S102 - built from the class's own field names, as dataclasses itself does
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls


class Jurisdiction(StrEnum):
    CA = "CA"
    US = "US"
    DC = "DC"
    MD = "MD"


JURISDICTION_NAMES: dict[Jurisdiction, str] = {
    Jurisdiction.CA: "California",
    Jurisdiction.US: "Federal",
    Jurisdiction.DC: "District of Columbia",
    Jurisdiction.MD: "Maryland",
}


class SentenceType(StrEnum):
    DETERMINATE = "determinate"
    LIFE = "life"  # life with the possibility of parole
    LWOP = "lwop"
    DEATH = "death"


SENTENCE_TYPE_NAMES: dict[SentenceType, str] = {
    SentenceType.DETERMINATE: "Determinate term",
    SentenceType.LIFE: "Life with the possibility of parole",
    SentenceType.LWOP: "Life without the possibility of parole",
    SentenceType.DEATH: "Death",
}


class Flag(StrEnum):
    THIRD_STRIKE = "third_strike"
    SECOND_STRIKE = "second_strike"
    ONE_STRIKE = "one_strike"
    MALICE_OFFENSE_AFTER_26 = "malice_offense_after_26"
    PEACE_OFFICER_MURDER = "peace_officer_murder"
    TRIED_AS_ADULT = "tried_as_adult"
    VIOLENT_FELONY = "violent_felony"
    SERIOUS_FELONY = "serious_felony"
    SEX_OFFENDER_REGISTRANT = "sex_offender_registrant"
    TERMINAL_ILLNESS = "terminal_illness"
    PERMANENT_INCAPACITY = "permanent_incapacity"
    AGING_DETERIORATION = "aging_deterioration"


FLAG_MEANINGS: dict[Flag, str] = {
    Flag.THIRD_STRIKE: "Sentenced under Three Strikes as a third striker",
    Flag.SECOND_STRIKE: "Term doubled under Three Strikes (second striker)",
    Flag.ONE_STRIKE: "Sentenced under the One Strike law (PC 667.61)",
    Flag.MALICE_OFFENSE_AFTER_26: "After turning 26, an offense with malice aforethought or a life term",
    Flag.PEACE_OFFICER_MURDER: "First-degree murder of a peace officer",
    Flag.TRIED_AS_ADULT: "A minor tried in adult court",
    Flag.VIOLENT_FELONY: "Violent felony (PC 667.5(c))",
    Flag.SERIOUS_FELONY: "Serious felony (PC 1192.7(c))",
    Flag.SEX_OFFENDER_REGISTRANT: "Required to register as a sex offender",
    Flag.TERMINAL_ILLNESS: "Terminal illness",
    Flag.PERMANENT_INCAPACITY: "Permanent medical incapacity",
    Flag.AGING_DETERIORATION: "Serious deterioration of health from aging",
}


class ConductKind(StrEnum):
    SERIOUS_RVR = "serious_rvr"
    ADMINISTRATIVE_RVR = "administrative_rvr"
    COUNSELING = "counseling"  # CDC 128-A
    LAUDATORY = "laudatory"  # laudatory chrono
    PROGRAM = "program"  # completed programme, course or degree
    WORK = "work"


CONDUCT_KIND_NAMES: dict[ConductKind, str] = {
    ConductKind.SERIOUS_RVR: "Serious rules violation (115)",
    ConductKind.ADMINISTRATIVE_RVR: "Administrative rules violation (115)",
    ConductKind.COUNSELING: "Counseling chrono (128-A)",
    ConductKind.LAUDATORY: "Laudatory chrono",
    ConductKind.PROGRAM: "Programme completed",
    ConductKind.WORK: "Work assignment",
}


class Division(StrEnum):
    A1 = "A-1"
    A2 = "A-2"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"


@dataclass(frozen=True, slots=True)
class CustodyBreak:
    """A period out of custody: ``start`` is the first day out, ``end`` the day back in custody."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days


@_quick_init
@dataclass(frozen=True, slots=True)
class ConductEntry:
    person_id: str
    date: date
    kind: ConductKind
    division: Division | None = None
    violent: bool | None = None
    description: str = ""


@_quick_init
@dataclass(frozen=True, slots=True)
class Person:
    """The facts of one person's controlling case, as the roster states them, plus their conduct record."""

    person_id: str
    last_name: str
    first_name: str
    date_of_birth: date
    jurisdiction: Jurisdiction
    offense_date: date
    custody_start: date
    sentence_type: SentenceType
    custody_breaks: tuple[CustodyBreak, ...] = ()
    sentence_date: date | None = None
    term_years: int | None = None
    term_months: int | None = None
    min_term_years: int | None = None
    controlling_offense: str = ""
    case_number: str = ""
    county: str = ""
    flags: frozenset[Flag] = field(default_factory=frozenset)
    race_ethnicity: str = ""
    sex: str = ""
    conduct: tuple[ConductEntry, ...] = ()

    @property
    def display_name(self) -> str:
        """"LAST, First" as rosters and court captions list people."""
        return f"{self.last_name}, {self.first_name}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def term_total_months(self) -> int | None:
        """The imposed term in months (12 × years + months), or None when the roster gives neither."""
        if self.term_years is None and self.term_months is None:
            return None
        return 12 * (self.term_years or 0) + (self.term_months or 0)


@dataclass(frozen=True, slots=True)
class Note:
    note_id: int
    person_id: str
    created_at: datetime
    author: str
    text: str


class Status(StrEnum):
    ELIGIBLE = "eligible"
    NOT_YET = "not_yet"
    NOT_ELIGIBLE = "not_eligible"
    EXCLUDED = "excluded"
    NEEDS_REVIEW = "needs_review"


STATUS_LABELS: dict[Status, str] = {
    Status.ELIGIBLE: "Eligible",
    Status.NOT_YET: "Not yet",
    Status.NOT_ELIGIBLE: "Not eligible",
    Status.EXCLUDED: "Excluded",
    Status.NEEDS_REVIEW: "Needs review",
}

# Symbols shown beside the word, never instead of it (the status must not depend on colour alone).
STATUS_SYMBOLS: dict[Status, str] = {
    Status.ELIGIBLE: "✔",
    Status.NOT_YET: "⏳",
    Status.NOT_ELIGIBLE: "✖",
    Status.EXCLUDED: "⛔",
    Status.NEEDS_REVIEW: "⚠",
}

# Lower rank = better for the person; the case list shows the best status across programs.
STATUS_RANK: dict[Status, int] = {
    Status.ELIGIBLE: 0,
    Status.NOT_YET: 1,
    Status.NEEDS_REVIEW: 2,
    Status.NOT_ELIGIBLE: 3,
    Status.EXCLUDED: 4,
}


class Confidence(StrEnum):
    CONFIRMED = "confirmed"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"


_CONFIDENCE_VALUES: dict[Confidence, str] = {m: m.value for m in Confidence}
_STATUS_VALUES: dict[Status, str] = {m: m.value for m in Status}


@_quick_init
@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One criterion of one program for one person.

    ``met`` is True, False or None (unknown, or a finding no roster can show: then ``to_establish``).
    ``met_on`` is the date from which a time-driven criterion holds (past or future), when there is one.
    """

    id: str
    met: bool | None
    reason: str
    citation: str
    confidence: Confidence = Confidence.CONFIRMED
    to_establish: bool = False
    met_on: date | None = None
    label: str = ""


@_quick_init
@dataclass(frozen=True, slots=True)
class Determination:
    person_id: str
    program: str
    status: Status
    eligible_on: date | None
    pack_version: str
    as_of: date
    criteria: tuple[CriterionResult, ...] = ()
    summary: str = ""
    path: str = ""  # which route through the program applied, e.g. "Coleman/Plata 60/25"

    @property
    def findings_to_establish(self) -> tuple[CriterionResult, ...]:
        return tuple(c for c in self.criteria if c.to_establish)

    def to_json(self) -> dict:
        """The ``evaluate --format jsonl`` object of the interchange contract."""
        # Built for 400,000 determinations at a time: enum values come from dicts (``.value`` is a
        # property lookup), and the criteria list is filled through a bound append.
        criteria: list[dict] = []
        append = criteria.append
        confidence_values = _CONFIDENCE_VALUES
        for c in self.criteria:
            item: dict = {"id": c.id, "met": c.met, "reason": c.reason, "citation": c.citation,
                          "confidence": confidence_values[c.confidence]}
            if c.label:
                item["label"] = c.label  # an optional field the contract allows: the criterion's name
            if c.to_establish:
                item["to_establish"] = True
            if c.met_on is not None:
                item["met_on"] = c.met_on.isoformat()
            append(item)
        out: dict = {
            "person_id": self.person_id,
            "program": self.program,
            "status": _STATUS_VALUES[self.status],
            "eligible_on": self.eligible_on.isoformat() if self.eligible_on else None,
            "pack_version": self.pack_version,
            "as_of": self.as_of.isoformat(),
            "criteria": criteria,
        }
        if self.path:
            out["path"] = self.path
        if self.summary:
            out["summary"] = self.summary
        return out


def best_status(determinations: list[Determination] | tuple[Determination, ...]) -> Determination | None:
    """The determination most favourable to the person, earliest date first among equals."""
    if not determinations:
        return None
    return min(determinations,
               key=lambda d: (STATUS_RANK[d.status], d.eligible_on or date.max, d.program))


@dataclass(frozen=True, slots=True)
class ConductSummary:
    """What the UI and petitions say about a person's record in prison, as of a date."""

    as_of: date
    last_serious_rvr: date | None
    last_rvr_any: date | None  # serious or administrative
    last_counseling: date | None
    years_since_last_serious: int | None  # whole years, by anniversaries; None when there is none
    counts_by_kind: dict[ConductKind, int]
    serious_by_division: dict[Division, int]
    violent_entries: tuple[ConductEntry, ...]
    programs: tuple[ConductEntry, ...]  # completed programmes, oldest first
    laudatory: tuple[ConductEntry, ...]
    work: tuple[ConductEntry, ...]
    text: str  # one plain-language sentence, e.g. "No serious rules violation in 12 years; 4 programmes."
