"""Click-and-collect orders, picks and the reservation ledger (migration s0005)."""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from ..domain.pickup import OPEN_STATES, Query
from .repositories import Repo


@dataclass(frozen=True)
class OrderRow:
    id: str
    number: str
    store_code: str
    channel: str
    created_at: str
    due_at: str | None
    customer_name: str
    customer_email: str
    customer_phone: str
    currency: str
    payment: str
    paid_minor: int
    total_minor: int
    pickup_code: str
    status: str
    version: int
    received_at: str
    updated_at: str
    accepted_at: str | None
    ready_at: str | None
    closed_at: str | None
    returned_at: str | None
    status_reason: str
    sale_id: str | None
    receipt_no: str | None
    id_check: str | None
    fulfilment: str = "pickup"  # "pickup" | "ship" (migration s0017)
    delivery: str | None = None  # a ship order's delivery address (JSON)
    packed_at: str | None = None
    shipped_at: str | None = None


@dataclass(frozen=True)
class ParcelRow:
    """A parcel of a ship order (migration s0017)."""

    number: int
    weight_g: int
    carrier: str
    tracking: str
    label_printed_at: str | None


class NewReservation(NamedTuple):
    """A row of the reservation ledger to write (a tuple: the INSERT's parameters as it is)."""

    id: str
    product_id: int
    quantity_milli: int  # + reserve, - release
    kind: str  # "reserve" | "release"
    order_id: str
    line_no: int
    station_code: str
    created_at: str


class HeldReservation(NamedTuple):
    """What an order line still holds set aside."""

    product_id: int
    milli: int


@dataclass(frozen=True)
class OrderSummaryRow:
    """One row of a queue or a search (_SUMMARY_COLS)."""

    id: str
    number: str
    customer_name: str
    customer_phone: str
    status: str
    created_at: str
    due_at: str | None
    ready_at: str | None
    payment: str
    total_minor: int
    currency: str
    returned_at: str | None
    items_milli: int  # ordered, all lines
    reserved_milli: int  # still set aside
    fulfilment: str = "pickup"  # "pickup" | "ship" (s0017)


@dataclass(frozen=True)
class PickupLineRow:
    line_no: int
    product_id: int
    sku: str
    name: str
    quantity_milli: int
    unit_price_minor: int
    picked_milli: int
    rejected_milli: int
    reject_reason: str
    collected_milli: int


class HistoryEntry(NamedTuple):
    """A step of an order's history (a tuple too: the desk's screen reads it by position)."""

    status: str
    at: str
    by: str
    source: str  # "station" | "hub"
    detail: str


@dataclass(frozen=True)
class RejectionRow:
    line_no: int
    quantity_milli: int
    reason: str
    movement_id: str | None
    created_at: str


_ORDER_COLS = (
    "id, number, store_code, channel, created_at, due_at, customer_name, customer_email, customer_phone, currency, "
    "payment, paid_minor, total_minor, pickup_code, status, version, received_at, updated_at, accepted_at, "
    "ready_at, closed_at, returned_at, status_reason, sale_id, receipt_no, id_check, fulfilment, delivery, "
    "packed_at, shipped_at"
)

# One row of a queue or a search: what the list on the Pickup screen shows.
_SUMMARY_COLS = (
    "o.id, o.number, o.customer_name, o.customer_phone, o.status, o.created_at, o.due_at, o.ready_at, o.payment, "
    "o.total_minor, o.currency, o.returned_at, "
    "(SELECT coalesce(sum(quantity_milli), 0) FROM pickup_lines l WHERE l.order_id = o.id), "
    "coalesce((SELECT sum(quantity_milli) FROM stock_reservations r WHERE r.order_id = o.id), 0), o.fulfilment"
)


def _prefixed(sort: str) -> str:
    """ "due_at, seq" -> "o.due_at, o.seq" (the outer query's alias)."""
    return ", ".join(f"o.{part.strip()}" for part in sort.split(","))


# The customer's columns from an order's fields (then the phone's digits reversed: searched by their end).
_CUSTOMER = itemgetter("name", "email", "phone", "phone_digits")

_UNRETURNED = "status IN ('cancelled', 'expired') AND returned_at IS NULL AND ready_at IS NOT NULL"
# The desk's pickup queues and its To ship queue never show each other's orders (s0017).
_PICKUP = "fulfilment = 'pickup'"
_SHIP = "fulfilment = 'ship'"

_LINE_COLS = (
    "line_no, product_id, sku, name, quantity_milli, unit_price_minor, picked_milli, rejected_milli, "
    "reject_reason, collected_milli"
)


class PickupRepo(Repo):
    # ---- orders ----------------------------------------------------------------------
    def get(self, order_id: str) -> OrderRow | None:
        return self.row_as(OrderRow, f"SELECT {_ORDER_COLS} FROM pickup_orders WHERE id = ?", (order_id,))

    def insert_order(self, o: dict, now: str) -> None:
        self.q(
            "INSERT INTO pickup_orders(id, number, store_code, channel, created_at, due_at, customer_name, "
            "customer_email, customer_phone, phone_digits, phone_rev, currency, payment, paid_minor, total_minor, "
            "pickup_code, status, version, received_at, updated_at, status_reason, fulfilment, delivery) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                o["order_id"],
                o["number"],
                o["store"],
                o["channel"],
                o["created_at"],
                o["due_at"],
                *_CUSTOMER(o),
                o["phone_digits"][::-1],
                o["currency"],
                o["payment"],
                o["paid_minor"],
                o["total_minor"],
                o["pickup_code"],
                o["status"],
                o["version"],
                now,
                now,
                o.get("reason", ""),
                o.get("fulfilment", "pickup"),
                o.get("delivery"),
            ),
        )

    def update_header(self, o: dict, now: str) -> None:
        """A newer version of an order already here: customer, due time, code and payment facts."""
        self.q(
            "UPDATE pickup_orders SET number = ?, due_at = ?, customer_name = ?, customer_email = ?, "
            "customer_phone = ?, phone_digits = ?, phone_rev = ?, payment = ?, paid_minor = ?, total_minor = ?, "
            "pickup_code = ?, delivery = coalesce(?, delivery), version = ?, updated_at = ? WHERE id = ?",
            (
                o["number"],
                o["due_at"],
                *_CUSTOMER(o),
                o["phone_digits"][::-1],
                o["payment"],
                o["paid_minor"],
                o["total_minor"],
                o["pickup_code"],
                o.get("delivery"),
                o["version"],
                now,
                o["order_id"],
            ),
        )

    def set_version(self, order_id: str, version: int) -> None:
        self.q("UPDATE pickup_orders SET version = max(version, ?) WHERE id = ?", (version, order_id))

    def set_status(self, order_id: str, status: str, now: str, **fields) -> None:
        """Change the status; `fields` sets accepted_at, ready_at, closed_at, returned_at,
        status_reason, sale_id, receipt_no or id_check in the same statement."""
        allowed = {
            "accepted_at",
            "ready_at",
            "closed_at",
            "returned_at",
            "status_reason",
            "sale_id",
            "receipt_no",
            "id_check",
            "version",
            "packed_at",
            "shipped_at",
        }
        extra = [k for k in fields if k not in allowed]
        if extra:
            raise ValueError(f"unknown order fields {extra}")
        sets = "".join(f", {k} = ?" for k in fields)
        self.q(
            f"UPDATE pickup_orders SET status = ?, updated_at = ?{sets} WHERE id = ?",
            (status, now, *fields.values(), order_id),
        )

    def mark_returned(self, order_id: str, now: str) -> None:
        self.q("UPDATE pickup_orders SET returned_at = ?, updated_at = ? WHERE id = ?", (now, now, order_id))

    # ---- lines -----------------------------------------------------------------------
    def insert_lines(self, order_id: str, lines: list[tuple]) -> None:
        """lines: (line_no, product_id, sku, name, quantity_milli, unit_price_minor)."""
        self.q(
            "INSERT INTO pickup_lines(order_id, line_no, product_id, sku, name, quantity_milli, unit_price_minor) "
            "VALUES (?,?,?,?,?,?,?)",
            [(order_id, *ln) for ln in lines],
        )

    def replace_lines(self, order_id: str, lines: list[tuple]) -> None:
        self.q("DELETE FROM pickup_lines WHERE order_id = ?", (order_id,))
        self.insert_lines(order_id, lines)

    def lines(self, order_id: str) -> list[PickupLineRow]:
        return self.rows_as(
            PickupLineRow, f"SELECT {_LINE_COLS} FROM pickup_lines WHERE order_id = ? ORDER BY line_no", (order_id,)
        )

    def save_lines(self, order_id: str, rows: list[tuple]) -> None:
        """rows: (line_no, picked_milli, rejected_milli, reject_reason, collected_milli)."""
        self.q(
            "UPDATE pickup_lines SET picked_milli = ?, rejected_milli = ?, reject_reason = ?, collected_milli = ? "
            "WHERE order_id = ? AND line_no = ?",
            [(p, r, reason, c, order_id, no) for no, p, r, reason, c in rows],
        )

    # ---- history and rejections ------------------------------------------------------
    def add_history(self, order_id: str, status: str, at: str, by: str, source: str, detail: str = "") -> None:
        self.q(
            "INSERT INTO pickup_history(order_id, status, at, by, source, detail) VALUES (?,?,?,?,?,?)",
            (order_id, status, at, by, source, detail),
        )

    def history(self, order_id: str) -> list[HistoryEntry]:
        """Oldest first."""
        return self.rows_as(
            HistoryEntry,
            "SELECT status, at, by, source, detail FROM pickup_history WHERE order_id = ? ORDER BY id",
            (order_id,),
        )

    def add_rejection(
        self,
        rej_id: str,
        order_id: str,
        line_no: int,
        milli: int,
        reason: str,
        movement_id: str | None,
        user_id: int,
        now: str,
    ) -> None:
        self.q(
            "INSERT INTO pickup_rejections(id, order_id, line_no, quantity_milli, reason, movement_id, user_id, "
            "created_at) VALUES (?,?,?,?,?,?,?,?)",
            (rej_id, order_id, line_no, milli, reason, movement_id, user_id, now),
        )

    def rejections(self, order_id: str) -> list[RejectionRow]:
        return self.rows_as(
            RejectionRow,
            "SELECT line_no, quantity_milli, reason, movement_id, created_at FROM "
            "pickup_rejections WHERE order_id = ? ORDER BY created_at",
            (order_id,),
        )

    # ---- the reservation ledger ------------------------------------------------------
    def add_reservations(self, rows: list[NewReservation]) -> None:
        if not rows:
            return
        self.q(
            "INSERT INTO stock_reservations(id, product_id, quantity_milli, kind, order_id, line_no, station_code, "
            "created_at) VALUES (?,?,?,?,?,?,?,?)",
            rows,
        )
        self.q(
            "INSERT OR IGNORE INTO stock_reserved(product_id, reserved_milli) VALUES (?, 0)",
            [(pid,) for _id, pid, *_ in rows],
        )
        self.q(
            "UPDATE stock_reserved SET reserved_milli = reserved_milli + ? WHERE product_id = ?",
            [(milli, pid) for _id, pid, milli, *_ in rows],
        )

    def reserved_milli(self, product_id: int) -> int:
        return self.value("SELECT reserved_milli FROM stock_reserved WHERE product_id = ?", (product_id,), default=0)

    def reservation_sum_milli(self, product_id: int) -> int:
        return self.q(
            "SELECT coalesce(sum(quantity_milli), 0) FROM stock_reservations WHERE product_id = ?", (product_id,)
        ).scalar_one()

    def held_for_order(self, order_id: str) -> dict[int, HeldReservation]:
        """line -> what it still holds, for one order."""
        rows = self.q(
            "SELECT line_no, product_id, sum(quantity_milli) FROM stock_reservations WHERE order_id = ? "
            "GROUP BY line_no, product_id",
            (order_id,),
        ).fetchall()
        return {no: HeldReservation(pid, held) for no, pid, held in rows if held}

    def available_milli(self, product_id: int) -> tuple[int, int]:
        """(on hand, reserved) in milli-units."""
        row = self.q(
            "SELECT coalesce((SELECT on_hand_milli FROM stock_balances WHERE product_id = ?), 0), "
            "coalesce((SELECT reserved_milli FROM stock_reserved WHERE product_id = ?), 0)",
            (product_id, product_id),
        ).fetchone()
        return row[0], row[1]

    # ---- queues and search -----------------------------------------------------------
    def counts(self, fulfilment: str = "pickup") -> dict[str, int]:
        return dict(
            self.q(
                "SELECT status, count(*) FROM pickup_orders WHERE fulfilment = ? GROUP BY status", (fulfilment,)
            ).fetchall()
        )

    def _summaries(
        self, where: str, sort: str, params: tuple, limit: int, outer_sort: str | None = None
    ) -> list[OrderSummaryRow]:
        """Summary rows of the orders matching `where`, sorted, limited: the rows are chosen on
        the indexes first; the per-order sums are worked out for the rows shown only."""
        return self.rows_as(
            OrderSummaryRow,
            f"SELECT {_SUMMARY_COLS} FROM pickup_orders o WHERE o.seq IN "
            f"(SELECT seq FROM pickup_orders WHERE {where} ORDER BY {sort} LIMIT ?) "
            f"ORDER BY {outer_sort or _prefixed(sort)}",
            (*params, limit),
        )

    def queue(self, statuses: tuple[str, ...], limit: int, order_by: str = "due") -> list[OrderSummaryRow]:
        marks = ",".join("?" * len(statuses))
        sort = {"due": "due_at, seq", "ready": "ready_at, seq", "recent": "updated_at DESC, seq"}[order_by]
        return self._summaries(f"status IN ({marks}) AND {_PICKUP}", sort, statuses, limit)

    def ready_since(self, after_ready_at: str, limit: int) -> list[OrderSummaryRow]:
        """Ready orders still within the hold time (made ready after `after_ready_at`), oldest first."""
        return self._summaries(
            f"status = 'ready' AND ready_at > ? AND {_PICKUP}", "ready_at, seq", (after_ready_at,), limit
        )

    def overdue(self, before_ready_at: str, limit: int) -> list[OrderSummaryRow]:
        """Ready orders made ready before `before_ready_at` (held longer than the hold time)."""
        return self._summaries(
            f"status = 'ready' AND ready_at <= ? AND {_PICKUP}", "ready_at, seq", (before_ready_at,), limit
        )

    def count_overdue(self, before_ready_at: str) -> int:
        return self.q(
            f"SELECT count(*) FROM pickup_orders WHERE status = 'ready' AND ready_at <= ? AND {_PICKUP}",
            (before_ready_at,),
        ).scalar_one()

    def unreturned(self, limit: int) -> list[OrderSummaryRow]:
        """Cancelled or expired orders whose items are still set aside (a reservation is held)."""
        return self._summaries(f"{_UNRETURNED} AND {_PICKUP}", "updated_at, seq", (), limit)

    def count_unreturned(self) -> int:
        return self.q(f"SELECT count(*) FROM pickup_orders WHERE {_UNRETURNED} AND {_PICKUP}").scalar_one()

    # ---- the To ship queue and its parcels (s0017) -----------------------------------
    def ship_queue(self, limit: int) -> list[OrderSummaryRow]:
        """Ship orders still to accept, pick, pack or ship, and those the hub stopped whose
        items are still set aside (back to the shelf), by due time."""
        marks = ",".join("?" * len(OPEN_STATES))
        where = f"{_SHIP} AND (status IN ({marks}) OR ({_UNRETURNED}))"
        return self._summaries(where, "due_at, seq", OPEN_STATES, limit)

    def count_ship(self) -> int:
        marks = ",".join("?" * len(OPEN_STATES))
        return self.q(
            f"SELECT count(*) FROM pickup_orders WHERE {_SHIP} AND (status IN ({marks}) OR ({_UNRETURNED}))",
            OPEN_STATES,
        ).scalar_one()

    def parcels(self, order_id: str) -> list[ParcelRow]:
        return self.rows_as(
            ParcelRow,
            "SELECT number, weight_g, carrier, tracking, label_printed_at FROM pickup_parcels "
            "WHERE order_id = ? ORDER BY number",
            (order_id,),
        )

    def add_parcels(self, order_id: str, weights_g: list[int], carrier: str, now: str) -> None:
        """Parcels 1..N of a packed order, with their weights."""
        self.q(
            "INSERT INTO pickup_parcels(order_id, number, weight_g, carrier, created_at) VALUES (?,?,?,?,?)",
            [(order_id, i, w, carrier, now) for i, w in enumerate(weights_g, start=1)],
        )

    def drop_parcels(self, order_id: str) -> None:
        """Before a packed order is packed again (a weight typed wrong): its parcels go."""
        self.q("DELETE FROM pickup_parcels WHERE order_id = ?", (order_id,))

    def labels_printed(self, order_id: str, now: str) -> None:
        self.q("UPDATE pickup_parcels SET label_printed_at = ? WHERE order_id = ?", (now, order_id))

    def set_tracking(self, order_id: str, number: int, carrier: str, tracking: str) -> None:
        self.q(
            "UPDATE pickup_parcels SET carrier = ?, tracking = ? WHERE order_id = ? AND number = ?",
            (carrier, tracking, order_id, number),
        )

    def search(self, query: Query, limit: int) -> list[OrderSummaryRow]:
        """Orders matching a typed or scanned text: pickup code or number (exact), phone (ends
        with the digits: a range on the reversed digits), name or email words (FTS5 prefixes).
        Open orders first, then by due time."""
        parts, params = [], []
        if query.code:
            parts.append("SELECT seq FROM pickup_orders WHERE pickup_code = ?")
            parts.append("SELECT seq FROM pickup_orders WHERE number = ? OR number = ?")
            params += [query.code, query.text, query.text.upper()]
        if query.phone and len(query.phone) >= 4:
            rev = query.phone[-9:][::-1]  # the national part: "06 12 34 56 78" finds "+33 6 12 34 56 78"
            parts.append("SELECT seq FROM pickup_orders WHERE phone_rev >= ? AND phone_rev < ?")
            params += [rev, rev + ":"]  # ":" sorts right after "9"
        if query.words:
            match = " AND ".join(f'"{w}"*' for w in query.words[:6])
            parts.append("SELECT rowid FROM pickup_orders_fts WHERE pickup_orders_fts MATCH ?")
            params.append(match)
        if not parts:
            return []
        open_list = ", ".join(f"'{s}'" for s in OPEN_STATES)  # constants of the domain, not input
        return self._summaries(
            f"seq IN ({' UNION '.join(parts)})",
            f"status NOT IN ({open_list}), due_at, seq",
            tuple(params),
            limit,
            f"o.status NOT IN ({open_list}), o.due_at, o.seq",
        )
