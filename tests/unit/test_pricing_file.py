"""The promotions file: the issue's example reads; unknown kinds or fields are refused by id and reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from storedesk.domain.errors import DomainError
from storedesk.domain.pricing import PromotionFileError, parse_promotions
from storedesk.i18n import Message, translator

EXAMPLE = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1, "percent": "100"},
        {"id": "FOOD-10", "kind": "percent_off", "categories": ["Dairy"], "percent": "10"},
        {"id": "SPEND-20", "kind": "threshold", "min_total": "20.00", "amount": "2.00"},
        {
            "id": "MIX-3",
            "kind": "mix_match",
            "skus": ["SKU0000001", "SKU0000002", "SKU0000003"],
            "quantity": 3,
            "price": "7.00",
        },
        {"id": "STAFF", "kind": "price_list", "customer_groups": ["staff"], "prices": {"SKU0000001": "1.50"}},
        {
            "id": "XMAS",
            "kind": "amount_off",
            "skus": ["SKU0000009"],
            "amount": "0.50",
            "coupon": "XMAS26",
            "stacking": "exclusive",
            "priority": 3,
            "stores": ["S1"],
            "valid_from": "2026-12-01",
            "valid_to": "2026-12-24",
        },
    ]
}


def one(**fields) -> dict:
    return {"promotions": [{"id": "P1", **fields}]}


def refusal(document, **kw) -> PromotionFileError:
    with pytest.raises(PromotionFileError) as caught:
        parse_promotions(json.dumps(document) if isinstance(document, dict) else document, **kw)
    return caught.value


def test_the_issues_example_reads():
    promos = {p.id: p for p in parse_promotions(json.dumps(EXAMPLE), tz=ZoneInfo("Europe/Paris"))}
    assert promos["COLA-2-FOR-1"].buy == 1 and promos["COLA-2-FOR-1"].percent == Decimal(100)
    assert promos["FOOD-10"].categories == frozenset({"Dairy"}) and promos["FOOD-10"].stacking == "combinable"
    assert (promos["SPEND-20"].min_total, promos["SPEND-20"].amount) == (2000, 200)
    assert (promos["MIX-3"].quantity, promos["MIX-3"].price) == (3, 700)
    assert dict(promos["STAFF"].prices) == {"SKU0000001": 150}
    xmas = promos["XMAS"]
    assert (xmas.coupon, xmas.stacking, xmas.priority, xmas.stores) == ("XMAS26", "exclusive", 3, frozenset({"S1"}))
    # the store's time; a valid_to date includes that whole day
    assert xmas.valid_from == datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
    assert xmas.valid_to == datetime(2026, 12, 24, 23, 0, tzinfo=UTC)


def test_money_follows_the_currencys_digits():
    promo = parse_promotions(one(kind="threshold", min_total="2000", amount="150"), currency="JPY")[0]
    assert (promo.min_total, promo.amount) == (2000, 150)
    assert "JPY" in refusal(one(kind="threshold", min_total="20.5", amount="1"), currency="JPY").message
    assert "min_total" in refusal(one(kind="threshold", min_total="20.001", amount="1")).message


@pytest.mark.parametrize(
    "fields, words",
    [
        ({"kind": "bogo"}, "the kind bogo is not known"),
        ({"kind": "percent_off", "skus": ["A"], "percent": "10", "colour": "red"}, "colour is not a field"),
        ({"kind": "percent_off", "skus": ["A"], "percent": "10", "price": "1.00"}, "price is not a field"),
        ({"kind": "percent_off", "skus": ["A"]}, "needs percent"),
        ({"kind": "percent_off", "percent": "10"}, "needs skus or categories"),
        ({"kind": "percent_off", "skus": ["A"], "percent": 10}, "percent must be a decimal number in quotes"),
        ({"kind": "percent_off", "skus": ["A"], "percent": "150"}, "at most 100"),
        ({"kind": "amount_off", "skus": ["A"], "amount": 2.5}, "amount must be a decimal number in quotes"),
        ({"kind": "amount_off", "skus": ["A"], "amount": "-1"}, "amount cannot be negative"),
        ({"kind": "amount_off", "skus": "A", "amount": "1"}, "skus must be a list of codes"),
        ({"kind": "buy_x_get_y", "skus": ["A"], "buy": 0, "get": 1}, "buy must be a whole number of at least 1"),
        ({"kind": "mix_match", "skus": ["A"], "quantity": 1, "price": "1"}, "at least 2"),
        ({"kind": "threshold", "min_total": "1", "amount": "1", "percent": "5"}, "either amount or percent"),
        ({"kind": "threshold", "min_total": "1", "amount": "1", "stacking": "always"}, "stacking must be"),
        ({"kind": "threshold", "min_total": "1", "amount": "1", "priority": "high"}, "priority must be"),
        ({"kind": "threshold", "min_total": "1", "amount": "1", "valid_from": "soon"}, "valid_from must be a date"),
        (
            {"kind": "threshold", "min_total": "1", "amount": "1"}
            | {"valid_from": "2026-12-02", "valid_to": "2026-12-01"},
            "valid_to must come after valid_from",
        ),
        ({"kind": "price_list", "prices": {}}, "prices must map each SKU"),
        ({"kind": "price_list", "prices": {"A": 1.5}}, "prices.A must be a decimal number"),
    ],
)
def test_a_bad_promotion_is_refused_with_its_id_and_the_reason(fields, words):
    error = refusal(one(**fields))
    assert error.message.startswith("Promotion P1: ")
    assert words in error.message
    assert isinstance(error, DomainError) and error.code == "promotion_file_error"
    assert isinstance(error.text, Message) and error.text.context == "pricing"


def test_file_level_refusals():
    assert "not JSON" in refusal("{not json").message
    assert "promotions" in refusal({"promos": []}).message
    assert "unknown fields: currency" in refusal({"promotions": [], "currency": "EUR"}).message
    assert "number 1 has no id" in refusal({"promotions": [{"kind": "threshold"}]}).message
    twice = {"promotions": [{"id": "X", "kind": "threshold", "min_total": "1", "amount": "1"}] * 2}
    assert "X is in the file twice" in refusal(twice).message


def test_a_refusal_reads_in_the_clerks_language():
    error = refusal(one(kind="bogo"))
    french = translator("fr").text(error.text)
    assert "P1" in french and "bogo" in french and french != error.message
