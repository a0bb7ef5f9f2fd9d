"""What the shared spec hands PyInstaller, checked by running the spec against recording stand-ins."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path
from typing import ClassVar

import bundle_config as cfg
import pytest

REPO = cfg.REPO_ROOT
UNUSED_QT = ("QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "Qt3DCore", "Qt3DRender",
             "QtMultimedia", "QtQuick", "QtQml", "QtCharts", "QtDataVisualization", "QtQuick3D")


class _Recorder:
    calls: ClassVar[list[tuple[str, tuple, dict]]] = []

    def __init__(self, *args, **kwargs):
        type(self).calls.append((type(self).__name__, args, kwargs))
        self.args, self.kwargs = args, kwargs
        self.pure, self.scripts = [], []
        self.binaries = [
            ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/src/libqoffscreen.so", "BINARY"),
            ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/src/vk.so", "BINARY"),
        ]
        self.datas = [
            ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
            ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_en.qm", "/src/qtbase_en.qm", "DATA"),
        ]


def _stand_in(name: str) -> type:
    return type(name, (_Recorder,), {})


@pytest.fixture
def spec_run(tmp_path, monkeypatch):
    _Recorder.calls = []
    names = {n: _stand_in(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace = {"SPECPATH": str(cfg.PACKAGING), "workpath": str(tmp_path / "work"), "__file__": "spec", **names}
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec prepends its folder; undo that afterwards
    code = (cfg.PACKAGING / "secondlook.spec").read_text(encoding="utf-8")
    exec(compile(code, "secondlook.spec", "exec"), namespace)  # noqa: S102 - this is how PyInstaller runs a spec
    return namespace


def _call(name: str) -> tuple[tuple, dict]:
    [(args, kwargs)] = [(a, k) for n, a, k in _Recorder.calls if n == name]
    return args, kwargs


def test_every_resources_subfolder_is_bundled(spec_run):
    _args, kwargs = _call("Analysis")
    destinations = {dest for _src, dest in kwargs["datas"]}
    for sub in (p for p in (REPO / "resources").iterdir() if p.is_dir()):
        assert any(d == f"resources/{sub.name}" or d.startswith(f"resources/{sub.name}/") for d in destinations), \
            f"resources/{sub.name} is not in the bundle"
    bundled_files = {Path(src).resolve() for src, dest in kwargs["datas"] if dest.startswith("resources")}
    source_files = {p.resolve() for p in (REPO / "resources").rglob("*")
                    if p.is_file() and not any(part.startswith(".") for part in p.relative_to(REPO).parts)}
    assert source_files <= bundled_files


def test_version_metadata_goes_in_with_the_pyproject_version(spec_run):
    _args, kwargs = _call("Analysis")
    version = cfg.read_metadata().version
    assert any(dest == f"second_look-{version}.dist-info" for _src, dest in kwargs["datas"])


def test_unused_qt_modules_are_excluded_and_used_ones_are_not(spec_run):
    _args, kwargs = _call("Analysis")
    excludes = set(kwargs["excludes"])
    for module in UNUSED_QT:
        assert f"PySide6.{module}" in excludes
    for needed in ("PySide6.QtSvg", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtWidgets"):
        assert needed in kwargs["hiddenimports"] and needed not in excludes
    assert "main" in kwargs["hiddenimports"]
    assert _args[0][0].endswith("launcher.py")


def test_the_spec_prunes_unused_plugins_dangling_links_and_foreign_catalogues(spec_run):
    analysis = spec_run["a"]
    kept = {d for d, _s, _t in analysis.binaries} | {d for d, _s, _t in analysis.datas}
    assert "PySide6/Qt/lib/libQt6Gui.so.6" in kept and "libQt6Gui.so.6" in kept
    assert "PySide6/Qt/plugins/platforms/libqoffscreen.so" in kept
    assert "PySide6/Qt/lib/libQt6Quick.so.6" not in kept and "libQt6Quick.so.6" not in kept
    assert not any("virtualkeyboard" in d for d in kept)
    assert "PySide6/Qt/translations/qtbase_en.qm" in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept


def test_one_folder_bundle_named_for_the_app(spec_run):
    _args, kwargs = _call("COLLECT")
    assert kwargs["name"] == cfg.BUNDLE_NAME and kwargs["upx"] is False
    exe_names = [k["name"] for n, _a, k in _Recorder.calls if n == "EXE"]
    assert exe_names[0] == cfg.BUNDLE_NAME
    assert all(k["exclude_binaries"] for n, _a, k in _Recorder.calls if n == "EXE")  # one-folder, not one-file


def _imported_modules(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return found


def test_nothing_the_app_imports_is_excluded():
    sources = [REPO / "main.py", *(REPO / "eligibility").rglob("*.py"), *(REPO / "ui").rglob("*.py")]
    imported = _imported_modules(sources)
    excluded = set(cfg.excluded_modules())
    clashes = sorted(m for m in imported
                     if m in excluded or m.split(".")[0] in excluded
                     or (m.startswith("PySide6.") and ".".join(m.split(".")[:2]) in excluded))
    assert clashes == []
    # The app's own Qt modules must be bundled even where only a plugin needs them.
    qt_used = {".".join(m.split(".")[:2]) for m in imported if m.startswith("PySide6.Qt")}
    assert qt_used <= set(cfg.QT_HIDDEN_IMPORTS) | {"PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtXml",
                                                     "PySide6.QtConcurrent"}


def _requirement_names(distribution: str) -> set[str]:
    """Distributions ``distribution`` needs unconditionally (no extra), by normalised name."""
    names = set()
    for req in importlib.metadata.requires(distribution) or []:
        if "extra ==" in req.replace("extra==", "extra =="):
            continue
        names.add(re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0].lower().replace("_", "-"))
    return names


def test_no_excluded_module_is_something_a_dependency_needs():
    """Pillow looked optional and was excluded once; reportlab imports it at the top, so no PDF could be made."""
    project = tomllib.loads(cfg.PYPROJECT.read_text(encoding="utf-8"))["project"]
    direct = {re.split(r"[\s;<>=!~\[(]", d, maxsplit=1)[0] for d in project["dependencies"]}
    needed = set()
    for dist in direct:
        needed.add(dist.lower().replace("_", "-"))
        needed |= _requirement_names(dist)
    module_owners = importlib.metadata.packages_distributions()
    clashes = sorted(m for m in cfg.EXCLUDED_PYTHON_MODULES
                     if any(owner.lower().replace("_", "-") in needed for owner in module_owners.get(m, [])))
    assert clashes == []
    assert not set(cfg.EXCLUDED_PYTHON_MODULES) & {m.split(".")[0] for m in cfg.REQUIRED_PYTHON_MODULES}


@pytest.mark.parametrize("dest, excluded", [
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqminimal.so", False),
    ("PySide6/Qt/plugins/platforms/libqminimalegl.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("libQt6Quick.so.6", True),
    ("PySide6/Qt6Quick.dll", True),
    ("PySide6/Qt6Qml.dll", True),
    ("PySide6/Qt6Gui.dll", False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", True),
    ("PySide6/Qt/lib/QtQmlModels.framework/Versions/A/QtQmlModels", True),
    ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", False),
])
def test_binary_exclusions_read_the_same_on_every_os(dest, excluded):
    assert cfg.is_excluded_binary(dest) is excluded
    assert cfg.is_excluded_binary(dest.replace("/", "\\")) is excluded  # Windows TOC paths
