"""A basket change the store's limits may stop (domain/limits.py): 500 × Apples, or a sale total
above the store's figure. Above a first limit the clerk is asked ("500 × Apples?" in large type;
Enter alone says no), above a second a supervisor's PIN; the same change is then made again
with the answer, which the service checks too. Nothing changes on a "no"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog

from ...domain.limits import APPROVE, QUANTITY, NeedsApproval, NeedsConfirmation
from ...domain.money_format import fmt_qty
from ..dialogs import ConfirmDialog, OverrideDialog, approver_role
from ..keyed_panel import KeyedPanel
from ..translation import tr
from ..widgets import money


def _values(c, currency: str) -> dict[str, Any]:
    """A crossing's figures as a sentence shows them, in the store's locale."""
    if c.what == QUANTITY:
        return {"quantity": fmt_qty(c.value), "name": c.name, "limit": fmt_qty(c.limit)}
    return {"total": money(c.value, currency), "limit": money(c.limit, currency)}


def limit_sentence(c, currency: str) -> str:
    """One limit crossed (domain/limits.Crossing), as a whole sentence."""
    if c.what == QUANTITY:
        return tr("sale", "{quantity} × {name} is more than {limit} on one line.", **_values(c, currency))
    return tr("sale", "The sale total becomes {total}, more than {limit}.", **_values(c, currency))


def approval_sentence(c, currency: str, role: str) -> str:
    """The limit that needs an approval and who may give it, as one sentence."""
    values = _values(c, currency)
    if c.what == QUANTITY:
        if role == "manager":
            return tr(
                "sale", "{quantity} × {name} is more than {limit} on one line; a manager can authorise it", **values
            )
        return tr(
            "sale",
            "{quantity} × {name} is more than {limit} on one line; a supervisor or a manager can authorise it",
            **values,
        )
    if role == "manager":
        return tr("sale", "The sale total becomes {total}, more than {limit}; a manager can authorise it", **values)
    return tr(
        "sale",
        "The sale total becomes {total}, more than {limit}; a supervisor or a manager can authorise it",
        **values,
    )


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
    question = tr("sale", "Is that really what the customer is buying?")
    values = _values(first, cur)
    if first.what == QUANTITY:
        title = tr("sale", "Check the quantity")
        heading = tr("sale", "{quantity} × {name}?", quantity=values["quantity"], name=first.name)
        detail = tr("sale", "That is more than {limit} on one line.", limit=values["limit"])
    else:
        title = tr("sale", "Check the sale total")
        heading = tr("sale", "A sale of {total}?", total=values["total"])
        detail = tr("sale", "That is more than {limit}.", limit=values["limit"])
    note = " ".join([*(limit_sentence(c, cur) for c in exc.crossings[1:]), question])

    def done(code):
        if code == QDialog.DialogCode.Accepted:
            again()
        else:
            _unchanged(panel)

    panel.open_dialog(ConfirmDialog(title, heading, detail, note, panel), done)


def _approve(panel: KeyedPanel, exc: NeedsApproval, again: Callable[[object], None]) -> None:
    # The limit that needs the approval, in the store's amounts, and the least role that may
    # give it, in one sentence.
    first = next(c for c in exc.crossings if c.level == APPROVE)
    role = approver_role(exc.permission)
    dlg = OverrideDialog(approval_sentence(first, exc.currency, role), panel, role)
    panel.approve(dlg, again, lambda: _unchanged(panel))


def _unchanged(panel: KeyedPanel) -> None:
    panel.message.show_info(tr("sale", "Nothing was changed."))
