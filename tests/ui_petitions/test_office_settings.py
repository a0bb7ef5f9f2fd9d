"""Office details: checked as typed, saved through Settings (the file the CLI reads), offered when missing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eligibility.settings import Settings
from tests.petitions.petition_samples import OFFICE
from ui.petitions.office_settings import OfficeSettingsDialog, clean_address, validate_office


def test_good_details_pass_and_empty_fields_are_allowed():
    assert validate_office(OFFICE) == {}
    assert validate_office({}) == {}


def test_each_bad_value_is_named_with_a_plain_reason():
    problems = validate_office({"office.email": "clinic at example", "office.phone": "call us",
                                "office.bar_number": "#12/34", "office.organisation": "One\nTwo",
                                "office.address": "\n".join(f"line {i}" for i in range(9))})
    assert set(problems) == {"office.email", "office.phone", "office.bar_number", "office.organisation",
                             "office.address"}
    assert "e-mail address" in problems["office.email"]
    assert "telephone number" in problems["office.phone"]
    assert "at most 6 lines" in problems["office.address"]


def test_a_phone_needs_enough_digits_and_may_have_an_extension():
    assert "office.phone" in validate_office({"office.phone": "555-01"})
    assert validate_office({"office.phone": "+1 (510) 555-0142 ext. 12"}) == {}


@given(st.text(alphabet=st.sampled_from("ab \t\n"), max_size=40))
def test_clean_address_is_idempotent_and_has_no_blank_lines(text):
    once = clean_address(text)
    assert clean_address(once) == once
    assert all(line.strip() == line and line for line in once.split("\n")) or once == ""


def test_invalid_input_shows_the_problem_and_blocks_save(qtbot, settings):
    dialog = OfficeSettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.set_value("office.email", "not-an-address")
    assert not dialog.save_button.isEnabled()
    label = dialog.form.error_labels["office.email"]
    assert label.isVisibleTo(dialog) and "e-mail address" in label.text()
    dialog.form.set_value("office.email", "clinic@example.org")
    assert dialog.save_button.isEnabled()
    assert not label.isVisibleTo(dialog)


def test_saved_details_are_in_the_settings_file_the_cli_reads(qtbot, settings):
    dialog = OfficeSettingsDialog(settings)
    qtbot.addWidget(dialog)
    for key, value in OFFICE.items():
        dialog.form.set_value(key, value)
    dialog.form.set_value("office.address", "  1200 Harbor Street, Suite 400 \n\n Oakland, CA 94612  ")
    dialog.accept()
    assert dialog.result() == 1
    fresh = Settings(settings.path).office()  # what `python main.py settings show` would load
    assert fresh["office.attorney_name"] == OFFICE["office.attorney_name"]
    assert fresh["office.address"] == "1200 Harbor Street, Suite 400\nOakland, CA 94612"


def test_needed_fields_are_flagged(qtbot, settings):
    dialog = OfficeSettingsDialog(settings, needed=["office.bar_number"])
    qtbot.addWidget(dialog)
    assert dialog.form.field_labels["office.bar_number"].font().bold()
    assert not dialog.form.field_labels["office.email"].font().bold()
