"""Petitions and letters as PDF: pure functions from records, determinations and office settings to files.

Nothing here touches Qt or the store. ``generate`` never prints a blank: it raises MissingRequirements with
every problem listed, and ``missing_requirements`` gives the same list in advance.
"""

from eligibility.petitions.batch import batch_generate, document_filename
from eligibility.petitions.documents import (
    applicable_kinds,
    default_narrative,
    generate,
    missing_requirements,
)
from eligibility.petitions.exhibits import ExhibitError
from eligibility.petitions.model import (
    DOCUMENT_KINDS,
    DOCUMENT_NAMES,
    BatchItem,
    BatchResult,
    GeneratedDocument,
    MissingRequirements,
    UnknownDocumentKind,
)
from eligibility.petitions.templates import TemplateError, load_narrative

__all__ = [
    "DOCUMENT_KINDS", "DOCUMENT_NAMES", "BatchItem", "BatchResult", "ExhibitError", "GeneratedDocument",
    "MissingRequirements", "TemplateError", "UnknownDocumentKind", "applicable_kinds", "batch_generate",
    "default_narrative", "document_filename", "generate", "load_narrative", "missing_requirements",
]
