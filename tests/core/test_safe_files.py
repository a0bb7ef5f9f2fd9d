"""Atomic, owner-only writes: the one helper every export, PDF, settings file and audit CSV goes through."""

from __future__ import annotations

import os
import stat

import pytest

from eligibility.safe_files import write_bytes_atomically, write_text_atomically


def test_text_write_is_owner_only_and_returns_the_writers_result(tmp_path):
    target = tmp_path / "out.csv"
    old = os.umask(0)
    try:
        assert write_text_atomically(target, lambda fh: fh.write("a,b\r\n")) == 5
    finally:
        os.umask(old)
    assert target.read_bytes() == b"a,b\r\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_failing_writer_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "out.pdf"
    write_bytes_atomically(target, b"old")

    def explode(fh):
        fh.write("half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_text_atomically(target, explode)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
