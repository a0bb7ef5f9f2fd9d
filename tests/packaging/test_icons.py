"""The icon containers, and the committed icon files, are what Windows, macOS and Linux expect."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import textwrap

import make_icons
import pytest


def _png(width: int, height: int | None = None) -> bytes:
    """A PNG signature and IHDR chunk: enough for the containers, which never decode the image."""
    ihdr = struct.pack(">IIBBBBB", width, height or width, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + b"\0\0\0\0"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_ico_round_trip_and_the_256_px_convention():
    pngs = {48: _png(48), 16: _png(16), 256: _png(256)}
    data = make_icons.ico_bytes(pngs)
    assert make_icons.read_ico_sizes(data) == [16, 48, 256]
    # Width 256 is written as 0 in the directory entry (the third entry starts at 6 + 2 * 16).
    assert data[6 + 32] == 0
    first_offset = struct.unpack_from("<I", data, 6 + 12)[0]
    assert data[first_offset:first_offset + len(pngs[16])] == pngs[16]


def test_icns_round_trip():
    pngs = {16: _png(16), 32: _png(32), 1024: _png(1024)}
    data = make_icons.icns_bytes(pngs)
    assert make_icons.read_icns_types(data) == [b"icp4", b"icp5", b"ic11", b"ic10"]
    assert struct.unpack_from(">I", data, 4)[0] == len(data)


@pytest.mark.parametrize("writer, pngs", [
    (make_icons.ico_bytes, {512: _png(512)}),
    (make_icons.ico_bytes, {}),
    (make_icons.ico_bytes, {16: b"GIF89a"}),
    (make_icons.icns_bytes, {20: _png(20)}),
])
def test_containers_refuse_what_the_platform_cannot_read(writer, pngs):
    with pytest.raises(ValueError):
        writer(pngs)


def test_committed_icons_are_complete():
    icons = make_icons.ICONS
    assert make_icons.read_ico_sizes((icons / "secondlook.ico").read_bytes()) == list(make_icons.ICO_SIZES)
    kinds = make_icons.read_icns_types((icons / "secondlook.icns").read_bytes())
    assert kinds == [kind for kind, _size in make_icons.ICNS_TYPES]
    for size in make_icons.PNG_SIZES:
        assert _png_size((icons / "png" / f"secondlook-{size}.png").read_bytes()) == (size, size)


def test_the_svg_renders_a_tile_with_transparent_corners(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(make_icons.ICONS.parent)!r})
        import make_icons
        from PySide6.QtGui import QImage
        data = make_icons.render_pngs(make_icons.SVG, {{64}})[64]
        image = QImage.fromData(data)
        print(image.width(), image.height(), image.pixelColor(0, 0).alpha(), image.pixelColor(32, 32).alpha())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    width, height, corner_alpha, centre_alpha = map(int, done.stdout.split())
    assert (width, height) == (64, 64)
    assert corner_alpha == 0 and centre_alpha == 255
