"""Returns: refundable quantities, proportional refunds to the cent, refund tenders, window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storedesk.domain.basket import Basket, BasketLine, Discount
from storedesk.domain.errors import DomainError, InvalidAmount, InvalidQuantity
from storedesk.domain.returns import (
    STORE_CREDIT,
    OverRefund,
    OverReturn,
    RefundPart,
    ReturnError,
    ReturnRequest,
    SoldLine,
    allocate_refund,
    apply_plan,
    plan_return,
    refundable,
    within_window,
)
from storedesk.domain.tenders import Tender, settle

STEP5 = D("0.05")


def line(no=1, qty="1", gross="10.00", rate="20", returned="0", weighed=False, name="Mug") -> SoldLine:
    return SoldLine(no, f"SKU{no}", name, D(qty), D(gross), f"T{rate}", D(rate), D(returned), weighed)


def discounted_sale() -> list[SoldLine]:
    """3 mugs 9.99 less 10 %, 2 teas 4.50, a book 15.00; then 5 % off the basket."""
    b = Basket(discount=Discount("pct", D("5")))
    b.add(BasketLine(1, "MUG", "Mug", D("9.99"), D("3"), "T20", D("20"), discount=Discount("pct", D("10"))))
    b.add(BasketLine(2, "TEA", "Tea", D("4.50"), D("2"), "T5", D("5.5")))
    b.add(BasketLine(3, "BOOK", "Book", D("15.00"), D("1"), "T5", D("5.5")))
    t = b.totals()
    return [
        SoldLine(i + 1, p.line.sku, p.line.name, p.line.quantity, p.gross, p.line.tax_code, p.line.tax_rate)
        for i, p in enumerate(t.lines)
    ]


# ---- hand-worked examples -----------------------------------------------------------


def test_discounted_sale_returned_in_two_visits_refunds_exactly_what_was_paid():
    sold = discounted_sale()
    # worked by hand: mugs 29.97 - 3.00 - 1.35 basket share; tea 9.00 - 0.45; book 15.00 - 0.75
    assert [ln.gross for ln in sold] == [D("25.62"), D("8.55"), D("14.25")]
    paid = sum((ln.gross for ln in sold), D(0))
    assert paid == D("48.42")

    first = plan_return(sold, ReturnRequest([(1, D("1")), (2, D("1"))]))
    assert [p.refund for p in first.lines] == [D("8.54"), D("4.28")]  # 25.62/3 = 8.54; 8.55/2 = 4.275 -> 4.28
    assert first.total == D("12.82")
    # tax per rate on the refunded gross, prices including tax
    rows = {t.code: (t.net, t.tax, t.gross) for t in first.taxes}
    assert rows == {"T20": (D("7.12"), D("1.42"), D("8.54")), "T5": (D("4.06"), D("0.22"), D("4.28"))}
    assert first.net + first.tax == first.total

    sold = apply_plan(sold, first)
    assert [refundable(ln) for ln in sold] == [D("2"), D("1"), D("1")]

    second = plan_return(sold, ReturnRequest([(1, D("2")), (2, D("1")), (3, D("1"))]))
    assert [p.refund for p in second.lines] == [D("17.08"), D("4.27"), D("14.25")]  # the last part takes the rest
    assert first.total + second.total == paid

    sold = apply_plan(sold, second)
    assert all(refundable(ln) == 0 for ln in sold)


def test_over_return_is_refused_naming_the_line_and_what_is_left():
    sold = [line(1, qty="3", gross="30.00", returned="2", name="Blue mug")]
    with pytest.raises(OverReturn) as e:
        plan_return(sold, ReturnRequest([(1, D("2"))]))
    assert e.value.message == "Line 1 (Blue mug): only 1 left to return, 2 asked"
    assert e.value.line_no == 1 and e.value.left == D("1")
    assert isinstance(e.value, DomainError) and e.value.code == "over_return"


def test_fully_returned_line_says_so():
    sold = [line(2, qty="1", returned="1", name="Lamp")]
    with pytest.raises(OverReturn, match=r"Line 2 \(Lamp\) was already returned in full"):
        plan_return(sold, ReturnRequest([(2, D("1"))]))


def test_refundable_after_partial_returns_and_never_negative():
    assert refundable(line(qty="5")) == D("5")
    assert refundable(line(qty="5", returned="2")) == D("3")
    assert refundable(line(qty="1.250", returned="0.500", weighed=True)) == D("0.750")
    # an offline over-return found at sync leaves nothing, not a negative
    assert refundable(line(qty="1", returned="2")) == D("0")


@pytest.mark.parametrize(
    "request_lines, error, text",
    [
        ([], ReturnError, "at least one line"),
        ([(9, D("1"))], ReturnError, "Line 9 is not on this receipt"),
        ([(1, D("1")), (1, D("1"))], ReturnError, "chosen twice"),
        ([(1, D("0"))], InvalidQuantity, "more than zero"),
        ([(1, D("-1"))], InvalidQuantity, "more than zero"),
        ([(1, D("0.5"))], InvalidQuantity, "whole units only"),
        ([(1, 1)], InvalidQuantity, "must be a number"),
        ([(2, D("0.0005"))], InvalidQuantity, "more than 3 decimals"),
    ],
)
def test_bad_requests_are_refused_whole(request_lines, error, text):
    sold = [line(1, qty="3"), line(2, qty="1.5", weighed=True)]
    with pytest.raises(error, match=text):
        plan_return(sold, ReturnRequest(request_lines))


def test_weighed_line_returns_parts_of_a_kilo():
    sold = [line(1, qty="1.234", gross="12.34", rate="5.5", weighed=True)]
    plan = plan_return(sold, ReturnRequest([(1, D("0.5"))]))
    assert plan.total == D("5.00")
    sold = apply_plan(sold, plan)
    rest = plan_return(sold, ReturnRequest([(1, D("0.734"))]))
    assert plan.total + rest.total == D("12.34")


def test_free_line_refunds_zero():
    plan = plan_return([line(1, qty="2", gross="0.00")], ReturnRequest([(1, D("1"))]))
    assert plan.total == D("0.00") and allocate_refund(plan.total, [Tender("cash", D("5"))]) == []


def test_gross_finer_than_the_currency_is_refused():
    with pytest.raises(InvalidAmount):
        plan_return([line(1, gross="1.005")], ReturnRequest([(1, D("1"))]))


# ---- refund tenders -------------------------------------------------------------------


def test_refund_goes_to_card_first_with_its_reference_then_cash():
    s = settle(D("50.00"), [Tender("card", D("30.00"), "AUTH7"), Tender("cash", D("50.00"))])  # 30 change
    assert s.change == D("30.00")
    parts = allocate_refund(D("45.00"), s)
    assert parts == [RefundPart("card", D("30.00"), "AUTH7"), RefundPart("cash", D("15.00"))]
    # the next refund: card already used up, cash limited to the 20.00 taken net of change
    parts = allocate_refund(D("5.00"), s, already_refunded={"card": D("30.00"), "cash": D("15.00")})
    assert parts == [RefundPart("cash", D("5.00"))]
    with pytest.raises(OverRefund, match="store credit"):
        allocate_refund(D("5.01"), s, already_refunded={"card": D("30.00"), "cash": D("15.00")})


def test_two_cards_are_refunded_in_order_past_earlier_refunds():
    pays = [Tender("card", D("10.00"), "A"), Tender("card", D("10.00"), "B")]
    parts = allocate_refund(D("8.00"), pays, already_refunded={"card": D("7.00")})
    assert parts == [RefundPart("card", D("3.00"), "A"), RefundPart("card", D("5.00"), "B")]


def test_store_credit_takes_the_whole_refund():
    parts = allocate_refund(D("12.82"), [Tender("card", D("48.42"), "X")], STORE_CREDIT)
    assert parts == [RefundPart(STORE_CREDIT, D("12.82"))]


def test_unknown_policy_and_negative_refund_are_refused():
    with pytest.raises(ReturnError, match="policy"):
        allocate_refund(D("1.00"), [Tender("cash", D("1"))], "voucher")
    with pytest.raises(InvalidAmount):
        allocate_refund(D("-1.00"), [Tender("cash", D("1"))])


def test_cash_refund_rounded_to_the_step_and_recorded():
    s = settle(D("9.97"), [Tender("cash", D("10.00"))], STEP5)  # customer paid 9.95
    (part,) = allocate_refund(D("9.97"), s, cash_step=STEP5)
    assert (part.amount, part.rounding, part.exact) == (D("9.95"), D("-0.02"), D("9.97"))
    # without the step the exact 9.97 is more cash than was taken: refused, not paid
    with pytest.raises(OverRefund):
        allocate_refund(D("9.97"), s)


def test_cash_rounding_never_pays_out_more_cash_than_was_taken():
    s = settle(D("0.06"), [Tender("cash", D("0.05"))], STEP5)  # two 0.03 items, paid 0.05
    (a,) = allocate_refund(D("0.03"), s, cash_step=STEP5)
    assert (a.amount, a.rounding) == (D("0.05"), D("0.02"))
    (b,) = allocate_refund(D("0.03"), s, cash_step=STEP5, already_refunded={"cash": a.exact})
    assert (b.amount, b.rounding) == (D("0.00"), D("-0.03"))  # rounded down: the 0.05 is gone


# ---- return window ------------------------------------------------------------------------


def test_window_counts_calendar_days_in_the_store_zone():
    paris = ZoneInfo("Europe/Paris")
    sold = datetime(2025, 3, 1, 22, 30, tzinfo=UTC)  # 23:30 on the 1st in Paris
    assert within_window(sold, datetime(2025, 3, 31, 21, 0, tzinfo=UTC), 30, tz=paris)  # 31st, 23:00
    assert not within_window(sold, datetime(2025, 3, 31, 22, 30, tzinfo=UTC), 30, tz=paris)  # April 1st
    assert within_window(sold, sold + timedelta(days=3), 30)


def test_window_per_category_and_non_returnable():
    sold = datetime(2025, 1, 1, 12, tzinfo=UTC)
    later = sold + timedelta(days=20)
    cats = {"electronics": 14, "underwear": None}
    assert within_window(sold, later, 30, cats, category="books")
    assert not within_window(sold, later, 30, cats, category="electronics")
    assert not within_window(sold, sold, 30, cats, category="underwear")
    with pytest.raises(ReturnError):
        within_window(sold.replace(tzinfo=None), later, 30)


# ---- properties ------------------------------------------------------------------------------


@st.composite
def sold_line_and_visits(draw):
    """A line (1-20 units, or weighed to the gram) and the quantities of several visits."""
    weighed = draw(st.booleans())
    unit = D("0.001") if weighed else D("1")
    n = draw(st.integers(1, 20_000)) if weighed else draw(st.integers(1, 20))
    gross = D(draw(st.integers(1, 999_999))) / 100
    cuts = sorted(draw(st.sets(st.integers(1, n), max_size=8)))
    if draw(st.booleans()) and (not cuts or cuts[-1] != n):
        cuts.append(n)  # often return everything in the end
    visits = [(b - a) * unit for a, b in pairwise([0] + cuts)]
    rate = draw(st.sampled_from([D("0"), D("5.5"), D("20")]))
    return SoldLine(1, "S", "Item", n * unit, gross, "T", rate, D(0), weighed), visits


@settings(max_examples=300, deadline=None)
@given(sold_line_and_visits())
def test_partial_returns_never_exceed_the_line_and_add_up_to_it_when_all_back(case):
    ln, visits = case
    sold, refunded = [ln], D(0)
    for q in visits:
        plan = plan_return(sold, ReturnRequest([(1, q)]))
        assert plan.total >= 0
        assert plan.total == sum((t.gross for t in plan.taxes), D(0)) == plan.net + plan.tax
        refunded += plan.total
        sold = apply_plan(sold, plan)
        assert refunded <= ln.gross
    if sold[0].returned_quantity == ln.quantity:
        assert refunded == ln.gross
        with pytest.raises(OverReturn):
            plan_return(sold, ReturnRequest([(1, D("0.001") if ln.weighed else D("1"))]))


money = st.integers(1, 99_999).map(lambda c: D(c) / 100)


@st.composite
def payments_and_refunds(draw):
    cards = [Tender("card", a, f"R{i}") for i, a in enumerate(draw(st.lists(money, max_size=3)))]
    cash = draw(st.one_of(st.just(D(0)), money))
    tenders = cards + ([Tender("cash", cash)] if cash else [])
    if not tenders:
        tenders = [Tender("cash", D("1.00"))]
    paid = sum((t.amount for t in tenders), D(0))
    cents = int(paid * 100)
    cuts = sorted(draw(st.sets(st.integers(1, cents), max_size=5)))
    refunds = [D(b - a) / 100 for a, b in pairwise([0] + cuts)]
    return tenders, refunds


@settings(max_examples=300, deadline=None)
@given(payments_and_refunds())
def test_refund_parts_sum_to_the_refund_and_no_tender_gets_more_than_it_paid(case):
    tenders, refunds = case
    done = {"card": D(0), "cash": D(0)}
    per_ref: dict[str, D] = {}
    for r in refunds:
        parts = allocate_refund(r, tenders, already_refunded=done)
        assert sum((p.amount for p in parts), D(0)) == r
        assert all(p.amount > 0 and p.rounding == 0 for p in parts)
        for p in parts:
            done[p.kind] += p.amount
            if p.kind == "card":
                per_ref[p.reference] = per_ref.get(p.reference, D(0)) + p.amount
    for t in tenders:
        if t.kind == "card":
            assert per_ref.get(t.reference, D(0)) <= t.amount
    assert done["cash"] <= sum((t.amount for t in tenders if t.kind == "cash"), D(0))


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 99_999), st.data())
def test_rounded_cash_refunds_stay_exact_net_of_rounding_and_within_cash_taken(total_cents, data):
    total = D(total_cents) / 100
    s = settle(total, [Tender("cash", total + 1)], STEP5)
    taken = s.paid - s.change
    cuts = sorted(data.draw(st.sets(st.integers(1, total_cents), max_size=5)))
    if not cuts or cuts[-1] != total_cents:
        cuts.append(total_cents)
    handed = exact = D(0)
    for a, b in pairwise([0] + cuts):
        r = D(b - a) / 100
        parts = allocate_refund(r, s, cash_step=STEP5, already_refunded={"cash": exact})
        assert sum((p.exact for p in parts), D(0)) == r
        assert all(p.amount >= 0 and abs(p.rounding) < 2 * STEP5 for p in parts)
        handed += sum((p.amount for p in parts), D(0))
        exact += r
        assert handed <= taken
    assert handed == taken  # everything back: exactly the cash the sale took
