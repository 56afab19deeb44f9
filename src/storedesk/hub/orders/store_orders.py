"""The endless aisle at the hub (issue 17): a store's till orders for its customer with its own
station token, and the customer pays in the till's sale. The contract is in sync/wire.py
("POST /v1/orders (station token)").

The order is an ordinary order of the channel "store:<the token's store>", paid "paid_in_store",
with the station's uuid as its id and idempotency key (a retry after a lost answer gets the same
order; the same id with another body is refused). It is routed by the same rules as a channel's
(pickup: the chosen store, else the nearest that has every line; ship: the ship rules), except
that a till never takes money for what no location can promise: when routing finds nobody, the
order is not created (409). The money is the till's sale event, which day totals count; the
order adds nothing to them (reports/exports.py sums sales only).

The till may cancel its own order while nothing has been picked (its sale did not complete), by
giving the sale_ref again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ...i18n import msg
from .. import db
from ..auth import StationCaller
from ..errors import Conflict, Forbidden, NotFound
from ..models import stores
from ..times import utcnow_text
from ..values import milli_text, quantity_milli
from . import repo, service, ship, states
from .intake import PAID_IN_STORE, OrderIn, Till, Unprocessable, parse

TILL_FIELDS = ("order_id", "channel", "paid_in_store")
# a till's order may still be cancelled from the till: nothing picked at its store yet
CANCELLABLE = (states.ROUTED, states.ACCEPTED, states.NEEDS_TRANSFER)


def parse_till(body, caller: StationCaller, header_key: str | None) -> tuple[OrderIn, Till]:
    """The order and the till that places it; 422 for a malformed body, 403 for another store's
    channel or another station."""
    if not isinstance(body, dict):
        raise Unprocessable("the body must be a JSON object")
    order_id = body.get("order_id")
    if not isinstance(order_id, str) or not repo.ORDER_ID.match(order_id):
        raise Unprocessable("order_id must be 32 lowercase hex digits (a uuid made by the station)")
    if "idempotency_key" in body or header_key not in (None, order_id):
        raise Unprocessable("a till's order has no idempotency key: its order_id is the key")
    till = Till(caller.store, caller.station, _sale_ref(body, caller), order_id)
    channel = body.get("channel", till.channel)
    if channel != till.channel:
        raise Forbidden(f"a till of {caller.store} orders for the channel {till.channel}, not {channel!r}")
    if body.get("payment") != PAID_IN_STORE:
        raise Unprocessable(f"a till's order is paid in the till's sale: payment must be {PAID_IN_STORE}")
    if body.get("currency") is None:
        raise Unprocessable("a till's order needs its currency (the store's, such as EUR)")
    order = parse({k: v for k, v in body.items() if k not in TILL_FIELDS}, order_id, payments=(PAID_IN_STORE,))
    return order, till


def _sale_ref(body: dict, caller: StationCaller) -> str:
    sale = body.get("paid_in_store")
    if not isinstance(sale, dict) or set(sale) - {"station", "sale_ref"}:
        raise Unprocessable('paid_in_store must be {"station": "...", "sale_ref": "..."}')
    if sale.get("station") != caller.station:
        raise Forbidden(f"paid_in_store.station must be this token's station {caller.station}")
    ref = sale.get("sale_ref")
    if not isinstance(ref, str) or not 1 <= len(ref.strip()) <= 64 or ref != ref.strip():
        raise Unprocessable("paid_in_store.sale_ref must be the sale's id: 1 to 64 characters, no spaces around")
    return ref


def create(engine: Engine, caller: StationCaller, body, header_key: str | None = None) -> tuple[int, dict]:
    """(201, the order with its destinations) for a new till order, (200, the same) for a retry."""
    order, till = parse_till(body, caller, header_key)
    digest = service.request_hash(body)

    def work(conn: Connection) -> tuple[int, dict]:
        _check_currency(conn, order, till)
        _check_id_free(conn, till)
        return service.create_in_tx(conn, till.channel, order, digest, service.RULES, till=till)

    try:
        status, view = db.run_write(engine, work, feed=True)
    except IntegrityError:  # the same order id, committed by another request meanwhile
        with db.read_conn(engine) as conn:
            replay = service.replay_of(conn, till.channel, till.order_id, digest)
        if replay is None:
            raise
        status, view = replay
    return status, with_destinations(view)


def _check_currency(conn: Connection, order: OrderIn, till: Till) -> None:
    mine = conn.execute(select(stores.c.currency).where(stores.c.code == till.store)).scalar_one_or_none()
    if order.currency != mine:
        raise Unprocessable(f"currency {order.currency} is not the currency of store {till.store} ({mine})")


def _check_id_free(conn: Connection, till: Till) -> None:
    """The station's order id is the order's id: one another channel's order holds is refused."""
    held = repo.load(conn, till.order_id)
    if held is not None and (held["channel"] != till.channel or held["idempotency_key"] != till.order_id):
        raise service.KeyReused(f"order id {till.order_id} is already the id of order {held['number']}")


def with_destinations(view: dict) -> dict:
    """The order as GET shows it, plus where each line goes: one row per line still to hand over
    or ship (or already handed over), one per part of a split order."""
    if view.get("parts"):
        rows = [
            {**ln, "store": part["store"], "number": part["number"]}
            for part in view["parts"]
            if part["status"] != states.CANCELLED
            for ln in part["lines"]
        ]
    else:
        rows = [
            {"line": ln["line"], "sku": ln["sku"], "quantity": q, "store": view["store"], "number": view["number"]}
            for ln in view["lines"]
            if (q := _left(ln)) != "0"
        ]
    return {**view, "destinations": rows}


def _left(line: dict) -> str:
    """The line as ordered less what was cancelled (decimal text, as the view's quantities)."""
    left = quantity_milli(line["quantity"]) - quantity_milli(line["cancelled"])
    return milli_text(left) if left > 0 else "0"


# --------------------------------------------------------------------------- cancel
def cancel(engine: Engine, caller: StationCaller, ref: str, body: dict | None) -> dict:
    """The till's sale did not complete: cancel its order, while nothing has been picked."""
    sale_ref, reason = _cancel_body(body)

    def work(conn: Connection) -> dict:
        found = repo.find(conn, ref)
        if found is None:
            raise NotFound(msg("hub", "no order {order}", order=repr(ref)))
        if found["channel"] != f"store:{caller.store}" or found["sale_ref"] != sale_ref:
            raise Forbidden(msg("hub", "Order {order} was not made by this sale", order=found["number"]))
        order = repo.load(conn, found["id"], lock=True)
        assert order is not None, "found in this transaction, and orders are never deleted"
        if order["status"] == states.CANCELLED:  # a retry after a lost answer
            return repo.view(conn, order)
        orders = ship.parts_of(conn, order["id"]) if order["status"] == states.SPLIT else [order]
        lines = {o["id"]: repo.lines_of(conn, o["id"]) for o in orders}
        if any(_started(o, lines[o["id"]]) for o in orders):
            raise Conflict(
                msg(
                    "hub",
                    "Order {order} is already being prepared: it can no longer be cancelled",
                    order=order["number"],
                )
            )
        now, actor = utcnow_text(), f"station {caller.store}/{caller.station}"
        why = reason or f"the sale {sale_ref} at the till {caller.store}/{caller.station} did not complete"
        for o in orders:
            if o["status"] != states.CANCELLED:
                service.cancel_in_tx(conn, o, lines[o["id"]], states.CHANNEL, actor, why, now)
        done = repo.load(conn, order["id"])
        assert done is not None, "orders are never deleted"
        return repo.view(conn, done)

    return db.run_write(engine, work, feed=True)


def _started(order: dict, lines: list[dict]) -> bool:
    """Its store started on it: picking, packed, handed over or shipped (a cancelled part is not)."""
    if order["status"] == states.CANCELLED:
        return False
    return order["status"] not in CANCELLABLE or any(ln["picked_milli"] or ln["collected_milli"] for ln in lines)


def _cancel_body(body: dict | None) -> tuple[str, str]:
    body = body or {}
    sale_ref, reason = body.get("sale_ref"), body.get("reason") or ""
    if not isinstance(sale_ref, str) or not sale_ref:
        raise Unprocessable("a till cancels its order with the sale_ref of the sale that made it")
    if not isinstance(reason, str) or len(reason) > 500:
        raise Unprocessable("reason must be a text of at most 500 characters")
    return sale_ref, reason
