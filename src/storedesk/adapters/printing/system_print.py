"""Send a PDF (an A4 report) to the system's print queue: `lp` (CUPS: Linux, macOS) or the
Windows shell's print verb. The PDF itself is always kept in the data folder first."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .escpos_printer import PrinterError

__all__ = ["print_pdf"]


def print_pdf(path: Path, queue: str = "", timeout: float = 20.0) -> str:
    """Queue `path` on `queue` (empty: the default printer). Returns what the system said."""
    path = Path(path)
    if not path.is_file():
        raise PrinterError(f"{path} does not exist; print the report again")
    if sys.platform.startswith("win"):  # pragma: no cover - Windows only
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return "sent to the default printer"
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError(f"This computer has no print command (lp); open {path} and print it from the viewer")
    cmd = [lp, *(["-d", queue] if queue else []), str(path)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrinterError(f"The print command did not answer ({exc}); the PDF is kept at {path}") from exc
    if done.returncode != 0:
        reason = " ".join((done.stderr or done.stdout or "").split()) or f"exit {done.returncode}"
        raise PrinterError(f"The printer queue refused the report: {reason}. The PDF is kept at {path}")
    return " ".join(done.stdout.split()) or "sent to the printer"
