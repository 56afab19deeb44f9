"""The station's staff as a manager sees them, and the changes a manager makes (services/staff.py).

Signing in reads `users` through `UsersRepo` (repositories.py); this repository is off the
counter's path, made on first use (`tx.staff`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .repositories import Repo


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    name: str
    role: str
    active: bool
    failed_attempts: int
    locked_until: str | None
    pin_change_required: bool
    origin: str = "station"  # or "hub": the hub manages them (services/staff_feed.py, s0013)
    hub_rev: int = 0  # the newest hub item applied to them
    hub_pin_rev: int = 0  # the newest PIN the hub set for them
    language: str | None = None  # their screens' language (s0016), None: the system's, else the store's


class HubUser(NamedTuple):
    """A user as the hub's "staff" feed item states them (services/staff_feed.py), in column order."""

    username: str
    name: str
    role: str
    active: bool
    pin_hash: str
    pin_change_required: bool
    rev: int
    pin_rev: int


class StaffRepo(Repo):
    _COLS = (
        "id, username, name, role, active, failed_attempts, locked_until, pin_change_required, "
        "origin, hub_rev, hub_pin_rev, language"
    )

    @staticmethod
    def _row(id, username, name, role, active, failed, locked_until, change, origin, rev, pin_rev, lang) -> StaffRow:
        return StaffRow(
            id, username, name, role, bool(active), failed, locked_until, bool(change), origin, rev, pin_rev, lang
        )

    def members(self) -> list[StaffRow]:
        """Everyone, active first, then by username."""
        return self.rows_as(self._row, f"SELECT {self._COLS} FROM users ORDER BY active DESC, username")

    def by_username(self, username: str) -> StaffRow | None:
        return self.row_as(self._row, f"SELECT {self._COLS} FROM users WHERE username = ?", (username,))

    def active_managers(self) -> int:
        return self.value("SELECT count(*) FROM users WHERE role = 'manager' AND active = 1", default=0)

    def set_active(self, user_id: int, active: bool) -> None:
        self.q("UPDATE users SET active = ? WHERE id = ?", (int(active), user_id))

    def set_role(self, user_id: int, role: str) -> None:
        self.q("UPDATE users SET role = ? WHERE id = ?", (role, user_id))

    def set_pin(self, user_id: int, pin_hash: str, change_required: bool) -> None:
        """A new PIN also lifts a lockout: the person signs in with it at once."""
        self.q(
            "UPDATE users SET pin_hash = ?, pin_change_required = ?, failed_attempts = 0, locked_until = NULL "
            "WHERE id = ?",
            (pin_hash, int(change_required), user_id),
        )

    def set_language(self, user_id: int, language: str | None) -> None:
        self.q("UPDATE users SET language = ? WHERE id = ?", (language, user_id))

    def unlock(self, user_id: int) -> None:
        self.q("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", (user_id,))

    # --- the hub's staff (services/staff_feed.py) ---

    def add_from_hub(self, user: HubUser) -> int:
        """A user the hub manages, new here."""
        return self.q(
            "INSERT INTO users(username, name, role, active, pin_hash, pin_change_required, hub_rev, hub_pin_rev, "
            "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'hub')",
            user,
        ).inserted_id()

    def update_from_hub(self, user_id: int, name: str, role: str, active: bool, rev: int) -> None:
        """The hub's state of a user (the station's own user of that username becomes the hub's)."""
        self.q(
            "UPDATE users SET name = ?, role = ?, active = ?, origin = 'hub', hub_rev = ? WHERE id = ?",
            (name, role, int(active), rev, user_id),
        )

    def set_hub_pin(self, user_id: int, pin_hash: str, change_required: bool, pin_rev: int) -> None:
        self.set_pin(user_id, pin_hash, change_required)
        self.q("UPDATE users SET hub_pin_rev = ? WHERE id = ?", (pin_rev, user_id))
