"""Gift card balances: loaded by the sale lines that sold them, taken by redemptions.

Every change locks the card's row (SELECT ... FOR UPDATE on PostgreSQL; SQLite has one writer)
and is one row of gift_card_ops, so two stations can never spend the same balance twice and a
sale line never loads a card twice. Same contract as store-credit vouchers (returns/vouchers.py):
a redemption id repeated with the same body gets the first answer, with another body is refused;
a cancellation gives the amount back once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection, Engine

from ...i18n import Message, msg
from .. import redemptions
from ..errors import Amount, NotFound
from ..times import utcnow_text
from . import exceptions
from .models import gift_card_ops, gift_cards

LOAD, REDEEM = "load", "redeem"


@dataclass(frozen=True)
class Load:
    """A sale line that sold (or reloaded) a card: `amount_minor` goes onto `code`."""

    sale_id: str
    line: int
    code: str
    amount_minor: int


def load_sale(conn: Connection, store: str, station: str, currency: str, receipt_no: str, loads: list[Load]) -> None:
    """Activate or reload the cards a sale sold, inside the ingest transaction; once per line
    (the op id is the sale line). A card of another currency cannot take the load: the card is
    left as it was and the refusal recorded (exceptions.py); the sale itself is kept."""
    now = utcnow_text()
    for ld in loads:
        op_id = f"{ld.sale_id}-{ld.line}"
        if conn.execute(select(gift_card_ops.c.op_id).where(gift_card_ops.c.op_id == op_id)).first():
            continue
        card = conn.execute(select(gift_cards).where(gift_cards.c.code == ld.code).with_for_update()).first()
        if card is None:
            balance = ld.amount_minor
            conn.execute(
                gift_cards.insert().values(
                    code=ld.code,
                    currency=currency,
                    balance_minor=balance,
                    loaded_minor=balance,
                    store=store,
                    station=station,
                    sale_id=ld.sale_id,
                    activated_at=now,
                    last_used_at=now,
                    updated_at=now,
                )
            )
        else:
            if card.currency != currency:
                why = f"gift card {ld.code} is in {card.currency}, the sale in {currency}"
                exceptions.refuse_load(conn, ld, store, station, currency, receipt_no, why, now)
                continue
            balance = int(card.balance_minor) + ld.amount_minor
            conn.execute(
                update(gift_cards)
                .where(gift_cards.c.code == ld.code)
                .values(
                    balance_minor=balance,
                    loaded_minor=int(card.loaded_minor) + ld.amount_minor,
                    last_used_at=now,
                    updated_at=now,
                )
            )
        conn.execute(
            gift_card_ops.insert().values(
                op_id=op_id,
                code=ld.code,
                kind=LOAD,
                store=store,
                station=station,
                amount_minor=ld.amount_minor,
                balance_after_minor=balance,
                ref=receipt_no,
                created_at=now,
                cancelled_at=None,
            )
        )


def as_dict(row) -> dict:
    return {
        "code": row.code,
        "currency": row.currency,
        "balance_minor": int(row.balance_minor),
        "loaded_minor": int(row.loaded_minor),
        "status": "active",
        "activated_at": row.activated_at,
        "store": row.store,
        "station": row.station,
        "last_used_at": row.last_used_at,
    }


def get(conn: Connection, code: str) -> dict | None:
    row = conn.execute(select(gift_cards).where(gift_cards.c.code == code)).first()
    return as_dict(row) if row else None


def unknown_card(code: str) -> Message:
    return msg("hub", "Gift card {code} is not known or not yet activated", code=code)


def _answer(op) -> dict:
    return redemptions.money_taken(gift_card_ops.c.op_id, op)


def _op(conn: Connection, op_id: str):
    return conn.execute(select(gift_card_ops).where(gift_card_ops.c.op_id == op_id)).first()


def redeem(
    engine: Engine, store: str, station: str, redemption_id: str, code: str, amount_minor: int, ref: str
) -> dict:
    """Take `amount_minor` off the card if its balance suffices, atomically; 409 with the card's
    balance when it does not (a card with nothing left is never accepted). hub/redemptions.py."""

    def repeat(conn: Connection, prior) -> dict:
        """A redemption id seen before: the first answer for the same body, else refused."""
        redemptions.check_repeat(
            prior,
            store,
            station,
            (code, amount_minor, ref),
            (prior.code, int(prior.amount_minor), prior.ref),
            foreign=msg(
                "hub", "redemption id {redemption_id} was already used; use a new id", redemption_id=prior.op_id
            ),
            other=lambda: msg(
                "hub",
                "redemption id {redemption_id} was already used for another redemption "
                "(gift card {code}, {amount}); use a new id",
                redemption_id=prior.op_id,
                code=prior.code,
                amount=Amount(int(prior.amount_minor), redemptions.store_currency(conn, prior.store)),
            ),
            redemption=prior.kind == REDEEM,
        )
        return _answer(prior)

    def take(conn: Connection) -> dict:
        card = conn.execute(select(gift_cards).where(gift_cards.c.code == code).with_for_update()).first()
        if card is None:
            raise NotFound(unknown_card(code))
        left = redemptions.money_left(
            conn,
            card,
            store,
            amount_minor,
            other_currency=lambda its, ours: msg(
                "hub", "Gift card {code} is in {currency}; this store takes {ours}", code=code, currency=its, ours=ours
            ),
            too_low=lambda has: msg("hub", "Gift card {code} has {left} left", code=code, left=has),
        )
        now = utcnow_text()
        conn.execute(
            update(gift_cards)
            .where(gift_cards.c.code == code)
            .values(balance_minor=left, last_used_at=now, updated_at=now)
        )
        row = {
            "op_id": redemption_id,
            "code": code,
            "kind": REDEEM,
            "store": store,
            "station": station,
            "amount_minor": amount_minor,
            "balance_after_minor": left,
            "ref": ref,
            "created_at": now,
            "cancelled_at": None,
        }
        conn.execute(gift_card_ops.insert().values(**row))
        return _answer(_op(conn, redemption_id))

    return redemptions.redeem_once(engine, [redemption_id], lambda conn: _op(conn, redemption_id), repeat, take)


def _redemption(conn: Connection, redemption_id: str):
    op = _op(conn, redemption_id)
    return op if op is not None and op.kind == REDEEM else None


def cancel(engine: Engine, store: str, redemption_id: str, station: str | None = None) -> dict:
    """Give a redemption's amount back to its card, once; only the station that made it."""
    return redemptions.cancel_once(
        engine,
        store,
        station,
        redemption_id,
        lambda conn: _redemption(conn, redemption_id),
        lambda conn, op: redemptions.give_money_back(conn, gift_cards, gift_card_ops.c.op_id, op),
        kind="gift_card",
    )


@dataclass(frozen=True)
class Outstanding:
    """One card's balance still owed to its holder (the liability export)."""

    code: str
    currency: str
    balance_minor: int
    activated_at: str
    store: str
    station: str
    last_used_at: str


def outstanding(conn: Connection) -> list[Outstanding]:
    """Every card with a balance left, by currency then code."""
    g = gift_cards.c
    rows = conn.execute(
        select(g.code, g.currency, g.balance_minor, g.activated_at, g.store, g.station, g.last_used_at)
        .where(g.balance_minor > 0)
        .order_by(g.currency, g.code)
    )
    return [Outstanding(r[0], r[1], int(r[2]), r[3], r[4], r[5], r[6]) for r in rows]


def totals(conn: Connection) -> dict[str, int]:
    """Outstanding balance per currency."""
    g = gift_cards.c
    rows = conn.execute(select(g.currency, func.sum(g.balance_minor)).group_by(g.currency).order_by(g.currency))
    return {cur: int(total or 0) for cur, total in rows}
