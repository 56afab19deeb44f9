"""A basket change the store's limits may stop (domain/limits.py): 500 × Apples, or a sale total
above the store's figure. Above a first limit the clerk is asked ("500 × Apples?" in large type;
Enter alone says no), above a second a supervisor's PIN; the same change is then made again
with the answer, which the service checks too. Nothing changes on a "no"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDialog

from ...domain.errors import PermissionDenied
from ...domain.limits import APPROVE, QUANTITY, NeedsApproval, NeedsConfirmation
from ...domain.money_format import fmt_qty
from ..dialogs import ConfirmDialog, OverrideDialog
from ..keyed_panel import KeyedPanel
from ..widgets import money


def limit_sentence(c, currency: str) -> str:
    """One limit crossed (domain/limits.Crossing), as a whole sentence."""
    if c.what == QUANTITY:
        return f"{fmt_qty(c.value)} × {c.name} is more than {fmt_qty(c.limit)} on one line."
    return f"The sale total becomes {money(c.value, currency)}, more than {money(c.limit, currency)}."


def within_limits(panel: KeyedPanel, fn, *args, ok, **kwargs) -> None:
    """Run `fn(user, *args, **kwargs)` on the worker; a limit it crosses is asked about first."""

    def refused(exc):
        if isinstance(exc, NeedsConfirmation):
            _confirm(panel, exc, lambda: within_limits(panel, fn, *args, ok=ok, **{**kwargs, "confirmed": True}))
        elif isinstance(exc, NeedsApproval):
            _approve(
                panel,
                exc,
                lambda creds: within_limits(
                    panel, fn, *args, ok=ok, **{**kwargs, "confirmed": True, "approver": creds}
                ),
            )
        else:
            panel.error(exc)

    panel.ops.call(fn, panel.user, *args, **kwargs, ok=ok, err=refused)


def _confirm(panel: KeyedPanel, exc: NeedsConfirmation, again: Callable[[], None]) -> None:
    """ "500 × Apples?" in large type, then why it is asked; Enter alone answers no."""
    QApplication.beep()
    first, cur = exc.crossings[0], exc.currency
    question = "Is that really what the customer is buying?"
    if first.what == QUANTITY:
        title, heading = "Check the quantity", f"{fmt_qty(first.value)} × {first.name}?"
        detail = f"That is more than {fmt_qty(first.limit)} on one line."
    else:
        title, heading = "Check the sale total", f"A sale of {money(first.value, cur)}?"
        detail = f"That is more than {money(first.limit, cur)}."
    note = " ".join([*(limit_sentence(c, cur) for c in exc.crossings[1:]), question])

    def done(code):
        if code == QDialog.DialogCode.Accepted:
            again()
        else:
            _unchanged(panel)

    panel.open_dialog(ConfirmDialog(title, heading, detail, note, panel), done)


def _approve(panel: KeyedPanel, exc: NeedsApproval, again: Callable[[object], None]) -> None:
    # The limit that needs the approval, in the store's amounts, ending as every refusal does,
    # so that the dialog names the role to ask in its own words (OverrideDialog.for_refusal).
    first = next(c for c in exc.crossings if c.level == APPROVE)
    reason = limit_sentence(first, exc.currency).rstrip(".") + "; a manager can authorise it"
    dlg = OverrideDialog.for_refusal(PermissionDenied(reason, exc.permission), panel)
    panel.approve(dlg, again, lambda: _unchanged(panel))


def _unchanged(panel: KeyedPanel) -> None:
    panel.message.show_info("Nothing was changed.")
