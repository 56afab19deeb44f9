"""What every PDF the station prints shares on its way out: text the standard fonts can draw,
the A4 page of its documents, and the one atomic write to the data folder.

The standard (WinAnsi) Helvetica cannot draw some characters babel emits (narrow no-break
space, bidi marks, the minus sign): `pdf_safe` swaps them for ones it can. `write_file` is the
one place a PDF (receipt, return receipt, report, slip, label sheet) reaches the disk: a .tmp
file, then os.replace, so a half-written document never sits where a reprint would find it. A
full disk raises OSError here and leaves nothing behind (services/pending_receipts.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.platypus import SimpleDocTemplate

__all__ = ["a4_document", "pdf_safe", "write_file"]

_PDF_SAFE = str.maketrans({"\u202f": "\u00a0", "\u2009": " ", "\u200e": "", "\u200f": "", "\u2212": "-"})


def pdf_safe(text) -> str:
    return str(text).translate(_PDF_SAFE)


def a4_document(buf: IO[bytes], *, side_mm: float, top_mm: float, bottom_mm: float, **info: Any) -> SimpleDocTemplate:
    """A platypus document on A4 paper written into `buf`, with the same margin left and right;
    `info` is what the PDF says about itself (title, author, creator, subject)."""
    from reportlab.lib.pagesizes import A4  # reportlab is loaded when a PDF is made, not before
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    side = side_mm * mm
    return SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=side, rightMargin=side, topMargin=top_mm * mm, bottomMargin=bottom_mm * mm, **info
    )


def write_file(path: Path, data: bytes) -> Path:
    """`data` at `path`, atomically; returns `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
