"""What goes into the Second Look bundle, decided in one place the spec, the build script and the tests share.

Nothing here imports PyInstaller or Qt: the tests check these decisions in milliseconds, and the spec (which
PyInstaller executes) only turns them into ``Analysis`` arguments.

This folder deliberately has no ``__init__.py``: a package called ``packaging`` would shadow the PyPI
``packaging`` library that pip and PyInstaller import. Scripts here import their siblings by file name.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

REPO_ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = REPO_ROOT / "pyproject.toml"
RESOURCES = REPO_ROOT / "resources"
PACKAGING = REPO_ROOT / "packaging"

# The distribution name in pyproject.toml; eligibility/__init__.py asks importlib.metadata for it.
DISTRIBUTION = "second-look"
# The bundle folder, executable and macOS .app name: no spaces, so shell scripts and shortcuts stay simple.
BUNDLE_NAME = "SecondLook"
DISPLAY_NAME = "Second Look"
# Reverse-DNS id for the .desktop file, AppStream and the macOS bundle identifier. Replace with a domain the
# publisher controls before submitting to Flathub or the Mac notary service under a real Developer ID.
APP_ID = "org.secondlook.SecondLook"

# Qt modules the app imports or needs at run time. QtSvg is listed even if no code imports it, because the
# svg imageformat and iconengine plugins (every icon in resources/icons is SVG) come with it. QtPdf and
# QtPdfWidgets show petition previews; QtPrintSupport prints them.
QT_HIDDEN_IMPORTS: tuple[str, ...] = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
)

# Qt modules PySide6 ships that Second Look never uses. PyInstaller only collects what is imported, but an
# exclusion also stops a stray transitive import from pulling in hundreds of megabytes (WebEngine alone is
# larger than the rest of the bundle).
EXCLUDED_QT_MODULES: tuple[str, ...] = (
    "PySide6.Qt3DAnimation", "PySide6.Qt3DCore", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DRender",
    "PySide6.QtBluetooth", "PySide6.QtCanvasPainter", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtDesigner", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtHelp",
    "PySide6.QtHttpServer", "PySide6.QtLabsStyleKit", "PySide6.QtLocation",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtNetworkAuth", "PySide6.QtNfc",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPositioning",
    "PySide6.QtQml", "PySide6.QtQmlFeatures", "PySide6.QtQuick", "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtSensors", "PySide6.QtSerialBus",
    "PySide6.QtSerialPort", "PySide6.QtSpatialAudio", "PySide6.QtSql", "PySide6.QtStateMachine",
    "PySide6.QtTest", "PySide6.QtTextToSpeech", "PySide6.QtUiTools",
    "PySide6.QtWebChannel", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.QtAsyncio",
)

# Python packages that are only for development. Not Pillow: reportlab 5 imports it at the top of
# reportlab.lib.utils, so a bundle without it cannot write a single PDF (the smoke check generates one).
# Not pypdf either: petitions merge exhibit PDFs with it at run time.
EXCLUDED_PYTHON_MODULES: tuple[str, ...] = (
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "ruff",
    "PyInstaller", "IPython", "numpy",
)

# Modules the app imports lazily (inside functions) or only on some paths; the smoke check looks for each in
# the bundle's archive, so a build venv that lacks one (an OS with no sqlcipher3 wheel, say) fails the build
# instead of a clinic's first encrypted store or first petition.
REQUIRED_PYTHON_MODULES: tuple[str, ...] = (
    "main", "ui.app", "eligibility.cli", "eligibility.store.crypto", "eligibility.petitions",
    "reportlab.pdfgen.canvas", "PIL.Image", "pypdf", "openpyxl", "sqlite_utils", "platformdirs", "sqlcipher3",
)

# Qt plugins (paths under the bundle's Qt plugins folder) that only serve hardware or sessions a clinic
# desktop never has: embedded framebuffers, VNC, Vulkan displays, evdev input, the on-screen keyboard. The
# virtual keyboard alone drags in QtQuick and QtQml (about 17 MB). xcb, wayland and offscreen stay.
#
# The GTK 3 platform theme goes too. It loads the user's own libgtk-3, but PyInstaller would bundle the
# build machine's pango, cairo, atk and gdk-pixbuf beside it, and a GTK newer than those bundled copies
# fails to load or crashes; Qt falls back to the XDG desktop portal theme (native file dialogs through the
# portal on GNOME and KDE) or its own.
EXCLUDED_QT_PLUGINS: tuple[str, ...] = (
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc", "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl", "egldeviceintegrations/", "generic/",
    "platforminputcontexts/libqtvirtualkeyboardplugin", "platformthemes/libqgtk3",
)
# Qt libraries that only the plugins above (or the excluded modules) load. The smoke check runs ldd over the
# bundle on Linux, so a library dropped here that something still needs fails the check, not a user.
EXCLUDED_QT_LIBRARIES: tuple[str, ...] = (
    "libQt6Quick", "libQt6Qml", "libQt6VirtualKeyboard", "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
    "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard",
)

# Qt plugin folders the bundle must hold. The smoke check asserts on these. Qt 6 builds the Fusion and
# native styles into QtWidgets on Linux, so there is no styles folder there; Windows and macOS add one.
REQUIRED_QT_PLUGINS: dict[str, tuple[str, ...]] = {
    "linux": ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqsvg.so",
              "iconengines/libqsvgicon.so"),
    "win32": ("platforms/qwindows.dll", "platforms/qoffscreen.dll", "imageformats/qsvg.dll",
              "iconengines/qsvgicon.dll", "styles/qmodernwindowsstyle.dll"),
    "darwin": ("platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib", "imageformats/libqsvg.dylib",
               "iconengines/libqsvgicon.dylib", "styles/libqmacstyle.dylib"),
}

_VERSION_RE = re.compile(r"^\d+(\.\d+){1,3}([.-]?(a|b|rc|dev|post)\d*)?$")


class MetadataError(Exception):
    """pyproject.toml lacks what the bundle needs; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class ProjectMetadata:
    name: str
    version: str
    description: str
    license: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for the Windows version resource, which accepts nothing else (``0.1.0rc1`` → 0,1,0,0)."""
        release = re.match(r"\d+(\.\d+)*", self.version)
        numbers = [int(n) for n in release.group(0).split(".")] if release else []
        a, b, c, d = (numbers + [0, 0, 0, 0])[:4]
        return a, b, c, d


def read_metadata(pyproject: Path = PYPROJECT) -> ProjectMetadata:
    """The name, version and description from ``[project]``: the version lives there and nowhere else."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise MetadataError(f"{pyproject}: cannot read it ({exc})") from exc
    project = data.get("project")
    if not isinstance(project, dict):
        raise MetadataError(f"{pyproject}: there is no [project] table")
    for field in ("name", "version"):
        if not isinstance(project.get(field), str) or not project[field].strip():
            raise MetadataError(f"{pyproject}: [project] {field} is missing or not a string")
    version = project["version"].strip()
    if not _VERSION_RE.match(version):
        raise MetadataError(f"{pyproject}: [project] version {version!r} is not a release number like 1.2.3")
    license_field = project.get("license", {})
    license_text = license_field.get("text", "") if isinstance(license_field, dict) else str(license_field)
    return ProjectMetadata(name=project["name"].strip(), version=version,
                           description=str(project.get("description", "")).strip(), license=license_text)


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """(source file, destination folder) for every file under resources/, at ``resources/...`` in the bundle.

    Files rather than folders: PyInstaller reuses its cached analysis when the inputs look unchanged, and a
    folder entry looks unchanged when someone adds a file to it, so the bundle silently missed new files.
    Hidden files (editor swap files, .DS_Store) stay out.
    """
    if not resources.is_dir():
        raise MetadataError(f"{resources}: the resources folder is missing")
    pairs: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        rel = path.relative_to(resources)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        pairs.append((str(path), "/".join(("resources", *rel.parts[:-1]))))
    return pairs


def empty_resource_dirs(resources: Path = RESOURCES) -> list[str]:
    """Top-level subfolders with no files yet; they get a marker file so the bundle keeps the folder."""
    return sorted(p.name for p in resources.iterdir() if p.is_dir() and not p.name.startswith(".")
                  and not any(f.is_file() and not f.name.startswith(".") for f in p.rglob("*")))


def _bundle_path(dest: str) -> str:
    return dest.replace("\\", "/")


def _without_lib(name: str) -> str:
    return name.removeprefix("lib")


def is_excluded_binary(dest: str) -> bool:
    """True for a PyInstaller TOC destination path that the bundle leaves out (see the lists above).

    Names are compared without the ``lib`` prefix so one list serves Linux (``libqvnc.so``), macOS
    (``libqvnc.dylib``, ``QtQuick.framework/...``) and Windows (``qvnc.dll``, ``Qt6Quick.dll``).
    """
    path = _bundle_path(dest)
    if "/plugins/" in path:
        folder, _, plugin = path.split("/plugins/", 1)[1].rpartition("/")
        for prefix in EXCLUDED_QT_PLUGINS:
            want_folder, _, want_name = prefix.rpartition("/")
            if folder == want_folder and (not want_name or
                                          _without_lib(plugin).startswith(_without_lib(want_name))):
                return True
    segments = path.split("/")
    name = _without_lib(segments[-1])
    if any(name.startswith(_without_lib(prefix)) for prefix in EXCLUDED_QT_LIBRARIES):
        return True
    # macOS keeps Qt libraries as frameworks: PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick
    frameworks = [s[: -len(".framework")] for s in segments if s.endswith(".framework")]
    return any(f.replace("Qt", "Qt6", 1).startswith(_without_lib(prefix))
               for f in frameworks for prefix in EXCLUDED_QT_LIBRARIES)


def shipped_languages(resources: Path = RESOURCES) -> set[str]:
    """Languages the app has translations for (``secondlook_es.qm`` → ``es``), plus English."""
    languages = {"en"}
    folder = resources / "translations"
    if folder.is_dir():
        for f in folder.iterdir():
            if f.suffix in (".qm", ".ts") and "_" in f.stem:
                languages.add(f.stem.split("_", 1)[1].split("_")[0].lower())
    return languages


def is_unused_qt_translation(dest: str, languages: set[str]) -> bool:
    """Qt's own catalogues (qtbase_de.qm ...) for languages the app itself is not translated into.

    Keeping only the app's languages stops a German-locale machine showing German buttons in an English app,
    and saves about 6 MB.
    """
    path = _bundle_path(dest)
    if "/translations/" not in path or not path.endswith(".qm") or "/resources/" in path:
        return False
    stem = path.rsplit("/", 1)[-1][:-3]
    if "_" not in stem:
        return False
    language = stem.split("_", 1)[1].split("_")[0].lower()
    return language not in languages


TocEntry = tuple[str, str, str]  # PyInstaller's (destination, source, typecode)


def prune_toc(binaries: list[TocEntry], datas: list[TocEntry], *,
              languages: set[str]) -> tuple[list[TocEntry], list[TocEntry]]:
    """Apply the exclusions above to Analysis' binaries and datas.

    PyInstaller also records top-level symlinks to Qt libraries (``SYMLINK`` entries in datas); once their
    target is dropped they would dangle, so any symlink whose target is no longer in the bundle goes too.
    """
    kept_binaries = [e for e in binaries if not is_excluded_binary(e[0])]
    kept_datas = [e for e in datas if not is_unused_qt_translation(e[0], languages)
                  and not (e[2] == "SYMLINK" and is_excluded_binary(e[0]))]
    present = {_bundle_path(e[0]) for e in (*kept_binaries, *kept_datas)}

    def target_present(entry: TocEntry) -> bool:
        link_dir = _bundle_path(entry[0]).rpartition("/")[0]
        parts: list[str] = [p for p in link_dir.split("/") if p]
        for piece in _bundle_path(entry[1]).split("/"):
            if piece == "..":
                if parts:
                    parts.pop()
            elif piece not in ("", "."):
                parts.append(piece)
        return "/".join(parts) in present

    kept_datas = [e for e in kept_datas if e[2] != "SYMLINK" or target_present(e)]
    return kept_binaries, kept_datas


def translations_to_compile(resources: Path = RESOURCES) -> list[Path]:
    """Qt Linguist sources (.ts) under resources/translations with no compiled .qm beside them.

    QTranslator loads only .qm files, so the build compiles these with lrelease into the bundle; a .qm that
    is committed next to its .ts wins (whoever committed it chose that build of the catalogue).
    """
    folder = resources / "translations"
    if not folder.is_dir():
        return []
    return sorted(ts for ts in folder.glob("*.ts") if not ts.with_suffix(".qm").is_file())


def find_lrelease(python: str = sys.executable) -> Path | None:
    """PySide6's lrelease wrapper, beside the interpreter (a venv's bin/ or Scripts/) or on PATH."""
    import shutil

    here = Path(python).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe",
                      here / "Scripts" / "pyside6-lrelease.exe"):
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def excluded_modules() -> list[str]:
    return [*EXCLUDED_QT_MODULES, *EXCLUDED_PYTHON_MODULES]


def platform_key(platform: str = sys.platform) -> str:
    if platform.startswith("linux"):
        return "linux"
    if platform in ("win32", "cygwin"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    raise ValueError(f"no bundle recipe for platform {platform!r}")


def write_dist_info(metadata: ProjectMetadata, target: Path) -> Path:
    """A minimal ``.dist-info`` so ``importlib.metadata.version("second-look")`` answers inside the bundle.

    eligibility/__init__.py reads its version that way; the frozen app has no installed distribution to ask,
    and PyInstaller's ``copy_metadata`` needs one installed in the build venv. Writing it from pyproject.toml
    keeps the version in exactly one place.
    """
    folder = target / f"{metadata.name.replace('-', '_')}-{metadata.version}.dist-info"
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["Metadata-Version: 2.1", f"Name: {metadata.name}", f"Version: {metadata.version}"]
    if metadata.description:
        lines.append(f"Summary: {metadata.description}")
    if metadata.license:
        lines.append(f"License: {metadata.license}")
    (folder / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "INSTALLER").write_text("second-look packaging\n", encoding="utf-8")
    return folder


def render_template(text: str, metadata: ProjectMetadata, *, release_date: str, xml: bool = False) -> str:
    """Fill ``@NAME@`` placeholders in the .desktop and metainfo templates; leave none behind.

    ``xml`` escapes the values (a description may hold ``&`` or ``<``).
    """
    values = {
        "@VERSION@": metadata.version,
        "@APP_ID@": APP_ID,
        "@DISPLAY_NAME@": DISPLAY_NAME,
        "@BUNDLE_NAME@": BUNDLE_NAME,
        "@SUMMARY@": metadata.description,
        "@LICENSE@": metadata.license,
        "@RELEASE_DATE@": release_date,
    }
    for key, value in values.items():
        text = text.replace(key, xml_escape(value) if xml else value.replace("\n", " "))
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise MetadataError(f"template placeholders with no value: {', '.join(sorted(set(leftover)))}")
    return text
