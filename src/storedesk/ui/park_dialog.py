"""F9: park the current sale, or recall a parked one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from .widgets import money
from .style import decorate


class ParkDialog(QDialog):
    PARK, RECALL = "park", "recall"

    def __init__(self, parked: list, can_park: bool, currency: str, local_time, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Park or recall a sale")
        self.setMinimumSize(560, 380)
        self.choice: tuple[str, str | None] | None = None
        self.list = QListWidget()
        for basket_id, label, at, total in parked:
            item = QListWidgetItem(f"{local_time(at):%H:%M}   {label}   {money(total, currency)}")
            item.setData(Qt.UserRole, basket_id)
            self.list.addItem(item)
        if parked:
            self.list.setCurrentRow(0)
        self.park_btn = QPushButton("Park this sale  (F9)")
        self.park_btn.setEnabled(can_park)
        self.recall_btn = QPushButton("Recall selected  (Enter)")
        self.recall_btn.setProperty("primary", True)
        self.recall_btn.setEnabled(bool(parked))
        close = QPushButton("Close  (Esc)")
        self.park_btn.clicked.connect(self.park)
        self.recall_btn.clicked.connect(self.recall)
        close.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.recall())
        buttons = QHBoxLayout()
        for b in (self.park_btn, self.recall_btn, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Parked sales: {len(parked)}" if parked else "No parked sales"))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        decorate(self)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_F9 and self.park_btn.isEnabled():
            self.park()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.recall()
        else:
            super().keyPressEvent(event)

    def park(self) -> None:
        self.choice = (self.PARK, None)
        self.accept()

    def recall(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.choice = (self.RECALL, item.data(Qt.UserRole))
            self.accept()
