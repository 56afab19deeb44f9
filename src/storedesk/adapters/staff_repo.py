"""The station's staff as a manager sees them, and the changes a manager makes (services/staff.py).

Signing in reads `users` through `UsersRepo` (repositories.py); this repository is off the
counter's path, made on first use (`tx.staff`)."""

from __future__ import annotations

from dataclasses import dataclass

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


class StaffRepo(Repo):
    _COLS = "id, username, name, role, active, failed_attempts, locked_until, pin_change_required"

    @staticmethod
    def _row(id, username, name, role, active, failed, locked_until, change) -> StaffRow:
        return StaffRow(id, username, name, role, bool(active), failed, locked_until, bool(change))

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

    def unlock(self, user_id: int) -> None:
        self.q("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", (user_id,))
