"""Store-credit vouchers: issued by a return's store_credit payment, redeemable at any station.

A voucher's code is the store_credit payment's `reference` (the station makes it); its balance
lives here only, so two stations cannot spend the same credit twice: a redemption locks the
voucher row (SELECT ... FOR UPDATE on PostgreSQL; SQLite has one writer) and takes the amount
only if the balance suffices. Redemptions are idempotent by their id (the station's uuid): a
repeat with the same body gets the first answer; another body under the same id is refused.
A cancellation gives the amount back once (repeats answer the same way).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from ...i18n import Message, msg
from .. import redemptions
from ..errors import Amount, NotFound
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


def _redemption(conn: Connection, redemption_id: str):
    return conn.execute(select(voucher_redemptions).where(voucher_redemptions.c.redemption_id == redemption_id)).first()


def redeem(
    engine: Engine, store: str, station: str, redemption_id: str, code: str, amount_minor: int, ref: str
) -> dict:
    """Take `amount_minor` off the voucher if its balance suffices, atomically (hub/redemptions.py)."""

    def repeat(conn: Connection, prior) -> dict:
        redemptions.check_repeat(
            prior,
            store,
            station,
            (code, amount_minor, ref),
            (prior.code, int(prior.amount_minor), prior.ref),
            foreign=_reused(redemption_id, store == prior.store),  # name none of its data
            other=lambda: msg(
                "hub",
                "redemption id {redemption_id} was already used for another redemption "
                "(voucher {code}, {amount}); use a new id",
                redemption_id=redemption_id,
                code=prior.code,
                amount=Amount(int(prior.amount_minor), redemptions.store_currency(conn, prior.store)),
            ),
        )
        return _redeem_answer(prior)

    def take(conn: Connection) -> dict:
        v = conn.execute(select(vouchers).where(vouchers.c.code == code).with_for_update()).first()
        if v is None:
            raise NotFound(unknown_voucher(code))
        left = redemptions.money_left(
            conn,
            v,
            store,
            amount_minor,
            other_currency=lambda its, ours: msg(
                "hub", "Voucher {code} is in {currency}; this store takes {ours}", code=code, currency=its, ours=ours
            ),
            too_low=lambda has: (
                msg("hub", "Voucher {code} has {left} left", code=code, left=has)
                if has.minor
                else msg("hub", "Voucher {code} has {left} left (spent)", code=code, left=has)
            ),
        )
        now = utcnow_text()
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
        return _redeem_answer(_redemption(conn, redemption_id))

    return redemptions.redeem_once(engine, [redemption_id], lambda conn: _redemption(conn, redemption_id), repeat, take)


def _redeem_answer(r) -> dict:
    return redemptions.money_taken(voucher_redemptions.c.redemption_id, r)


def cancel(engine: Engine, store: str, redemption_id: str, station: str | None = None) -> dict:
    """Give a redemption's amount back to its voucher (the sale it paid did not complete).
    Once: a repeat answers "cancelled" again without giving anything back twice. With
    `station`, only a redemption that station made (hub/redemptions.py)."""
    return redemptions.cancel_once(
        engine,
        store,
        station,
        redemption_id,
        lambda conn: _redemption(conn, redemption_id),
        lambda conn, r: redemptions.give_money_back(conn, vouchers, voucher_redemptions.c.redemption_id, r),
        kind="voucher",
        name_store=True,
    )


def unknown_voucher(code: str) -> Message:
    return msg("hub", "Voucher {code} is not known", code=code)


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
