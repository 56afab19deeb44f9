"""Click-and-collect at the pickup desk: the station's view of an order's states, pick-by-scan
rules, line rejections and their stock effects, handover (all or some), pickup code or ID
check, and the no-show rule. Plain Python: no Qt, SQL or HTTP.

States at the station (the hub keeps its own full table; see hub/orders):

    routed ──accept──> accepted ──scan/reject──> picking ──ready──> ready ──hand over──> collected
                          │                          │                 │                  partially_collected
                          └──────ready (all picked)──┘                 ├──return to shelf (held too long)──> expired
    any open state ──(hub: customer cancelled)──> cancelled            └──(hub)──> cancelled / expired
    picking ──(every unit rejected)──> rejected   (the hub re-routes or cancels the rest)

Quantities are Decimal (whole units for web orders); money never appears here except as
minor units carried through.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from ..i18n import Message, msg, noop
from .errors import DomainError
from .money_format import fmt_qty

ROUTED, ACCEPTED, PICKING, READY = "routed", "accepted", "picking", "ready"
COLLECTED, PARTIAL, CANCELLED, EXPIRED, REJECTED = (
    "collected",
    "partially_collected",
    "cancelled",
    "expired",
    "rejected",
)
STATES = (ROUTED, ACCEPTED, PICKING, READY, COLLECTED, PARTIAL, CANCELLED, EXPIRED, REJECTED)
OPEN_STATES = (ROUTED, ACCEPTED, PICKING, READY)
FINAL_STATES = (COLLECTED, PARTIAL, CANCELLED, EXPIRED, REJECTED)
# What the hub may change centrally (feed "order_status"); anything else it sends is an echo.
CENTRAL_STATES = (CANCELLED, EXPIRED)

LABELS = {  # captions in context "pickup": shown with tr("pickup", caption)
    ROUTED: noop("pickup", "New"),
    ACCEPTED: noop("pickup", "Accepted"),
    PICKING: noop("pickup", "Picking"),
    READY: noop("pickup", "Ready"),
    COLLECTED: noop("pickup", "Collected"),
    PARTIAL: noop("pickup", "Partly collected"),
    CANCELLED: noop("pickup", "Cancelled"),
    EXPIRED: noop("pickup", "Expired"),
    REJECTED: noop("pickup", "Rejected"),
}

OUT_OF_STOCK, DAMAGED, MISMATCH = "out_of_stock", "damaged", "mismatch"
REASONS = (OUT_OF_STOCK, DAMAGED, MISMATCH)
REASON_LABELS = {  # context "pickup", as LABELS
    OUT_OF_STOCK: noop("pickup", "Out of stock (none on the shelf: the count is corrected)"),
    DAMAGED: noop("pickup", "Damaged (the unit is written off)"),
    MISMATCH: noop("pickup", "Mismatch (the shelf item is not what was ordered: recount)"),
}
# The reason, short, inside a sentence ("Line 2 rejected (damaged): …"), context "pickup"
REASON_SHORT = {
    OUT_OF_STOCK: noop("pickup", "out of stock"),
    DAMAGED: noop("pickup", "damaged"),
    MISMATCH: noop("pickup", "mismatch"),
}

PAID_ONLINE, PAY_AT_PICKUP = "paid_online", "pay_at_pickup"
PAYMENTS = (PAID_ONLINE, PAY_AT_PICKUP)

ID_DOCUMENTS = ("id_card", "passport", "driving_licence", "other")
DEFAULT_HOLD_DAYS = 7

# action -> {from state: to state}: the transitions are data (DESIGN: a table, not scattered ifs)
TRANSITIONS: dict[str, dict[str, str]] = {
    "accept": {ROUTED: ACCEPTED},
    "pick": {ACCEPTED: PICKING, PICKING: PICKING},
    "reject": {ACCEPTED: PICKING, PICKING: PICKING},
    "reject_all": {ACCEPTED: REJECTED, PICKING: REJECTED},
    "ready": {ACCEPTED: READY, PICKING: READY},
    "hand_over": {READY: COLLECTED},
    "hand_over_part": {READY: PARTIAL},
    "expire": {READY: EXPIRED},
    "cancel": {ROUTED: CANCELLED, ACCEPTED: CANCELLED, PICKING: CANCELLED, READY: CANCELLED},
    "expire_central": {ROUTED: EXPIRED, ACCEPTED: EXPIRED, PICKING: EXPIRED, READY: EXPIRED},
}
ACTION_WORDS = {
    "accept": "accept",
    "pick": "pick",
    "reject": "reject a line of",
    "reject_all": "reject",
    "ready": "mark ready",
    "hand_over": "hand over",
    "hand_over_part": "hand over",
    "expire": "return to shelf",
    "cancel": "cancel",
    "expire_central": "expire",
}


# What a clerk reads when the hub cancelled or expired the order they act on: stop.
STOPPED: dict[str, dict[str, str]] = {
    CANCELLED: {
        "accept": noop("pickup", "Order {number} was cancelled: do not accept it; put its items back on the shelf"),
        "pick": noop("pickup", "Order {number} was cancelled: do not pick it; put its items back on the shelf"),
        "reject": noop(
            "pickup", "Order {number} was cancelled: do not reject a line of it; put its items back on the shelf"
        ),
        "reject_all": noop("pickup", "Order {number} was cancelled: do not reject it; put its items back on the shelf"),
        "ready": noop("pickup", "Order {number} was cancelled: do not mark ready it; put its items back on the shelf"),
        "hand_over": noop(
            "pickup", "Order {number} was cancelled: do not hand over it; put its items back on the shelf"
        ),
        "hand_over_part": noop(
            "pickup", "Order {number} was cancelled: do not hand over it; put its items back on the shelf"
        ),
        "expire": noop(
            "pickup", "Order {number} was cancelled: do not return to shelf it; put its items back on the shelf"
        ),
        "cancel": noop("pickup", "Order {number} was cancelled: do not cancel it; put its items back on the shelf"),
        "expire_central": noop(
            "pickup", "Order {number} was cancelled: do not expire it; put its items back on the shelf"
        ),
    },
    EXPIRED: {
        "accept": noop("pickup", "Order {number} has expired: do not accept it; put its items back on the shelf"),
        "pick": noop("pickup", "Order {number} has expired: do not pick it; put its items back on the shelf"),
        "reject": noop(
            "pickup", "Order {number} has expired: do not reject a line of it; put its items back on the shelf"
        ),
        "reject_all": noop("pickup", "Order {number} has expired: do not reject it; put its items back on the shelf"),
        "ready": noop("pickup", "Order {number} has expired: do not mark ready it; put its items back on the shelf"),
        "hand_over": noop("pickup", "Order {number} has expired: do not hand over it; put its items back on the shelf"),
        "hand_over_part": noop(
            "pickup", "Order {number} has expired: do not hand over it; put its items back on the shelf"
        ),
        "expire": noop(
            "pickup", "Order {number} has expired: do not return to shelf it; put its items back on the shelf"
        ),
        "cancel": noop("pickup", "Order {number} has expired: do not cancel it; put its items back on the shelf"),
        "expire_central": noop(
            "pickup", "Order {number} has expired: do not expire it; put its items back on the shelf"
        ),
    },
}
# What a clerk reads when the order's state does not allow the step they took (the screen shows
# the state).
NOT_NOW: dict[str, str] = {
    "accept": noop("pickup", "Order {number} cannot be accepted now"),
    "pick": noop("pickup", "Order {number} cannot be picked now"),
    "reject": noop("pickup", "Order {number} cannot be changed now"),
    "reject_all": noop("pickup", "Order {number} cannot be rejected now"),
    "ready": noop("pickup", "Order {number} cannot be marked ready now"),
    "hand_over": noop("pickup", "Order {number} cannot be handed over now"),
    "hand_over_part": noop("pickup", "Order {number} cannot be handed over now"),
    "expire": noop("pickup", "Order {number} cannot be returned to shelf now"),
    "cancel": noop("pickup", "Order {number} cannot be cancelled now"),
    "expire_central": noop("pickup", "Order {number} cannot be expired now"),
}


class PickupError(DomainError):
    """A pickup order cannot take that step: its state, the customer check or a quantity says no."""


class OrderCancelled(PickupError):
    """The hub cancelled (or expired) the order: stop, do not hand it over."""


class WrongItem(PickupError):
    """A scanned item that is not on the order, or one more than it asks for."""


def transition(status: str, action: str, number: str = "") -> str:
    """The state after `action`, or a PickupError saying why not."""
    table = TRANSITIONS[action]
    if status in table:
        return table[status]
    if number and status in STOPPED:
        raise OrderCancelled(msg("pickup", STOPPED[status][action], number=number))
    if number:
        raise PickupError(msg("pickup", NOT_NOW[action], number=number))
    what = f"Order {number}" if number else "This order"
    if status == CANCELLED:
        raise OrderCancelled(f"{what} was cancelled: do not {ACTION_WORDS[action]} it; put its items back on the shelf")
    if status == EXPIRED:
        raise OrderCancelled(f"{what} has expired: do not {ACTION_WORDS[action]} it; put its items back on the shelf")
    raise PickupError(f"{what} is {LABELS.get(status, status).lower()}: it cannot be {_past(action)} now")


def _past(action: str) -> str:
    return {
        "accept": "accepted",
        "pick": "picked",
        "reject": "changed",
        "reject_all": "rejected",
        "ready": "marked ready",
        "hand_over": "handed over",
        "hand_over_part": "handed over",
        "expire": "returned to shelf",
        "cancel": "cancelled",
        "expire_central": "expired",
    }[action]


@dataclass
class PickLine:
    line_no: int
    product_id: int
    sku: str
    name: str
    quantity: Decimal
    unit_price_minor: int
    picked: Decimal = Decimal(0)
    rejected: Decimal = Decimal(0)
    reason: str | None = None
    collected: Decimal = Decimal(0)

    @property
    def open(self) -> Decimal:
        """Still to pick or reject."""
        return self.quantity - self.picked - self.rejected

    @property
    def done(self) -> bool:
        return self.open == 0

    def wire(self) -> dict:
        """The line as the "pickup_status" event carries it (quantities as decimal strings)."""
        return {
            "line": self.line_no,
            "picked": _qty(self.picked),
            "rejected": _qty(self.rejected),
            "reason": self.reason,
            "collected": _qty(self.collected),
        }


def _qty(q: Decimal) -> str:
    """3 rather than 3.000, 0.25 rather than 0.250 ("0,25" in a French store)."""
    return fmt_qty(Decimal(q))


def pick_scan(lines: list[PickLine], product_id: int, quantity: Decimal = Decimal(1), name: str = "") -> PickLine:
    """Count one scanned item against the order. A product that is not on the order, or one
    more than was ordered, is an error (the clerk hears a beep and puts it back)."""
    if quantity <= 0:
        raise PickupError(msg("pickup", "A picked quantity must be more than zero"))
    mine = [ln for ln in lines if ln.product_id == product_id]
    if not mine:
        if not name:
            raise WrongItem(msg("pickup", "Wrong item: this product is not on this order. Put it back."))
        raise WrongItem(msg("pickup", "Wrong item: {name} is not on this order. Put it back.", name=name))
    for ln in mine:
        if ln.open >= quantity:
            ln.picked += quantity
            return ln
    have = sum((ln.picked for ln in mine), Decimal(0))
    want = sum((ln.quantity - ln.rejected for ln in mine), Decimal(0))
    raise WrongItem(
        msg(
            "pickup",
            "Extra item: {name} — {picked} of {wanted} already picked. Put it back.",
            name=mine[0].name,
            picked=_qty(have),
            wanted=_qty(want),
        )
    )


def unpick(line: PickLine, quantity: Decimal = Decimal(1)) -> None:
    """Take a picked unit back off the order (scanned by mistake)."""
    if quantity <= 0 or quantity > line.picked:
        raise PickupError(
            msg("pickup", "Line {line}: only {picked} picked", line=line.line_no, picked=_qty(line.picked))
        )
    line.picked -= quantity


def reject_line(line: PickLine, quantity: Decimal, reason: str) -> None:
    """Reject `quantity` of a line that cannot be supplied, with its reason."""
    if reason not in REASONS:
        raise PickupError(msg("pickup", "Choose a reason: {reasons}", reasons=", ".join(REASONS)))
    if quantity <= 0:
        raise PickupError(msg("pickup", "A rejected quantity must be more than zero"))
    if quantity > line.open:
        raise PickupError(
            msg(
                "pickup",
                "Line {line} ({name}): only {left} left to pick, cannot reject {asked}",
                line=line.line_no,
                name=line.name,
                left=_qty(line.open),
                asked=_qty(quantity),
            )
        )
    line.rejected += quantity
    line.reason = reason


@dataclass(frozen=True)
class StockEffect:
    """The stock movement a rejection causes: quantity (signed, 0 for none) and its reason."""

    quantity: Decimal
    movement_reason: str
    explanation: Message  # what it did to the stock: English with str(), the clerk's language on screen


def rejection_effect(reason: str, quantity: Decimal, on_hand: Decimal, reserved: Decimal) -> StockEffect:
    """Each reason changes stock its own way.

    - damaged: the damaged units are written off (on-hand goes down by the rejected quantity);
    - out_of_stock: nothing free is on the shelf, so the count was wrong: on-hand is corrected
      down to what is set aside for other orders (available becomes zero);
    - mismatch: the shelf holds something else under this SKU; stock is left alone and the
      product wants a recount.
    """
    if reason == DAMAGED:
        return StockEffect(
            -quantity, "damaged", msg("pickup", "{quantity} written off as damaged", quantity=_qty(quantity))
        )
    if reason == OUT_OF_STOCK:
        available = on_hand - reserved
        if available > 0:
            return StockEffect(
                -available,
                "count_correction",
                msg("pickup", "count corrected by -{quantity} (none left on the shelf)", quantity=_qty(available)),
            )
        return StockEffect(Decimal(0), "", msg("pickup", "count already shows none available"))
    if reason == MISMATCH:
        return StockEffect(Decimal(0), "", msg("pickup", "no stock change; recount the product"))
    raise PickupError(f"Unknown reason {reason!r}")


def check_ready(lines: list[PickLine], number: str = "") -> None:
    """Ready needs every line picked or rejected, and at least one unit picked."""
    left = [ln for ln in lines if not ln.done]
    if left:
        raise PickupError(_still_to_pick(left))
    if not any(ln.picked > 0 for ln in lines):
        raise PickupError(msg("pickup", "Nothing was picked: every line is rejected, so the order cannot be ready"))


def _still_to_pick(left: list[PickLine]) -> Message:
    ln = left[0]
    at: dict[str, Any] = {"line": ln.line_no, "name": ln.name, "left": _qty(ln.open), "ordered": _qty(ln.quantity)}
    if len(left) == 1:
        return msg("pickup", "Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it", **at)
    return msg(
        "pickup",
        "Line {line} {name}: {left} of {ordered} still to pick — scan it or reject it (and %n more line(s))",
        n=len(left) - 1,
        **at,
    )


def all_rejected(lines: list[PickLine]) -> bool:
    return all(ln.done for ln in lines) and not any(ln.picked > 0 for ln in lines)


def plan_handover(lines: list[PickLine], selection: dict[int, Decimal] | None = None) -> tuple[dict[int, Decimal], str]:
    """What is handed over per line and the resulting status.

    selection: line -> quantity the customer takes; None takes everything picked. Lines not
    in a selection are not taken. Returns ({line: quantity}, COLLECTED | PARTIAL): collected
    when every ordered unit goes to the customer, partially collected otherwise.
    """
    by_no = {ln.line_no: ln for ln in lines}
    if selection is None:
        plan = {ln.line_no: ln.picked for ln in lines if ln.picked > 0}
    else:
        plan = {}
        for no, qty in selection.items():
            ln = by_no.get(no)
            if ln is None:
                raise PickupError(msg("pickup", "Line {line} is not on this order", line=no))
            if qty < 0 or qty > ln.picked:
                raise PickupError(
                    msg(
                        "pickup",
                        "Line {line} ({name}): {picked} picked, cannot hand over {asked}",
                        line=no,
                        name=ln.name,
                        picked=_qty(ln.picked),
                        asked=_qty(qty),
                    )
                )
            if qty > 0:
                plan[no] = qty
    if not plan:
        raise PickupError(msg("pickup", "Choose at least one item to hand over"))
    complete = all(plan.get(ln.line_no, Decimal(0)) == ln.quantity for ln in lines)
    return plan, COLLECTED if complete else PARTIAL


def normalise_code(text: str) -> str:
    return re.sub(r"[\s\-]", "", text or "").upper()


def verify_code(expected: str, given: str) -> bool:
    """The pickup code the customer shows (typed or scanned; spaces, dashes and case ignored)."""
    a, b = normalise_code(expected), normalise_code(given)
    return bool(a) and hmac.compare_digest(a.encode(), b.encode())


@dataclass(frozen=True)
class IdCheck:
    """An ID shown instead of the code: the document, its last characters, who collected."""

    document: str
    reference: str  # the last 4 characters of the document number (never the whole number)
    name_on_id: str
    collects_for: str = ""  # someone collecting for the customer

    def __post_init__(self):
        if self.document not in ID_DOCUMENTS:
            raise PickupError(f"ID document must be one of {', '.join(ID_DOCUMENTS)}")
        ref = self.reference.strip()
        if not (2 <= len(ref) <= 4) or not ref.isalnum():
            raise PickupError(
                msg("pickup", "Type the last 2 to 4 letters or digits of the document number (never the whole number)")
            )
        if not self.name_on_id.strip():
            raise PickupError(msg("pickup", "Type the name shown on the ID"))

    def wire(self) -> dict:
        out = {
            "method": "id",
            "document": self.document,
            "reference": self.reference.strip().upper(),
            "name": self.name_on_id.strip(),
        }
        if self.collects_for.strip():
            out["collects_for"] = self.collects_for.strip()
        return out


def name_matches(customer: str, name_on_id: str) -> bool:
    """Loose check that the ID names the customer (same last word, case and accents aside)."""
    import unicodedata

    def words(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return re.findall(r"[a-z]+", s)

    a, b = words(customer), words(name_on_id)
    return bool(a and b) and (a[-1] == b[-1] or a[-1] in b)


def hold_until(ready_at: datetime, hold_days: int) -> datetime:
    return ready_at + timedelta(days=hold_days)


def is_overdue(status: str, ready_at: datetime | None, now: datetime, hold_days: int = DEFAULT_HOLD_DAYS) -> bool:
    """Ready for longer than the store's hold time: "expired — return to shelf"."""
    return status == READY and ready_at is not None and now >= hold_until(ready_at, hold_days)


def needs_return_to_shelf(status: str, reserved: bool, overdue: bool) -> bool:
    """Items set aside that must go back: an overdue ready order, or one the hub cancelled or
    expired after it was ready (its reservation is still held)."""
    return overdue or (status in (CANCELLED, EXPIRED) and reserved)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


@dataclass(frozen=True)
class Query:
    """A search typed or scanned at the desk, split into what each index can answer."""

    text: str
    code: str  # normalised as a pickup code or order number
    phone: str  # digits, when the text looks like a phone number
    words: tuple[str, ...] = field(default_factory=tuple)


def parse_query(text: str) -> Query:
    t = (text or "").strip()
    # a QR on the customer's phone may carry a URL or "order:code"; keep the last part
    if "/" in t or t.lower().startswith(("order:", "pickup:")):
        t = re.split(r"[/:]", t)[-1].strip() or t
    d = digits(t)
    phone = d if len(d) >= 4 and len(d) >= len(re.sub(r"[\s+\-().]", "", t)) else ""
    words = tuple(w for w in re.findall(r"\w+", t.lower(), re.UNICODE) if w)
    return Query(t, normalise_code(t), phone, words)
