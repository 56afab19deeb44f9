"""What the scan field accepts: GTINs with a valid check digit, SKUs, "n*" quantities, scale labels."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.errors import InvalidQuantity, MalformedBarcode
from storedesk.domain.scan import make_ean13, parse_quantity, parse_scan


@pytest.mark.parametrize(
    "code, length",
    [
        ("4006381333931", 13),
        (make_ean13("376000000001"), 13),
        ("96385074", 8),
        ("036000291452", 12),
        ("00012345600012", 14),
    ],
)
def test_valid_gtins(code, length):
    s = parse_scan(code)
    assert (s.kind, s.code, s.quantity) == ("gtin", code, None)
    assert len(s.code) == length


def test_whitespace_around_a_scan_is_ignored():
    assert parse_scan("  4006381333931\n").code == "4006381333931"


@pytest.mark.parametrize("code", ["4006381333932", "96385075", "036000291453", "00012345600013", "2100001002491"])
def test_wrong_check_digit_is_malformed(code):
    with pytest.raises(MalformedBarcode, match="check digit"):
        parse_scan(code)


@pytest.mark.parametrize(
    "code",
    [
        "123456789",
        "12345678901",
        "123456789012345",
        "!!!",
        "37600?0001",
        "héllo",
        "12 34",
        "",
        "   ",
        "3*",
        "-",
        "abc def",
    ],
)
def test_garbage_is_malformed(code):
    with pytest.raises(MalformedBarcode):
        parse_scan(code)


def test_short_numbers_and_words_are_skus():
    assert parse_scan("1234") == parse_scan("1234")
    assert (parse_scan("1234").kind, parse_scan("1234").code) == ("sku", "1234")
    assert (parse_scan("sku0000001").kind, parse_scan("sku0000001").code) == ("sku", "SKU0000001")


@pytest.mark.parametrize("prefix, qty", [("3*", "3"), (" 12 * ", "12"), ("1,5*", "1.5"), ("0.250*", "0.250")])
def test_quantity_prefix(prefix, qty):
    s = parse_scan(prefix + "4006381333931")
    assert (s.kind, s.code, s.quantity) == ("gtin", "4006381333931", D(qty))


@pytest.mark.parametrize("prefix", ["0*", "-1*", "abc*", "99999*", "1.0005*", "*", "NaN*", "inf*"])
def test_bad_quantity_prefix(prefix):
    with pytest.raises(InvalidQuantity):
        parse_scan(prefix + "4006381333931")


def test_quantity_checked_before_the_code():
    with pytest.raises(InvalidQuantity):
        parse_scan("0*garbage!")


def test_price_embedded_scale_label():
    label = make_ean13("210000201348")  # "21" + PLU 00002 + 01348 cents
    s = parse_scan(label)
    assert (s.kind, s.plu, s.embedded_price, s.code) == ("embedded", "00002", D("13.48"), label)
    cheap = parse_scan(make_ean13("210000100249"))
    assert (cheap.plu, cheap.embedded_price) == ("00001", D("2.49"))


def test_make_ean13_check_digit():
    assert make_ean13("400638133393") == "4006381333931"


@pytest.mark.parametrize("text, q", [("3", D("3")), ("0,5", D("0.5")), (" 2.125 ", D("2.125")), ("9999", D("9999"))])
def test_parse_quantity(text, q):
    assert parse_quantity(text) == q


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_any_generated_ean13_parses_and_any_other_check_digit_fails(n):
    first12 = f"{n:012d}"
    code = make_ean13(first12)
    s = parse_scan(code)
    assert s.code == code and s.kind == ("embedded" if code.startswith("21") else "gtin")
    wrong = first12 + str((int(code[-1]) + 1) % 10)
    with pytest.raises(MalformedBarcode):
        parse_scan(wrong)


@given(st.integers(min_value=0, max_value=99999), st.integers(min_value=0, max_value=99999))
def test_scale_label_round_trip(plu, cents):
    s = parse_scan(make_ean13(f"21{plu:05d}{cents:05d}"))
    assert s.plu == f"{plu:05d}" and s.embedded_price == D(cents).scaleb(-2)
