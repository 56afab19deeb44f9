"""Loyalty points (issue 18, domain/pricing/loyalty.py): the rules read from the promotions
document (unknown fields refused with the reason), and the points a sale earns — properties:
the same whatever the order of the lines, never negative, monotone in the amount paid, nothing
without a customer, nothing on gift cards, nothing on what points paid."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.pricing import PromotionFileError, parse_promotions
from storedesk.domain.pricing.loyalty import (
    EarnLine,
    InvalidContact,
    LoyaltyRules,
    clean_card,
    clean_email,
    clean_phone,
    parse_loyalty,
    points_earned,
    points_for,
    rules_of,
    sale_points,
)

DOC = {
    "promotions": [
        {"id": "FOOD-10", "kind": "percent_off", "categories": ["Dairy"], "percent": "10", "points_multiplier": "3"}
    ],
    "loyalty": {"points_per_unit": "1", "categories": {"Dairy": "2"}, "point_value": "0.01"},
}
RULES = rules_of(DOC)

amounts = st.decimals(min_value=D("0"), max_value=D("500"), places=2)
lines = st.lists(
    st.builds(
        EarnLine,
        amount=amounts,
        category=st.sampled_from([None, "Dairy", "Bakery"]),
        promotions=st.sampled_from([(), ("FOOD-10",), ("OTHER",)]),
        gift_card=st.booleans(),
    ),
    max_size=12,
)


def test_rules_from_the_document():
    assert RULES == LoyaltyRules(D(1), {"Dairy": D(2)}, D("0.01"), {"FOOD-10": D(3)})
    parse_promotions(json.dumps(DOC))  # the file with its loyalty block is accepted
    line = EarnLine(D("4.99"), "Dairy", ("FOOD-10",))
    assert points_earned([line], RULES) == 29  # 4.99 x 2 x 3 = 29.94, rounded down
    assert points_earned([EarnLine(D("4.99"))], RULES) == 4
    assert points_earned([EarnLine(D("50"), gift_card=True)], RULES) == 0
    assert points_earned([EarnLine(D("10"))], RULES, points_paid=D("4")) == 6
    assert points_earned([EarnLine(D("10"))], None) == 0
    assert points_for(D("0.50"), RULES) == 50 and points_for(D("0.505"), RULES) == 51


@pytest.mark.parametrize(
    ("loyalty", "reason"),
    [
        ({"points_per_unit": "1", "bonus": "2"}, "bonus is not a loyalty field"),
        ({"points_per_unit": 1}, "points_per_unit must be a decimal number in quotes"),
        ({"point_value": "-1"}, "point_value must be a decimal number"),
        ({"categories": ["Dairy"]}, "categories must map"),
        ("yes", "loyalty must be an object"),
    ],
)
def test_a_bad_loyalty_block_refuses_the_file(loyalty, reason):
    with pytest.raises(PromotionFileError, match=reason):
        parse_promotions(json.dumps({"promotions": [], "loyalty": loyalty}))
    with pytest.raises(PromotionFileError, match="points_multiplier"):
        bad = {"id": "X", "kind": "percent_off", "skus": ["A"], "percent": "5", "points_multiplier": "0.5"}
        parse_promotions(json.dumps({"promotions": [bad]}))


def test_parse_loyalty_defaults():
    assert parse_loyalty({}) == LoyaltyRules()


@given(lines, st.randoms())
def test_the_order_of_the_lines_does_not_matter(got, rnd):
    shuffled = list(got)
    rnd.shuffle(shuffled)
    assert points_earned(got, RULES) == points_earned(shuffled, RULES)


@given(lines, amounts)
def test_never_negative_and_nothing_without_a_customer(got, paid):
    assert points_earned(got, RULES, paid) >= 0
    assert sale_points(None, got, RULES, paid) == 0
    assert sale_points(object(), got, RULES, paid) == points_earned(got, RULES, paid)


@given(lines, st.integers(min_value=0, max_value=11), amounts)
def test_more_paid_never_earns_less(got, index, more):
    if not got:
        return
    i = index % len(got)
    bigger = list(got)
    bigger[i] = EarnLine(got[i].amount + more, got[i].category, got[i].promotions, got[i].gift_card)
    assert points_earned(bigger, RULES) >= points_earned(got, RULES)


@given(lines)
def test_gift_cards_earn_nothing(got):
    goods = [ln for ln in got if not ln.gift_card]
    assert points_earned(got, RULES) == points_earned(goods, RULES)


def test_contact_details():
    assert clean_phone(" +33 (6) 12-34.56.78 ") == "+33612345678"
    assert clean_phone("") is None
    assert clean_email(" Ada@Example.ORG ") == "ada@example.org"
    assert clean_card("loy-0001") == "LOY-0001"
    for bad in ("12", "+33 6 12 ab", "1234567890123456"):
        with pytest.raises(InvalidContact):
            clean_phone(bad)
    for bad in ("ada", "ada@", "@example.org", "ada@example", "a b@example.org", "ada@exa..mple.org"):
        with pytest.raises(InvalidContact):
            clean_email(bad)
    with pytest.raises(InvalidContact):
        clean_card("x y")
