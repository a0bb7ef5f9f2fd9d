"""The frozen entry point: smoke-quit settings, GUI detection, and the self-quitting app in a real Qt process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import launcher
import pytest
from hypothesis import given
from hypothesis import strategies as st

import main as main_module

PACKAGING = Path(launcher.__file__).resolve().parent


def test_smoke_mode_is_off_unless_asked():
    assert launcher.smoke_quit_ms({}) is None
    assert launcher.smoke_quit_ms({launcher.SMOKE_QUIT_ENV: "  "}) is None
    assert launcher.smoke_quit_ms({launcher.SMOKE_QUIT_ENV: "1500"}) == 1500


@pytest.mark.parametrize("raw", ["soon", "1.5", "-3"])
def test_a_bad_delay_is_an_error_not_silence(raw):
    with pytest.raises(ValueError, match=launcher.SMOKE_QUIT_ENV):
        launcher.smoke_quit_ms({launcher.SMOKE_QUIT_ENV: raw})


_ARG = st.sampled_from(["--store", "--store=x.slstore", "x.slstore", "evaluate", "--version", "--help", ""])


@given(st.lists(_ARG, max_size=3))
def test_gui_detection_matches_main(argv):
    assert launcher.wants_gui(argv) == main_module._app_store_argument(argv)[0]


def test_report_line_is_found_among_other_output():
    text = "some log\n" + launcher.SMOKE_REPORT_PREFIX + '{"windows": [], "platform": "offscreen"}\nmore\n'
    assert launcher.parse_smoke_report(text) == {"windows": [], "platform": "offscreen"}
    with pytest.raises(ValueError):
        launcher.parse_smoke_report("nothing here\n")


def _run_app(tmp_path: Path, body: str, *, grace: float = 5.0) -> tuple[subprocess.CompletedProcess[str], Path]:
    """A tiny Qt app, started the way run_app starts one, with smoke mode installed first."""
    report = tmp_path / "report.txt"
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(PACKAGING)!r})
        import launcher
        launcher.install_smoke_quit(300, grace_seconds={grace})
        from PySide6.QtWidgets import QApplication, QMainWindow, QDialog
        app = QApplication(sys.argv)
    """) + textwrap.dedent(body) + "\nsys.exit(app.exec())\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECONDLOOK_SMOKE")}
    env.update(QT_QPA_PLATFORM="offscreen", **{launcher.SMOKE_REPORT_ENV: str(report)})
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    return done, report


def test_the_app_reports_its_window_and_quits(tmp_path):
    done, report = _run_app(tmp_path, """
        window = QMainWindow()
        window.resize(640, 480)
        window.show()
        hidden = QDialog()  # created, never shown: not reported
    """)
    assert done.returncode == 0, done.stderr
    payload = launcher.parse_smoke_report(report.read_text(encoding="utf-8"))
    assert payload == {"platform": "offscreen",
                       "windows": [{"class": "QMainWindow", "main_window": True, "width": 640, "height": 480}]}


def test_an_app_that_refuses_to_quit_is_ended_by_the_watchdog(tmp_path):
    done, report = _run_app(tmp_path, """
        class Stubborn(QMainWindow):
            def closeEvent(self, event):
                event.ignore()
        window = Stubborn()
        window.show()
    """, grace=0.5)
    assert done.returncode == launcher.SMOKE_HUNG_EXIT_STATUS
    assert "did not quit within 0.5 s" in done.stderr
    assert launcher.parse_smoke_report(report.read_text(encoding="utf-8"))["windows"][0]["class"] == "Stubborn"


def test_a_bad_delay_stops_the_launcher_with_a_sentence(monkeypatch, capsys):
    monkeypatch.setenv(launcher.SMOKE_QUIT_ENV, "soon")
    monkeypatch.setattr("sys.argv", ["SecondLook"])
    assert launcher.main() == 2
    assert capsys.readouterr().err.startswith(f"error: {launcher.SMOKE_QUIT_ENV} must be a whole number")
