"""Promotions at the counter, on real station files (issue 18): the station's promotions price
every basket it loads, a sale stores what each promotion gave each line (and sends it), a
coupon is scanned onto the sale and off again, returns refund what the line cost after its
promotions, pickup orders keep the web shop's prices, two stations in one process each use
their own promotions.

Worked example (pinned catalog): Test Cola x6 (product 5, SKU0000005) 3.19, A 20 %; Test
Brioche (product 2, SKU0000002) 5.29, B 5.5 %. COLA-2-FOR-1: buy 1, get 1 free.
"""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from tests.conftest import Station, copy_station_files
from tests.helpers.stations import query

from storedesk.domain.errors import UnknownBarcode
from storedesk.domain.tenders import Tender
from storedesk.services import basket, promotions, sale
from storedesk.services.returns import complete, lookup
from storedesk.services.returns.planning import ReturnLineIn

COLA, BRIOCHE = 5, 2
COLA_2_FOR_1 = {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1}
BRIOCHE_COUPON = {
    "id": "BRIOCHE-1-OFF",
    "kind": "amount_off",
    "skus": ["SKU0000002"],
    "amount": "1.00",
    "coupon": "Save1",
}


def load(st: Station, *items: dict) -> promotions.InForce:
    return promotions.import_file(st.uow, json.dumps({"promotions": list(items)}).encode())


@pytest.fixture
def promoted(pinned):
    load(pinned, COLA_2_FOR_1, BRIOCHE_COUPON)
    return pinned


def scan(st: Station, view, product_id: int):
    return basket.add_scan(st.uow, st.user("ana"), view.basket_id, st.barcode(product_id))


def only_line(view):
    (priced,) = view.totals.lines
    return priced


def test_a_promotion_applies_while_its_condition_holds_and_leaves_after(promoted):
    st, ana = promoted, promoted.user("ana")
    v = scan(st, basket.current(st.uow, ana), COLA)
    assert only_line(v).promotions == () and v.totals.total == D("3.19")

    v = scan(st, v, COLA)  # the second cola: one of the two is free
    line = only_line(v)
    assert line.promotions == (("COLA-2-FOR-1", D("3.19")),)
    assert (line.line_discount, line.amount, v.totals.total) == (D("3.19"), D("3.19"), D("3.19"))

    v = basket.set_quantity(st.uow, ana, v.basket_id, line.line.line_id, "1")  # the condition no longer holds
    assert only_line(v).promotions == () and v.totals.total == D("3.19")

    # restarting the app: the basket is loaded again from the file, priced again
    basket.set_quantity(st.uow, ana, v.basket_id, line.line.line_id, "2")
    st.reopen()
    again = basket.current(st.uow, st.user("ana"))
    assert only_line(again).promotions == (("COLA-2-FOR-1", D("3.19")),) and again.totals.total == D("3.19")


def test_the_sale_stores_and_sends_what_each_promotion_gave(promoted):
    st, ana = promoted, promoted.user("ana")
    v = basket.current(st.uow, ana)
    for pid in (COLA, BRIOCHE, COLA):
        v = scan(st, v, pid)
    assert v.totals.total == D("8.48")  # 3.19 x 2 - 3.19 + 5.29
    res = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("10.00"))])

    rows = query(
        st, "SELECT line_no, promotion_id, amount_minor FROM sale_line_promotions WHERE sale_id = ?", (res.sale_id,)
    )
    stored = query(
        st,
        "SELECT line_no, sku, line_discount_minor, gross_minor FROM sale_lines WHERE sale_id = ? ORDER BY line_no",
        (res.sale_id,),
    )
    cola_no = next(no for no, sku, _d, _g in stored if sku == "SKU0000005")
    assert rows == [(cola_no, "COLA-2-FOR-1", 319)]
    assert (cola_no, "SKU0000005", 319, 319) in stored  # the line's discount includes the promotion

    (payload,) = [json.loads(p) for (p,) in query(st, "SELECT payload FROM outbox WHERE kind = 'sale'")]
    wire = {ln["sku"]: ln for ln in payload["lines"]}
    assert wire["SKU0000005"]["promotions"] == [{"id": "COLA-2-FOR-1", "amount_minor": 319}]
    assert wire["SKU0000005"]["discount_minor"] == 319
    assert "promotions" not in wire["SKU0000002"]  # only when the line got some


def test_a_coupon_is_scanned_on_and_off_and_an_unknown_code_is_still_refused(promoted):
    st, ana = promoted, promoted.user("ana")
    v = scan(st, basket.current(st.uow, ana), BRIOCHE)
    assert v.totals.total == D("5.29")

    v = basket.add_scan(st.uow, ana, v.basket_id, " save1 ")  # typed: case and spaces do not matter
    assert v.basket.coupons == ["Save1"] and str(v.note) == "Coupon Save1 added"
    assert only_line(v).promotions == (("BRIOCHE-1-OFF", D("1.00")),) and v.totals.total == D("4.29")
    assert basket.current(st.uow, ana).basket.coupons == ["Save1"]  # saved with the basket

    v = basket.add_scan(st.uow, ana, v.basket_id, "SAVE1")  # scanned again: taken off
    assert v.basket.coupons == [] and str(v.note) == "Coupon Save1 removed" and v.totals.total == D("5.29")

    with pytest.raises(UnknownBarcode, match="NOPE1: no product with this code"):
        basket.add_scan(st.uow, ana, v.basket_id, "NOPE1")
    assert basket.current(st.uow, ana).basket.coupons == []


def test_returns_refund_what_the_line_cost_after_its_promotions(promoted):
    st, ana = promoted, promoted.user("ana")
    v = basket.current(st.uow, ana)
    for pid in (COLA, COLA):
        v = scan(st, v, pid)
    res = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("5.00"))])
    assert res.total == D("3.19")  # two colas, one free

    sold = lookup.find_sale(st.uow, res.receipt_no)
    (cola,) = sold.lines
    assert cola.gross == D("3.19")  # what was paid, not the shelf price 6.38
    one = complete.complete_return(st.uow, ana, sold, [ReturnLineIn(cola.line_no, D(1))], "changed_mind")
    assert one.total == D("1.60")  # half of what the line cost, pro rata (never 3.19, the shelf price)
    rest = complete.complete_return(
        st.uow, ana, lookup.find_sale(st.uow, res.receipt_no), [ReturnLineIn(cola.line_no, D(1))], "changed_mind"
    )
    assert one.total + rest.total == D("3.19")  # both back: the whole amount paid, to the cent


def test_returning_both_at_once_refunds_the_whole_amount_paid(promoted):
    st, ana = promoted, promoted.user("ana")
    v = basket.current(st.uow, ana)
    for pid in (COLA, COLA):
        v = scan(st, v, pid)
    res = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("5.00"))])
    sold = lookup.find_sale(st.uow, res.receipt_no)
    back = complete.complete_return(st.uow, ana, sold, [ReturnLineIn(1, D(2))], "changed_mind")
    assert back.total == D("3.19")


def test_two_stations_in_one_process_each_price_with_their_own_promotions(
    promoted, demo_template, pin_catalog_on, tmp_path
):
    copy_station_files(demo_template, tmp_path / "other")
    other = pin_catalog_on(Station(tmp_path / "other"))
    try:
        load(other, {"id": "COLA-HALF", "kind": "percent_off", "skus": ["SKU0000005"], "percent": "50"})
        a, b = promoted.user("ana"), other.user("ana")
        va = scan(promoted, basket.current(promoted.uow, a), COLA)
        vb = scan(other, basket.current(other.uow, b), COLA)
        va = scan(promoted, va, COLA)
        vb = scan(other, vb, COLA)
        assert only_line(va).promotions == (("COLA-2-FOR-1", D("3.19")),)
        assert only_line(vb).promotions == (("COLA-HALF", D("3.19")),)
        assert only_line(scan(other, vb, COLA)).promotions == (("COLA-HALF", D("4.79")),)  # 9.57 / 2, half up
    finally:
        other.close()


def test_the_parked_list_shows_totals_after_promotions(promoted):
    st, ana = promoted, promoted.user("ana")
    v = basket.current(st.uow, ana)
    for pid in (COLA, COLA):
        v = scan(st, v, pid)
    basket.park(st.uow, ana, v.basket_id, "Mr Cola")
    (parked,) = basket.parked(st.uow)
    assert parked.total == D("3.19")


def test_a_refused_file_changes_nothing_and_names_the_promotion(promoted):
    before = promotions.in_force(promoted.uow)
    bad = {"id": "BAD-ONE", "kind": "percent_off", "skus": ["SKU0000005"], "percent": "10", "colour": "red"}
    with pytest.raises(promotions.PromotionFileError, match="Promotion BAD-ONE: colour is not a field"):
        load(promoted, COLA_2_FOR_1, bad)
    assert promotions.in_force(promoted.uow) == before
    assert before is not None and before.count == 2 and before.source == "file"


def test_the_demo_store_opens_with_promotions_a_clerk_sees_apply(tmp_path):
    from storedesk.adapters.demo_catalog import DEMO_PROMOTIONS, gtin_for
    from storedesk.services import auth
    from storedesk.services.station import open_station

    uow = open_station(tmp_path / "demo", demo=True)  # `storedesk --demo` on first start
    try:
        loaded = promotions.in_force(uow)
        assert loaded is not None and loaded.ids == tuple(p["id"] for p in DEMO_PROMOTIONS["promotions"])
        ana = auth.login(uow, "ana", "1234")
        v = basket.current(uow, ana)
        for _ in range(2):
            v = basket.add_scan(uow, ana, v.basket_id, gtin_for(5))  # Daily Cola x6, twice
        assert only_line(v).promotions == (("COLA-2-FOR-1", D("3.19")),)
        v = basket.add_scan(uow, ana, v.basket_id, gtin_for(13))  # House Cheddar 500 g, Dairy: 10 % off
        cheddar = next(p for p in v.totals.lines if p.line.sku == "SKU0000013")
        assert cheddar.promotions == (("DAIRY-10", D("0.82")),)
        v = basket.add_scan(uow, ana, v.basket_id, "bienvenue5")  # 3.19 + 7.37 = 10.56: below 15.00
        assert v.basket.coupons == ["BIENVENUE5"] and v.totals.total == D("10.56")
        v = basket.add_scan(uow, ana, v.basket_id, gtin_for(7))  # Natural Razor 21.39: now 31.95, both thresholds
        assert v.totals.total == D("23.95")  # 31.95 - 3.00 - 5.00
    finally:
        uow.close()
