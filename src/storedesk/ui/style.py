"""Large type and touch-sized buttons, readable from a step back.

Base font and colours go through the palette, not a `QWidget {}` style rule: a rule on every
widget routes all painting through the style-sheet engine and costs milliseconds per scan.
"""

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


def apply(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPixelSize(15)
    app.setFont(font)
    pal = app.palette()
    pal.setColor(QPalette.Window, QColor("#f4f6f8"))
    pal.setColor(QPalette.WindowText, QColor("#1d2327"))
    pal.setColor(QPalette.Text, QColor("#1d2327"))
    pal.setColor(QPalette.Base, QColor("#ffffff"))
    app.setPalette(pal)
    app.setStyleSheet(STYLE)


STYLE = """
QLineEdit { padding: 8px; border: 2px solid #b8c2cc; border-radius: 6px; background: white; font-size: 18px; }
QLineEdit:focus { border-color: #1f6feb; }
QPushButton { min-height: 48px; padding: 4px 12px; border-radius: 6px; border: 1px solid #9aa5b1;
              background: white; font-size: 14px; }
QPushButton:hover { background: #eef4ff; }
QPushButton:default, QPushButton[primary="true"] { background: #1f6feb; color: white; border-color: #1f6feb; font-weight: bold; }
QPushButton:disabled { color: #9aa5b1; background: #eceff1; }
QTableView { background: white; gridline-color: #e3e7eb; font-size: 16px; selection-background-color: #cfe2ff;
             selection-color: #1d2327; }
QHeaderView::section { background: #e9edf1; padding: 6px; border: none; font-weight: bold; }
QLabel#total { font-size: 44px; font-weight: bold; color: #0b3d91; }
QLabel#totalCaption { font-size: 16px; color: #52606d; }
QLabel#message { font-size: 17px; padding: 8px; border-radius: 6px; }
QLabel#message[kind="error"] { background: #fde2e1; color: #9b1c1c; font-weight: bold; }
QLabel#message[kind="ok"] { background: #def7ec; color: #03543f; }
QLabel#message[kind="info"] { background: #e1effe; color: #1e429f; }
QLabel#change { font-size: 30px; font-weight: bold; color: #03543f; }
QLabel#title { font-size: 28px; font-weight: bold; color: #0b3d91; }
QStatusBar QLabel { padding: 0 10px; font-size: 13px; }
"""
