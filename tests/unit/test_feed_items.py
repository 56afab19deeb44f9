"""Feed items are checked before they touch the database; bad ones are named, not applied."""

import random
from decimal import Decimal as D

import pytest

from storedesk.sync.feed_items import BadItem, product, stock_movement
from storedesk.sync.relay import backoff

RATES = {"A": D("20"), "B": D("5.5"), "C": D("0")}


def good_product(**changes):
    item = {
        "sku": "SKU9",
        "name": "Tea 250 g",
        "barcodes": ["4006381333931"],
        "price_minor": 499,
        "currency": "EUR",
        "tax_code": "B",
        "tax_rate": "5.5",
        "category": "Grocery",
        "active": True,
    }
    item.update(changes)
    return item


def test_a_good_product_passes_with_its_values():
    p = product(good_product(), "EUR", RATES)
    assert p == {
        "sku": "SKU9",
        "name": "Tea 250 g",
        "price_minor": 499,
        "tax_code": "B",
        "category": "Grocery",
        "active": True,
        "barcodes": ["4006381333931"],
    }


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"price_minor": 4.99}, "integer of minor units"),
        ({"price_minor": "499"}, "integer of minor units"),
        ({"price_minor": -1}, "negative"),
        ({"currency": "USD"}, "not this store's EUR"),
        ({"tax_code": "Z"}, "unknown at this store"),
        ({"tax_rate": "7"}, "differs from this store's rate"),
        ({"barcodes": ["4006381333932"]}, "valid EAN"),
        ({"sku": "bad sku!"}, "characters"),
        ({"name": ""}, "name"),
        ({"active": "yes"}, "true or false"),
    ],
)
def test_a_bad_product_is_refused_with_a_reason(changes, reason):
    with pytest.raises(BadItem, match=reason):
        product(good_product(**changes), "EUR", RATES)


def test_stock_movement_checks_store_and_quantity():
    m = {
        "id": "abc",
        "store": "PAR01",
        "station": "T2",
        "sku": "SKU1",
        "quantity": "-2.5",
        "reason": "sale",
        "doc_ref": "PAR01-T2-000001",
        "at": "2026-11-27T10:00:00+00:00",
    }
    assert stock_movement(m, "PAR01")["milli"] == -2500
    with pytest.raises(BadItem, match="store"):
        stock_movement(m, "LYO01")
    for qty in ("1e3", "0", "1.2345", 2, "abc"):
        with pytest.raises(BadItem):
            stock_movement({**m, "quantity": qty}, "PAR01")


def test_backoff_grows_is_capped_and_jittered():
    rng = random.Random(4)
    waits = [backoff(n, base=1.0, cap=60.0, rng=rng) for n in range(12)]
    assert all(0 <= w <= 60 for w in waits)
    assert max(backoff(1, rng=rng) for _ in range(200)) <= 2.0
    assert len({round(backoff(10, rng=rng), 6) for _ in range(20)}) > 1  # jitter: fleets do not retry in step


def test_a_product_carrying_a_rate_the_hub_dated_for_its_code_is_taken():
    """After `storedesk-hub tax set B 7 --valid-from ...` a product item may carry the new rate
    before the switch, or the old one after it: either is a rate the store knows for the code."""
    assert product(good_product(tax_rate="7"), "EUR", RATES, {"B": {D("7")}})["tax_code"] == "B"
    with pytest.raises(BadItem, match="differs from this store's rate"):
        product(good_product(tax_rate="7"), "EUR", RATES, {"B": {D("9")}})
