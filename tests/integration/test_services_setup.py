"""Creating a store, the empty data folder, catalog search and backups, on real SQLite files."""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D

import pytest

from storedesk.adapters.db import HEAD, backup, open_database
from storedesk.domain.errors import AuthError, StorageError
from storedesk.domain.tenders import Tender
from storedesk.services import basket, catalog, sale, setup


def test_a_new_folder_is_migrated_but_has_no_store(empty_station):
    st = empty_station
    con = st.raw()
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()
    assert setup.is_initialised(st.uow) is False
    with pytest.raises(StorageError, match="no store yet"):
        basket.current(st.uow, None)


def test_init_store_is_one_transaction(empty_station):
    st = empty_station
    users = [("ana", "Ana", "clerk", "1234"), ("bob", "Bob", "clerk", "12")]  # bob's PIN is too short
    with pytest.raises(AuthError, match="bob"):
        setup.init_store(st.uow, setup.DEMO_SETTINGS, users)
    assert st.count("settings") == 0 and st.count("users") == 0 and st.count("tax_rates") == 0
    setup.init_store(st.uow, setup.DEMO_SETTINGS, users[:1])
    assert setup.is_initialised(st.uow)
    assert st.count("users") == 1
    pin_hash = st.raw().execute("SELECT pin_hash FROM users").fetchone()[0]
    assert "1234" not in pin_hash and pin_hash.startswith("scrypt$")
    with pytest.raises(StorageError, match="already has a store"):
        setup.init_store(st.uow, setup.DEMO_SETTINGS, [])
    assert st.count("users") == 1


def test_demo_store_contents(station):
    con = station.raw()
    settings = dict(con.execute("SELECT key, value FROM settings"))
    assert (settings["store_code"], settings["station_code"], settings["currency"], settings["timezone"]) == (
        "PAR01",
        "T1",
        "EUR",
        "Europe/Paris",
    )
    assert con.execute("SELECT count(*) FROM products").fetchone() == (2005,)  # and the gift card
    assert con.execute("SELECT username, role FROM users ORDER BY id").fetchall() == [
        ("ana", "clerk"),
        ("sam", "supervisor"),
        ("max", "manager"),
    ]
    # every product has an opening stock movement and a balance equal to it
    assert con.execute("SELECT count(*) FROM stock_movements WHERE reason = 'opening'").fetchone() == (2004,)
    assert con.execute(
        "SELECT count(*) FROM stock_balances b JOIN (SELECT product_id, sum(quantity_milli) s FROM stock_movements "
        "GROUP BY product_id) m USING (product_id) WHERE b.on_hand_milli <> m.s"
    ).fetchone() == (0,)
    con.close()
    assert station.login("max").role == "manager"


def test_catalog_search_by_name_prefix_and_sku(pinned):
    st = pinned
    found = catalog.search(st.uow, "test bri")
    assert [(p.id, p.name, p.price_minor) for p in found] == [(2, "Test Brioche", 529)]
    assert [p.id for p in catalog.search(st.uow, "SKU0000005")] == [5]
    # punctuation never breaks the FTS syntax: it is dropped, the words stay prefix terms
    assert catalog.search(st.uow, '"*)(:^') == []
    assert [p.id for p in catalog.search(st.uow, '"test* (brioche):')] == [2]
    assert catalog.search(st.uow, "") == []
    assert len(catalog.search(st.uow, "test", limit=3)) == 3


def test_backup_is_a_consistent_copy(pinned, tmp_path):
    st = pinned
    ana = st.user("ana")
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(1))
    sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("5"))])
    out = tmp_path / "backups" / "copy.db"
    assert backup(st.engine, out) > 0
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT receipt_no, total_minor FROM sales").fetchall() == [("PAR01-T1-000001", 249)]
    con.close()
    assert not (tmp_path / "backups" / "copy.db.partial").exists()


def test_reopening_an_up_to_date_database_keeps_everything(pinned):
    st = pinned
    ana = st.user("ana")
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(2))
    sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("10"))])
    for _ in range(2):
        st.reopen()
    assert st.count("sales") == 1 and st.count("journal") == 1
    engine = open_database(st.data_dir)  # a second opener of the same folder is fine too
    engine.dispose()
