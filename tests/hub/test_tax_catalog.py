"""The hub's tax table (`storedesk-hub tax set`) is the catalog's one source once it has a code
(hub/settings/tax.py catalog_rates): PUT /v1/products and `storedesk-hub catalog import` take the
code's rate from it, a product naming another rate is refused with the reason and nothing is
written, product feed items carry the rate in force, and a code the table does not have behaves as
before (the product's own rate). SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from tests.helpers.hubs import HubFeed

from storedesk.hub import cli
from storedesk.hub.settings.models import tax_rates
from storedesk.hub.settings.tax import latest_local_date
from storedesk.sync import puller


@pytest.fixture
def hub_db(admin):
    admin.store("PAR01")
    return admin


def tax_set(admin, code: str, rate: str, day: date) -> None:
    assert cli.main(["tax", "set", code, rate, "--valid-from", day.isoformat(), "--db", admin.db_url]) == 0


def today(admin) -> date:
    with admin.engine.connect() as conn:
        return latest_local_date(conn, datetime.now(UTC))


def product(sku: str, code: str, rate: str) -> dict:
    return {
        "sku": sku,
        "name": f"Item {sku}",
        "price_minor": 100,
        "currency": "EUR",
        "tax_code": code,
        "tax_rate": rate,
    }


def stored_rates(admin) -> dict[str, str]:
    return dict(admin.rows("SELECT sku, tax_rate FROM products"))


def fed_rates(admin) -> list[tuple[str, str]]:
    rows = admin.rows("SELECT data FROM feed_items WHERE kind = 'product' ORDER BY seq")
    return [(d["sku"], d["tax_rate"]) for d in (json.loads(r) for (r,) in rows)]


def test_put_products_takes_the_tables_rate_and_refuses_another(hub_db, client):
    day = today(hub_db)
    tax_set(hub_db, "A", "20", day)
    tax_set(hub_db, "A", "21", day + timedelta(days=30))
    erp = client(hub_db.erp())

    # the upcoming rate may be named (an ERP ahead of the switch); the product carries the one in force
    r = erp.put("/v1/products", json={"products": [product("P1", "A", "21.0"), product("Z1", "Z", "7")]})
    assert r.status_code == 200, r.text
    assert stored_rates(hub_db) == {"P1": "20", "Z1": "7"}  # Z: not in the table, its own rate as before
    assert fed_rates(hub_db) == [("P1", "20"), ("Z1", "7")]

    # another rate for a code the table has: refused whole, with the reason; nothing written
    r = erp.put("/v1/products", json={"products": [product("P2", "A", "20"), product("P3", "A", "19")]})
    assert r.status_code == 422
    assert r.json()["detail"] == (
        f"product P3: the hub's tax table has A at 20 % from {day.isoformat()}, not 19 %: "
        "a tax rate is set with `storedesk-hub tax set`, never by a catalog"
    )
    assert stored_rates(hub_db) == {"P1": "20", "Z1": "7"}
    assert len(fed_rates(hub_db)) == 2


def test_a_product_is_fed_again_at_the_rate_in_force_once_its_day_has_begun(hub_db, client):
    erp = client(hub_db.erp())
    assert erp.put("/v1/products", json={"products": [product("P1", "A", "20")]}).status_code == 200
    # the table learns A at 25 from a day that has begun (as `tax set` leaves it once that day comes)
    with hub_db.engine.begin() as conn:
        conn.execute(
            tax_rates.insert(),
            {"code": "A", "valid_from": date(2000, 1, 1), "rate": "25", "label": "VAT 25 %", "created_at": "x"},
        )
    # the ERP still names the rate its products had: refused; naming the table's in force: fed at 25
    assert erp.put("/v1/products", json={"products": [product("P1", "A", "20")]}).status_code == 422
    r = erp.put("/v1/products", json={"products": [product("P1", "A", "25")]})
    assert r.json() == {"received": 1, "created": 0, "updated": 1, "unchanged": 0}
    assert fed_rates(hub_db) == [("P1", "20"), ("P1", "25")]


def run_import(admin, tmp_path, text: str, *args: str) -> int:
    path = tmp_path / "catalog.csv"
    path.write_text(text, encoding="utf-8")
    return cli.main(["catalog", "import", str(path), "--db", admin.db_url, *args])


def test_the_import_takes_the_tables_codes_and_rates(hub_db, tmp_path, capsys, station):
    day = today(hub_db)
    tax_set(hub_db, "A", "20", day)
    tax_set(hub_db, "N", "7", day + timedelta(days=2))  # a brand-new code, from a day still to come
    text = "sku,name,price,tax_code\nA1,Apple,1.50,A\nN1,Notebook,3,N\n"

    # a --tax-rate differing from the table: the file is refused, nothing written
    assert run_import(hub_db, tmp_path, text, "--tax-rate", "A=19") == 2
    assert "--tax-rate A=19: the hub's tax table has A at 20 %" in capsys.readouterr().err
    assert stored_rates(hub_db) == {}

    # no --tax-rate: both codes known from the table, each product at the table's rate
    assert run_import(hub_db, tmp_path, text) == 0
    assert stored_rates(hub_db) == {"A1": "20", "N1": "7"}
    assert fed_rates(hub_db) == [("A1", "20"), ("N1", "7")]

    # the demo station (which has A at 20) takes both through the feed: N is known, not quarantined
    stats, _ = puller.pull_page(station.uow, HubFeed(hub_db, "PAR01", "T1"))
    assert (stats.applied, stats.quarantined) == (stats.received, 0)
    with station.uow.read() as tx:
        assert tx.catalog.by_sku("N1").tax_code == "N"
