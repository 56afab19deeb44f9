"""HTTP routes of click-and-collect: POST /v1/orders (channel; or a station: the endless aisle,
store_orders.py, contract in sync/wire.py), POST /v1/orders/batch, GET /v1/orders/{id} (the channel
that placed it, the ERP, or a station of the store it is routed to or whose till placed it), POST
/v1/orders/{id}/cancel (the channel: the customer cancelled online; a station: its till's order whose
sale did not complete), POST /v1/orders/{id}/shipment (the ERP: a warehouse's ship order packed or
shipped, events.erp_shipment). The work is in the other modules of hub/orders/.

The body is read as plain JSON and checked by hub/orders/intake.py, so a bad order gets one clear
sentence in {"detail": "..."} (422), and the idempotency hash is over exactly what was sent.
"""

from __future__ import annotations

from fastapi import APIRouter, Body, Depends, Header
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Engine

from ...i18n import msg
from .. import db, deps
from ..auth import CHANNEL, ERP, STATION, Principal, authenticate, require_station
from ..errors import Forbidden, NotFound, Unprocessable
from . import events, repo, service, store_orders
from .intake import PAID_IN_STORE, STORE_CHANNEL

router = APIRouter(tags=["orders"])

ORDER_EXAMPLE = {
    "idempotency_key": "web-10023",
    "pickup_store": "PAR01",
    "payment": "paid_online",
    "currency": "EUR",
    "customer": {"name": "Ana Silva", "email": "ana@example.com", "phone": "+33 6 12 34 56 78"},
    "lines": [{"sku": "SKU0000005", "quantity": "2", "unit_price_minor": 319}],
}


def _channel(who: Principal) -> Principal:
    if who.kind != CHANNEL:
        raise Forbidden(f"a {who.kind} token cannot place or cancel web orders; use a channel token")
    return who


def _may_read(who: Principal, order: dict) -> bool:
    """The channel that placed it, the ERP, a station of the store it is routed to or of the store
    whose till placed it."""
    if who.kind == STATION:
        return who.store == order["store"] or order["channel"] == f"{STORE_CHANNEL}{who.store}"
    return who.kind == ERP or (who.kind == CHANNEL and who.name == order["channel"])


@router.post(
    "/v1/orders",
    status_code=201,
    responses={
        200: {"description": "a repeat of an idempotency key: the same order"},
        409: {"description": "the idempotency key was used for another body"},
        422: {"description": "the body does not describe an order (detail says why)"},
    },
)
def post_order(
    body: dict = Body(..., examples=[ORDER_EXAMPLE]),
    idempotency_key: str | None = Header(None),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Create a click-and-collect order and route it (the answer is GET /v1/orders/{id}'s). A
    station token: its till's order for a customer (sync/wire.py), answered with "destinations"."""
    in_store = isinstance(body, dict) and (body.get("payment") == PAID_IN_STORE or PAID_IN_STORE in body)
    if who.kind == STATION:
        if not in_store:
            raise Forbidden(
                f"a station token places only its till's orders (payment {PAID_IN_STORE}); use a channel token"
            )
        status, view = store_orders.create(engine, require_station(who), body, idempotency_key)
    else:
        _channel(who)
        if in_store:
            raise Forbidden(f"only a store's till (a station token) may place an order {PAID_IN_STORE}")
        status, view = service.create(engine, who.name, body, idempotency_key)
    return JSONResponse(view, status_code=status, headers={"Location": f"/v1/orders/{view['order_id']}"})


@router.post("/v1/orders/batch", responses={422: {"description": "orders is not a list of 1..500"}})
def post_orders_batch(
    body: dict = Body(..., examples=[{"orders": [ORDER_EXAMPLE]}]),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Up to 500 orders in one transaction (one disk flush), each on its own: {"results": [{"status":
    201 | 200 | 409 | 422, "order": {...} | "detail": "..."}]}, one per order, in order. Each
    order carries its idempotency_key in the body."""
    _channel(who)
    results = service.create_many(engine, who.name, body.get("orders") if isinstance(body, dict) else None)
    return {"results": [{"status": code, **({"order": out} if code in (200, 201) else out)} for code, out in results]}


@router.get("/v1/orders/{ref}")
def get_order(ref: str, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """One order by id (32 hex) or number (W000042): status, lines, routing, history, conflict."""
    if len(ref) > 64:
        raise NotFound(msg("hub", "no such order"))
    with db.read_conn(engine) as conn:
        order = repo.find(conn, ref)
        if order is None:
            raise NotFound(msg("hub", "no order {order}", order=repr(ref)))
        if not _may_read(who, order):
            raise Forbidden(msg("hub", "this token may not read order {order}", order=order["number"]))
        return repo.view(conn, order)


@router.post("/v1/orders/{ref}/cancel", responses={409: {"description": "already collected, cancelled or expired"}})
def cancel_order(
    ref: str,
    body: dict | None = Body(None),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """The customer cancelled online: the order's store gets an order_status "cancelled" item.
    Body (optional): {"reason": "..."}. A station cancels its till's order whose sale did not
    complete, before anything is picked: {"sale_ref": "...", "reason": "..."} (sync/wire.py)."""
    if who.kind == STATION:
        return store_orders.cancel(engine, require_station(who), ref, body)
    _channel(who)
    reason = (body or {}).get("reason") or ""
    if not isinstance(reason, str) or len(reason) > 500:
        raise Unprocessable("reason must be a text of at most 500 characters")
    return service.cancel(engine, who.name, ref, reason)


SHIPMENT_EXAMPLE = {
    "status": "shipped",
    "at": "2026-03-14T12:00:00+01:00",
    "parcels": [{"number": 1, "weight_g": 1200, "carrier": "manual", "tracking": "TRK-0001"}],
}


@router.post(
    "/v1/orders/{ref}/shipment",
    responses={
        409: {"description": "not routed to a warehouse, already shipped with other parcels, or cancelled"},
        422: {"description": "the body is not a shipment (detail says why)"},
    },
)
def post_shipment(
    ref: str,
    body: dict = Body(..., examples=[SHIPMENT_EXAMPLE]),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """The ERP reports a warehouse's ship order packed or shipped (a warehouse has no station):
    {"status": "packed" | "shipped", "at": ISO 8601 with offset, "parcels": [{"number", "weight_g",
    "carrier", "tracking"}]} (carrier and tracking required when shipped). At shipped the hub
    writes the warehouse's "ship" stock movements itself (one per line, doc_ref the order number):
    the ERP must not post them. The same report again is answered with the order, unchanged."""
    if who.kind != ERP:
        raise Forbidden(
            f"a {who.kind} token cannot report a warehouse's shipment; use the ERP token "
            "(a store's station reports its own orders with pickup_status)"
        )
    return events.erp_shipment(engine, ref, body)
