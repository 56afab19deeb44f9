"""X/Z figures from a shift's sums (domain/shift_report.py), worked out by hand.

The worked shift (Europe/Paris, 28 March 2026: UTC+1):
    float 150.00 (3 x 50)
    sale 1 12.55 paid 20.00 cash, change 7.45
    sale 2 40.00 paid 40.00 cash
    sale 3 30.50 paid 25.50 card + 5.00 cash
    gross 83.05; cash: 3 payments, 65.00 tendered, 7.45 change -> 57.55; card 1 payment 25.50
    paid in 10.00, paid out 12.30, one no-sale
    expected cash = 150.00 + 65.00 - 7.45 + 10.00 - 12.30 = 205.25
    counted 4 x 50 + 1 x 5 + 1 x 0.20 = 205.20 -> short 0.05; card counted 25.50 -> 0.00
    grand total = 1000.00 before + 83.05 = 1083.05
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers.exact import no_floats

from storedesk.domain.cash import count_cash
from storedesk.domain.money import to_minor
from storedesk.domain.shift_facts import (
    CategorySum,
    DrawerMove,
    SalesBy,
    SalesHead,
    ShiftFacts,
    TenderSum,
    VoidedLine,
    hourly,
    voided_amount,
)
from storedesk.domain.shift_report import ShiftReport, build_report, totals_event
from storedesk.domain.tax import TaxTotal
from storedesk.domain.tenders import Tender, cash_due, settle

OPENED = "2026-03-28T07:50:00.000000+00:00"  # 08:50 in Paris
CLOSED = "2026-03-28T10:05:00.000000+00:00"  # 11:05 in Paris


SALES = SalesHead(
    count=3, subtotal_minor=8305, total_minor=8305, change_minor=745, voided_lines=1, first_number=11, last_number=13
)


def facts(**over) -> ShiftFacts:
    base = {
        "currency": "EUR",
        "timezone": "Europe/Paris",
        "store_code": "PAR01",
        "store_name": "Demo",
        "station_code": "T1",
        "shift_no": 7,
        "opened_at": OPENED,
        "opened_by": "Max",
        "float_minor": 15000,
        "float_counts": {"5000": 3},
        "sales": SALES,
        "voided_values": (VoidedLine("2.49", None, "2"),),
        "first_receipt": "PAR01-T1-000011",
        "last_receipt": "PAR01-T1-000013",
        "tenders": (TenderSum("card", 1, 2550), TenderSum("cash", 3, 6500)),
        "taxes": (TaxTotal("B", "5.5", 4218, 232, 4450), TaxTotal("A", "20", 3213, 642, 3855)),
        "categories": (CategorySum("Bakery", 2, 3000, 4450), CategorySum("", 1, 1000, 3855)),
        "hours": (
            SalesBy("2026-03-28T08:15", 1, 1255),
            SalesBy("2026-03-28T09:30", 1, 4000),
            SalesBy("2026-03-28T09:45", 1, 3050),
        ),
        "clerks": (SalesBy("Ana", 2, 4305), SalesBy("Sam", 1, 4000)),
        "cash_moves": (
            DrawerMove("paid_in", "2026-03-28T08:00:00+00:00", 1000, "coins from the bank", "Max"),
            DrawerMove("paid_out", "2026-03-28T09:10:00+00:00", 1230, "window cleaner", "Max"),
            DrawerMove("no_sale", "2026-03-28T09:20:00+00:00", 0, "change for a note", "Sam"),
        ),
        "prev_grand_total_minor": 100000,
        "last_journal_seq": 41,
        "last_journal_hash": "ab" * 32,
    }
    base.update(over)
    return ShiftFacts(**base)


COUNTED = count_cash({"50": 4, "5": 1, "0.20": 1}, "EUR")


def test_z_figures_worked_by_hand():
    r = build_report(facts(), "Z", CLOSED, z_no=3, closed_by="Max", counted=COUNTED, counted_other={"card": D("25.50")})
    assert r.kind == "Z" and r.z_no == 3 and r.shift_no == 7
    assert r.business_date == "2026-03-28" and r.opened_at == "2026-03-28 08:50" and r.printed_at == "2026-03-28 11:05"
    assert r.opening_float == D("150.00")
    assert (r.paid_in_count, r.paid_in, r.paid_out_count, r.paid_out, r.no_sale_count) == (
        1,
        D("10.00"),
        1,
        D("12.30"),
        1,
    )
    assert r.cash_expected == D("205.25")
    assert r.cash_counted == D("205.20") and r.cash_difference == D("-0.05")
    cash, card = r.tender("cash"), r.tender("card")
    assert (cash.count, cash.tendered, cash.change, cash.amount) == (3, D("65.00"), D("7.45"), D("57.55"))
    assert (cash.expected, cash.counted, cash.difference, cash.counted_entered) == (
        D("205.25"),
        D("205.20"),
        D("-0.05"),
        True,
    )
    assert (card.count, card.amount, card.expected, card.counted, card.difference) == (
        1,
        D("25.50"),
        D("25.50"),
        D("25.50"),
        D("0.00"),
    )
    assert [t.kind for t in r.tenders] == ["cash", "card"]
    assert r.difference_total == D("-0.05")
    # taxes sorted by rate, highest first; net and tax are the table's sums
    assert [(t.code, t.rate, t.net, t.tax, t.gross) for t in r.taxes] == [
        ("A", D("20"), D("32.13"), D("6.42"), D("38.55")),
        ("B", D("5.5"), D("42.18"), D("2.32"), D("44.50")),
    ]
    assert (r.net, r.tax, r.gross) == (D("74.31"), D("8.74"), D("83.05"))
    assert (r.voids_count, r.voids) == (1, D("4.98"))
    assert (r.returns_count, r.returns) == (0, D("0"))
    assert (r.period_total, r.grand_total) == (D("83.05"), D("1083.05"))
    assert (r.first_receipt, r.last_receipt) == ("PAR01-T1-000011", "PAR01-T1-000013")
    assert [(g.label, g.count, g.amount, g.quantity) for g in r.categories] == [
        ("Bakery", 2, D("44.50"), D("3")),
        ("(no category)", 1, D("38.55"), D("1")),
    ]
    assert [(g.label, g.count, g.amount) for g in r.clerks] == [("Ana", 2, D("43.05")), ("Sam", 1, D("40.00"))]
    # 08:50 opening to 11:05 closing in Paris: 08h to 11h, empty hours kept
    assert [(g.label, g.count, g.amount) for g in r.hours] == [
        ("08:00", 0, D("0.00")),
        ("09:00", 1, D("12.55")),
        ("10:00", 2, D("70.50")),
        ("11:00", 0, D("0.00")),
    ]
    assert [(c.kind, c.at, c.amount, c.reason) for c in r.cash_moves] == [
        ("paid_in", "09:00", D("10.00"), "coins from the bank"),
        ("paid_out", "10:10", D("12.30"), "window cleaner"),
        ("no_sale", "10:20", D("0.00"), "change for a note"),
    ]
    assert (r.last_journal_seq, r.last_journal_hash) == (41, "ab" * 32)


def test_card_not_counted_is_taken_as_expected_and_x_without_count():
    r = build_report(facts(), "X", CLOSED)
    assert r.cash_counted is None and r.cash_difference is None
    cash, card = r.tender("cash"), r.tender("card")
    assert cash.counted == cash.expected == D("205.25") and not cash.counted_entered
    assert card.counted == D("25.50") and card.difference == 0 and not card.counted_entered


def test_card_terminal_short():
    r = build_report(facts(), "Z", CLOSED, z_no=1, counted=COUNTED, counted_other={"card": D("20.50")})
    assert r.tender("card").difference == D("-5.00") and r.difference_total == D("-5.05")


def test_cash_rounding_is_in_the_cash_tendered():
    # one sale of 9.97 at a 0.05 cash step: 9.95 due, 10.00 given, 0.05 change -> 9.95 in the drawer
    f = facts(
        sales=replace(SALES, count=1, total_minor=997, subtotal_minor=997, rounding_minor=-2, change_minor=5),
        tenders=(TenderSum("cash", 1, 1000),),
        cash_moves=(),
        float_minor=0,
        float_counts={},
    )
    r = build_report(f, "X", CLOSED)
    assert r.rounding == D("-0.02") and r.cash_expected == D("9.95") and r.tender("cash").amount == D("9.95")


def test_sales_made_with_no_shift_open_are_reported_but_not_expected_in_the_drawer():
    f = facts(sales=replace(SALES, outside_shift=1), outside_cash_minor=1255)
    r = build_report(f, "Z", CLOSED, z_no=1, counted=COUNTED)
    assert r.outside_shift_count == 1 and r.cash_expected == D("192.70")  # 205.25 - 12.55
    assert r.gross == D("83.05")  # still in the sales figures: every sale in exactly one Z


def test_empty_shift():
    f = ShiftFacts(
        currency="EUR",
        timezone="Europe/Paris",
        store_code="S",
        store_name="S",
        station_code="T",
        shift_no=1,
        opened_at=OPENED,
        opened_by="Max",
        float_minor=10000,
    )
    r = build_report(f, "Z", CLOSED, z_no=1, counted=count_cash({"100": 1}, "EUR"))
    assert r.sales_count == 0 and r.cash_expected == D("100.00") and r.cash_difference == D("0.00")
    assert r.first_receipt is None and r.grand_total == D("0.00")
    assert [t.kind for t in r.tenders] == ["cash", "card"]
    assert [g.count for g in r.hours] == [0, 0, 0, 0]


def test_frozen_round_trip_is_exact_and_integer_only():
    r = build_report(facts(), "Z", CLOSED, z_no=3, closed_by="Max", counted=COUNTED)
    frozen = r.to_frozen()
    assert no_floats(frozen)
    assert ShiftReport.from_frozen(frozen) == r
    assert ShiftReport.from_frozen(frozen, copy=True).copy


def test_totals_event_carries_the_z_figures_in_minor_units():
    r = build_report(facts(), "Z", CLOSED, z_no=3, closed_by="Max", counted=COUNTED)
    e = totals_event(r, "shift-uuid", OPENED, CLOSED)
    assert e["type"] == "shift_close" and e["z_no"] == 3 and e["shift_no"] == 7
    assert (e["sales_count"], e["gross_minor"], e["net_minor"], e["tax_minor"]) == (3, 8305, 7431, 874)
    assert (e["cash_expected_minor"], e["cash_counted_minor"], e["cash_difference_minor"]) == (20525, 20520, -5)
    assert (e["period_total_minor"], e["grand_total_minor"], e["returns_minor"]) == (8305, 108305, 0)
    assert e["taxes"][0] == {"code": "A", "rate": "20", "net_minor": 3213, "tax_minor": 642, "gross_minor": 3855}
    assert e["tenders"][0]["kind"] == "cash" and e["tenders"][0]["amount_minor"] == 5755


def test_hours_follow_the_store_zone_to_the_quarter_hour():
    kolkata = ZoneInfo("Asia/Kolkata")  # UTC+05:30: 08:15 UTC is 13:45, 08:45 UTC is 14:15
    hours = hourly((SalesBy("2026-03-28T08:15", 1, 100), SalesBy("2026-03-28T08:45", 2, 300)), kolkata, "EUR")
    assert [(g.label, g.count, g.amount) for g in hours] == [("13:00", 1, D("1.00")), ("14:00", 2, D("3.00"))]


def test_hours_over_midnight_and_a_dst_change_stay_in_order():
    paris = ZoneInfo("Europe/Paris")  # 29 March 2026: 02:00 -> 03:00
    hours = hourly((SalesBy("2026-03-28T22:30", 1, 100), SalesBy("2026-03-29T01:15", 1, 200)), paris, "EUR")
    assert [g.label for g in hours] == ["23:00", "00:00", "01:00", "03:00"]
    assert [g.count for g in hours] == [1, 0, 0, 1]


def test_voided_amount_uses_the_override_when_there_was_one():
    voided = [VoidedLine("2.49", None, "2"), VoidedLine("10.00", "7.50", "1"), VoidedLine("1.99", "", "0.5")]
    assert voided_amount(voided, "EUR") == D("13.48")


# --------------------------------------------------------------------------- properties
cents = st.integers(min_value=1, max_value=50000)


@st.composite
def day(draw):
    """Sales paid any way the till allows, and drawer moves."""
    step = draw(st.sampled_from([D("0.01"), D("0.05"), D("0.10")]))
    sales = []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        total = D(draw(cents)) / 100
        card_part = D(draw(st.integers(min_value=0, max_value=int(total * 100)))) / 100
        tenders = [Tender("card", card_part, "R")] if card_part else []
        cash_left = cash_due(total, card_part, step)
        if cash_left > 0:
            tenders.append(Tender("cash", cash_left + D(draw(st.integers(min_value=0, max_value=5000))) / 100))
        elif not tenders:  # a few cents that round to nothing in cash: paid by card
            tenders = [Tender("card", total, "R")]
        sales.append(settle(total, tenders, step))
    moves = draw(st.lists(st.tuples(st.sampled_from(["paid_in", "paid_out", "no_sale"]), cents), max_size=6))
    float_minor = draw(st.integers(min_value=0, max_value=100000))
    return sales, moves, float_minor


@settings(max_examples=150, deadline=None)
@given(day(), st.integers(min_value=0, max_value=300000))
def test_expected_cash_adds_up_and_tenders_pay_the_sales(d, counted_cents):
    sales, moves, float_minor = d
    m = lambda v: to_minor(v, "EUR")  # noqa: E731
    tender_sums: dict[str, list[int]] = {}
    for s in sales:
        for t in s.tenders:
            acc = tender_sums.setdefault(t.kind, [0, 0])
            acc[0] += 1
            acc[1] += m(t.amount)
    f = facts(
        sales=replace(
            SALES,
            count=len(sales),
            total_minor=sum(m(s.total) for s in sales),
            rounding_minor=sum(m(s.rounding) for s in sales),
            change_minor=sum(m(s.change) for s in sales),
        ),
        tenders=tuple(TenderSum(k, n, a) for k, (n, a) in tender_sums.items()),
        float_minor=float_minor,
        cash_moves=tuple(
            DrawerMove(k, "2026-03-28T09:00:00+00:00", 0 if k == "no_sale" else a, "r", "Max") for k, a in moves
        ),
    )
    counted = count_cash({"0.01": counted_cents}, "EUR") if counted_cents <= 99999 else None
    r = build_report(f, "Z", CLOSED, z_no=1, counted=counted)
    # the drawer: float + every sale's cash kept (paid - change) + paid in - paid out
    kept = sum(((sum((t.amount for t in s.tenders if t.kind == "cash"), D(0)) - s.change) for s in sales), D(0))
    moved = sum((D(a) / 100 * (1 if k == "paid_in" else -1) for k, a in moves if k != "no_sale"), D(0))
    assert r.cash_expected == D(float_minor) / 100 + kept + moved
    # what the tenders brought in pays the sales, rounding included, to the cent
    assert sum((t.amount for t in r.tenders), D(0)) == r.gross + r.rounding
    if counted is not None:
        assert r.cash_difference == counted.total - r.cash_expected == r.tender("cash").difference
    assert ShiftReport.from_frozen(r.to_frozen()) == r
