"""The rules for a station's staff: who may be added, which PINs are accepted, and the changes
that would leave the store without a manager.

Plain rules on plain values (no database): services/staff.py reads the facts in its
transaction, asks these functions, and writes only when they say nothing against it.

PINs (4 to 8 digits, as `domain/auth.py` signs them in) that a person could guess from the
keypad are refused when a PIN is set:
- one digit repeated (`0000`, `777777`);
- a run of neighbouring digits, up or down, also across 9-0 (`1234`, `4321`, `0123`, `7890`,
  `98765`);
- two digits repeated (`1212`, `252525`).
PINs set before this rule (the demo's `1234`) keep working until they are reset.
"""

from __future__ import annotations

import re

from ..i18n import Message, msg
from ..i18n.languages import LANGUAGES
from .auth import valid_pin_format
from .errors import DomainError
from .permissions import ALL_ROLES

USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,23}")
NAME_LENGTH = 60


class StaffError(DomainError):
    """A staff change that the rules refuse; nothing was changed."""


def check_username(username: str) -> str:
    """The username as stored (lower case), or a StaffError saying what a username may be."""
    name = (username or "").strip().lower()
    if not USERNAME.fullmatch(name):
        raise StaffError(
            f"{username!r} is not a valid username: use 2 to 24 letters, digits, '.', '_' or '-', "
            "starting with a letter (for example ana or j.smith)"
        )
    return name


def check_name(name: str) -> str:
    """The display name as stored: trimmed, not empty, printable, at most NAME_LENGTH characters."""
    text = " ".join((name or "").split())
    if not text:
        raise StaffError(msg("staff", "Give the person's name as it should appear on receipts and screens"))
    if len(text) > NAME_LENGTH or not text.isprintable():
        raise StaffError(msg("staff", "A name is at most {limit} printable characters", limit=NAME_LENGTH))
    return text


def check_role(role: str) -> str:
    value = (role or "").strip().lower()
    if value not in ALL_ROLES:
        raise StaffError(f"{role!r} is not a role: choose clerk, supervisor, manager or auditor")
    return value


NO_LANGUAGE = "none"  # a user without a language of their own: the system's, else the store's


def check_language(code: str | None) -> str | None:
    """A user's own screen language as stored: a code of i18n.LANGUAGES ("de"), or None for
    "none" or nothing (their screens are then in the system's language, else the store's)."""
    value = (code or "").strip().lower()
    if value in ("", NO_LANGUAGE):
        return None
    if value not in LANGUAGES:
        raise StaffError(f"{code!r} is not a language of storedesk: choose {', '.join(LANGUAGES)} or {NO_LANGUAGE}")
    return value


def guessable(pin: str) -> bool:
    """A PIN a person could guess from the keypad (see the module's docstring)."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    repeated_pair = len(pin) % 2 == 0 and pin == pin[:2] * (len(pin) // 2)
    return steps in ({0}, {1}, {9}) or repeated_pair


def check_new_pin(pin: str, again: str) -> str:
    """A new PIN typed twice: the PIN, or a StaffError saying why it is refused."""
    if not valid_pin_format(pin):
        raise StaffError(msg("staff", "A PIN is 4 to 8 digits"))
    if guessable(pin):
        raise StaffError(
            msg(
                "staff",
                "That PIN is too easy to guess (one digit repeated, a run such as 1234, or a pair such as 1212): "
                "choose another",
            )
        )
    if pin != again:
        raise StaffError(msg("staff", "The two PINs differ: type the same new PIN twice"))
    return pin


def check_disable(actor_id: int, target_id: int, target_role: str, active_managers: int) -> None:
    """A manager may not disable themselves, nor the store's last active manager."""
    if actor_id == target_id:
        raise StaffError(msg("staff", "You cannot disable yourself: another manager can"))
    if target_role == "manager" and active_managers <= 1:
        raise StaffError(msg("staff", "This is the store's last active manager: add or enable another manager first"))


def check_role_change(target_role: str, new_role: str, target_active: bool, active_managers: int) -> None:
    """The last active manager keeps the role: someone must be able to manage the store."""
    if target_role == new_role:
        raise StaffError(_already(new_role))
    if target_role == "manager" and target_active and active_managers <= 1:
        raise StaffError(msg("staff", "This is the store's last active manager: make someone else a manager first"))


def _already(role: str) -> Message | str:
    if role == "clerk":
        return msg("staff", "They are already a clerk")
    if role == "supervisor":
        return msg("staff", "They are already a supervisor")
    if role == "manager":
        return msg("staff", "They are already a manager")
    return f"They are already a {role}"
