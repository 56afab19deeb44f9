"""Issue 13: a payment taken before the sale completes (a card the terminal approved, a voucher
the hub redeemed) is kept on the open basket, durably, from that moment: a restart, a crash or
another user signing in never loses the fact that the customer already paid it (before, it lived
only in the sale screen's memory: the card was charged twice, or the drawer came up short).

And every way a sale is written (the counter, pay at pickup, an exchange at Returns) refuses cash
far above what is due unless the clerk confirmed it (services/sale.write_sale).

On the pinned catalog (tests/conftest.py): product 1 Test Apples 1 kg 2.49, 2 Test Brioche 5.29,
5 Test Cola x6 3.19, 8 Test Puzzle Book 16.19. Users: ana (clerk), sam (supervisor), max (manager).
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal as D

import pytest
from tests.e2e.conftest import hub, make_station  # noqa: F401  (a real hub process, for vouchers)
from tests.helpers.stations import credit_return
from tests.integration.test_pickup import desk, picked_ready  # noqa: F401
from tests.integration.test_returns_station import _basket_with, brioche_sale, sold  # noqa: F401

from storedesk.domain.errors import BasketError, PaymentError
from storedesk.domain.returns import ReturnError
from storedesk.domain.tenders import Tender
from storedesk.services import basket, basket_owner, sale, sync, vouchers
from storedesk.services.pickup import handover, queues
from storedesk.services.returns import exchange
from storedesk.services.returns.planning import ReturnLineIn

CARD = Tender("card", D("1.00"), "A1")


def raw(st) -> sqlite3.Connection:
    """The station's database file, opened by itself (what a restart would read)."""
    return sqlite3.connect(st.data_dir / "storedesk.db")


def cash(amount: str) -> Tender:
    return Tender("cash", D(amount))


def stored(st, basket_id: str) -> tuple[str, list[dict]]:
    """(status, the payments taken) of a basket, read from the database file itself."""
    con = raw(st)
    try:
        status, data = con.execute("SELECT status, data FROM baskets WHERE id = ?", (basket_id,)).fetchone()
    finally:
        con.close()
    return status, json.loads(data).get("tenders_taken", [])


def payments(st, receipt_no: str) -> list[tuple]:
    con = raw(st)
    try:
        return con.execute(
            "SELECT p.kind, p.amount_minor, p.reference FROM sale_payments p JOIN sales s "
            "ON s.id = p.sale_id WHERE s.receipt_no = ? ORDER BY p.line_no",
            (receipt_no,),
        ).fetchall()
    finally:
        con.close()


def apples_with_a_card(st):
    """Ana rings up Test Apples (2.49) and the terminal approves 1.00 on the customer's card."""
    ana = st.user("ana")
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(1))
    return basket.take_tender(st.uow, ana, v.basket_id, CARD)


# ---- kept, and counted once ------------------------------------------------------------------
def test_a_card_taken_survives_a_restart_and_the_sale_counts_it_once(pinned):
    st = pinned
    v = apples_with_a_card(st)
    assert v.basket.taken_tenders == [CARD]
    status, taken = stored(st, v.basket_id)  # in the file, not in a screen's memory
    assert status == "open" and [(t["kind"], t["amount"], t["reference"], t["taken_by"]) for t in taken] == [
        ("card", "1.00", "A1", "ana")
    ]

    st.close()  # the till restarts (or crashed)
    st.open()
    ana = st.user("ana")
    again = basket.current(st.uow, ana)
    assert again.basket_id == v.basket_id and again.basket.taken_tenders == [CARD]

    done = sale.complete_sale(st.uow, ana, again.basket_id, [cash("1.49")])  # F12: only the rest
    assert done.change == 0 and done.amount_due == D("2.49")
    assert payments(st, done.receipt_no) == [("card", 100, "A1"), ("cash", 149, "")]
    con = st.raw()
    wire = json.loads(con.execute("SELECT payload FROM outbox WHERE kind = 'sale' ORDER BY seq DESC").fetchone()[0])
    con.close()
    assert wire["payments"] == [
        {"kind": "card", "amount_minor": 100, "reference": "A1"},
        {"kind": "cash", "amount_minor": 149, "reference": ""},
    ]
    assert stored(st, v.basket_id)[0] == "completed"


def test_a_card_paying_everything_completes_with_nothing_more(pinned):
    st = pinned
    ana = st.user("ana")
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(1))
    basket.take_tender(st.uow, ana, v.basket_id, Tender("card", D("2.49"), "B2"))
    done = sale.complete_sale(st.uow, ana, v.basket_id, [])
    assert payments(st, done.receipt_no) == [("card", 249, "B2")]


# ---- the rules: what a payment taken allows -----------------------------------------------------
def test_a_basket_with_a_payment_taken_is_not_parked_voided_whole_or_cancelled(pinned):
    st = pinned
    ana = st.user("ana")
    first = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(2))
    basket.park(st.uow, ana, first.basket_id)
    v = apples_with_a_card(st)

    with pytest.raises(
        BasketError,
        match=r"A payment of 1\.00 EUR is already taken on this sale, so it cannot be "
        r"parked\. Complete the sale first",
    ):
        basket.park(st.uow, ana, v.basket_id)
    with pytest.raises(BasketError, match="cannot be voided whole"):
        basket.clear(st.uow, st.user("max"), v.basket_id)
    with pytest.raises(BasketError, match="cannot be parked"):  # a recall would park it in exchange
        basket.recall(st.uow, ana, v.basket_id, first.basket_id)
    assert stored(st, v.basket_id) == ("open", stored(st, v.basket_id)[1]) and len(stored(st, v.basket_id)[1]) == 1
    assert len(basket.parked(st.uow)) == 1

    # lines can still be added or voided: what is still due follows
    more = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(5))  # + 3.19
    assert more.totals.total == D("5.68") and more.basket.taken_tenders == [CARD]
    apples = next(ln.line_id for ln in more.basket.active_lines if ln.product_id == 1)
    cola = next(ln.line_id for ln in more.basket.active_lines if ln.product_id == 5)
    after = basket.void_line(st.uow, st.user("max"), v.basket_id, apples)
    assert after.totals.total == D("3.19")
    # ... but never below what the card already paid: the card gives no change
    with pytest.raises(BasketError, match=r"1\.00 EUR is already paid by card or voucher on this sale"):
        basket.void_line(st.uow, st.user("max"), v.basket_id, cola)
    assert basket.current(st.uow, ana).totals.total == D("3.19")


def test_a_payment_given_back_is_removed_once_and_the_sale_may_then_be_parked(pinned):
    st = pinned
    ana = st.user("ana")
    v = apples_with_a_card(st)
    last = basket.last_taken(st.uow, v.basket_id)
    back = basket.give_back_tender(st.uow, ana, v.basket_id, last)
    assert back.basket.taken == [] and stored(st, v.basket_id)[1] == []
    with pytest.raises(BasketError, match="already given back"):  # a second press removes nothing more
        basket.give_back_tender(st.uow, ana, v.basket_id, last)
    assert basket.park(st.uow, ana, v.basket_id).parked_as == 1


def test_cards_and_vouchers_taken_never_pay_more_than_the_sale(pinned):
    st = pinned
    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    with pytest.raises(BasketError, match="Scan something before taking a payment"):
        basket.take_tender(st.uow, ana, v.basket_id, CARD)
    v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(1))
    with pytest.raises(PaymentError, match="cannot pay more than what is left"):
        basket.take_tender(st.uow, ana, v.basket_id, Tender("card", D("2.50"), "X"))
    assert stored(st, v.basket_id)[1] == []


def test_another_user_signing_in_parks_it_for_its_owner_with_its_payment(pinned):
    st = pinned
    ana, sam = st.user("ana"), st.user("sam")
    v = apples_with_a_card(st)
    found = basket_owner.on_sign_in(st.uow, sam)
    assert found.outcome == basket_owner.PARKED and found.sale.owner.username == "ana"
    assert stored(st, v.basket_id) == ("parked", stored(st, v.basket_id)[1])
    sams = basket.current(st.uow, sam)
    assert sams.basket_id != v.basket_id and sams.basket.taken == []

    assert basket_owner.on_sign_in(st.uow, ana).outcome == basket_owner.OWN  # Sam's empty basket becomes hers
    back = basket.recall(st.uow, ana, basket.current(st.uow, ana).basket_id, v.basket_id)
    assert back.basket_id == v.basket_id and back.basket.taken_tenders == [CARD]
    done = sale.complete_sale(st.uow, ana, v.basket_id, [cash("1.49")])
    assert payments(st, done.receipt_no) == [("card", 100, "A1"), ("cash", 149, "")]


# ---- the cash ceiling, on every way a sale is written ---------------------------------------------
def test_pay_at_pickup_refuses_absurd_cash_unless_confirmed(desk):  # noqa: F811
    oid = picked_ready(desk, payment="pay_at_pickup")  # 10.27
    before = desk.counts()
    with pytest.raises(PaymentError, match="€100,000.00 in cash for €10.27 due"):
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[cash("100000")])
    assert desk.counts() == before and queues.order(desk.uow, oid).status == "ready"
    res = handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[cash("100000")], cash_confirmed=True)
    assert res.change == D("99989.73") and payments(desk, res.receipt_no) == [("cash", 10000000, "")]


def test_an_exchange_refuses_absurd_cash_unless_confirmed(sold):  # noqa: F811
    st, ana, s, brioche = brioche_sale(sold)
    basket_id = _basket_with(st, 8)  # 16.19; the brioche returned is worth 4.76: 11.43 to pay
    before = st.counts(("returns", "sales", "journal"))
    with pytest.raises(PaymentError, match="€100,000.00 in cash for €11.43 due"):
        exchange.complete_exchange(
            st.uow, ana, s, [ReturnLineIn(brioche.line_no, D(1))], "wrong_size", basket_id, [cash("100000")]
        )
    assert st.counts(("returns", "sales", "journal")) == before and stored(st, basket_id)[0] == "open"
    ex = exchange.complete_exchange(
        st.uow,
        ana,
        s,
        [ReturnLineIn(brioche.line_no, D(1))],
        "wrong_size",
        basket_id,
        [cash("100000")],
        cash_confirmed=True,
    )
    assert ex.sale.change == D("99988.57")


def test_an_exchange_waits_for_a_counter_sale_with_a_payment_taken(sold):  # noqa: F811
    st, ana, s, brioche = brioche_sale(sold)
    basket_id = _basket_with(st, 8)
    basket.take_tender(st.uow, ana, basket_id, CARD)
    with pytest.raises(ReturnError, match="already taken on the counter's sale: complete it at the counter first"):
        exchange.complete_exchange(
            st.uow, ana, s, [ReturnLineIn(brioche.line_no, D(1))], "wrong_size", basket_id, [cash("20")]
        )
    assert stored(st, basket_id)[0] == "open"


# ---- store credit: redeemed at a real hub, kept with its redemption id ---------------------------
def test_a_voucher_redeemed_is_kept_with_its_redemption_and_given_back_at_the_hub(hub, make_station):  # noqa: F811
    t1 = make_station(hub, "T1")
    with t1.uow.read() as tx:
        book, cola = tx.catalog.first_barcode(8), tx.catalog.first_barcode(5)
    v = basket.add_scan(t1.uow, t1.ana, basket.current(t1.uow, t1.ana).basket_id, book)
    sold_book = sale.complete_sale(t1.uow, t1.ana, v.basket_id, [cash("20")])
    assert not sync.sync_once(t1.uow).error
    credit = credit_return(t1, t1.ana, sold_book.receipt_no)
    assert not sync.sync_once(t1.uow).error
    code, full = credit.voucher_code, vouchers.balance(t1.uow, credit.voucher_code)

    v = basket.add_scan(t1.uow, t1.ana, basket.current(t1.uow, t1.ana).basket_id, cola)  # 3.19 on the demo
    taken = vouchers.redeem_for_basket(t1.uow, t1.ana, v.basket_id, code, D("2.00"))
    assert vouchers.balance(t1.uow, code) == full - D("2.00")
    kept = stored(t1, v.basket_id)[1]
    assert [(t["kind"], t["amount"], t["reference"], t["redemption_id"]) for t in kept] == [
        ("voucher", "2.00", code, taken.redemption_id)
    ]

    t1.uow.close()  # a restart: the redemption id is still there to give the amount back
    back = vouchers.give_back_last(t1.uow, t1.ana, v.basket_id)
    assert back.basket.taken == [] and vouchers.balance(t1.uow, code) == full

    again = vouchers.redeem_for_basket(t1.uow, t1.ana, v.basket_id, code, D("2.00"))
    rest = again.view.totals.total - D("2.00")
    done = sale.complete_sale(t1.uow, t1.ana, v.basket_id, [Tender("cash", rest)])
    assert payments(t1, done.receipt_no) == [("voucher", 200, code), ("cash", int(rest * 100), "")]
