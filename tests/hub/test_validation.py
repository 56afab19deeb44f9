"""Fast checks with no hub process: payload validation rules (the sale and stock_movements models, with hypothesis),
exact values, and the API's envelope checks through the in-process TestClient."""

from __future__ import annotations

import copy
import warnings
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storedesk.hub.sales import events as sales
from storedesk.hub.stock import movements as stock_movements
from storedesk.hub.times import zone
from storedesk.hub.validation import Invalid, StoreFacts
from storedesk.hub.values import decimal_text, milli_text, quantity_milli, tax_rate_text

from .payloads import Line, movements, sale

PARIS = StoreFacts("PAR01", "EUR", zone("Europe/Paris"))


def test_the_station_receipt_validates_into_rows():
    rows = sales.validate(sale(1, payments=[("cash", 5000, "")]), PARIS, "T1")
    assert rows.sale["total_minor"] == 3245 and rows.sale["change_minor"] == 1755
    assert str(rows.business_date) == "2026-03-14" and rows.doc_ref == "PAR01-T1-000001"
    assert [(ln["sku"], ln["quantity_milli"], ln["gross_minor"]) for ln in rows.lines] == [
        ("SKU0000001", 1000, 249),
        ("SKU0000002", 2000, 1058),
        ("SKU0000005", 1000, 319),
        ("SKU0000008", 1000, 1619),
    ]
    assert [(t["rate"], t["tax_minor"]) for t in rows.taxes] == [("20", 53), ("5.5", 68), ("0", 0)]


def test_business_day_is_the_store_local_day():
    late = sales.validate(sale(1, at="2026-03-14T23:30:00+00:00"), PARIS, "T1")
    assert str(late.business_date) == "2026-03-15"  # 00:30 in Paris
    assert late.occurred_at == "2026-03-14T23:30:00.000000+00:00"
    offset = sales.validate(sale(2, at="2026-07-01T01:30:00+02:00"), PARIS, "T1")  # summer time, given as local
    assert str(offset.business_date) == "2026-07-01" and offset.occurred_at == "2026-06-30T23:30:00.000000+00:00"
    ny = StoreFacts("NYC01", "USD", zone("America/New_York"))
    n = sales.validate(sale(1, store="NYC01", currency="USD", at="2026-03-15T03:00:00Z"), ny, "T1")
    assert str(n.business_date) == "2026-03-14"


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda p: p.update(total_minor=3244), "lines add up to 3245, total_minor is 3244"),
        (
            lambda p: p["lines"][0].update(tax_minor=14),
            "lines at tax B 5.5 % add up to gross 1307 / tax 69, the tax row says 1307 / 68",
        ),
        (lambda p: p["taxes"][1].update(net_minor=1240), "taxes[2]: net 1240 + tax 68 != gross 1307"),
        (lambda p: p["taxes"].pop(), "taxes add up to 1626 gross, total_minor is 3245"),
        (lambda p: p["lines"][0].update(discount_minor=5), "line discounts add up to 5, discount_minor is 0"),
        (
            lambda p: p.update(change_minor=10, payments=[{"kind": "card", "amount_minor": 3255, "reference": "X"}]),
            "change 10 is more than the cash handed over",
        ),
        (lambda p: p.update(rounding_minor=1), "payments 3245 - change 0 != total 3245 + rounding 1"),
        (lambda p: p.update(total_minor="3245"), "sale.total_minor must be an integer of minor units, got '3245'"),
        (
            lambda p: p["lines"][1].update(gross_minor=1058.0),
            "lines[2].gross_minor must be an integer of minor units, got 1058.0",
        ),
        (
            lambda p: p.update(total_minor=10**16),
            "sale.total_minor must be an integer of minor units, got 10000000000000000",
        ),
        (lambda p: p["lines"][0].update(quantity="0"), "lines[1].quantity must be more than zero"),
        (lambda p: p["lines"][0].update(quantity=1), "lines[1].quantity: 1 is not a decimal string"),
        (lambda p: p["lines"][0].update(tax_rate="120"), "lines[1].tax_rate: tax rate '120' is not between 0 and 100"),
        (lambda p: p["lines"][1].update(line=1), "lines[2].line 1 appears twice"),
        (lambda p: p["lines"][0].update(sku="A\x00B"), "lines[1].sku contains a NUL character"),
        (lambda p: p.update(lines=[]), "sale.lines must not be empty"),
        (lambda p: p.update(sale_id="123"), "sale.sale_id must be a uuid in lowercase hex (32 characters)"),
        (lambda p: p.update(at="yesterday"), "sale.at: 'yesterday' is not an ISO 8601 time"),
        (lambda p: p.update(type="return"), "sale.type must be 'sale', got 'return'"),
        (lambda p: p.update(prices_include_tax=1), "sale.prices_include_tax must be true or false"),
        (lambda p: p.update(store="LYO01"), "payload names LYO01/T1, the token is PAR01/T1"),
        (lambda p: p["payments"][0].pop("reference"), "payments[1]: missing reference"),
    ],
)
def test_sale_rules(change, reason):
    p = sale(1)
    change(p)
    with pytest.raises(Invalid) as err:
        sales.validate(p, PARIS, "T1")
    assert str(err.value) == reason


def test_unknown_extra_fields_are_tolerated_and_kept():
    p = sale(1)
    p["future_field"] = {"anything": "123"}  # a newer station's field this hub does not know
    assert sales.validate(p, PARIS, "T1").sale["total_minor"] == 3245


def test_movements_rules():
    ok = stock_movements.validate(movements([("SKU1", "-0.250"), ("SKU2", "12")]), PARIS, "T1")
    assert [m["quantity_milli"] for m in ok.movements] == [-250, 12000]
    assert stock_movements.feed_data(ok.movements[0])["quantity"] == "-0.25"
    for items, reason in [
        ([("SKU1", "0")], "movements[1].quantity must not be zero"),
        ([("SKU1", "1.0001")], "movements[1].quantity: quantity '1.0001' has more than 3 decimals"),
        ([], "stock_movements.movements must not be empty"),
        ([("SKU1", "1", "a" * 32), ("SKU2", "1", "a" * 32)], f"movements[2].id {'a' * 32} appears twice"),
    ]:
        with pytest.raises(Invalid) as err:
            stock_movements.validate(movements(items), PARIS, "T1")
        assert str(err.value) == reason


def test_exact_values():
    assert [quantity_milli(q) for q in ("1", "-2", "0.250", "0.2500", "+3.5")] == [1000, -2000, 250, 250, 3500]
    assert [milli_text(m) for m in (1000, -2000, 250, -1500, 0, 1)] == ["1", "-2", "0.25", "-1.5", "0", "0.001"]
    assert [tax_rate_text(r) for r in ("5.50", "20", "20.0", "0", "100")] == ["5.5", "20", "20", "0", "100"]
    assert decimal_text(Decimal("100")) == "100"  # never "1E+2"
    for bad in ("1e3", "NaN", "Infinity", " 1", "1,5", "", "0x10", 1.5):
        with pytest.raises(ValueError):
            quantity_milli(bad)


# Any basket the station could ring up validates; changing any cross-checked amount by one
# minor unit makes it fail. (The station's own arithmetic is mirrored by payloads.sale.)
RATES = [("A", "20"), ("B", "5.5"), ("C", "0"), ("D", "10")]
lines_st = st.lists(
    st.builds(
        lambda sku, qty, price, rate, disc: Line(
            f"SKU{sku}", "Item", qty, price, rate[0], rate[1], min(disc, price // 2)
        ),
        st.integers(1, 9999),
        st.sampled_from(["1", "2", "3", "0.5", "1.250", "12"]),
        st.integers(0, 50000),
        st.sampled_from(RATES),
        st.integers(0, 500),
    ),
    min_size=1,
    max_size=8,
)


@st.composite
def baskets(draw):
    lines = draw(lines_st)
    incl = draw(st.booleans())
    base = sale(1, lines, [], prices_include_tax=incl)
    total = base["total_minor"]
    card = draw(st.integers(0, total))
    cash_extra = draw(st.integers(0, 5000))
    payments = ([("card", card, "AUTH")] if card else []) + (
        [("cash", total - card + cash_extra, "")] if total - card + cash_extra else []
    )
    return sale(1, lines, payments, prices_include_tax=incl)


@settings(max_examples=150, deadline=None)
@given(baskets(), st.data())
def test_any_station_basket_validates_and_any_one_cent_change_does_not(p, data):
    rows = sales.validate(p, PARIS, "T1")
    assert (
        rows.sale["total_minor"]
        == sum(ln["gross_minor"] for ln in rows.lines)
        == sum(t["gross_minor"] for t in rows.taxes)
    )
    targets = [("total_minor",), ("change_minor",), ("rounding_minor",)]
    targets += [("lines", i, k) for i in range(len(p["lines"])) for k in ("gross_minor", "tax_minor")]
    targets += [("taxes", i, k) for i in range(len(p["taxes"])) for k in ("gross_minor", "tax_minor", "net_minor")]
    targets += [("payments", i, "amount_minor") for i in range(len(p["payments"]))]
    path = data.draw(st.sampled_from(targets))
    delta = data.draw(st.sampled_from([1, -1]))
    bad = copy.deepcopy(p)
    obj = bad
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] += delta
    with pytest.raises(Invalid):
        sales.validate(bad, PARIS, "T1")


# --------------------------------------------------------------------------- in-process API checks
@pytest.fixture
def api(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from storedesk.hub import db
    from storedesk.hub.admin import add_store
    from storedesk.hub.app import create_app
    from storedesk.hub.auth import issue_token

    url = f"sqlite:///{tmp_path / 'hub.db'}"
    app = create_app(url)
    engine = app.state.engine
    with db.write_tx(engine) as conn:
        add_store(conn, "PAR01", "Paris", "EUR", "Europe/Paris")
        token, _ = issue_token(conn, "station", "t1", "PAR01", "T1")
    with TestClient(app) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        yield c


def test_openapi_lists_the_v1_routes(api):
    doc = api.get("/openapi.json").json()
    assert {"/v1/events", "/v1/feed", "/v1/products", "/v1/stock", "/v1/stores/{code}/day-totals", "/v1/health"} <= set(
        doc["paths"]
    )
    assert "EventsIn" in doc["components"]["schemas"] and "DayTotals" in doc["components"]["schemas"]


def test_envelope_limits_in_process(api):
    from .payloads import sale_event

    assert api.post("/v1/events", json={"events": [sale_event(i) for i in range(500)]}).status_code == 200
    assert api.post("/v1/events", json={"events": [sale_event(1000 + i) for i in range(501)]}).status_code == 422
    r = api.post("/v1/events", json={"events": [dict(sale_event(1), id="ABC")]})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "id"
    assert (
        api.post(
            "/v1/events", content=b"x" * (5 * 1024 * 1024 + 1), headers={"content-type": "application/json"}
        ).status_code
        == 413
    )
