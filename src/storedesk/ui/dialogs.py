"""Small keyboard dialogs: a value prompt, a discount, a manager override, a question whose
default answer is No.

A value prompt given a `check` keeps a wrong entry on screen with the reason, so the clerk
corrects it there instead of starting again. An approval names the least role that may
approve the action (domain/permissions.py): a supervisor for reports, a manager for a Z.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..domain.errors import DomainError, PermissionDenied
from ..domain.permissions import ROLES, Perm, allowed
from ..domain.scan import parse_quantity
from ..i18n import noop
from .style import decorate
from .translation import current_language, text, tr
from .widgets import MessageLine, typed_number

TALLEST = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX: no maximum height

# How domain/permissions.require ends every refusal, whichever role could approve.
_ANY_MANAGER = "; a manager can authorise it"

# An approval's title and its field, by the least role that may give it (whole words per role:
# a role's name is never glued into a sentence).
APPROVAL_TITLES = {
    "clerk": noop("dialogs", "Clerk approval"),
    "supervisor": noop("dialogs", "Supervisor approval"),
    "manager": noop("dialogs", "Manager approval"),
}
APPROVER_FIELDS = {
    "clerk": noop("dialogs", "Clerk"),
    "supervisor": noop("dialogs", "Supervisor"),
    "manager": noop("dialogs", "Manager"),
}
APPROVER_HINTS = {
    "clerk": noop("dialogs", "user name of a clerk or a manager"),
    "supervisor": noop("dialogs", "user name of a supervisor or a manager"),
    "manager": noop("dialogs", "manager's user name"),
}
# A refusal that says "a manager can authorise it" when a lesser role may too: said after it.
ALSO_AUTHORISES = {
    "clerk": noop("dialogs", "A clerk can authorise it too."),
    "supervisor": noop("dialogs", "A supervisor can authorise it too."),
}


def approver_role(permission: str) -> str:
    """The least role that may do `permission` itself, and so approve it for someone else."""
    try:
        perm = Perm(permission)
    except ValueError:
        return "manager"
    return next((role for role in ROLES if allowed(role, perm)), "manager")


def approval_title(permission: str) -> str:
    """What the approval dialog is called for `permission`: "Supervisor approval"."""
    return tr("dialogs", APPROVAL_TITLES[approver_role(permission)])


def choose_by_key(event: QKeyEvent, choices: Mapping[int, QAbstractButton]) -> bool:
    """A letter or F-key that names a choice checks its button, when that one is enabled:
    True when it did (the key is then used up)."""
    button = choices.get(event.key())
    if button is None or not button.isEnabled():
        return False
    button.setChecked(True)
    return True


class FormDialog(QDialog):
    """A keyboard dialog: its title as a heading, what the subclass adds to `layout_`, a
    message line and OK (Enter) / Cancel (Esc). `_finish` closes the building. `choices`: the
    keys that choose an option button (L: the selected line, F1: the first reason)."""

    def __init__(self, title: str, parent=None, min_width: int = 540):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(min_width)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("title")
        self.layout_.addWidget(heading)
        self.message = MessageLine()
        self.choices: dict[int, QAbstractButton] = {}

    def keyPressEvent(self, event):
        if not choose_by_key(event, self.choices):
            super().keyPressEvent(event)

    def _finish(self, form: QLayout | None = None, ok_text: str | None = None) -> None:
        """`ok_text`: the OK button's words, translated by the caller (default "OK  (Enter)")."""
        if form is not None:
            self.layout_.addLayout(form)
        self.layout_.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or tr("dialogs", "OK  (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("dialogs", "Cancel  (Esc)"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        decorate(self)

    def _ok(self) -> None:
        self.accept()


class ValueDialog(FormDialog):
    """Ask for one value (a quantity, a price). The service validates it again; with `check`
    (a domain parser that raises DomainError) a wrong value is refused here, in the dialog,
    which stays open with the reason and the value selected for correction."""

    def __init__(
        self,
        title: str,
        label: str,
        initial: str = "",
        hint: str = "",
        parent=None,
        check: Callable[[str], object] | None = None,
    ):
        super().__init__(title, parent)
        self.check = check
        self.field = QLineEdit(initial)
        self.field.selectAll()
        self.field.returnPressed.connect(self._ok)
        form = QFormLayout()
        form.addRow(label, self.field)
        if hint:
            self.message.show_info(hint)
        self._finish(form)

    def value(self) -> str:
        return self.field.text().strip()

    def _ok(self) -> None:
        if self.check is not None:
            try:
                self.check(self.value())
            except DomainError as exc:
                self.message.show_error(tr("dialogs", "{error}: correct it, or Esc", error=text(exc)))
                self.field.selectAll()
                self.field.setFocus()
                return
        self.accept()


class QuantityDialog(ValueDialog):
    """F4 on the sale screen: the selected line's new quantity, checked as the basket will;
    typed in the store's locale ("2,5" kg in French), given on as the basket reads it ("2.5")."""

    def __init__(self, parent=None):
        super().__init__(
            tr("dialogs", "Quantity"),
            tr("dialogs", "New quantity"),
            "",
            tr("dialogs", "Type the quantity and Enter"),
            parent,
            check=parse_quantity,
        )

    def value(self) -> str:
        return typed_number(super().value())


class DiscountDialog(FormDialog):
    """Line or basket discount, as a percentage or an amount. Tab switches % / amount."""

    def __init__(self, has_line: bool, parent=None):
        super().__init__(tr("dialogs", "Discount"), parent)
        # the letters are the keys that choose (self.choices): they stay in every language
        self.line_btn = QRadioButton(tr("dialogs", "Selected line  (L)"))
        self.basket_btn = QRadioButton(tr("dialogs", "Whole sale  (B)"))
        self.pct_btn = QRadioButton(tr("dialogs", "Percent %  (P)"))
        self.amount_btn = QRadioButton(tr("dialogs", "Amount  (A)"))
        for b in (self.line_btn, self.basket_btn, self.pct_btn, self.amount_btn):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target, kind = QButtonGroup(self), QButtonGroup(self)
        target.addButton(self.line_btn)
        target.addButton(self.basket_btn)
        kind.addButton(self.pct_btn)
        kind.addButton(self.amount_btn)
        self.line_btn.setEnabled(has_line)
        (self.line_btn if has_line else self.basket_btn).setChecked(True)
        self.pct_btn.setChecked(True)
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("dialogs", "e.g. 10 for 10 %, 0 removes the discount"))
        self.field.returnPressed.connect(self.accept)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.line_btn)
        row1.addWidget(self.basket_btn)
        row2.addWidget(self.pct_btn)
        row2.addWidget(self.amount_btn)
        form = QFormLayout()
        form.addRow(tr("dialogs", "Apply to"), row1)
        form.addRow(tr("dialogs", "As"), row2)
        form.addRow(tr("dialogs", "Value"), self.field)
        self._finish(form)
        self.choices = {
            Qt.Key.Key_L: self.line_btn,
            Qt.Key.Key_B: self.basket_btn,
            Qt.Key.Key_P: self.pct_btn,
            Qt.Key.Key_A: self.amount_btn,
        }

    def target(self) -> str:
        return "line" if self.line_btn.isChecked() else "basket"

    def kind(self) -> str:
        return "pct" if self.pct_btn.isChecked() else "amount"

    def value(self) -> str:
        """The percentage or amount typed, in the store's locale, as the domain reads it."""
        return typed_number(self.field.text().strip())


class OverrideDialog(FormDialog):
    """A manager authorises one action with their PIN; it is recorded with both users."""

    def __init__(self, reason: str, parent=None, role: str = "manager"):
        """`role`: the least role that may approve (approver_role); a manager always may."""
        role = role if role in APPROVAL_TITLES else "manager"
        super().__init__(tr("dialogs", APPROVAL_TITLES[role]), parent)
        self.role = role
        # the refusal and who else may authorise it run to three lines in French or German: the
        # line grows to show it whole (a typed-PIN error that follows is shorter)
        self.message.setMinimumHeight(self.message.height())
        self.message.setMaximumHeight(TALLEST)
        self.message.show_info(reason)
        self.user = QLineEdit()
        self.user.setPlaceholderText(tr("dialogs", APPROVER_HINTS[role]))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(tr("dialogs", "PIN"))
        self.user.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow(tr("dialogs", APPROVER_FIELDS[role]), self.user)
        form.addRow(tr("dialogs", "PIN"), self.pin)
        self._finish(form)

    @classmethod
    def for_refusal(cls, exc: PermissionDenied, parent=None) -> OverrideDialog:
        """The approval a refused action needs, named after the least role that may give it."""
        role = approver_role(exc.permission)
        reason = text(exc)
        if role != "manager" and exc.message.endswith(_ANY_MANAGER):
            if current_language() == "en":  # the refusal's own sentence, mended
                reason = exc.message[: -len(_ANY_MANAGER)] + f"; a {role} or a manager can authorise it"
            else:  # a translated refusal is not cut: who else may authorise it follows it
                reason = f"{reason}\n{tr('dialogs', ALSO_AUTHORISES[role])}"
        return cls(reason, parent, role)

    def credentials(self) -> tuple[str, str]:
        return self.user.text().strip().lower(), self.pin.text()


class ConfirmDialog(QDialog):
    """A check of something typed that no clerk is likely to mean (100000 in cash for 1.29,
    9999 pieces): the question, what it means in full, and two buttons. Enter and Esc answer
    "No, correct it" (the default button); only Y or a click on "Yes" accepts, so the Enter
    that ended a slip of the keys cannot also accept it."""

    def __init__(self, title: str, question: str, detail: str, note: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        self.heading = QLabel(question)
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setObjectName("change")
        self.detail.setWordWrap(True)  # shown whole, however long the amount
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.no_btn = QPushButton(tr("dialogs", "No, correct it  (Enter)"))
        self.no_btn.setProperty("primary", True)
        self.no_btn.setDefault(True)
        self.yes_btn = QPushButton(tr("dialogs", "Yes, it is right  (Y)"))
        self.yes_btn.setAutoDefault(False)
        for b in (self.no_btn, self.yes_btn):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_btn.clicked.connect(self.reject)
        self.yes_btn.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no_btn, 1)
        buttons.addWidget(self.yes_btn, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        decorate(self)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Y:
            self.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.reject()
        else:
            super().keyPressEvent(event)
