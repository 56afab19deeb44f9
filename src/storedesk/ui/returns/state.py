"""The Returns screen's state, without Qt (as Anki's `browser/table/state.py`): which sale is
loaded, what is chosen to come back (quantities and conditions of a receipt's lines, or the
items of a no-receipt return), where the refund goes and why, the service's preview of that
choice, the mode (receipt, no receipt, the hub's flags), which keys act now, and the words of
every key's answer. The widgets (`screen.py`, `panels.py`) render it and forward keys;
`tests/unit/test_returns_state.py` drives it without a QApplication. What the screen shows of
it (rows, the refund panel, captions) is worked out in `view.py`.

A choice changes in two steps: `propose(change)` shows it at once and gives a ticket for the
preview the service is asked for; `accept(ticket, preview)` or `refuse(ticket)` settle it. Quick
key presses build on each other; a refused change goes back to the last choice the service
accepted, so it changes nothing. A later ticket makes the answers to earlier ones stale.

Its words are in the screens' language: the screen gives the state its `tr`
(ui/translation.py); without one (the unit tests) they are English, from the same catalog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...domain.money import from_minor
from ...domain.money_format import fmt_qty
from ...domain.permissions import LABELS, Perm
from ...domain.returns import DAMAGED, ORIGINAL, RESTOCK, STORE_CREDIT, SoldLine, refundable
from ...i18n import noop, translator
from ...i18n.formats import parse_decimal
from ...services.returns.lookup import ReturnableSale
from ...services.returns.no_receipt import NoReceiptItem
from ...services.returns.planning import RefundPreview, ReturnLineIn

RECEIPT, NO_RECEIPT, FLAGS = "receipt", "no_receipt", "flags"
_QUANTITY = re.compile(r"^\d{1,3}([.,]\d{1,3})?$")  # a receipt number always has letters and dashes
# The keys that act while the hub's flags are shown.
FLAG_KEYS = ("flags", "ack", "back", "reprint")
# What a manager approves for a refund (domain.returns.approvals_needed), in words that follow
# "Needs a manager to …"; another permission is said with domain.permissions.LABELS.
APPROVAL_WORDS = {
    Perm.NO_RECEIPT_RETURN.value: noop("returns", "take a return without a receipt"),
    Perm.REFUND.value: noop("returns", "refund above the refund limit"),
    Perm.CASH_REFUND_OVER_LIMIT.value: noop("returns", "refund cash above the cash refund limit"),
}

Tr = Callable[..., str]  # tr(context, source, n=None, **values), as ui/translation.tr


def english(context: str, source: str, n: int | None = None, **values: Any) -> str:
    """The words in English (the state without a screen: tests, logs)."""
    return translator("en").translate(context, source, n, **values)


@dataclass(frozen=True)
class ItemBack:
    """One product of a no-receipt return, as scanned at the desk."""

    sku: str
    name: str
    price: Decimal
    qty: Decimal
    cond: str = RESTOCK


@dataclass(frozen=True)
class Say:
    """A line for the message bar: `kind` is ok, info or error (an error beeps)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Change:
    """A new choice, shown at once and checked by the service's preview; `done` is said once
    the service accepts it. A field left None keeps what is chosen now."""

    qty: dict[int, Decimal] | None = None
    cond: dict[int, str] | None = None
    items: list[ItemBack] | None = None
    refund_to: str | None = None
    done: str = ""


@dataclass(frozen=True)
class _Choice:
    qty: dict[int, Decimal]
    cond: dict[int, str]
    items: list[ItemBack]
    refund_to: str


def _flip(cond: str) -> str:
    return DAMAGED if cond == RESTOCK else RESTOCK


class ReturnsState:
    """Everything the Returns screen knows between two keys. `currency`: the store's; `tr`
    says its words in the screens' language."""

    def __init__(self, currency: str, tr: Tr = english):
        self.currency = currency
        self.tr = tr
        self.mode = RECEIPT
        self.sale: ReturnableSale | None = None
        self.qty: dict[int, Decimal] = {}  # receipt mode: line_no -> quantity coming back
        self.cond: dict[int, str] = {}
        self.items: list[ItemBack] = []  # no-receipt mode
        self.reason: str | None = None
        self.refund_to = ORIGINAL
        self.preview: RefundPreview | None = None  # for what is chosen now
        self.row = 0  # the selected line
        self.flag_rows: list[tuple] = []  # services.returns.flags.flags()
        self.flag_row = -1  # the selected flag
        self.completing = False
        self.pending = False  # a preview is on its way for the choice on screen
        self.complete_when_ready = False  # F12 came while the preview was on its way
        self.last_result = None  # services.returns.complete.ReturnResult
        self.handover = None  # the return just completed, shown big until the next one starts
        self.last_pdf: Path | None = None
        self.result_text = ""  # the side panel's note on the return just done (view.result_note)
        self.voucher_text = ""
        self._asked = 0  # the ticket of the latest question to the service
        self._accepted: _Choice | None = None  # the last choice the service accepted, while a newer one is checked
        self._before_flags = RECEIPT

    # ---- what is chosen ----------------------------------------------------------------
    def lines_in(self) -> list[ReturnLineIn]:
        return [ReturnLineIn(n, q, self.cond.get(n, RESTOCK)) for n, q in sorted(self.qty.items()) if q > 0]

    def items_in(self) -> list[NoReceiptItem]:
        return [NoReceiptItem(it.sku, it.qty, it.cond) for it in self.items if it.qty > 0]

    def has_rows(self) -> bool:
        return (self.mode == RECEIPT and self.sale is not None) or (self.mode == NO_RECEIPT and bool(self.items))

    def has_choice(self) -> bool:
        return bool(self.lines_in()) if self.mode == RECEIPT else bool(self.items_in())

    def current_line(self) -> SoldLine | None:
        if self.sale is None or not self.sale.lines:
            return None
        self.row = max(0, min(self.row, len(self.sale.lines) - 1))
        return self.sale.lines[self.row]

    def _current_item(self) -> int:
        return max(0, min(self.row, len(self.items) - 1))

    def typed_quantity(self, text: str) -> Decimal | None:
        """A small number typed while lines are shown is a quantity (a receipt number always
        has letters and dashes, a barcode more digits). The decimal separator is the store's
        locale's ("2,5" in French) or a point; with at most three digits before it, a comma is
        never a thousands separator, so "1,5" is one and a half in English too."""
        if _QUANTITY.match(text) and self.has_rows():
            try:
                return parse_decimal(text)
            except ValueError:  # "1,5" with an English store locale: its comma is the decimal one
                return Decimal(text.replace(",", "."))
        return None

    def approval_words(self) -> str:
        """ "Needs a manager to refund above the refund limit", or "" when no approval is needed."""
        if self.preview is None or not self.preview.approvals:
            return ""
        tr = self.tr
        words = [
            tr("returns", APPROVAL_WORDS[p]) if p in APPROVAL_WORDS else tr("permissions", LABELS[Perm(p)])
            for p in self.preview.approvals
        ]
        what = words[0]
        for more in words[1:]:
            what = tr("returns", "{first} and {second}", first=what, second=more)
        return tr("returns", "Needs a manager to {what}", what=what)

    def _cond_said(self, name: str, cond: str) -> str:
        if cond == DAMAGED:
            return self.tr("returns", "{product}: damaged: written off", product=name)
        return self.tr("returns", "{product}: back on the shelf", product=name)

    # ---- changing the choice: propose, then accept or refuse ------------------------------
    def propose(self, change: Change) -> int:
        if self._accepted is None:
            self._accepted = _Choice(dict(self.qty), dict(self.cond), list(self.items), self.refund_to)
        self.qty = dict(self.qty if change.qty is None else change.qty)
        self.cond = dict(self.cond if change.cond is None else change.cond)
        self.items = list(self.items if change.items is None else change.items)
        self.refund_to = self.refund_to if change.refund_to is None else change.refund_to
        self._asked += 1
        self.pending = True
        return self._asked

    def accept(self, ticket: int, answer) -> bool:
        """The service's preview of the choice asked with `ticket` (a no-receipt preview comes
        with its priced sale). False: a newer question makes it stale."""
        if ticket != self._asked:
            return False
        if self.mode == NO_RECEIPT and answer is not None:
            answer = answer[1]
        self.preview, self.pending, self._accepted = answer, False, None
        return True

    def refuse(self, ticket: int) -> bool:
        """The service refused the choice asked with `ticket`: back to the last one accepted."""
        if ticket != self._asked:
            return False
        if self._accepted is not None:
            a = self._accepted
            self.qty, self.cond, self.items, self.refund_to = a.qty, a.cond, a.items, a.refund_to
        self._settle()
        return True

    def _settle(self) -> None:
        """Whatever was on its way is forgotten."""
        self.pending, self._accepted, self.complete_when_ready = False, None, False

    def _forget(self) -> None:
        self._asked += 1
        self._settle()

    # ---- keys on the choice ------------------------------------------------------------
    def set_quantity(self, q: Decimal) -> Change | None:
        if self.mode == RECEIPT:
            ln = self.current_line()
            if ln is None:
                return None
            qty = dict(self.qty)
            qty[ln.line_no] = q
            if q == 0:
                qty.pop(ln.line_no, None)
            if q:
                done = self.tr("returns", "{product}: {quantity} coming back", product=ln.name, quantity=fmt_qty(q))
            else:
                done = self.tr("returns", "{product}: not returned", product=ln.name)
            return Change(qty=qty, done=done)
        if not self.items:
            return None
        items = list(self.items)
        i = self._current_item()
        it = items[i]
        if q == 0:
            del items[i]
        else:
            items[i] = replace(it, qty=q)
        if q:
            done = self.tr("returns", "{product}: {quantity} coming back", product=it.name, quantity=fmt_qty(q))
        else:
            done = self.tr("returns", "{product} removed", product=it.name)
        return Change(items=items, done=done)

    def step(self, delta: int) -> Change | Say | None:
        """+ or −: one more or one less of the selected line."""
        tr = self.tr
        if self.mode == RECEIPT:
            ln = self.current_line()
            if ln is None:
                return Say("error", tr("returns", "Scan the receipt first"))
            now = self.qty.get(ln.line_no, Decimal(0))
            left = refundable(ln)
            if delta > 0 and now >= left:
                if left:
                    said = tr(
                        "returns", "{product}: only {quantity} can come back", product=ln.name, quantity=fmt_qty(left)
                    )
                else:
                    said = tr(
                        "returns",
                        "{product}: only {quantity} can come back — it was already returned in full",
                        product=ln.name,
                        quantity=fmt_qty(left),
                    )
                return Say("error", said)
            return self.set_quantity(min(max(Decimal(0), now + delta), left))
        if self.items:
            return self.set_quantity(max(Decimal(0), self.items[self._current_item()].qty + delta))
        return Say("error", tr("returns", "Scan the item that comes back first"))

    def _all_returned(self, ref: str) -> Say:
        return Say("error", self.tr("returns", "Receipt {receipt}: everything on it was already returned", receipt=ref))

    def all_lines(self) -> Change | Say:
        tr = self.tr
        if self.mode != RECEIPT or self.sale is None:
            if self.mode == RECEIPT:
                return Say("error", tr("returns", "Scan the receipt first"))
            return Say("error", tr("returns", "F3 takes every line of a receipt"))
        qty = {ln.line_no: refundable(ln) for ln in self.sale.lines if refundable(ln) > 0}
        if not qty:
            return self._all_returned(self.sale.ref)
        return Change(qty=qty, done=tr("returns", "Everything still returnable is coming back"))

    def toggle_condition(self) -> Change | Say | None:
        """F4: restock or damaged. A line not chosen yet keeps its condition for later, unchecked."""
        if self.mode == RECEIPT:
            ln = self.current_line()
            if ln is None:
                return Say("error", self.tr("returns", "Scan the receipt first"))
            cond = dict(self.cond)
            cond[ln.line_no] = _flip(cond.get(ln.line_no, RESTOCK))
            said = self._cond_said(ln.name, cond[ln.line_no])
            if ln.line_no not in self.qty:
                self.cond = cond
                return Say("ok", said)
            return Change(cond=cond, done=said)
        if not self.items:
            return None
        items = list(self.items)
        i = self._current_item()
        items[i] = it = replace(items[i], cond=_flip(items[i].cond))
        return Change(items=items, done=self._cond_said(it.name, it.cond))

    def toggle_refund_to(self) -> Change | Say:
        new = STORE_CREDIT if self.refund_to == ORIGINAL else ORIGINAL
        if new == STORE_CREDIT:
            said = self.tr("returns", "Refund to store credit (a voucher)")
        elif self.mode == RECEIPT:
            said = self.tr("returns", "Refund to the original payments")
        else:
            said = self.tr("returns", "Refund to cash")
        if not self.has_choice():
            self.refund_to = new
            return Say("ok", said)
        return Change(refund_to=new, done=said)

    def add_item(self, product, q: Decimal | None) -> Change:
        """A product scanned in no-receipt mode (services.returns.no_receipt.find_return_item):
        one more of it when it is there already."""
        self.handover = None
        items = list(self.items)
        same = next((i for i, it in enumerate(items) if it.sku == product.sku), None)
        if same is not None:
            items[same] = replace(items[same], qty=items[same].qty + (q or Decimal(1)))
            self.row = same
        else:
            price = from_minor(product.price_minor, self.currency)
            items.append(ItemBack(product.sku, product.name, price, q or Decimal(1)))
            self.row = same = len(items) - 1
        return Change(
            items=items,
            done=self.tr("returns", "{product} ×{quantity}", product=product.name, quantity=fmt_qty(items[same].qty)),
        )

    def choose_reason(self, reason: str) -> None:
        self.reason = reason

    def move(self, delta: int) -> None:
        """↑ ↓: the line (or flag) above or below, never past the ends."""
        if self.mode == FLAGS:
            if 0 <= self.flag_row + delta < len(self.flag_rows):
                self.flag_row += delta
            return
        n = len(self.sale.lines) if (self.mode == RECEIPT and self.sale) else len(self.items)
        if n:
            self.row = max(0, min(self.row + delta, n - 1))

    # ---- modes -------------------------------------------------------------------------
    def found(self, sale: ReturnableSale) -> Say:
        """A receipt looked up: its lines, nothing chosen yet, the first returnable line selected."""
        self._forget()
        self.handover = None
        self.sale, self.qty, self.cond, self.preview = sale, {}, {}, None
        self.row = next((i for i, ln in enumerate(sale.lines) if refundable(ln) > 0), 0)
        if sum((refundable(ln) for ln in sale.lines), Decimal(0)) == 0:
            return self._all_returned(sale.ref)
        return Say(
            "ok",
            self.tr(
                "returns", "Receipt {receipt}: choose what comes back (↑ ↓, + or a number, Enter)", receipt=sale.ref
            ),
        )

    def refreshed(self, sale: ReturnableSale) -> None:
        """The sale as it is now, after a return elsewhere made this one too much: choose again."""
        self.sale, self.qty, self.preview = sale, {}, None

    def toggle_no_receipt(self) -> Say:
        self.handover = None
        self._forget()
        if self.mode == NO_RECEIPT:
            self.mode, self.refund_to, self.items, self.preview = RECEIPT, ORIGINAL, [], None
            return Say("info", self.tr("returns", "With a receipt: scan the receipt's barcode or type its number"))
        self.mode = NO_RECEIPT
        self.sale, self.qty, self.cond, self.items, self.preview = None, {}, {}, [], None
        self.refund_to, self.row = STORE_CREDIT, 0
        return Say(
            "info",
            self.tr(
                "returns",
                "No receipt: scan each item that comes back. "
                "A manager approves; the refund is the lowest recent price.",
            ),
        )

    def toggle_flags(self) -> bool:
        """F10: the hub's flags, or back to the return they hid. True: they are shown now."""
        if self.mode == FLAGS:
            self.mode = self._before_flags
            return False
        self._before_flags, self.mode = self.mode, FLAGS
        return True

    def flags_loaded(self, rows: list[tuple]) -> None:
        """(id, return no, original receipt, detail, flagged at, seen at) rows; the first one
        not acknowledged yet is selected."""
        self.flag_rows = rows
        self.flag_row = next((i for i, r in enumerate(rows) if not r[5]), 0) if rows else -1

    def chosen_flag(self) -> tuple | Say:
        if self.mode != FLAGS:
            return Say("error", self.tr("returns", "F10 shows the flags first"))
        if not (0 <= self.flag_row < len(self.flag_rows)):
            return Say("error", self.tr("returns", "No flag chosen"))
        flag = self.flag_rows[self.flag_row]
        if flag[5]:
            return Say("info", self.tr("returns", "{return_no} was already acknowledged", return_no=flag[1]))
        return flag

    def new_return(self) -> Say:
        mode = self.mode if self.mode != FLAGS else RECEIPT
        self.reset(keep_result=False)
        self.mode = mode
        self.refund_to = STORE_CREDIT if mode == NO_RECEIPT else ORIGINAL
        if mode == RECEIPT:
            return Say("info", self.tr("returns", "Scan the receipt's barcode or type its number"))
        return Say("info", self.tr("returns", "Scan each item that comes back"))

    def reset(self, keep_result: bool) -> None:
        """Ready for the next customer; `keep_result`: the return just done stays in sight."""
        self._forget()
        self.mode = RECEIPT
        self.sale, self.qty, self.cond, self.items, self.preview = None, {}, {}, [], None
        self.reason, self.refund_to, self.row, self.completing = None, ORIGINAL, 0, False
        if not keep_result:
            self.handover = None
            self.result_text = self.voucher_text = ""

    # ---- keys ----------------------------------------------------------------------------
    def key_enabled(self, action: str) -> bool:
        if self.mode == FLAGS:
            return action in FLAG_KEYS
        if action == "all":
            return self.mode == RECEIPT and self.sale is not None
        if action == "ack":
            return False
        if action == "complete":
            return self.has_choice()
        return True

    def why_greyed(self, action: str) -> str:
        """What the key of a greyed button says."""
        if self.mode == FLAGS:
            return self.tr("returns", "F10 closes the flags first")
        if action == "ack":
            return self.tr("returns", "F10 shows the flags first")
        if action == "complete":
            return self.tr("returns", "Nothing chosen to return yet")
        return self.tr("returns", "F3 takes every line of a scanned receipt")

    def why_not_complete(self) -> Say | None:
        """None: F12 may go on (once a reason is chosen). While the preview is on its way, F12
        waits for it and completes then."""
        tr = self.tr
        if self.mode == FLAGS:
            return Say("error", tr("returns", "F10 goes back to the return first"))
        if not self.has_choice():
            if self.mode == RECEIPT:
                return Say(
                    "error", tr("returns", "Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)")
                )
            return Say("error", tr("returns", "Scan the items that come back first"))
        if self.pending:
            self.complete_when_ready = True
            return Say("info", tr("returns", "Working out the refund…"))
        if self.preview is None:
            return Say("error", tr("returns", "Choose again what comes back (↑ ↓ and +)"))
        return None

    def why_not_exchange(self, basket) -> Say | None:
        """None: F6 may go on with the counter's `basket` (basket id, total), once a reason is chosen."""
        tr = self.tr
        if self.mode != RECEIPT:
            return Say("error", tr("returns", "An exchange starts from a receipt: F9 goes back to receipt returns"))
        if basket is None:
            return Say(
                "error",
                tr("returns", "Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6"),
            )
        if not self.has_choice() or self.preview is None or self.pending:
            return Say("error", tr("returns", "Choose what comes back first (↑ ↓ and +)"))
        return None

    # ---- done ----------------------------------------------------------------------------
    def completed(self, result) -> None:
        """A return saved (services.returns.complete.ReturnResult): what to hand over stays in
        sight; the same mode is ready for the next customer."""
        self.last_result = self.handover = result
        code = result.voucher_code
        self.voucher_text = self.tr("returns", "Store credit voucher\n{code}", code=code) if code else ""
        mode = self.mode
        self.reset(keep_result=True)
        self.mode = mode
        if mode == NO_RECEIPT:
            self.refund_to = STORE_CREDIT

    def printed(self, path: Path) -> None:
        self.last_pdf = path

    @property
    def last_return_no(self) -> str:
        return self.last_result.return_no if self.last_result is not None else ""


__all__ = ["ReturnsState", "ItemBack", "Change", "Say", "RECEIPT", "NO_RECEIPT", "FLAGS"]
