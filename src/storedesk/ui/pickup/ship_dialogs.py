"""The To ship queue's dialogs: pack (how many parcels, each one's weight in kilograms typed the
store's way: "1,2" in French) and ship (each parcel's tracking number, typed or scanned: a
scanner's Enter moves to the next parcel, the last one's ships). They only collect and check
input; the screen calls the services (services/pickup/shipping.py), which check it again."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QScrollArea, QSpinBox, QWidget

from ...domain.errors import DomainError
from ...services.pickup import shipping
from ..dialogs import FormDialog
from ..translation import text, tr

WIDTH = 560
VISIBLE_PARCELS = 6  # more scroll: the dialog stays inside a 768 px screen


def _scrolling(form: QFormLayout) -> QScrollArea:
    inside = QWidget()
    inside.setLayout(form)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inside)
    return area


class PackDialog(FormDialog):
    """How many parcels the order goes in, and what each weighs (kg). `weights_g`: the parcels of
    an order packed already, shown to be corrected (packed again) or kept (the labels again)."""

    def __init__(self, number: str, parent=None, weights_g: list[int] | None = None):
        super().__init__(tr("pickup", "Pack order {number}", number=number), parent, WIDTH)
        self.count = QSpinBox()
        self.count.setRange(1, shipping.MAX_PARCELS)
        self.count.valueChanged.connect(self._rows)
        head = QFormLayout()
        head.addRow(tr("pickup", "Parcels"), self.count)
        self.layout_.addLayout(head)
        self.form = QFormLayout()
        self.area = _scrolling(self.form)
        self.layout_.addWidget(self.area, 1)
        self.fields: list[QLineEdit] = []
        self._finish(ok_text=tr("pickup", "Pack  (Enter)"))
        self.message.show_info(tr("pickup", "Weigh each parcel and type its weight in kg"))
        self._rows(1)
        if weights_g:
            self.count.setValue(len(weights_g))
            for field, w in zip(self.fields, weights_g, strict=False):
                field.setText(shipping.kilograms(w))
            self.message.show_info(
                tr("pickup", "Packed already: correct the parcels and Enter packs it again; the labels print again")
            )
        self.count.selectAll()

    def _rows(self, n: int) -> None:
        while len(self.fields) > n:
            self.form.removeRow(len(self.fields) - 1)
            self.fields.pop()
        while len(self.fields) < n:
            field = QLineEdit()
            field.setPlaceholderText(tr("pickup", "kg, such as 1.2"))
            index = len(self.fields)
            field.returnPressed.connect(lambda i=index: self._next(i))
            self.form.addRow(tr("pickup", "Parcel {parcel} (kg)", parcel=len(self.fields) + 1), field)
            self.fields.append(field)
        row = self.fields[0].sizeHint().height() + self.form.verticalSpacing()
        self.area.setMinimumHeight(min(n, VISIBLE_PARCELS) * row + 8)

    def _next(self, i: int) -> None:
        if i + 1 < len(self.fields):
            self.fields[i + 1].setFocus()
        else:
            self.accept()

    def weights_g(self) -> list[int]:
        """Each parcel's weight in grams; DomainError (which parcel, why) for a wrong one."""
        return [shipping.grams(f.text()) for f in self.fields]

    def accept(self) -> None:
        for i, f in enumerate(self.fields):
            try:
                shipping.grams(f.text())
            except DomainError as exc:
                self.message.show_error(tr("pickup", "Parcel {parcel}: {reason}", parcel=i + 1, reason=text(exc)))
                f.setFocus()
                f.selectAll()
                return
        super().accept()


class ShipDialog(FormDialog):
    """Each parcel's tracking number, typed or scanned."""

    def __init__(self, view, parent=None):
        super().__init__(tr("pickup", "Ship order {number}", number=view.order.number), parent, WIDTH)
        self.form = QFormLayout()
        self.fields: dict[int, QLineEdit] = {}
        for p in view.parcels:
            field = QLineEdit(p.tracking)
            field.setPlaceholderText(tr("pickup", "tracking number: type or scan it"))
            field.returnPressed.connect(lambda n=p.number: self._next(n))
            self.form.addRow(
                tr("pickup", "Parcel {parcel} ({weight} kg)", parcel=p.number, weight=shipping.kilograms(p.weight_g)),
                field,
            )
            self.fields[p.number] = field
        area = _scrolling(self.form)
        if self.fields:
            first = next(iter(self.fields.values()))
            row = first.sizeHint().height() + self.form.verticalSpacing()
            area.setMinimumHeight(min(len(self.fields), VISIBLE_PARCELS) * row + 8)
            first.setFocus()
        self.layout_.addWidget(area, 1)
        self._finish(ok_text=tr("pickup", "Ship  (Enter)"))
        self.message.show_info(tr("pickup", "The stock leaves the store when the order is shipped"))

    def _next(self, number: int) -> None:
        numbers = list(self.fields)
        i = numbers.index(number)
        if i + 1 < len(numbers):
            self.fields[numbers[i + 1]].setFocus()
        else:
            self.accept()

    def tracking(self) -> dict[int, str]:
        return {n: f.text().strip() for n, f in self.fields.items()}

    def accept(self) -> None:
        empty = next((n for n, f in self.fields.items() if not f.text().strip()), None)
        if empty is not None:
            self.message.show_error(tr("pickup", "Parcel {parcel}: type or scan its tracking number", parcel=empty))
            self.fields[empty].setFocus()
            return
        super().accept()
