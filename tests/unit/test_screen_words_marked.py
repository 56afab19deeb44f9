"""No screen shows words that escaped translation (issue 16).

The completeness test (test_translations.py) sees only sentences marked with tr()/noop()/msg();
this one reads every screen module for words handed to Qt unmarked: a literal or an f-string given
to a label, button, title, placeholder, tooltip, header, message line or dialog. Such a text would
stay English on a German till. Text without letters ("…", "×", "—", "%") and key names are fine.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "storedesk" / "ui"

# Qt calls and storedesk helpers whose text argument a person reads.
SHOWN = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setTitle",
    "addTab",
    "setTabText",
    "addItem",
    "addRow",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "show_error",
    "show_info",
    "show_ok",
    "say",
    "critical",
    "warning",
    "information",
    "question",
    "QTableWidgetItem",
    "QStandardItem",
    "QListWidgetItem",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
}
LOGGERS = {"log", "logger", "logging", "_log"}  # the logs stay English
NAMES = {"storedesk"}  # the product's name is not translated
KEY_NAME = re.compile(r"^(F\d{1,2}|Esc|Enter|Del|Tab|Ctrl\+\w|Shift\+\w|Alt\+\w|[A-Z])$")


def _readable(node: ast.expr) -> str | None:
    """The words of a literal or f-string argument, if it has any letters that are not a key."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = node.value
    elif isinstance(node, ast.JoinedStr):
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.List | ast.Tuple):
        found = [w for w in (_readable(e) for e in node.elts) if w]
        return "; ".join(found) or None
    else:
        return None
    letters = re.sub(r"<[^>]*>", "", re.sub(r"\{[^}]*\}", "", words))  # values and HTML tags
    if letters.strip() in NAMES:
        return None
    if not re.search(r"[A-Za-z]{2,}", letters):
        return None
    if all(KEY_NAME.match(part) for part in letters.replace("\n", " ").split()):
        return None
    return words


def unmarked(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in SHOWN:
            continue
        receiver = func.value if isinstance(func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue
        for arg in node.args:
            words = _readable(arg)
            if words:
                out.append(f"{path.relative_to(UI.parent)}:{node.lineno}: {name}({words!r})")
    return out


def test_every_word_a_screen_shows_goes_through_tr():
    found = [line for path in sorted(UI.rglob("*.py")) for line in unmarked(path)]
    assert not found, f"{len(found)} unmarked texts on screens:\n" + "\n".join(found)


def test_the_check_sees_literals_and_f_strings_and_lets_marked_text_through(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text(
        "label.setText('Total')\n"
        "QPushButton(f'Pay {amount}')\n"
        "label.setText(tr('sale', 'Total'))\n"
        "label.setText('F10')\n"
        "label.setText('…')\n"
        "table.setHorizontalHeaderLabels(['Item', tr('sale', 'Qty')])\n",
        encoding="utf-8",
    )
    global UI
    saved = UI
    UI = tmp_path.parent
    try:
        found = unmarked(sample)
    finally:
        UI = saved
    assert [f.split(": ", 1)[1] for f in found] == [
        "setText('Total')",
        "QPushButton('Pay ')",
        "setHorizontalHeaderLabels('Item')",
    ]
