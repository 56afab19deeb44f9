"""`storedesk-hub catalog import` with a later valid_from: the price waits in pending_prices and
goes to every station as a "pending_price" feed item after the product's; the product keeps its
price; the hub's own products row takes the price once it is due in every store (SQLite and
PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from tests.helpers.hubs import HubFeed

from storedesk.hub import cli, db
from storedesk.hub.catalog import service
from storedesk.services import prices
from storedesk.sync import puller


@pytest.fixture
def hub_db(admin):
    admin.store("PAR01")
    admin.store("NYC01", currency="EUR", timezone="America/New_York")
    return admin


def run(admin, tmp_path, text: str) -> int:
    path = tmp_path / "catalog.csv"
    path.write_text(text, encoding="utf-8")
    return cli.main(["catalog", "import", str(path), "--db", admin.db_url, "--tax-rate", "A=20"])


def feed_kinds(admin) -> list[tuple[str, dict]]:
    return [(k, json.loads(d)) for k, d in admin.rows("SELECT kind, data FROM feed_items ORDER BY seq")]


def in_three_days() -> str:
    return (datetime.now(ZoneInfo("Europe/Paris")).date() + timedelta(days=3)).isoformat()


def test_a_later_price_is_kept_and_fed_after_the_product_and_a_repeat_sends_nothing(hub_db, tmp_path, capsys):
    assert run(hub_db, tmp_path, "sku,name,price,tax_code\nA1,Apple,1.50,A\n") == 0
    day = in_three_days()
    later = f"sku,name,price,tax_code,valid_from\nA1,Red apple,1.80,A,{day}\n"
    assert run(hub_db, tmp_path, later) == 0
    assert "1 with a price from a later date" in capsys.readouterr().out
    assert hub_db.rows("SELECT sku, price_minor, name FROM products") == [("A1", 150, "Red apple")]
    assert hub_db.rows("SELECT sku, valid_from, price_minor, currency, folded_at FROM pending_prices") == [
        ("A1", f"{day}T00:00", 180, "EUR", None)
    ]
    kinds = feed_kinds(hub_db)
    assert [k for k, _ in kinds] == ["product", "product", "pending_price"]
    assert kinds[1][1]["price_minor"] == 150 and kinds[1][1]["name"] == "Red apple"  # today's price
    assert kinds[2][1] == {"sku": "A1", "price_minor": 180, "currency": "EUR", "valid_from": f"{day}T00:00"}
    assert run(hub_db, tmp_path, later) == 0  # the same file again
    assert len(feed_kinds(hub_db)) == 3


def test_a_later_price_of_a_product_the_catalog_lacks_is_rejected(hub_db, tmp_path):
    report = tmp_path / "report.csv"
    path = tmp_path / "c.csv"
    path.write_text(f"sku,name,price,tax_code,valid_from\nZ9,New,1,A,{in_three_days()}\n", encoding="utf-8")
    code = cli.main(
        ["catalog", "import", str(path), "--db", hub_db.db_url, "--tax-rate", "A=20", "--report", str(report)]
    )
    assert code == 1 and "SKU Z9 is not in the catalog yet" in report.read_text()
    assert hub_db.scalar("SELECT count(*) FROM pending_prices") == 0


def test_the_hubs_product_takes_the_price_once_due_in_every_store(hub_db, tmp_path):
    assert run(hub_db, tmp_path, "sku,name,price,tax_code\nA1,Apple,1.50,A\n") == 0
    assert run(hub_db, tmp_path, f"sku,name,price,tax_code,valid_from\nA1,Apple,1.80,A,{in_three_days()}\n") == 0
    # 2026-03-01T00:00 has come in Paris at 23:00 UTC, in New York only at 05:00 UTC
    with db.write_tx(hub_db.engine) as conn:
        conn.exec_driver_sql("UPDATE pending_prices SET valid_from = '2026-03-01T00:00'")
    from storedesk.hub.catalog import pending

    with db.write_tx(hub_db.engine) as conn:
        assert pending.fold_due(conn, "t", now=datetime(2026, 3, 1, 4, 59, tzinfo=UTC)) == 0
    assert hub_db.scalar("SELECT price_minor FROM products") == 150
    assert service.fold_due(hub_db.engine) == 1  # today: long due everywhere
    assert hub_db.scalar("SELECT price_minor FROM products") == 180
    assert hub_db.scalar("SELECT folded_at FROM pending_prices") is not None


def test_a_station_receives_the_later_price_and_keeps_todays_until_then(hub_db, tmp_path, station):
    with station.uow.read() as tx:
        sku = tx.catalog.by_id(1).sku
        tax = tx.catalog.by_id(1).tax_code
        rate = tx.catalog.tax_rates()[tax]
    arg = f"{tax}={rate}"
    path = tmp_path / "c.csv"
    for text in (f"sku,name,price,tax_code\n{sku},Apples,2.00,{tax}\n",
                 f"sku,name,price,tax_code,valid_from\n{sku},Apples,2.20,{tax},{in_three_days()}\n"):  # fmt: skip
        path.write_text(text, encoding="utf-8")
        assert cli.main(["catalog", "import", str(path), "--db", hub_db.db_url, "--tax-rate", arg]) == 0
    stats = puller.pull(station.uow, HubFeed(hub_db, "PAR01", "T1"))
    assert (stats.applied, stats.quarantined) == (2, 0)  # the product, then its later price
    with station.uow.read() as tx:
        assert tx.catalog.by_sku(sku).price_minor == 200
    assert station.count("pending_prices") == 1
    assert prices.apply_due_prices(station.uow) == 0
