"""Second Look's desktop app (PySide6). Everything Qt lives here; the core is ``eligibility``."""
