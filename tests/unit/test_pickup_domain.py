"""Pickup desk rules (domain.pickup): states, pick by scan, rejections and their stock effects,
handover plans, code and ID checks, no-shows, search parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain import pickup as dp


def lines():
    return [dp.PickLine(1, 10, "SKU1", "Apples", D(2), 249), dp.PickLine(2, 20, "SKU2", "Brioche", D(1), 529)]


def test_transition_table():
    assert dp.transition("routed", "accept") == "accepted"
    assert dp.transition("accepted", "pick") == "picking"
    assert dp.transition("picking", "ready") == "ready"
    assert dp.transition("ready", "hand_over") == "collected"
    assert dp.transition("ready", "hand_over_part") == "partially_collected"
    assert dp.transition("ready", "expire") == "expired"
    with pytest.raises(dp.PickupError, match="cannot be handed over now"):
        dp.transition("picking", "hand_over", "W-1")
    with pytest.raises(dp.OrderCancelled, match="Order W-1 was cancelled: do not hand over it"):
        dp.transition("cancelled", "hand_over", "W-1")
    with pytest.raises(dp.OrderCancelled, match="expired"):
        dp.transition("expired", "pick")
    for action, table in dp.TRANSITIONS.items():
        assert set(table) <= set(dp.STATES) and set(table.values()) <= set(dp.STATES), action
    # nothing leaves a final state
    assert not any(s in table for table in dp.TRANSITIONS.values() for s in dp.FINAL_STATES)


def test_pick_scan_counts_and_refuses_wrong_and_extra_items():
    ls = lines()
    assert dp.pick_scan(ls, 10).line_no == 1
    dp.pick_scan(ls, 10)
    with pytest.raises(dp.WrongItem, match="Extra item: Apples — 2 of 2 already picked"):
        dp.pick_scan(ls, 10)
    with pytest.raises(dp.WrongItem, match="Wrong item: Cola is not on this order"):
        dp.pick_scan(ls, 99, name="Cola")
    with pytest.raises(dp.PickupError):
        dp.pick_scan(ls, 20, D(0))
    assert [ln.picked for ln in ls] == [D(2), D(0)]
    dp.unpick(ls[0])
    assert ls[0].picked == D(1)


def test_same_product_on_two_lines_fills_them_in_order():
    ls = [dp.PickLine(1, 10, "S", "A", D(1), 1), dp.PickLine(2, 10, "S", "A", D(2), 1)]
    assert [dp.pick_scan(ls, 10).line_no for _ in range(3)] == [1, 2, 2]


def test_reject_line_needs_a_reason_and_at_most_what_is_open():
    ls = lines()
    dp.pick_scan(ls, 10)
    with pytest.raises(dp.PickupError, match="Choose a reason"):
        dp.reject_line(ls[0], D(1), "lost")
    with pytest.raises(dp.PickupError, match="only 1 left to pick"):
        dp.reject_line(ls[0], D(2), "damaged")
    dp.reject_line(ls[0], D(1), "damaged")
    assert ls[0].done and ls[0].reason == "damaged"
    assert ls[0].wire() == {"line": 1, "picked": "1", "rejected": "1", "reason": "damaged", "collected": "0"}


def test_rejection_effects_differ_by_reason():
    dmg = dp.rejection_effect("damaged", D(2), D(10), D(3))
    assert (dmg.quantity, dmg.movement_reason) == (D(-2), "damaged")
    oos = dp.rejection_effect("out_of_stock", D(1), D(10), D(3))
    assert (oos.quantity, oos.movement_reason) == (D(-7), "count_correction")  # available -> 0, reserved kept
    assert dp.rejection_effect("out_of_stock", D(1), D(2), D(3)).quantity == 0
    mis = dp.rejection_effect("mismatch", D(1), D(10), D(0))
    assert mis.quantity == 0 and "recount" in str(mis.explanation)


def test_ready_needs_all_lines_resolved_and_something_picked():
    ls = lines()
    with pytest.raises(dp.PickupError, match=r"Line 1 Apples: 2 of 2 still to pick .* \(and 1 more"):
        dp.check_ready(ls)
    dp.reject_line(ls[0], D(2), "out_of_stock")
    dp.reject_line(ls[1], D(1), "damaged")
    assert dp.all_rejected(ls)
    with pytest.raises(dp.PickupError, match="Nothing was picked"):
        dp.check_ready(ls)


def test_plan_handover_all_or_some():
    ls = lines()
    for _ in range(2):
        dp.pick_scan(ls, 10)
    dp.pick_scan(ls, 20)
    assert dp.plan_handover(ls) == ({1: D(2), 2: D(1)}, "collected")
    assert dp.plan_handover(ls, {1: D(1)}) == ({1: D(1)}, "partially_collected")
    with pytest.raises(dp.PickupError, match="2 picked, cannot hand over 3"):
        dp.plan_handover(ls, {1: D(3)})
    with pytest.raises(dp.PickupError, match="at least one"):
        dp.plan_handover(ls, {1: D(0)})
    ls2 = lines()
    dp.pick_scan(ls2, 10)
    dp.reject_line(ls2[0], D(1), "damaged")
    dp.pick_scan(ls2, 20)
    assert dp.plan_handover(ls2)[1] == "partially_collected"  # a rejected unit never reached the customer


def test_code_and_id_checks():
    assert dp.verify_code("K7P2QX", " k7p-2qx ")
    assert not dp.verify_code("K7P2QX", "K7P2QY") and not dp.verify_code("", "")
    idc = dp.IdCheck("driving_licence", "a12b", "Ana López", collects_for="")
    assert idc.wire() == {"method": "id", "document": "driving_licence", "reference": "A12B", "name": "Ana López"}
    with pytest.raises(dp.PickupError):
        dp.IdCheck("library_card", "1234", "Ana")
    with pytest.raises(dp.PickupError, match="name"):
        dp.IdCheck("passport", "1234", " ")
    assert dp.name_matches("Ana Lopez", "ANA LÓPEZ GARCIA")
    assert not dp.name_matches("Ana Lopez", "Bruno Martin")


def test_no_show_after_hold_time():
    ready = datetime(2026, 11, 1, 10, tzinfo=UTC)
    assert not dp.is_overdue("ready", ready, ready + timedelta(days=6, hours=23))
    assert dp.is_overdue("ready", ready, ready + timedelta(days=7))
    assert dp.is_overdue("ready", ready, ready + timedelta(days=2), hold_days=2)
    assert not dp.is_overdue("collected", ready, ready + timedelta(days=30))
    assert dp.needs_return_to_shelf("cancelled", reserved=True, overdue=False)
    assert not dp.needs_return_to_shelf("cancelled", reserved=False, overdue=False)


def test_parse_query():
    q = dp.parse_query("https://shop.example/p/K7P-2QX")
    assert q.code == "K7P2QX"
    assert dp.parse_query("+33 6 12 34 56 78").phone == "33612345678"
    assert dp.parse_query("Ana Lopez").phone == "" and dp.parse_query("Ana Lopez").words == ("ana", "lopez")
    assert dp.parse_query("W-1001").phone == ""


@given(st.lists(st.integers(1, 5), min_size=1, max_size=5), st.lists(st.integers(0, 9), min_size=1, max_size=40))
def test_picking_never_exceeds_what_was_ordered(qtys, scans):
    ls = [dp.PickLine(i + 1, i % 3, "S", "N", D(q), 100) for i, q in enumerate(qtys)]
    for pid in scans:
        try:
            dp.pick_scan(ls, pid)
        except dp.WrongItem:
            pass
    for ln in ls:
        assert 0 <= ln.picked <= ln.quantity
    per_product = {}
    for ln in ls:
        per_product.setdefault(ln.product_id, [D(0), D(0)])
        per_product[ln.product_id][0] += ln.picked
        per_product[ln.product_id][1] += ln.quantity
    for pid, (picked, ordered) in per_product.items():
        assert picked == min(ordered, D(scans.count(pid)))
