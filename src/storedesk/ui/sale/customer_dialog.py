"""The customer of the sale (issue 18, Ctrl+K at the counter): find, create, attach, detach.

Find by phone, email, name or a scanned loyalty card: the hub answers (on the network lane,
services/customers.py); offline the station's recent customers answer, and the dialog says so.
Create needs the name, a phone or an email (or a scanned card), and the customer's answer to
"may we contact you?" (the box, its date recorded at the hub). Attaching saves the customer on
the open basket (on the worker); `view` is the basket then. No database or hub call runs on the
GUI thread.

Enter does what the focused field is for: in the search field it searches, in the new
customer's fields it creates, in the list it attaches the chosen customer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
)

from ...domain.basket import BasketCustomer
from ...services import customers
from ..dialogs import FormDialog
from ..ops import Ops, message_of
from ..translation import tr


def describe(c: customers.Customer) -> str:
    """One line of the list: name, card, then the phone or email."""
    contact = c.phone or c.email
    if contact:
        return tr("customers", "{name} · card {card} · {contact}", name=c.name, card=c.card, contact=contact)
    return tr("customers", "{name} · card {card}", name=c.name, card=c.card)


def customer_text(c: BasketCustomer | None) -> str:
    """The counter's line about the sale's customer."""
    if c is None:
        return ""
    if not c.name and not c.card:  # erased at the hub meanwhile (adapters/customer_erasure.py)
        return tr("customers", "Customer: erased at the hub (the sale keeps their prices)")
    return tr("customers", "Customer: {name} · card {card}", name=c.name, card=c.card)


def customer_label() -> QLabel:
    """The counter's customer line: never wider than the basket (a long name is cut, not the screen)."""
    label = QLabel("")
    label.setObjectName("totalCaption")
    label.setAccessibleName(tr("customers", "Customer of this sale"))
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.hide()
    return label


class CustomerDialog(FormDialog):
    """Ctrl+K: find or create the customer and attach them to the sale (`view` once changed)."""

    def __init__(self, ops: Ops, user_of, basket_id: str, attached: BasketCustomer | None, parent=None):
        super().__init__(tr("customers", "Customer of this sale"), parent, min_width=620)
        self.ops, self.user_of, self.basket_id, self.attached = ops, user_of, basket_id, attached
        self.view = None
        self.busy = False
        self.found: list[customers.Customer] = []

        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("customers", "phone, email, name or scan the card, then Enter"))
        self.query.setAccessibleName(tr("customers", "Find a customer"))
        self.results = QListWidget()
        self.results.setAccessibleName(tr("customers", "Customers found"))
        self.results.setMaximumHeight(130)
        self.results.itemActivated.connect(lambda _item: self.attach())

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.card = QLineEdit()
        self.card.setPlaceholderText(tr("customers", "scan a new card, or leave empty: the hub issues one"))
        self.consent = QCheckBox(tr("customers", "The customer agrees to be contacted"))
        self.create_btn = QPushButton(tr("customers", "Create and attach  (F3)"))
        self.create_btn.clicked.connect(self.create_customer)
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, self.create_customer)
        new = QGridLayout()  # two fields a row: the dialog fits 768 px high with the list
        new.addWidget(QLabel(tr("customers", "Name")), 0, 0)
        new.addWidget(self.name, 0, 1, 1, 3)
        new.addWidget(QLabel(tr("customers", "Phone")), 1, 0)
        new.addWidget(self.phone, 1, 1)
        new.addWidget(QLabel(tr("customers", "Email")), 1, 2)
        new.addWidget(self.email, 1, 3)
        new.addWidget(QLabel(tr("customers", "Card")), 2, 0)
        new.addWidget(self.card, 2, 1, 1, 3)
        new.addWidget(self.consent, 3, 0, 1, 4)
        new.addWidget(self.create_btn, 4, 0, 1, 4)
        box = QGroupBox(tr("customers", "New customer"))
        box.setLayout(new)

        self.detach_btn = QPushButton(tr("customers", "Detach  (F4)"))
        self.detach_btn.clicked.connect(self.detach)
        self.detach_btn.setEnabled(attached is not None)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self.detach)
        row = QHBoxLayout()
        row.addWidget(self.detach_btn)
        row.addStretch(1)

        self.layout_.addWidget(self.query)
        self.layout_.addWidget(self.results)
        self.layout_.addWidget(box)
        self.layout_.addLayout(row)
        for button in (self.create_btn, self.detach_btn):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        if attached is not None:
            self.message.show_info(
                tr("customers", "Attached: {name}, card {card}", name=attached.name, card=attached.card)
            )
        self._finish(None, tr("customers", "Attach  (Enter)"))
        self.query.setFocus()

    # ---- Enter: what the focused field is for
    def _ok(self) -> None:
        focused = self.focusWidget()
        if focused is self.query:
            self.search()
        elif focused in (self.name, self.phone, self.email, self.card, self.consent):
            self.create_customer()
        else:
            self.attach()

    def search(self) -> None:
        typed = self.query.text().strip()
        if self.busy or not typed:
            return
        self.busy = True
        self.message.show_info(tr("customers", "Looking for the customer..."))
        self.ops.call(customers.find, typed, ok=self._found, err=self._refused)

    def _found(self, found: customers.Found) -> None:
        self.busy = False
        self.found = found.customers
        self.results.clear()
        for c in found.customers:
            self.results.addItem(QListWidgetItem(describe(c)))
        n = len(found.customers)
        if found.online:
            self.message.show_ok(tr("customers", "%n customer(s) found", n=n))
        else:
            self.message.show_info(
                tr(
                    "customers",
                    "The hub cannot be reached: %n customer(s) found among this station's recent customers",
                    n=n,
                )
            )
        if n:
            self.results.setCurrentRow(0)
            self.results.setFocus()
        else:
            self.query.selectAll()

    def attach(self) -> None:
        row = self.results.currentRow()
        if self.busy:
            return
        if not 0 <= row < len(self.found):
            self.message.show_error(tr("customers", "Find the customer first, or create them"))
            self.query.setFocus()
            return
        self._attach(self.found[row])

    def _attach(self, customer: customers.Customer) -> None:
        self.busy = True
        self.ops.call(customers.attach, self.user_of(), self.basket_id, customer, ok=self._done, err=self._refused)

    def create_customer(self) -> None:
        if self.busy:
            return
        if not self.name.text().strip():
            self.message.show_error(tr("customers", "Type the customer's name"))
            self.name.setFocus()
            return
        self.busy = True
        self.message.show_info(tr("customers", "Creating the customer at the hub..."))
        self.ops.call(
            customers.create,
            self.name.text(),
            self.phone.text(),
            self.email.text(),
            self.consent.isChecked(),
            self.card.text(),
            ok=self._created,
            err=self._refused,
        )

    def _created(self, made: customers.Customer) -> None:
        self.busy = False
        self._attach(made)

    def detach(self) -> None:
        if self.busy or self.attached is None:
            return
        self.busy = True
        self.ops.call(customers.detach, self.user_of(), self.basket_id, ok=self._done, err=self._refused)

    def _done(self, view) -> None:
        self.busy = False
        self.view = view
        self.accept()

    def _refused(self, exc) -> None:
        self.busy = False
        self.message.show_error(message_of(exc))
