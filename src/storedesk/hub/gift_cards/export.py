"""`storedesk-hub export gift-cards`: the outstanding liability, card by card, for the ERP.

Machine output, locale-free: money in minor units and as a decimal string, times UTC ISO. The
CSV ends with one "total" row per currency, then one "load_refused" row (status column) per sale
line whose card the hub refused to load (exceptions.py: money taken that is on no card, owed to
the customer); JSON has the cards, the totals and the refused loads apart.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from ...domain.money import from_minor
from .. import db
from ..reports.exports import to_csv, to_json
from . import exceptions, service

CSV_COLUMNS = (
    "code",
    "currency",
    "balance_minor",
    "balance",
    "activated_at",
    "activated_store",
    "activated_station",
    "last_used_at",
    "status",  # active | load_refused ("" on a total row)
    "amount_minor",  # a refused load: what the sale took for the card
    "receipt_no",
    "reason",
)


def _amount(minor: int, currency: str) -> str:
    return str(from_minor(minor, currency))


def liability(engine: Engine) -> tuple[list[service.Outstanding], dict[str, int], list[exceptions.Refused]]:
    with db.read_conn(engine) as conn:
        return service.outstanding(conn), service.totals(conn), exceptions.refused(conn)


def _refused(r: exceptions.Refused) -> dict:
    return {
        "code": r.code,
        "currency": r.currency,
        "amount_minor": r.amount_minor,
        "amount": _amount(r.amount_minor, r.currency),
        "store": r.store,
        "station": r.station,
        "receipt_no": r.receipt_no,
        "reason": r.reason,
        "at": r.at,
    }


def as_csv(cards: list[service.Outstanding], totals: dict[str, int], refused: list[exceptions.Refused]) -> str:
    rows = [
        {
            "code": c.code,
            "currency": c.currency,
            "balance_minor": c.balance_minor,
            "balance": _amount(c.balance_minor, c.currency),
            "activated_at": c.activated_at,
            "activated_store": c.store,
            "activated_station": c.station,
            "last_used_at": c.last_used_at,
            "status": "active",
        }
        for c in cards
    ]
    rows += [
        {"code": "total", "currency": cur, "balance_minor": minor, "balance": _amount(minor, cur)}
        for cur, minor in totals.items()
    ]
    rows += [
        {
            "code": r.code,
            "currency": r.currency,
            "status": "load_refused",
            "amount_minor": r.amount_minor,
            "receipt_no": r.receipt_no,
            "reason": r.reason,
        }
        for r in refused
    ]
    return to_csv(rows, CSV_COLUMNS)


def as_json(cards: list[service.Outstanding], totals: dict[str, int], refused: list[exceptions.Refused]) -> str:
    return to_json(
        {
            "gift_cards": [
                {
                    "code": c.code,
                    "currency": c.currency,
                    "balance_minor": c.balance_minor,
                    "balance": _amount(c.balance_minor, c.currency),
                    "activated_at": c.activated_at,
                    "activated_store": c.store,
                    "activated_station": c.station,
                    "last_used_at": c.last_used_at,
                }
                for c in cards
            ],
            "totals": [
                {"currency": cur, "balance_minor": minor, "balance": _amount(minor, cur)}
                for cur, minor in totals.items()
            ],
            "refused_loads": [_refused(r) for r in refused],
        }
    )


def text(engine: Engine, fmt: str) -> str:
    cards, totals, refused = liability(engine)
    return as_json(cards, totals, refused) if fmt == "json" else as_csv(cards, totals, refused)
