"""Draw the storedesk icon: resources/icons/storedesk.png (256x256) and storedesk.ico (Windows).

    .venv/bin/python installer/make_icon.py

A blue rounded square (the app's blue, #1f6feb, to its title blue, #0b3d91) holding a white
till receipt with a torn edge, three printed lines, a total and a Code 128-like barcode.
Drawn four times larger and scaled down, so the edges are smooth. Needs Pillow (a build-time
tool only: the app and the bundle do not need this script). The outputs are committed, so run
it again only to change the drawing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZE = 256
SCALE = 4  # supersampling
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

TOP = (0x1F, 0x6F, 0xEB)
BOTTOM = (0x0B, 0x3D, 0x91)
INK = (0x1D, 0x23, 0x27)
GREY = (0xB8, 0xC2, 0xCC)


def draw() -> Image.Image:
    n = SIZE * SCALE

    def s(v: float) -> int:
        return round(v * SCALE)

    # background: vertical gradient clipped to a rounded square
    gradient = Image.new("RGBA", (n, n))
    gd = ImageDraw.Draw(gradient)
    for y in range(n):
        t = y / (n - 1)
        gd.line([(0, y), (n, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True)) + (255,))
    mask = Image.new("L", (n, n), 0)
    ImageDraw.Draw(mask).rounded_rectangle([s(8), s(8), s(248), s(248)], radius=s(52), fill=255)
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    img.paste(gradient, (0, 0), mask)

    d = ImageDraw.Draw(img)
    left, right, top, bottom = 64, 192, 40, 214
    teeth = 8
    tooth_w = (right - left) / teeth

    def receipt(dx: float, dy: float, fill) -> None:
        pts = [(s(left + dx), s(top + dy)), (s(right + dx), s(top + dy)), (s(right + dx), s(bottom + dy))]
        for i in range(teeth, 0, -1):  # torn edge: zigzag back from right to left
            pts.append((s(left + (i - 0.5) * tooth_w + dx), s(bottom - 10 + dy)))
            pts.append((s(left + (i - 1) * tooth_w + dx), s(bottom + dy)))
        d.polygon(pts, fill=fill)

    receipt(4, 6, (0, 0, 0, 70))  # soft shadow
    receipt(0, 0, (255, 255, 255, 255))

    # printed lines, then the total
    for i, width in enumerate((84, 64, 74)):
        y = 64 + i * 20
        d.rounded_rectangle([s(80), s(y), s(80 + width), s(y + 8)], radius=s(4), fill=GREY + (255,))
    d.rounded_rectangle([s(80), s(128), s(176), s(140)], radius=s(5), fill=TOP + (255,))

    # barcode: bars of varying width
    x = 80
    for i, w in enumerate((3, 1, 2, 1, 3, 2, 1, 1, 3, 1, 2, 3, 1, 2, 1, 3, 1, 2, 2, 1, 3, 1, 2)):
        if i % 2 == 0:
            d.rectangle([s(x), s(156), s(x + w * 1.6) - 1, s(188)], fill=INK + (255,))
        x += w * 1.6 + 0.9
        if x > 176:
            break
    return img.resize((SIZE, SIZE), Image.LANCZOS)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    png = OUT / "storedesk.png"
    ico = OUT / "storedesk.ico"
    img.save(png, optimize=True)
    img.save(ico, sizes=ICO_SIZES)
    print(f"wrote {png} and {ico}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
