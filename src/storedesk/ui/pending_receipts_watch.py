"""The status bar's "receipts not written yet", and the writing of them once the disk allows.

Each poll (the app's start, after every sale or return, the status timer) asks the database
worker to write a few missing original receipts (services/pending_receipts.py) and shows how
many are still missing; nothing shows while none is. Off the GUI thread, through Ops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from ..services import pending_receipts
from .ops import Ops
from .translation import text, tr

PER_POLL = 3  # a receipt takes ~10 ms to render: a poll never holds the worker for long


class PendingReceiptsWatch(QObject):
    updated = Signal(int)  # documents still missing their PDF (tests wait on it)

    def __init__(self, ops: Ops, data_dir: Path, parent=None):
        super().__init__(parent)
        self.ops, self.data_dir = ops, Path(data_dir)
        self.label = QLabel("")
        self.label.setContentsMargins(12, 2, 12, 2)
        self.label.setVisible(False)
        self.waiting = 0
        self._started = False
        self._busy = False

    def poll(self) -> None:
        if self._busy:  # the last poll is still queued behind the till's work
            return
        self._busy = True
        # The first poll of a run takes every row: no receipt of this run is being printed yet.
        settle = pending_receipts.SETTLE_SECONDS if self._started else 0
        self._started = True
        self.ops.call(pending_receipts.write_pending, self.data_dir, PER_POLL, settle, ok=self._show, err=self._failed)

    def _show(self, state) -> None:
        self._busy = False
        self.waiting = state.waiting
        self.label.setText(tr("status", "Receipts not written: {count}", count=state.waiting) if state.waiting else "")
        self.label.setToolTip(tr("status", "Last try: {error}", error=text(state.error)) if state.error else "")
        self.label.setVisible(bool(state.waiting))
        self.updated.emit(state.waiting)

    def _failed(self, _exc) -> None:  # the database said no: the next poll tries again
        self._busy = False
