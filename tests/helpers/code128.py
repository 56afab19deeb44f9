"""Reading a Code 128 barcode back from a PDF page's drawing, as a scanner would read the bars.

`bars(page)` finds the bars (the filled rectangles of one row: same bottom, same height) with
the page's transformation applied; `modules(found)` turns them into the widths of bars and
spaces in modules (the narrowest bar is one module: the stop pattern always has one); `decode`
reads the symbols with the standard's own table (ISO/IEC 15417; written out below, not taken
from the library that drew the bars), checks the start, the check symbol and the stop, and
returns the text (code sets A, B and C, with their switches and shift).

`texts(page)` gives where each text was drawn, to check the human-readable line is under the bars.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pypdf import PageObject
from pypdf.generic import ContentStream

# The 107 symbols, value 0 to 106 (106: the stop, with its final 2-module bar), as the widths
# of bar, space, bar, space, bar, space (and bar) in modules.
PATTERNS = """
212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 122231
113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 322112 322211
212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 112133 112331 132131
113123 113321 133121 313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111
314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 122411 142112 142211
241211 221114 413111 241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141
214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 211214
211232 2331112
""".split()
VALUE = {p: v for v, p in enumerate(PATTERNS)}
START = {103: "A", 104: "B", 105: "C"}
SHIFT, TO_C, TO_B, TO_A, STOP = 98, 99, 100, 101, 106


class BarcodeError(AssertionError):
    """The bars are not a well-formed Code 128 symbol."""


@dataclass(frozen=True)
class Bar:
    x: float  # left edge, page coordinates (points)
    y: float  # bottom edge
    width: float
    height: float


@dataclass(frozen=True)
class PlacedText:
    text: str
    x: float
    y: float


def _times(m, n):
    """The matrix product m x n of two PDF matrices (a, b, c, d, e, f)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _rects(page: PageObject) -> list[Bar]:
    """Every rectangle the page draws (`re` operands), in page coordinates (translation and scale)."""
    ctm, stack, found = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), [], []
    for operands, op in ContentStream(page.get_contents(), page.pdf).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _times(tuple(float(v) for v in operands), ctm)
        elif op == b"re":
            x, y, w, h = (float(v) for v in operands)
            a, _b, _c, d, e, f = ctm
            found.append(Bar(a * x + e, d * y + f, a * w, d * h))
    return found


def bars(page: PageObject) -> list[Bar]:
    """The barcode's bars, left to right: the largest row of rectangles with one bottom and height."""
    rects = _rects(page)
    if not rects:
        raise BarcodeError("the page draws no rectangle: no bars")
    row, _count = Counter((round(r.y, 2), round(r.height, 2)) for r in rects).most_common(1)[0]
    return sorted((r for r in rects if (round(r.y, 2), round(r.height, 2)) == row), key=lambda r: r.x)


def modules(found: list[Bar]) -> list[int]:
    """Bar, space, bar, ... widths in modules (the narrowest bar is one); each must be whole."""
    unit = min(b.width for b in found)
    sizes = []
    for i, b in enumerate(found):
        if i:
            sizes.append(b.x - (found[i - 1].x + found[i - 1].width))
        sizes.append(b.width)
    out = []
    for size in sizes:
        n = round(size / unit)
        if n < 1 or n > 4 or abs(size - n * unit) > unit * 0.1:
            raise BarcodeError(f"an element {size:.3f} pt wide is not a whole number of {unit:.3f} pt modules")
        out.append(n)
    return out


def _symbols(widths: list[int]) -> list[int]:
    if len(widths) < 6 * 3 + 7 or (len(widths) - 7) % 6:
        raise BarcodeError(f"{len(widths)} bars and spaces are not a start, symbols, a check and a stop")
    body, stop = widths[:-7], "".join(map(str, widths[-7:]))
    if stop != PATTERNS[STOP]:
        raise BarcodeError(f"no stop pattern at the end ({stop})")
    values = []
    for i in range(0, len(body), 6):
        pattern = "".join(map(str, body[i : i + 6]))
        if pattern not in VALUE or VALUE[pattern] >= STOP:
            raise BarcodeError(f"symbol {i // 6 + 1} ({pattern}) is not a Code 128 symbol")
        values.append(VALUE[pattern])
    return values


def _char(value: int, code_set: str) -> str:
    if code_set == "B" or value < 64:
        return chr(value + 32)
    return chr(value - 64)  # code set A: control characters


def decode(widths: list[int]) -> str:
    """The text of a Code 128 symbol given as module widths (start, data, check, stop)."""
    values = _symbols(widths)
    start, *data, check = values
    if start not in START:
        raise BarcodeError(f"it starts with symbol {start}, not a start code")
    if (start + sum(i * v for i, v in enumerate(data, start=1))) % 103 != check:
        raise BarcodeError("the check symbol does not match")
    code_set, shifted, text = START[start], False, []
    for v in data:
        current = ("B" if code_set == "A" else "A") if shifted else code_set
        shifted = False
        if current == "C" and v < 100:
            text.append(f"{v:02d}")
        elif current != "C" and v < 96:
            text.append(_char(v, current))
        elif current != "C" and v == SHIFT:
            shifted = True
        elif current != "C" and v == TO_C:
            code_set = "C"
        elif current != "B" and v == TO_B:
            code_set = "B"
        elif current != "A" and v == TO_A:
            code_set = "A"
        else:
            raise BarcodeError(f"symbol {v} (a function code) in code set {current}: not expected on a label")
    return "".join(text)


def read(page: PageObject) -> tuple[str, list[Bar]]:
    """The value of the page's barcode, read from its bars, and the bars."""
    found = bars(page)
    return decode(modules(found)), found


def texts(page: PageObject) -> list[PlacedText]:
    """Each piece of text the page shows, with where its baseline starts (page coordinates)."""
    placed: list[PlacedText] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x, y = tm[4], tm[5]
            placed.append(PlacedText(text.strip(), cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]))

    page.extract_text(visitor_text=visit)
    return placed
