"""The endless aisle at the counter (issue 17), station side, through a real hub process on
127.0.0.1 (`storedesk-hub serve`, real HTTP) and stations on their own SQLite files.

    hub: PAR01 (this till, T1) and PAR02 (P2: 5 of SKU0000001 and 5 of SKU0000002 on hand,
         booked at its station and synced)
    T1 sells 1 x product 3 off its shelf, orders 1 x SKU0000001 delivered home and 2 x
    SKU0000002 to collect at PAR02, and the customer pays everything in cash:
    -> two orders at the hub (channel store:PAR01, paid_in_store, the till and its basket),
       their numbers on the sale lines and on the receipt, one sale in the journal, stock
       moved at T1 for product 3 only.
Offline the item cannot be ordered and nothing is added; a hub that cannot be reached or
refuses at payment sells nothing; a sale that cannot be written after its orders were made
cancels them at the hub.
"""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from tests.conftest import copy_station_files
from tests.e2e.conftest import Hub, SyncStation
from tests.helpers.hubs import free_port, hub_cli
from tests.helpers.stations import query

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.adapters.hub_client import HubClient, HubConfig
from storedesk.adapters.printing.escpos_printer import receipt_lines_text
from storedesk.domain.aisle import PICKUP, SHIP, LineOrder
from storedesk.domain.errors import BasketError, ShiftError
from storedesk.domain.tenders import Tender
from storedesk.services import aisle, auth, basket, receipts, sale, sync
from storedesk.services.stock import adjust

ZOE = {"name": "Zoé Martin", "phone": "+33 6 98 76 54 32", "email": "zoe@example.com"}
HOME = {"line1": "8 rue Oberkampf", "postcode": "75011", "city": "Paris", "country": "fr"}


def deliver() -> LineOrder:
    return LineOrder(SHIP, dict(ZOE), delivery=dict(HOME))


def collect_at(store: str) -> LineOrder:
    return LineOrder(PICKUP, dict(ZOE), pickup_store=store)


def synced(st: SyncStation) -> None:
    report = sync.sync_once(st.uow, st.client())
    assert report.error is None and report.rejected == 0, report


@pytest.fixture(scope="module")
def hub(tmp_path_factory, demo_templates):
    """The hub with PAR01 and PAR02; PAR02's station booked 5 of products 1 and 2."""
    tmp = tmp_path_factory.mktemp("aisle-hub")
    h = Hub(tmp)
    hub_cli(
        h.db_url,
        *("add-store", "PAR02", "--name", "Demo Rivoli", "--currency", "EUR", "--timezone", "Europe/Paris"),
        *("--lat", "48.8606", "--lon", "2.3376"),
    )
    h.tokens["P2"] = hub_cli(h.db_url, "add-station", "--store", "PAR02", "--station", "P2")
    h.start()
    copy_station_files(demo_templates("PAR02", "P2"), tmp / "station-P2")
    p2 = SyncStation(tmp / "station-P2", h, "P2")
    try:
        rows = query(
            p2,
            "SELECT p.sku, p.name, p.price_minor, p.tax_code, t.rate FROM products p "
            "JOIN tax_rates t ON t.code = p.tax_code WHERE p.id IN (1, 2, 3) ORDER BY p.id",
        )
        h.put_products(  # the chain's catalog at the hub: what it can promise
            [
                {"sku": sku, "name": name, "barcodes": [gtin_for(pid)], "price_minor": price, "currency": "EUR"}
                | {"tax_code": code, "tax_rate": str(rate)}
                for pid, (sku, name, price, code, rate) in enumerate(rows, start=1)
            ]
        )
        boss = auth.login(p2.uow, "max", "9876")
        for pid in (1, 2):
            adjust.adjust(p2.uow, boss, gtin_for(pid), "5", "found")
        synced(p2)
        yield h
    finally:
        p2.close()
        h.stop()


@pytest.fixture
def till(hub, demo_templates, tmp_path):
    """A fresh PAR01/T1 station registered at the hub."""
    copy_station_files(demo_templates("PAR01", "T1"), tmp_path / "t1")
    st = SyncStation(tmp_path / "t1", hub, "T1")
    yield st
    st.close()


def no_hub(monkeypatch) -> None:
    """The hub cannot be reached: every question of the aisle goes to a port nobody listens on."""

    def dead(uow):
        cfg = sync.hub_config(uow)
        assert cfg is not None
        return HubClient(HubConfig(f"http://127.0.0.1:{free_port()}", cfg.token, connect_timeout=0.5, read_timeout=1))

    monkeypatch.setattr(aisle, "client_for", dead)


def counts(st) -> tuple[int, int]:
    return query(st, "SELECT count(*) FROM sales")[0][0], query(st, "SELECT count(*) FROM sale_line_orders")[0][0]


def test_a_sale_with_a_line_delivered_and_one_collected_elsewhere(till, tmp_path):
    st = till
    offer = aisle.offer(st.uow, "SKU0000002")
    assert offer.sku == "SKU0000002" and offer.here == "PAR01"
    assert offer.pickup_at("PAR02") == 5 and offer.pickup_at("PAR01") == 0 and offer.ship >= 5

    view = basket.current(st.uow, st.ana)
    shelf = basket.add_scan(st.uow, st.ana, view.basket_id, gtin_for(3))
    view = aisle.add_order_line(st.uow, st.ana, view.basket_id, gtin_for(1), D(1), deliver())
    home = view.basket.line(view.changed_line_id)
    assert home.order is not None and home.order.delivery["country"] == "FR" and not home.order.number
    view = aisle.add_order_line(st.uow, st.ana, view.basket_id, "SKU0000002", D(2), collect_at("par02"))
    rivoli = view.basket.line(view.changed_line_id)
    assert rivoli.order is not None and rivoli.order.pickup_store == "PAR02"
    # priced as the product: the total counts every line, the ordered ones included
    assert view.totals.total == sum((p.gross for p in view.totals.lines), D(0))
    assert len(view.totals.lines) == 3

    # more than anywhere can promise: refused, nothing added
    with pytest.raises(BasketError, match="only 5 can be collected at PAR02"):
        aisle.add_order_line(st.uow, st.ana, view.basket_id, "SKU0000002", D(6), collect_at("PAR02"))
    assert len(basket.current(st.uow, st.ana).basket.lines) == 3

    moved_before = query(st, "SELECT count(*) FROM stock_movements")[0][0]
    result = aisle.complete(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total)])
    again = aisle.complete(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total)])
    assert again.repeated and again.receipt_no == result.receipt_no  # a second press sells nothing twice

    rows = query(
        st,
        "SELECT l.sku, o.order_id, o.number, o.fulfilment, o.pickup_store, o.delivery FROM sale_line_orders o "
        "JOIN sale_lines l USING (sale_id, line_no) WHERE o.sale_id = ? ORDER BY l.line_no",
        (result.sale_id,),
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [("SKU0000001", "ship", ""), ("SKU0000002", "pickup", "PAR02")]
    assert json.loads(rows[0][5])["line1"] == "8 rue Oberkampf" and rows[1][5] is None
    numbers = {r[0]: r[2] for r in rows}
    assert all(n.startswith("W") for n in numbers.values()) and len(set(numbers.values())) == 2

    # the hub holds both orders, made by this till and paid in its sale
    client = st.client()
    for sku, order_id, number, fulfilment, _store, _ in rows:
        order = client.order(order_id)
        assert order["number"] == number and order["channel"] == "store:PAR01"
        assert order["payment"] == "paid_in_store" and order["paid_in_store"]["sale_ref"] == view.basket_id
        assert order["fulfilment"] == fulfilment and [ln["sku"] for ln in order["lines"]] == [sku]
    assert client.order(rows[1][1])["store"] == "PAR02"
    client.close()

    # stock moves at this till for the shelf line only; one sale, one journal entry
    moves = query(st, "SELECT product_id, quantity_milli FROM stock_movements WHERE doc_ref = ?", (result.receipt_no,))
    assert moves == [(3, -1000)]
    assert query(st, "SELECT count(*) FROM stock_movements")[0][0] == moved_before + 1
    assert query(st, "SELECT count(*) FROM journal WHERE doc_ref = ?", (result.receipt_no,))[0][0] == 1
    sale_event = json.loads(query(st, "SELECT payload FROM outbox WHERE kind = 'sale'")[-1][0])
    assert [ln.get("order") for ln in sale_event["lines"]] == [None, numbers["SKU0000001"], numbers["SKU0000002"]]
    assert sale_event["total_minor"] == int(view.totals.total * 100)
    assert shelf.basket_id == view.basket_id

    # the receipt says how each ordered line reaches the customer, with its order
    text = PdfReader(receipts.print_receipt(st.uow, tmp_path, result.sale_id)).pages[0].extract_text()
    assert f"To deliver — order {numbers['SKU0000001']}" in text
    assert f"To collect at PAR02 — order {numbers['SKU0000002']}" in text
    roll = receipt_lines_text(receipts.receipt_doc(st.uow, result.sale_id))  # the thermal printer's text
    assert f"  To deliver — order {numbers['SKU0000001']}" in roll
    assert f"  To collect at PAR02 — order {numbers['SKU0000002']}" in roll


def test_offline_the_item_cannot_be_ordered_and_nothing_is_added(till, monkeypatch):
    st = till
    no_hub(monkeypatch)
    with pytest.raises(BasketError, match="cannot be ordered now"):
        aisle.offer(st.uow, "SKU0000001")
    view = basket.current(st.uow, st.ana)
    with pytest.raises(BasketError, match="cannot be ordered now"):
        aisle.add_order_line(st.uow, st.ana, view.basket_id, "SKU0000001", D(1), deliver())
    assert basket.current(st.uow, st.ana).basket.lines == []
    assert counts(st) == (0, 0)


def test_hub_unreachable_at_payment_sells_nothing(till, monkeypatch):
    st = till
    view = basket.current(st.uow, st.ana)
    view = aisle.add_order_line(st.uow, st.ana, view.basket_id, "SKU0000001", D(1), collect_at("PAR02"))
    no_hub(monkeypatch)
    with pytest.raises(BasketError, match="nothing was sold. Take the ordered lines off"):
        aisle.complete(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total)])
    assert counts(st) == (0, 0)
    assert basket.current(st.uow, st.ana).basket_id == view.basket_id  # still open: void the line or retry
    # and the plain sale refuses an ordered line that has no order from the hub
    with pytest.raises(BasketError, match="no order from the hub"):
        sale.complete_sale(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total)])
    assert counts(st) == (0, 0)


def test_hub_refusing_at_payment_sells_nothing(till):
    st = till
    view = basket.current(st.uow, st.ana)
    view = aisle.add_order_line(st.uow, st.ana, view.basket_id, "SKU0000002", D(1), collect_at("PAR02"))
    # the clerk then asks for more than any store can promise: the hub refuses the order
    view = basket.set_quantity(st.uow, st.ana, view.basket_id, view.changed_line_id, "40", confirmed=True)
    with pytest.raises(BasketError, match="The hub refused the order of"):
        aisle.complete(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total)])
    assert counts(st) == (0, 0)


def test_a_sale_not_written_after_its_orders_cancels_them_at_the_hub(till):
    st = till
    view = basket.current(st.uow, st.ana)
    view = aisle.add_order_line(st.uow, st.ana, view.basket_id, "SKU0000001", D(1), deliver())
    with st.uow.write() as tx:  # the store now sells only with an open shift, and none is open
        tx.settings.set("sales_need_shift", "1")
    made = []
    real_place = HubClient.place_store_order

    def remember(self, body):
        answer = real_place(self, body)
        made.append(answer["order_id"])
        return answer

    HubClient.place_store_order = remember  # type: ignore[method-assign]
    try:
        with pytest.raises(ShiftError):
            aisle.complete(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total)])
    finally:
        HubClient.place_store_order = real_place  # type: ignore[method-assign]
    assert counts(st) == (0, 0) and len(made) == 1
    client = st.client()
    assert client.order(made[0])["status"] == "cancelled"
    # paid again once the shift rule is lifted: a new order, never the cancelled one, on the sale
    with st.uow.write() as tx:
        tx.settings.set("sales_need_shift", "0")
    done = aisle.complete(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total)])
    on_sale = query(st, "SELECT order_id, number FROM sale_line_orders")
    assert len(on_sale) == 1 and on_sale[0][0] != made[0]
    assert client.order(on_sale[0][0])["status"] != "cancelled" and done.receipt_no
    client.close()
