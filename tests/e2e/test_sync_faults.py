"""Everything a station does reaches the hub exactly once, whatever the network does."""

from __future__ import annotations

import json
import random
import sqlite3
from decimal import Decimal

from tests.e2e.faulty_proxy import FaultyProxy
from tests.helpers.stations import init_at_hub, paris_today
from tests.hub.payloads import product

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.adapters.hub_client import HubRefused, HubUnavailable
from storedesk.cli import main as station_cli
from storedesk.domain.tenders import Tender
from storedesk.services import basket, sale, sync
from storedesk.services.stock import ledger
from storedesk.sync.relay import drain


def sell(st, codes: list[str]):
    view = basket.current(st.uow, st.ana)
    for code in codes:
        view = basket.add_scan(st.uow, st.ana, view.basket_id, code)
    return sale.complete_sale(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total + Decimal(5))])


def a_day_of_sales(st, n: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    return [sell(st, [gtin_for(rng.randint(1, 2000)) for _ in range(rng.randint(1, 5))]) for _ in range(n)]


def hub_sales(hub) -> dict:
    return hub.get("/v1/stores/PAR01/day-totals", date=paris_today())


def test_hub_down_for_a_day_then_every_sale_arrives_exactly_once(hub_down, make_station, capsys):
    st = make_station(hub_down, "T1")
    results = a_day_of_sales(st, 40)
    report = sync.sync_once(st.uow)  # the hub is down
    assert report.error and report.sent == 0 and report.waiting == 80  # a sale and its stock movements each
    assert station_cli(["sync", "--once", "--data-dir", str(st.data_dir)]) == 3
    assert "80 events wait" in capsys.readouterr().err

    hub_down.start()
    assert station_cli(["sync", "--once", "--data-dir", str(st.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "sent 80, duplicate 0, rejected 0" in out and "waiting 0" in out
    totals = hub_sales(hub_down)
    assert totals["sales_count"] == 40
    assert totals["gross_minor"] == sum(int(r.total * 100) for r in results)
    again = sync.sync_once(st.uow)
    assert (again.sent, again.duplicate, again.waiting) == (0, 0, 0)


def test_500s_timeouts_and_lost_answers_still_give_exactly_once(hub, make_station):
    st = make_station(hub, "T1")
    results = a_day_of_sales(st, 30, seed=2)
    plan = ["ok", "500", "ok", "lost", "ok", "timeout"]  # a third of requests fail, some after the hub committed
    with FaultyProxy(hub.url, lambda n: plan[n % len(plan)], hold=1.5) as proxy:
        client = st.client(proxy.url, read_timeout=0.5)
        for _ in range(60):
            try:
                drain(st.uow, client, batch_size=7)
            except (HubUnavailable, HubRefused):  # the injected failures; the next round retries
                pass
            if sync.health(st.uow).waiting == 0:
                break
        client.close()
    assert proxy.faults.get("lost", 0) >= 1 and proxy.faults.get("timeout", 0) >= 1 and proxy.faults.get("500", 0) >= 1
    assert sync.health(st.uow).waiting == 0
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    statuses = dict(con.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
    con.close()
    assert statuses.get("sent", 0) + statuses.get("duplicate", 0) == 60
    assert statuses.get("duplicate", 0) >= 1  # a lost answer came back as "duplicate", not as a second sale
    totals = hub_sales(hub)
    assert totals["sales_count"] == 30
    assert totals["gross_minor"] == sum(int(r.total * 100) for r in results)
    con = sqlite3.connect(hub.db_url.removeprefix("sqlite:///"))
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone() == (60, 60)
    con.close()


def test_two_stations_of_a_store_converge_on_the_same_stock(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    products = [1, 2, 3]
    sell(t1, [gtin_for(1), gtin_for(1), gtin_for(2)])
    sell(t2, [gtin_for(1), gtin_for(3), gtin_for(3)])
    sell(t1, ["2*" + gtin_for(3)])
    for _ in range(2):
        for st in (t1, t2):
            r = sync.sync_once(st.uow)
            assert r.error is None, r.error
    on_hand = {}
    for st in (t1, t2):
        with st.uow.read() as tx:
            ids = {sku: tx.feed.product_id(sku) for sku in (f"SKU{n:07d}" for n in products)}
        on_hand[st] = {sku: ledger.on_hand(st.uow, pid) for sku, pid in ids.items()}
    assert on_hand[t1] == on_hand[t2]
    # opening 6/7/8 at each station, moved by both stations' sales: the same ledger everywhere
    assert on_hand[t1] == {"SKU0000001": Decimal(3), "SKU0000002": Decimal(6), "SKU0000003": Decimal(4)}
    for sku, qty in on_hand[t1].items():
        stores = {s["store"]: s for s in hub.get("/v1/stock", sku=sku)["stores"]}
        assert Decimal(stores["PAR01"]["on_hand"]) == qty - {"SKU0000001": 6, "SKU0000002": 7, "SKU0000003": 8}[sku]


def test_a_rejected_event_stays_visible_with_its_reason_and_can_be_retried(hub, make_station):
    st = make_station(hub, "T1")
    sell(st, [gtin_for(1)])
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    payload = json.loads(con.execute("SELECT payload FROM outbox WHERE kind = 'sale'").fetchone()[0])
    payload["total_minor"] += 1  # a sale that does not add up
    payload["receipt_no"] = "PAR01-T1-999999"
    con.execute(
        "INSERT INTO outbox(id, kind, payload, created_at) "
        "VALUES ('badbadbadbadbadbadbadbadbadbad00', 'sale', ?, '2026-01-01T00:00:00+00:00')",
        (json.dumps(payload),),
    )
    con.commit()
    con.close()
    report = sync.sync_once(st.uow)
    assert (report.sent, report.rejected, report.waiting, report.error) == (2, 1, 0, None)
    rejected = [e for e in sync.events(st.uow) if e[4] == "rejected"]
    assert (
        len(rejected) == 1
        and rejected[0][1] == "badbadbadbadbadbadbadbadbadbad00"
        and "total" in rejected[0][6].lower()
    )
    assert sync.retry_rejected(st.uow) == 1
    again = sync.sync_once(st.uow)
    assert again.rejected == 1 and again.sent == 0  # the hub's first answer stands until fixed


def test_catalog_changes_reach_the_station_and_a_bad_item_is_quarantined(hub, make_station):
    st = make_station(hub, "T1")
    rate_b = {"tax_code": "B", "tax_rate": "5.5"}
    new = product("SKU9000001", 450, name="Hub Tea 250 g", barcodes=["4006381333931"], category="Grocery", **rate_b)
    repriced = product(
        "SKU0000001", 199, name="Family Apples 2 kg", barcodes=[gtin_for(1)], category="Fruit & Vegetables", **rate_b
    )
    wrong_rate = dict(new, sku="SKU9000002", barcodes=[], tax_code="B", tax_rate="7")
    hub.put_products([new, repriced, wrong_rate])
    report = sync.sync_once(st.uow)
    assert report.error is None and report.received == 3 and report.quarantined == 1
    view = basket.current(st.uow, st.ana)
    view = basket.add_scan(st.uow, st.ana, view.basket_id, "4006381333931")
    view = basket.add_scan(st.uow, st.ana, view.basket_id, gtin_for(1))
    assert [(p.line.name, p.gross) for p in view.totals.lines] == [
        ("Hub Tea 250 g", Decimal("4.50")),
        ("Family Apples 2 kg", Decimal("1.99")),
    ]
    ((cursor, kind, reason, _at),) = sync.quarantined(st.uow)
    assert kind == "product" and "differs from this store's rate" in reason
    assert sync.sync_once(st.uow).received == 0  # the cursor moved on with the page


def test_an_event_the_hub_cannot_even_parse_is_rejected_alone(hub, make_station):
    st = make_station(hub, "T1")
    sell(st, [gtin_for(1)])
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    con.execute(
        "INSERT INTO outbox(id, kind, payload, created_at) VALUES ('not a uuid', 'sale', '{}', "
        "'2026-01-01T00:00:00+00:00')"
    )
    con.commit()
    con.close()
    sell(st, [gtin_for(2)])
    report = sync.sync_once(st.uow)
    assert (report.sent, report.rejected, report.waiting, report.error) == (4, 1, 0, None)
    (bad,) = [e for e in sync.events(st.uow) if e[4] == "rejected"]
    assert bad[1] == "not a uuid" and "422" in bad[6]
    assert hub_sales(hub)["sales_count"] == 2


def test_the_token_never_reaches_logs_errors_or_the_database(hub_down, make_station, caplog, capsys):
    import logging

    caplog.set_level(logging.DEBUG)
    st = make_station(hub_down, "T1")
    token = hub_down.tokens["T1"]
    sell(st, [gtin_for(1)])
    assert sync.sync_once(st.uow).error  # down: errors are recorded
    hub_down.start()
    assert sync.sync_once(st.uow).error is None
    station_cli(["status", "--data-dir", str(st.data_dir)])
    printed = capsys.readouterr()
    assert token not in caplog.text and token not in printed.out + printed.err
    assert token.encode() not in (st.data_dir / "storedesk.db").read_bytes()
    wal = st.data_dir / "storedesk.db-wal"
    assert not wal.exists() or token.encode() not in wal.read_bytes()
    assert (st.data_dir / "hub.token").stat().st_mode & 0o077 == 0  # readable by this user only


def test_init_registers_a_demo_station_at_the_hub_and_syncs(hub, tmp_path, capsys):
    folder = tmp_path / "t2"
    assert init_at_hub(folder, hub.url, "T2", "--token", hub.tokens["T2"]) == 0
    assert "Registered at the hub" in capsys.readouterr().out
    assert station_cli(["sync", "--once", "--data-dir", str(folder)]) == 0
    assert station_cli(["status", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"hub:              {hub.url}" in out and "last sync:        never" not in out
    assert station_cli(["init", "--demo", "--hub", hub.url, "--data-dir", str(tmp_path / "x")]) == 2
    assert "--hub and --token go together" in capsys.readouterr().err


def test_store_day_comes_from_the_hub_across_stations(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    r1 = sell(t1, [gtin_for(1), gtin_for(2)])
    r2 = sell(t2, [gtin_for(3)])
    for st in (t1, t2):
        assert sync.sync_once(st.uow).error is None
    day = sync.store_day(t1.uow)
    assert day.sales_count == 2
    assert day.gross == r1.total + r2.total
    assert [(kind, count) for kind, count, _ in day.tenders] == [("cash", 2)]
    hub.stop()
    import pytest

    from storedesk.adapters.hub_client import HubUnavailable as Down

    with pytest.raises(Down):
        sync.store_day(t1.uow)
