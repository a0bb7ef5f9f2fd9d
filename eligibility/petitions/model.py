"""Values the petitions package hands back: what was written, and why a document could not be."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from eligibility.records import Determination, Person

DOCUMENT_KINDS: tuple[str, ...] = ("ca-1172.1", "bph-letter", "federal-3582", "client-summary")

DOCUMENT_NAMES: dict[str, str] = {
    "ca-1172.1": "Motion for recall and resentencing (Pen. Code § 1172.1)",
    "bph-letter": "Letter to the Board of Parole Hearings",
    "federal-3582": "Motion for sentence reduction (18 U.S.C. § 3582(c)(1)(A))",
    "client-summary": "Plain-language summary for the person and family",
}


class MissingRequirements(ValueError):
    """A document cannot be generated without these facts or settings (never printed as blanks)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


class UnknownDocumentKind(ValueError):
    def __init__(self, kind: str) -> None:
        super().__init__(f"Unknown document kind {kind!r}; expected one of {', '.join(DOCUMENT_KINDS)}")
        self.kind = kind


@dataclass(frozen=True, slots=True)
class GeneratedDocument:
    kind: str
    path: Path | None  # None when written to a stream
    sha256: str
    pages: int
    title: str


@dataclass(frozen=True, slots=True)
class BatchItem:
    person: Person
    determinations: tuple[Determination, ...] = ()
    narrative: dict[str, str] | None = None
    exhibits: tuple[tuple[str, Path], ...] = ()


@dataclass(slots=True)
class BatchResult:
    written: list[GeneratedDocument] = field(default_factory=list)
    skipped_existing: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (person_id, plain-language message)
    cancelled: bool = False


def check_kind(kind: str) -> None:
    if kind not in DOCUMENT_KINDS:
        raise UnknownDocumentKind(kind)
