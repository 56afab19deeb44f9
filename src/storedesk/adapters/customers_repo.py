"""The station's customers (migration s0020): its recent customers as the hub gave them (the
offline search), and the customer of each completed sale."""

from __future__ import annotations

from typing import NamedTuple

from .customer_erasure import CustomerErasure
from .repositories import Repo

KEEP = 2000  # recent customers kept for the offline search


class CachedCustomer(NamedTuple):
    id: str
    card: str
    name: str
    phone: str
    email: str
    customer_group: str
    points: int | None  # as the hub last said (None: not known)
    seen_at: str


class SaleCustomerRow(NamedTuple):
    sale_id: str
    customer_id: str
    card: str
    points_earned: int
    points_redeemed: int
    balance: int | None  # the balance the receipt printed (None: not known at the till)
    earned_value_minor: int = 0  # the points earned, at the point value in force then


class CustomersRepo(Repo):
    def remember(self, rows: list[CachedCustomer]) -> None:
        """Keep (or refresh) customers the hub gave; the oldest beyond KEEP are forgotten."""
        if not rows:
            return
        self.q(
            "INSERT INTO customer_cache VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "card = excluded.card, name = excluded.name, phone = excluded.phone, email = excluded.email, "
            "customer_group = excluded.customer_group, points = coalesce(excluded.points, customer_cache.points), "
            "seen_at = excluded.seen_at",
            rows,
        )
        self.q(
            "DELETE FROM customer_cache WHERE id NOT IN (SELECT id FROM customer_cache ORDER BY seen_at DESC LIMIT ?)",
            (KEEP,),
        )

    def set_points(self, customer_id: str, points: int | None) -> None:
        self.q("UPDATE customer_cache SET points = ? WHERE id = ?", (points, customer_id))

    def get(self, customer_id: str) -> CachedCustomer | None:
        return self.row_as(CachedCustomer, "SELECT * FROM customer_cache WHERE id = ?", (customer_id,))

    def search(self, text: str, phone: str | None, limit: int = 20) -> list[CachedCustomer]:
        """The recent customers matching a card, phone, email or part of a name, most recent first."""
        like = "%" + text.lower().replace("%", "").replace("_", "") + "%"
        return self.rows_as(
            CachedCustomer,
            "SELECT * FROM customer_cache WHERE card = ? OR lower(email) = ? OR phone = ? OR lower(name) LIKE ? "
            "ORDER BY card = ? DESC, seen_at DESC LIMIT ?",
            (text.upper(), text.lower(), phone or "\x00", like, text.upper(), limit),
        )

    def forget(self, customer_id: str, now: str) -> None:
        """An erased customer: out of the cache, their name and card cleared from the sales made
        for them, the stored baskets and the events already sent (customer_erasure.py)."""
        CustomerErasure(self.conn).forget(customer_id, now)

    def add_sale(self, row: SaleCustomerRow) -> None:
        self.q("INSERT INTO sale_customers VALUES (?, ?, ?, ?, ?, ?, ?)", row)

    def of_sale(self, sale_id: str) -> SaleCustomerRow | None:
        return self.row_as(SaleCustomerRow, "SELECT * FROM sale_customers WHERE sale_id = ?", (sale_id,))

    def z_points(self, station: str, z: int) -> tuple[int, int, int, int, int, int]:
        """One Z period's loyalty points: (sales that earned, points earned, their value, sales paid
        with points, points redeemed, the amount they paid), money in minor units."""
        row = self.q(
            "SELECT coalesce(sum(c.points_earned > 0), 0), coalesce(sum(c.points_earned), 0), "
            "coalesce(sum(c.points_redeemed > 0), 0), coalesce(sum(c.points_redeemed), 0), "
            "coalesce(sum(c.earned_value_minor), 0) "
            "FROM sale_customers c JOIN sales s ON s.id = c.sale_id WHERE s.station_code = ? AND s.z_no = ?",
            (station, z),
        ).fetchone()
        paid = self.value(
            "SELECT coalesce(sum(p.amount_minor), 0) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
            "WHERE s.station_code = ? AND s.z_no = ? AND p.kind = 'points'",
            (station, z),
            default=0,
        )
        return int(row[0]), int(row[1]), int(row[4]), int(row[2]), int(row[3]), int(paid)
