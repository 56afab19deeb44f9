"""Product units (domain/units.py): pieces take whole numbers, weighed or measured goods their
unit's decimals, and a refusal names the product and says what to type."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.errors import DomainError, InvalidQuantity
from storedesk.domain.units import (
    KILOGRAM,
    LABEL,
    METRE,
    PIECE,
    UNIT_CODES,
    check_milli_for,
    check_quantity_for,
    parse_unit,
    unit_of,
)


def test_each_unit_and_its_precision():
    assert UNIT_CODES == ("pc", "kg", "l", "m")
    assert [(u.code, u.decimals) for u in map(unit_of, UNIT_CODES)] == [("pc", 0), ("kg", 3), ("l", 3), ("m", 2)]
    assert PIECE.whole_only and not KILOGRAM.whole_only


def test_a_piece_takes_whole_numbers_only_and_says_so():
    assert check_quantity_for(D(3), "pc", "Family Apples 2 kg") == D(3)
    assert check_quantity_for(D("3.000"), "pc", "Family Apples 2 kg") == D(3)  # "3.000" is a whole number
    assert check_quantity_for(D(-2), "pc", "x") == D(-2)  # the sign is checked elsewhere
    assert check_quantity_for(D(0), "pc", "x") == D(0)  # a count of none
    with pytest.raises(InvalidQuantity) as err:
        check_quantity_for(D("2.5"), "pc", "Family Apples 2 kg")
    assert err.value.message == "Family Apples 2 kg is sold by the piece: type a whole number"
    assert isinstance(err.value, DomainError)  # the UI shows it as it is


def test_weighed_and_measured_goods_take_their_decimals():
    assert check_quantity_for(D("0.755"), "kg", "Bananas") == D("0.755")
    with pytest.raises(InvalidQuantity, match=r"^Bananas is weighed in kg: at most 3 decimals$"):
        check_quantity_for(D("0.7555"), "kg", "Bananas")
    assert check_quantity_for(D("1.25"), "l", "Olive oil (tap)") == D("1.25")
    with pytest.raises(InvalidQuantity, match=r"^Olive oil \(tap\) is measured in litres: at most 3 decimals$"):
        check_quantity_for(D("1.2505"), "l", "Olive oil (tap)")
    assert check_quantity_for(D("2.35"), METRE, "Rope") == D("2.35")
    with pytest.raises(InvalidQuantity, match=r"^Rope is measured in metres: at most 2 decimals$"):
        check_quantity_for(D("2.355"), "m", "Rope")


def test_ledger_thousandths_and_scale_labels():
    assert check_milli_for(3000, "pc", "x") == 3000
    with pytest.raises(InvalidQuantity, match="sold by the piece"):
        check_milli_for(2500, "pc", "x")
    with pytest.raises(InvalidQuantity, match="sold by the piece"):
        check_milli_for(-1, "pc", "x")
    assert check_milli_for(755, "kg", "x") == 755
    with pytest.raises(InvalidQuantity, match="whole number of labels"):
        check_quantity_for(D("0.5"), LABEL, "Bananas (weighed)")


def test_unit_codes_from_outside_and_stored_ones():
    assert parse_unit("KG ") == "kg"
    for bad in ("g", "", "piece", None, 1):
        with pytest.raises(ValueError, match="not one of pc, kg, l, m"):
            parse_unit(bad)
    assert unit_of(None) is PIECE and unit_of("Kg") is KILOGRAM
    assert unit_of("litre?") is PIECE  # an unknown stored code is read as the strictest


def test_not_a_number_is_refused():
    for bad in (D("NaN"), D("Infinity"), 2.5, "2"):
        with pytest.raises(InvalidQuantity, match="must be a number"):
            check_quantity_for(bad, "kg", "x")


@given(st.integers(min_value=-(10**6), max_value=10**6), st.sampled_from(UNIT_CODES))
def test_whole_numbers_fit_every_unit_and_a_thousandth_fits_only_three_decimals(n, code):
    assert check_quantity_for(D(n), code, "x") == D(n)
    fine = D(n) + D("0.001")
    if unit_of(code).decimals == 3:
        assert check_quantity_for(fine, code, "x") == fine
    else:
        with pytest.raises(InvalidQuantity):
            check_quantity_for(fine, code, "x")
