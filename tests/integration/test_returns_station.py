"""Returns on a real station file (no hub here: the station is offline, so the policy for
its own sales applies). The hub's arbitration across stations is in tests/e2e/test_returns_hub.py.

Worked example (pinned catalog): 2 x Test Brioche 5.29 (B 5.5 %) + 1 x Test Cola x6 3.19 (A 20 %)
= 13.77, basket discount 10 % -> 12.39 (1.38 off, allocated 1.06 / 0.32 by amount):
Brioche line gross 10.58 - 1.06 = 9.52, Cola 3.19 - 0.32 = 2.87. Paid cash 20.00, change 7.61.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D

import pytest
from tests.helpers.stations import sell_items

from storedesk.domain.errors import PermissionDenied
from storedesk.domain.returns import OverReturn, ReturnError
from storedesk.domain.tenders import Tender
from storedesk.services import basket
from storedesk.services.returns import complete, exchange, flags, lookup, no_receipt, planning
from storedesk.services.returns.no_receipt import NoReceiptItem
from storedesk.services.returns.planning import ReturnLineIn


@pytest.fixture
def sold(pinned):
    res = sell_items(pinned, [(2, 2), (5, 1)], discount_pct="10")
    return pinned, res


def test_partial_returns_over_visits_never_exceed_the_sale(sold):
    st, res = sold
    ana = st.user("ana")
    s = lookup.find_sale(st.uow, res.receipt_no.lower())  # typed in lower case, still found
    assert s.online is False and s.station == "T1"
    brioche = next(ln for ln in s.lines if ln.name == "Test Brioche")
    assert brioche.gross == D("9.52")

    r1 = complete.complete_return(st.uow, ana, s, [ReturnLineIn(brioche.line_no, D(1))], "changed_mind")
    assert r1.return_no == "PAR01-T1-R000001" and r1.offline is True
    assert r1.total == D("4.76")
    assert [(p.kind, p.amount) for p in r1.parts] == [("cash", D("4.76"))]

    s2 = lookup.find_sale(st.uow, res.receipt_no)
    assert next(ln for ln in s2.lines if ln.line_no == brioche.line_no).returned_quantity == 1
    with pytest.raises(OverReturn, match="only 1 left to return, 2 asked"):
        complete.complete_return(st.uow, ana, s2, [ReturnLineIn(brioche.line_no, D(2))], "changed_mind")

    r2 = complete.complete_return(st.uow, ana, s2, [ReturnLineIn(brioche.line_no, D(1))], "faulty")
    assert r2.return_no == "PAR01-T1-R000002" and r2.total == D("4.76")
    cola = next(ln for ln in s2.lines if ln.name == "Test Cola x6")
    r3 = complete.complete_return(
        st.uow, ana, lookup.find_sale(st.uow, res.receipt_no), [ReturnLineIn(cola.line_no, D(1))], "wrong_size"
    )
    # Everything back: the refunds add up to exactly what was paid, to the cent.
    assert r1.total + r2.total + r3.total == res.total == D("12.39")
    with pytest.raises(OverReturn, match="already returned in full"):
        complete.complete_return(
            st.uow, ana, lookup.find_sale(st.uow, res.receipt_no), [ReturnLineIn(cola.line_no, D(1))], "faulty"
        )
    # a stale view (read before the last return) is refused inside the write transaction
    with pytest.raises((OverReturn, ReturnError)):
        complete.complete_return(st.uow, ana, s2, [ReturnLineIn(cola.line_no, D(1))], "faulty")
    assert st.count("returns") == 3


def test_one_return_is_one_transaction_with_journal_outbox_and_stock(sold):
    st, res = sold
    ana = st.user("ana")
    before = st.counts(("journal", "outbox", "stock_movements"))
    con = st.raw()

    def on_hand(pid: int) -> int:
        return con.execute("SELECT on_hand_milli FROM stock_balances WHERE product_id = ?", (pid,)).fetchone()[0]

    brioche_before, cola_before = on_hand(2), on_hand(5)
    s = lookup.find_sale(st.uow, res.receipt_no)
    lines = [
        ReturnLineIn(ln.line_no, ln.quantity, "damaged" if ln.name == "Test Cola x6" else "restock") for ln in s.lines
    ]
    r = complete.complete_return(st.uow, ana, s, lines, "faulty")
    after = st.counts(("journal", "outbox", "stock_movements"))
    assert after["journal"] == before["journal"] + 1
    assert after["outbox"] == before["outbox"] + 2  # "return" + "stock_movements"
    assert after["stock_movements"] == before["stock_movements"] + 3  # brioche in; cola in, then written off
    assert on_hand(2) == brioche_before + 2000
    assert on_hand(5) == cola_before  # damaged: back in and written off, net nothing
    reasons = [
        r_[0]
        for r_ in con.execute("SELECT reason FROM stock_movements WHERE doc_ref = ? ORDER BY reason", (r.return_no,))
    ]
    assert reasons == ["damaged", "return", "return"]
    kind, payload = con.execute("SELECT kind, payload FROM outbox WHERE kind = 'return'").fetchone()
    import json

    p = json.loads(payload)
    assert p["original_ref"] == res.receipt_no and p["total_minor"] == 1239 and p["offline"] is True
    assert sum(t["gross_minor"] for t in p["taxes"]) == 1239
    assert sum(x["amount_minor"] - x["rounding_minor"] for x in p["payments"]) == 1239
    # return documents are permanent
    for sql in ("UPDATE returns SET total_minor = 0", "DELETE FROM return_lines", "DELETE FROM return_payments"):
        with pytest.raises(sqlite3.DatabaseError, match="permanent"):
            con.execute(sql)
    con.close()


def test_card_refund_goes_back_to_the_card_with_its_reference(pinned):
    res = sell_items(pinned, [(8, 1)], tenders=[Tender("card", D("16.19"), "AUTH42")])
    s = lookup.find_sale(pinned.uow, res.receipt_no)
    r = complete.complete_return(pinned.uow, pinned.user("ana"), s, [ReturnLineIn(1, D(1))], "changed_mind")
    assert [(p.kind, p.amount, p.reference) for p in r.parts] == [("card", D("16.19"), "AUTH42")]


def test_store_credit_gives_a_voucher_code(sold):
    st, res = sold
    s = lookup.find_sale(st.uow, res.receipt_no)
    r = complete.complete_return(
        st.uow, st.user("ana"), s, [ReturnLineIn(s.lines[0].line_no, D(1))], "changed_mind", refund_to="store_credit"
    )
    assert r.voucher_code.startswith("SC-") and len(r.voucher_code) == 17
    assert [(p.kind, p.reference) for p in r.parts] == [("store_credit", r.voucher_code)]


def test_limits_need_a_manager(pinned):
    pinned.set_setting("refund_limit", "10.00")
    res = sell_items(pinned, [(8, 1)])  # 16.19
    s = lookup.find_sale(pinned.uow, res.receipt_no)
    ana = pinned.user("ana")
    pre = planning.preview(pinned.uow, s, [ReturnLineIn(1, D(1))])
    assert pre.approvals == ("refund",)
    with pytest.raises(PermissionDenied):
        complete.complete_return(pinned.uow, ana, s, [ReturnLineIn(1, D(1))], "faulty")
    with pytest.raises(Exception, match="(?i)pin"):
        complete.complete_return(pinned.uow, ana, s, [ReturnLineIn(1, D(1))], "faulty", approver=("max", "0000"))
    assert pinned.count("returns") == 0
    r = complete.complete_return(pinned.uow, ana, s, [ReturnLineIn(1, D(1))], "faulty", approver=("max", "9876"))
    con = pinned.raw()
    assert con.execute("SELECT action, doc_ref FROM overrides WHERE doc_ref = ?", (r.return_no,)).fetchall() == [
        ("refund", r.return_no)
    ]
    con.close()


def test_cash_refund_over_the_cash_limit_needs_a_manager(pinned):
    pinned.set_setting("cash_refund_limit", "5.00")
    res = sell_items(pinned, [(8, 1)])
    s = lookup.find_sale(pinned.uow, res.receipt_no)
    assert planning.preview(pinned.uow, s, [ReturnLineIn(1, D(1))]).approvals == ("cash_refund_over_limit",)
    # to store credit, no cash leaves the drawer: no approval
    assert planning.preview(pinned.uow, s, [ReturnLineIn(1, D(1))], "store_credit").approvals == ()


def test_no_receipt_return_needs_a_manager_and_pays_the_lowest_recent_price(pinned):
    ana = pinned.user("ana")
    # sold once at 10 % off: 16.19 -> 14.57 paid
    sell_items(pinned, [(8, 1)], discount_pct="10")
    items = [NoReceiptItem(_sku(pinned, 8), D(1))]
    _sale, pre, _ids = no_receipt.no_receipt_preview(pinned.uow, items)
    assert pre.total == D("14.57") and "no_receipt_return" in pre.approvals
    with pytest.raises(PermissionDenied):
        no_receipt.complete_no_receipt_return(pinned.uow, ana, items, "gift")
    r = no_receipt.complete_no_receipt_return(pinned.uow, ana, items, "gift", approver=("max", "9876"))
    assert r.total == D("14.57") and r.parts[0].kind == "store_credit"
    con = pinned.raw()
    assert con.execute("SELECT kind, original_ref, approver_id IS NOT NULL FROM returns").fetchone() == (
        "no_receipt",
        "",
        1,
    )
    con.close()


def _sku(st, pid):
    con = st.raw()
    try:
        return con.execute("SELECT sku FROM products WHERE id = ?", (pid,)).fetchone()[0]
    finally:
        con.close()


def test_bad_input_changes_nothing(sold):
    st, res = sold
    ana = st.user("ana")
    s = lookup.find_sale(st.uow, res.receipt_no)
    before = st.counts(("returns", "journal", "outbox", "stock_movements", "counters"))
    for lines, reason, match in (
        ([ReturnLineIn(1, D("-1"))], "faulty", "more than zero"),
        ([ReturnLineIn(1, D("0.5"))], "faulty", "whole units"),
        ([ReturnLineIn(99, D(1))], "faulty", "not on"),
        ([ReturnLineIn(1, D(1), "burnt")], "faulty", "condition"),
        ([ReturnLineIn(1, D(1))], "because", "reason"),
        ([], "faulty", "at least one"),
    ):
        with pytest.raises(Exception, match=match):
            complete.complete_return(st.uow, ana, s, lines, reason)
    with pytest.raises(ReturnError, match="not from this station"):
        lookup.find_sale(st.uow, "PAR01-T9-000001")
    with pytest.raises(ReturnError, match="Scan"):
        lookup.find_sale(st.uow, "  ")
    assert st.counts(("returns", "journal", "outbox", "stock_movements", "counters")) == before


def test_return_window_and_non_returnable_categories(sold):
    st, res = sold
    s = lookup.find_sale(st.uow, res.receipt_no)
    ana = st.user("ana")
    later = "2999-01-01T00:00:00+00:00"
    with pytest.raises(ReturnError, match="window"):
        planning.preview(st.uow, s, [ReturnLineIn(1, D(1))], now=later)
    cat = s.lines[0].category
    st.set_setting("return_category_days", f'{{"{cat}": null}}')
    with pytest.raises(ReturnError, match="cannot be returned"):
        complete.complete_return(st.uow, ana, s, [ReturnLineIn(1, D(1))], "faulty")


def test_offline_policy_none_refuses(sold):
    st, res = sold
    st.set_setting("offline_returns", "none")
    with pytest.raises(ReturnError, match="no returns offline"):
        lookup.find_sale(st.uow, res.receipt_no)


def test_return_flag_items_are_kept_once(sold):
    st, _res = sold
    from storedesk.services.context import config
    from storedesk.sync.feed_items import BadItem
    from storedesk.sync.feed_kinds import applier

    fn = applier("return_flag")
    item = {
        "flag_id": "f1",
        "return_no": "PAR01-T2-R000003",
        "original_ref": "PAR01-T1-000001",
        "detail": "Line 1 (Test Cola x6): 2 returned of 1 sold; over by 1",
        "at": "2026-11-27T10:00:00+00:00",
    }
    cfg = config(st.uow)
    for _ in range(2):
        with st.uow.write() as tx:
            fn(tx, item, cfg, "2026-11-27T10:00:01+00:00")
    assert [f[1] for f in flags.flags(st.uow)] == ["PAR01-T2-R000003"]
    with pytest.raises(BadItem):
        with st.uow.write() as tx:
            fn(tx, {"flag_id": "x"}, cfg, "now")
    flags.acknowledge_flag(st.uow, st.user("max"), "f1")
    assert flags.flags(st.uow, unseen_only=True) == []


def test_returns_in_the_x_and_z_report(pinned):
    """Float 100.00; sale 12.39 cash (20.00 tendered, 7.61 change) and sale 16.19 card.
    Returns: 4.76 in cash, 16.19 back to the card. Expected cash 100 + 12.39 - 4.76 = 107.63;
    card expected 16.19 - 16.19 = 0; returns 2 worth 20.95; period total 28.58 - 20.95 = 7.63."""
    from pypdf import PdfReader

    from storedesk.services import reports, shift

    mx = pinned.user("max")
    shift.open_shift(pinned.uow, mx, {"50": 2})
    s1 = sell_items(pinned, [(2, 2), (5, 1)], discount_pct="10")
    s2 = sell_items(pinned, [(8, 1)], tenders=[Tender("card", D("16.19"), "AUTH42")])
    ana = pinned.user("ana")
    v1 = lookup.find_sale(pinned.uow, s1.receipt_no)
    complete.complete_return(pinned.uow, ana, v1, [ReturnLineIn(v1.lines[0].line_no, D(1))], "faulty")
    v2 = lookup.find_sale(pinned.uow, s2.receipt_no)
    complete.complete_return(pinned.uow, ana, v2, [ReturnLineIn(1, D(1))], "changed_mind")
    with pinned.uow.write() as tx:  # a flag from the hub during the shift
        tx.returns.add_flag(
            "f9",
            "PAR01-T2-R000001",
            s1.receipt_no,
            "Line 1 (Test Brioche): 3 returned of 2 sold",
            "2026-11-27T10:00:00+00:00",
            _now(),
        )
    x = reports.x_figures(pinned.uow, mx)
    assert (x.returns_count, x.returns) == (2, D("20.95"))
    assert x.cash_expected == D("107.63")
    card = x.tender("card")
    assert (card.amount, card.refunded, card.expected) == (D("16.19"), D("16.19"), D("0.00"))
    assert x.period_total == D("7.63")
    assert len(x.return_flags) == 1 and "3 returned of 2 sold" in x.return_flags[0]
    z = shift.close_shift(
        pinned.uow,
        mx,
        {"100": 1, "5": 1, "2": 1, "0.50": 1, "0.10": 1, "0.02": 1, "0.01": 1},
        {"card": "0"},
        data_dir=pinned.data_dir,
    )
    assert z.report.cash_difference == D("0.00") and z.report.returns_count == 2
    text = "".join(p.extract_text() for p in PdfReader(z.pdfs[0]).pages)
    assert "Returns (2)" in text and "Cash refunds" in text and "OVER-RETURNS FLAGGED" in text
    # the next shift starts with no returns
    shift.open_shift(pinned.uow, mx, {"50": 2})
    assert reports.x_figures(pinned.uow, mx).returns_count == 0


def _now():
    from storedesk.services.context import utcnow

    return utcnow()


def brioche_sale(sold):
    """The `sold` station, ana, the sale as a return finds it, and its Brioche line."""
    st, res = sold
    s = lookup.find_sale(st.uow, res.receipt_no)
    return st, st.user("ana"), s, next(ln for ln in s.lines if ln.name == "Test Brioche")


def _basket_with(st, pid, qty=1):
    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    for _ in range(qty):
        v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(pid))
    return v.basket_id


def test_exchange_for_something_dearer_nets_the_money_in_one_transaction(sold):
    st, ana, s, brioche = brioche_sale(sold)
    basket_id = _basket_with(st, 8)  # Test Puzzle Book 16.19
    before = st.counts(("returns", "sales", "journal"))
    ex = exchange.complete_exchange(
        st.uow, ana, s, [ReturnLineIn(brioche.line_no, D(1))], "wrong_size", basket_id, [Tender("cash", D("20.00"))]
    )
    assert ex.credit == D("4.76") and ex.netted == D("4.76")
    assert ex.sale.total == D("16.19") and ex.sale.change == D("8.57")  # 16.19 - 4.76 = 11.43 paid in cash
    assert [(p.kind, p.amount) for p in ex.ret.parts] == [("exchange", D("4.76"))]
    after = st.counts(("returns", "sales", "journal"))
    assert after == {"returns": before["returns"] + 1, "sales": before["sales"] + 1, "journal": before["journal"] + 2}
    con = st.raw()
    pays = con.execute(
        "SELECT kind, amount_minor, reference FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
        "WHERE s.receipt_no = ? ORDER BY line_no",
        (ex.sale.receipt_no,),
    ).fetchall()
    assert pays == [("exchange", 476, ex.ret.return_no), ("cash", 2000, "")]
    ex_basket = con.execute(
        "SELECT exchange_basket_id FROM returns WHERE return_no = ?", (ex.ret.return_no,)
    ).fetchone()[0]
    assert ex_basket == basket_id
    con.close()


def test_exchange_for_something_cheaper_refunds_the_rest(sold):
    st, ana, s, brioche = brioche_sale(sold)
    basket_id = _basket_with(st, 5)  # Test Cola x6 3.19
    ex = exchange.complete_exchange(st.uow, ana, s, [ReturnLineIn(brioche.line_no, D(2))], "wrong_size", basket_id, [])
    assert ex.credit == D("9.52") and ex.netted == D("3.19")
    assert [(p.kind, p.amount) for p in ex.ret.parts] == [("exchange", D("3.19")), ("cash", D("6.33"))]
    assert ex.sale.change == 0


def test_a_failed_exchange_changes_nothing(sold):
    st, res = sold
    ana = st.user("ana")
    s = lookup.find_sale(st.uow, res.receipt_no)
    basket_id = _basket_with(st, 8)
    before = st.counts(("returns", "sales", "journal", "outbox", "stock_movements", "counters"))
    with pytest.raises(Exception, match="still to pay|take a payment"):
        exchange.complete_exchange(
            st.uow,
            ana,
            s,
            [ReturnLineIn(s.lines[0].line_no, D(1))],
            "wrong_size",
            basket_id,
            [Tender("cash", D("1.00"))],
        )
    assert st.counts(("returns", "sales", "journal", "outbox", "stock_movements", "counters")) == before


def test_an_exchange_refunding_more_than_the_clerks_own_limit_needs_a_manager(sold):
    """The role's refund limit counts in an exchange too: only the money leaving the store (6.33
    after netting 3.19 against the new Cola) is measured against it."""
    from storedesk.domain.errors import PermissionDenied
    from storedesk.services import staff

    st, ana, s, brioche = brioche_sale(sold)
    staff.set_role_limits(st.uow, st.user("max"), "clerk", ["refund_limit=5"])
    basket_id = _basket_with(st, 5)  # Test Cola x6 3.19
    lines = [ReturnLineIn(brioche.line_no, D(2))]
    before = st.counts(("returns", "sales", "journal", "outbox"))
    with pytest.raises(PermissionDenied):
        exchange.complete_exchange(st.uow, ana, s, lines, "wrong_size", basket_id, [])
    assert st.counts(("returns", "sales", "journal", "outbox")) == before
    ex = exchange.complete_exchange(st.uow, ana, s, lines, "wrong_size", basket_id, [], approver=("max", "9876"))
    assert [(p.kind, p.amount) for p in ex.ret.parts] == [("exchange", D("3.19")), ("cash", D("6.33"))]
