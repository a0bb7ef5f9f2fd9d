"""Argument and narrative text, kept as TOML in resources/templates so an office can copy and edit it.

A template is a list of sections. Each has an ``id`` (the key of the editable narrative), the ``part`` of the
document it belongs to, an optional ``heading``, optional ``when`` conditions (the section is left out unless all
hold for this person), and ``text`` with ``{placeholders}`` filled from the case facts. Text a person must
supply is written ``[[like this]]``: a document still holding such a marker is never generated.
resources/templates/README.md lists the placeholders and conditions.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from eligibility.paths import resource_path
from eligibility.petitions.layout import typographic_quotes

TO_COMPLETE = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)

CONDITIONS = frozenset({
    "youth", "minor", "not_youth", "age_50", "age_65", "has_programs", "no_programs",
    "serious_rvr", "no_serious_rvr", "youth_hearing", "elderly_hearing", "coleman_plata",
    "determinate", "indeterminate", "has_exhibits",
})


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file, section and field."""


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    part: str
    heading: str
    label: str  # how messages name the section: the label, else the heading, else the id
    level: int  # 1–3: outline depth, and numbering (I., A., 1.) in briefs
    when: tuple[str, ...]
    required: bool
    text: str


@dataclass(frozen=True, slots=True)
class DocumentTemplate:
    kind: str
    source: Path
    parts: dict[str, str]  # part id → heading, in document order
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section | None:
        for sec in self.sections:
            if sec.id == section_id:
                return sec
        return None


_cache: dict[Path, tuple[float, DocumentTemplate]] = {}


def template_path(kind: str, templates_dir: Path | None = None) -> Path:
    """An office's own copy in ``templates_dir`` wins over the shipped one."""
    if templates_dir is not None:
        candidate = templates_dir / f"{kind}.toml"
        if candidate.is_file():
            return candidate
    return resource_path("templates", f"{kind}.toml")


def load_template(kind: str, templates_dir: Path | None = None) -> DocumentTemplate:
    path = template_path(kind, templates_dir)
    mtime = path.stat().st_mtime
    cached = _cache.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    template = _parse(kind, path)
    _cache[path] = (mtime, template)
    return template


def _parse(kind: str, path: Path) -> DocumentTemplate:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: not valid TOML ({exc})") from exc
    parts = data.get("parts")
    if not isinstance(parts, dict) or not all(isinstance(v, str) for v in parts.values()):
        raise TemplateError(f"{path}: [parts] must map part ids to headings")
    raw_sections = data.get("section")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise TemplateError(f"{path}: no [[section]] entries")
    sections: list[Section] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_sections, start=1):
        where = f"{path}: section {index}"
        sid = raw.get("id")
        if not isinstance(sid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", sid):
            raise TemplateError(f"{where}: 'id' must be a lower-case identifier")
        where = f"{path}: section '{sid}'"
        if sid in seen:
            raise TemplateError(f"{where}: the id is used twice")
        seen.add(sid)
        part = raw.get("part")
        if part not in parts:
            raise TemplateError(f"{where}: 'part' must be one of {', '.join(parts)}")
        when = raw.get("when", [])
        if isinstance(when, str):
            when = [when]
        unknown = [w for w in when if w not in CONDITIONS]
        if unknown:
            raise TemplateError(f"{where}: unknown condition {unknown[0]!r} in 'when'")
        text = raw.get("text", "")
        if not isinstance(text, str):
            raise TemplateError(f"{where}: 'text' must be a string")
        try:
            list(string.Formatter().parse(text))
            list(string.Formatter().parse(str(raw.get("heading", ""))))
        except ValueError as exc:
            raise TemplateError(f"{where}: bad placeholder syntax in 'text' ({exc})") from exc
        level = raw.get("level", 1)
        if level not in (1, 2, 3):
            raise TemplateError(f"{where}: 'level' must be 1, 2 or 3")
        sections.append(Section(id=sid, part=part, heading=str(raw.get("heading", "")),
                                label=str(raw.get("label", "")), level=level,
                                when=tuple(when),
                                required=bool(raw.get("required", False)), text=text))
    return DocumentTemplate(kind=kind, source=path, parts=dict(parts), sections=tuple(sections))


def load_narrative(path: Path) -> dict[str, str]:
    """A person's edited sections from a TOML file mapping section ids to text (for the CLI).

    Placeholders are not filled here: an edited narrative is the user's final text.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: not valid TOML ({exc})") from exc
    bad = [key for key, value in data.items() if not isinstance(value, str)]
    if bad:
        raise TemplateError(f"{path}: '{bad[0]}' must be text: a section id, then = and a quoted string")
    return dict(data)


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def fill(section: Section, context: Mapping[str, str], *, source: Path) -> str:
    missing = sorted(placeholders(section.text) - set(context))
    if missing:
        raise TemplateError(f"{source}: section '{section.id}': unknown placeholder {{{missing[0]}}}")
    return normalise(typographic_quotes(section.text).format_map(context))


def fill_heading(section: Section, context: Mapping[str, str], *, source: Path) -> str:
    missing = sorted(placeholders(section.heading) - set(context))
    if missing:
        raise TemplateError(f"{source}: section '{section.id}': unknown placeholder {{{missing[0]}}} in heading")
    return " ".join(typographic_quotes(section.heading).format_map(context).split())


def normalise(text: str) -> str:
    """Paragraphs are separated by blank lines; single newlines inside a paragraph are spaces."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(p for p in paragraphs if p)


def to_complete(text: str) -> list[str]:
    """What the user still has to write in ``text`` (the contents of its [[...]] markers)."""
    return [" ".join(m.split()) for m in TO_COMPLETE.findall(text)]
