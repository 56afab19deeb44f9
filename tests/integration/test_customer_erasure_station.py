"""A customer erased at the hub leaves no name or card at the station (issue 18): the feed item
"customer_erased" clears them from the sales made for them, the points payments of those sales,
every stored basket (completed, parked, open) and the events already sent; the events still
waiting keep what the hub needs, and the hash-chained journal is not rewritten (it still
verifies). A copy of the open sale another unit of work keeps parsed never writes the name back."""

from __future__ import annotations

import json
import sqlite3
import uuid
from decimal import Decimal as D

import pytest

from storedesk.adapters.uow import UnitOfWork
from storedesk.domain.tenders import POINTS, TakenTender, Tender
from storedesk.services import basket, customers, journal, sale
from storedesk.services.context import config, utcnow

NAME, CARD = "Ada Lovelace", "LOY9999999999"
ADA = customers.Customer("a" * 32, CARD, NAME, "+33612345678", "ada@example.org", "staff")
RULES = {"promotions": [], "loyalty": {"points_per_unit": "10", "point_value": "0.01"}}


def _with_customer(station, user, view):
    view = basket.add_scan(station.uow, user, view.basket_id, station.barcode(1))
    return customers.attach(station.uow, user, view.basket_id, ADA)


def _points_taken(station, basket_id: str, amount: D) -> None:
    """Points the hub redeemed, kept on the basket as loyalty.redeem_for_basket keeps them."""
    with station.uow.write() as tx:
        found = tx.baskets.get(basket_id)
        found.basket.take(TakenTender(Tender(POINTS, amount, CARD), uuid.uuid4().hex, utcnow(), "ana"))
        tx.baskets.save(basket_id, found.basket, utcnow())


def _erase(station) -> None:
    with station.uow.write() as tx:  # the hub's "customer_erased" feed item, applied
        customers.apply_erased(tx, {"id": ADA.id}, config(station.uow), utcnow())


def _where_left(con, skip: set[str]) -> dict[str, int]:
    """Every column of every table (but `skip`) that still holds the name or the card."""
    left = {}
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for col in [r[1] for r in con.execute(f"PRAGMA table_info('{table}')")]:
            if f"{table}.{col}" in skip:
                continue
            n = con.execute(
                f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{col}" AS TEXT), ?) > 0 '
                f'OR instr(CAST("{col}" AS TEXT), ?) > 0',
                (NAME, CARD),
            ).fetchone()[0]
            if n:
                left[f"{table}.{col}"] = n
    return left


def test_erasure_clears_the_name_and_card_everywhere_but_the_journal_and_waiting_events(station):
    with station.uow.write() as tx:
        tx.promotions.replace(json.dumps(RULES), "hub", utcnow())
    user = station.user("ana")
    # a sale for Ada paid in cash, its event already sent
    view = _with_customer(station, user, basket.current(station.uow, user))
    sale.complete_sale(station.uow, user, view.basket_id, [Tender("cash", view.totals.total)])
    with station.uow.write() as tx:
        (sent_id,) = tx.conn.execute("SELECT id FROM outbox WHERE kind = 'sale'").fetchone()
        tx.relay.record([(sent_id, None, "sent")], utcnow())
    # a sale for Ada paid partly with points (reference: her card), its event sent too
    view = _with_customer(station, user, basket.current(station.uow, user))
    _points_taken(station, view.basket_id, D("0.10"))
    paid_with_points = view.basket_id
    done = sale.complete_sale(station.uow, user, view.basket_id, [Tender("cash", view.totals.total - D("0.10"))])
    with station.uow.write() as tx:
        (points_id,) = tx.conn.execute("SELECT id FROM outbox WHERE kind = 'sale' AND id <> ?", (sent_id,)).fetchone()
        tx.relay.record([(points_id, None, "sent")], utcnow())
    # a third sale for Ada whose event still waits for the hub
    view = _with_customer(station, user, basket.current(station.uow, user))
    sale.complete_sale(station.uow, user, view.basket_id, [Tender("cash", view.totals.total)])
    # a sale for Ada set aside, and one open at the till
    view = _with_customer(station, user, basket.current(station.uow, user))
    basket.park(station.uow, user, view.basket_id)
    view = _with_customer(station, user, basket.current(station.uow, user))
    till = UnitOfWork(station.engine)  # the till's own unit of work keeps the open sale parsed
    assert basket.current(till, user).basket.customer.name == NAME

    _erase(station)

    con = station.raw()
    try:
        waiting = con.execute("SELECT payload FROM outbox WHERE kind = 'sale' AND status = 'pending'").fetchall()
        assert len(waiting) == 1 and CARD in waiting[0][0]  # the hub needs it as written; it blanks the card
        left = _where_left(con, skip={"journal.payload"})
        assert left == {"outbox.payload": 1}, left  # that waiting event only
        sent = [json.loads(p) for (p,) in con.execute("SELECT payload FROM outbox WHERE status = 'sent'")]
        assert [s["customer"]["card"] for s in sent] == ["", ""] and [s["customer"]["id"] for s in sent] == [ADA.id] * 2
        assert [p["reference"] for p in sent[1]["payments"] if p["kind"] == POINTS] == [""]
        assert con.execute("SELECT kind, reference FROM sale_payments WHERE sale_id = ?", (done.sale_id,)).fetchall()[
            0
        ] == (POINTS, "")
        # the journal is fiscal and hash-chained: not rewritten (the receipt printed the card)
        assert con.execute("SELECT count(*) FROM journal WHERE instr(payload, ?) > 0", (CARD,)).fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM journal WHERE instr(payload, ?) > 0", (NAME,)).fetchone()[0] == 0
        # the payments stay permanent: the trigger lets an erasure blank a points payment's card, nothing else
        with pytest.raises(sqlite3.DatabaseError, match="permanent"):
            con.execute("UPDATE sale_payments SET reference = 'x' WHERE sale_id = ?", (done.sale_id,))
        with pytest.raises(sqlite3.DatabaseError, match="permanent"):
            con.execute("UPDATE sale_payments SET amount_minor = 1 WHERE sale_id = ?", (done.sale_id,))
        with pytest.raises(sqlite3.DatabaseError, match="permanent"):
            con.execute("UPDATE sale_payments SET reference = '' WHERE kind <> 'points'")
    finally:
        con.close()
    assert journal.verify(station.uow).ok

    # the open sale carries on: the till's next change re-reads it, so the name is not written back
    view = basket.add_scan(till, user, view.basket_id, station.barcode(2))
    assert (view.basket.customer.id, view.basket.customer.name, view.basket.customer.card) == (ADA.id, "", "")
    assert view.basket.customer.group == "staff"  # the same prices as before the erasure
    till.close()
    con = station.raw()
    try:
        assert _where_left(con, skip={"journal.payload", "outbox.payload"}) == {}
    finally:
        con.close()
    # a completed sale's basket still reads (a repeated "complete" answers with the sale)
    again = sale.complete_sale(station.uow, user, paid_with_points, [Tender("cash", D("1.00"))])
    assert again.receipt_no == done.receipt_no
    _erase(station)  # a repeated feed item changes nothing more and fails nowhere
