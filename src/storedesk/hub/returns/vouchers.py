"""Store-credit vouchers: issued by a return's store_credit payment, redeemable at any station.

A voucher's code is the store_credit payment's `reference` (the station makes it); its balance
lives here only, so two stations cannot spend the same credit twice: a redemption locks the
voucher row (SELECT ... FOR UPDATE on PostgreSQL; SQLite has one writer) and takes the amount
only if the balance suffices. Redemptions are idempotent by their id (the station's uuid): a
repeat with the same body gets the first answer; another body under the same id is refused.
A cancellation gives the amount back once (repeats answer the same way).
"""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from ...i18n import Message, msg
from .. import db, ownership
from ..errors import Amount, Conflict, Forbidden, NotFound
from ..models import stores
from ..times import utcnow_text
from .models import voucher_redemptions, vouchers

ACTIVE, SPENT = "active", "spent"


def issue(conn: Connection, code: str, currency: str, amount_minor: int, store: str, return_id: str, now: str) -> None:
    """Create the voucher a return's store_credit payment promised. Idempotent for that return:
    a voucher already issued by it is left as it is; a code issued by another return is refused
    (raises ValueError with the reason)."""
    row = conn.execute(select(vouchers.c.return_id, vouchers.c.store).where(vouchers.c.code == code)).first()
    if row is not None:
        if row.return_id == return_id:
            return
        if row.store != store:  # name none of another store's data
            raise ValueError(
                f"voucher code {code} was already issued by another return, of another store; "
                f"the station must make a new code"
            )
        raise ValueError(f"voucher code {code} was already issued by another return ({row.return_id})")
    conn.execute(
        vouchers.insert().values(
            code=code,
            currency=currency,
            issued_minor=amount_minor,
            balance_minor=amount_minor,
            store=store,
            return_id=return_id,
            created_at=now,
            updated_at=now,
        )
    )


def as_dict(row) -> dict:
    return {
        "code": row.code,
        "currency": row.currency,
        "balance_minor": int(row.balance_minor),
        "issued_minor": int(row.issued_minor),
        "status": ACTIVE if row.balance_minor > 0 else SPENT,
        "store": row.store,
        "created_at": row.created_at,
    }


def get(conn: Connection, code: str) -> dict | None:
    row = conn.execute(select(vouchers).where(vouchers.c.code == code)).first()
    return as_dict(row) if row else None


def _store_currency(conn: Connection, store: str) -> str:
    return conn.execute(select(stores.c.currency).where(stores.c.code == store)).scalar_one()


def redeem(
    engine: Engine, store: str, station: str, redemption_id: str, code: str, amount_minor: int, ref: str
) -> dict:
    """Take `amount_minor` off the voucher if its balance suffices, atomically."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, [redemption_id])
        prior = conn.execute(
            select(voucher_redemptions).where(voucher_redemptions.c.redemption_id == redemption_id)
        ).first()
        if prior is not None:
            if not ownership.belongs(store, station, prior.store, prior.station):  # name none of its data
                raise Conflict(_reused(redemption_id, store == prior.store))
            if (prior.code, int(prior.amount_minor), prior.ref) != (code, amount_minor, ref):
                was = Amount(int(prior.amount_minor), _store_currency(conn, prior.store))
                raise Conflict(
                    msg(
                        "hub",
                        "redemption id {redemption_id} was already used for another redemption "
                        "(voucher {code}, {amount}); use a new id",
                        redemption_id=redemption_id,
                        code=prior.code,
                        amount=was,
                    )
                )
            return _redeem_answer(prior)
        v = conn.execute(select(vouchers).where(vouchers.c.code == code).with_for_update()).first()
        if v is None:
            raise NotFound(unknown_voucher(code))
        currency = _store_currency(conn, store)
        if v.currency != currency:
            raise Conflict(
                msg(
                    "hub",
                    "Voucher {code} is in {currency}; this store takes {ours}",
                    code=code,
                    currency=v.currency,
                    ours=currency,
                )
            )
        balance = int(v.balance_minor)
        if amount_minor > balance:
            has = Amount(balance, v.currency)
            raise Conflict(
                msg("hub", "Voucher {code} has {left} left", code=code, left=has)
                if balance
                else msg("hub", "Voucher {code} has {left} left (spent)", code=code, left=has)
            )
        now = utcnow_text()
        left = balance - amount_minor
        conn.execute(update(vouchers).where(vouchers.c.code == code).values(balance_minor=left, updated_at=now))
        row = {
            "redemption_id": redemption_id,
            "code": code,
            "store": store,
            "station": station,
            "amount_minor": amount_minor,
            "ref": ref,
            "balance_after_minor": left,
            "created_at": now,
            "cancelled_at": None,
        }
        conn.execute(voucher_redemptions.insert().values(**row))
        return _redeem_answer(
            conn.execute(select(voucher_redemptions).where(voucher_redemptions.c.redemption_id == redemption_id)).one()
        )

    return db.run_write(engine, work)


def _redeem_answer(r) -> dict:
    return {
        "redemption_id": r.redemption_id,
        "code": r.code,
        "amount_minor": int(r.amount_minor),
        "balance_minor": int(r.balance_after_minor),
    }


def cancel(engine: Engine, store: str, redemption_id: str, station: str | None = None) -> dict:
    """Give a redemption's amount back to its voucher (the sale it paid did not complete).
    Once: a repeat answers "cancelled" again without giving anything back twice. With
    `station`, only a redemption that station made."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, [redemption_id])
        r = conn.execute(
            select(voucher_redemptions).where(voucher_redemptions.c.redemption_id == redemption_id)
        ).first()
        if r is None:
            raise NotFound(unknown_redemption(redemption_id))
        if not ownership.belongs(store, station, r.store, r.station):
            raise Forbidden(
                msg(
                    "hub",
                    "redemption {redemption_id} was made by another station; only the station that made it cancels it",
                    redemption_id=redemption_id,
                )
                if store == r.store
                else msg(
                    "hub",
                    "redemption {redemption_id} was made by another store; only the station that made it cancels it",
                    redemption_id=redemption_id,
                )
            )
        v = conn.execute(select(vouchers).where(vouchers.c.code == r.code).with_for_update()).one()
        balance = int(v.balance_minor)
        if r.cancelled_at is None:
            now = utcnow_text()
            balance += int(r.amount_minor)
            conn.execute(
                update(vouchers).where(vouchers.c.code == r.code).values(balance_minor=balance, updated_at=now)
            )
            conn.execute(
                update(voucher_redemptions)
                .where(voucher_redemptions.c.redemption_id == redemption_id)
                .values(cancelled_at=now)
            )
        return {
            "redemption_id": redemption_id,
            "status": "cancelled",
            "code": r.code,
            "amount_minor": int(r.amount_minor),
            "balance_minor": balance,
        }

    return db.run_write(engine, work)


def unknown_voucher(code: str) -> Message:
    return msg("hub", "Voucher {code} is not known", code=code)


def unknown_redemption(redemption_id: str) -> Message:
    return msg("hub", "redemption {redemption_id} is not known", redemption_id=redemption_id)


def _reused(redemption_id: str, same_store: bool) -> Message:
    """A redemption id another store or station used: say which kind, name none of its data."""
    if same_store:
        return msg(
            "hub",
            "redemption id {redemption_id} was already used for another redemption, by another station; use a new id",
            redemption_id=redemption_id,
        )
    return msg(
        "hub",
        "redemption id {redemption_id} was already used for another redemption, by another store; use a new id",
        redemption_id=redemption_id,
    )


def dumps(data) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
