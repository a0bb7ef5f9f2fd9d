"""The build script's own steps (sizes, Linux desktop integration, the installer, archives) and the smoke
checks' pure parts, on small fake bundles: the real PyInstaller build is too slow for the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import build
import bundle_config as cfg
import pytest
import smoke

META = cfg.ProjectMetadata("second-look", "1.2.3", "Screen & prepare", "AGPL-3.0-or-later")


def _fake_bundle(dist: Path) -> Path:
    root = dist / cfg.BUNDLE_NAME
    (root / "_internal" / "resources" / "packs").mkdir(parents=True)
    exe = root / cfg.BUNDLE_NAME
    exe.write_text("#!/bin/sh\necho 'Second Look 1.2.3'\n", encoding="utf-8")
    exe.chmod(0o755)
    (root / "_internal" / "libfake.so.1").write_bytes(b"x" * 1000)
    (root / "_internal" / "libfake.so").symlink_to("libfake.so.1")
    return root


def test_size_counts_files_once_and_links_not_at_all(tmp_path):
    root = _fake_bundle(tmp_path)
    expected = 1000 + (root / cfg.BUNDLE_NAME).stat().st_size
    assert build.tree_size(root) == expected
    assert build.human_size(3 * 2**20) == "3.0 MiB"


@pytest.mark.skipif(cfg.platform_key() != "linux", reason="the Linux integration is built on Linux")
def test_linux_integration_and_installer_round_trip(tmp_path):
    root = _fake_bundle(tmp_path / "dist")
    build.add_linux_integration(root, META)
    desktop = root / "share" / "applications" / f"{cfg.APP_ID}.desktop"
    assert "Comment=Screen & prepare" in desktop.read_text(encoding="utf-8")
    assert "<p>Screen &amp; prepare</p>" in (root / "share" / "metainfo" / f"{cfg.APP_ID}.metainfo.xml").read_text()
    assert (root / "share/icons/hicolor/256x256/apps" / f"{cfg.APP_ID}.png").is_file()
    assert (root / "share/icons/hicolor/scalable/apps" / f"{cfg.APP_ID}.svg").is_file()
    assert os.access(root / "install.sh", os.X_OK)

    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    done = subprocess.run(["bash", str(root / "install.sh")], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    installed = home / ".local" / "opt" / cfg.BUNDLE_NAME
    assert (installed / cfg.BUNDLE_NAME).is_file() and (installed / "_internal" / "libfake.so").is_symlink()
    menu = home / ".local/share/applications" / f"{cfg.APP_ID}.desktop"
    assert f'Exec="{installed}/{cfg.BUNDLE_NAME}"' in menu.read_text(encoding="utf-8")
    assert (home / ".local/share/icons/hicolor/48x48/apps" / f"{cfg.APP_ID}.png").is_file()
    # Running it again (an upgrade) replaces the copy in place.
    again = subprocess.run(["bash", str(root / "install.sh")], env=env, capture_output=True, text=True,
                           timeout=60, check=False)
    assert again.returncode == 0, again.stderr
    assert not (installed.parent / f"{cfg.BUNDLE_NAME}.old").exists()

    done = subprocess.run(["bash", str(installed / "install.sh"), "--uninstall"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert not installed.exists() and not menu.exists()
    assert not list((home / ".local/share/icons").rglob(f"{cfg.APP_ID}.*"))


@pytest.mark.skipif(cfg.platform_key() != "linux", reason="tar.gz is the Linux archive")
def test_linux_archive_keeps_links_and_execute_bits(tmp_path):
    root = _fake_bundle(tmp_path)
    archive = build.make_archive(tmp_path, root, META)
    assert archive.name.startswith(f"{cfg.BUNDLE_NAME}-1.2.3-linux-") and archive.name.endswith(".tar.gz")
    with tarfile.open(archive) as tar:
        link = tar.getmember(f"{cfg.BUNDLE_NAME}/_internal/libfake.so")
        exe = tar.getmember(f"{cfg.BUNDLE_NAME}/{cfg.BUNDLE_NAME}")
    assert link.issym() and link.linkname == "libfake.so.1"
    assert exe.mode & 0o111


@pytest.mark.skipif(cfg.platform_key() != "linux", reason="the desktop entry is built on Linux")
def test_desktop_entry_check(tmp_path, monkeypatch):
    root = _fake_bundle(tmp_path)
    bundle = smoke.layout(tmp_path, "linux")
    ok, detail = smoke.check_desktop_entry(bundle)
    assert not ok and "share/applications" in detail and "share/metainfo" in detail
    build.add_linux_integration(root, META)
    tools = tmp_path / "bin"
    tools.mkdir()
    monkeypatch.setenv("PATH", str(tools))
    with pytest.raises(smoke.Skipped):  # no validator installed: a skip, never a pass
        smoke.check_desktop_entry(bundle)
    fake = tools / "desktop-file-validate"
    fake.write_text("#!/bin/sh\necho \"$1: error: key Exec is broken\"\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    ok, detail = smoke.check_desktop_entry(bundle)
    assert not ok and "key Exec is broken" in detail
    fake.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    assert smoke.check_desktop_entry(bundle) == (True, "valid according to desktop-file-validate")


def test_bundle_readme_is_filled_in(tmp_path):
    readme = build.write_readme(tmp_path, META).read_text(encoding="utf-8")
    assert readme.startswith("Second Look 1.2.3\n") and "Screen & prepare" in readme
    assert "@" not in readme  # no placeholder left behind
    assert "License: AGPL-3.0-or-later" in readme


def test_layout_per_platform(tmp_path):
    linux = smoke.layout(tmp_path, "linux")
    assert linux.cli == linux.gui == tmp_path / "SecondLook" / "SecondLook"
    windows = smoke.layout(tmp_path, "win32")
    assert (windows.cli.name, windows.gui.name) == ("SecondLook-cli.exe", "SecondLook.exe")
    mac = smoke.layout(tmp_path, "darwin")
    assert mac.gui == tmp_path / "SecondLook.app" / "Contents" / "MacOS" / "SecondLook"
    assert mac.resources == tmp_path / "SecondLook.app" / "Contents" / "Frameworks" / "resources"


def _line(**overrides) -> str:
    record = {"person_id": "A1", "program": "ca-youth-parole", "status": "eligible", "eligible_on": "2020-01-01",
              "pack_version": "1", "criteria": []}
    record.update(overrides)
    return json.dumps(record)


def test_jsonl_validation():
    good = "\n".join([_line(), _line(person_id="A2", status="not_yet")]) + "\n"
    assert smoke.validate_jsonl(good, people=2) == []
    assert smoke.validate_jsonl(good, people=3) == ["2 people in the output, 3 in the roster"]
    assert smoke.validate_jsonl("", people=0) == ["evaluate printed no JSON lines"]
    bad = "\n".join(["{oops", _line(status="maybe"), json.dumps({"person_id": "A1"})])
    problems = smoke.validate_jsonl(bad, people=1)
    assert problems[0] == "line 1 is not JSON"
    assert "line 2 has status 'maybe'" in problems
    assert any(p.startswith("line 3 lacks") and "criteria" in p for p in problems)


def test_demo_files_prefer_the_canonical_names(tmp_path):
    demo = tmp_path / "demo"
    demo.mkdir()
    with pytest.raises(FileNotFoundError):
        smoke.demo_files(tmp_path)
    for name in ("roster-large.csv", "roster.csv", "conduct.csv"):
        (demo / name).write_text("x", encoding="utf-8")
    assert smoke.demo_files(tmp_path) == (demo / "roster.csv", demo / "conduct.csv")


def test_resource_check_finds_missing_and_changed_files(tmp_path):
    source = tmp_path / "src"
    (source / "packs").mkdir(parents=True)
    (source / "packs" / "a.toml").write_text("a", encoding="utf-8")
    (source / "packs" / "b.toml").write_text("b", encoding="utf-8")
    (source / "packs" / ".swp").write_text("editor junk", encoding="utf-8")
    bundle = smoke.layout(tmp_path / "dist", "linux")
    (bundle.resources / "packs").mkdir(parents=True)
    (bundle.resources / "packs" / "a.toml").write_text("a", encoding="utf-8")
    ok, detail = smoke.check_resources(bundle, source=source)
    assert not ok and "packs/b.toml" in detail
    (bundle.resources / "packs" / "b.toml").write_text("B", encoding="utf-8")
    ok, detail = smoke.check_resources(bundle, source=source)
    assert not ok and "different: ['packs/b.toml']" in detail
    (bundle.resources / "packs" / "b.toml").write_text("b", encoding="utf-8")
    assert smoke.check_resources(bundle, source=source) == (True, "2 files under resources/ present and identical")


def test_plugin_check(tmp_path):
    bundle = smoke.layout(tmp_path, "linux")
    plugins = bundle.internal / "PySide6" / "Qt" / "plugins"
    for rel in cfg.REQUIRED_QT_PLUGINS["linux"]:
        (plugins / rel).parent.mkdir(parents=True, exist_ok=True)
        (plugins / rel).write_bytes(b"")
    assert smoke.check_qt_plugins(bundle, platform="linux")[0]
    (plugins / "platforminputcontexts").mkdir()
    (plugins / "platforminputcontexts" / "libqtvirtualkeyboardplugin.so").write_bytes(b"")
    ok, detail = smoke.check_qt_plugins(bundle, platform="linux")
    assert not ok and "libqtvirtualkeyboardplugin" in detail
    (plugins / "platforms" / "libqxcb.so").unlink()
    assert "platforms/libqxcb.so" in smoke.check_qt_plugins(bundle, platform="linux")[1]


def test_smoke_runs_in_a_clean_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("SECONDLOOK_PASSPHRASE", "not for the bundle")
    env = smoke.clean_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert "PYTHONPATH" not in env and "SECONDLOOK_PASSPHRASE" not in env
    assert env["SECONDLOOK_DATA_DIR"] == str(tmp_path / "data") and env["QT_QPA_PLATFORM"] == "offscreen"


@pytest.mark.skipif(os.name != "posix", reason="the stand-in executable is a shell script")
def test_version_check_against_a_stand_in_executable(tmp_path):
    bundle = smoke.layout(tmp_path, "linux")
    _fake_bundle(tmp_path)
    assert smoke.check_version(bundle, version="1.2.3", scratch=tmp_path)[0]
    ok, detail = smoke.check_version(bundle, version="1.2.4", scratch=tmp_path)
    assert not ok and "expected 'Second Look 1.2.4'" in detail


def test_build_refuses_when_there_is_no_bundle(tmp_path, capsys):
    assert build.main(["--no-build", "--check", "--dist", str(tmp_path)]) == 1
    assert "there is no bundle" in capsys.readouterr().out


def test_running_the_script_prints_help():
    done = subprocess.run([sys.executable, str(cfg.PACKAGING / "build.py"), "--help"], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0 and "--check" in done.stdout


def test_a_check_that_cannot_run_is_a_skip_and_a_broken_one_a_failure():
    def cannot():
        raise smoke.Skipped("needs Xvfb")

    def broken():
        raise KeyError("platform")

    skipped = smoke._timed("x", cannot)
    assert (skipped.ok, skipped.skipped, skipped.detail) == (True, True, "needs Xvfb")
    failed = smoke._timed("y", broken)
    assert (failed.ok, failed.skipped) == (False, False) and failed.detail == "KeyError: 'platform'"
    assert smoke._timed("z", lambda: (True, "fine")) == smoke.CheckResult("z", True, "fine", pytest.approx(0, abs=1))


def test_build_tools_are_pinned_and_agree_with_any_pyproject_extra():
    import tomllib

    pins = {}
    for line in (cfg.PACKAGING / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"{line!r} is not pinned with =="
            pins[name.lower()] = version
    assert "pyinstaller" in pins and "pyinstaller-hooks-contrib" in pins
    extra = tomllib.loads(cfg.PYPROJECT.read_text(encoding="utf-8"))["project"].get(
        "optional-dependencies", {}).get("packaging")
    if extra is not None:
        declared = {r.partition("==")[0].strip().lower(): r.partition("==")[2].strip() for r in extra}
        assert {k: v for k, v in declared.items() if k in pins} == {k: pins[k] for k in declared if k in pins}


def test_translations_without_a_compiled_catalogue_are_found(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    assert cfg.translations_to_compile(tmp_path) == []
    (folder / "secondlook_es.ts").write_text("<TS/>", encoding="utf-8")
    (folder / "secondlook_vi.ts").write_text("<TS/>", encoding="utf-8")
    (folder / "secondlook_vi.qm").write_bytes(b"committed")
    assert cfg.translations_to_compile(tmp_path) == [folder / "secondlook_es.ts"]
    assert cfg.shipped_languages(tmp_path) == {"en", "es", "vi"}


def test_lrelease_compiles_a_catalogue(tmp_path):
    lrelease = cfg.find_lrelease()
    assert lrelease is not None, "PySide6 ships pyside6-lrelease beside the interpreter"
    ts = tmp_path / "secondlook_es.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
                  "<context><name>main</name><message><source>Evaluate</source>"
                  "<translation>Evaluar</translation></message></context></TS>", encoding="utf-8")
    qm = tmp_path / "secondlook_es.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    assert qm.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # the .qm magic


def test_translation_check(tmp_path):
    source = tmp_path / "src"
    (source / "translations").mkdir(parents=True)
    bundle = smoke.layout(tmp_path / "dist", "linux")
    with pytest.raises(smoke.Skipped):
        smoke.check_translations(bundle, source=source)
    (source / "translations" / "secondlook_es.ts").write_text("<TS/>", encoding="utf-8")
    ok, detail = smoke.check_translations(bundle, source=source)
    assert not ok and "resources/translations/secondlook_es.qm" in detail and "qtbase_es.qm" in detail
    (bundle.resources / "translations").mkdir(parents=True)
    (bundle.resources / "translations" / "secondlook_es.qm").write_bytes(b"qm")
    qt = bundle.internal / "PySide6" / "Qt" / "translations"
    qt.mkdir(parents=True)
    (qt / "qtbase_es.qm").write_bytes(b"qm")
    assert smoke.check_translations(bundle, source=source)[0]
