"""The figures of a fiscal closing (domain/fiscal/closings.py), without a database: which
documents a day closing counts, sales minus returns by rate, months and years summed, the
fiscal year's naming, and the fiscal_year_start setting's check."""

from __future__ import annotations

from datetime import date

import pytest

from storedesk.domain.errors import DomainError
from storedesk.domain.fiscal import closings as fc
from storedesk.domain.fiscal.closings import Document, Figures, RateTotal
from storedesk.domain.store_settings import check_setting, check_store_setting


def doc(seq: int, day: int, *rates: tuple[str, int, int], kind: str = "sale") -> Document:
    parts = tuple(RateTotal(fc.rate_text(r), base, tax, base + tax) for r, base, tax in rates)
    return Document(seq, kind, f"N{seq}", date(2026, 11, day), parts)


def test_rates_are_one_key_whatever_their_writing():
    assert [fc.rate_text(r) for r in ("20", "20.00", "5.50", "0", "0.000", "21")] == ["20", "20", "5.5", "0", "0", "21"]


def test_doc_numbers():
    assert fc.doc_no("day", "2026-11-05") == "DAY-2026-11-05"
    assert fc.doc_no("month", "2026-11") == "MONTH-2026-11" and fc.doc_no("year", "2026") == "YEAR-2026"


def test_a_day_counts_sales_minus_returns_by_rate():
    docs = [
        doc(10, 5, ("20", 1000, 200), ("5.5", 500, 28)),
        doc(11, 5, ("20.00", 500, 100), kind="return"),
        doc(12, 5, ("0", 300, 0)),
    ]
    f, left = fc.day_figures(docs, date(2026, 11, 5), None, 0, 7000, "EUR")
    assert f.rates == (RateTotal("0", 300, 0, 300), RateTotal("5.5", 500, 28, 528), RateTotal("20", 500, 100, 600))
    assert f.total_minor == 1428 and f.perpetual_minor == 8428
    assert (f.sales, f.returns, f.first_document, f.last_document) == (2, 1, "N10", "N12")
    assert left is None


def test_each_document_is_counted_once_and_a_late_one_goes_to_the_next_day():
    nov5, nov6 = date(2026, 11, 5), date(2026, 11, 6)
    docs = [doc(10, 5, ("20", 100, 20)), doc(11, 6, ("20", 200, 40))]  # the 6th's sale before the 5th is closed
    f5, left = fc.day_figures(docs, nov5, None, 0, 0, "EUR")
    assert f5.total_minor == 120 and left == 11  # the next closing starts looking at seq 11
    # closed as entry 12; then a sale dated the 5th again (the clock set back) as entry 13
    docs.append(doc(13, 5, ("20", 50, 10)))
    f6, left = fc.day_figures([d for d in docs if d.seq >= 11], nov6, nov5, 12, f5.perpetual_minor, "EUR")
    assert f6.total_minor == 240 + 60 and f6.sales == 2 and left is None
    assert f6.perpetual_minor == 120 + 300
    # an empty day: zero totals, the perpetual total carried
    f7, _ = fc.day_figures([], date(2026, 11, 7), nov6, 14, f6.perpetual_minor, "EUR")
    assert (f7.total_minor, f7.perpetual_minor, f7.rates, f7.documents) == (0, 420, (), 0)


def test_a_month_sums_its_days_and_the_json_round_trips():
    a = Figures("EUR", (RateTotal("20", 100, 20, 120),), 120, 120, 1, 0, "N1", "N1")
    b = Figures("EUR", (RateTotal("20", 100, 20, 120), RateTotal("21", 100, 21, 121)), 241, 361, 2, 1, "N2", "R1")
    empty = Figures("EUR", (), 0, 361)
    m = fc.summed_figures([a, empty, b], 1000, "EUR")
    assert m.rates == (RateTotal("20", 200, 40, 240), RateTotal("21", 100, 21, 121))
    assert (m.total_minor, m.perpetual_minor, m.sales, m.returns, m.closings) == (361, 1361, 3, 1, 3)
    assert (m.first_document, m.last_document) == ("N1", "R1")
    assert Figures.from_json(m.to_json()) == m


@pytest.mark.parametrize(
    ("month", "start", "year"), [((2026, 6), 1, 2026), ((2026, 6), 7, 2025), ((2026, 7), 7, 2026), ((2027, 1), 7, 2026)]
)
def test_a_fiscal_year_is_named_by_its_first_month(month, start, year):
    assert fc.fiscal_year(*month, start) == year


def test_a_periods_span():
    assert fc.span("day", "2026-11-05", 1) == ("2026-11-05", "2026-11-05")
    assert fc.span("month", "2026-02", 1) == ("2026-02-01", "2026-02-28")
    assert fc.span("year", "2026", 7) == ("2026-07", "2027-06")
    assert fc.span("year", "2026", 1) == ("2026-01", "2026-12")


def test_a_fiscal_years_last_month():
    assert fc.year_last_month(2026, 1) == (2026, 12)
    assert fc.year_last_month(2026, 7) == (2027, 6)
    assert fc.month_last_day(2028, 2) == date(2028, 2, 29)


def test_fiscal_year_start_is_a_month():
    assert check_setting("fiscal_year_start", " 07 ") == "7"
    assert check_store_setting("fiscal_year_start", "12") == "12"  # the hub may set it for a store
    for bad in ("0", "13", "July", "", "-1"):
        with pytest.raises(DomainError, match="fiscal_year_start must be the number of a month"):
            check_setting("fiscal_year_start", bad)
