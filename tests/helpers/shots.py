"""Screenshots of the real windows, offscreen: each must show something, and `STOREDESK_SHOTS=DIR`
keeps them as DIR/NAME.png for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path


def shoot(widget, name: str):
    """Grab `widget`, fail if the picture is blank (fewer than 9 colours), keep it when asked: the QImage."""
    image = widget.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 8, f"{name} looks blank"
    folder = os.environ.get("STOREDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))
    return image
