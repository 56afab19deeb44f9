"""VAT table: one rounding per rate, net + tax == gross, in both tax modes."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.tax import TaxLine, spread_tax, tax_table

A = ("A", D("20"))
B = ("B", D("5.5"))
C = ("C", D("0"))


def test_vat_20_inclusive_on_10_00():
    (row,) = tax_table({A: D("10.00")}, prices_include_tax=True)
    # 10.00 * 20 / 120 = 1.6666.. -> 1.67
    assert row == TaxLine("A", D("20"), D("8.33"), D("1.67"), D("10.00"))


def test_vat_5_5_inclusive_on_10_00():
    (row,) = tax_table({B: D("10.00")}, prices_include_tax=True)
    # 10.00 * 5.5 / 105.5 = 0.52132.. -> 0.52
    assert (row.net, row.tax, row.gross) == (D("9.48"), D("0.52"), D("10.00"))


def test_vat_5_5_exclusive_on_10_00():
    (row,) = tax_table({B: D("10.00")}, prices_include_tax=False)
    # 10.00 * 5.5 % = 0.55 added on top
    assert (row.net, row.tax, row.gross) == (D("10.00"), D("0.55"), D("10.55"))


def test_vat_exclusive_half_cent_rounds_up():
    (row,) = tax_table({B: D("3.49")}, prices_include_tax=False)
    # 3.49 * 0.055 = 0.19195 -> 0.19
    assert (row.tax, row.gross) == (D("0.19"), D("3.68"))
    (row,) = tax_table({A: D("0.025")}, prices_include_tax=False)  # 0.005 -> half up
    assert row.tax == D("0.01")


def test_zero_rate_has_no_tax():
    (row,) = tax_table({C: D("7.77")}, prices_include_tax=True)
    assert (row.net, row.tax, row.gross) == (D("7.77"), D("0.00"), D("7.77"))


def test_rows_sorted_by_rate_descending_and_rounded_per_rate_not_per_line():
    rows = tax_table({C: D("1.00"), B: D("2.00"), A: D("3.00")}, prices_include_tax=True)
    assert [r.code for r in rows] == ["A", "B", "C"]
    # three lines of 0.10 at 20 % inclusive: per line 0.0167 -> 0.02 each = 0.06;
    # once on the 0.30 total -> 0.05
    (row,) = tax_table({A: D("0.30")}, prices_include_tax=True)
    assert row.tax == D("0.05")


def test_spread_tax_gives_each_line_its_share_summing_to_the_rate_tax():
    shares = spread_tax(D("1.67"), [D("5.00"), D("3.00"), D("2.00")])
    assert shares == [D("0.84"), D("0.50"), D("0.33")]
    assert sum(shares) == D("1.67")
    assert spread_tax(D("0.00"), [D("0"), D("0")]) == [D("0.00"), D("0.00")]
    assert spread_tax(D("0.01"), []) == []


@given(
    amounts=st.dictionaries(
        st.sampled_from([A, B, C, ("D", D("10")), ("E", D("2.1"))]),
        st.decimals(min_value=D("0"), max_value=D("99999.99"), places=2, allow_nan=False, allow_infinity=False),
        min_size=1,
    ),
    inclusive=st.booleans(),
)
def test_net_plus_tax_is_gross_per_rate(amounts, inclusive):
    for row in tax_table(amounts, inclusive):
        assert row.net + row.tax == row.gross
        assert row.tax == row.tax.quantize(D("0.01"))
        amount = amounts[(row.code, row.rate)]
        assert (row.gross if inclusive else row.net) == amount
        exact = amount * row.rate / (100 + row.rate) if inclusive else amount * row.rate / 100
        assert abs(row.tax - exact) <= D("0.005")
