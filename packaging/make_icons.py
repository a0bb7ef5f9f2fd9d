"""Render packaging/icons/secondlook.svg into the icon files each platform wants, and write them beside it.

    python packaging/make_icons.py            # rewrites png/, secondlook.ico and secondlook.icns

The outputs are committed, so a build needs no rendering step; run this again after changing the SVG. ICO and
ICNS are written here rather than through Qt's image plugins because those store a single size per file, and
both formats are small containers of PNG images that Windows Vista+ and macOS 10.7+ read directly.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "secondlook.svg"

# Linux hicolor theme sizes; the SVG itself goes in as the scalable one.
PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, with the pixel size each expects (the @2x types reuse a size).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _check_png(size: int, data: bytes) -> None:
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError(f"the {size} px image is not PNG data")


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .ico file holding one PNG per size (1..256 px), smallest first as Windows Explorer prefers."""
    sizes = sorted(pngs)
    if not sizes or sizes[0] < 1 or sizes[-1] > 256:
        raise ValueError("ICO sizes must be between 1 and 256 px")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    payload = b""
    for size in sizes:
        data = pngs[size]
        _check_png(size, data)
        # A width or height of 0 in the directory means 256.
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + directory + payload


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .icns file with every PNG element type whose size is in ``pngs``."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            _check_png(size, pngs[size])
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    if not body:
        raise ValueError("no ICNS element matches the sizes given")
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico_sizes(data: bytes) -> list[int]:
    """The pixel sizes listed in an .ico directory (used by the tests and the build's sanity check)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an ICO file")
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        _check_png(width or 256, data[offset:offset + length])
        sizes.append(width or 256)
    return sizes


def read_icns_types(data: bytes) -> list[bytes]:
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an ICNS file, or its length field is wrong")
    kinds, pos = [], 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        _check_png(0, data[pos + 8:pos + length])
        kinds.append(kind)
        pos += length
    return kinds


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """Render the SVG at each size with Qt's SVG renderer (no display needed: the offscreen platform)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: Qt cannot read this SVG")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"could not encode the {size} px icon as PNG")
        buffer.close()
        out[size] = bytes(array.data())
    return out


def write_icons(svg: Path = SVG, target: Path = ICONS) -> list[Path]:
    sizes = set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = render_pngs(svg, sizes)
    written = []
    png_dir = target / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = png_dir / f"secondlook-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = target / "secondlook.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = target / "secondlook.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


if __name__ == "__main__":
    for written_path in write_icons():
        print(written_path.relative_to(ICONS.parent.parent))
