"""Build the Second Look one-folder bundle for this OS into dist/, and optionally smoke-test it.

    python packaging/build.py                 # build dist/SecondLook (macOS: also dist/SecondLook.app)
    python packaging/build.py --check         # build, then run the bundle's smoke checks
    python packaging/build.py --check --no-build   # smoke-test the bundle already in dist/
    python packaging/build.py --archive       # also pack it: .tar.gz (Linux), .zip (Windows, macOS)

Run it with the interpreter of the environment that holds the app's dependencies and the pinned PyInstaller
(see docs/packaging.md). Exit status: 0 when the build (and every check) succeeded, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import platform as platform_module
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import bundle_config as cfg
import smoke

SPEC = cfg.PACKAGING / "secondlook.spec"
LINUX = cfg.PACKAGING / "linux"
ICONS = cfg.PACKAGING / "icons"


def _log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def tree_size(path: Path) -> int:
    """Bytes on disk the bundle adds, counting each file once and symlinks as nothing."""
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def human_size(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def run_pyinstaller(*, dist: Path, work: Path, clean: bool) -> None:
    argv = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        argv.append("--clean")
    _log("running " + " ".join(argv[1:]))
    subprocess.run(argv, check=True, cwd=cfg.REPO_ROOT)


def release_date() -> str:
    """SOURCE_DATE_EPOCH (reproducible builds) or today, for the AppStream release entry."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), tz=UTC) if epoch else datetime.now(tz=UTC)
    return moment.date().isoformat()


def add_linux_integration(bundle_root: Path, metadata: cfg.ProjectMetadata) -> None:
    """The .desktop entry, AppStream metainfo, hicolor icons and the per-user installer, beside the app."""
    share = bundle_root / "share"
    when = release_date()
    desktop = share / "applications" / f"{cfg.APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{cfg.APP_ID}.metainfo.xml"
    for template, target, xml in ((LINUX / "secondlook.desktop.in", desktop, False),
                                  (LINUX / "secondlook.metainfo.xml.in", metainfo, True)):
        target.parent.mkdir(parents=True, exist_ok=True)
        text = cfg.render_template(template.read_text(encoding="utf-8"), metadata, release_date=when, xml=xml)
        target.write_text(text, encoding="utf-8")
    for png in sorted((ICONS / "png").glob("secondlook-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{cfg.APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{cfg.APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "secondlook.svg", scalable)
    installer = bundle_root / "install.sh"
    shutil.copy2(LINUX / "install.sh", installer)
    installer.chmod(0o755)


def write_readme(bundle_root: Path, metadata: cfg.ProjectMetadata) -> Path:
    """README.txt beside the executable: how to start it, and that the case data lives elsewhere."""
    text = cfg.render_template((cfg.PACKAGING / "bundle-readme.txt.in").read_text(encoding="utf-8"), metadata,
                               release_date=release_date())
    readme = bundle_root / "README.txt"
    # Windows Notepad still reads CRLF best; Linux readers do not mind either way.
    readme.write_text(text, encoding="utf-8", newline="\r\n" if cfg.platform_key() == "win32" else "\n")
    return readme


def write_build_info(bundle_root: Path, metadata: cfg.ProjectMetadata) -> Path:
    """What made this bundle, so a support request can say which build a clinic runs."""
    import PyInstaller
    from PySide6 import __version__ as pyside_version

    info = bundle_root / "BUILD-INFO.txt"
    info.write_text(
        f"{cfg.DISPLAY_NAME} {metadata.version}\n"
        f"built {datetime.now(tz=UTC).isoformat(timespec='seconds')} on {platform_module.platform()}\n"
        f"Python {platform_module.python_version()}, PyInstaller {PyInstaller.__version__}, "
        f"PySide6 {pyside_version}\n", encoding="utf-8")
    return info


def make_archive(dist: Path, bundle_root: Path, metadata: cfg.ProjectMetadata) -> Path:
    machine = platform_module.machine().lower() or "unknown"
    key = cfg.platform_key()
    os_name = {"linux": "linux", "win32": "windows", "darwin": "macos"}[key]
    stem = f"{cfg.BUNDLE_NAME}-{metadata.version}-{os_name}-{machine}"
    if key == "linux":
        target = dist / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz") as tar:  # tar keeps the symlinks and execute bits a zip would lose
            tar.add(bundle_root, arcname=bundle_root.name)
        return target
    target = dist / f"{stem}.zip"
    source = dist / f"{cfg.BUNDLE_NAME}.app" if key == "darwin" else bundle_root
    if key == "darwin":
        # ditto keeps the .app's symlinks and extended attributes, which notarisation and Gatekeeper need.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(source), str(target)], check=True)
        return target
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(source.rglob("*")):
            zf.write(p, Path(source.name) / p.relative_to(source))
    return target


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build (and smoke-test) the Second Look bundle for this OS.")
    parser.add_argument("--check", action="store_true", help="smoke-test the bundle after building it")
    parser.add_argument("--no-build", action="store_true", help="skip the build; check the bundle in --dist")
    parser.add_argument("--archive", action="store_true", help="pack the bundle into dist/ for distribution")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--dist", type=Path, default=cfg.REPO_ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--work", type=Path, default=cfg.REPO_ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (build/pyinstaller/)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    metadata = cfg.read_metadata()
    dist = args.dist.resolve()
    bundle = smoke.layout(dist)
    started = time.monotonic()
    if not args.no_build:
        run_pyinstaller(dist=dist, work=args.work.resolve(), clean=args.clean)
        root = dist / cfg.BUNDLE_NAME
        if cfg.platform_key() == "linux":
            add_linux_integration(root, metadata)
        if cfg.platform_key() != "darwin":  # a file added to a signed .app would break its seal
            write_build_info(root, metadata)
            write_readme(root, metadata)
        _log(f"built {bundle.root} in {time.monotonic() - started:.0f} s")
    if not bundle.cli.is_file():
        _log(f"there is no bundle at {bundle.root}; build it first")
        return 1
    _log(f"{cfg.DISPLAY_NAME} {metadata.version}: {bundle.root} is {human_size(tree_size(bundle.root))}")
    failed = False
    if args.check:
        check_started = time.monotonic()
        for result in smoke.run_all(dist, version=metadata.version):
            failed |= not result.ok
            verdict = "SKIP" if result.skipped else "PASS" if result.ok else "FAIL"
            _log(f"{verdict} {result.name} ({result.seconds:.1f} s): {result.detail}")
        _log(f"smoke checks took {time.monotonic() - check_started:.0f} s; "
             f"{'some FAILED' if failed else 'all passed'}")
    if args.archive and not failed:
        archive = make_archive(dist, dist / cfg.BUNDLE_NAME, metadata)
        _log(f"archive {archive} is {human_size(archive.stat().st_size)}")
    _log(f"total {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
