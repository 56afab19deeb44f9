"""The Manager screen (Ctrl+M at the counter, shown to managers only): the station's staff and
what each role may do without a manager's PIN.

F2 adds a user (then the person types their PIN twice), F3 resets a PIN (typed twice by the
person, never seen by the manager; or a one-time PIN they replace at the next sign-in), F4
changes a role, F6 a user's own screen language (from their next sign-in), F7/F8 disable and
enable, F9 clears wrong PINs and a lockout, F10 changes the role limits, F11 opens the Fiscal
screen (the closings, the journal check, the reprints). Each change goes
through Ops to services/staff.py, which checks that the one who asks is still a manager (rule 9)
and journals it; a refused change says why and changes nothing.
A clerk or a supervisor who presses Ctrl+M is told that a manager signs in for it: the screen
is a manager's session, not one action a PIN approves.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QWidget

from ...domain import staff as rules
from ...domain.money_format import fmt_amount
from ...domain.permissions import FIXED_ROLE, LIMIT_KEYS, ROLES, SWITCHES, RoleLimits
from ...i18n import LANGUAGES, noop
from ...i18n.formats import fmt_number
from ...services import staff
from ...services.context import User, utcnow
from ...services.staff import StaffChange
from .. import keymap
from ..keyed_panel import KeyedPanel
from ..ops import Ops
from ..style import decorate
from ..translation import tr
from ..widgets import KeyBar, MessageLine, fill, readable_columns, table
from .dialogs import (
    LIMIT_NAMES,
    AddUserDialog,
    LanguageDialog,
    LimitsDialog,
    PinDialog,
    RoleDialog,
    confirm,
    language_name,
    role_as,
    role_name,
)

KEYS = keymap.MANAGER
MANAGER_ROLE = "manager"
STATUS_WORDS = {
    staff.ACTIVE: noop("manager", "Active"),
    staff.LOCKED: noop("manager", "Locked"),
    staff.DISABLED: noop("manager", "Disabled"),
}
LANGUAGE_COLUMN = 5  # the staff list's last: each user's own screen language, if any
STAFF_SAMPLES = {0: "j.smith-long", 2: "Supervisor", 3: "Disabled", 4: "Wrong PINs", 5: "Italiano"}
LIMIT_SAMPLES = {0: "Supervisor", 1: "100 %"}
# The limits table's captions: the dialog's, one shorter so six columns fit a 1024-wide till.
LIMIT_COLUMNS = {**LIMIT_NAMES, "no_sale": noop("manager", "No sale (open drawer)")}


def show_manager_key(keys: KeyBar, user: User) -> None:
    """The counter shows its Manager key (Ctrl+M) to managers only."""
    keys.buttons["manager"].setVisible(user.role == MANAGER_ROLE)


def refused_manager(user: User | None, message: MessageLine) -> bool:
    """Ctrl+M pressed by someone who is not a manager: said on the counter's message line."""
    if user is not None and user.role == MANAGER_ROLE:
        return False
    message.show_error(
        tr("manager", "The Manager screen is for managers: lock the till (Ctrl+L) and a manager signs in for it.")
    )
    return True


def disabled_words(done: StaffChange) -> str:
    """What the screen says once someone is disabled, with the sale of theirs it parked."""
    name = done.member.name
    if done.parked_label:
        return tr(
            "manager",
            "{name} is disabled and can no longer sign in. Their open sale was parked as "
            "{label}: F9 at the counter recalls it.",
            name=name,
            label=repr(done.parked_label),
        )
    return tr("manager", "{name} is disabled and can no longer sign in.", name=name)


def limit_cells(role: str, limits: RoleLimits, currency: str = "EUR") -> list[str]:
    """One row of the limits table, in LIMIT_KEYS order; an empty refund limit: the store's
    (a manager refunds any amount)."""
    shown = limits.shown()
    words = {"yes": tr("manager", "Yes"), "no": tr("manager", "No")}
    if role == FIXED_ROLE:
        refund = tr("manager", "Any amount")
    elif not shown["refund_limit"]:
        refund = tr("manager", "The store's limit")
    else:
        refund = fmt_amount(Decimal(shown["refund_limit"]), currency)
    discount = percent_text(shown["discount_pct"])
    return [role_name(role), discount, *(words[shown[k]] for k in SWITCHES), refund]


def _limits_changed(role: str) -> str:
    """Said once a role's limits are saved (a whole sentence per role)."""
    if role == "supervisor":
        return tr("manager", "The supervisor limits are changed; they apply at once.")
    return tr("manager", "The clerk limits are changed; they apply at once.")


def percent_text(value: str) -> str:
    """A discount limit as the table shows it: "15 %", "7,5 %" in French; empty stays empty."""
    return tr("manager", "{percent} %", percent=fmt_number(Decimal(value))) if value else ""


def whole_height(view: QTableWidget) -> None:
    """A short table (the three roles) as tall as its rows: never a scroll bar for three lines."""
    rows = view.verticalHeader().length()
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth())


class ManagerScreen(KeyedPanel):
    navigate = Signal(str)

    def __init__(self, ops: Ops, cfg, parent=None):
        super().__init__(ops, cfg, lambda: self._user, KEYS, parent)
        self._user: User | None = None
        self.members: list = []  # adapters/staff_repo.StaffRow, as last listed
        self.limits: dict[str, RoleLimits] = {}
        title = QLabel(tr("manager", "Staff and role limits"))
        title.setObjectName("title")
        role = tr("manager", "Role")
        self.staff = table(
            [
                tr("manager", "Username"),
                tr("manager", "Name"),
                role,
                tr("manager", "Status"),
                tr("manager", "Wrong PINs"),
                tr("manager", "Language"),
            ],
            1,
        )
        self.limit_table = table([role, *(tr("manager", LIMIT_COLUMNS[k]) for k in LIMIT_KEYS)], None)
        caption = QLabel(tr("manager", "What each role may do without a manager's PIN (F10 changes it):"))
        self.arrange(title, (self.staff, 1), caption, self.limit_table)
        decorate(self)
        staff_samples = {
            **STAFF_SAMPLES,
            2: role_name("supervisor"),
            3: tr("manager", STATUS_WORDS[staff.DISABLED]),
            4: tr("manager", "Wrong PINs"),
            5: max(LANGUAGES.values(), key=len),
        }
        readable_columns(self.staff, staff_samples, stretch=1, stretch_sample="Customer Name Sample")
        limit_samples = {0: role_name("supervisor"), 1: percent_text("100")}
        readable_columns(self.limit_table, limit_samples, stretch=len(LIMIT_KEYS), wrap=True)

    # ---- life cycle --------------------------------------------------------------------
    def start(self, user: User) -> None:
        self._user = user
        self.message.clear_message()
        self.refresh()
        self.staff.setFocus()

    def focus_home(self) -> QWidget:
        return self.staff

    def refresh(self, select: str = "", said: str = "") -> None:
        """List the staff and the limits again; select `select` (a username) and say `said`."""
        manager = self.clerk
        self.ops.call(
            lambda uow: (staff.list_staff(uow, manager), staff.role_limits(uow, manager)),
            ok=lambda listed: self._show(listed, select, said),
            err=self.error,
        )

    def _show(self, listed, select: str, said: str) -> None:
        current = self.selected()
        keep = select or (current.username if current else "")
        self.members, self.limits = listed
        now = utcnow()
        rows = [
            [
                m.username,
                m.name,
                role_name(m.role),
                tr("manager", STATUS_WORDS[staff.member_status(m, now)]),
                str(m.failed_attempts) if m.failed_attempts else "",
                LANGUAGES.get(m.language or "", ""),  # empty: the till's, else the store's
            ]
            for m in self.members
        ]
        fill(self.staff, rows, right_from=4)
        for row in range(len(rows)):  # the wrong PINs are a number (right); the language is a word
            item = self.staff.item(row, LANGUAGE_COLUMN)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = next((i for i, m in enumerate(self.members) if m.username == keep), 0)
        if self.members:
            self.staff.selectRow(row)
        fill(self.limit_table, [limit_cells(role, self.limits[role], self.cfg.currency) for role in ROLES])
        whole_height(self.limit_table)
        if said:
            self.message.show_ok(said)
        self.done.emit()

    def selected(self):
        row = self.staff.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    # ---- keys --------------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self._user is None or self.dialog is not None:
            return
        if action == "back":
            self.navigate.emit("sale")
            return
        if action == "fiscal":  # the closings, the journal check and the reprints (ui/fiscal_screen.py)
            self.navigate.emit("fiscal")
            return
        if action == "refresh":
            self.refresh(said=tr("manager", "The list is up to date."))
            return
        if action == "add":
            self.add()
            return
        if action == "limits":
            self.edit_limits()
            return
        member = self.selected()
        if member is None:
            self.message.show_error(tr("manager", "Select a user first (↑ ↓)."))
            return
        {
            "pin": self.reset_pin,
            "role": self.change_role,
            "language": self.change_language,
            "disable": self.disable,
            "enable": self.enable,
            "unlock": self.unlock,
        }[action](member)

    def _changed(self, said: Callable[[StaffChange], str]):
        """What a done change does: list again with the user selected, and say it."""
        return lambda done: self.refresh(select=done.member.username, said=said(done))

    def add(self) -> None:
        dlg = AddUserDialog({m.username: m.name for m in self.members}, self)

        def named(code):
            if code == QDialog.DialogCode.Accepted:
                self._ask_pin(*dlg.values(), dlg.chosen_language())

        self.open_dialog(dlg, named)

    def _ask_pin(self, username: str, name: str, role: str, language: str | None = None) -> None:
        dlg = PinDialog.for_new_user(name, self)

        def typed(code):
            if code != QDialog.DialogCode.Accepted:
                self.message.show_info(tr("manager", "Cancelled: nothing was changed."))
                return

            def said(d):
                return tr(
                    "manager",
                    "Added {name} ({username}) as {role}. They can sign in now.",
                    name=d.member.name,
                    username=d.member.username,
                    role=role_as(d.member.role),
                )

            self.ops.call(
                staff.add_user,
                self.clerk,
                username,
                name,
                role,
                *dlg.pins(),
                language=language,
                ok=self._changed(said),
                err=self.error,
            )

        self.open_dialog(dlg, typed)

    def reset_pin(self, member) -> None:
        dlg = PinDialog.for_reset(member.name, self)

        def typed(code):
            if code != QDialog.DialogCode.Accepted:
                return
            one_time = dlg.one_time.isChecked()

            def said(d):
                if one_time:
                    return tr(
                        "manager",
                        "{name} has a one-time PIN: they choose their own at the next sign-in.",
                        name=d.member.name,
                    )
                return tr("manager", "{name} has a new PIN and can sign in with it now.", name=d.member.name)

            self.ops.call(
                staff.reset_pin,
                self.clerk,
                member.username,
                *dlg.pins(),
                change_at_sign_in=one_time,
                ok=self._changed(said),
                err=self.error,
            )

        self.open_dialog(dlg, typed)

    def change_role(self, member) -> None:
        managers = self._active_managers()

        def check(role: str) -> None:
            rules.check_role_change(member.role, role, member.active, managers)

        dlg = RoleDialog(member.name, member.role, check, self)

        def chosen(code):
            if code == QDialog.DialogCode.Accepted:

                def said(d):
                    return tr("manager", "{name} is now {role}.", name=d.member.name, role=role_as(d.member.role))

                self.ops.call(
                    staff.set_role, self.clerk, member.username, dlg.chosen(), ok=self._changed(said), err=self.error
                )

        self.open_dialog(dlg, chosen)

    def change_language(self, member) -> None:
        dlg = LanguageDialog(member.name, member.language, self)

        def chosen(code):
            if code != QDialog.DialogCode.Accepted:
                return

            def said(d):
                if d.member.language is None:
                    return tr(
                        "manager",
                        "{name} has no screen language of their own now: from their next sign-in, the till's "
                        "or the store's.",
                        name=d.member.name,
                    )
                return tr(
                    "manager",
                    "The screens of {name} are in {language} from their next sign-in.",
                    name=d.member.name,
                    language=language_name(d.member.language),
                )

            self.ops.call(
                staff.set_language, self.clerk, member.username, dlg.chosen(), ok=self._changed(said), err=self.error
            )

        self.open_dialog(dlg, chosen)

    def _active_managers(self) -> int:
        return sum(1 for m in self.members if m.active and m.role == MANAGER_ROLE)

    def _confirmed(self, dlg, change, member, said: Callable[[StaffChange], str]) -> None:
        def answered(code):
            if code == QDialog.DialogCode.Accepted:
                self.ops.call(change, self.clerk, member.username, ok=self._changed(said), err=self.error)
            else:
                self.message.show_info(tr("manager", "Cancelled: nothing was changed."))

        self.open_dialog(dlg, answered)

    def disable(self, member) -> None:
        if not member.active:
            self.message.show_error(
                tr("manager", "{name} is already disabled: F8 enables them again.", name=member.name)
            )
            return
        me = next((m for m in self.members if m.username == self.clerk.username), None)
        try:
            rules.check_disable(me.id if me else -1, member.id, member.role, self._active_managers())
        except rules.StaffError as exc:
            self.error(exc)
            return
        name = member.name
        dlg = confirm(
            tr("manager", "Disable {name}", name=name),
            tr("manager", "Disable {name}?", name=name),
            tr("manager", "{name} can no longer sign in.", name=name),
            tr(
                "manager",
                "A sale {name} left open is parked under their name: F9 at the counter recalls it. "
                "F8 enables {name} again, with the same PIN.",
                name=name,
            ),
            tr("manager", "Yes, disable {name}", name=name),
            self,
        )
        self._confirmed(dlg, staff.disable_user, member, disabled_words)

    def enable(self, member) -> None:
        if member.active:
            self.message.show_error(tr("manager", "{name} is already active.", name=member.name))
            return
        name = member.name
        dlg = confirm(
            tr("manager", "Enable {name}", name=name),
            tr("manager", "Enable {name}?", name=name),
            tr("manager", "{name} can sign in again.", name=name),
            tr("manager", "{name} signs in with the PIN they had.", name=name),
            tr("manager", "Yes, enable {name}", name=name),
            self,
        )
        self._confirmed(
            dlg,
            staff.enable_user,
            member,
            lambda d: tr("manager", "{name} is enabled and can sign in again.", name=d.member.name),
        )

    def unlock(self, member) -> None:
        if not member.failed_attempts and not member.locked_until:
            self.message.show_error(
                tr("manager", "{name} is not locked and has no wrong PINs to clear.", name=member.name)
            )
            return
        name = member.name
        dlg = confirm(
            tr("manager", "Unlock {name}", name=name),
            tr("manager", "Unlock {name}?", name=name),
            tr("manager", "{name} can sign in at once.", name=name),
            tr(
                "manager",
                "This clears the lockout of {name} and their wrong PINs ({count}).",
                name=name,
                count=member.failed_attempts,
            ),
            tr("manager", "Yes, unlock {name}", name=name),
            self,
        )
        self._confirmed(
            dlg,
            staff.unlock_user,
            member,
            lambda d: tr("manager", "{name} is unlocked and can sign in now.", name=d.member.name),
        )

    def edit_limits(self) -> None:
        if not self.limits:
            self.message.show_error(tr("manager", "The limits are not shown yet: press F5 to list them again."))
            return
        dlg = LimitsDialog(self.limits, self, currency=self.cfg.currency)

        def saved(code):
            if code != QDialog.DialogCode.Accepted:
                return
            role = dlg.chosen()
            self.ops.call(
                staff.set_role_limits,
                self.clerk,
                role,
                dlg.changes(),
                ok=lambda _limits: self.refresh(said=_limits_changed(role)),
                err=self.error,
            )

        self.open_dialog(dlg, saved)
