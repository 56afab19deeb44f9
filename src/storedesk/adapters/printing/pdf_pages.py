"""The pages of a PDF as pictures (PDFium, through pypdfium2): the report preview shows them,
and printing on Windows paints them on the printer's page.

Qt's own PDF module (QtPdf) is not part of PySide6-Essentials, so the PDF is rasterised here.
PDFium is not thread-safe, not even across different documents: every call into it goes
through one lock, so a preview rendered on one thread and a print job on another never meet
inside it. The pictures are plain bytes (RGBA, 8 bits a channel): the caller makes a QImage.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from .escpos_printer import PrinterError

__all__ = ["PageImage", "page_sizes", "render_page", "render_pages"]

_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PageImage:
    """One rendered page: `rgba` holds `height` rows of `stride` bytes (RGBA8888)."""

    width: int
    height: int
    stride: int
    rgba: bytes
    width_pt: float  # the page's size in PDF points (1/72 inch)
    height_pt: float


def _open(path: Path):
    import pypdfium2 as pdfium

    path = Path(path)
    if not path.is_file():
        raise PrinterError(f"{path.name} does not exist any more; make the report again")
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise PrinterError(f"{path.name} cannot be read as a PDF ({exc}); make the report again") from exc


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) of each page, in points."""
    with _PDFIUM:
        doc = _open(path)
        try:
            return [tuple(doc[i].get_size()) for i in range(len(doc))]
        finally:
            doc.close()


def _render(doc, index: int, scale: float) -> PageImage:
    import pypdfium2.raw as pdfium_c

    page = doc[index]
    try:
        width_pt, height_pt = page.get_size()
        bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA, rev_byteorder=True)
        try:
            return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), width_pt, height_pt)
        finally:
            bitmap.close()
    finally:
        page.close()


def render_pages(path: Path, scale: float) -> list[PageImage]:
    """Every page of `path` at `scale` pixels per point (1.0 is 72 dpi)."""
    with _PDFIUM:
        doc = _open(path)
        try:
            return [_render(doc, i, scale) for i in range(len(doc))]
        finally:
            doc.close()


def render_page(path: Path, index: int, dpi: float) -> PageImage:
    """Page `index` of `path` at `dpi` (one page at a time: a printer's resolution is large)."""
    with _PDFIUM:
        doc = _open(path)
        try:
            return _render(doc, index, dpi / POINTS_PER_INCH)
        finally:
            doc.close()
