"""`storedesk promotions import|show` and `storedesk basket price` on a real station file
(issue 18): a refused file names the promotion and the reason and changes nothing; an accepted
one is in force, journaled; a basket file is priced with the station's catalog and promotions.

Pinned catalog: Test Cola x6 (product 5, SKU0000005, barcode 3760000000055) 3.19; Test Brioche
(product 2, SKU0000002) 5.29.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from storedesk.cli import main

PROMOTIONS = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1, "percent": "100"},
        {"id": "BRIOCHE-1-OFF", "kind": "amount_off", "skus": ["SKU0000002"], "amount": "1.00", "coupon": "SAVE1"},
    ]
}


@pytest.fixture
def folder(pinned, tmp_path):
    pinned.close()  # the commands open the file themselves
    return pinned.data_dir


def write(tmp_path, name: str, document) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def run(*argv: str) -> int:
    return main(list(argv))


def test_import_then_show(folder, tmp_path, capsys):
    assert run("promotions", "show", "--data-dir", str(folder)) == 0
    assert capsys.readouterr().out == "no promotions loaded\n"

    assert run("promotions", "import", write(tmp_path, "p.json", PROMOTIONS), "--data-dir", str(folder)) == 0
    assert "2 promotions in force" in capsys.readouterr().out

    assert run("promotions", "show", "--data-dir", str(folder)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["promotions: 2", "source: file"]
    assert out[2].startswith("version: ") and len(out[2]) == len("version: ") + 64
    assert out[3].startswith("loaded at: 20")
    assert out[4:] == ["  COLA-2-FOR-1", "  BRIOCHE-1-OFF"]
    (entry,) = query_journal(folder)
    assert (
        entry["type"] == "promotions" and entry["count"] == 2 and entry["before"] is None and entry["by"] == "terminal"
    )


def query_journal(folder) -> list[dict]:
    """The admin journal's "promotions" entries (what `storedesk promotions import` journals)."""
    con = sqlite3.connect(folder / "storedesk.db")
    try:
        return [json.loads(p) for (p,) in con.execute("SELECT payload FROM journal WHERE kind = 'promotions'")]
    finally:
        con.close()


def test_a_refused_file_names_the_promotion_and_changes_nothing(folder, tmp_path, capsys):
    assert run("promotions", "import", write(tmp_path, "p.json", PROMOTIONS), "--data-dir", str(folder)) == 0
    capsys.readouterr()
    bad = {"promotions": [*PROMOTIONS["promotions"], {"id": "WEIRD", "kind": "bogof", "skus": ["SKU0000001"]}]}
    assert run("promotions", "import", write(tmp_path, "bad.json", bad), "--data-dir", str(folder)) == 1
    err = capsys.readouterr().err
    assert "Promotion WEIRD: the kind bogof is not known" in err

    assert run("promotions", "show", "--data-dir", str(folder)) == 0
    assert capsys.readouterr().out.startswith("promotions: 2\n")  # still the first file
    assert len(query_journal(folder)) == 1

    assert run("promotions", "import", str(tmp_path / "missing.json"), "--data-dir", str(folder)) == 2
    assert "cannot read" in capsys.readouterr().err


def test_basket_price_prints_each_line_and_why(folder, tmp_path, capsys):
    assert run("promotions", "import", write(tmp_path, "p.json", PROMOTIONS), "--data-dir", str(folder)) == 0
    capsys.readouterr()
    basket = {
        "lines": [{"code": "3760000000055", "quantity": "2"}, {"code": "SKU0000002", "quantity": "1"}],
        "customer": None,
        "coupons": ["SAVE1"],
    }
    assert run("basket", "price", write(tmp_path, "b.json", basket), "--data-dir", str(folder)) == 0
    priced = json.loads(capsys.readouterr().out)
    assert priced == {
        "lines": [
            {
                "code": "3760000000055",
                "sku": "SKU0000005",
                "quantity": "2",
                "unit_price": "3.19",
                "discount": "3.19",
                "amount": "3.19",
                "promotions": ["COLA-2-FOR-1"],
            },
            {
                "code": "SKU0000002",
                "sku": "SKU0000002",
                "quantity": "1",
                "unit_price": "5.29",
                "discount": "1.00",
                "amount": "4.29",
                "promotions": ["BRIOCHE-1-OFF"],
            },
        ],
        "discount_total": "4.19",
        "total": "7.48",
    }

    basket["coupons"] = []
    assert run("basket", "price", write(tmp_path, "b.json", basket), "--data-dir", str(folder)) == 0
    assert json.loads(capsys.readouterr().out)["total"] == "8.48"  # without the coupon, no euro off


def test_basket_price_refuses_an_unknown_code(folder, tmp_path, capsys):
    basket = {"lines": [{"code": "NOSUCH9", "quantity": "1"}], "customer": None, "coupons": []}
    assert run("basket", "price", write(tmp_path, "b.json", basket), "--data-dir", str(folder)) == 1
    assert "NOSUCH9: no product with this code" in capsys.readouterr().err
    assert run("basket", "price", write(tmp_path, "b.json", {"lines": "x"}), "--data-dir", str(folder)) == 1
    assert 'needs a list "lines"' in capsys.readouterr().err


def test_a_customer_group_gets_its_price_list(folder, tmp_path, capsys):
    staff = {"id": "STAFF", "kind": "price_list", "customer_groups": ["staff"], "prices": {"SKU0000005": "2.00"}}
    assert (
        run("promotions", "import", write(tmp_path, "p.json", {"promotions": [staff]}), "--data-dir", str(folder)) == 0
    )
    capsys.readouterr()
    basket = {"lines": [{"code": "SKU0000005", "quantity": "1"}], "customer": "staff", "coupons": []}
    assert run("basket", "price", write(tmp_path, "b.json", basket), "--data-dir", str(folder)) == 0
    assert json.loads(capsys.readouterr().out)["total"] == "2.00"
    basket["customer"] = None
    assert run("basket", "price", write(tmp_path, "b.json", basket), "--data-dir", str(folder)) == 0
    assert json.loads(capsys.readouterr().out)["total"] == "3.19"
