"""Qt's own warnings go to the station's log, not to a console nobody reads.

Qt writes its messages ("This plugin does not support propagateSizeHints()", a font not
found, a style sheet it could not parse) to stderr, where on a till they are noise or lost.
`install()` routes them to the `storedesk.qt` logger at the matching level: they land in
`<data folder>/logs/storedesk.log` beside the app's own records (storedesk/logs.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("storedesk.qt")

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def forward(kind: QtMsgType, context, message: str) -> None:
    """The message handler: one log record per Qt message, with Qt's category when it has one."""
    category = getattr(context, "category", None)
    where = f"{category}: " if category and category != "default" else ""
    log.log(LEVELS.get(kind, logging.WARNING), "%s%s", where, message)


def install() -> None:
    qInstallMessageHandler(forward)
