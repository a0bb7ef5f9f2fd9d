"""Smoke checks run against a built bundle: does what a clinic downloads actually start and work?

Each check runs the frozen executable as a user would, in a scratch working directory with scratch per-user
folders and no PYTHONPATH, so nothing from the source tree or the build machine's profile can stand in for
what the bundle is missing. Results are values, gathered rather than raised, so one run reports everything.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import bundle_config as cfg
import launcher

# A fixed as-of date keeps the bundle-versus-source comparison independent of the day the check runs.
SMOKE_AS_OF = "2026-11-27"
SMOKE_QUIT_MS = 2500
GUI_TIMEOUT_SECONDS = 120
CLI_TIMEOUT_SECONDS = 120
STATUSES = {"eligible", "not_yet", "not_eligible", "excluded", "needs_review"}
JSONL_KEYS = {"person_id", "program", "status", "eligible_on", "pack_version", "criteria"}
# Libraries the bundle itself must provide; anything else ldd cannot find is the desktop's to supply
# (X11/xcb pieces, GTK for the native theme) and is reported, not failed.
_BUNDLED_LIBRARY = re.compile(r"^(libQt6|libicu|libpyside6|libshiboken6|libpython3)")


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float
    skipped: bool = False


class Skipped(Exception):
    """A check that cannot run on this machine (no Xvfb, say); reported as SKIP, never as a pass."""


@dataclass(frozen=True, slots=True)
class BundleLayout:
    """Where the pieces of a built bundle are on this OS."""

    root: Path          # the one-folder app (on macOS the .app bundle)
    cli: Path           # the executable that has standard output
    gui: Path           # the executable a user double-clicks
    internal: Path      # where PyInstaller put the libraries and resources

    @property
    def resources(self) -> Path:
        return self.internal / "resources"


def layout(dist: Path, platform: str | None = None) -> BundleLayout:
    platform = platform or cfg.platform_key()
    name = cfg.BUNDLE_NAME
    if platform == "win32":
        root = dist / name
        return BundleLayout(root=root, cli=root / f"{name}-cli.exe", gui=root / f"{name}.exe",
                            internal=root / "_internal")
    if platform == "darwin":
        root = dist / f"{name}.app"
        exe = root / "Contents" / "MacOS" / name
        # PyInstaller 6 splits a .app: code under Contents/Frameworks, data under Contents/Resources, with
        # symlinks between them, so resources/ is reachable from Frameworks where sys._MEIPASS points.
        return BundleLayout(root=root, cli=exe, gui=exe, internal=root / "Contents" / "Frameworks")
    root = dist / name
    return BundleLayout(root=root, cli=root / name, gui=root / name, internal=root / "_internal")


def clean_env(scratch: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")
           and not k.startswith("SECONDLOOK_")}
    env["SECONDLOOK_DATA_DIR"] = str(scratch / "data")
    env["SECONDLOOK_CONFIG_DIR"] = str(scratch / "config")
    env.update(extra)
    return env


def _run(argv: Sequence[str | Path], *, env: dict[str, str], cwd: Path,
         timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout, check=False)


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _timed(name: str, check: Callable[[], tuple[bool, str]]) -> CheckResult:
    start = time.monotonic()
    try:
        ok, detail = check()
    except Skipped as exc:
        return CheckResult(name=name, ok=True, detail=str(exc), seconds=time.monotonic() - start, skipped=True)
    except subprocess.TimeoutExpired as exc:
        ok, detail = False, f"timed out after {exc.timeout:.0f} s"
    except Exception as exc:  # noqa: BLE001 - a broken check is a failed check, reported with the others
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    return CheckResult(name=name, ok=ok, detail=detail, seconds=time.monotonic() - start)


# ---- the checks --------------------------------------------------------------------------------------------
def check_version(bundle: BundleLayout, *, version: str, scratch: Path) -> tuple[bool, str]:
    done = _run([bundle.cli, "--version"], env=clean_env(scratch), cwd=scratch, timeout=CLI_TIMEOUT_SECONDS)
    printed = (done.stdout + done.stderr).strip()
    expected = f"{cfg.DISPLAY_NAME} {version}"
    if done.returncode != 0:
        return False, f"exit status {done.returncode}: {_tail(done.stderr)}"
    return printed == expected, f"printed {printed!r}, expected {expected!r}"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_resources(bundle: BundleLayout, *, source: Path = cfg.RESOURCES) -> tuple[bool, str]:
    """Every file under the source resources/ is in the bundle, byte for byte."""
    missing, differ, count = [], [], 0
    for src in sorted(p for p in source.rglob("*") if p.is_file() and not p.name.startswith(".")):
        rel = src.relative_to(source)
        count += 1
        frozen = bundle.resources / rel
        if not frozen.is_file():
            missing.append(str(rel))
        elif _digest(frozen) != _digest(src):
            differ.append(str(rel))
    if missing or differ:
        return False, f"missing: {missing[:10]}; different: {differ[:10]}"
    return True, f"{count} files under resources/ present and identical"


def check_translations(bundle: BundleLayout, *, source: Path = cfg.RESOURCES) -> tuple[bool, str]:
    """Every catalogue the app ships (.ts or .qm in resources/translations) is in the bundle as a .qm,
    which is the only form QTranslator loads, and Qt's own catalogue for that language came along."""
    folder = source / "translations"
    languages = sorted({p.stem for p in folder.glob("*.ts")} | {p.stem for p in folder.glob("*.qm")}) \
        if folder.is_dir() else []
    if not languages:
        raise Skipped("resources/translations has no catalogues yet")
    qt_translations = next((p for p in (bundle.internal / "PySide6" / "Qt" / "translations",
                                        bundle.internal / "PySide6" / "translations") if p.is_dir()), None)
    missing = []
    for stem in languages:
        if not (bundle.resources / "translations" / f"{stem}.qm").is_file():
            missing.append(f"resources/translations/{stem}.qm")
        language = stem.split("_", 1)[1] if "_" in stem else ""
        if language and (qt_translations is None or not (qt_translations / f"qtbase_{language}.qm").is_file()):
            missing.append(f"Qt's qtbase_{language}.qm")
    if missing:
        return False, f"missing: {missing}"
    return True, f"compiled catalogues for {', '.join(languages)}, with Qt's own"


def check_qt_plugins(bundle: BundleLayout, *, platform: str | None = None) -> tuple[bool, str]:
    plugins = bundle.internal / "PySide6" / "Qt" / "plugins"
    if not plugins.is_dir():
        plugins = bundle.internal / "PySide6" / "plugins"  # Windows wheels keep plugins beside the DLLs
    required = cfg.REQUIRED_QT_PLUGINS[platform or cfg.platform_key()]
    missing = [p for p in required if not (plugins / p).is_file()]
    excluded = [str(p.relative_to(plugins)) for p in plugins.rglob("*") if p.is_file()
                and cfg.is_excluded_binary(f"PySide6/Qt/plugins/{p.relative_to(plugins).as_posix()}")]
    if missing or excluded:
        return False, f"missing plugins: {missing}; plugins that should have been left out: {excluded}"
    return True, f"{len(required)} required Qt plugins present ({', '.join(required)})"


def check_excluded_modules(bundle: BundleLayout) -> tuple[bool, str]:
    """No unused Qt module (WebEngine, Quick, 3D ...) slipped in through a transitive import."""
    pyside = bundle.internal / "PySide6"
    found = sorted(m for m in cfg.EXCLUDED_QT_MODULES
                   if any(pyside.glob(m.split(".", 1)[1] + ".*")))
    return not found, (f"unexpected Qt modules: {found}" if found
                       else f"none of the {len(cfg.EXCLUDED_QT_MODULES)} excluded Qt modules is present")


def check_linked_libraries(bundle: BundleLayout) -> tuple[bool, str]:
    """Linux: ldd every shared object; a Qt/ICU/Python library the bundle should carry but lacks fails."""
    if cfg.platform_key() != "linux":
        raise Skipped("ldd is only run on Linux")
    folders = sorted({str(p.parent) for p in bundle.internal.rglob("*.so*") if p.is_file()})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(folders))
    missing_bundled: set[str] = set()
    missing_system: set[str] = set()
    objects = [p for p in bundle.internal.rglob("*") if p.is_file() and not p.is_symlink()
               and (p.suffix == ".so" or ".so." in p.name)]
    for obj in objects:
        done = subprocess.run(["ldd", str(obj)], env=env, capture_output=True, text=True, check=False)
        for line in done.stdout.splitlines():
            if "=> not found" in line:
                lib = line.split("=>")[0].strip()
                (missing_bundled if _BUNDLED_LIBRARY.match(lib) else missing_system).add(lib)
    detail = f"{len(objects)} shared objects checked"
    if missing_system:
        detail += f"; left to the desktop (not on this build machine): {', '.join(sorted(missing_system))}"
    if missing_bundled:
        return False, detail + f"; MISSING from the bundle: {', '.join(sorted(missing_bundled))}"
    return True, detail


def check_desktop_entry(bundle: BundleLayout) -> tuple[bool, str]:
    """Linux: the .desktop entry and AppStream metainfo pass the freedesktop validators, where installed."""
    if cfg.platform_key() != "linux":
        raise Skipped("desktop entries are a Linux thing")
    share = bundle.root / "share"
    desktop = share / "applications" / f"{cfg.APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{cfg.APP_ID}.metainfo.xml"
    missing = [str(p.relative_to(bundle.root)) for p in (desktop, metainfo) if not p.is_file()]
    if missing:
        return False, f"missing: {missing}"
    validators = [(tool, argv) for tool, argv in (
        ("desktop-file-validate", [str(desktop)]),
        ("appstreamcli", ["validate", "--no-net", str(metainfo)]),
    ) if shutil.which(tool)]
    if not validators:
        raise Skipped("neither desktop-file-validate nor appstreamcli is installed "
                      "(apt-get install desktop-file-utils appstream)")
    problems = []
    for tool, argv in validators:
        done = subprocess.run([tool, *argv], capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            problems.append(f"{tool}: {_tail(done.stdout + done.stderr, 4)}")
    if problems:
        return False, "; ".join(problems)
    return True, "valid according to " + " and ".join(tool for tool, _argv in validators)


def demo_files(resources: Path) -> tuple[Path, Path | None]:
    demo = resources / "demo"
    rosters = sorted(demo.glob("roster*.csv"))
    if not rosters:
        raise FileNotFoundError(f"no demo roster (roster*.csv) in {demo}")
    conducts = sorted(demo.glob("conduct*.csv"))
    roster = demo / "roster.csv" if (demo / "roster.csv").is_file() else rosters[0]
    conduct = demo / "conduct.csv" if (demo / "conduct.csv").is_file() else (conducts[0] if conducts else None)
    return roster, conduct


def validate_jsonl(text: str, *, people: int) -> list[str]:
    """Problems with evaluate's JSON lines against the interchange contract; empty when all is well."""
    problems: list[str] = []
    seen: set[str] = set()
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ["evaluate printed no JSON lines"]
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            problems.append(f"line {number} is not JSON")
            continue
        absent = JSONL_KEYS - set(record)
        if absent:
            problems.append(f"line {number} lacks {sorted(absent)}")
        if record.get("status") not in STATUSES:
            problems.append(f"line {number} has status {record.get('status')!r}")
        seen.add(str(record.get("person_id")))
    if len(seen) != people:
        problems.append(f"{len(seen)} people in the output, {people} in the roster")
    return problems


def _count_rows(roster: Path) -> int:
    with roster.open(encoding="utf-8-sig", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def check_evaluate(bundle: BundleLayout, *, scratch: Path, python: str = sys.executable) -> tuple[bool, str]:
    """The bundle evaluates its own demo roster, and says exactly what the source tree says."""
    roster, conduct = demo_files(bundle.resources)
    args = ["evaluate", "--roster", str(roster), "--as-of", SMOKE_AS_OF, "--format", "jsonl"]
    if conduct is not None:
        args[3:3] = ["--conduct", str(conduct)]
    frozen = _run([bundle.cli, *args], env=clean_env(scratch), cwd=scratch, timeout=CLI_TIMEOUT_SECONDS)
    if frozen.returncode != 0:
        return False, f"exit status {frozen.returncode}: {_tail(frozen.stderr)}"
    problems = validate_jsonl(frozen.stdout, people=_count_rows(roster))
    if problems:
        return False, "; ".join(problems[:8])
    source = _run([python, str(cfg.REPO_ROOT / "main.py"), *args], env=clean_env(scratch), cwd=cfg.REPO_ROOT,
                  timeout=CLI_TIMEOUT_SECONDS)
    if source.returncode != 0:
        return False, f"the source tree's evaluate failed ({source.returncode}): {_tail(source.stderr)}"
    if frozen.stdout != source.stdout:
        a, b = frozen.stdout.splitlines(), source.stdout.splitlines()
        first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        return False, f"bundle and source differ from line {first + 1} ({len(a)} vs {len(b)} lines)"
    lines = frozen.stdout.count("\n")
    return True, f"{lines} determinations for {_count_rows(roster)} people, identical to the source tree's"


def check_python_modules(bundle: BundleLayout) -> tuple[bool, str]:
    """The archive inside the executable holds every module the app imports lazily, and no test tooling."""
    from PyInstaller.archive.readers import pkg_archive_contents

    names = set(pkg_archive_contents(str(bundle.cli)))
    missing = [m for m in cfg.REQUIRED_PYTHON_MODULES if m not in names]
    unwanted = sorted({n.split(".")[0] for n in names} & set(cfg.EXCLUDED_PYTHON_MODULES))
    if missing or unwanted:
        return False, f"missing modules: {missing}; development modules that got in: {unwanted}"
    return True, f"{len(names)} archived modules, including all {len(cfg.REQUIRED_PYTHON_MODULES)} required"


_PAGES = re.compile(r"\((\d+) pages?\)")


def check_petition(bundle: BundleLayout, *, scratch: Path, python: str = sys.executable) -> tuple[bool, str]:
    """A plain store, the demo roster, office settings, then a client summary PDF: reportlab, the bundled
    fonts and templates and the settings file all in use. The same document from the source tree should be
    byte-identical (reportlab's invariant mode); a difference is reported, not failed."""
    store = scratch / "plain.slstore"
    roster, conduct = demo_files(bundle.resources)
    env = clean_env(scratch)
    exe = [bundle.cli]
    setup = [
        ["init", "--store", str(store)],
        ["import", str(roster), *(["--conduct", str(conduct)] if conduct else []), "--store", str(store)],
        ["settings", "set", "office.organisation", "Smoke Check Legal Clinic"],
        ["settings", "set", "office.phone", "555-0100"],
    ]
    for step in setup:
        done = _run([*exe, *step], env=env, cwd=scratch, timeout=CLI_TIMEOUT_SECONDS)
        if done.returncode != 0:
            return False, f"`{step[0]}` exited {done.returncode}: {_tail(done.stderr, 3)}"
    evaluated = _run([*exe, "evaluate", "--store", str(store), "--as-of", SMOKE_AS_OF, "--format", "jsonl"],
                     env=env, cwd=scratch, timeout=CLI_TIMEOUT_SECONDS)
    if evaluated.returncode != 0:
        return False, f"evaluating the store exited {evaluated.returncode}: {_tail(evaluated.stderr, 3)}"
    eligible = [json.loads(line)["person_id"] for line in evaluated.stdout.splitlines()
                if line.strip() and json.loads(line)["status"] == "eligible"]
    if not eligible:
        return False, "nobody in the demo roster is eligible for anything, so no document to generate"
    outputs = {}
    for label, argv, cwd in (("bundle", exe, scratch), ("source", [python, cfg.REPO_ROOT / "main.py"], cfg.REPO_ROOT)):
        target = scratch / f"summary-{label}.pdf"
        done = _run([*argv, "petition", eligible[0], "--document", "client-summary", "--out", str(target),
                     "--as-of", SMOKE_AS_OF, "--store", str(store)], env=env, cwd=cwd, timeout=CLI_TIMEOUT_SECONDS)
        if done.returncode != 0:
            if label == "source":
                return True, "the bundle wrote the document; the source tree could not, so no comparison"
            return False, f"`petition` exited {done.returncode}: {_tail(done.stderr, 3)}"
        if not target.read_bytes().startswith(b"%PDF-"):
            return False, f"the {label}'s output is not a PDF"
        pages = _PAGES.search(done.stdout)
        outputs[label] = (target.read_bytes(), int(pages.group(1)) if pages else 0)
    data, pages = outputs["bundle"]
    same = "byte-identical to" if data == outputs["source"][0] else "DIFFERENT from"
    return pages >= 1, f"client summary, {pages} page(s), {len(data)} bytes, {same} the source tree's"


_SMOKE_PASSPHRASE = "smoke check passphrase, not a secret"
_SQLITE_HEADER = b"SQLite format 3\x00"


def _encrypted_store_steps(exe: Sequence[str | Path], *, resources: Path, scratch: Path,
                           cwd: Path) -> tuple[bool, str]:
    """Create an encrypted store, import the demo roster into it, verify its audit trail, reject a wrong key."""
    store = scratch / f"encrypted-{len(list(scratch.glob('encrypted-*')))}.slstore"
    roster, conduct = demo_files(resources)
    env = clean_env(scratch, SECONDLOOK_PASSPHRASE=_SMOKE_PASSPHRASE)
    steps = [
        ["init", "--encrypt", "--store", str(store)],
        ["import", str(roster), *(["--conduct", str(conduct)] if conduct else []), "--store", str(store)],
        ["audit", "verify", "--store", str(store)],
    ]
    for step in steps:
        done = _run([*exe, *step], env=env, cwd=cwd, timeout=CLI_TIMEOUT_SECONDS)
        if done.returncode != 0:
            return False, f"`{step[0]} {step[1]}` exited {done.returncode}: {_tail(done.stderr, 3)}"
    if store.read_bytes()[:16] == _SQLITE_HEADER:
        return False, "the store was written as plain SQLite, not SQLCipher"
    wrong = _run([*exe, "audit", "verify", "--store", str(store)],
                 env=clean_env(scratch, SECONDLOOK_PASSPHRASE="a different passphrase"), cwd=cwd,
                 timeout=CLI_TIMEOUT_SECONDS)
    if wrong.returncode != 1 or "Traceback" in wrong.stderr:
        return False, f"a wrong passphrase gave exit status {wrong.returncode}: {_tail(wrong.stderr, 3)}"
    return True, "created an encrypted store, imported the demo roster, audit trail intact, wrong key refused"


def check_encrypted_store(bundle: BundleLayout, *, scratch: Path, python: str = sys.executable) -> tuple[bool, str]:
    """SQLCipher works inside the bundle; when it does not, say whether the source tree fails the same way."""
    ok, detail = _encrypted_store_steps([bundle.cli], resources=bundle.resources, scratch=scratch, cwd=scratch)
    if ok:
        return ok, detail
    source_ok, source_detail = _encrypted_store_steps([python, cfg.REPO_ROOT / "main.py"], resources=cfg.RESOURCES,
                                                      scratch=scratch, cwd=cfg.REPO_ROOT)
    if source_ok:
        return False, f"{detail} (the source tree passes: the bundle lacks something)"
    return False, f"{detail} (the source tree fails too, so not a packaging problem: {source_detail})"


def check_gui(bundle: BundleLayout, *, scratch: Path, platform: str = "offscreen",
              display: str | None = None) -> tuple[bool, str]:
    """The desktop app starts on the given Qt platform, shows a window, and quits by itself cleanly."""
    report = scratch / f"gui-report-{platform}.txt"
    extra = {"QT_QPA_PLATFORM": platform, launcher.SMOKE_QUIT_ENV: str(SMOKE_QUIT_MS),
             launcher.SMOKE_REPORT_ENV: str(report)}
    if display is not None:
        extra["DISPLAY"] = display
    env = clean_env(scratch, **extra)
    start = time.monotonic()
    done = _run([bundle.gui], env=env, cwd=scratch, timeout=GUI_TIMEOUT_SECONDS)
    elapsed = time.monotonic() - start
    if not report.is_file():
        return False, f"no smoke report; exit status {done.returncode}: {_tail(done.stderr)}"
    payload = launcher.parse_smoke_report(report.read_text(encoding="utf-8"))
    windows = payload.get("windows", [])
    shown = ", ".join(f"{w['class']} {w['width']}x{w['height']}" for w in windows) or "none"
    detail = (f"platform {payload.get('platform')}; visible windows: {shown}; exit status {done.returncode}; "
              f"{elapsed:.1f} s including the {SMOKE_QUIT_MS} ms wait")
    if done.returncode != 0:
        return False, detail + f"; stderr: {_tail(done.stderr)}"
    if not windows:
        return False, detail + "; no window was visible"
    if not any(w.get("main_window") for w in windows):
        detail += " (no QMainWindow among them: a first-run dialog may stand in front of it)"
    return payload.get("platform") == platform, detail


def check_gui_x11(bundle: BundleLayout, *, scratch: Path) -> tuple[bool, str]:
    """Linux: the same on a real X server (Xvfb), which loads the bundled xcb plugin a desktop user gets."""
    xvfb = shutil.which("Xvfb")
    if cfg.platform_key() != "linux" or xvfb is None:
        raise Skipped("needs Linux with Xvfb installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise Skipped("Xvfb did not start")
        return check_gui(bundle, scratch=scratch, platform="xcb", display=f":{number}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def run_all(dist: Path, *, version: str) -> list[CheckResult]:
    bundle = layout(dist)
    with tempfile.TemporaryDirectory(prefix="secondlook-smoke-") as tmp:
        scratch = Path(tmp)
        checks: list[tuple[str, Callable[[], tuple[bool, str]]]] = [
            ("version", lambda: check_version(bundle, version=version, scratch=scratch)),
            ("resources", lambda: check_resources(bundle)),
            ("translations", lambda: check_translations(bundle)),
            ("qt plugins", lambda: check_qt_plugins(bundle)),
            ("excluded qt modules", lambda: check_excluded_modules(bundle)),
            ("linked libraries", lambda: check_linked_libraries(bundle)),
            ("desktop entry", lambda: check_desktop_entry(bundle)),
            ("python modules", lambda: check_python_modules(bundle)),
            ("evaluate demo roster", lambda: check_evaluate(bundle, scratch=scratch)),
            ("petition pdf", lambda: check_petition(bundle, scratch=scratch)),
            ("encrypted store", lambda: check_encrypted_store(bundle, scratch=scratch)),
            ("gui offscreen", lambda: check_gui(bundle, scratch=scratch)),
            ("gui x11", lambda: check_gui_x11(bundle, scratch=scratch)),
        ]
        return [_timed(name, check) for name, check in checks]
