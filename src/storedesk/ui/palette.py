"""The station's colours, by what they mean: every screen takes its colours from here.

One name per meaning, so the same thing looks the same on every screen (an error was once
`#9b1c1c` on four screens and `#c81e1e` on another). The values are `#rrggbb` strings, for
`QColor(...)`, a palette role or a rich-text `<span style='color:...'>` alike. Text colours
are dark enough to read on white from a step back; the `*_BACKGROUND` ones are the pale
fills behind the text of the same meaning (style.py and widgets.MessageLine).
"""

from __future__ import annotations

# text and surfaces
INK = "#1d2327"  # ordinary text
WHITE = "#ffffff"  # fields, buttons, text on a strong colour
WINDOW = "#f4f6f8"  # the window behind the fields
ALTERNATE_ROW = "#f7f9fb"  # every other table row
SELECTION = "#cfe2ff"  # the chosen row or text

# what a colour says
ERROR_RED = "#9b1c1c"  # refused, missing, damaged, short, negative stock
ERROR_BACKGROUND = "#fde2e1"
FAULT_RED = "#c62828"  # the fill of a fault banner with white text (a rejected sync)
OK_GREEN = "#03543f"  # done, balanced, change to give, more than expected
OK_BACKGROUND = "#def7ec"
INFO_BLUE = "#1e429f"  # a message that needs nothing done
INFO_BACKGROUND = "#e1effe"
WARNING_AMBER = "#8a4b00"  # needs a manager, or another way than usual (no receipt)
ACCENT_BLUE = "#0b3d91"  # titles, totals, the figure being typed
PRIMARY_BLUE = "#1f6feb"  # the fill of a screen's default button
FOCUS_YELLOW = "#fff3bf"  # the fill of the field being typed in a long form
MUTED_GREY = "#52606d"  # captions and secondary figures
FAINT_GREY = "#8a96a3"  # placeholders, disabled text, voided or finished lines
DISABLED_FACE = "#e5e9ee"  # the face of a button that cannot be pressed yet
