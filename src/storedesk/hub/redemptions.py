"""A tender taken at the hub: the contract store-credit vouchers (returns/vouchers.py), gift cards
(gift_cards/service.py) and loyalty points (customers/loyalty.py) share.

A station takes an amount off a balance kept here before its sale completes, under a redemption
id it makes (a uuid), and gives it back by that id if the payment is removed:
- the redemption runs under a lock (db.lock_keys; each kind locks its balance's row too: SELECT
  ... FOR UPDATE on PostgreSQL; SQLite has one writer), so two stations never spend the same
  balance twice;
- the same id again is answered as the first time when it asks the same; another body under the
  id, or an id another station used, is refused (409);
- a cancellation gives the amount back once (a repeat answers the same and gives nothing twice),
  and only to the station that made the redemption (403 otherwise, naming none of its data).
Each kind keeps its tables, its balance and its words (a voucher's code, a gift card's activation
and currency, points worth money); the order of these steps is here, once:
- `redeem_once` (with `check_repeat`) and `cancel_once`: the contract above, for all three; a
  redemption a received sale used (its payment named it: sales/paid_at_hub.py) is never given
  back (409 naming the sale): the voucher, card or points would otherwise pay twice;
- `money_left`, `money_taken`, `give_money_back`: a money balance (a voucher's, a gift card's) in
  the store's currency, taken, answered, given back; points have their own ledger (loyalty.py);
- `cancel_route`: what the three cancel routes do with the request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Table, select, update
from sqlalchemy.engine import Connection, Engine

from ..i18n import Message, msg
from . import db, ownership
from .auth import Principal, require_station
from .errors import Amount, Conflict, Forbidden, NotFound
from .models import stores
from .sales.models import redemptions_consumed
from .times import utcnow_text
from .validation import UUID_HEX

Row = Any  # a kind's redemption row (SQLAlchemy Row): has .store and .station


def redeem_once(
    engine: Engine,
    lock: list[str],
    find: Callable[[Connection], Row | None],
    repeat: Callable[[Connection, Row], dict],
    take: Callable[[Connection], dict],
) -> dict:
    """One redemption, in one write transaction under the `lock` keys: `find` the one already
    made under its id; if there is one, `repeat` answers it (see `check_repeat`), else `take`
    takes the balance and answers."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, lock)
        prior = find(conn)
        return take(conn) if prior is None else repeat(conn, prior)

    return db.run_write(engine, work)


def money_left(
    conn: Connection,
    balance: Row,
    store: str,
    amount_minor: int,
    *,
    other_currency: Callable[[str, str], Message],
    too_low: Callable[[Amount], Message],
) -> int:
    """What a money balance (a voucher's, a gift card's: a row with .currency and .balance_minor,
    locked) has left once `amount_minor` is taken; refused (Conflict) when it is not in `store`'s
    currency (`other_currency(its, ours)`) or has less left (`too_low(what it has)`)."""
    ours = store_currency(conn, store)
    if balance.currency != ours:
        raise Conflict(other_currency(balance.currency, ours))
    has = int(balance.balance_minor)
    if amount_minor > has:
        raise Conflict(too_low(Amount(has, balance.currency)))
    return has - amount_minor


def money_taken(key: Column, r: Row) -> dict:
    """The answer to a voucher's or a gift card's redemption `r` (its row in `key`'s table),
    the first time and on every repeat: the balance is the one left right after it."""
    return {
        "redemption_id": getattr(r, key.name),
        "code": r.code,
        "amount_minor": int(r.amount_minor),
        "balance_minor": int(r.balance_after_minor),
    }


def give_money_back(conn: Connection, balances: Table, key: Column, r: Row) -> dict:
    """A voucher's or a gift card's redemption `r` (its row in `key`'s table) given back: its
    amount goes back onto the balance in `balances` (locked) and it is marked cancelled, once;
    a repeat answers the same without giving anything back twice."""
    redemption_id = getattr(r, key.name)
    held = conn.execute(select(balances).where(balances.c.code == r.code).with_for_update()).one()
    balance = int(held.balance_minor)
    if r.cancelled_at is None:
        now = utcnow_text()
        balance += int(r.amount_minor)
        conn.execute(update(balances).where(balances.c.code == r.code).values(balance_minor=balance, updated_at=now))
        conn.execute(update(key.table).where(key == redemption_id).values(cancelled_at=now))
    return {
        "redemption_id": redemption_id,
        "status": "cancelled",
        "code": r.code,
        "amount_minor": int(r.amount_minor),
        "balance_minor": balance,
    }


def used_by(conn: Connection, kind: str, redemption_id: str) -> str | None:
    """The receipt of the received sale whose `kind` payment used this redemption, or None."""
    c = redemptions_consumed.c
    return conn.execute(
        select(c.receipt_no).where(c.kind == kind, c.redemption_id == redemption_id)
    ).scalar_one_or_none()


def store_currency(conn: Connection, store: str) -> str:
    return conn.execute(select(stores.c.currency).where(stores.c.code == store)).scalar_one()


def check_repeat(
    prior: Row,
    store: str,
    station: str,
    asked: tuple,
    was: tuple,
    *,
    foreign: Message,
    other: Callable[[], Message],
    redemption: bool = True,
) -> None:
    """A redemption id seen before: refused (Conflict) when it is not a redemption (`redemption`
    False) or another station's (`foreign`), or when it asked another body than this one
    (`other()`: `was` != `asked`). Else the caller answers it as the first time."""
    if not redemption or not ownership.belongs(store, station, prior.store, prior.station):
        raise Conflict(foreign)
    if was != asked:
        raise Conflict(other())


def cancel_once(
    engine: Engine,
    store: str,
    station: str | None,
    redemption_id: str,
    find: Callable[[Connection], Row | None],
    give_back: Callable[[Connection, Row], dict],
    *,
    kind: str,
    name_store: bool = False,
) -> dict:
    """Give a redemption back, in one write transaction under its id's lock: `find` it (None: not
    known, 404); another station's is refused (403; `name_store`: the answer says when it was
    another store's); one a received sale used (its payment of `kind` named it: sales/paid_at_hub.py)
    is refused (409, naming the sale), else `give_back` gives its amount back, once, and answers."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, [redemption_id])
        r = find(conn)
        if r is None:
            raise NotFound(unknown_redemption(redemption_id))
        if not ownership.belongs(store, station, r.store, r.station):
            raise Forbidden(made_elsewhere(redemption_id, same_store=store == r.store or not name_store))
        receipt_no = used_by(conn, kind, redemption_id)
        if receipt_no is not None:
            raise Conflict(
                msg(
                    "hub",
                    "This payment was already used by sale {receipt_no}; it cannot be given back",
                    receipt_no=receipt_no,
                )
            )
        return give_back(conn, r)

    return db.run_write(engine, work)


def cancel_route(who: Principal, redemption_id: str, cancel: Callable[[str, str, str], dict]) -> dict:
    """What the three cancel routes do: a station's token only; an id that is no uuid is not
    known (404, as an unknown one); else `cancel(store, station, redemption_id)`."""
    me = require_station(who)
    if not UUID_HEX.match(redemption_id):
        raise NotFound(unknown_redemption(redemption_id))
    return cancel(me.store, me.station, redemption_id)


def unknown_redemption(redemption_id: str) -> Message:
    return msg("hub", "redemption {redemption_id} is not known", redemption_id=redemption_id)


def made_elsewhere(redemption_id: str, same_store: bool) -> Message:
    """Another station's redemption, or another store's: say which, name none of its data."""
    if same_store:
        return msg(
            "hub",
            "redemption {redemption_id} was made by another station; only the station that made it cancels it",
            redemption_id=redemption_id,
        )
    return msg(
        "hub",
        "redemption {redemption_id} was made by another store; only the station that made it cancels it",
        redemption_id=redemption_id,
    )
