"""A new station's first load is a catalog snapshot, over real HTTP from a real hub: a few thousand
products arrive in pages, not as feed items; a change made at the hub while the pages load is not
lost (its feed item comes after the snapshot's position); the station sells one of them; a station
that already had a feed cursor keeps taking the catalog from the feed."""

from __future__ import annotations

from decimal import Decimal

from stdnum import ean
from tests.e2e.conftest import hub_cli

from storedesk.adapters.hub_client import HubClient
from storedesk.domain.tenders import Tender
from storedesk.services import basket, catalog_snapshot, sale, sync

ROWS = 3000


def gtin(i: int) -> str:
    stem = f"299{i:09d}"
    return stem + ean.calc_check_digit(stem)


def product(i: int, price: int, code: str, rate: str) -> dict:
    return {
        "sku": f"S{i:05d}",
        "name": f"Snapshot product {i}",
        "barcodes": [gtin(i)],
        "price_minor": price,
        "currency": "EUR",
        "tax_code": code,
        "tax_rate": rate,
    }


class ChangedDuringLoad(HubClient):
    """The station's client; after the first snapshot page, the ERP changes two products at the
    hub: one on the page already loaded, one on a page still to come."""

    def __init__(self, cfg, hub, code: str, rate: str):
        super().__init__(cfg)
        self.hub, self.code, self.rate = hub, code, rate
        self.pages = 0
        self.feed_pages: list[dict] = []

    def catalog_snapshot(self, after: str, limit: int) -> dict:
        page = super().catalog_snapshot(after, limit)
        self.pages += 1
        if self.pages == 1:
            first, later = product(0, 4242, self.code, self.rate), product(ROWS - 1, 4343, self.code, self.rate)
            self.hub.put_products([first, later])
        return page

    def get_feed(self, after: str, limit: int, catalog_to: int = 0) -> dict:
        page = super().get_feed(after, limit, catalog_to)
        self.feed_pages.append(page)
        return page


def price_of(st, sku: str) -> int:
    with st.uow.read() as tx:
        return tx.catalog.by_sku(sku).price_minor


def test_a_new_station_loads_a_snapshot_keeps_a_change_made_meanwhile_and_sells(hub, make_station, tmp_path):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    with t1.uow.read() as tx:
        code, rate = next(iter(tx.catalog.tax_rates().items()))
    rate_text = format(rate.normalize(), "f")
    assert sync.sync_once(t2.uow).error is None  # T2 joins first: from now on it is a feed station
    hub.put_products([product(ROWS, 100, code, rate_text)])
    assert sync.sync_once(t2.uow).received == 1
    csv = tmp_path / "catalog.csv"
    lines = [f"S{i:05d},Snapshot product {i},{1 + i % 50}.25,{code},{gtin(i)}" for i in range(ROWS)]
    csv.write_text("sku,name,price,tax_code,barcodes\n" + "\n".join(lines) + "\n", encoding="utf-8")
    hub_cli(hub.db_url, "catalog", "import", str(csv), "--tax-rate", f"{code}={rate_text}")

    client = ChangedDuringLoad(sync.hub_config(t1.uow), hub, code, rate_text)
    client_page = catalog_snapshot.PAGE
    catalog_snapshot.PAGE = 1000  # three pages and more: the change lands between them
    try:
        report = sync.sync_once(t1.uow, client)
    finally:
        catalog_snapshot.PAGE = client_page
        client.close()
    assert report.error is None and report.quarantined == 0
    assert client.pages == 4  # 3,001 products by 1,000
    fed = [i for page in client.feed_pages for i in page["items"] if i["kind"] == "product"]
    assert sorted(i["data"]["sku"] for i in fed) == ["S00000", f"S{ROWS - 1:05d}"]  # only what came after
    assert price_of(t1, "S00000") == 4242 and price_of(t1, f"S{ROWS - 1:05d}") == 4343
    assert price_of(t1, "S00001") == 225 and price_of(t1, f"S{ROWS:05d}") == 100
    with t1.uow.read() as tx:
        state = tx.sync_state.all()
        assert int(state["feed_cursor"]) > int(state[catalog_snapshot.POSITION_KEY]) > 0
        loaded = tx.conn.execute("SELECT count(*) FROM products WHERE name LIKE 'Snapshot product %'")
        assert loaded.fetchone()[0] == ROWS + 1

    view = basket.add_scan(t1.uow, t1.ana, basket.current(t1.uow, t1.ana).basket_id, gtin(7))
    done = sale.complete_sale(t1.uow, t1.ana, view.basket_id, [Tender("cash", view.totals.total + Decimal(5))])
    with t1.uow.read() as tx:
        line = tx.conn.execute("SELECT sku, unit_price_minor FROM sale_lines WHERE sale_id = ?", (done.sale_id,))
        assert line.fetchall() == [("S00007", 825)]

    again = sync.sync_once(t2.uow)  # T2 had a cursor: the catalog comes from its feed, item by item
    assert again.error is None and again.quarantined == 0 and again.received >= ROWS + 2
    with t2.uow.read() as tx:
        assert tx.sync_state.get(catalog_snapshot.POSITION_KEY) == "0"  # its (empty) snapshot, before the import
    assert price_of(t2, "S00000") == 4242 and price_of(t2, "S00001") == 225
