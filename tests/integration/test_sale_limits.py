"""Issue 13: quantities, totals and cash no clerk means are stopped by the services themselves
(rule 9), not only by the counter's dialogs: `9999*code` added 9999 pieces without a word, a
€395,666.66 sale went through, and 100000 typed for a 1.29 sale completed it.

On the pinned catalog (tests/conftest.py): product 1 Test Apples 2.49, 2 Test Brioche 5.29,
8 Test Puzzle Book 16.19. Users: ana (clerk), sam (supervisor), max (manager). EUR defaults:
confirm above 99 pieces or a 1,000.00 total, a supervisor above 999 pieces or 5,000.00.
"""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from storedesk.domain.errors import AuthError, DomainError, PaymentError, PermissionDenied
from storedesk.domain.limits import (
    APPROVE,
    CONFIRM,
    QUANTITY,
    TOTAL,
    Crossing,
    NeedsApproval,
    NeedsConfirmation,
    SaleLimits,
    quantity_crossing,
    total_crossing,
)
from storedesk.domain.tenders import Tender
from storedesk.services import basket, sale, settings
from storedesk.services.context import config

LIMITS = SaleLimits(D(99), D(999), D(1000), D(5000))


def cash(amount: str) -> Tender:
    return Tender("cash", D(amount))


def row(st, basket_id):
    con = st.raw()
    try:
        return con.execute("SELECT status, data, updated_at FROM baskets WHERE id = ?", (basket_id,)).fetchone()
    finally:
        con.close()


def lines(view):
    return [(ln.name, ln.quantity) for ln in view.basket.active_lines]


# ---- the rule, on its own ------------------------------------------------------------------
def test_a_limit_is_asked_when_a_change_crosses_it_or_a_typed_quantity_is_above_it():
    assert quantity_crossing(LIMITS, "Apples", D(150), D(0), D(150)) == Crossing(
        QUANTITY, CONFIRM, D(150), D(99), "Apples"
    )
    assert quantity_crossing(LIMITS, "Apples", D(1), D(99), D(100)).level == CONFIRM  # the 100th scan
    assert quantity_crossing(LIMITS, "Apples", D(1), D(150), D(151)) is None  # already confirmed at 150
    assert quantity_crossing(LIMITS, "Apples", D(900), D(150), D(900)).level == CONFIRM  # F4: 900 typed
    assert quantity_crossing(LIMITS, "Apples", D(120), D(150), D(120)) is None  # a decrease never asks
    assert quantity_crossing(LIMITS, "Apples", D(9999), D(0), D(9999)).level == APPROVE
    assert quantity_crossing(LIMITS, "Apples", D(900), D(150), D(1050)).level == APPROVE
    assert quantity_crossing(LIMITS, "Apples", D(99), D(0), D(99)) is None  # at the limit: fine
    assert total_crossing(LIMITS, D("999.99"), D("1000.00")) is None
    assert total_crossing(LIMITS, D("999.99"), D("1000.01")) == Crossing(TOTAL, CONFIRM, D("1000.01"), D(1000))
    assert total_crossing(LIMITS, D(1200), D(1300)) is None
    assert total_crossing(LIMITS, D(900), D(6000)).level == APPROVE
    assert SaleLimits.default("EUR") == LIMITS
    assert SaleLimits.default("GBP").confirm_sale_total == D(100)  # twice the £50 note
    assert SaleLimits.default("JPY").supervisor_sale_total == D(100000)


# ---- quantities ----------------------------------------------------------------------------
def test_a_quantity_above_the_first_limit_needs_the_clerks_yes(pinned):
    st = pinned
    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    before = row(st, v.basket_id)
    with pytest.raises(NeedsConfirmation) as info:
        basket.add_scan(st.uow, ana, v.basket_id, "150*" + st.barcode(1))
    assert info.value.crossings == (Crossing(QUANTITY, CONFIRM, D(150), D(99), "Test Apples 1 kg"),)
    assert "more than 99" in info.value.message
    assert row(st, v.basket_id) == before  # nothing changed, not even in the cached basket
    assert lines(basket.current(st.uow, ana)) == []

    v = basket.add_scan(st.uow, ana, v.basket_id, "150*" + st.barcode(1), confirmed=True)
    assert lines(v) == [("Test Apples 1 kg", D(150))] and v.basket.overrides == []
    v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(1))  # the 151st: asked already
    line = v.basket.lines[0].line_id
    assert lines(v) == [("Test Apples 1 kg", D(151))]
    v = basket.set_quantity(st.uow, ana, v.basket_id, line, "120")  # fewer: no question
    with pytest.raises(NeedsConfirmation):
        basket.set_quantity(st.uow, ana, v.basket_id, line, "200")  # typed above the limit
    assert lines(basket.current(st.uow, ana)) == [("Test Apples 1 kg", D(120))]
    v = basket.set_quantity(st.uow, ana, v.basket_id, line, "200", confirmed=True)
    assert lines(v) == [("Test Apples 1 kg", D(200))]


def test_above_the_second_limit_a_clerk_needs_a_supervisors_pin_journaled_with_both(pinned):
    st = pinned
    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    before = row(st, v.basket_id)
    for confirmed in (False, True):  # the clerk's own yes is not enough
        with pytest.raises(NeedsApproval) as info:
            basket.add_scan(st.uow, ana, v.basket_id, "1000*" + st.barcode(1), confirmed=confirmed)
        assert isinstance(info.value, PermissionDenied) and info.value.permission == "large_sale"
        assert info.value.message.endswith("; a manager can authorise it")  # as every refusal ends
        assert {c.level for c in info.value.crossings} == {APPROVE, CONFIRM}  # 1000 pieces; total 2,490.00
    with pytest.raises(AuthError):
        basket.add_scan(st.uow, ana, v.basket_id, "1000*" + st.barcode(1), approver=("sam", "0000"))
    with pytest.raises(PermissionDenied):  # a clerk cannot approve a clerk
        basket.add_scan(st.uow, ana, v.basket_id, "1000*" + st.barcode(1), approver=("ana", "1234"))
    assert row(st, v.basket_id) == before

    v = basket.add_scan(st.uow, ana, v.basket_id, "1000*" + st.barcode(1), approver=("sam", "5555"))
    assert lines(v) == [("Test Apples 1 kg", D(1000))]
    [ov] = v.basket.overrides
    assert (ov["action"], ov["user"], ov["approver"]) == ("large_sale", "ana", "sam")
    assert "1000 x Test Apples 1 kg is more than 999 on one line" in ov["detail"]

    done = sale.complete_sale(st.uow, ana, v.basket_id, [cash("2490.00")])
    con = st.raw()
    try:
        rows = con.execute(
            "SELECT o.action, u.username, a.username, o.doc_ref FROM overrides o "
            "JOIN users u ON u.id = o.user_id JOIN users a ON a.id = o.approver_id"
        ).fetchall()
        fiscal = json.loads(
            con.execute("SELECT payload FROM journal WHERE doc_ref = ?", (done.receipt_no,)).fetchone()[0]
        )
    finally:
        con.close()
    assert rows == [("large_sale", "ana", "sam", done.receipt_no)]
    assert [(o["action"], o["user"], o["approver"]) for o in fiscal["overrides"]] == [("large_sale", "ana", "sam")]


def test_a_supervisor_confirms_a_large_quantity_and_it_is_recorded(pinned):
    st = pinned
    sam = st.user("sam")
    v = basket.current(st.uow, sam)
    with pytest.raises(NeedsConfirmation):  # allowed by role, still asked: Enter alone is no yes
        basket.add_scan(st.uow, sam, v.basket_id, "1000*" + st.barcode(1))
    v = basket.add_scan(st.uow, sam, v.basket_id, "1000*" + st.barcode(1), confirmed=True)
    assert [(o["action"], o["user"], o["approver"]) for o in v.basket.overrides] == [("large_sale", "sam", "sam")]


def test_domain_limits_still_come_first(pinned):
    """9999 on top of a line already holding 1 is refused as a quantity, whatever the approval."""
    st = pinned
    ana = st.user("ana")
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(1))
    with pytest.raises(DomainError) as info:
        basket.add_scan(st.uow, ana, v.basket_id, "9999*" + st.barcode(1), approver=("sam", "5555"))
    assert not isinstance(info.value, (NeedsApproval, NeedsConfirmation))


# ---- sale totals ---------------------------------------------------------------------------
def test_a_sale_total_is_asked_about_once_when_it_crosses_a_limit(pinned):
    st = pinned
    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    v = basket.add_scan(st.uow, ana, v.basket_id, "61*" + st.barcode(8))  # 987.59
    with pytest.raises(NeedsConfirmation) as info:
        basket.add_scan(st.uow, ana, v.basket_id, st.barcode(8))  # 1,003.78
    assert info.value.crossings == (Crossing(TOTAL, CONFIRM, D("1003.78"), D("1000.00")),)
    v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(8), confirmed=True)
    v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(2))  # above already: not asked again
    assert v.totals.total == D("1009.07")

    settings.set_setting(st.uow, "supervisor_sale_total", "1100")
    with pytest.raises(NeedsApproval):
        basket.add_scan(st.uow, ana, v.basket_id, "6*" + st.barcode(8))  # 1,106.21
    v = basket.add_scan(st.uow, ana, v.basket_id, "6*" + st.barcode(8), approver=("max", "9876"))
    assert v.totals.total == D("1106.21")
    assert [(o["user"], o["approver"]) for o in v.basket.overrides] == [("ana", "max")]


def test_the_limits_are_validated_settings(station):
    st = station
    for key, good, bad in (
        ("confirm_line_quantity", "50", ("0", "10000", "2.5", "x")),
        ("supervisor_line_quantity", "500", ("-1",)),
        ("confirm_sale_total", "250.00", ("0", "-5", "abc", "1.234")),
        ("supervisor_sale_total", "2000", ("0",)),
    ):
        assert settings.set_setting(st.uow, key, good) == good
        for value in bad:
            with pytest.raises(DomainError, match=key):
                settings.set_setting(st.uow, key, value)
    assert config(st.uow).sale_limits == SaleLimits(D(50), D(500), D("250.00"), D(2000))
    settings.set_setting(st.uow, "confirm_sale_total", "")
    assert config(st.uow).sale_limits.confirm_sale_total == D(1000)
    assert config(st.uow).cash_tender_margin is None
    settings.set_setting(st.uow, "cash_tender_margin", "50")
    assert config(st.uow).cash_tender_margin == D(50)


# ---- cash ----------------------------------------------------------------------------------
def test_cash_far_above_what_is_due_is_refused_unless_confirmed(pinned):
    st = pinned
    ana = st.user("ana")
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(1))  # 2.49
    counts = st.counts()
    with pytest.raises(PaymentError, match="€100,000.00 in cash for €2.49 due"):
        sale.complete_sale(st.uow, ana, v.basket_id, [cash("100000")])
    assert st.counts() == counts and row(st, v.basket_id)[0] == "open"
    with pytest.raises(PaymentError):  # 2.49 + the 500 note, and a cent
        sale.complete_sale(st.uow, ana, v.basket_id, [cash("502.50")])
    done = sale.complete_sale(st.uow, ana, v.basket_id, [cash("100000")], cash_confirmed=True)
    assert done.change == D("99997.51")


def test_the_margin_setting_and_a_card_taken_first_set_the_ceiling(pinned):
    st = pinned
    ana = st.user("ana")
    settings.set_setting(st.uow, "cash_tender_margin", "50")
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(1))  # 2.49
    with pytest.raises(PaymentError):
        sale.complete_sale(st.uow, ana, v.basket_id, [Tender("card", D("1.00"), "A1"), cash("51.50")])
    done = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("card", D("1.00"), "A1"), cash("51.49")])
    assert done.change == D(50)
    # exact cash (F12) and card alone never ask
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(2))
    assert sale.complete_sale(st.uow, ana, v.basket_id, [cash("5.29")]).change == 0


# ---- parked sales ----------------------------------------------------------------------------
def test_parked_sales_have_numbers_and_items_and_a_recall_says_where_the_open_one_went(pinned):
    st = pinned
    ana = st.user("ana")
    a = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, "3*" + st.barcode(1))
    fresh = basket.park(st.uow, ana, a.basket_id)
    assert fresh.parked_as == 1
    b = basket.add_scan(st.uow, ana, fresh.basket_id, st.barcode(2))
    fresh = basket.park(st.uow, ana, b.basket_id, "Mrs Smith")
    assert fresh.parked_as == 2
    c = basket.add_scan(st.uow, ana, fresh.basket_id, "2*" + st.barcode(8))
    listed = basket.parked(st.uow)
    assert [(p.number, p.basket_id, p.items, p.total) for p in listed] == [
        (1, a.basket_id, D(3), D("7.47")),
        (2, b.basket_id, D(1), D("5.29")),
    ]
    assert listed[1].label == "Mrs Smith" and listed[0].label.startswith("Ana ")

    back = basket.recall(st.uow, ana, c.basket_id, a.basket_id)
    assert back.basket_id == a.basket_id and back.parked_as == 2  # the open one: now #2
    assert [(p.number, p.basket_id) for p in basket.parked(st.uow)] == [(1, b.basket_id), (2, c.basket_id)]
    empty = basket.park(st.uow, ana, back.basket_id)
    assert basket.recall(st.uow, ana, empty.basket_id, b.basket_id).parked_as is None  # empty: cancelled
