"""The station's scheduled prices (s0014 pending_prices): written by the hub's "pending_price" feed
items and by the station's own catalog import, switched by services/prices.py when due."""

from __future__ import annotations

from dataclasses import dataclass

from .repositories import Repo


@dataclass(frozen=True)
class DuePrice:
    """A scheduled price whose time has come, not switched yet."""

    id: int
    product_id: int
    valid_from: str
    price_minor: int
    label_printed_at: str | None


@dataclass(frozen=True)
class UpcomingPrice:
    """A scheduled price still to come, with the product's price today (for its shelf label)."""

    id: int
    product_id: int
    sku: str
    name: str
    current_price_minor: int
    price_minor: int
    valid_from: str
    received_at: str


_WAITING = "applied_at IS NULL"


class PendingPricesRepo(Repo):
    def schedule(self, product_id: int, valid_from: str, price_minor: int, now: str) -> bool:
        """Add a scheduled price, or change the price of one already there for the same time (it then
        waits again, label and switch alike). The same price again changes nothing: whether it wrote."""
        return self.added(
            "INSERT INTO pending_prices(product_id, valid_from, price_minor, received_at) VALUES (?,?,?,?) "
            "ON CONFLICT(product_id, valid_from) DO UPDATE SET price_minor = excluded.price_minor, "
            "received_at = excluded.received_at, applied_at = NULL, label_printed_at = NULL "
            "WHERE price_minor <> excluded.price_minor",
            (product_id, valid_from, price_minor, now),
        )

    def any_due(self, wall: str) -> bool:
        return self.value(f"SELECT 1 FROM pending_prices WHERE {_WAITING} AND valid_from <= ? LIMIT 1", (wall,)) == 1

    def due(self, wall: str) -> list[DuePrice]:
        """Oldest time first: several due for one product switch in turn, the latest ending in force."""
        return self.rows_as(
            DuePrice,
            "SELECT id, product_id, valid_from, price_minor, label_printed_at FROM pending_prices "
            f"WHERE {_WAITING} AND valid_from <= ? ORDER BY valid_from, id",
            (wall,),
        )

    def switch(self, due: DuePrice, now: str) -> None:
        """The product takes the price (the trigger products_price_change lists it for the labels);
        a label printed beforehand counts for that change, so none waits for it."""
        self.q("UPDATE products SET price_minor = ? WHERE id = ?", (due.price_minor, due.product_id))
        if due.label_printed_at is not None:
            self.q(
                "UPDATE price_changes SET printed_at = ? WHERE product_id = ? AND printed_at IS NULL",
                (due.label_printed_at, due.product_id),
            )
        self.q("UPDATE pending_prices SET applied_at = ? WHERE id = ?", (now, due.id))

    def upcoming(self, wall: str, unprinted_only: bool, limit: int = 1000) -> list[UpcomingPrice]:
        """Scheduled prices still to come, soonest first."""
        printed = "AND s.label_printed_at IS NULL" if unprinted_only else ""
        return self.rows_as(
            UpcomingPrice,
            "SELECT s.id, s.product_id, p.sku, p.name, p.price_minor, s.price_minor, s.valid_from, s.received_at "
            f"FROM pending_prices s JOIN products p ON p.id = s.product_id WHERE s.{_WAITING} "
            f"AND s.valid_from > ? {printed} ORDER BY s.valid_from, s.id LIMIT ?",
            (wall, limit),
        )

    def mark_label_printed(self, ids: list[int], now: str) -> None:
        self.q("UPDATE pending_prices SET label_printed_at = ? WHERE id = ?", [(now, i) for i in ids])
