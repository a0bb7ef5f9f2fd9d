"""Read and validate rule-pack TOML files, and compile them into ready-to-run checks.

Every mistake is reported as a ``PackError`` naming the file, the line, the field and the problem, so
an office editing its own pack can fix it without reading code. ``tomllib`` gives no positions for
values, so lines are found by scanning the source for table headers and keys (``_LineIndex``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eligibility.records import Confidence, Flag, SentenceType
from eligibility.rules.compiler import Check, make_any_of, make_check, make_member
from eligibility.rules.kinds import (
    BOOL,
    COMMON_FIELDS,
    CONFIDENCE,
    DATE,
    INT,
    KINDS,
    PERCENT,
    STRING,
    VOCABULARIES,
    WHEN_KEYS,
    compile_condition,
    compile_core,
    static_key,
    template_fields,
)
from eligibility.rules.pack import Criterion, PackError, PackKind, PackPath, Role, RulePack

TOP_LEVEL_FIELDS = ("id", "title", "jurisdiction", "version", "effective_date", "kind", "summary",
                    "criteria", "paths")
REQUIRED_TOP_LEVEL = ("id", "title", "jurisdiction", "version", "effective_date", "kind", "summary",
                      "criteria")
JURISDICTIONS = ("CA", "US", "DC", "MD", "all")
PATH_FIELDS = ("id", "name", "when")
_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CRITERION_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_VERSION = re.compile(r"^\d+(\.\d+)+$")
_GROUP_MEMBER_FIELDS = ("id", "kind", "label", "citation", "confidence", "template")

TablePath = tuple[str | int, ...]


class _LineIndex:
    """Where each table and key of a TOML file starts, by table path such as ("criteria", 2, "when")."""

    _ARRAY_HEADER = re.compile(r"^\[\[\s*([^\]]+?)\s*\]\]")
    _TABLE_HEADER = re.compile(r"^\[\s*([^\]]+?)\s*\]")
    _KEY = re.compile(r"""^["']?([A-Za-z0-9_\-]+)["']?\s*(?:\.[^=]*)?=""")

    def __init__(self, text: str) -> None:
        self.tables: dict[TablePath, dict[str, int]] = {(): {}}
        counters: dict[TablePath, int] = {}
        current: TablePath = ()
        in_multiline = False
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if in_multiline:
                if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                    in_multiline = False
                continue
            if not line or line.startswith("#"):
                continue
            if m := self._ARRAY_HEADER.match(line):
                array = self._resolve(m.group(1), counters)
                index = counters.get(array, -1) + 1
                counters[array] = index
                current = (*array, index)
                self.tables[current] = {"": lineno}
            elif m := self._TABLE_HEADER.match(line):
                current = self._resolve(m.group(1), counters)
                self.tables[current] = {"": lineno}
            elif m := self._KEY.match(line):
                self.tables.setdefault(current, {}).setdefault(m.group(1), lineno)
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = True

    @staticmethod
    def _resolve(dotted: str, counters: Mapping[TablePath, int]) -> TablePath:
        parts = [p.strip().strip("\"'") for p in dotted.split(".")]
        path: list[str | int] = []
        for i, part in enumerate(parts):
            path.append(part)
            # A parent that is an array of tables means "its latest element".
            if i < len(parts) - 1 and tuple(path) in counters:
                path.append(counters[tuple(path)])
        return tuple(path)

    def line(self, table: TablePath, key: str | None = None) -> int | None:
        keys = self.tables.get(table)
        if keys is not None:
            if key is not None and key in keys:
                return keys[key]
            if "" in keys:
                return keys[""]
        if not table:
            return None
        # An inline table (``when = {...}``) has no header: it sits on its parent's key line.
        parent_key = table[-1] if isinstance(table[-1], str) else None
        return self.line(table[:-1], parent_key)


class _Validator:
    def __init__(self, file: Path, text: str) -> None:
        self.file = file
        self.lines = _LineIndex(text)

    def error(self, table: TablePath, key: str | None, field: str | None, problem: str) -> PackError:
        return PackError(self.file, self.lines.line(table, key), field, problem)

    # --- values ------------------------------------------------------------------------------------

    def value(self, table: TablePath, key: str, field: str, raw: Any, expected: str) -> Any:
        def bad(detail: str = "") -> PackError:
            return self.error(table, key, field, f"must be {expected}{detail} (got {raw!r})")

        if expected in (INT, PERCENT):
            if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
                raise bad()
            if expected == PERCENT and not 1 <= raw <= 100:
                raise bad()
            return raw
        if expected == BOOL:
            if not isinstance(raw, bool):
                raise bad()
            return raw
        if expected == DATE:
            if isinstance(raw, datetime) or not isinstance(raw, date | str):
                raise bad()
            if isinstance(raw, str):
                try:
                    return date.fromisoformat(raw)
                except ValueError:
                    raise bad() from None
            return raw
        if expected == STRING:
            if not isinstance(raw, str) or not raw.strip():
                raise bad()
            return raw
        if expected == CONFIDENCE:
            if raw not in VOCABULARIES[CONFIDENCE]:
                raise bad()
            return raw
        vocabulary = VOCABULARIES[expected]
        if not isinstance(raw, list) or not raw:
            raise bad()
        for item in raw:
            if item not in vocabulary:
                raise self.error(table, key, field,
                                 f"{item!r} is not one of: {', '.join(vocabulary)}")
        return tuple(raw)

    def text(self, table: TablePath, data: Mapping[str, Any], key: str, field: str, *,
             required: bool = True) -> str | None:
        if key not in data:
            if required:
                raise self.error(table, None, field, f"is missing (every {self._what(table)} needs a {key})")
            return None
        raw = data[key]
        if not isinstance(raw, str) or not raw.strip():
            raise self.error(table, key, field, f"must be non-empty text (got {raw!r})")
        return raw.strip()

    @staticmethod
    def _what(table: TablePath) -> str:
        if not table:
            return "pack"
        if table[0] == "paths":
            return "path"
        return "criterion"

    def unknown_fields(self, table: TablePath, data: Mapping[str, Any], allowed: Sequence[str],
                       prefix: str) -> None:
        for key in data:
            if key not in allowed:
                raise self.error(table, key, f"{prefix}{key}",
                                 f"unknown field; expected one of: {', '.join(allowed)}")

    # --- pack --------------------------------------------------------------------------------------

    def pack(self, data: Mapping[str, Any]) -> RulePack:
        self.unknown_fields((), data, TOP_LEVEL_FIELDS, "")
        for key in REQUIRED_TOP_LEVEL:
            if key not in data:
                raise self.error((), None, key, "is missing (every pack needs it)")
        pack_id = self.text((), data, "id", "id")
        assert pack_id is not None
        if not _PACK_ID.match(pack_id):
            raise self.error((), "id", "id", "must be lower-case letters, digits and hyphens, "
                                               f"e.g. my-office-policy (got {pack_id!r})")
        jurisdiction = data["jurisdiction"]
        if jurisdiction not in JURISDICTIONS:
            raise self.error((), "jurisdiction", "jurisdiction",
                             f"must be one of {', '.join(JURISDICTIONS)} (got {jurisdiction!r})")
        version = self.text((), data, "version", "version")
        assert version is not None
        if not _VERSION.match(version):
            raise self.error((), "version", "version",
                             f"must be numbers separated by dots, e.g. 2026.11.1 (got {version!r})")
        effective = self.value((), "effective_date", "effective_date", data["effective_date"], DATE)
        kind_raw = data["kind"]
        if kind_raw not in {k.value for k in PackKind}:
            raise self.error((), "kind", "kind", "must be one of "
                             f"{', '.join(k.value for k in PackKind)} (got {kind_raw!r})")
        title = self.text((), data, "title", "title")
        summary = self.text((), data, "summary", "summary")

        paths = self.paths(data.get("paths", []))
        path_ids = {p.id for p in paths}
        raw_criteria = data["criteria"]
        if not isinstance(raw_criteria, list) or not raw_criteria:
            raise self.error((), "criteria", "criteria", "must hold at least one [[criteria]] table")
        criteria: list[Criterion] = []
        seen: set[str] = set()
        for index, raw in enumerate(raw_criteria):
            criterion = self.criterion(("criteria", index), raw, path_ids=path_ids)
            if criterion.id in seen:
                raise self.error(("criteria", index), "id", f"criteria[{criterion.id}].id",
                                 "is used by another criterion of this pack")
            seen.add(criterion.id)
            criteria.append(criterion)
        # Criteria limited to some sentence types are dropped up front for the others: most packs branch
        # on the sentence, and this spares a call per criterion per person.
        plans = {st: tuple(c for c in criteria if not (c.when and "sentence_type" in c.when
                                                        and st.value not in c.when["sentence_type"]))
                 for st in SentenceType}
        return RulePack(id=pack_id, title=title or "", jurisdiction=jurisdiction, version=version,
                        effective_date=effective, kind=PackKind(kind_raw), summary=summary or "",
                        source=self.file, criteria=tuple(criteria), paths=paths, plans=plans)

    def paths(self, raw_paths: Any) -> tuple[PackPath, ...]:
        if not isinstance(raw_paths, list):
            raise self.error((), "paths", "paths", "must be a list of [[paths]] tables")
        out: list[PackPath] = []
        for index, raw in enumerate(raw_paths):
            table: TablePath = ("paths", index)
            if not isinstance(raw, dict):
                raise self.error(table, None, f"paths[{index + 1}]", "must be a table")
            self.unknown_fields(table, raw, PATH_FIELDS, f"paths[{index + 1}].")
            path_id = self.text(table, raw, "id", f"paths[{index + 1}].id")
            name = self.text(table, raw, "name", f"paths[{path_id}].name")
            if "when" not in raw:
                raise self.error(table, None, f"paths[{path_id}].when", "is missing (a path needs a condition)")
            when = self.when(table, raw["when"], f"paths[{path_id}].when")
            assert path_id is not None and name is not None
            if any(p.id == path_id for p in out):
                raise self.error(table, "id", f"paths[{path_id}].id", "is used by another path")
            out.append(PackPath(path_id, name, when, compile_condition(when)))
        return tuple(out)

    def when(self, table: TablePath, raw: Any, field: str) -> dict[str, Any]:
        sub = (*table, "when")
        if not isinstance(raw, dict) or not raw:
            raise self.error(sub, "when", field, "must be a table of conditions, e.g. "
                             "when = { sentence_type = [\"life\"] }")
        out: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in WHEN_KEYS:
                raise self.error(sub, key, f"{field}.{key}",
                                 f"unknown condition; expected one of: {', '.join(WHEN_KEYS)}")
            out[key] = self.value(sub, key, f"{field}.{key}", value, WHEN_KEYS[key])
        return out

    def criterion(self, table: TablePath, raw: Any, *, path_ids: set[str], group: Mapping[str, Any] | None = None
                  ) -> Criterion:
        label_index = f"{table[-1] + 1}" if isinstance(table[-1], int) else str(table[-1])
        if not isinstance(raw, dict):
            raise self.error(table, None, f"criteria[{label_index}]", "must be a table")
        cid = raw.get("id")
        name = cid if isinstance(cid, str) and cid else label_index
        prefix = f"criteria[{name}]." if group is None else f"{group['prefix']}any[{name}]."
        cid = self.text(table, raw, "id", prefix + "id")
        assert cid is not None
        if not _CRITERION_ID.match(cid):
            raise self.error(table, "id", prefix + "id",
                             f"must be lower-case letters, digits and underscores (got {cid!r})")
        kind = raw.get("kind")
        if kind is None:
            raise self.error(table, None, prefix + "kind", "is missing (every criterion needs a kind)")
        if kind not in KINDS or (group is not None and kind in ("any_of", "establish")):
            allowed = [k for k in KINDS if group is None or k not in ("any_of", "establish")]
            raise self.error(table, "kind", prefix + "kind",
                             f"unknown kind {kind!r}; expected one of: {', '.join(allowed)}")
        spec = KINDS[kind]
        member_fields = _GROUP_MEMBER_FIELDS if group is not None else COMMON_FIELDS
        allowed_fields = (*member_fields, *spec.params, *(("any",) if kind == "any_of" else ()))
        self.unknown_fields(table, raw, allowed_fields, prefix)

        if group is None:
            citation = self.text(table, raw, "citation", prefix + "citation")
            if "confidence" not in raw:
                raise self.error(table, None, prefix + "confidence",
                                 "is missing (confirmed, secondary or unconfirmed, as in the domain notes)")
            confidence = Confidence(self.value(table, "confidence", prefix + "confidence",
                                               raw["confidence"], CONFIDENCE))
        else:
            citation = self.text(table, raw, "citation", prefix + "citation", required=False) \
                or group["citation"]
            confidence = Confidence(self.value(table, "confidence", prefix + "confidence",
                                               raw["confidence"], CONFIDENCE)) \
                if "confidence" in raw else group["confidence"]
        assert citation is not None
        label = self.text(table, raw, "label", prefix + "label", required=False) or cid

        role_raw = raw.get("role", "establish" if kind == "establish" else "require")
        if role_raw not in {r.value for r in Role}:
            raise self.error(table, "role", prefix + "role",
                             f"must be one of {', '.join(r.value for r in Role)} (got {role_raw!r})")
        role = Role(role_raw)
        if (kind == "establish") != (role is Role.ESTABLISH):
            raise self.error(table, "role", prefix + "role",
                             "role establish goes with kind establish, and only with it")
        if role in (Role.EXCLUDE, Role.REVIEW) and not spec.static and kind != "any_of":
            raise self.error(table, "role", prefix + "role",
                             f"a {kind} criterion changes with time, so it cannot be an {role.value} rule")

        params: dict[str, Any] = {}
        for key, expected in spec.params.items():
            if key in raw:
                if kind == "establish" and key == "flag":
                    if raw[key] not in VOCABULARIES["a list of flags"]:
                        raise self.error(table, key, prefix + key, f"{raw[key]!r} is not a known flag")
                    params[key] = raw[key]
                else:
                    params[key] = self.value(table, key, prefix + key, raw[key], expected)
        for key in spec.required:
            if key not in params:
                raise self.error(table, None, prefix + key, f"is missing (a {kind} criterion needs it)")
        if spec.one_of:
            given = [k for k in spec.one_of if k in params]
            if len(given) != 1:
                raise self.error(table, given[-1] if given else None, prefix + (given[-1] if given else
                                 spec.one_of[0]), f"give exactly one of: {', '.join(spec.one_of)}")
        if kind == "time_served" and not ("years" in params or "months" in params):
            raise self.error(table, None, prefix + "years", "is missing (give years, months or both)")

        template = raw.get("template", spec.default_template if group is None else None)
        if template is None:
            template = spec.default_template
        if not isinstance(template, str) or not template.strip():
            raise self.error(table, "template", prefix + "template", "must be non-empty text")
        try:
            used = template_fields(template)
        except ValueError as exc:
            raise self.error(table, "template", prefix + "template", f"is malformed: {exc}") from None
        for name_used in used:
            if name_used not in spec.fields:
                fields = ", ".join("{" + f + "}" for f in spec.fields) or "none"
                raise self.error(table, "template", prefix + "template",
                                 f"uses {{{name_used}}}, which a {kind} criterion does not provide "
                                 f"(available: {fields})")

        when = None
        if "when" in raw:
            when = self.when(table, raw["when"], prefix + "when")
        crit_path = None
        if "path" in raw:
            crit_path = self.text(table, raw, "path", prefix + "path")
            if crit_path not in path_ids:
                raise self.error(table, "path", prefix + "path",
                                 f"names no path of this pack (paths: {', '.join(sorted(path_ids)) or 'none'})")
        condition = compile_condition(when) if when else None

        members: tuple[Criterion, ...] = ()
        check: Check
        if kind == "any_of":
            raw_members = raw.get("any")
            if not isinstance(raw_members, list) or len(raw_members) < 2:
                raise self.error(table, "any", prefix + "any",
                                 "must hold two or more [[criteria.any]] tables")
            context = {"prefix": prefix, "citation": citation, "confidence": confidence}
            members = tuple(self.criterion((*table, "any", i), m, path_ids=path_ids, group=context)
                            for i, m in enumerate(raw_members))
            check = make_any_of(cid=cid, role=role, label=label, citation=citation, confidence=confidence,
                                template=template,
                                members=tuple(make_member(name=m.label, template=m.template,
                                                          core=compile_core(m.kind, m.params,
                                                                            used=frozenset(template_fields(m.template))))
                                              for m in members),
                                condition=condition)
        else:
            breaks = params.get("breaks_confidence")
            flag = params.get("flag")
            check = make_check(cid=cid, role=role if group is None else Role.REQUIRE, label=label,
                               citation=citation, confidence=confidence, template=template,
                               core=compile_core(kind, params, used=frozenset(used)), condition=condition,
                               breaks_confidence=Confidence(breaks) if breaks else None,
                               establish_flag=Flag(flag) if flag else None,
                               cache_key=static_key(kind, params))
        return Criterion(id=cid, kind=kind, role=role, label=label, citation=citation, confidence=confidence,
                         template=template, params=params, when=when, path=crit_path, members=members,
                         check=check)


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_pack(path: Path) -> RulePack:
    """Read, validate and compile one pack file; raises ``PackError`` naming what is wrong and where."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise PackError(path, None, None, f"cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PackError(path, None, None, "is not UTF-8 text") from None
    return parse_pack(text, source=path)


def parse_pack(text: str, *, source: Path) -> RulePack:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _TOML_POSITION.search(message)
        line = int(m.group(1)) if m else None
        problem = _TOML_POSITION.sub("", message).strip().rstrip(".")
        raise PackError(source, line, None, f"is not valid TOML: {problem}") from None
    return _Validator(source, text).pack(data)
