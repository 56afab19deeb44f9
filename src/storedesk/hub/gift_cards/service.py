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
from .. import db, ownership
from ..errors import Amount, Conflict, Forbidden, NotFound
from ..models import stores
from ..times import utcnow_text
from ..validation import Invalid
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
    (the op id is the sale line). A card of another currency cannot take the load: Invalid."""
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
                raise Invalid(f"lines[{ld.line}]: gift card {ld.code} is in {card.currency}, the sale in {currency}")
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


def unknown_redemption(redemption_id: str) -> Message:
    return msg("hub", "redemption {redemption_id} is not known", redemption_id=redemption_id)


def _store_currency(conn: Connection, store: str) -> str:
    return conn.execute(select(stores.c.currency).where(stores.c.code == store)).scalar_one()


def _answer(op) -> dict:
    return {
        "redemption_id": op.op_id,
        "code": op.code,
        "amount_minor": int(op.amount_minor),
        "balance_minor": int(op.balance_after_minor),
    }


def _repeat(conn: Connection, prior, store: str, station: str, code: str, amount_minor: int, ref: str) -> dict:
    """A redemption id seen before: the first answer for the same body, else refused."""
    if prior.kind != REDEEM or not ownership.belongs(store, station, prior.store, prior.station):
        raise Conflict(
            msg("hub", "redemption id {redemption_id} was already used; use a new id", redemption_id=prior.op_id)
        )
    if (prior.code, int(prior.amount_minor), prior.ref) != (code, amount_minor, ref):
        raise Conflict(
            msg(
                "hub",
                "redemption id {redemption_id} was already used for another redemption "
                "(gift card {code}, {amount}); use a new id",
                redemption_id=prior.op_id,
                code=prior.code,
                amount=Amount(int(prior.amount_minor), _store_currency(conn, prior.store)),
            )
        )
    return _answer(prior)


def redeem(
    engine: Engine, store: str, station: str, redemption_id: str, code: str, amount_minor: int, ref: str
) -> dict:
    """Take `amount_minor` off the card if its balance suffices, atomically; 409 with the card's
    balance when it does not (a card with nothing left is never accepted)."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, [redemption_id])
        prior = conn.execute(select(gift_card_ops).where(gift_card_ops.c.op_id == redemption_id)).first()
        if prior is not None:
            return _repeat(conn, prior, store, station, code, amount_minor, ref)
        card = conn.execute(select(gift_cards).where(gift_cards.c.code == code).with_for_update()).first()
        if card is None:
            raise NotFound(unknown_card(code))
        ours = _store_currency(conn, store)
        if card.currency != ours:
            raise Conflict(
                msg(
                    "hub",
                    "Gift card {code} is in {currency}; this store takes {ours}",
                    code=code,
                    currency=card.currency,
                    ours=ours,
                )
            )
        balance = int(card.balance_minor)
        if amount_minor > balance:
            raise Conflict(
                msg("hub", "Gift card {code} has {left} left", code=code, left=Amount(balance, card.currency))
            )
        now, left = utcnow_text(), balance - amount_minor
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
        return _answer(conn.execute(select(gift_card_ops).where(gift_card_ops.c.op_id == redemption_id)).one())

    return db.run_write(engine, work)


def cancel(engine: Engine, store: str, redemption_id: str, station: str | None = None) -> dict:
    """Give a redemption's amount back to its card, once; only the station that made it."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, [redemption_id])
        op = conn.execute(select(gift_card_ops).where(gift_card_ops.c.op_id == redemption_id)).first()
        if op is None or op.kind != REDEEM:
            raise NotFound(unknown_redemption(redemption_id))
        if not ownership.belongs(store, station, op.store, op.station):
            raise Forbidden(
                msg(
                    "hub",
                    "redemption {redemption_id} was made by another station; only the station that made it cancels it",
                    redemption_id=redemption_id,
                )
            )
        card = conn.execute(select(gift_cards).where(gift_cards.c.code == op.code).with_for_update()).one()
        balance = int(card.balance_minor)
        if op.cancelled_at is None:
            now = utcnow_text()
            balance += int(op.amount_minor)
            conn.execute(
                update(gift_cards).where(gift_cards.c.code == op.code).values(balance_minor=balance, updated_at=now)
            )
            conn.execute(update(gift_card_ops).where(gift_card_ops.c.op_id == redemption_id).values(cancelled_at=now))
        return {
            "redemption_id": redemption_id,
            "status": "cancelled",
            "code": op.code,
            "amount_minor": int(op.amount_minor),
            "balance_minor": balance,
        }

    return db.run_write(engine, work)


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
