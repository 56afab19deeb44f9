"""What the hub manages for this station's store: its settings (`settings.origin = 'hub'`) and its
dated tax rates (`tax_rate_changes`), both from the feed (s0015). Off the counter's path apart from
`due_tax_rates`, a query on a table of a few rows; made on first use (`tx.central`)."""

from __future__ import annotations

from dataclasses import dataclass

from .repositories import Repo


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: str
    origin: str  # 'station' or 'hub'


@dataclass(frozen=True)
class TaxRateChange:
    code: str
    valid_from: str  # YYYY-MM-DD, the store's local date
    rate: str
    label: str
    starts_at: str  # the start of that day in the store's time zone, UTC ISO


class CentralRepo(Repo):
    def settings(self) -> list[SettingRow]:
        return self.rows_as(SettingRow, "SELECT key, value, origin FROM settings ORDER BY key")

    def hub_keys(self) -> set[str]:
        return {k for (k,) in self.q("SELECT key FROM settings WHERE origin = 'hub'")}

    def set_from_hub(self, key: str, value: str) -> None:
        self.q(
            "INSERT INTO settings(key, value, origin) VALUES (?, ?, 'hub') "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, origin = 'hub'",
            (key, value),
        )

    def release(self, keys: set[str]) -> None:
        """The hub no longer manages these keys: they keep their value, now the station's own."""
        self.q("UPDATE settings SET origin = 'station' WHERE key = ?", [(k,) for k in sorted(keys)])

    def add_tax_rate_change(self, change: TaxRateChange, received_at: str) -> None:
        self.q(
            "INSERT INTO tax_rate_changes(code, valid_from, rate, label, starts_at, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code, valid_from) DO UPDATE SET rate = excluded.rate, "
            "label = excluded.label, starts_at = excluded.starts_at, received_at = excluded.received_at",
            (change.code, change.valid_from, change.rate, change.label, change.starts_at, received_at),
        )

    def due_tax_rates(self, now: str) -> list[TaxRateChange]:
        """Per code, the latest change whose day has begun by `now` (UTC ISO) and that is not the
        code's current rate yet."""
        return self.rows_as(
            TaxRateChange,
            "SELECT c.code, c.valid_from, c.rate, c.label, c.starts_at FROM tax_rate_changes c "
            "LEFT JOIN tax_rates t ON t.code = c.code WHERE c.starts_at <= ? AND c.valid_from = "
            "(SELECT max(d.valid_from) FROM tax_rate_changes d WHERE d.code = c.code AND d.starts_at <= ?) "
            "AND (t.code IS NULL OR t.rate != c.rate OR t.label != c.label)",
            (now, now),
        )

    def tax_rate_changes(self) -> list[TaxRateChange]:
        return self.rows_as(
            TaxRateChange,
            "SELECT code, valid_from, rate, label, starts_at FROM tax_rate_changes ORDER BY code, valid_from",
        )
