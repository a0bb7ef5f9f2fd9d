"""The version and name come from pyproject.toml, and nowhere else."""

from __future__ import annotations

import importlib.metadata
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_config as cfg
import pytest
from hypothesis import given
from hypothesis import strategies as st


def _pyproject(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_version_is_the_one_in_pyproject():
    expected = tomllib.loads(cfg.PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
    meta = cfg.read_metadata()
    assert meta.version == expected
    assert meta.name == cfg.DISTRIBUTION


def test_a_changed_version_is_read_back(tmp_path):
    meta = cfg.read_metadata(_pyproject(tmp_path, '[project]\nname = "second-look"\nversion = "2.4.1"\n'
                                                  'license = { text = "AGPL-3.0-or-later" }\n'))
    assert (meta.version, meta.license, meta.version_tuple) == ("2.4.1", "AGPL-3.0-or-later", (2, 4, 1, 0))


@pytest.mark.parametrize("body, complaint", [
    ('[tool.x]\na = 1\n', "no [project] table"),
    ('[project]\nname = "second-look"\n', "version is missing"),
    ('[project]\nname = "second-look"\nversion = "soon"\n', "not a release number"),
    ('[project]\nversion = "1.0"\n', "name is missing"),
    ('[project\n', "cannot read it"),
])
def test_bad_pyproject_is_named_with_the_field(tmp_path, body, complaint):
    path = _pyproject(tmp_path, body)
    with pytest.raises(cfg.MetadataError) as caught:
        cfg.read_metadata(path)
    assert complaint in str(caught.value) and str(path) in str(caught.value)


@pytest.mark.parametrize("version, numbers", [
    ("1.2", (1, 2, 0, 0)), ("0.1.0rc1", (0, 1, 0, 0)), ("2.3.4.5", (2, 3, 4, 5)), ("10.0.1.dev3", (10, 0, 1, 0)),
])
def test_windows_version_tuple(version, numbers):
    assert cfg.ProjectMetadata("x", version, "", "").version_tuple == numbers


@given(st.lists(st.integers(min_value=0, max_value=65535), min_size=2, max_size=4))
def test_windows_version_tuple_keeps_release_numbers(parts):
    meta = cfg.ProjectMetadata("x", ".".join(map(str, parts)), "", "")
    assert meta.version_tuple == tuple(parts + [0] * (4 - len(parts)))


def test_dist_info_answers_importlib_metadata(tmp_path):
    meta = cfg.ProjectMetadata("second-look", "3.1.4", "Find people & petitions", "AGPL-3.0-or-later")
    folder = cfg.write_dist_info(meta, tmp_path)
    assert folder.name == "second_look-3.1.4.dist-info"
    found = [d for d in importlib.metadata.distributions(path=[str(tmp_path)])]
    assert [(d.metadata["Name"], d.version) for d in found] == [("second-look", "3.1.4")]
    # Looked up the way eligibility/__init__.py does it, by the distribution's own name.
    dist = next(iter(importlib.metadata.distributions(name="second-look", path=[str(tmp_path)])))
    assert dist.version == "3.1.4"


def test_template_placeholders_are_all_filled():
    meta = cfg.ProjectMetadata("second-look", "1.0.0", "A & B <c>", "AGPL")
    text = cfg.render_template("@DISPLAY_NAME@ @VERSION@ @APP_ID@ @SUMMARY@", meta, release_date="2026-01-02")
    assert text == f"Second Look 1.0.0 {cfg.APP_ID} A & B <c>"
    xml = cfg.render_template("<p>@SUMMARY@</p>", meta, release_date="2026-01-02", xml=True)
    assert xml == "<p>A &amp; B &lt;c&gt;</p>"
    with pytest.raises(cfg.MetadataError, match="@NOPE@"):
        cfg.render_template("@VERSION@ @NOPE@", meta, release_date="2026-01-02")


def test_shipped_desktop_entry_and_metainfo_render():
    meta = cfg.read_metadata()
    linux = cfg.PACKAGING / "linux"
    desktop = cfg.render_template((linux / "secondlook.desktop.in").read_text(encoding="utf-8"), meta,
                                  release_date="2026-12-01")
    entries = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line and not line.startswith("#"))
    assert desktop.splitlines()[0] == "[Desktop Entry]"
    assert entries["Type"] == "Application" and entries["Icon"] == cfg.APP_ID
    assert entries["Name"] == cfg.DISPLAY_NAME and entries["Exec"] == cfg.BUNDLE_NAME
    assert entries["Categories"].endswith(";")
    metainfo = cfg.render_template((linux / "secondlook.metainfo.xml.in").read_text(encoding="utf-8"), meta,
                                   release_date="2026-12-01", xml=True)
    root = ET.fromstring(metainfo)
    assert root.findtext("id") == cfg.APP_ID
    assert root.find("launchable").text == f"{cfg.APP_ID}.desktop"
    assert root.find("releases/release").attrib == {"version": meta.version, "date": "2026-12-01"}
