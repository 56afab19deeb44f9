"""Gift cards at the counter (issue 18): selling one (or a reload) and checking a balance.

Scanning the gift card product opens GiftCardSaleDialog: the card's code (scanned) and the
amount (typed in the store's locale), checked here as the service will check them again, then
the line is added on the worker. Ctrl+G opens GiftCardBalanceDialog: scan a card, the hub says
its balance (on the network lane; offline it says it cannot), and F2 reloads it: the sale dialog
again, with the code filled in. No database or hub call runs on the GUI thread.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton

from ...domain import gift_cards as cards
from ...domain.errors import DomainError
from ...services import basket as basket_svc
from ...services import gift_cards
from ..dialogs import FormDialog
from ..ops import Ops, message_of
from ..translation import text, tr
from ..widgets import money, typed_number


class GiftCardSaleDialog(FormDialog):
    """The code and amount of a gift card sold (or reloaded) on this sale; `view` once added."""

    def __init__(
        self,
        ops: Ops,
        user_of,
        basket_id: str,
        currency: str,
        sku: str,
        code: str = "",
        parent=None,
        most: Decimal = cards.DEFAULT_MAX,
    ):
        """`most`: the store's gift_card_max (StoreConfig.gift_card_max); the service checks it again."""
        title = tr("giftcards", "Reload a gift card") if code else tr("giftcards", "Sell a gift card")
        super().__init__(title, parent)
        self.ops, self.user_of, self.basket_id, self.currency, self.sku = ops, user_of, basket_id, currency, sku
        self.most = most
        self.view = None
        self.busy = False
        self.code = QLineEdit(code)
        self.code.setPlaceholderText(tr("giftcards", "scan the card"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("giftcards", "amount, at most {most}", most=money(most, currency)))
        self.code.returnPressed.connect(self.amount.setFocus)
        self.amount.returnPressed.connect(self._ok)
        form = QFormLayout()
        form.addRow(tr("giftcards", "Card code"), self.code)
        form.addRow(tr("giftcards", "Amount"), self.amount)
        self.message.show_info(tr("giftcards", "A gift card bears no VAT: VAT is due on what it buys"))
        self._finish(form, tr("giftcards", "Add to sale  (Enter)"))
        (self.amount if code else self.code).setFocus()

    def _ok(self) -> None:
        if self.busy:
            return
        try:
            code = cards.parse_code(self.code.text())
            amount = cards.parse_load(typed_number(self.amount.text()), self.currency, self.most)
        except DomainError as exc:
            self.message.show_error(tr("dialogs", "{error}: correct it, or Esc", error=text(exc)))
            return
        self.busy = True
        self.ops.call(
            basket_svc.add_gift_card,
            self.user_of(),
            self.basket_id,
            self.sku,
            code,
            amount,
            ok=self._added,
            err=self._refused,
        )

    def _added(self, view) -> None:
        self.busy = False
        self.view = view
        self.accept()

    def _refused(self, exc) -> None:
        self.busy = False
        self.message.show_error(message_of(exc))


class GiftCardBalanceDialog(FormDialog):
    """Ctrl+G: a card's balance at the hub; F2 reloads it (`reload_code` once chosen)."""

    def __init__(self, ops: Ops, currency: str, parent=None):
        super().__init__(tr("giftcards", "Gift card balance"), parent)
        self.ops, self.currency = ops, currency
        self.reload_code = ""
        self.found = ""  # the code whose balance is shown
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("giftcards", "scan the card, then Enter"))
        self.code.returnPressed.connect(self._ok)
        self.reload_btn = QPushButton(tr("giftcards", "Reload  (F2)"))
        self.reload_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reload_btn.setEnabled(False)
        self.reload_btn.clicked.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.reload)
        form = QFormLayout()
        form.addRow(tr("giftcards", "Card code"), self.code)
        form.addRow("", self.reload_btn)
        self._finish(form, tr("giftcards", "Check  (Enter)"))
        self.code.setFocus()

    def _ok(self) -> None:
        typed = self.code.text().strip()
        if not typed:
            self.message.show_error(tr("giftcards", "Scan the gift card first"))
            return
        self.found = ""
        self.reload_btn.setEnabled(False)
        self.message.show_info(tr("giftcards", "Asking the hub..."))
        self.ops.call(gift_cards.balance, typed, ok=self._shown, err=self._refused)

    def _shown(self, found) -> None:
        self.found = found.code
        self.reload_btn.setEnabled(True)
        self.message.show_ok(
            tr(
                "giftcards",
                "Gift card {code}: {balance} left. F2 reloads it",
                code=cards.mask(found.code),
                balance=money(found.balance, self.currency),
            )
        )
        self.code.selectAll()

    def _refused(self, exc) -> None:
        self.message.show_error(message_of(exc))
        self.code.selectAll()

    def reload(self) -> None:
        if self.found:
            self.reload_code = self.found
            self.accept()
