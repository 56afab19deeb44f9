"""Shifts, drawer moves and Z reports; the sums a shift report is built from (in SQL).

One rule decides which Z covers a fiscal document (DESIGN rule 12): the document's `z_no`,
stamped in its own write transaction with the station's open Z period (the Z counter + 1,
see adapters/uow.py `Tx.stamp`). A report of Z period N sums exactly the sales, returns and
drawer moves stamped N, shift open or not; those stamped with no shift open (`shift_id IS
NULL`) are the "outside the shift" part: their cash moved before the shift's float was
counted, so it is reported apart and left out of the expected drawer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..domain.shift_facts import (
    CategorySum,
    DrawerMove,
    OutsideReturns,
    ReturnsHead,
    SalesBy,
    SalesHead,
    TenderSum,
    VoidedLine,
)
from ..domain.tax import TaxTotal
from .repositories import Repo

_COVER = "s.station_code = :st AND s.z_no = :z"
_RETURNS = "r.station_code = :st AND r.z_no = :z"
T = TypeVar("T")


def z_counter(station: str) -> str:
    """The counter whose value is the station's last Z number (the open period is value + 1)."""
    return f"z:{station}"


@dataclass(frozen=True)
class ShiftRow:
    id: str
    number: int
    station_code: str
    opened_at: str
    opened_by_id: int
    opened_by: str
    float_minor: int
    float_counts: dict
    receipt_floor: int
    status: str
    closed_at: str | None


_SHIFT_COLS = (
    "sh.id, sh.number, sh.station_code, sh.opened_at, sh.opened_by, u.name, sh.float_minor, "
    "sh.float_counts, sh.receipt_floor, sh.status, sh.closed_at"
)


_SHIFT_FROM = f"SELECT {_SHIFT_COLS} FROM shifts sh JOIN users u ON u.id = sh.opened_by"


def _shift(*cols) -> ShiftRow:
    fields = list(cols)
    fields[7] = json.loads(cols[7])  # float_counts
    return ShiftRow(*fields)


@dataclass(frozen=True)
class StampFacts:
    shift_id: str | None  # the open shift
    need_shift: bool  # the store's setting sales_need_shift
    z_no: int  # the open Z period


class ShiftsRepo(Repo):
    def open_for(self, station: str) -> ShiftRow | None:
        return self.row_as(_shift, f"{_SHIFT_FROM} WHERE sh.station_code = ? AND sh.status = 'open'", (station,))

    def by_id(self, shift_id: str) -> ShiftRow | None:
        return self.row_as(_shift, f"{_SHIFT_FROM} WHERE sh.id = ?", (shift_id,))

    def stamp_facts(self, station: str) -> StampFacts:
        """One read of three indexed rows, made under the write lock by `Tx.stamp`."""
        row = self.q(
            "SELECT (SELECT id FROM shifts WHERE station_code = ? AND status = 'open'), "
            "(SELECT value FROM settings WHERE key = 'sales_need_shift'), "
            "coalesce((SELECT value FROM counters WHERE name = ?), 0) + 1",
            (station, z_counter(station)),
        ).fetchone()
        return StampFacts(row[0], row[1] == "1", row[2])

    def receipt_counter(self, station: str) -> int:
        return self.value("SELECT value FROM counters WHERE name = ?", (f"receipt:{station}",), default=0)

    def insert(
        self,
        shift_id: str,
        number: int,
        station: str,
        now: str,
        user_id: int,
        counts: dict,
        float_minor: int,
        receipt_floor: int,
    ) -> None:
        self.q(
            "INSERT INTO shifts(id, number, station_code, opened_at, opened_by, float_counts, float_minor, "
            "receipt_floor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (shift_id, number, station, now, user_id, json.dumps(counts, sort_keys=True), float_minor, receipt_floor),
        )

    def close(self, shift_id: str, now: str, user_id: int) -> None:
        self.q(
            "UPDATE shifts SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'",
            (now, user_id, shift_id),
        )


class CashMovesRepo(Repo):
    def add(
        self,
        move_id: str,
        doc_no: str,
        shift_id: str,
        kind: str,
        amount_minor: int,
        reason: str,
        user_id: int,
        approver_id: int | None,
        now: str,
        z_no: int,
    ) -> None:
        self.q(
            "INSERT INTO cash_moves(id, doc_no, shift_id, kind, amount_minor, reason, user_id, approver_id, "
            "created_at, z_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (move_id, doc_no, shift_id, kind, amount_minor, reason, user_id, approver_id, now, z_no),
        )


@dataclass(frozen=True)
class ZRow:
    station_code: str
    number: int
    shift_id: str
    created_at: str
    totals: dict
    last_number: int
    grand_total_minor: int
    pdf_path: str


class ZReportsRepo(Repo):
    _COLS = "station_code, number, shift_id, created_at, totals, last_number, grand_total_minor, pdf_path"

    @staticmethod
    def _z(station_code, number, shift_id, created_at, totals, last_number, grand_total_minor, pdf_path) -> ZRow:
        return ZRow(
            station_code, number, shift_id, created_at, json.loads(totals), last_number, grand_total_minor, pdf_path
        )

    def last(self, station: str) -> ZRow | None:
        return self.row_as(
            self._z,
            f"SELECT {self._COLS} FROM z_reports WHERE station_code = ? ORDER BY number DESC LIMIT 1",
            (station,),
        )

    def get(self, station: str, number: int) -> ZRow | None:
        return self.row_as(
            self._z, f"SELECT {self._COLS} FROM z_reports WHERE station_code = ? AND number = ?", (station, number)
        )

    def insert(self, row: dict) -> None:
        cols = ", ".join(row)
        self.q(f"INSERT INTO z_reports({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))


def _period_rows(make: Callable[..., T], sql: str) -> Callable[[ShiftFactsRepo, str, int], list[T]]:
    """A query over one Z period's documents (`:st`, `:z` in its text) as a method of
    ShiftFactsRepo taking (`station`, `z`): its rows, each made into `make`."""

    def rows(repo: ShiftFactsRepo, station: str, z: int) -> list[T]:
        return repo.rows_as(make, sql, _period(station, z))

    return rows


def _period(station: str, z: int, **more: object) -> dict[str, object]:
    """The parameters of a query over one Z period's documents."""
    return {"st": station, "z": z, **more}


class ShiftFactsRepo(Repo):
    """The sums of one Z period's documents (`station`, `z`: the period's Z number). Run inside
    one transaction: what it reads is the frozen list of the report."""

    def sales_head(self, station: str, z: int) -> SalesHead:
        return SalesHead(
            *self.q(
                "SELECT count(*), coalesce(sum(s.shift_id IS NULL), 0), coalesce(sum(s.subtotal_minor), 0), "
                "coalesce(sum(s.discount_minor), 0), coalesce(sum(s.discount_minor > 0), 0), "
                "coalesce(sum(s.total_minor), 0), coalesce(sum(s.rounding_minor), 0), "
                "coalesce(sum(s.change_minor), 0), coalesce(sum(s.voided_lines), 0), min(s.number), max(s.number) "
                f"FROM sales s WHERE {_COVER}",
                _period(station, z),
            ).fetchone()
        )

    def outside_cash(self, station: str, z: int) -> int:
        """Cash kept from the period's sales made while no shift was open (tendered - change)."""
        p = _period(station, z)
        given = self.q(
            "SELECT coalesce(sum(p.amount_minor), 0) FROM sales s JOIN sale_payments p ON p.sale_id = s.id "
            f"WHERE {_COVER} AND s.shift_id IS NULL AND p.kind = 'cash'",
            p,
        ).scalar_one()
        change = self.q(
            f"SELECT coalesce(sum(s.change_minor), 0) FROM sales s WHERE {_COVER} AND s.shift_id IS NULL", p
        ).scalar_one()
        return given - change

    def receipt_no(self, station: str, z: int, number: int | None) -> str | None:
        """The receipt number of covered sale `number` (the first or last one, from sales_head)."""
        if number is None:
            return None
        return self.value(
            f"SELECT s.receipt_no FROM sales s WHERE {_COVER} AND s.number = :n", _period(station, z, n=number)
        )

    tenders = _period_rows(
        TenderSum,
        "SELECT p.kind, count(*), sum(p.amount_minor) FROM sales s JOIN sale_payments p ON p.sale_id = s.id "
        f"WHERE {_COVER} GROUP BY p.kind ORDER BY p.kind",
    )
    taxes = _period_rows(
        TaxTotal,
        "SELECT t.tax_code, t.rate, sum(t.net_minor), sum(t.tax_minor), sum(t.gross_minor) "
        f"FROM sales s JOIN sale_taxes t ON t.sale_id = s.id WHERE {_COVER} GROUP BY t.tax_code, t.rate",
    )
    categories = _period_rows(
        CategorySum,
        "SELECT l.category, count(*), sum(l.quantity_milli), sum(l.gross_minor) "
        f"FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE {_COVER} GROUP BY l.category",
    )
    quarter_hours = _period_rows(
        SalesBy,
        "SELECT substr(s.created_at, 1, 14) "
        "|| printf('%02d', (CAST(substr(s.created_at, 15, 2) AS INTEGER) / 15) * 15) AS q, "
        f"count(*), sum(s.total_minor) FROM sales s WHERE {_COVER} GROUP BY q ORDER BY q",
    )
    clerks = _period_rows(
        SalesBy,
        "SELECT u.name, n, g FROM (SELECT s.user_id AS uid, count(*) AS n, sum(s.total_minor) AS g "
        f"FROM sales s WHERE {_COVER} GROUP BY s.user_id) JOIN users u ON u.id = uid",
    )
    # what each promotion took off the covered sales' lines (sale_line_promotions, s0019)
    promotions = _period_rows(
        SalesBy,
        "SELECT p.promotion_id, count(DISTINCT s.id), sum(p.amount_minor) "
        f"FROM sales s JOIN sale_line_promotions p ON p.sale_id = s.id WHERE {_COVER} GROUP BY p.promotion_id",
    )
    # the voided lines of the covered sales (few rows)
    voided_values = _period_rows(
        VoidedLine,
        "SELECT json_extract(j.value, '$.unit_price'), json_extract(j.value, '$.price_override'), "
        "json_extract(j.value, '$.quantity') FROM sales s JOIN baskets b ON b.id = s.basket_id, "
        f"json_each(b.data, '$.lines') j WHERE {_COVER} AND s.voided_lines > 0 "
        "AND json_extract(j.value, '$.voided')",
    )
    # paid in, paid out and no-sale of the period (always made in its shift)
    cash_moves = _period_rows(
        DrawerMove,
        "SELECT m.kind, m.created_at, m.amount_minor, m.reason, u.name FROM cash_moves m "
        "JOIN shifts sh ON sh.id = m.shift_id JOIN users u ON u.id = m.user_id "
        "WHERE sh.station_code = :st AND m.z_no = :z ORDER BY m.created_at",
    )

    # ---- returns: stamped like sales; those made while no shift was open are reported apart
    def returns_head(self, station: str, z: int) -> ReturnsHead:
        return ReturnsHead(
            *self.q(
                f"SELECT count(*), coalesce(sum(r.total_minor), 0) FROM returns r WHERE {_RETURNS}",
                _period(station, z),
            ).fetchone()
        )

    def outside_returns(self, station: str, z: int) -> OutsideReturns:
        p = _period(station, z)
        count = self.q(f"SELECT count(*) FROM returns r WHERE {_RETURNS} AND r.shift_id IS NULL", p).scalar_one()
        cash = self.q(
            "SELECT coalesce(sum(p.amount_minor), 0) FROM returns r JOIN return_payments p "
            f"ON p.return_id = r.id WHERE {_RETURNS} AND r.shift_id IS NULL AND p.kind = 'cash'",
            p,
        ).scalar_one()
        return OutsideReturns(count, cash)

    # what the covered returns paid out, per tender kind
    refunds = _period_rows(
        TenderSum,
        "SELECT p.kind, count(*), sum(p.amount_minor) FROM returns r JOIN return_payments p ON p.return_id = r.id "
        f"WHERE {_RETURNS} GROUP BY p.kind ORDER BY p.kind",
    )

    def return_flags(self, sid: str, until: str) -> list[str]:
        row = self.q("SELECT opened_at FROM shifts WHERE id = ?", (sid,)).fetchone()
        return [
            f"{r[0]} (receipt {r[1]}): {r[2]}"
            for r in self.q(
                "SELECT return_no, original_ref, detail FROM return_flags WHERE received_at >= ? AND received_at <= ? "
                "ORDER BY received_at",
                (row[0], until),
            )
        ]
