"""Template files: validation names the file and section, and every placeholder is one the code supplies."""

from __future__ import annotations

import re

import pytest

from eligibility.paths import resource_path
from eligibility.petitions import DOCUMENT_KINDS, TemplateError, default_narrative
from eligibility.petitions.content import build_context
from eligibility.petitions.facts import CaseFacts
from eligibility.petitions.templates import CONDITIONS, load_template, placeholders
from tests.petitions.petition_samples import AS_OF, OFFICE, ca_person, youth_determination


def _context():
    person = ca_person()
    return build_context(kind="ca-1172.1", person=person, determinations=[youth_determination(person)],
                         office=OFFICE, as_of=AS_OF, case=CaseFacts.of(person, AS_OF))


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_shipped_templates_use_only_known_placeholders(kind):
    template = load_template(kind)
    known = set(_context())
    for section in template.sections:
        assert placeholders(section.text) | placeholders(section.heading) <= known, section.id


def test_readme_documents_every_placeholder_and_condition():
    readme = resource_path("templates", "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `\{([a-z_]+)\}` \|", readme, re.MULTILINE))
    assert documented == set(_context())
    rows = re.findall(r"^\| (`[a-z_0-9]+`(?: / `[a-z_0-9]+`)?) \|", readme, re.MULTILINE)
    assert set(re.findall(r"`([a-z_0-9]+)`", " ".join(rows))) == CONDITIONS


def _write(tmp_path, body: str):
    (tmp_path / "client-summary.toml").write_text(body, encoding="utf-8")
    return tmp_path


def test_office_copy_overrides_the_shipped_template(tmp_path, ca_inputs):
    _write(tmp_path, '[parts]\nsummary = "S"\n\n[[section]]\nid = "greeting"\npart = "summary"\n'
                     'text = "Hello {first_name}."\n')
    assert default_narrative("client-summary", templates_dir=tmp_path, **ca_inputs) == {"greeting": "Hello Thị Minh."}


@pytest.mark.parametrize(("body", "message"), [
    ('[parts]\nsummary = "S"\n\n[[section]]\nid = "Bad Id"\npart = "summary"\n', "'id' must be"),
    ('[parts]\nsummary = "S"\n\n[[section]]\nid = "a"\npart = "nowhere"\n', "'part' must be one of summary"),
    ('[parts]\nsummary = "S"\n\n[[section]]\nid = "a"\npart = "summary"\nwhen = ["tall"]\n',
     "unknown condition 'tall'"),
    ('[parts]\nsummary = "S"\n\n[[section]]\nid = "a"\npart = "summary"\ntext = "{nope}"\n',
     "section 'a': unknown placeholder {nope}"),
    ('[parts]\nsummary = "S"\n\n[[section]]\nid = "a"\npart = "summary"\ntext = "{oops"\n', "bad placeholder"),
    ('[parts\n', "not valid TOML"),
])
def test_template_mistakes_are_named(tmp_path, ca_inputs, body, message):
    _write(tmp_path, body)
    with pytest.raises(TemplateError, match=re.escape(message)) as caught:
        default_narrative("client-summary", templates_dir=tmp_path, **ca_inputs)
    assert "client-summary.toml" in str(caught.value)


def test_narrative_file_for_the_command_line(tmp_path):
    from eligibility.petitions import load_narrative

    path = tmp_path / "narrative.toml"
    path.write_text('referral = """\nReferred by the Board on May 1, 2026.\n"""\n', encoding="utf-8")
    assert load_narrative(path) == {"referral": "Referred by the Board on May 1, 2026.\n"}
    path.write_text("referral = 3\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="'referral' must be text"):
        load_narrative(path)
