"""Promotions at the hub (issue 18), on a real hub over HTTP (SQLite and PostgreSQL):

- PUT /v1/promotions (ERP token only) checks the document with the stations' parser, as each store
  reads it (its currency; times without an offset in its zone), keeps a version per change, and
  sends each new version to every station's feed; the same document again (however spaced) is no
  new version and no feed item; a refused one is a 422 naming the promotion and the reason and
  changes nothing. GET shows the one in force. `storedesk-hub promotions import` is the same.
- A sale's lines may say what each promotion gave ("promotions"): checked (ids once per line,
  amounts positive, within the line's discount), stored in the sale's transaction, and the day
  totals (API, CSV, JSON) show the discounts by promotion. Stations that do not send it still sell.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from tests.helpers.hubs import hub_cli

from .payloads import COLA, PUZZLE, Line, event, sale

DOC = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1, "percent": "100"},
        {"id": "FOOD-10", "kind": "percent_off", "categories": ["Dairy"], "percent": "10", "stores": ["LYO01"]},
    ]
}
OTHER = {"promotions": [{"id": "SPEND-20", "kind": "threshold", "min_total": "20.00", "amount": "2.00"}]}


def promotion_items(client_of_station) -> list[dict]:
    return [i["data"] for i in client_of_station.feed()["items"] if i["kind"] == "promotions"]


@pytest.fixture
def chain(admin, client):
    """Stores PAR01 (EUR, Paris) and LYO01; the ERP's client and a PAR01 till's."""
    admin.store("PAR01")
    admin.store("LYO01")
    return client(admin.erp()), client(admin.station("PAR01", "T1"))


def test_put_puts_the_document_in_force_and_feeds_every_station_once_per_version(chain, admin):
    erp, till = chain
    assert erp.get("/v1/promotions").status_code == 404

    first = erp.put("/v1/promotions", json=DOC)
    assert first.status_code == 200, first.text
    answer = first.json()
    assert answer["promotions"] == 2 and answer["changed"] is True and len(answer["version"]) == 64

    shown = erp.get("/v1/promotions").json()
    assert shown["version"] == answer["version"] and shown["document"] == DOC
    assert shown["updated_by"] == "erp:erp" and shown["promotions"] == 2

    # the same promotions again, spaced and ordered otherwise: no new version, nothing sent
    again = erp.put("/v1/promotions", data=json.dumps(DOC, indent=4), headers={"Content-Type": "application/json"})
    assert again.json() == {**answer, "changed": False}

    # every station gets the whole document (LYO01's promotion too: each engine checks its store)
    [item] = promotion_items(till)
    assert item["version"] == answer["version"]
    assert json.loads(item["document"]) == DOC
    lyon = promotion_items(type(till)(till.base, admin.station("LYO01", "L1")))
    assert lyon == [item]

    second = erp.put("/v1/promotions", json=OTHER).json()
    assert second["changed"] is True and second["version"] != answer["version"]
    assert erp.get("/v1/promotions").json()["document"] == OTHER
    assert [i["version"] for i in promotion_items(till)] == [answer["version"], second["version"]]
    # going back to the first document is a change again (a new row of the history)
    assert erp.put("/v1/promotions", json=DOC).json()["changed"] is True
    assert admin.scalar("SELECT COUNT(*) FROM promotion_versions") == 3


@pytest.mark.parametrize(
    "document, says",
    [
        (
            {"promotions": [{"id": "X1", "kind": "half_price", "skus": ["A"]}]},
            "Promotion X1: the kind half_price is not known",
        ),
        (
            {"promotions": [{"id": "X2", "kind": "percent_off", "skus": ["A"], "percent": "10", "colour": "red"}]},
            "Promotion X2: colour is not a field of a percent_off promotion",
        ),
        (
            {"promotions": [{"id": "X3", "kind": "amount_off", "skus": ["A"], "amount": 2.5}]},
            'Promotion X3: amount must be a decimal number in quotes, like "2.00"',
        ),
        ({"offers": []}, 'The promotions file needs a list "promotions" at its top'),
    ],
)
def test_a_refused_document_is_a_422_naming_the_promotion_and_changes_nothing(chain, admin, document, says):
    erp, till = chain
    assert erp.put("/v1/promotions", json=DOC).status_code == 200
    before = erp.get("/v1/promotions").json()

    r = erp.put("/v1/promotions", json=document)
    assert r.status_code == 422
    assert says in r.json()["detail"]
    assert erp.get("/v1/promotions").json() == before
    assert len(promotion_items(till)) == 1
    assert admin.scalar("SELECT COUNT(*) FROM promotion_versions") == 1


def test_the_document_is_read_in_each_stores_currency(admin, client):
    """A store in yen reads "2.50" as too many decimals: the hub refuses what a station would."""
    admin.store("PAR01")
    admin.store("TYO01", currency="JPY", timezone="Asia/Tokyo")
    erp = client(admin.erp())
    r = erp.put("/v1/promotions", json=OTHER | {"promotions": [{**OTHER["promotions"][0], "amount": "2.50"}]})
    assert r.status_code == 422
    assert "Promotion SPEND-20: amount has more decimals than JPY allows" in r.json()["detail"]
    assert admin.scalar("SELECT COUNT(*) FROM promotion_versions") == 0


def test_only_the_erp_puts_or_reads_promotions(chain, admin, client):
    _, till = chain
    assert till.put("/v1/promotions", json=DOC).status_code == 403
    assert till.get("/v1/promotions").status_code == 403
    assert client(admin.channel()).put("/v1/promotions", json=DOC).status_code == 403
    assert client(None).put("/v1/promotions", json=DOC).status_code == 401
    assert admin.scalar("SELECT COUNT(*) FROM promotion_versions") == 0


def test_cli_import_is_the_same_as_put(admin, tmp_path, capsys):
    from storedesk.hub.cli import main

    admin.store("PAR01")
    path = tmp_path / "promotions.json"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    out = hub_cli(admin.db_url, "promotions", "import", str(path))
    version = admin.scalar("SELECT version FROM promotion_versions")
    assert out == f"promotions {version}: 2 promotion(s) in force"
    assert hub_cli(admin.db_url, "promotions", "import", str(path)).endswith("already in force, unchanged")
    assert json.loads(hub_cli(admin.db_url, "promotions", "show"))["version"] == version

    path.write_text('{"promotions": [{"id": "BAD", "kind": "percent_off", "percent": "10"}]}', encoding="utf-8")
    capsys.readouterr()
    assert main(["promotions", "import", str(path), "--db", admin.db_url]) == 1
    assert "promotions.json refused: Promotion BAD: a percent_off promotion needs skus or categories" in (
        capsys.readouterr().err
    )
    assert main(["promotions", "import", str(tmp_path / "missing.json"), "--db", admin.db_url]) == 2
    assert admin.scalar("SELECT COUNT(*) FROM promotion_versions") == 1
    assert admin.scalar("SELECT COUNT(*) FROM feed_items WHERE kind = 'promotions'") == 1


# ---- sales with promotions, and the day totals --------------------------------------------------
COLA2 = Line(COLA.sku, COLA.name, "2", 319, "A", "20", discount_minor=319)  # 2 for 1
PUZZLE_OFF = Line(PUZZLE.sku, PUZZLE.name, "1", 1619, "C", "0", discount_minor=200)  # 162 promo + 38 clerk


def promoted_sale(number: int, *per_line: list[dict] | None, lines=(COLA2, PUZZLE_OFF), **kw) -> dict:
    fiscal = sale(number, lines, **kw)
    for wire, given in zip(fiscal["lines"], per_line, strict=False):
        if given is not None:
            wire["promotions"] = given
    return event("sale", fiscal)


def test_sale_promotions_are_stored_and_the_day_totals_show_them(chain, admin):
    erp, till = chain
    results = till.send(
        promoted_sale(
            1,
            [{"id": "COLA-2-FOR-1", "amount_minor": 319}],
            [{"id": "FOOD-10", "amount_minor": 100}, {"id": "SPEND-20", "amount_minor": 62}],
        ),
        promoted_sale(2, [{"id": "COLA-2-FOR-1", "amount_minor": 319}]),  # the puzzle's discount: the clerk's
        event("sale", sale(3, (COLA2,))),  # an older station: no "promotions" at all
    )
    assert [r["status"] for r in results] == ["accepted"] * 3, results
    assert admin.rows("SELECT line, promotion_id, amount_minor FROM sale_line_promotions ORDER BY 2, 1") == [
        (1, "COLA-2-FOR-1", 319),
        (1, "COLA-2-FOR-1", 319),
        (2, "FOOD-10", 100),
        (2, "SPEND-20", 62),
    ]

    totals = erp.get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-14"}).json()
    assert totals["discount_minor"] == 3 * 319 + 2 * 200
    assert totals["promotions"] == [
        {"id": "COLA-2-FOR-1", "lines": 2, "amount_minor": 638},
        {"id": "FOOD-10", "lines": 1, "amount_minor": 100},
        {"id": "SPEND-20", "lines": 1, "amount_minor": 62},
    ]
    other_day = erp.get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-15"}).json()
    assert other_day["promotions"] == []

    exported = hub_cli(admin.db_url, "export", "day-totals", "--date", "2026-03-14", "--store", "PAR01")
    promo_rows = [r for r in csv.DictReader(io.StringIO(exported)) if r["figure"] == "promotion"]
    assert [(r["code"], r["count"], r["amount_minor"]) for r in promo_rows] == [
        ("COLA-2-FOR-1", "2", "638"),
        ("FOOD-10", "1", "100"),
        ("SPEND-20", "1", "62"),
    ]
    as_json = json.loads(
        hub_cli(admin.db_url, "export", "day-totals", "--date", "2026-03-14", "--store", "PAR01", "--format", "json")
    )
    assert as_json[0]["promotions"] == totals["promotions"]


@pytest.mark.parametrize(
    "given, says",
    [
        ([{"id": "A", "amount_minor": 200}, {"id": "B", "amount_minor": 120}], "more than its discount_minor 319"),
        ([{"id": "A", "amount_minor": 100}, {"id": "A", "amount_minor": 100}], "promotions[2].id A appears twice"),
        ([{"id": "A", "amount_minor": 0}], "must be at least 1"),
        ([{"id": " ", "amount_minor": 5}], "must not be empty"),
        ([{"id": "A", "amount_minor": "5"}], "must be an integer of minor units"),
    ],
)
def test_a_sale_with_bad_line_promotions_is_rejected_with_the_reason(chain, admin, given, says):
    _, till = chain
    [result] = till.send(promoted_sale(1, given))
    assert result["status"] == "rejected" and says in result["reason"], result
    assert admin.scalar("SELECT COUNT(*) FROM sales") == 0
    assert admin.scalar("SELECT COUNT(*) FROM sale_line_promotions") == 0
