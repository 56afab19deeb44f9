"""Gift card loads the hub refused, kept for a manager to settle (issue 18, migration h0020).

Why the sale is kept: the customer paid and the station recorded the sale; refusing the whole sale
event at the hub would lose a fiscal document and leave the station with a rejected event it can
do nothing about. So a sale line that sells a card the hub cannot load (the code is a card of
another currency: a typo, or a card brought from a store abroad) is ingested with its sale, the
card is left exactly as it was, and the refusal is recorded here once per sale line, logged as a
warning and listed by `storedesk-hub export gift-cards` (the money taken is owed to the customer
until a manager gives them a card in the right currency or refunds them).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import Connection

from .models import gift_card_exceptions

if TYPE_CHECKING:
    from .service import Load

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refused:
    """One refused load, as the export lists it."""

    code: str
    currency: str
    amount_minor: int
    store: str
    station: str
    receipt_no: str
    reason: str
    at: str


def refuse_load(
    conn: Connection, ld: Load, store: str, station: str, currency: str, receipt_no: str, reason: str, now: str
) -> None:
    """Record that the sale line `ld` did not load its card (once per line), and log it."""
    op_id = f"{ld.sale_id}-{ld.line}"
    if conn.execute(select(gift_card_exceptions.c.op_id).where(gift_card_exceptions.c.op_id == op_id)).first():
        return
    conn.execute(
        gift_card_exceptions.insert().values(
            op_id=op_id,
            code=ld.code,
            store=store,
            station=station,
            sale_id=ld.sale_id,
            ref=receipt_no,
            currency=currency,
            amount_minor=ld.amount_minor,
            reason=reason[:255],
            created_at=now,
        )
    )
    log.warning(
        "gift card %s not loaded by sale %s (receipt %s, line %s, %s %s): %s; the sale is kept",
        ld.code,
        ld.sale_id,
        receipt_no,
        ld.line,
        ld.amount_minor,
        currency,
        reason,
    )


def refused(conn: Connection) -> list[Refused]:
    """Every refused load, oldest first."""
    x = gift_card_exceptions.c
    rows = conn.execute(
        select(x.code, x.currency, x.amount_minor, x.store, x.station, x.ref, x.reason, x.created_at).order_by(
            x.created_at, x.op_id
        )
    )
    return [Refused(r[0], r[1], int(r[2]), r[3], r[4], r[5], r[6], r[7]) for r in rows]
