"""Product units on a real station file (issue 13): `2.5*3760000000017` put 2.5 of a piece item
in the basket and in stock. Pieces now take whole quantities only, weighed or measured goods
their unit's decimals, wherever a quantity of a product is typed: the counter (scan prefix,
the F4 quantity), returns, receiving, adjustments, counts, transfers, reorder points and the
pickup desk. A refusal names the product, says what to type, and changes nothing.

Demo catalog facts used: product 1 "Family Apples 2 kg" (3760000000017) is sold by the piece;
"Bananas (weighed)" (PLU 00001, product 2001) is weighed in kg and also sold by scale label.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D

import pytest
from tests.conftest import DEMO_COUNT, database_at
from tests.integration.test_pickup import FakeFeed, at, order_item, receive

from storedesk.adapters.demo_catalog import embedded_barcode, gtin_for
from storedesk.domain.errors import DomainError, InvalidQuantity
from storedesk.domain.tenders import Tender
from storedesk.services import basket, sale
from storedesk.services.pickup import picking
from storedesk.services.returns import complete, lookup, no_receipt, planning
from storedesk.services.returns.no_receipt import NoReceiptItem
from storedesk.services.returns.planning import ReturnLineIn
from storedesk.services.stock import adjust, counts, receiving, reorder, transfer

APPLES = "3760000000017"
APPLES_SAYS = "Family Apples 2 kg is sold by the piece: type a whole number"
BANANAS_ID = DEMO_COUNT + 1
BANANAS = gtin_for(BANANAS_ID)
WRITES = (
    "baskets",
    "sales",
    "sale_lines",
    "stock_movements",
    "stock_balances",
    "journal",
    "outbox",
    "counters",
    "returns",
    "stock_adjustments",
    "deliveries",
    "delivery_lines",
    "stock_counts",
    "count_lines",
    "transfers",
    "reorder_points",
    "pickup_lines",
    "overrides",
)


def snapshot(st) -> dict:
    """Every row of the tables an input could touch (a refusal must leave each one as it was)."""
    con = st.raw()
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in WRITES if t in names}
    finally:
        con.close()


def set_unit(st, product_id: int, unit: str) -> None:
    con = st.raw()
    try:
        con.execute("UPDATE products SET unit = ? WHERE id = ?", (unit, product_id))
    finally:
        con.close()
    st.uow.cache.clear()


def lines(view) -> list[tuple[str, D]]:
    return [(ln.name, ln.quantity) for ln in view.basket.active_lines]


# --------------------------------------------------------------------------- the counter
def test_two_and_a_half_of_a_piece_item_is_refused_and_nothing_changes(station):
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    before = snapshot(station)
    with pytest.raises(InvalidQuantity) as err:
        basket.add_scan(station.uow, ana, view.basket_id, "2.5*" + APPLES)
    assert err.value.message == APPLES_SAYS
    with pytest.raises(InvalidQuantity, match="sold by the piece"):  # "2.5" then F4, then the scan
        basket.add_scan(station.uow, ana, view.basket_id, APPLES, D("2.5"))
    with pytest.raises(InvalidQuantity, match="sold by the piece"):  # by SKU, as search adds it
        basket.add_product(station.uow, ana, view.basket_id, "SKU0000001", D("0.5"))
    assert snapshot(station) == before
    assert basket.current(station.uow, ana).basket.is_empty

    view = basket.add_scan(station.uow, ana, view.basket_id, "3*" + APPLES)  # whole numbers still work
    assert lines(view) == [("Family Apples 2 kg", D(3))]
    done = sale.complete_sale(station.uow, ana, view.basket_id, [Tender("cash", D("7.47"))])
    con = station.raw()
    assert con.execute("SELECT quantity_milli FROM sale_lines WHERE sale_id = ?", (done.sale_id,)).fetchall() == [
        (3000,)
    ]
    assert con.execute(
        "SELECT quantity_milli FROM stock_movements WHERE product_id = 1 AND reason = 'sale'"
    ).fetchall() == [(-3000,)]
    con.close()


def test_bananas_are_weighed_to_the_gram(station):
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    view = basket.add_scan(station.uow, ana, view.basket_id, "0.755*" + BANANAS)
    assert lines(view) == [("Bananas (weighed)", D("0.755"))]
    assert view.totals.total == D("1.88")  # 0.755 x 2.49 = 1.87995
    before = snapshot(station)
    with pytest.raises(InvalidQuantity, match="3 decimals"):
        basket.add_scan(station.uow, ana, view.basket_id, "0.7555*" + BANANAS)
    assert snapshot(station) == before


def test_a_measured_unit_takes_its_own_precision(station):
    set_unit(station, 3, "m")  # House Yogurt 1 L, sold by the metre for this test
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    view = basket.add_scan(station.uow, ana, view.basket_id, "1.25*" + gtin_for(3))
    before = snapshot(station)
    with pytest.raises(InvalidQuantity) as err:
        basket.add_scan(station.uow, ana, view.basket_id, "1.255*" + gtin_for(3))
    assert err.value.message == "House Yogurt 1 L is measured in metres: at most 2 decimals"
    assert snapshot(station) == before


def test_the_f4_quantity_follows_the_unit(station):
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    apples = basket.add_scan(station.uow, ana, view.basket_id, APPLES).changed_line_id
    bananas = basket.add_scan(station.uow, ana, view.basket_id, BANANAS).changed_line_id
    before = snapshot(station)
    with pytest.raises(InvalidQuantity) as err:
        basket.set_quantity(station.uow, ana, view.basket_id, apples, "1,5")
    assert err.value.message == APPLES_SAYS
    assert snapshot(station) == before
    view = basket.set_quantity(station.uow, ana, view.basket_id, apples, "2")
    view = basket.set_quantity(station.uow, ana, view.basket_id, bananas, "0.5")
    assert lines(view) == [("Family Apples 2 kg", D(2)), ("Bananas (weighed)", D("0.5"))]


def test_scale_labels_still_work_and_count_whole_labels(station):
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    label = embedded_barcode("00001", 312)
    view = basket.add_scan(station.uow, ana, view.basket_id, label)
    view = basket.add_scan(station.uow, ana, view.basket_id, "2*" + label)
    assert [(p.line.name, p.line.quantity, p.gross) for p in view.totals.lines] == [
        ("Bananas (weighed)", D(1), D("3.12")),
        ("Bananas (weighed)", D(2), D("6.24")),
    ]
    before = snapshot(station)
    with pytest.raises(InvalidQuantity, match="priced by its scale label: type a whole number of labels"):
        basket.add_scan(station.uow, ana, view.basket_id, "0.5*" + label)
    assert snapshot(station) == before


def test_an_old_fraction_is_kept_and_only_new_input_is_checked(station):
    """A basket holding 2.5 pieces from before units were checked: nothing rewrites it; adding a
    whole piece works, and it sells as it is."""
    ana = station.user("ana")
    set_unit(station, 1, "kg")  # how 2.5 got in before: no unit was checked
    view = basket.current(station.uow, ana)
    view = basket.add_scan(station.uow, ana, view.basket_id, "2.5*" + APPLES)
    set_unit(station, 1, "pc")
    view = basket.add_scan(station.uow, ana, view.basket_id, APPLES)
    assert lines(view) == [("Family Apples 2 kg", D("3.5"))]
    done = sale.complete_sale(station.uow, ana, view.basket_id, [Tender("cash", D("8.72"))])
    assert done.receipt_no


# --------------------------------------------------------------------------- stock
def test_stock_inputs_take_whole_pieces_and_weighed_decimals(station):
    sam, mx = station.user("sam"), station.user("max")
    did = receiving.create_delivery(station.uow, sam, "DN-1", "Acme", [(APPLES, "4"), (BANANAS, "2.5")])
    count = counts.start_count(station.uow, mx)
    before = snapshot(station)
    refusals = [
        lambda: adjust.adjust(station.uow, sam, APPLES, "2.5", "damaged"),
        lambda: adjust.adjust(station.uow, sam, APPLES, "-0.5", "found"),
        lambda: receiving.receive_scan(station.uow, sam, did, APPLES, "1.5"),
        lambda: receiving.set_received(station.uow, sam, did, APPLES, "3.5"),
        lambda: receiving.create_delivery(station.uow, sam, "DN-2", "Acme", [(APPLES, "0.5")]),
        lambda: counts.count_scan(station.uow, mx, count.id, APPLES, "2.5"),
        lambda: transfer.transfer_out(station.uow, mx, "LYO01", [(APPLES, "1.5")]),
        lambda: reorder.set_reorder_point(station.uow, mx, APPLES, "2.5"),
        lambda: reorder.set_reorder_point(station.uow, mx, APPLES, "2", "6.5"),
    ]
    for refused in refusals:
        with pytest.raises(InvalidQuantity) as err:
            refused()
        assert err.value.message == APPLES_SAYS
    assert snapshot(station) == before

    with pytest.raises(DomainError, match="at most 3 decimals"):  # the ledger's thousandths, as before
        receiving.receive_scan(station.uow, sam, did, BANANAS, "0.2505")
    r = adjust.adjust(station.uow, sam, BANANAS, "0.250", "damaged")
    assert r.quantity == D("-0.25") and r.on_hand % 1 == D("0.75")
    assert receiving.receive_scan(station.uow, sam, did, BANANAS, "2.5").received == D("2.5")
    assert receiving.receive_scan(station.uow, sam, did, APPLES, "4").received == D(4)
    assert counts.count_scan(station.uow, mx, count.id, BANANAS, "1.125").counted == D("1.125")
    assert adjust.adjust(station.uow, sam, APPLES, "2", "damaged").quantity == D(-2)


# --------------------------------------------------------------------------- returns
def test_a_return_without_receipt_takes_whole_pieces(station):
    with pytest.raises(InvalidQuantity) as err:
        no_receipt.find_return_item(station.uow, "2.5*" + APPLES)
    assert err.value.message == APPLES_SAYS
    before = snapshot(station)
    with pytest.raises(InvalidQuantity) as err:
        no_receipt.no_receipt_preview(station.uow, [NoReceiptItem("SKU0000001", D("2.5"))])
    assert err.value.message == APPLES_SAYS
    with pytest.raises(InvalidQuantity, match="sold by the piece"):
        no_receipt.complete_no_receipt_return(
            station.uow, station.user("max"), [NoReceiptItem("SKU0000001", D("0.5"))], "faulty"
        )
    assert snapshot(station) == before
    _sale, pre, _ids = no_receipt.no_receipt_preview(
        station.uow, [NoReceiptItem("SKU0000001", D(2)), NoReceiptItem("PLU00001", D("0.3"))]
    )
    assert [(p.sku, p.quantity) for p in pre.plan.lines] == [("SKU0000001", D(2)), ("PLU00001", D("0.3"))]


def test_a_return_with_receipt_follows_the_unit_but_an_old_fraction_may_come_back(station):
    ana, mx = station.user("ana"), station.user("max")
    set_unit(station, 3, "m")
    view = basket.current(station.uow, ana)
    view = basket.add_scan(station.uow, ana, view.basket_id, "2.25*" + gtin_for(3))
    set_unit(station, 1, "kg")  # before units were checked: 2.5 pieces could be sold
    view = basket.add_scan(station.uow, ana, view.basket_id, "2.5*" + APPLES)
    set_unit(station, 1, "pc")
    done = sale.complete_sale(station.uow, ana, view.basket_id, [Tender("cash", D(100))])
    sold = lookup.find_sale(station.uow, done.receipt_no)
    before = snapshot(station)
    with pytest.raises(InvalidQuantity) as err:
        complete.complete_return(station.uow, mx, sold, [ReturnLineIn(1, D("1.125"))], "faulty")
    assert err.value.message == "House Yogurt 1 L is measured in metres: at most 2 decimals"
    assert snapshot(station) == before
    pre = planning.preview(station.uow, sold, [ReturnLineIn(1, D("1.25")), ReturnLineIn(2, D("0.5"))])
    assert [p.quantity for p in pre.plan.lines] == [D("1.25"), D("0.5")]  # 2.5 pieces were sold: a half comes back


# --------------------------------------------------------------------------- pickup
def test_the_pickup_desk_picks_and_rejects_in_the_products_unit(station):
    st = station
    st.feed = FakeFeed()
    ana = st.user("ana")
    receive(
        st,
        order_item(
            lines=[("SKU0000001", "Family Apples 2 kg", "3", 249), ("PLU00001", "Bananas (weighed)", "1.5", 249)]
        ),
    )
    oid = "ord-W-1001"
    picking.accept(st.uow, ana, oid, now=at(1))
    before = snapshot(st)
    with pytest.raises(InvalidQuantity) as err:
        picking.pick(st.uow, ana, oid, "1.5*" + APPLES, now=at(1.1))
    assert err.value.message == APPLES_SAYS
    with pytest.raises(InvalidQuantity) as err:
        picking.reject(st.uow, ana, oid, 1, D("0.5"), dp_reason(), now=at(1.1))
    assert err.value.message == APPLES_SAYS
    assert snapshot(st) == before
    view = picking.pick(st.uow, ana, oid, "2*" + APPLES, now=at(1.2))
    view = picking.pick(st.uow, ana, oid, "1.5*" + BANANAS, now=at(1.2))
    assert [(ln.sku, ln.picked) for ln in view.lines] == [("SKU0000001", D(2)), ("PLU00001", D("1.5"))]
    view = picking.reject(st.uow, ana, oid, 1, D(1), dp_reason(), now=at(1.3))
    assert [(ln.sku, ln.rejected) for ln in view.lines] == [("SKU0000001", D(1)), ("PLU00001", D(0))]


def dp_reason() -> str:
    from storedesk.domain import pickup as dp

    return dp.OUT_OF_STOCK


# --------------------------------------------------------------------------- the schema
def test_the_schema_keeps_units_known(station):
    con = station.raw()
    try:
        assert con.execute("SELECT unit, count(*) FROM products GROUP BY unit ORDER BY unit").fetchall() == [
            ("kg", 4),
            ("pc", DEMO_COUNT + 1),  # and the gift card
        ]
        with pytest.raises(sqlite3.IntegrityError, match="product unit must be one of pc, kg, l, m"):
            con.execute("UPDATE products SET unit = 'g' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="product unit must be one of"):
            con.execute(
                "INSERT INTO products(sku, name, price_minor, tax_code, unit) VALUES ('X1', 'X', 1, 'A', 'pcs')"
            )
        assert con.execute("SELECT unit FROM products WHERE id = 1").fetchone() == ("pc",)
    finally:
        con.close()


def test_an_existing_station_gets_known_units_and_keeps_its_quantities(tmp_path):
    """A file at s0010 with odd unit spellings and a fractional piece movement: s0011 makes the
    units known codes and rewrites no quantity."""
    from storedesk.adapters import db as dbmod
    from storedesk.adapters.db import open_database

    folder = tmp_path / "old"
    path = database_at(folder, "s0010")
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO tax_rates(code, rate, label) VALUES ('A', '20', 'VAT 20 %');
        INSERT INTO products(id, sku, name, price_minor, tax_code, unit) VALUES
          (1, 'P1', 'Pens', 100, 'A', 'pc'), (2, 'P2', 'Flour', 100, 'A', 'KG'), (3, 'P3', 'Rope', 100, 'A', ' m'),
          (4, 'P4', 'Odd', 100, 'A', 'pieces');
        INSERT INTO stock_movements VALUES ('mv1', 1, 2500, 'receiving', 'DN-1', 'T1', '2024-05-01T08:00:00+00:00');
    """)
    con.commit()
    con.close()

    database = open_database(folder)
    database.dispose()
    con = sqlite3.connect(path)
    try:
        assert dbmod.stored_revision(path) == dbmod.HEAD
        assert con.execute("SELECT id, unit FROM products ORDER BY id").fetchall() == [
            (1, "pc"),
            (2, "kg"),
            (3, "m"),
            (4, "pc"),
        ]
        assert con.execute("SELECT quantity_milli FROM stock_movements").fetchall() == [(2500,)]
    finally:
        con.close()
