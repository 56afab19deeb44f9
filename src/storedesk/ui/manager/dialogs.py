"""The Manager screen's dialogs. Each checks what was typed with the domain's own rules
(domain/staff.py, domain/permissions.py) and stays open with the reason when it is refused, so
the manager corrects it there; the service checks everything again when it writes.

A new PIN is typed by the person it belongs to, twice, in hidden fields: the dialog says so,
and that the manager does not see it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain import staff as rules
from ...domain.errors import DomainError
from ...domain.money_format import fmt_amount
from ...domain.permissions import ALL_ROLES, FIXED_ROLE, ROLES, SWITCHES, RoleLimits, limit_text, parse_limit
from ...i18n import LANGUAGES, msg, noop
from ...i18n.formats import fmt_number
from ..dialogs import ConfirmDialog, FormDialog
from ..translation import text, tr
from ..widgets import typed_number

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ROLE_NAMES = {
    "clerk": noop("manager", "Clerk"),
    "supervisor": noop("manager", "Supervisor"),
    "manager": noop("manager", "Manager"),
    "auditor": noop("manager", "Auditor"),
}
# A role in a sentence ("Added Bob as a supervisor", "Ana is now a clerk")
ROLE_AS = {
    "clerk": noop("manager", "a clerk"),
    "supervisor": noop("manager", "a supervisor"),
    "manager": noop("manager", "a manager"),
    "auditor": noop("manager", "an auditor"),
}
# What each role limit means, as the screen and the dialog say it.
LIMIT_NAMES = {
    "discount_pct": noop("manager", "Largest discount (%)"),
    "price_override": noop("manager", "Change a price"),
    "no_sale": noop("manager", "Open the drawer without a sale"),
    "void": noop("manager", "Void a line or a sale"),
    "refund_limit": noop("manager", "Largest refund"),  # without a manager's approval; empty: the store's limit
}


def _local(value: str, currency: str | None = None) -> str:
    """A limit as stored ("7.5", "20.00") as the person reads and types it ("7,5", "20,00" in French)."""
    if not value:
        return ""
    return fmt_amount(Decimal(value), currency) if currency else fmt_number(Decimal(value))


def role_name(role: str) -> str:
    """A role as a list shows it, in the screens' language: "Supervisor"."""
    return tr("manager", ROLE_NAMES[role])


def role_as(role: str) -> str:
    """A role in a sentence, in the screens' language: "a supervisor"."""
    return tr("manager", ROLE_AS[role])


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
            self.message.show_error(tr("manager", "{error}. Correct it, or press Esc.", error=text(exc)))
            return
        self.accept()


def role_box(roles: Sequence[str], current: str) -> QComboBox:
    box = QComboBox()
    for role in roles:
        box.addItem(role_name(role), role)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


# A form with the list of languages: "Non impostata (quella della cassa o del negozio)" and its
# caption side by side (a dialog's set width is not widened by its layout).
LANGUAGE_FORM_WIDTH = 720


def language_name(language: str | None) -> str:
    """A user's own screen language as the Manager screen names it: each language in its own
    words ("Deutsch"), as language menus do; none: the till's, else the store's."""
    if language in LANGUAGES:
        return LANGUAGES[language]
    return tr("manager", "Not set (the till's or the store's)")


def language_box(current: str | None) -> QComboBox:
    """None first (the till's language, else the store's), then every language storedesk speaks."""
    box = QComboBox()
    box.addItem(language_name(None), None)
    for code in LANGUAGES:
        box.addItem(language_name(code), code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class AddUserDialog(CheckedDialog):
    """F2: a new user's username, name and role; their PIN comes next (PinDialog)."""

    def __init__(self, taken: dict[str, str], parent=None):
        """`taken`: username -> name of everyone at the store, disabled users too."""
        super().__init__(tr("manager", "Add a user"), parent, min_width=LANGUAGE_FORM_WIDTH)
        self.taken = taken
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("manager", "For example ana or j.smith"))
        self.username.setMaxLength(24)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("manager", "As it appears on receipts and screens"))
        self.name.setMaxLength(rules.NAME_LENGTH)
        self.role = role_box(ALL_ROLES, "clerk")
        self.language = language_box(None)  # their screens' own; receipts stay in the store's
        self.username.returnPressed.connect(self.name.setFocus)
        self.name.returnPressed.connect(self.role.setFocus)
        form = QFormLayout()
        form.addRow(tr("manager", "Username"), self.username)
        form.addRow(tr("manager", "Name"), self.name)
        form.addRow(tr("manager", "Role"), self.role)
        form.addRow(tr("manager", "Screen language"), self.language)
        self.message.show_info(tr("manager", "Next, the new user types their own PIN twice."))
        self._finish(form, tr("manager", "Next  (Enter)"))
        self.enter_acts(self.role, self.language)

    def check(self) -> None:
        username = rules.check_username(self.username.text())
        if username in self.taken:
            raise rules.StaffError(
                msg(
                    "manager",
                    "The username {username} is taken by {name}; choose another",
                    username=repr(username),
                    name=self.taken[username],
                )
            )
        rules.check_name(self.name.text())

    def values(self) -> tuple[str, str, str]:
        return self.username.text().strip().lower(), " ".join(self.name.text().split()), self.role.currentData()

    def chosen_language(self) -> str | None:
        return self.language.currentData()


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
        self.pin.setPlaceholderText(tr("manager", "4 to 8 digits"))
        self.again.setPlaceholderText(tr("manager", "The same PIN again"))
        self.pin.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self._ok)
        form = QFormLayout()
        form.addRow(tr("manager", "New PIN"), self.pin)
        form.addRow(tr("manager", "New PIN again"), self.again)
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
        note = tr(
            "manager",
            "Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy "
            "to guess. The PIN stays hidden: the manager does not see it.",
            name=name,
        )
        return cls(tr("manager", "A PIN for {name}", name=name), note, parent)

    @classmethod
    def for_reset(cls, name: str, parent=None) -> PinDialog:
        note = tr(
            "manager",
            "Give the keyboard to {name}: {name} types a new PIN twice, 4 to 8 digits that are not easy "
            "to guess. The PIN stays hidden: the manager does not see it. If {name} is not here, type a "
            "one-time PIN and tick the box below: {name} then chooses their own PIN at the next sign-in.",
            name=name,
        )
        one_time = tr("manager", "{name} chooses their own PIN at the next sign-in  (F2)", name=name)
        return cls(tr("manager", "A new PIN for {name}", name=name), note, parent, one_time=one_time)

    @classmethod
    def for_own_pin(cls, name: str, parent=None) -> PinDialog:
        note = tr(
            "manager",
            "Welcome, {name}. You signed in with a one-time PIN: choose your own now and type it twice, "
            "4 to 8 digits that are not easy to guess. No one else sees it.",
            name=name,
        )
        return cls(tr("manager", "Choose your own PIN"), note, parent)


class RoleDialog(CheckedDialog):
    """F4: the selected user's new role. `check_change` is domain/staff.check_role_change with
    the facts of the list (the last active manager keeps the role)."""

    def __init__(self, name: str, current: str, check_change: Callable[[str], None], parent=None):
        super().__init__(tr("manager", "The role of {name}", name=name), parent)
        self.check_change = check_change
        self.role = role_box(ALL_ROLES, current)
        form = QFormLayout()
        form.addRow(tr("manager", "New role"), self.role)
        self.message.show_info(
            tr(
                "manager",
                "{name} is {role} now. Choose the new role with the arrow keys.",
                name=name,
                role=role_as(current),
            )
        )
        self._finish(form, tr("manager", "Change the role  (Enter)"))
        self.enter_acts(self.role)
        self.role.setFocus()

    def check(self) -> None:
        self.check_change(self.chosen())

    def chosen(self) -> str:
        return self.role.currentData()


class LanguageDialog(CheckedDialog):
    """F6: the selected user's own screen language, from their next sign-in (receipts and
    reports stay in the store's language: they are the customer's)."""

    def __init__(self, name: str, current: str | None, parent=None):
        super().__init__(
            tr("manager", "The screen language of {name}", name=name), parent, min_width=LANGUAGE_FORM_WIDTH
        )
        self.whom, self.current = name, current
        note = QLabel(
            tr(
                "manager",
                "{name}'s screens use the language chosen here from their next sign-in; "
                "receipts stay in the store's language.",
                name=name,
            )
        )
        note.setWordWrap(True)  # whole in every language: it takes the lines it needs
        self.layout_.addWidget(note)
        self.language = language_box(current)
        form = QFormLayout()
        form.addRow(tr("manager", "Screen language"), self.language)
        self._finish(form, tr("manager", "Change the language  (Enter)"))
        self.enter_acts(self.language)
        self.language.setFocus()

    def check(self) -> None:
        if self.chosen() != self.current:
            return
        if self.current is None:
            raise rules.StaffError(
                msg("manager", "{name} has no screen language of their own yet: choose one", name=self.whom)
            )
        raise rules.StaffError(
            msg(
                "manager",
                "The screens of {name} are already in {language}: choose another",
                name=self.whom,
                language=language_name(self.current),
            )
        )

    def chosen(self) -> str | None:
        return self.language.currentData()


class LimitsDialog(CheckedDialog):
    """F10: what a clerk or a supervisor may do without a manager's PIN (a manager's limits are
    fixed). Only the limits changed are sent. The largest refund is an amount in the store's
    `currency`; left empty, the store's own refund limit applies to the role."""

    def __init__(self, limits: dict[str, RoleLimits], parent=None, currency: str = "EUR"):
        super().__init__(tr("manager", "Role limits"), parent, min_width=700)
        self.limits, self.currency = limits, currency
        self.role = role_box([r for r in ROLES if r != FIXED_ROLE], "clerk")
        self.discount = QLineEdit()
        self.refund = QLineEdit()
        self.refund.setPlaceholderText(tr("manager", "Empty: the store's refund limit"))
        self.switches = {key: QCheckBox() for key in SWITCHES}
        form = QFormLayout()
        form.addRow(tr("manager", "Role"), self.role)
        form.addRow(tr("manager", LIMIT_NAMES["discount_pct"]), self.discount)
        form.addRow(f"{tr('manager', LIMIT_NAMES['refund_limit'])} ({currency})", self.refund)
        for key, box in self.switches.items():
            form.addRow(tr("manager", LIMIT_NAMES[key]), box)
        self.message.show_info(tr("manager", "A manager may do everything, so a manager's limits are fixed."))
        self.role.currentIndexChanged.connect(self._show_role)
        self.discount.returnPressed.connect(self._ok)
        self.refund.returnPressed.connect(self._ok)
        self._finish(form, tr("manager", "Save the limits  (Enter)"))
        self.enter_acts(self.role, *self.switches.values())
        self._show_role()
        self.role.setFocus()

    def _show_role(self) -> None:
        shown = self.limits[self.role.currentData()].shown()
        self.discount.setText(_local(shown["discount_pct"]))
        self.refund.setText(_local(shown["refund_limit"], self.currency))
        for key, box in self.switches.items():
            box.setChecked(shown[key] == "yes")

    def chosen(self) -> str:
        return self.role.currentData()

    def changes(self) -> list[str]:
        """KEY=VALUE of each limit that differs from the stored one (services/staff.set_role_limits)."""
        typed = {
            "discount_pct": typed_number(self.discount.text().strip()),
            "refund_limit": typed_number(self.refund.text().strip()),
        }
        typed |= {key: "yes" if box.isChecked() else "no" for key, box in self.switches.items()}
        before = self.limits[self.chosen()].shown()
        return [f"{key}={value}" for key, value in typed.items() if value != before[key]]

    def check(self) -> None:
        parsed = parse_limit("discount_pct", typed_number(self.discount.text().strip()))
        self.discount.setText(_local(limit_text(parsed)))
        refund = parse_limit("refund_limit", typed_number(self.refund.text().strip()), self.currency)
        self.refund.setText("" if refund is None else _local(str(refund), self.currency))  # 20 reads 20.00, as shown
        if not self.changes():
            raise rules.StaffError(msg("manager", "Nothing was changed: change a limit first"))


def confirm(title: str, question: str, detail: str, note: str, yes: str, parent=None) -> ConfirmDialog:
    """A staff change asked once more: Y or the Yes button does it; Enter and Esc do nothing.
    `detail`: what it does, in one short sentence; `note`: the rest."""
    dlg = ConfirmDialog(
        title,
        question,
        detail,
        tr("manager", "{note} Press Y to go ahead; Enter or Esc leaves it as it is.", note=note),
        parent,
    )
    dlg.no_btn.setText(tr("manager", "No, leave it  (Enter)"))
    dlg.yes_btn.setText(f"{yes}  (Y)")
    layout = dlg.layout()
    assert layout is not None  # ConfirmDialog lays itself out
    margins = layout.contentsMargins()  # a wrapped label is given the height its text needs
    for label in (dlg.detail, dlg.note):
        label.setMinimumHeight(label.heightForWidth(dlg.minimumWidth() - margins.left() - margins.right()))
    return dlg
