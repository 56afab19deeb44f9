"""What every PDF the station prints shares on its way out: text the standard fonts can draw,
and the one atomic write to the data folder.

The standard (WinAnsi) Helvetica cannot draw some characters babel emits (narrow no-break
space, bidi marks, the minus sign): `pdf_safe` swaps them for ones it can. `write_file` is the
one place a PDF (receipt, return receipt, report, slip, label sheet) reaches the disk: a .tmp
file, then os.replace, so a half-written document never sits where a reprint would find it. A
full disk raises OSError here and leaves nothing behind (services/pending_receipts.py).
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["pdf_safe", "write_file"]

_PDF_SAFE = str.maketrans({"\u202f": "\u00a0", "\u2009": " ", "\u200e": "", "\u200f": "", "\u2212": "-"})


def pdf_safe(text) -> str:
    return str(text).translate(_PDF_SAFE)


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
