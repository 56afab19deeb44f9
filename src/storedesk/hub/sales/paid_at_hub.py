"""A sale's payments taken at the hub (issue 18): each names the redemption that took it.

A voucher, gift card or points payment is taken at the hub before the sale completes, under a
redemption id (hub/redemptions.py), and a station sends that id in the sale event's payment. When
the sale is received (its ingest transaction, after its rows), each payment that names one is
checked against it: it must be a redemption of the payment's kind, made by the sale's station, not
given back, of the payment's amount (and, for a voucher or a gift card, of its code), and not used
by another sale. It is then marked used by this sale (`redemptions_consumed`), and from then on
it is never given back (cancel_once answers 409): the card, points or voucher cannot pay twice.

A payment that fails the check does not reject the sale: the customer paid and the station recorded
the sale, so refusing the event would lose a fiscal document (DESIGN rules 4 and 6) and leave the
station with a rejected event it can do nothing about. The sale is kept as sent, the mismatch is
recorded once per payment (`sale_payment_mismatches`, listed by `storedesk-hub export
payment-mismatches`) and logged as a warning, for a manager to settle. A redemption that is the
station's own, neither given back nor used, is marked used by the sale even when the payment says
another amount or code: what it took stays taken (given back, the same money would pay twice).

A payment without a redemption id (an older station) is accepted as before: nothing backs it here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from .. import db, ownership
from ..customers.models import loyalty_ledger
from ..gift_cards.models import gift_card_ops
from ..redemptions import used_by
from ..returns.models import voucher_redemptions
from ..times import utcnow_text
from .models import redemptions_consumed, sale_payment_mismatches

log = logging.getLogger(__name__)

VOUCHER, GIFT_CARD, POINTS = "voucher", "gift_card", "points"  # domain/tenders.py's kinds taken at the hub


@dataclass(frozen=True)
class Redeemed:
    """A sale's payment that names its redemption (events.SalePayment with a redemption_id)."""

    position: int
    kind: str
    amount_minor: int
    reference: str
    redemption_id: str


@dataclass(frozen=True)
class Taken:
    """A redemption as the check sees it, whatever its kind."""

    store: str
    station: str
    amount_minor: int  # the money it paid (points: what they are worth)
    given_back: bool
    code: str | None  # a voucher's or a gift card's code; None for points (the card is not the key)


def _voucher(conn: Connection, rid: str) -> Taken | None:
    r = conn.execute(select(voucher_redemptions).where(voucher_redemptions.c.redemption_id == rid)).first()
    if r is None:
        return None
    return Taken(r.store, r.station, int(r.amount_minor), r.cancelled_at is not None, r.code)


def _gift_card(conn: Connection, rid: str) -> Taken | None:
    r = conn.execute(
        select(gift_card_ops).where(gift_card_ops.c.op_id == rid, gift_card_ops.c.kind == "redeem")
    ).first()
    if r is None:
        return None
    return Taken(r.store, r.station, int(r.amount_minor), r.cancelled_at is not None, r.code)


def _points(conn: Connection, rid: str) -> Taken | None:
    led = loyalty_ledger.c
    r = conn.execute(select(loyalty_ledger).where(led.op_id == rid, led.kind == "redeem")).first()
    if r is None:
        return None
    back = conn.execute(select(led.op_id).where(led.op_id == "c" + rid)).first() is not None
    return Taken(r.store, r.station, int(r.value_minor), back, None)


FINDERS: dict[str, Callable[[Connection, str], Taken | None]] = {
    VOUCHER: _voucher,
    GIFT_CARD: _gift_card,
    POINTS: _points,
}


def _check(conn: Connection, sale: dict, p: Redeemed) -> tuple[str | None, bool]:
    """Why the payment `p` is not backed by its redemption (English, for the log and the list; None
    when it is), and whether this sale uses the redemption up: it does whenever the redemption is
    the sale's station's own, of the payment's kind, neither given back nor used by another sale,
    even when the payment says another amount or code than it took: what it took stays taken."""
    rid = p.redemption_id
    find = FINDERS.get(p.kind)
    if find is None:
        return f"a {p.kind} payment is not taken at the hub, yet it names redemption {rid}", False
    r = find(conn, rid)
    if r is None:
        return f"no {p.kind} redemption {rid} is known", False
    if not ownership.belongs(sale["store"], sale["station"], r.store, r.station):
        return f"redemption {rid} was made by {ownership.elsewhere(sale['store'], r.store)}", False
    if r.given_back:
        return f"redemption {rid} was given back before the sale reached the hub", False
    used = used_by(conn, p.kind, rid)
    if used is not None:
        return f"redemption {rid} was already used by sale {used}", False
    if r.amount_minor != p.amount_minor:
        return f"the payment is {p.amount_minor}, redemption {rid} took {r.amount_minor} (minor units)", True
    if r.code is not None and r.code != p.reference:
        return f"the payment names another {p.kind.replace('_', ' ')} than redemption {rid}", True
    return None, True


def consume(conn: Connection, sale: dict, paid: list[Redeemed]) -> None:
    """Check each payment that names its redemption and mark the redemption used by the sale, and
    record any mismatch (the sale is kept): in the sale's ingest transaction, before anything else
    it changes. The redemption ids are locked first (sorted, db.lock_keys), as cancel_once locks
    them: a cancellation and this sale never both win."""
    if not paid:
        return
    db.lock_keys(conn, [p.redemption_id for p in paid])
    now = utcnow_text()
    for p in paid:
        why, uses = _check(conn, sale, p)
        if uses:
            conn.execute(
                redemptions_consumed.insert().values(
                    kind=p.kind,
                    redemption_id=p.redemption_id,
                    sale_id=sale["sale_id"],
                    position=p.position,
                    receipt_no=sale["receipt_no"],
                    store=sale["store"],
                    station=sale["station"],
                    amount_minor=p.amount_minor,
                    consumed_at=now,
                )
            )
        if why is not None:
            _record(conn, sale, p, why, now)


def _record(conn: Connection, sale: dict, p: Redeemed, why: str, now: str) -> None:
    """A payment its redemption does not back: one row (listed for a manager) and a warning."""
    conn.execute(
        sale_payment_mismatches.insert().values(
            sale_id=sale["sale_id"],
            position=p.position,
            kind=p.kind,
            redemption_id=p.redemption_id,
            store=sale["store"],
            station=sale["station"],
            receipt_no=sale["receipt_no"],
            currency=sale["currency"],
            amount_minor=p.amount_minor,
            reason=why[:255],
            created_at=now,
        )
    )
    log.warning(
        "sale %s (receipt %s, %s/%s), payment %s (%s, %s %s): %s; the sale is kept, the mismatch recorded",
        sale["sale_id"],
        sale["receipt_no"],
        sale["store"],
        sale["station"],
        p.position,
        p.kind,
        p.amount_minor,
        sale["currency"],
        why,
    )


@dataclass(frozen=True)
class Mismatch:
    """One recorded mismatch, as the export lists it."""

    store: str
    station: str
    receipt_no: str
    position: int
    kind: str
    redemption_id: str
    currency: str
    amount_minor: int
    reason: str
    at: str


def mismatches(engine: Engine) -> list[Mismatch]:
    """Every recorded mismatch, oldest first."""
    x = sale_payment_mismatches.c
    with db.read_conn(engine) as conn:
        rows = conn.execute(
            select(
                x.store,
                x.station,
                x.receipt_no,
                x.position,
                x.kind,
                x.redemption_id,
                x.currency,
                x.amount_minor,
                x.reason,
                x.created_at,
            ).order_by(x.created_at, x.sale_id, x.position)
        ).all()
    return [Mismatch(r[0], r[1], r[2], int(r[3]), r[4], r[5], r[6], int(r[7]), r[8], r[9]) for r in rows]


CSV_COLUMNS = (
    "store",
    "station",
    "receipt_no",
    "position",
    "kind",
    "redemption_id",
    "currency",
    "amount_minor",
    "reason",
    "at",
)


def export_text(engine: Engine, fmt: str) -> str:
    """`storedesk-hub export payment-mismatches`: every recorded mismatch, for a manager (machine
    output, locale-free: money in minor units, times UTC ISO)."""
    from dataclasses import asdict

    from ..reports.exports import to_csv, to_json

    rows = [asdict(m) for m in mismatches(engine)]
    return to_json({"payment_mismatches": rows}) if fmt == "json" else to_csv(rows, CSV_COLUMNS)
