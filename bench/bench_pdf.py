"""Petition speed: § 1172.1 pleading pages per second on one core (issue 5 target: at least 50).

Generates the recall-and-resentencing motion (every page of it is pleading paper, with the embedded font)
for fictional Californians from the demo generator, into memory, and counts the pages. The baseline is the
bare cost of the same kind of page: a reportlab canvas drawing 28 numbered lines of text per page in the same
embedded font, with no platypus layout. `python bench/bench_pdf.py [--people N]`.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import Result, cpu_timed

TARGET_PAGES_PER_S = 50.0
AS_OF = date(2026, 12, 1)
DOCUMENTS = 60  # enough for a stable figure in a few seconds; the figure is per page, not per person
OFFICE = {
    "office.organisation": "Bench Test Clinic",
    "office.attorney_name": "Bench Attorney",
    "office.bar_number": "100000",
    "office.address": "1 Test Street\nSacramento, CA 95814",
    "office.phone": "(916) 555-0100",
    "office.email": "bench@example.org",
}
REFERRAL = ("On May 1, 2026 the Secretary of the Department of Corrections and Rehabilitation recommended recall "
            "and resentencing; the Court received the letter on May 6, 2026.")


def _bare_pages(pages: int) -> int:
    """The baseline: plain canvas pages, same font, 28 lines each."""
    from reportlab.pdfgen.canvas import Canvas

    from eligibility.petitions.fonts import SERIF, register_fonts

    register_fonts()
    canvas = Canvas(io.BytesIO(), invariant=1)
    for page in range(pages):
        canvas.setFont(SERIF, 12)
        for n in range(1, 29):
            canvas.drawRightString(88, 720 - 24 * n, str(n))
            canvas.drawString(108, 720 - 24 * n, f"Line {n} of page {page + 1}: Thị Minh Nguyễn, Pen. Code § 1172.1.")
        canvas.showPage()
    canvas.save()
    return pages


def run(people: int = DOCUMENTS, workdir: Path | None = None) -> list[Result]:
    from eligibility.demo import generate_people
    from eligibility.petitions import generate
    from eligibility.records import Jurisdiction

    wanted = min(people, DOCUMENTS)
    candidates = [p for p in generate_people(wanted * 8, seed=11, as_of=AS_OF)
                  if p.jurisdiction is Jurisdiction.CA and p.sentence_type.value != "death"
                  and p.case_number and p.county and p.controlling_offense][:wanted]
    if not candidates:
        return [Result("pdf pleading pages/s", float("nan"), "pages/s", TARGET_PAGES_PER_S, lower_is_better=False,
                       note="no Californian sample people")]

    def make(person) -> int:
        return generate("ca-1172.1", person=person, determinations=[], office=OFFICE, as_of=AS_OF,
                        out=io.BytesIO(), narrative={"referral": REFERRAL}).pages

    make(candidates[0])  # font registration and template parsing happen once per process, not per page
    seconds, pages = cpu_timed(lambda: sum(make(p) for p in candidates))
    rate = pages / seconds
    bare_pages = max(pages, 1)
    bare_seconds, _ = cpu_timed(lambda: _bare_pages(bare_pages))
    bare_rate = bare_pages / bare_seconds
    print(f"documents {len(candidates)}  pages {pages}  cpu seconds {seconds:.3f}  pages/s {rate:.1f}  "
          f"target {TARGET_PAGES_PER_S:g}  ratio to target {rate / TARGET_PAGES_PER_S:.2f}×  "
          f"bare canvas {bare_rate:.1f} pages/s")
    return [Result("pdf pleading pages/s (ca-1172.1, one core)", rate, "pages/s", TARGET_PAGES_PER_S,
                   lower_is_better=False, baseline=bare_rate,
                   note=f"{len(candidates)} motions, {pages / len(candidates):.1f} pages each; baseline = bare "
                        f"canvas pages in the same embedded font")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=DOCUMENTS, help="how many motions to generate")
    args = parser.parse_args(argv)
    for result in run(args.people):
        print(result.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
