"""The Manager screen's dialogs. Each checks what was typed with the domain's own rules
(domain/staff.py, domain/permissions.py) and stays open with the reason when it is refused, so
the manager corrects it there; the service checks everything again when it writes.

A new PIN is typed by the person it belongs to, twice, in hidden fields: the dialog says so,
and that the manager does not see it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain import staff as rules
from ...domain.errors import DomainError
from ...domain.permissions import FIXED_ROLE, ROLES, SWITCHES, RoleLimits, limit_text, parse_limit
from ..dialogs import ConfirmDialog, FormDialog

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ROLE_NAMES = {"clerk": "Clerk", "supervisor": "Supervisor", "manager": "Manager"}
# What each role limit means, as the screen and the dialog say it.
LIMIT_NAMES = {
    "discount_pct": "Largest discount (%)",
    "price_override": "Change a price",
    "no_sale": "Open the drawer without a sale",
    "void": "Void a line or a sale",
    "refund_limit": "Largest refund",  # without a manager's approval; empty: the store's limit
}


class CheckedDialog(FormDialog):
    """A form whose OK runs `check()` first: a DomainError keeps the dialog open with its reason.

    Enter in a field goes to the next field (each dialog connects its fields' returnPressed),
    and from the last one, or from a choice given to `enter_acts`, it is OK. The dialog's default
    button never sees an Enter: it would also take the one that ends the first field."""

    def check(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def enter_acts(self, *widgets: QWidget) -> None:
        """Enter on these (a list of roles, a box to tick) is OK."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in ENTER:
            self._ok()
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event):
        if event.key() not in ENTER:  # an Enter a field did not take is none of OK's business
            super().keyPressEvent(event)

    def _ok(self) -> None:
        try:
            self.check()
        except DomainError as exc:
            self.message.show_error(f"{exc.message}. Correct it, or press Esc.")
            return
        self.accept()


def role_box(roles: Sequence[str], current: str) -> QComboBox:
    box = QComboBox()
    for role in roles:
        box.addItem(ROLE_NAMES[role], role)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class AddUserDialog(CheckedDialog):
    """F2: a new user's username, name and role; their PIN comes next (PinDialog)."""

    def __init__(self, taken: dict[str, str], parent=None):
        """`taken`: username -> name of everyone at the store, disabled users too."""
        super().__init__("Add a user", parent)
        self.taken = taken
        self.username = QLineEdit()
        self.username.setPlaceholderText("For example ana or j.smith")
        self.username.setMaxLength(24)
        self.name = QLineEdit()
        self.name.setPlaceholderText("As it appears on receipts and screens")
        self.name.setMaxLength(rules.NAME_LENGTH)
        self.role = role_box(ROLES, "clerk")
        self.username.returnPressed.connect(self.name.setFocus)
        self.name.returnPressed.connect(self.role.setFocus)
        form = QFormLayout()
        form.addRow("Username", self.username)
        form.addRow("Name", self.name)
        form.addRow("Role", self.role)
        self.message.show_info("Next, the new user types their own PIN twice.")
        self._finish(form, "Next  (Enter)")
        self.enter_acts(self.role)

    def check(self) -> None:
        username = rules.check_username(self.username.text())
        if username in self.taken:
            raise rules.StaffError(f"The username {username!r} is taken by {self.taken[username]}; choose another")
        rules.check_name(self.name.text())

    def values(self) -> tuple[str, str, str]:
        return self.username.text().strip().lower(), " ".join(self.name.text().split()), self.role.currentData()


class PinDialog(CheckedDialog):
    """A new PIN, typed twice by the person it belongs to, never shown. `one_time`: offer the
    choice that they replace it with their own when they next sign in (a PIN reset)."""

    def __init__(self, title: str, note: str, parent=None, one_time: str = ""):
        super().__init__(title, parent, min_width=600)
        text = QLabel(note)
        text.setWordWrap(True)
        self.layout_.addWidget(text)
        self.pin, self.again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(8)
        self.pin.setPlaceholderText("4 to 8 digits")
        self.again.setPlaceholderText("The same PIN again")
        self.pin.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self._ok)
        form = QFormLayout()
        form.addRow("New PIN", self.pin)
        form.addRow("New PIN again", self.again)
        self.one_time = QCheckBox(one_time, self)
        self.one_time.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if one_time:
            form.addRow("", self.one_time)
        else:
            self.one_time.hide()
        self._finish(form)
        self.pin.setFocus()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_F2 and self.one_time.text():
            self.one_time.toggle()
            return
        super().keyPressEvent(event)

    def check(self) -> None:
        try:
            rules.check_new_pin(self.pin.text(), self.again.text())
        except DomainError:
            self.pin.clear()
            self.again.clear()
            self.pin.setFocus()
            raise

    def pins(self) -> tuple[str, str]:
        return self.pin.text(), self.again.text()

    @classmethod
    def for_new_user(cls, name: str, parent=None) -> PinDialog:
        note = (
            f"Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy "
            "to guess. The PIN stays hidden: the manager does not see it."
        )
        return cls(f"A PIN for {name}", note, parent)

    @classmethod
    def for_reset(cls, name: str, parent=None) -> PinDialog:
        note = (
            f"Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy "
            f"to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a "
            f"one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in."
        )
        one_time = f"{name} chooses their own PIN at the next sign-in  (F2)"
        return cls(f"A new PIN for {name}", note, parent, one_time=one_time)

    @classmethod
    def for_own_pin(cls, name: str, parent=None) -> PinDialog:
        note = (
            f"Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, "
            "4 to 8 digits that are not easy to guess. No one else sees it."
        )
        return cls("Choose your own PIN", note, parent)


class RoleDialog(CheckedDialog):
    """F4: the selected user's new role. `check_change` is domain/staff.check_role_change with
    the facts of the list (the last active manager keeps the role)."""

    def __init__(self, name: str, current: str, check_change: Callable[[str], None], parent=None):
        super().__init__(f"The role of {name}", parent)
        self.check_change = check_change
        self.role = role_box(ROLES, current)
        form = QFormLayout()
        form.addRow("New role", self.role)
        self.message.show_info(f"{name} is a {current} now. Choose the new role with the arrow keys.")
        self._finish(form, "Change the role  (Enter)")
        self.enter_acts(self.role)
        self.role.setFocus()

    def check(self) -> None:
        self.check_change(self.chosen())

    def chosen(self) -> str:
        return self.role.currentData()


class LimitsDialog(CheckedDialog):
    """F10: what a clerk or a supervisor may do without a manager's PIN (a manager's limits are
    fixed). Only the limits changed are sent. The largest refund is an amount in the store's
    `currency`; left empty, the store's own refund limit applies to the role."""

    def __init__(self, limits: dict[str, RoleLimits], parent=None, currency: str = "EUR"):
        super().__init__("Role limits", parent, min_width=600)
        self.limits, self.currency = limits, currency
        self.role = role_box([r for r in ROLES if r != FIXED_ROLE], "clerk")
        self.discount = QLineEdit()
        self.refund = QLineEdit()
        self.refund.setPlaceholderText("Empty: the store's refund limit")
        self.switches = {key: QCheckBox() for key in SWITCHES}
        form = QFormLayout()
        form.addRow("Role", self.role)
        form.addRow(LIMIT_NAMES["discount_pct"], self.discount)
        form.addRow(f"{LIMIT_NAMES['refund_limit']} ({currency})", self.refund)
        for key, box in self.switches.items():
            form.addRow(LIMIT_NAMES[key], box)
        self.message.show_info("A manager may do everything, so a manager's limits are fixed.")
        self.role.currentIndexChanged.connect(self._show_role)
        self.discount.returnPressed.connect(self._ok)
        self.refund.returnPressed.connect(self._ok)
        self._finish(form, "Save the limits  (Enter)")
        self.enter_acts(self.role, *self.switches.values())
        self._show_role()
        self.role.setFocus()

    def _show_role(self) -> None:
        shown = self.limits[self.role.currentData()].shown()
        self.discount.setText(shown["discount_pct"])
        self.refund.setText(shown["refund_limit"])
        for key, box in self.switches.items():
            box.setChecked(shown[key] == "yes")

    def chosen(self) -> str:
        return self.role.currentData()

    def changes(self) -> list[str]:
        """KEY=VALUE of each limit that differs from the stored one (services/staff.set_role_limits)."""
        typed = {"discount_pct": self.discount.text().strip(), "refund_limit": self.refund.text().strip()}
        typed |= {key: "yes" if box.isChecked() else "no" for key, box in self.switches.items()}
        before = self.limits[self.chosen()].shown()
        return [f"{key}={value}" for key, value in typed.items() if value != before[key]]

    def check(self) -> None:
        parsed = parse_limit("discount_pct", self.discount.text())
        self.discount.setText(limit_text(parsed))
        refund = parse_limit("refund_limit", self.refund.text(), self.currency)
        self.refund.setText("" if refund is None else str(refund))  # 20 reads 20.00, as shown
        if not self.changes():
            raise rules.StaffError("Nothing was changed: change a limit first")


def confirm(title: str, question: str, detail: str, note: str, yes: str, parent=None) -> ConfirmDialog:
    """A staff change asked once more: Y or the Yes button does it; Enter and Esc do nothing.
    `detail`: what it does, in one short sentence; `note`: the rest."""
    dlg = ConfirmDialog(
        title, question, detail, f"{note} Press Y to go ahead; Enter or Esc leaves it as it is.", parent
    )
    dlg.no_btn.setText("No, leave it  (Enter)")
    dlg.yes_btn.setText(f"{yes}  (Y)")
    layout = dlg.layout()
    assert layout is not None  # ConfirmDialog lays itself out
    margins = layout.contentsMargins()  # a wrapped label is given the height its text needs
    for label in (dlg.detail, dlg.note):
        label.setMinimumHeight(label.heightForWidth(dlg.minimumWidth() - margins.left() - margins.right()))
    return dlg
