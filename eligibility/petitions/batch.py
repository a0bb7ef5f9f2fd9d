"""Many people, one document kind: one predictably named file each, never overwriting without being asked."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from eligibility.petitions.documents import generate
from eligibility.petitions.exhibits import ExhibitError
from eligibility.petitions.model import BatchItem, BatchResult, MissingRequirements, check_kind
from eligibility.petitions.templates import TemplateError
from eligibility.records import Person

log = logging.getLogger(__name__)


def _safe(text: str) -> str:
    # Accents are folded ("Nguyễn" → "NGUYEN") so every file system and zip tool keeps the name intact.
    folded = unicodedata.normalize("NFKD", text.replace("'", "").replace("’", ""))
    folded = folded.replace("đ", "d").replace("Đ", "D").encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9-]+", "-", folded).strip("-")


def document_filename(kind: str, person: Person) -> str:
    """"<person_id>_<LAST>_<kind>.pdf", with anything a file system could object to replaced by "-"."""
    check_kind(kind)
    return f"{_safe(person.person_id) or 'unknown'}_{_safe(person.last_name).upper() or 'UNKNOWN'}_{kind}.pdf"


def batch_generate(items: Sequence[BatchItem], *, kind: str, out_dir: Path, office: Mapping[str, str],
                   as_of: date, overwrite: bool = False, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   templates_dir: Path | None = None) -> BatchResult:
    """Generate ``kind`` for every item into ``out_dir``.

    A failure for one person is recorded and the batch goes on; ``cancelled`` is polled before each person,
    and ``progress(done, total)`` is called after each.
    """
    check_kind(kind)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    result = BatchResult()
    total = len(items)
    for done, item in enumerate(items, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        target = out_dir / document_filename(kind, item.person)
        if target.exists() and not overwrite:
            result.skipped_existing.append(target)
        else:
            try:
                result.written.append(generate(
                    kind, person=item.person, determinations=item.determinations, office=office, as_of=as_of,
                    out=target, narrative=item.narrative, exhibits=item.exhibits, templates_dir=templates_dir))
            except MissingRequirements as exc:
                result.failed.append((item.person.person_id, "; ".join(exc.problems)))
            except (ExhibitError, TemplateError, OSError) as exc:
                result.failed.append((item.person.person_id, str(exc)))
            except Exception as exc:
                log.exception("Unexpected failure generating %s (batch item %d)", kind, done)
                result.failed.append((item.person.person_id, f"Unexpected error: {type(exc).__name__}"))
        if progress is not None:
            progress(done, total)
    return result
