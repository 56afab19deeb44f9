"""Sign in with user and PIN. Also the lock screen (Ctrl+L, idle), which says who may sign in
and what becomes of the sale left open (services/basket_owner.py), and the dialog in which a
manager who signs in over another user's open sale takes it over or parks it for its owner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import basket as basket_svc
from ..services import staff
from .manager.dialogs import PinDialog
from .ops import Ops, message_of
from .palette import INFO_BACKGROUND, INFO_BLUE
from .style import decorate
from .translation import tr
from .widgets import MessageLine, money

BOX_WIDTH = 460  # the sign-in box: readable at 1024 × 768 and 1280 × 800
TAKEOVER_WIDTH = 600


class LoginScreen(QWidget):
    logged_in = Signal(object)  # services.context.User

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.busy = False
        self.dialog: PinDialog | None = None  # a one-time PIN's owner chooses their own
        self.title = QLabel("storedesk")
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(tr("login", "Opening the station…"))
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_note = QLabel("")  # who may sign in, and what becomes of the open sale
        self.lock_note.setObjectName("lockNote")
        self.lock_note.setWordWrap(True)
        self.lock_note.setContentsMargins(12, 10, 12, 10)
        self.lock_note.setAutoFillBackground(True)
        pal = self.lock_note.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(INFO_BACKGROUND))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(INFO_BLUE))
        self.lock_note.setPalette(pal)
        self.lock_note.hide()
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setMinimumHeight(44)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(tr("login", "PIN"))
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.submit)
        self.button = QPushButton(tr("login", "Sign in  (Enter)"))
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.message = MessageLine()

        form = QFormLayout()
        form.addRow(tr("login", "User"), self.user)
        form.addRow(tr("login", "PIN"), self.pin)
        box = QWidget()
        box.setFixedWidth(BOX_WIDTH)
        inner = QVBoxLayout(box)
        self._inner = inner
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(16)
        inner.addWidget(self.lock_note)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.set_ready(False)
        decorate(self)

    def set_ready(self, ready: bool, subtitle: str = "") -> None:
        self.user.setEnabled(ready)
        self.pin.setEnabled(ready)
        self.button.setEnabled(ready)
        if subtitle:
            self.subtitle.setText(subtitle)
        if ready:
            self.pin.setFocus()

    def set_users(self, users: list[tuple[str, str]]) -> None:
        current = self.user.currentText()
        self.user.clear()
        for username, _name in users:
            self.user.addItem(username)
        if current:
            self.user.setCurrentText(current)

    def focus_home(self) -> QWidget:
        """The field that gets the keyboard back after a dialog (ui/focus.py): the PIN."""
        return self.pin

    def reset(self, locked_by: str = "", open_sale: str = "") -> None:
        """Show the lock screen. `locked_by`: the user who was signed in; `open_sale`: their sale
        left open, in words ("3 items, €5.06"), or "" when the basket was empty."""
        self.pin.clear()
        self.message.show_info(tr("login", "Locked by {user}.", user=locked_by) if locked_by else "")
        self._show_note(lock_rule(locked_by, open_sale) if locked_by else "")
        self.lock_note.setVisible(bool(locked_by))
        self.pin.setFocus()
        if locked_by and open_sale:  # a payment already taken on it is said too (read on the worker)
            self.ops.call(
                basket_svc.open_sale, ok=lambda view: self._note_paid(view, locked_by, open_sale), err=lambda exc: None
            )

    def _show_note(self, text: str) -> None:
        self.lock_note.setText(text)
        margins = self._inner.contentsMargins()
        # A wrapped label in a layout is not always given the height its text needs: ask for it.
        self.lock_note.setMinimumHeight(self.lock_note.heightForWidth(BOX_WIDTH - margins.left() - margins.right()))

    def _note_paid(self, view, owner: str, open_sale: str) -> None:
        if view is None or not view.basket.taken or self.lock_note.text() != lock_rule(owner, open_sale):
            return  # nothing taken, or signed in meanwhile
        self._show_note(lock_rule(owner, open_sale, money(view.basket.taken_total, view.basket.currency)))

    def submit(self) -> None:
        if self.busy or not self.button.isEnabled():
            return
        self.busy = True
        username, pin = self.user.currentText().strip().lower(), self.pin.text()
        self.pin.clear()
        self.ops.call(staff.sign_in, username, pin, ok=self._ok, err=self._err)

    def _ok(self, signed: staff.SignedIn) -> None:
        if signed.change_pin:
            self._choose_pin(signed.user)
            return
        self.busy = False
        self.message.show_info("")
        self.logged_in.emit(signed.user)

    def _choose_pin(self, user, refused: str = "") -> None:
        """Signed in with a one-time PIN (services/staff.reset_pin): the person types their own
        twice before they work; Esc signs nobody in."""
        self.dialog = dlg = PinDialog.for_own_pin(user.name, self)
        if refused:
            dlg.message.show_error(refused)

        def finished(code):
            self.dialog = None
            if code != PinDialog.DialogCode.Accepted:
                self._err_text(tr("login", "Nobody is signed in: choose your own PIN when you sign in."))
                return
            self.ops.call(
                staff.change_own_pin,
                user,
                *dlg.pins(),
                ok=lambda _done: self._ok(staff.SignedIn(user, False)),
                err=lambda exc: self._choose_pin(user, message_of(exc)),
            )

        dlg.finished.connect(finished)
        dlg.open()

    def signed_in(self) -> None:
        """The user now sells: the lock note has said its piece."""
        self.lock_note.hide()
        self.lock_note.setText("")

    def _err(self, exc) -> None:
        self._err_text(message_of(exc))

    def _err_text(self, text: str) -> None:
        self.busy = False
        self.message.show_error(text)
        self.pin.setFocus()


def lock_rule(owner: str, open_sale: str, paid: str = "") -> str:
    """Who may sign in at a locked till, and what becomes of the sale left open (whole sentences).
    `paid`: a payment already taken on it, as an amount ("€1.00"): it stays with the sale."""
    if not open_sale:
        return tr("login", "{owner} locked this till with no sale open. Any user can sign in.", owner=owner)
    text = tr(
        "login",
        "{owner}'s sale is still open: {sale}. {owner} can sign in to go on with it, or a manager "
        "to take it over. Anyone else who signs in starts a new sale, and {owner}'s sale is parked "
        "for {owner}: F9 recalls it.",
        owner=owner,
        sale=open_sale,
    )
    if paid:
        text += " " + tr("login", "A payment of {amount} was already taken on it and stays with the sale.", amount=paid)
    return text


class TakeOverDialog(QDialog):
    """A manager signed in over another user's open sale: take it over (T), or park it for
    its owner (P). Enter and Esc park it: taking a sale over is never the default."""

    TAKE, PARK = "take", "park"

    def __init__(self, owner: str, open_sale: str, parent=None):
        super().__init__(parent)
        self.choice = self.PARK
        self.setWindowTitle(tr("login", "{owner}'s sale is open", owner=owner))
        self.setModal(True)
        self.setFixedWidth(TAKEOVER_WIDTH)
        title = QLabel(tr("login", "{owner}'s sale is open", owner=owner))
        title.setObjectName("title")
        text = QLabel(
            tr(
                "login",
                "{owner} left a sale open on this till: {sale}.\n\n"
                "Take it over: the sale becomes yours, and the takeover is recorded with both names.\n"
                "Park it: {owner} recalls it with F9, and you start a new sale.",
                owner=owner,
                sale=open_sale,
            )
        )
        text.setWordWrap(True)
        self.take_btn = QPushButton("T\n" + tr("login", "Take it over"))
        self.park_btn = QPushButton(
            tr("login", "P  or  Enter") + "\n" + tr("login", "Park it for {owner}", owner=owner)
        )
        self.park_btn.setProperty("primary", True)
        for btn in (self.take_btn, self.park_btn):
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            btn.setMinimumHeight(56)
        self.take_btn.clicked.connect(self.take)
        self.park_btn.clicked.connect(self.park)
        row = QHBoxLayout()
        row.addWidget(self.take_btn)
        row.addWidget(self.park_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(row)
        decorate(self)
        margins = layout.contentsMargins()  # a wrapped label is given the height its text needs
        text.setMinimumHeight(text.heightForWidth(TAKEOVER_WIDTH - margins.left() - margins.right()))

    def keyPressEvent(self, event):
        action = {
            Qt.Key.Key_T: self.take,
            Qt.Key.Key_P: self.park,
            Qt.Key.Key_Return: self.park,
            Qt.Key.Key_Enter: self.park,
        }.get(event.key())
        if action is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            action()
            return
        super().keyPressEvent(event)

    def take(self) -> None:
        self.choice = self.TAKE
        self.accept()

    def park(self) -> None:
        self.choice = self.PARK
        self.accept()

    def reject(self) -> None:  # Esc: parked for its owner
        self.choice = self.PARK
        super().reject()
