"""F10: take the money. Cash with change and quick amounts, card with its approval code, splits.

The dialog only collects tenders; the sale screen completes the sale through the service. At the
counter (`store` given) every payment that does not complete the sale (a card the terminal
approved, a voucher the hub redeemed, cash towards the rest) is kept on the open basket through
the service before the dialog goes on: Esc, a restart or a lock never loses it, and the sale
then counts it from the basket (final_tenders() are only the payments not kept there).
Cash far above what is due (100000 typed for 1.29: a slip of the keys, or a scanned barcode
landing in the amount field) is not taken on Enter: a confirmation whose default answer is
"No, correct it" shows the amount and the change in full first.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ..domain.cash import tender_ceiling
from ..domain.errors import DomainError
from ..domain.gift_cards import mask
from ..domain.money import parse_amount
from ..domain.money_format import fmt_amount
from ..domain.tenders import CARD, CASH, EXCHANGE, GIFT_CARD, POINTS, VOUCHER, Tender, remaining, settle
from ..i18n import msg, noop
from ..i18n.formats import fmt_number
from .dialogs import ConfirmDialog
from .style import decorate, scaled
from .translation import text, tr
from .widgets import MessageLine, money, typed_number

# A payment's kind as the clerk reads it (the payment list, the counter's line under the total).
MIN_WIDTH = 760  # px: room for the amounts and the quick-cash keys
BUTTON_AIR = 24  # px beside a key's words, at the standard text size
SCREEN_EDGE = 40  # px of the screen the dialog leaves free (a window frame)

TENDER_NAMES = {
    CASH: noop("payment", "Cash"),
    CARD: noop("payment", "Card"),
    VOUCHER: noop("payment", "Voucher"),
    EXCHANGE: noop("payment", "Exchange"),
    GIFT_CARD: noop("payment", "Gift card"),
    POINTS: noop("payment", "Points"),
}


def tender_name(kind: str) -> str:
    """cash -> "Cash" ("Espèces" in French); a kind without a name is shown as it is."""
    return tr("payment", TENDER_NAMES[kind]) if kind in TENDER_NAMES else kind.title()


NOTES = (Decimal(5), Decimal(10), Decimal(20), Decimal(50), Decimal(100), Decimal(200))


def quick_amounts(due: Decimal, ceiling: Decimal | None = None) -> list[Decimal]:
    """Exact, then the next notes a customer is likely to hand over (none above `ceiling`)."""
    out = [due]
    for note in NOTES:
        if note > due and len(out) < 4 and (ceiling is None or note <= ceiling):
            out.append(note)
    return out


class ConfirmTenderDialog(ConfirmDialog):
    """ "€100,000.00 in cash for €1.29?" with the change in full; Enter answers "No, correct it"."""

    def __init__(self, tendered: Decimal, due: Decimal, currency: str, parent=None):
        super().__init__(
            tr("payment", "Check the cash amount"),
            tr(
                "payment", "{tendered} in cash for {due}?", tendered=money(tendered, currency), due=money(due, currency)
            ),
            tr("payment", "Change to give: {amount}", amount=money(tendered - due, currency)),
            tr("payment", "Is that really the amount the customer handed over?"),
            parent,
        )
        self.change = self.detail


class PaymentDialog(QDialog):
    def __init__(
        self,
        total: Decimal,
        currency: str,
        cash_step: Decimal,
        tenders=None,
        parent=None,
        tender_margin: Decimal | None = None,
        store=None,
    ):
        """`store`: the sale screen's bridge that keeps payments on the open basket
        (ui/voucher_bridge.py: `take(tender, ok, err)`, `give_back(ok, err)`, and `redeem`,
        which takes a voucher's amount at the hub and keeps it on the basket in one call);
        `tenders` are then those already kept there. None: the dialog keeps them itself (pay at
        pickup, an exchange: their service takes them all at once), and takes no voucher: a
        voucher's amount leaves it at the hub, so only a payment kept on a basket can be given
        back there.
        `tender_margin`: setting cash_tender_margin; cash above what is left plus this (None:
        the currency's largest note) asks the clerk to confirm."""
        super().__init__(parent)
        self.vouchers = store
        self.tender_margin = tender_margin
        self.confirm: ConfirmTenderDialog | None = None  # open while an odd cash amount is checked
        self.cash_confirmed = False  # the clerk said yes to such an amount (services/sale.complete_sale)
        self.busy = False
        self.total, self.currency, self.step = total, currency, cash_step
        # Tenders already taken (a card approved before Esc) come back when the dialog reopens.
        self.tenders: list[Tender] = list(tenders or [])
        self.store = store
        self.kept = len(self.tenders) if store is not None else 0  # of self.tenders, those kept on the basket
        self.waiting: list = []  # payments typed while the one before is being kept (taken in order)
        self.setWindowTitle(tr("payment", "Payment"))
        self.due_label = QLabel()
        self.due_label.setObjectName("total")
        self.left_label = QLabel()
        self.left_label.setObjectName("totalCaption")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("payment", "amount handed over"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("payment", "card terminal approval code"))
        self.tender_list = QListWidget()
        self.tender_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tender_list.setMaximumHeight(110)
        self.message = MessageLine()

        self.quick = QGridLayout()
        self.cash_btn = QPushButton(tr("payment", "Cash  (Enter)"))
        self.cash_btn.setProperty("primary", True)
        self.card_btn = QPushButton(tr("payment", "Card  (F6)"))
        self.voucher = QLineEdit()
        self.voucher.setPlaceholderText(tr("payment", "store credit voucher code (scan or type), then F7"))
        self.voucher_btn = QPushButton(tr("payment", "Voucher  (F7)"))
        self.gift_card = QLineEdit()
        self.gift_card.setPlaceholderText(tr("payment", "gift card code (scan or type), then F8"))
        self.gift_card_btn = QPushButton(tr("payment", "Gift card  (F8)"))
        self.points_btn = QPushButton(tr("payment", "Points  (F9)"))  # the customer's loyalty points
        self.remove_btn = QPushButton(tr("payment", "Remove last (Del)"))
        self.cancel_btn = QPushButton(tr("payment", "Back (Esc)"))
        for b in (self.cash_btn, self.card_btn, self.voucher_btn, self.gift_card_btn, self.remove_btn, self.cancel_btn):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.points_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.points_btn.clicked.connect(self.add_points)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.add_points)
        self.gift_card_btn.clicked.connect(self.add_gift_card)
        self.gift_card.returnPressed.connect(self.add_gift_card)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.add_gift_card)
        self.voucher_btn.clicked.connect(self.add_voucher)
        self.voucher.returnPressed.connect(self.add_voucher)
        QShortcut(QKeySequence(Qt.Key.Key_F7), self, self.add_voucher)
        self.cash_btn.clicked.connect(self.add_cash)
        self.card_btn.clicked.connect(self.add_card)
        self.remove_btn.clicked.connect(self.remove_last)
        self.cancel_btn.clicked.connect(self.reject)
        self.amount.returnPressed.connect(self.add_cash)
        self.reference.returnPressed.connect(self.add_card)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.add_card)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.remove_last)
        for field in (self.amount, self.reference, self.voucher, self.gift_card):
            field.installEventFilter(self)  # Del there gives the last payment back too (eventFilter)

        form = QFormLayout()
        form.addRow(tr("payment", "Amount"), self.amount)
        form.addRow(tr("payment", "Card approval"), self.reference)
        if store is not None:
            form.addRow(tr("payment", "Voucher"), self.voucher)
            form.addRow(tr("payment", "Gift card"), self.gift_card)
        else:
            self.voucher_btn.hide()
            self.gift_card_btn.hide()
            self.points_btn.hide()
        self.buttons = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_label)
        layout.addWidget(self.left_label)
        layout.addLayout(form)
        layout.addLayout(self.quick)
        layout.addWidget(self.tender_list)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)
        decorate(self)
        self._arrange_buttons(layout)
        self.refresh()

    def _arrange_buttons(self, layout: QVBoxLayout) -> None:
        """The keys in one row when it fits the screen, else in two; each as wide as its words
        in the type shown (125 and 150 % too), and the dialog as wide as they need, at most the
        screen's width."""
        every = (
            self.cash_btn,
            self.card_btn,
            self.voucher_btn,
            self.gift_card_btn,
            self.points_btn,
            self.remove_btn,
            self.cancel_btn,
        )
        hub_kinds = (self.voucher_btn, self.gift_card_btn, self.points_btn)  # taken at the hub: only onto a kept basket
        shown = [b for b in every if b not in hub_kinds or self.store is not None]
        for b in shown:
            b.setMinimumWidth(QFontMetrics(b.font()).horizontalAdvance(b.text()) + scaled(BUTTON_AIR))
        margins = layout.contentsMargins()
        spacing = max(self.buttons.horizontalSpacing(), 0)
        row = sum(b.minimumWidth() for b in shown) + spacing * (len(shown) - 1) + margins.left() + margins.right()
        screen = self.screen()
        room = screen.availableGeometry().width() - SCREEN_EDGE if screen is not None else row
        per_row = len(shown) if row <= room else math.ceil(len(shown) / 2)
        for i, b in enumerate(shown):
            self.buttons.addWidget(b, i // per_row, i % per_row)
        self.setMinimumWidth(min(max(MIN_WIDTH, row if per_row == len(shown) else 0), room))

    def keyPressEvent(self, event):
        # Enter acts through the field it was typed in (returnPressed). Passed on, QDialog would
        # click a default button of any child dialog: the confirmation's "No" at once.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    # ---- state ----------------------------------------------------------------------
    def final_tenders(self) -> list[Tender]:
        """The payments the sale completes with that are not kept on the basket already."""
        return self.tenders[self.kept :]

    def left(self) -> tuple[Decimal, Decimal]:
        return remaining(self.total, self.tenders, self.step, self.currency)

    def ceiling(self) -> Decimal:
        """The most cash taken without a confirmation: what is left in cash plus the margin."""
        return tender_ceiling(self.left()[1], self.currency, self.tender_margin)

    def refresh(self) -> None:
        exact_left, cash_left = self.left()
        self.due_label.setText(tr("payment", "To pay {amount}", amount=money(self.total, self.currency)))
        left = money(exact_left, self.currency)
        if cash_left != exact_left:
            cash = money(cash_left, self.currency)
            self.left_label.setText(tr("payment", "Left: {amount}   (in cash: {cash})", amount=left, cash=cash))
        else:
            self.left_label.setText(tr("payment", "Left: {amount}", amount=left))
        self.tender_list.clear()
        for t in self.tenders:
            kind, paid = tender_name(t.kind), money(t.amount, self.currency)
            if t.reference:
                line = tr(
                    "payment", "{tender}  {amount}  ref {reference}", tender=kind, amount=paid, reference=t.reference
                )
            else:
                line = tr("payment", "{tender}  {amount}", tender=kind, amount=paid)
            self.tender_list.addItem(line)
        while self.quick.count():
            item = self.quick.takeAt(0)
            w = item.widget() if item is not None else None
            if w:
                w.deleteLater()
        for i, amount in enumerate(quick_amounts(cash_left, self.ceiling())):
            shown = money(amount, self.currency)
            btn = QPushButton(tr("payment", "Exact {amount}", amount=shown) if i == 0 else shown)
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            btn.setMinimumHeight(48)
            btn.clicked.connect(lambda _=False, a=amount: self._tender(CASH, a))
            self.quick.addWidget(btn, 0, i)
        self.amount.setText(fmt_amount(cash_left, self.currency))  # in the store's locale: "2,49"
        self.amount.selectAll()
        self.amount.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 -- Qt's name
        """Del in a field the dialog filled (its text all selected, as the amount is after each
        payment) or at its end gives the last payment back, as on the dialog: a line edit keeps
        Del for itself, and a clerk pressing "Remove last (Del)" there would only clear the amount.
        While the clerk edits inside a field, Del edits it."""
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            text = watched.text()
            filled = watched.hasSelectedText() and watched.selectedText() == text
            at_end = not watched.hasSelectedText() and watched.cursorPosition() == len(text)
            removable = self.kept if self.store is not None else bool(self.tenders)
            if removable and (filled or at_end):
                self.remove_last()
                return True
        return super().eventFilter(watched, event)

    # ---- actions --------------------------------------------------------------------
    def _parsed_amount(self, default: Decimal) -> Decimal | None:
        typed = self.amount.text().strip()
        try:  # typed in the store's locale ("2,5" in French); the domain's limits and messages
            return parse_amount(typed_number(typed), self.currency) if typed else default
        except DomainError as exc:
            self.message.show_error(text(exc))
            return None

    def add_cash(self) -> None:
        _exact, cash_left = self.left()
        amount = self._parsed_amount(cash_left)
        if amount is not None:
            self._tender(CASH, amount)

    def _exact_amount(self) -> Decimal | None:
        """The amount for a card or a voucher, which pay exact cents: what is left when the field
        is empty, or when it still holds the cash figure rounded to the cash step."""
        exact_left, cash_left = self.left()
        text = self.amount.text().strip()
        amount = self._parsed_amount(exact_left)
        if amount is not None and text and amount == cash_left and exact_left != amount:
            return exact_left
        return amount

    def add_card(self) -> None:
        amount = self._exact_amount()
        if amount is None:
            return
        if not self.reference.text().strip():
            self.message.show_error(tr("payment", "Enter the card terminal's approval code, then F6"))
            self.reference.setFocus()
            return
        self._tender(CARD, amount, self.reference.text().strip())

    def _hub_amount(self, too_much: str) -> Decimal | None:
        """The amount a tender taken at the hub pays: exact cents, at most what is left (it gives
        no change: else `too_much` is shown); None when there is none."""
        amount = self._exact_amount()
        if amount is None:
            return None
        exact_left, _cash = self.left()
        if amount > exact_left or amount <= 0:
            self.message.show_error(too_much)
            return None
        return amount

    def _take_at_hub(self, asking: str, redeem, *args, said, field: QLineEdit | None = None) -> None:
        """A voucher, a gift card or points: the bridge's `redeem(*args, ok, err)` takes it at the
        hub and keeps it on the basket with its redemption id (on the worker) while the dialog
        waits (busy); then `said(redemption)` is shown and `field` cleared."""
        self.busy = True
        self.message.show_info(asking)

        def taken(redemption) -> None:
            self.busy = False
            if field is not None:
                field.clear()
            self.message.show_ok(said(redemption))
            self._kept(redemption.view, announce=False)  # kept on the basket with its redemption id

        redeem(*args, taken, self._refused_at_hub)

    def add_voucher(self) -> None:
        """Store credit: the hub takes the amount off the voucher first (on the worker)."""
        if self.vouchers is None or self.busy:
            return
        code = self.voucher.text().strip()
        if not code:
            self.message.show_error(tr("payment", "Scan or type the voucher code, then F7"))
            self.voucher.setFocus()
            return
        amount = self._hub_amount(tr("payment", "A voucher pays at most what is left; it gives no change"))
        if amount is None:
            return
        self._take_at_hub(
            tr(
                "payment",
                "Asking the hub for {amount} from voucher {code}...",
                amount=money(amount, self.currency),
                code=code,
            ),
            self.vouchers.redeem,
            code,
            amount,
            said=lambda r: tr(
                "payment",
                "Voucher {code}: {amount} taken, {balance} left on it",
                code=r.tender.reference,
                amount=money(r.tender.amount, self.currency),
                balance=money(r.balance_after, self.currency),
            ),
            field=self.voucher,
        )

    def add_gift_card(self) -> None:
        """A gift card: the hub takes the amount off the card first (on the worker). The field
        empty: what is left or the card's balance, whichever is less (the hub says which)."""
        if self.store is None or self.busy:
            return
        code = self.gift_card.text().strip()
        if not code:
            self.message.show_error(tr("payment", "Scan or type the gift card's code, then F8"))
            self.gift_card.setFocus()
            return
        exact_left, _cash = self.left()
        amount = None
        if self.amount.text().strip():
            amount = self._hub_amount(tr("payment", "A gift card pays at most what is left; it gives no change"))
            if amount is None:
                return
            if amount == exact_left:  # the rest, as shown: the card's balance if that is less
                amount = None
        if exact_left <= 0:
            return
        self._take_at_hub(
            tr("payment", "Asking the hub for the gift card's balance..."),
            self.store.redeem_gift_card,
            code,
            amount,
            exact_left,
            said=lambda r: tr(
                "payment",
                "Gift card {code}: {amount} taken, {balance} left on it",
                code=mask(r.tender.reference),
                amount=money(r.tender.amount, self.currency),
                balance=money(r.balance_after, self.currency),
            ),
            field=self.gift_card,
        )

    def add_points(self) -> None:
        """The customer's loyalty points: the hub takes them first (on the worker); the amount
        field says how much they pay (what is left when it is empty)."""
        if self.store is None or self.busy:
            return
        amount = self._hub_amount(tr("payment", "Points pay at most what is left; they give no change"))
        if amount is None:
            return
        self._take_at_hub(
            tr("payment", "Asking the hub for the customer's points..."),
            self.store.redeem_points,
            amount,
            said=lambda r: tr(
                "payment",
                "%n point(s) taken for {amount}; {balance} left",
                n=r.points,
                amount=money(r.tender.amount, self.currency),
                balance=fmt_number(r.balance_after),
            ),
        )

    def _refused_at_hub(self, message: str) -> None:
        self.busy = False
        QApplication.beep()
        self.message.show_error(message)

    def _tender(
        self, kind: str, amount: Decimal, reference: str = "", ready: Tender | None = None, confirmed: bool = False
    ) -> None:
        if self.store is not None and self.busy:  # one payment at a time is kept: this one follows it
            self.waiting.append(lambda: self._tender(kind, amount, reference, ready, confirmed))
            return
        try:
            tender = ready or Tender(kind, amount, reference)
            if kind == CARD and amount > self.left()[0]:
                raise DomainError(msg("payment", "A card cannot pay more than what is left; cards give no change"))
        except DomainError as exc:
            self.message.show_error(text(exc))
            return
        if kind == CASH and not confirmed:
            if self.confirm is not None:  # one question at a time
                return
            if amount > self.ceiling():
                self._confirm_cash(amount)
                return
        if self.store is not None and (kind != CASH or not self._settles([*self.tenders, tender])):
            self._keep(tender)
            return
        self.tenders.append(tender)
        self.reference.clear()
        try:
            settle(self.total, self.tenders, self.step, self.currency)
        except DomainError:
            self.message.show_info(
                tr("payment", "{tender} {amount} added", tender=tender_name(kind), amount=money(amount, self.currency))
            )
            self.refresh()
            return
        if self.confirm is not None:  # a voucher the hub granted meanwhile paid the rest: no cash question left
            self.confirm.reject()
        self.accept()  # fully paid

    def _settles(self, tenders: list[Tender]) -> bool:
        try:
            settle(self.total, tenders, self.step, self.currency)
        except DomainError:
            return False
        return True

    def _keep(self, tender: Tender) -> None:
        """Keep a payment on the open basket (the worker saves it, fsync'd) before going on: it
        is listed at once, and nothing else is taken, nor the sale completed, until it is saved."""
        self.busy = True
        self.tenders.append(tender)
        self.reference.clear()
        self.message.show_info(
            tr("payment", "Saving the payment of {amount}…", amount=money(tender.amount, self.currency))
        )
        self.store.take(tender, self._kept, self._not_kept)

    def _kept(self, view, announce: bool = True) -> None:
        """The basket as stored: its payments are the dialog's, and it is paid, or not yet."""
        self.busy = False
        self.tenders = list(view.basket.taken_tenders)
        self.kept = len(self.tenders)
        self.reference.clear()
        if not self.isVisible():  # closed meanwhile (Esc): the counter shows what is kept
            return
        if self._settles(self.tenders):
            self.waiting.clear()
            if self.confirm is not None:
                self.confirm.reject()
            self.accept()  # fully paid by what is kept
            return
        if announce and self.tenders:
            last = self.tenders[-1]
            self.message.show_info(
                tr(
                    "payment",
                    "{tender} {amount} added and saved",
                    tender=tender_name(last.kind),
                    amount=money(last.amount, self.currency),
                )
            )
        self.refresh()
        if self.waiting:
            self.waiting.pop(0)()

    def _not_kept(self, message: str) -> None:
        self.busy = False
        self.waiting.clear()  # what was typed after it is not taken either: the clerk sees why
        if len(self.tenders) > self.kept:  # the payment being saved was not: it is not on the sale
            self.tenders = self.tenders[: self.kept]
            if self.isVisible():
                self.refresh()
        QApplication.beep()
        self.message.show_error(message)

    def _confirm_cash(self, amount: Decimal) -> None:
        """Ask before taking an amount no customer is likely to hand over; Enter says no."""
        QApplication.beep()
        self.confirm = dlg = ConfirmTenderDialog(amount, self.left()[1], self.currency, self)

        def finished(code):
            self.confirm = None
            if code == QDialog.DialogCode.Accepted:
                self.cash_confirmed = True
                self._tender(CASH, amount, confirmed=True)
            else:
                self.message.show_info(
                    tr(
                        "payment",
                        "{amount} not taken: type the amount handed over",
                        amount=money(amount, self.currency),
                    )
                )
                self.amount.selectAll()
                self.amount.setFocus()

        dlg.finished.connect(finished)
        dlg.open()

    def remove_last(self) -> None:
        if self.store is not None:  # kept on the basket: given back there (a voucher's at the hub first)
            if self.kept and not self.busy:
                self.busy = True
                self.store.give_back(lambda view: self._kept(view, announce=False), self._not_kept)
            return
        if self.tenders:  # cash or card, kept by the dialog alone
            self.tenders.pop()
            self.refresh()
