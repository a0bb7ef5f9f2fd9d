"""The log file: owner-only (rotated files too) and free of the values an exception carries."""

from __future__ import annotations

import os
import stat

from eligibility import logs


def test_tracebacks_keep_types_and_frames_but_not_messages():
    def fails():
        raise KeyError("GARCIA, Luis AB1234")

    try:
        try:
            fails()
        except KeyError as inner:
            raise ValueError("born 1970-01-01") from inner
    except ValueError as exc:
        text = logs.scrubbed_traceback(exc)
    assert "builtins.ValueError" in text and "builtins.KeyError" in text and "in fails" in text
    assert "GARCIA" not in text and "AB1234" not in text and "1970-01-01" not in text


def test_log_file_and_its_rotations_are_owner_only(monkeypatch):
    logger = logs.get_logger()
    handler = logger.handlers[0]
    old_umask = os.umask(0)
    try:
        logs.log_exception(RuntimeError("x"), context="test")
        handler.doRollover()
        logs.log_exception(RuntimeError("y"), context="test")
    finally:
        os.umask(old_umask)
    files = sorted(logs.log_file().parent.glob("secondlook.log*"))
    assert len(files) == 2
    for path in files:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    assert "unexpected error during test" in logs.log_file().read_text(encoding="utf-8")
