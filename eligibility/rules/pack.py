"""Rule packs as loaded from TOML: the program, its criteria, and the compiled checks behind them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from eligibility.records import Confidence, SentenceType


class PackKind(StrEnum):
    LAW = "law"
    OFFICE_POLICY = "office_policy"
    HISTORICAL_POLICY = "historical_policy"


PACK_KIND_LABELS: dict[PackKind, str] = {
    PackKind.LAW: "Law",
    PackKind.OFFICE_POLICY: "Office policy",
    PackKind.HISTORICAL_POLICY: "Historical office policy",
}


class Role(StrEnum):
    """What a criterion does to the answer.

    ``require``: must hold (unmet → not yet or not eligible). ``exclude``: when its condition holds the
    person is excluded. ``review``: when its condition holds the answer is needs_review (unsettled law).
    ``establish``: a finding no roster can show; listed, never changes the status.
    """

    REQUIRE = "require"
    EXCLUDE = "exclude"
    REVIEW = "review"
    ESTABLISH = "establish"


class PackError(Exception):
    """A mistake in a pack file, pointing at the file, line and field."""

    def __init__(self, file: Path | str, line: int | None, field: str | None, problem: str) -> None:
        self.file = Path(file)
        self.line = line
        self.field = field
        self.problem = problem
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.file)
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.problem}"


# A compiled check takes the per-person facts and returns the outcome, or None when it does not apply.
CheckFn = Callable[[Any], Any]
# A compiled condition returns True / False, or the name of the missing fact that prevents an answer.
ConditionFn = Callable[[Any], "bool | str"]


@dataclass(frozen=True, slots=True, eq=False)
class Criterion:
    id: str
    kind: str
    role: Role
    label: str
    citation: str
    confidence: Confidence
    template: str
    params: Mapping[str, Any]
    when: Mapping[str, Any] | None = None
    path: str | None = None
    members: tuple[Criterion, ...] = ()  # any_of groups
    check: CheckFn | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True, eq=False)
class PackPath:
    """One route through a program (e.g. PC 3055 50/20 or the Coleman/Plata 60/25 order)."""

    id: str
    name: str
    when: Mapping[str, Any]
    condition: ConditionFn | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True, eq=False)
class RulePack:
    id: str
    title: str
    jurisdiction: str  # "CA", "US", "DC", "MD" or "all"
    version: str
    effective_date: date
    kind: PackKind
    summary: str
    source: Path
    criteria: tuple[Criterion, ...]
    paths: tuple[PackPath, ...] = ()
    # The criteria that can apply to each sentence type, in pack order (built by the loader).
    plans: Mapping[SentenceType, tuple[Criterion, ...]] = field(default_factory=dict, repr=False)
    # Each plan compiled to a function (``plan_code``), built on first use (a cache, not part of the pack's meaning).
    steps: dict[Any, tuple[Any, ...]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def kind_label(self) -> str:
        return PACK_KIND_LABELS[self.kind]

    def applies_to(self, jurisdiction: str) -> bool:
        return self.jurisdiction == "all" or self.jurisdiction == jurisdiction
