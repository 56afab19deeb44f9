"""The gift cards a completed sale sold or reloaded (migration s0021): written with the sale,
read by its receipt, the Z and returns."""

from __future__ import annotations

from typing import NamedTuple

from .repositories import Repo


class SoldCardRow(NamedTuple):
    """One sale line that loaded a gift card (the sale_line_gift_cards columns)."""

    sale_id: str
    line_no: int
    code: str
    amount_minor: int


class GiftCardsRepo(Repo):
    def add(self, rows: list[SoldCardRow]) -> None:
        if rows:
            self.q(f"INSERT INTO sale_line_gift_cards VALUES ({','.join('?' * len(SoldCardRow._fields))})", rows)

    def of_sale(self, sale_id: str) -> dict[int, SoldCardRow]:
        """The sale's gift card lines, by line number."""
        rows = self.rows_as(SoldCardRow, "SELECT * FROM sale_line_gift_cards WHERE sale_id = ?", (sale_id,))
        return {r.line_no: r for r in rows}

    def product_sku(self) -> str | None:
        """The catalog's gift card product (the first active one): what a reload is sold as."""
        return self.value("SELECT sku FROM products WHERE kind = 'gift_card' AND active = 1 ORDER BY id LIMIT 1")

    def z_sums(self, station: str, z: int) -> tuple[int, int, int]:
        """One Z period's gift cards: (cards sold or reloaded, their amount, amount paid with cards)."""
        sold = self.q(
            "SELECT count(*), coalesce(sum(g.amount_minor), 0) FROM sale_line_gift_cards g "
            "JOIN sales s ON s.id = g.sale_id WHERE s.station_code = ? AND s.z_no = ?",
            (station, z),
        ).fetchone()
        redeemed = self.value(
            "SELECT coalesce(sum(p.amount_minor), 0) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
            "WHERE s.station_code = ? AND s.z_no = ? AND p.kind = 'gift_card'",
            (station, z),
            default=0,
        )
        return int(sold[0]), int(sold[1]), int(redeemed)

    def redeemed(self, redemption_id: str, basket_id: str, code: str, amount_minor: int, balance_minor: int, at: str):
        """The hub took a gift card payment for the open basket (its answer, for the receipt)."""
        self.q(
            "INSERT OR IGNORE INTO gift_card_redemptions VALUES (?, ?, ?, ?, ?, ?)",
            (redemption_id, basket_id, code, amount_minor, balance_minor, at),
        )

    def balances_after(self, basket_id: str) -> dict[str, int]:
        """card code -> its balance after the basket's last payment with it, as the hub answered."""
        rows = self.q(
            "SELECT code, balance_after_minor FROM gift_card_redemptions WHERE basket_id = ? ORDER BY at, rowid",
            (basket_id,),
        ).fetchall()
        return dict(rows)
