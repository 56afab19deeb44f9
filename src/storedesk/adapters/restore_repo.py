"""Restore from backup (migration s0008): the `restores` record, and the rows a catch-up from the
hub writes back (services/restore/ says what and why).

Documents rebuilt from the hub are inserted with the columns the schema has: a column added by
a later migration that has a default (e.g. a Z period stamp) is given when the caller knows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .repositories import Repo


@dataclass(frozen=True)
class ZRange:
    """The receipt numbers a Z held here covers."""

    first_number: int  # 0 when it covered no sale
    last_number: int
    z_no: int
    shift_id: str


@dataclass(frozen=True)
class RestoreRow:
    id: int
    status: str  # pending | done
    started_at: str
    backup_file: str
    backup_sha256: str
    kept_aside: str
    backup_last_seq: int
    backup_last_at: str | None


class RestoreRepo(Repo):
    _COLS = "id, status, started_at, backup_file, backup_sha256, kept_aside, backup_last_seq, backup_last_at"

    # ---- the restore record
    def pending(self) -> RestoreRow | None:
        row = self.q(f"SELECT {self._COLS} FROM restores WHERE status = 'pending' ORDER BY id LIMIT 1").fetchone()
        return RestoreRow(*row) if row else None

    def start(
        self, started_at: str, backup_file: str, sha256: str, kept_aside: str, last_seq: int, last_at: str | None
    ) -> int:
        return self.q(
            "INSERT INTO restores(status, started_at, backup_file, backup_sha256, kept_aside, "
            "backup_last_seq, backup_last_at) VALUES ('pending', ?, ?, ?, ?, ?, ?)",
            (started_at, backup_file, sha256, kept_aside, last_seq, last_at),
        ).inserted_id()

    def finish(self, restore_id: int, now: str, outcome: str, detail: dict, gap_text: str = "") -> None:
        self.q(
            "UPDATE restores SET status = 'done', finished_at = ?, outcome = ?, detail = ?, gap_text = ? "
            "WHERE id = ? AND status = 'pending'",
            (now, outcome, json.dumps(detail, sort_keys=True, separators=(",", ":")), gap_text, restore_id),
        )

    def gap_lines(self, since: str) -> list[str]:
        """The journaled gaps recorded after `since` (the previous Z's time): the next Z shows them."""
        return [
            r[0]
            for r in self.q(
                "SELECT gap_text FROM restores WHERE outcome = 'gap' AND finished_at > ? ORDER BY id", (since or "",)
            ).fetchall()
        ]

    # ---- what the station already holds
    def journal_refs(self) -> set[tuple[str, str]]:
        return {(k, d) for k, d in self.q("SELECT kind, doc_ref FROM journal").fetchall()}

    def exists(self, table: str, column: str, value) -> bool:
        return self.q(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (value,)).fetchone() is not None

    def columns(self, table: str) -> set[str]:
        return {r[1] for r in self.q(f"PRAGMA table_info({table})").fetchall()}

    def counters(self) -> dict[str, int]:
        return dict(self.q("SELECT name, value FROM counters").fetchall())

    def raise_counter(self, name: str, value: int) -> None:
        """Move a numbered series to at least `value` (never back)."""
        self.q(
            "INSERT INTO counters(name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
            (name, value),
        )

    def user_id(self, username: str = "", display_name: str = "") -> int:
        """The local user of that name, else the first manager (a rebuilt document needs one)."""
        row = self.q(
            "SELECT id FROM users WHERE username = ? OR (? <> '' AND name = ?) ORDER BY username = ? DESC LIMIT 1",
            (username.lower(), display_name, display_name, username.lower()),
        ).fetchone()
        if row is None:
            row = self.q("SELECT id FROM users ORDER BY role = 'manager' DESC, id LIMIT 1").fetchone()
        return row[0]

    def product(self, sku: str) -> tuple[int, str] | None:
        """(product id, category) of a SKU, active or not."""
        return self.q(
            "SELECT p.id, coalesce(c.name, '') FROM products p LEFT JOIN categories c ON c.id = p.category_id "
            "WHERE p.sku = ?",
            (sku,),
        ).fetchone()

    def shift_status(self, shift_id: str) -> str | None:
        """ "open" or "closed"; None for a shift not held here."""
        return self.value("SELECT status FROM shifts WHERE id = ?", (shift_id,))

    def open_shift(self, station: str) -> tuple[str, str] | None:
        """(id, opened at) of the station's open shift."""
        return self.q(
            "SELECT id, opened_at FROM shifts WHERE station_code = ? AND status = 'open'", (station,)
        ).fetchone()

    def z_ranges(self, station: str) -> list[ZRange]:
        """The Zs held."""
        return [
            ZRange(first or 0, last, number, shift_id)
            for first, last, number, shift_id in self.q(
                "SELECT first_number, last_number, number, shift_id FROM z_reports WHERE station_code = ?", (station,)
            ).fetchall()
        ]

    # ---- writing rebuilt rows
    def insert_row(self, table: str, row: dict) -> None:
        cols = ", ".join(row)
        self.q(f"INSERT INTO {table}({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))

    def insert_rows(self, table: str, rows: list[tuple]) -> None:
        if rows:
            self.q(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)

    def close_shift(self, shift_id: str, closed_at: str, user_id: int) -> None:
        self.q(
            "UPDATE shifts SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'",
            (closed_at, user_id, shift_id),
        )

    def mark_event(
        self, event_id: str, kind: str, payload: str, created_at: str, status: str, reason: str, now: str
    ) -> str:
        """Record the hub's answer on one of this station's events: an outbox row the backup had
        is marked as the hub holds it (so it is never sent twice); one it lacked is added, already
        answered. Returns 'marked', 'added' or 'kept' (already answered here)."""
        row = self.q("SELECT status FROM outbox WHERE id = ?", (event_id,)).fetchone()
        local = "sent" if status == "accepted" else "rejected"
        why = reason if local == "rejected" else None
        if row is None:
            self.q(
                "INSERT INTO outbox(id, kind, payload, created_at, status, attempts, sent_at, reason, "
                "last_attempt_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
                (event_id, kind, payload, created_at, local, now if local == "sent" else None, why, now),
            )
            return "added"
        if row[0] != "pending":
            return "kept"
        self.q(
            "UPDATE outbox SET status = ?, reason = ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END, "
            "attempts = attempts + 1, last_attempt_at = ? WHERE id = ?",
            (local, why, local, now, now, event_id),
        )
        return "marked"
