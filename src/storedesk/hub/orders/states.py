"""The order state machine as a table (data, not scattered ifs).

Each row: (from, to, who may make it, conflict). `who` is a set of actor kinds: "hub" (routing,
expiry), "channel" (the web shop: cancellation), "station" (the pickup desk, via pickup_status
events). A row with a conflict text is allowed because it records a physical fact that
contradicts a central decision (goods handed over after the customer cancelled online, or after
the hub expired the order): refusing it would hide that the goods left the store, so the hub
accepts it and flags the order (see events.py).

Same-status station rows (accepted -> accepted, ...) carry line updates (a rejection while
picking). Stations may skip forward (routed -> ready) because a store works offline and its
events arrive together, in order.

Ship-from-store (issue 17): a ship order goes routed -> accepted -> picking -> packed -> shipped
(final; the stock leaves the store then). Which statuses an order may take depends on its
fulfilment (`fits`): a pickup order is never packed or shipped, a ship order never ready,
collected or expired. A split ship order (split.py) is a parent with child orders, one per
location: the parent is "split" while a part is open, then shipped (some part shipped) or
cancelled, derived by the hub from its parts.

A warehouse has no station: the ERP reports its ship orders packed and shipped (POST
/v1/orders/{id}/shipment, events.erp_shipment), so "erp" may make the packed and shipped rows,
and only those. The route allows it for an order routed to a warehouse only (a store's station
reports its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import errors

HUB, CHANNEL, STATION, ERP = "hub", "channel", "station", "erp"

CREATED, ROUTED, NEEDS_TRANSFER = "created", "routed", "needs_transfer"
ACCEPTED, PICKING, READY = "accepted", "picking", "ready"
COLLECTED, PARTIALLY_COLLECTED, CANCELLED, EXPIRED = "collected", "partially_collected", "cancelled", "expired"
PACKED, SHIPPED, SPLIT = "packed", "shipped", "split"
PICKUP, SHIP = "pickup", "ship"  # an order's fulfilment

STATUSES = (
    CREATED,
    ROUTED,
    NEEDS_TRANSFER,
    ACCEPTED,
    PICKING,
    READY,
    COLLECTED,
    PARTIALLY_COLLECTED,
    CANCELLED,
    EXPIRED,
    PACKED,
    SHIPPED,
    SPLIT,
)
# Routed to a store and not closed: their lines are reserved at that store (availability.py).
OPEN_AT_STORE = (ROUTED, ACCEPTED, PICKING, READY, PARTIALLY_COLLECTED, PACKED)
FINAL = (COLLECTED, CANCELLED, EXPIRED, SHIPPED)
# The store has not handed anything over yet: rejected lines may still send the order elsewhere.
BEFORE_READY = (ROUTED, ACCEPTED, PICKING)
# Statuses a pickup_status event may carry (wire.py), plus "rejected" (lines rejected, no
# status of its own: the hub re-routes or cancels).
STATION_STATUSES = (ACCEPTED, PICKING, READY, COLLECTED, PARTIALLY_COLLECTED, EXPIRED, PACKED, SHIPPED, "rejected")
# What only one fulfilment may become (`fits`).
PICKUP_ONLY = (READY, COLLECTED, PARTIALLY_COLLECTED, EXPIRED)
SHIP_ONLY = (PACKED, SHIPPED)

COLLECTED_AFTER_CANCEL = "collected_after_cancel"
COLLECTED_AFTER_EXPIRY = "collected_after_expiry"
SHIPPED_AFTER_CANCEL = "shipped_after_cancel"


@dataclass(frozen=True)
class Transition:
    frm: str
    to: str
    who: frozenset
    conflict: str | None = None


def _rows():
    S, H, C, SH = {STATION}, {HUB}, {CHANNEL, HUB}, {STATION, HUB}
    SE = {STATION, ERP}  # packed and shipped: a store's station, or the ERP for a warehouse
    rows = [
        (CREATED, ROUTED, H),
        (CREATED, NEEDS_TRANSFER, H),
        (NEEDS_TRANSFER, ROUTED, H),
        (ROUTED, ACCEPTED, S),
        (ROUTED, PICKING, S),
        (ROUTED, READY, S),
        (ACCEPTED, ACCEPTED, S),
        (ACCEPTED, PICKING, S),
        (ACCEPTED, READY, S),
        (PICKING, PICKING, S),
        (PICKING, READY, S),
        (READY, READY, S),
        # re-routed after the store rejected lines
        (ROUTED, ROUTED, H),
        (ACCEPTED, ROUTED, H),
        (PICKING, ROUTED, H),
        (READY, EXPIRED, SH),
        (PARTIALLY_COLLECTED, EXPIRED, SH),
        (EXPIRED, EXPIRED, S),
        # ship-from-store: packed (parcels weighed), shipped (final: the goods left the store)
        (ROUTED, PACKED, SE),
        (ACCEPTED, PACKED, SE),
        (PICKING, PACKED, SE),
        (PACKED, PACKED, SE),
        (PACKED, ROUTED, H),
        # a split order's parent: its status follows its parts (split.py)
        (CREATED, SPLIT, H),
        (NEEDS_TRANSFER, SPLIT, H),
        (SPLIT, SHIPPED, H),
        (SPLIT, CANCELLED, C),
    ]
    for frm in (CREATED, NEEDS_TRANSFER) + OPEN_AT_STORE:
        rows.append((frm, CANCELLED, C))
    # Handing over is a physical fact: accepted from any open state (a store may skip "ready").
    for frm in OPEN_AT_STORE:
        rows += [(frm, COLLECTED, S), (frm, PARTIALLY_COLLECTED, S), (frm, SHIPPED, SE)]
    out = [Transition(f, t, frozenset(w)) for f, t, w in rows]
    out.append(Transition(CANCELLED, SHIPPED, frozenset(SE), SHIPPED_AFTER_CANCEL))
    for to in (COLLECTED, PARTIALLY_COLLECTED):
        out.append(Transition(CANCELLED, to, frozenset(S), COLLECTED_AFTER_CANCEL))
        out.append(Transition(EXPIRED, to, frozenset(S), COLLECTED_AFTER_EXPIRY))
    return out


TRANSITIONS: dict[tuple[str, str], Transition] = {(t.frm, t.to): t for t in _rows()}


class Refused(errors.Conflict, ValueError):
    """A transition the table does not allow; str() says why (HTTP 409 when a request asked for it)."""


def fits(fulfilment: str, to: str) -> None:
    """Refused when an order of this fulfilment can never take status `to`."""
    if fulfilment == SHIP and to in PICKUP_ONLY:
        raise Refused(f"a ship order cannot become {to}: it is packed and shipped, not collected")
    if fulfilment != SHIP and to in SHIP_ONLY:
        raise Refused(f"a pickup order cannot become {to}: only ship orders are packed and shipped")


def check(frm: str, to: str, who: str) -> Transition:
    """The table's row for frm -> to by `who`, or Refused with the reason."""
    if to not in STATUSES:
        raise Refused(f"unknown order status {to!r}")
    t = TRANSITIONS.get((frm, to))
    if t is None:
        allowed = sorted(b for (a, b), row in TRANSITIONS.items() if a == frm and who in row.who)
        nxt = ", ".join(allowed) if allowed else "nothing (it is final)"
        raise Refused(f"an order that is {frm} cannot become {to}; from {frm} a {who} may go to {nxt}")
    if who not in t.who:
        raise Refused(f"a {who} may not move an order from {frm} to {to} (only {', '.join(sorted(t.who))})")
    return t
