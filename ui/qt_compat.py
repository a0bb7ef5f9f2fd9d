"""Work-arounds for bugs in the Qt binding, each detected at run time so it switches itself off when fixed.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every signal
emitted from Python drops one reference to ``True`` for good. After some thousands of emits the interpreter
aborts ("bool_dealloc: deallocating True or False"), typically at exit. ``emit`` below hands the missing
reference back when, and only when, the installed binding has the bug.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_leaks: bool | None = None


def _emit_leaks() -> bool:
    global _leaks
    if _leaks is None:
        from PySide6.QtCore import QObject, Signal

        class _Probe(QObject):
            probed = Signal()

        probe = _Probe()
        before = sys.getrefcount(True)
        for _ in range(8):
            probe.probed.emit()
        lost = before - sys.getrefcount(True)
        _leaks = lost > 0
        for _ in range(max(lost, 0)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # give back what the probe took
    return _leaks


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, without the reference leak of PySide6 6.12."""
    result = signal.emit(*args)
    if isinstance(result, bool) and _emit_leaks():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
