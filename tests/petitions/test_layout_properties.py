"""Whatever a user types into a section, the pleading stays on its lines and inside its margins."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from eligibility.petitions import generate
from eligibility.petitions.fonts import SERIF
from eligibility.petitions.pleading import TEXT_LEFT, TEXT_RIGHT, line_baseline
from tests.petitions.pdf_helpers import flat_text, page_runs, read_pdf
from tests.petitions.petition_samples import AS_OF, OFFICE, REFERRAL, ca_person

BASELINES = {round(line_baseline(n), 2) for n in range(1, 29)}
words = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1,
                max_size=60).filter(lambda s: s.strip())
paragraph = st.lists(words, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph, min_size=1, max_size=4).map("\n\n".join))
def test_user_text_keeps_the_grid_and_margins(text):
    person = ca_person()
    buffer = io.BytesIO()
    generate("ca-1172.1", person=person, determinations=[], office=OFFICE, as_of=AS_OF, out=buffer,
             narrative={"referral": REFERRAL, "other_circumstances": text})
    reader = read_pdf(buffer.getvalue())
    for page in reader.pages:
        for run in page_runs(page):
            if run.x < TEXT_LEFT - 10 or run.y < 44:
                continue
            assert TEXT_LEFT - 0.01 <= run.x and run.right <= TEXT_RIGHT + 0.01
            if run.size == 12:
                assert round(run.y, 2) in BASELINES or round(run.y + 12, 2) in BASELINES


def test_markup_in_user_text_is_printed_literally():
    buffer = io.BytesIO()
    generate("ca-1172.1", person=ca_person(), determinations=[], office=OFFICE, as_of=AS_OF, out=buffer,
             narrative={"referral": REFERRAL, "other_circumstances": "Use <b>bold</b> & <font size=40>big</font>."})
    assert "Use <b>bold</b> & <font size=40>big</font>." in flat_text(read_pdf(buffer.getvalue()))


def test_a_very_long_word_is_broken_inside_the_column():
    word = "Z" * 300
    buffer = io.BytesIO()
    generate("ca-1172.1", person=ca_person(), determinations=[], office=OFFICE, as_of=AS_OF, out=buffer,
             narrative={"referral": REFERRAL, "other_circumstances": word})
    reader = read_pdf(buffer.getvalue())
    runs = [r for page in reader.pages for r in page_runs(page) if r.text.startswith("ZZZ")]
    assert sum(len(r.text) for r in runs) == 300
    assert len(runs) > 1
    assert all(r.x + stringWidth(r.text, SERIF, 12) <= TEXT_RIGHT + 0.01 for r in runs)
