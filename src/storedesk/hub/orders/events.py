"""The hub applies a station's "pickup_status" event (wire.py), registered in hub/handlers.py.

Payload: {"store", "station", "order_id", "status", "at", "user", "lines": [{"line", "picked",
"rejected", "reason", "collected"}], "id_check", "receipt_no"}. Line quantities are decimal
strings and ABSOLUTE: the line's totals at the station when the event was made (not deltas), so
a line missing from `lines` is unchanged, and "rejected"/"collected" never go down (a smaller
value is kept at the larger one). "lines", "id_check" and "receipt_no" may be absent or null.
status "collected" with no lines hands over everything still to hand over; with lines, whatever
was not collected is cancelled. status "rejected" (lines rejected, nothing else) is accepted too.

What the hub does:
- the status change is checked against states.TRANSITIONS; a refused one rejects the event with
  the reason (validation.Invalid), and nothing of it is kept. Late news is not refused: a
  status the order is already past (accepted after picking, ready after the customer
  cancelled, anything after a re-route away from this store) is answered "accepted" and only
  written to the history ("late ready from the store: ... nothing changed"), since an offline
  desk or a second station of the store did nothing wrong and the feed brings it the change
  that overtook it. A station of a store the order was never routed to is refused;
- "ready": ready_at = at, expires_at = at + the store's hold days; the "ready" notification is
  queued;
- newly rejected quantities (reason out_of_stock | damaged | mismatch) before "ready": the hub
  re-routes the whole order to another store by the routing rules (the rejecting stores
  excluded); the old store gets order_status "cancelled" with "rerouted_to", the new one an
  "order" item. When no store can take it, or the order is already ready, the rejected
  quantities are cancelled: a fresh "order" item (next version, smaller quantities) goes to the
  store, or the whole order is cancelled when nothing is left;
- a cancellation racing a collection: the customer cancelled online (or the hub expired the
  order) while the clerk, offline or not yet synced, handed the goods over. The goods have left
  the store; refusing the event would hide that and the stock movements would not match any
  order. So "collected"/"partially_collected" is ACCEPTED from cancelled or expired (the
  transition table marks those rows as conflicts): the order becomes collected, and
  orders.conflict says what happened ("collected_after_cancel: ..."), visible in GET
  /v1/orders/{id}, so someone settles the refund by hand. The same holds for a collection at a
  store the order was re-routed away from;
- every change adds an "order_status" item for the store's other stations (not the sender).

Ship orders (issue 17; see wire.py): statuses accepted, picking, "rejected" (lines re-routed as
for pickup, the part not split again), then "packed" with "parcels": [{"number", "weight_g"}]
and "shipped" with "parcels": [{"number", "weight_g", "carrier", "tracking"}] (final). "parcels"
is absolute (it replaces the parcels held) and allowed with packed and shipped only. "shipped"
with no lines ships everything still to send; with lines, each line's "shipped" (absolute, as
"collected" for a pickup) and what was not shipped is cancelled. A pickup order is never packed
or shipped, a ship order never ready, collected, partially collected or expired (states.fits):
such an event is rejected with the reason. Shipped is physical, like collected: accepted after
an online cancellation and flagged (shipped_after_cancel). The reservation ends with the order
open at the store (states.OPEN_AT_STORE): the store's "ship" stock movement takes over.
"""

from __future__ import annotations

import json
import uuid
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainValidator, model_validator
from sqlalchemy import select, update

from .. import db
from ..errors import Conflict, NotFound, Unprocessable
from ..feed import add_items
from ..ingest import load_store
from ..locations.kinds import WAREHOUSE
from ..locations.service import kind_of
from ..ownership import NotOwned, party
from ..stock import erp
from ..times import utc_text, utcnow_text
from ..validation import Given, Instant, Invalid, Payload, StoreFacts, field, once, parse, quantity, text, whole
from ..values import milli_text
from . import availability, notify, repo, routing, ship, states
from .models import order_lines, order_parcels, order_routing
from .service import RULES, cancel_in_tx, decide, log_decision, routed

REASONS = ("out_of_stock", "damaged", "mismatch")


def _station_status(value) -> str:
    if value not in states.STATION_STATUSES:
        field(f"{value!r}: a station sends one of {', '.join(states.STATION_STATUSES)}")
    return value


def _clerk(value) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        field("must be the clerk's name (1-64 characters)")
    return value.strip()


def _order_id(value) -> str:
    if not isinstance(value, str) or not repo.ORDER_ID.match(value):
        field("must be the hub's order id (32 lowercase hex)")
    return value


def _none_is_empty(value):
    return value or []  # "lines" may be absent, null or empty: no line changes


Total = Annotated[int, quantity("not_negative")] | None  # a line total in thousandths; absent: unchanged


class PickupLine(Payload):
    """A line's ABSOLUTE totals at the station (see the module doc); a rejected quantity has a reason."""

    line: int
    picked: Total = None
    rejected: Total = None
    collected: Total = None
    shipped: Total = None  # a ship order's line: what left in the parcels (kept as "collected")
    reason: Any = None

    @model_validator(mode="before")
    @classmethod
    def _numbered(cls, raw: Any) -> Any:
        if not isinstance(raw, dict) or type(raw.get("line")) is not int:
            field("must be an object with an integer line")
        return raw

    @model_validator(mode="after")
    def _reasoned(self) -> PickupLine:
        if (self.rejected or 0) > 0 and self.reason not in REASONS:
            whole(f"a rejected quantity needs a reason, one of {', '.join(REASONS)}")
        if self.shipped is not None and self.collected is not None:
            whole("a line is either collected (pickup) or shipped (ship), not both")
        return self

    def update(self) -> dict:
        """The quantities it sets (thousandths) and its reason: `_merge_lines`' input."""
        left = self.collected if self.shipped is None else self.shipped
        got = {"picked": self.picked, "rejected": self.rejected, "collected": left}
        return {**{k: v for k, v in got.items() if v is not None}, "reason": self.reason}


class Parcel(Payload):
    """A parcel of a ship order: its number in the order, its weight, and once shipped the carrier
    and the tracking number."""

    number: Annotated[int, Field(ge=1, le=999)]
    weight_g: Annotated[int, Field(ge=1, le=1_000_000)]
    carrier: Annotated[str, text(64)] | None = None
    tracking: Annotated[str, text(100)] | None = None


class PickupStatus(Payload):
    """wire.py's pickup_status; store and station are the token's (ownership.party)."""

    store: Given
    station: Given
    status: Annotated[str, PlainValidator(_station_status)]
    at: Instant
    user: Annotated[str, PlainValidator(_clerk)]
    order_id: Annotated[str, PlainValidator(_order_id)]
    lines: Annotated[list[PickupLine], BeforeValidator(_none_is_empty)] = []
    id_check: Any = None
    receipt_no: Any = None
    parcels: list[Parcel] | None = None

    @model_validator(mode="after")
    def _parcels(self) -> PickupStatus:
        if self.status not in (states.PACKED, states.SHIPPED):
            if self.parcels:
                whole(f"parcels come with status packed or shipped, not {self.status}")
            return self
        if not self.parcels:
            whole(f"status {self.status} needs its parcels: [{{number, weight_g, ...}}]")
        once((p.number for p in self.parcels), "parcels", "number")
        if self.status == states.SHIPPED and not all(p.carrier and p.tracking for p in self.parcels):
            whole("status shipped needs each parcel's carrier and tracking number")
        return self


def _parse(payload, store: StoreFacts, station: str) -> dict:
    p = parse(PickupStatus, payload, "pickup_status", store)
    party(payload, store.code, station)
    return {
        "order_id": p.order_id,
        "status": p.status,
        "at": utc_text(p.at),
        "user": p.user,
        "lines": {ln.line: ln.update() for ln in p.lines},
        "id_check": p.id_check,
        "receipt_no": p.receipt_no,
        "parcels": [x.model_dump() for x in p.parcels or ()],
    }


def _merge_lines(order: dict, lines: list[dict], updates: dict, status: str, central: bool) -> tuple[list, int, list]:
    """Apply the absolute quantities; returns (newly rejected [(line, qty, reason)], value newly
    collected, changed lines). `central`: the order was closed centrally (or is elsewhere), so its
    cancelled quantities do not limit what "collected" with no lines hands over."""
    by_no = {ln["line"]: ln for ln in lines}
    unknown = sorted(set(updates) - set(by_no))
    if unknown:
        raise Invalid(f"order {order['number']} has no line {', '.join(map(str, unknown))}")
    rejected, collected_value, changed = [], 0, []
    for no, ln in by_no.items():
        u = updates.get(no, {})
        before = dict(ln)
        qty = ln["quantity_milli"]
        if "picked" in u:
            ln["picked_milli"] = u["picked"]
        new_rej = max(ln["rejected_milli"], u.get("rejected", 0))
        new_col = max(ln["collected_milli"], u.get("collected", 0))
        if status in DONE and not updates:
            left = qty - new_rej if central else qty - ln["cancelled_milli"] - (new_rej - ln["rejected_milli"])
            new_col = max(new_col, left)
        for key, v in (("picked", ln["picked_milli"]), ("rejected", new_rej), ("collected", new_col)):
            if v > qty:
                raise Invalid(f"line {no}: {key} {milli_text(v)} is more than the {milli_text(qty)} ordered")
        if ln["picked_milli"] + new_rej > qty:
            raise Invalid(
                f"line {no}: picked {milli_text(ln['picked_milli'])} + rejected {milli_text(new_rej)} "
                f"is more than the {milli_text(qty)} ordered"
            )
        if new_col + new_rej > qty:
            raise Invalid(
                f"line {no}: collected {milli_text(new_col)} + rejected {milli_text(new_rej)} "
                f"is more than the {milli_text(qty)} ordered"
            )
        if new_rej > ln["rejected_milli"]:
            rejected.append((no, new_rej - ln["rejected_milli"], u["reason"]))
            ln["reject_reason"] = u["reason"]
        if new_col > ln["collected_milli"]:
            collected_value += repo.line_total(new_col - ln["collected_milli"], ln["unit_price_minor"])
        ln["rejected_milli"], ln["collected_milli"] = new_rej, new_col
        # never more cancelled than what was not handed over (a collection after a cancellation)
        ln["cancelled_milli"] = min(ln["cancelled_milli"], qty - new_col)
        if status in DONE:  # done: what was not handed over (or shipped) is cancelled
            ln["cancelled_milli"] = qty - new_col
        elif status == states.PARTIALLY_COLLECTED and new_rej > before["rejected_milli"]:
            # rejected at the handover (goods already with the customer: no re-routing)
            ln["cancelled_milli"] = min(qty - new_col, ln["cancelled_milli"] + new_rej - before["rejected_milli"])
        if ln != before:
            changed.append(ln)
    return rejected, collected_value, changed


DONE = (states.COLLECTED, states.SHIPPED)  # the goods left the store: what did not is cancelled


def _save_lines(conn, order_id: str, changed: list[dict]) -> None:
    for ln in changed:
        conn.execute(
            update(order_lines)
            .where(order_lines.c.order_id == order_id, order_lines.c.line == ln["line"])
            .values(
                picked_milli=ln["picked_milli"],
                rejected_milli=ln["rejected_milli"],
                reject_reason=ln["reject_reason"],
                collected_milli=ln["collected_milli"],
                cancelled_milli=ln["cancelled_milli"],
            )
        )


def apply_pickup_status(conn, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    p = _parse(payload, store, station)
    order = repo.load(conn, p["order_id"], lock=True)
    if order is None:
        raise Invalid(f"unknown order {p['order_id']}")
    apply_status(conn, order, store.code, station, states.STATION, f"station {store.code}/{station}", p, event_id, now)


def apply_status(
    conn, order: dict, here: str, station: str | None, kind: str, actor: str, p: dict, event_id: str, now: str
) -> None:
    """Apply a parsed status (`_parse`'s dict) reported by the location `here`: a store's station
    (kind states.STATION), or the ERP for a warehouse's order (states.ERP, station None,
    `erp_shipment`)."""
    status = p["status"]
    try:
        states.fits(order["fulfilment"], status)
    except states.Refused as exc:
        raise Invalid(f"order {order['number']}: {exc}") from None
    physical = status in PHYSICAL
    elsewhere = order["store"] != here
    if elsewhere and not _was_routed_to(conn, order["id"], here):  # name none of its data
        raise NotOwned(f"order {p['order_id']} was never routed to store {here}")
    if _stale(order["status"], status, elsewhere):
        _note_stale(conn, order, status, kind, actor, p, event_id, now, elsewhere)
        return
    if status == states.PARTIALLY_COLLECTED and not any("collected" in u for u in p["lines"].values()):
        raise Invalid("partially_collected needs lines with their collected quantities")
    lines = repo.lines_of(conn, order["id"])
    central = elsewhere or order["status"] in states.FINAL
    rejected, collected_value, changed = _merge_lines(order, lines, p["lines"], status, central)
    to = order["status"] if status == "rejected" else status
    if status == "rejected" and not rejected:
        raise Invalid("status rejected needs at least one line with a newly rejected quantity and its reason")
    conflict = _conflict(order, status, to, here, p["at"], elsewhere, kind)
    _save_lines(conn, order["id"], changed)
    reason = _reason(p, rejected, conflict)
    changes = _order_changes(conn, order, to, here, p["at"], lines, conflict, elsewhere, collected_value)
    previous_store = order["store"]
    order = repo.record(
        conn,
        order,
        to,
        kind,
        actor,
        p["at"],
        now,
        reason,
        user=p["user"],
        event_id=event_id,
        check=False,
        **changes,
    )
    if to in (states.READY, states.EXPIRED):
        notify.queue(conn, order, "ready" if to == states.READY else "expired", now)
    if p["parcels"]:
        ship.save_parcels(conn, order["id"], p["parcels"], to, p["at"])
    if to == states.SHIPPED:  # the customer hears it once, with the tracking numbers
        notify.queue(conn, {**order, "parcels": p["parcels"]}, "shipped", now)
    ship.after_change(conn, order, now, event_id)
    items: list[tuple[str | None, str | None, str, dict]] = [
        (here, station, "order_status", repo.feed_status(order, p["at"], actor, reason))
    ]
    if elsewhere and previous_store:
        assert conflict is not None, "_conflict always writes a note for a handover at another store"
        items.append((previous_store, None, "order_status", repo.feed_status(order, p["at"], actor, conflict)))
    add_items(conn, items, now)
    if rejected and not physical:
        _after_rejection(conn, order, lines, here, rejected, now, event_id)


def _conflict(order: dict, status: str, to: str, store_code: str, at: str, elsewhere: bool, who: str) -> str | None:
    """What the order's conflict note gains from this status (a handover at another store, or after a
    central change), if anything; Invalid when the order cannot take the status."""
    if elsewhere:
        return (
            f"collected_elsewhere: store {store_code} handed order {order['number']} over at {at} "
            f"while it was {order['status']} at {order['store'] or 'no store'}"
        )
    if status == "rejected":
        if order["status"] not in states.OPEN_AT_STORE:
            raise Invalid(f"order {order['number']} is {order['status']}: nothing left to reject")
        return None
    try:
        t = states.check(order["status"], to, who)
    except states.Refused as exc:
        raise Invalid(f"order {order['number']}: {exc}") from None
    if not t.conflict:
        return None
    return (
        f"{t.conflict}: store {store_code} handed order {order['number']} over at {at} after "
        f"it was {order['status']} centrally (at {order['updated_at']}); check the refund and the "
        f"stock"
    )


def _order_changes(
    conn,
    order: dict,
    to: str,
    store_code: str,
    at: str,
    lines: list,
    conflict: str | None,
    elsewhere: bool,
    collected_value: int,
) -> dict[str, object]:
    """The order's columns this status changes besides the status: total, conflict note, store,
    what was paid at pickup, and the hold when it becomes ready."""
    changes: dict[str, object] = {"total_minor": repo.total_minor(lines)}
    if conflict:
        changes["conflict"] = conflict if not order["conflict"] else f"{order['conflict']}\n{conflict}"
    if elsewhere:
        changes["store"] = store_code
    if order["payment"] == "pay_at_pickup" and collected_value:
        changes["paid_minor"] = order["paid_minor"] + collected_value
    if to == states.READY and order["status"] != states.READY:
        hold = availability.store_settings(conn, store_code)["hold_days"]
        changes["ready_at"] = at
        changes["expires_at"] = changes["due_at"] = repo.plus_days(at, hold)
    return changes


# How far an open order has got; a station status behind it is late news (another station of
# the store went further, or the events of an offline desk arrive after the hub moved on).
RANK = {
    states.ROUTED: 0,
    states.ACCEPTED: 1,
    states.PICKING: 2,
    states.READY: 3,
    states.PACKED: 3,
    states.PARTIALLY_COLLECTED: 4,
}
PHYSICAL = (states.COLLECTED, states.PARTIALLY_COLLECTED, states.SHIPPED)  # the goods left: never stale


def _stale(current: str, status: str, elsewhere: bool) -> bool:
    """A non-physical status the order is already past: kept in the history, changes nothing.
    (A handover is never stale: see the module doc.)"""
    if status in PHYSICAL:
        return False
    if elsewhere or current in states.FINAL:
        return True
    return status in RANK and RANK[status] < RANK.get(current, 0)


def _was_routed_to(conn, order_id: str, store: str) -> bool:
    return (
        conn.execute(
            select(order_routing.c.id).where(
                order_routing.c.order_id == order_id,
                order_routing.c.store == store,
                order_routing.c.action == routing.ROUTE,
            )
        ).first()
        is not None
    )


def _note_stale(
    conn, order: dict, status: str, kind: str, actor: str, p: dict, event_id: str, now: str, elsewhere: bool
) -> None:
    """Accepted, not applied: the store's news is older than the order's state. The event is
    answered "accepted" (it is not wrong, only late: the store already has, or will get from the
    feed, the change that overtook it) and a history row says what arrived and why it changed
    nothing."""
    where = f" at {order['store'] or 'no store'}" if elsewhere else ""
    reason = f"late {status} from the store: the order is already {order['status']}{where}; nothing changed"
    kept = order["status"]  # the history says the status stayed; the version does not move
    repo.add_history(conn, order, order["version"], kept, kind, actor, p["at"], now, reason, p["user"], event_id)


def _reason(p: dict, rejected: list, conflict: str | None) -> str:
    parts = []
    if rejected:
        parts.append("rejected " + ", ".join(f"line {no} {milli_text(q)} ({why})" for no, q, why in rejected))
    if p["id_check"]:
        check = p["id_check"] if isinstance(p["id_check"], str) else json.dumps(p["id_check"], sort_keys=True)
        parts.append(f"id check: {check[:200]}")
    if p["receipt_no"]:
        parts.append(f"receipt {str(p['receipt_no'])[:64]}")
    if conflict:
        parts.append(conflict)
    return "; ".join(parts)


def _after_rejection(conn, order: dict, lines: list[dict], here: str, rejected: list, now: str, event_id: str) -> None:
    """Re-route the whole order elsewhere, or cancel the rejected quantities (see module doc)."""
    what = ", ".join(f"line {no} {milli_text(q)} {why}" for no, q, why in rejected)
    conn.execute(
        order_routing.insert().values(
            order_id=order["id"],
            at=now,
            rule="store rejection",
            action="rejected",
            store=here,
            reason=f"{here} rejected {what}",
        )
    )
    if order["status"] in states.BEFORE_READY:
        excluded = {
            r.store
            for r in conn.execute(
                select(order_routing.c.store).where(
                    order_routing.c.order_id == order["id"], order_routing.c.action == "rejected"
                )
            )
        }
        fresh = [{**ln, "picked_milli": 0, "rejected_milli": 0, "reject_reason": None} for ln in lines]
        d = decide(conn, order, fresh, frozenset(excluded), RULES, now=now, allow_split=False)
        log_decision(conn, order["id"], now, d)
        if d.action == routing.ROUTE:
            _save_lines(conn, order["id"], fresh)
            order = routed(conn, order, d, f"re-routed from {here}: {d.reason}", now, event_id)
            add_items(
                conn,
                [
                    (
                        here,
                        None,
                        "order_status",
                        repo.feed_status(
                            order,
                            now,
                            "hub",
                            f"re-routed to {d.store}: {what}",
                            status=states.CANCELLED,
                            store=here,
                            rerouted_to=d.store,
                        ),
                    ),
                    (d.store, None, "order", repo.feed_order(order, fresh)),
                ],
                now,
            )
            return
    # stay here: the rejected quantities are cancelled
    for no, q, _why in rejected:
        ln = next(x for x in lines if x["line"] == no)
        ln["cancelled_milli"] = min(ln["quantity_milli"] - ln["collected_milli"], ln["cancelled_milli"] + q)
    _save_lines(conn, order["id"], lines)
    if all(repo.remaining(ln) <= 0 for ln in lines) and not any(ln["collected_milli"] for ln in lines):
        cancel_in_tx(
            conn,
            order,
            lines,
            states.HUB,
            "hub",
            f"no store can supply the order after {here} rejected {what}",
            now,
            event_id=event_id,
        )
        return
    total = repo.total_minor(lines)
    order = repo.record(
        conn,
        order,
        order["status"],
        states.HUB,
        "hub",
        now,
        now,
        f"cancelled rejected quantities ({what}); no other store has every line",
        event_id=event_id,
        total_minor=total,
    )
    add_items(conn, [(here, None, "order", repo.feed_order(order, lines))], now)


# --------------------------------------------------------------------------- a warehouse's shipment
ERP_SHIPMENT = "erp_shipment"  # the events row of the ERP's report, in the warehouse's journal
SHIPMENT_FIELDS = ("status", "at", "parcels")


def erp_shipment(engine, ref: str, body) -> dict:
    """The ERP reports a warehouse's ship order packed or shipped (POST /v1/orders/{id}/shipment;
    a warehouse has no station): {"status": "packed" | "shipped", "at", "parcels": [{"number",
    "weight_g", "carrier", "tracking"}]}, under the rules of a station's pickup_status packed or
    shipped (`apply_status`, actor kind states.ERP; "shipped" ships every line still to send).
    At shipped the hub writes the warehouse's "ship" movements itself (stock/erp.ship_out), in the
    same transaction, so the reservation ends and the stock leaves once; the customer's "shipped"
    notification is queued. The same status with the same parcels again (a retry) changes nothing;
    a shipped order takes nothing else (409). Returns the order's view."""
    return db.run_write(engine, lambda conn: _erp_shipment(conn, ref, body), feed=True)


def _parcels_held(conn, order_id: str) -> list[tuple]:
    q = select(order_parcels).where(order_parcels.c.order_id == order_id)
    return sorted((r.number, r.weight_g, r.carrier, r.tracking) for r in conn.execute(q))


def _erp_shipment(conn, ref: str, body) -> dict:
    found = repo.find(conn, ref) if len(ref) <= 64 else None
    if found is None:
        raise NotFound(f"no order {ref!r}")
    order = repo.load(conn, found["id"], lock=True)
    assert order is not None, "found in this transaction, and orders are never deleted"
    here = order["store"]
    if not here or kind_of(conn, here) != WAREHOUSE:
        where = f"store {here}, whose station reports it" if here else "no location yet"
        raise Conflict(
            f"order {order['number']} is not routed to a warehouse (it is at {where}): "
            "the ERP reports only a warehouse's shipments"
        )
    if not isinstance(body, dict):
        raise Unprocessable('the body must be a JSON object {"status", "at", "parcels"}')
    unknown = sorted(set(body) - set(SHIPMENT_FIELDS))
    if unknown:
        raise Unprocessable(f"unknown field(s) {', '.join(unknown)}; a shipment has {', '.join(SHIPMENT_FIELDS)}")
    if body.get("status") not in (states.PACKED, states.SHIPPED):
        raise Unprocessable("status must be packed or shipped")
    payload = {"store": here, "station": erp.ERP_STATION, "user": "ERP", "order_id": order["id"], **body}
    try:
        p = _parse(payload, load_store(conn, here), erp.ERP_STATION)
    except Invalid as exc:
        raise Unprocessable(str(exc)) from None
    status, number = p["status"], order["number"]
    asked = sorted((x["number"], x["weight_g"], x["carrier"], x["tracking"]) for x in p["parcels"])
    if order["status"] == status and _parcels_held(conn, order["id"]) == asked:
        return repo.view(conn, order)  # a retry: already so
    if order["status"] == states.SHIPPED:
        why = " with other parcels" if status == states.SHIPPED else f": it cannot be {status} now"
        raise Conflict(f"order {number} was already shipped{why}; nothing changed")
    if _stale(order["status"], status, False):
        raise Conflict(f"order {number} is {order['status']}: it can no longer be {status}")
    now = utcnow_text()
    event_id = uuid.uuid4().hex
    data = {"order_id": order["id"], "number": number, "status": status, "at": p["at"], "parcels": p["parcels"]}
    erp.record_event(conn, here, ERP_SHIPMENT, event_id, data, p["at"])
    before = {ln["line"]: ln["collected_milli"] for ln in repo.lines_of(conn, order["id"])}
    try:
        apply_status(conn, order, here, None, states.ERP, f"erp {here}", p, event_id, now)
    except Invalid as exc:
        raise Conflict(str(exc)) from None
    if status == states.SHIPPED:
        left = [
            (ln["line"], ln["sku"], ln["collected_milli"] - before[ln["line"]])
            for ln in repo.lines_of(conn, order["id"])
        ]
        erp.ship_out(conn, here, event_id, number, left, p["at"])
    done = repo.load(conn, order["id"])
    assert done is not None
    return repo.view(conn, done)
