"""Categories managed at the hub (`storedesk-hub category add|list|rename`, hub/catalog/categories.py):
an empty list leaves a category free text; a listed one makes the catalog import report a row
with another category (the rest imported) and PUT /v1/products refuse the request whole; a rename
re-sends only that category's products, with the new name. SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from storedesk.hub import cli


@pytest.fixture
def hub_db(admin):
    admin.store("PAR01")
    return admin


def hub(admin, *args: str) -> int:
    return cli.main([*args, "--db", admin.db_url])


def categories(admin) -> list[str]:
    return [name for (name,) in admin.rows("SELECT name FROM categories ORDER BY name")]


def product_categories(admin) -> dict[str, str]:
    return dict(admin.rows("SELECT sku, category FROM products"))


def fed(admin) -> list[tuple[str, str]]:
    rows = admin.rows("SELECT data FROM feed_items WHERE kind = 'product' ORDER BY seq")
    return [(d["sku"], d["category"]) for d in (json.loads(r) for (r,) in rows)]


def import_file(admin, tmp_path, text: str) -> int:
    path = tmp_path / "catalog.csv"
    path.write_text(text, encoding="utf-8")
    return hub(admin, "catalog", "import", str(path), "--tax-rate", "A=20", "--report", str(tmp_path / "report.csv"))


def product(sku: str, category: str) -> dict:
    data = {"sku": sku, "name": f"Item {sku}", "price_minor": 100, "currency": "EUR", "tax_code": "A", "tax_rate": "20"}
    return {**data, "category": category}


def test_add_and_list_as_text_and_json_and_what_is_refused(hub_db, capsys):
    assert hub(hub_db, "category", "list") == 0
    assert "no category is listed" in capsys.readouterr().err
    assert hub(hub_db, "category", "add", "Fruit") == 0
    assert hub(hub_db, "category", "add", "Vegetables") == 0
    capsys.readouterr()
    assert hub(hub_db, "category", "list") == 0
    assert capsys.readouterr().out.splitlines() == ["Fruit", "Vegetables"]
    assert hub(hub_db, "category", "list", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == {"categories": ["Fruit", "Vegetables"]}
    for name, says in (
        ("Fruit", "already listed"),
        ("fruit", "differs only by case from the listed 'Fruit'"),
        ("", "needs a name"),
        ("  ", "needs a name"),
        ("x" * 101, "at most 100 characters"),
        ("Dry\x00goods", "control character"),
    ):
        assert hub(hub_db, "category", "add", name) == 1, name
        assert says in capsys.readouterr().err
    assert categories(hub_db) == ["Fruit", "Vegetables"]
    assert hub(hub_db, "category", "frobnicate") == 2


def test_import_checks_the_list_once_it_has_one(hub_db, tmp_path):
    # an empty list: any category, as before
    assert import_file(hub_db, tmp_path, "sku,name,price,tax_code,category\nA1,Apple,1,A,Anything\n") == 0
    assert product_categories(hub_db) == {"A1": "Anything"}
    assert hub(hub_db, "category", "add", "Fruit") == 0
    text = "sku,name,price,tax_code,category\nA2,Pear,1,A,Fruit\nA3,Leek,1,A,Veg\nA4,Bag,1,A,\n"
    assert import_file(hub_db, tmp_path, text) == 1
    report = (tmp_path / "report.csv").read_text(encoding="utf-8").splitlines()
    assert report[1:] == ["3,category,category 'Veg' is not in the hub's category list (storedesk-hub category list)"]
    assert product_categories(hub_db) == {"A1": "Anything", "A2": "Fruit", "A4": ""}
    # a file without the category column: the products keep theirs, the unlisted one too
    assert import_file(hub_db, tmp_path, "sku,name,price,tax_code\nA1,Apple,2,A\n") == 0
    assert product_categories(hub_db)["A1"] == "Anything"


def test_put_products_refuses_an_unlisted_category_whole(hub_db, client):
    erp = client(hub_db.erp())
    r = erp.put("/v1/products", json={"products": [product("A1", "Anything")]})
    assert r.status_code == 200, r.text  # an empty list: free text
    assert hub(hub_db, "category", "add", "Fruit") == 0
    feed_before = fed(hub_db)
    body = {"products": [product("A2", "Fruit"), product("A3", "Veg"), product("A4", "Toys"), product("A5", "")]}
    r = erp.put("/v1/products", json=body)
    assert r.status_code == 422, r.text
    assert "A3 ('Veg')" in r.json()["detail"] and "A4 ('Toys')" in r.json()["detail"]
    assert "A2" not in r.json()["detail"]
    assert product_categories(hub_db) == {"A1": "Anything"} and fed(hub_db) == feed_before
    r = erp.put("/v1/products", json={"products": [product("A2", "Fruit"), product("A5", "")]})
    assert r.status_code == 200, r.text
    assert product_categories(hub_db) == {"A1": "Anything", "A2": "Fruit", "A5": ""}


def test_rename_resends_only_that_categorys_products(hub_db, tmp_path, capsys):
    for name in ("Fruit", "Vegetables"):
        assert hub(hub_db, "category", "add", name) == 0
    text = "sku,name,price,tax_code,category\nA1,Apple,1,A,Fruit\nA2,Leek,1,A,Vegetables\nA3,Pear,1,A,Fruit\n"
    assert import_file(hub_db, tmp_path, text) == 0
    setting = "return_category_days=" + json.dumps({"Fruit": 7})
    assert hub(hub_db, "store-settings", "PAR01", "--set", setting) == 0
    before = len(fed(hub_db))
    capsys.readouterr()
    assert hub(hub_db, "category", "rename", "Fruit", "Fresh fruit") == 0
    out = capsys.readouterr()
    assert "2 products changed" in out.out
    assert "PAR01" in out.err and "'Fruit'" in out.err  # the setting is named, not rewritten
    assert fed(hub_db)[before:] == [("A1", "Fresh fruit"), ("A3", "Fresh fruit")]
    assert product_categories(hub_db) == {"A1": "Fresh fruit", "A2": "Vegetables", "A3": "Fresh fruit"}
    assert categories(hub_db) == ["Fresh fruit", "Vegetables"]
    # refused, nothing changed: an unknown old name, a new name already listed (ignoring case)
    assert hub(hub_db, "category", "rename", "Toys", "Games") == 1
    assert "neither listed nor on any product" in capsys.readouterr().err
    assert hub(hub_db, "category", "rename", "Fresh fruit", "vegetables") == 1
    assert "differs only by case" in capsys.readouterr().err
    # fixing the case of a name is a rename
    assert hub(hub_db, "category", "rename", "Vegetables", "VEGETABLES") == 0
    assert categories(hub_db) == ["Fresh fruit", "VEGETABLES"]
    assert fed(hub_db)[-1] == ("A2", "VEGETABLES")
