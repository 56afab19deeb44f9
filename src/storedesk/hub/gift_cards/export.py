"""`storedesk-hub export gift-cards`: the outstanding liability, card by card, for the ERP.

Machine output, locale-free: money in minor units and as a decimal string, times UTC ISO. The
CSV ends with one "total" row per currency; JSON has the cards and the totals apart.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from ...domain.money import from_minor
from .. import db
from ..reports.exports import to_csv, to_json
from . import service

CSV_COLUMNS = (
    "code",
    "currency",
    "balance_minor",
    "balance",
    "activated_at",
    "activated_store",
    "activated_station",
    "last_used_at",
)


def _amount(minor: int, currency: str) -> str:
    return str(from_minor(minor, currency))


def liability(engine: Engine) -> tuple[list[service.Outstanding], dict[str, int]]:
    with db.read_conn(engine) as conn:
        return service.outstanding(conn), service.totals(conn)


def as_csv(cards: list[service.Outstanding], totals: dict[str, int]) -> str:
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
        }
        for c in cards
    ]
    rows += [
        {"code": "total", "currency": cur, "balance_minor": minor, "balance": _amount(minor, cur)}
        for cur, minor in totals.items()
    ]
    return to_csv(rows, CSV_COLUMNS)


def as_json(cards: list[service.Outstanding], totals: dict[str, int]) -> str:
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
        }
    )


def text(engine: Engine, fmt: str) -> str:
    cards, totals = liability(engine)
    return as_json(cards, totals) if fmt == "json" else as_csv(cards, totals)
