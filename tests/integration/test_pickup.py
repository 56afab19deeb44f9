"""Click-and-collect at the station on a real SQLite file: orders arrive through the real feed
puller (a fake hub answering GET /v1/feed), then accept, pick by scanning, reject with each
reason, ready (reservations), handover (code, ID, all or some; paid online or paid here through
the sale path), expiry, a cancellation racing a handover, reservation ledger sums, bad items.

Worked example (the `pinned` catalog): order W-1001 for Ana Lopez, paid online
    line 1: 2 x SKU0000001 "Test Apples 1 kg" at 2.49; line 2: 1 x SKU0000002 "Test Brioche" at 5.29
    total 2 x 2.49 + 5.29 = 10.27
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest

from storedesk.domain import pickup as dp
from storedesk.domain.errors import PaymentError
from storedesk.domain.tenders import Tender
from storedesk.services import shift
from storedesk.services.pickup import handover, hub_check, picking, queues, shelf, slips
from storedesk.sync.puller import pull

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def at(hours: float = 0, days: float = 0) -> str:
    return (T0 + timedelta(hours=hours, days=days)).isoformat(timespec="microseconds")


class FakeFeed:
    """Answers GET /v1/feed with the items given, once each, as the hub would."""

    def __init__(self):
        self.items: list[dict] = []

    def add(self, kind: str, data: dict) -> None:
        self.items.append({"cursor": str(len(self.items) + 1), "kind": kind, "data": data})

    def get_feed(self, after: str, limit: int) -> dict:
        start = int(after)
        page = self.items[start : start + limit]
        nxt = str(start + len(page))
        return {"items": page, "next": nxt, "more": start + len(page) < len(self.items)}


def order_item(
    number="W-1001",
    payment="paid_online",
    lines=None,
    version=1,
    status="routed",
    code="K7P2QX",
    name="Ana Lopez",
    phone="+33 6 12 34 56 78",
    email="ana.lopez@example.com",
    order_id=None,
    due_hours=24,
    store="PAR01",
):
    lines = lines or [("SKU0000001", "Test Apples 1 kg", "2", 249), ("SKU0000002", "Test Brioche", "1", 529)]
    total = sum(int(D(q) * p) for _s, _n, q, p in lines)
    return {
        "order_id": order_id or f"ord-{number}",
        "number": number,
        "store": store,
        "channel": "web",
        "created_at": at(),
        "due_at": at(hours=due_hours),
        "customer": {"name": name, "email": email, "phone": phone},
        "currency": "EUR",
        "payment": payment,
        "paid_minor": total if payment == "paid_online" else 0,
        "total_minor": total,
        "pickup_code": code,
        "status": status,
        "version": version,
        "lines": [
            {"line": i, "sku": s, "name": n, "quantity": q, "unit_price_minor": p}
            for i, (s, n, q, p) in enumerate(lines, start=1)
        ],
    }


@pytest.fixture
def desk(pinned):
    """The pinned demo station with 10 of each pinned product on hand."""
    st = pinned
    con = st.raw()
    for pid in (1, 2, 5, 8):
        con.execute(
            "INSERT INTO stock_movements VALUES (?, ?, 10000, 'receiving', 'seed', 'T1', ?)",
            (uuid.uuid4().hex, pid, at(-1)),
        )
        con.execute(
            "INSERT INTO stock_balances(product_id, on_hand_milli) VALUES (?, 10000) ON CONFLICT(product_id) "
            "DO UPDATE SET on_hand_milli = 10000",
            (pid,),
        )
    con.close()
    st.feed = FakeFeed()
    st.ana = st.user("ana")
    return st


def receive(st, *items, kind="order"):
    for it in items:
        st.feed.add(kind, it)
    return pull(st.uow, st.feed)


def q(st, sql, *params):
    con = st.raw()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def on_hand(st, pid) -> int:
    return q(st, "SELECT on_hand_milli FROM stock_balances WHERE product_id = ?", pid)[0][0]


def reserved(st, pid) -> int:
    row = q(st, "SELECT reserved_milli FROM stock_reserved WHERE product_id = ?", pid)
    return row[0][0] if row else 0


def outbox(st, kind):
    return [json.loads(p) for (p,) in q(st, "SELECT payload FROM outbox WHERE kind = ? ORDER BY seq", kind)]


def picked_ready(st, number="W-1001", **kw):
    receive(st, order_item(number, **kw))
    oid = f"ord-{number}"
    picking.accept(st.uow, st.ana, oid, now=at(1))
    view = queues.order(st.uow, oid)
    for ln in view.lines:
        for _ in range(int(ln.quantity)):
            picking.pick(st.uow, st.ana, oid, st.barcode(ln.product_id), now=at(1.1))
    picking.mark_ready(st.uow, st.ana, oid, now=at(2))
    return oid


# ---- feed -------------------------------------------------------------------------------
def test_order_from_feed_lands_in_new_queue_and_applies_once(desk):
    stats = receive(desk, order_item())
    assert stats.applied == 1 and stats.quarantined == 0
    receive(desk, order_item())  # the same version again: nothing changes
    assert desk.count("pickup_orders") == 1 and desk.count("pickup_lines") == 2
    rows = queues.queue(desk.uow, "new", now=at(1))
    assert [(r.number, r.customer, r.items, r.total) for r in rows] == [("W-1001", "Ana Lopez", D(3), D("10.27"))]
    assert queues.counts(desk.uow, now=at(1)).new == 1


def test_bad_order_items_are_quarantined_and_the_rest_applies(desk):
    good = order_item("W-2000")
    bad_store = order_item("W-2001", store="LYO01")
    bad_sku = order_item("W-2002", lines=[("NOPE999", "Nope", "1", 100)])
    bad_qty = order_item("W-2003", lines=[("SKU0000001", "x", "1.5000", 100)])
    bad_money = order_item("W-2004")
    bad_money["total_minor"] = 10.27
    bad_pay = order_item("W-2005", payment="cash_on_delivery")
    no_customer = order_item("W-2006")
    del no_customer["customer"]
    stats = receive(desk, good, bad_store, bad_sku, bad_qty, bad_money, bad_pay, no_customer)
    assert (stats.applied, stats.quarantined) == (1, 6)
    reasons = [r for (r,) in q(desk, "SELECT reason FROM feed_quarantine ORDER BY id")]
    assert "store 'LYO01'" in reasons[0] and "unknown SKU NOPE999" in reasons[1]
    assert "quantity" in reasons[2] and "total_minor" in reasons[3] and "payment" in reasons[4]
    assert "customer" in reasons[5]
    st = receive(
        desk,
        {"order_id": "ord-unknown", "status": "cancelled", "at": at(), "by": "web", "reason": "x", "version": 3},
        kind="order_status",
    )
    assert st.quarantined == 1
    assert [n for (n,) in q(desk, "SELECT number FROM pickup_orders")] == ["W-2000"]


# ---- the happy path -----------------------------------------------------------------------
def test_accept_pick_ready_handover_with_code_paid_online(desk):
    receive(desk, order_item())
    oid = "ord-W-1001"
    view = picking.accept(desk.uow, desk.ana, oid, now=at(1))
    assert view.status == "accepted"
    for code in (desk.barcode(1), desk.barcode(2), desk.barcode(1)):
        view = picking.pick(desk.uow, desk.ana, oid, code, now=at(1.2))
    assert view.status == "picking" and all(ln.done for ln in view.lines)
    journal_before = desk.count("journal")
    view = picking.mark_ready(desk.uow, desk.ana, oid, now=at(2))
    assert view.status == "ready" and view.held == {1: D(2), 2: D(1)}
    assert desk.count("journal") == journal_before + 1
    assert (on_hand(desk, 1), reserved(desk, 1)) == (10000, 2000)  # reserved, not moved
    ready = outbox(desk, "pickup_status")[-1]
    assert ready["status"] == "ready" and ready["lines"][0] == {
        "line": 1,
        "picked": "2",
        "rejected": "0",
        "reason": None,
        "collected": "0",
    }
    assert set(ready) == {"store", "station", "order_id", "status", "at", "user", "lines", "id_check", "receipt_no"}

    with pytest.raises(dp.PickupError, match="does not match"):
        handover.hand_over(desk.uow, desk.ana, oid, code="AAAAAA", now=at(3))
    res = handover.hand_over(desk.uow, desk.ana, oid, code="k7p-2qx", now=at(3))
    assert res.status == "collected" and res.sale_id is None
    assert (on_hand(desk, 1), reserved(desk, 1)) == (8000, 0)
    assert (on_hand(desk, 2), reserved(desk, 2)) == (9000, 0)
    moves = q(desk, "SELECT product_id, quantity_milli, reason, doc_ref FROM stock_movements WHERE doc_ref = 'W-1001'")
    assert sorted(moves) == [(1, -2000, "pickup", "W-1001"), (2, -1000, "pickup", "W-1001")]
    last = outbox(desk, "pickup_status")[-1]
    assert last["status"] == "collected" and last["id_check"] == {"method": "code"}
    assert [ln["collected"] for ln in last["lines"]] == ["2", "1"]
    sm = outbox(desk, "stock_movements")[-1]
    assert [(m["sku"], m["quantity"], m["reason"]) for m in sm["movements"]] == [
        ("SKU0000001", "-2", "pickup"),
        ("SKU0000002", "-1", "pickup"),
    ]
    # a double press: the first handover stands, nothing is written twice
    again = handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", now=at(3.1))
    assert again.repeated and on_hand(desk, 1) == 8000
    hist = [h[0] for h in queues.order(desk.uow, oid).history]
    assert hist == ["routed", "accepted", "picking", "ready", "collected"]


def test_wrong_and_extra_items_are_errors_and_change_nothing(desk):
    receive(desk, order_item())
    oid = "ord-W-1001"
    with pytest.raises(dp.PickupError, match="cannot be picked"):
        picking.pick(desk.uow, desk.ana, oid, desk.barcode(1))  # not accepted yet
    picking.accept(desk.uow, desk.ana, oid)
    with pytest.raises(dp.WrongItem, match="Wrong item: Test Cola x6 is not on this order"):
        picking.pick(desk.uow, desk.ana, oid, desk.barcode(5))
    picking.pick(desk.uow, desk.ana, oid, desk.barcode(2))
    with pytest.raises(dp.WrongItem, match="Extra item: Test Brioche — 1 of 1 already picked"):
        picking.pick(desk.uow, desk.ana, oid, desk.barcode(2))
    with pytest.raises(dp.PickupError, match="still to pick"):
        picking.mark_ready(desk.uow, desk.ana, oid)
    assert [(ln.picked, ln.rejected) for ln in queues.order(desk.uow, oid).lines] == [(0, 0), (1, 0)]
    assert reserved(desk, 1) == 0


# ---- rejections and their stock effects ---------------------------------------------------
def test_each_rejection_reason_has_its_own_stock_effect(desk):
    lines = [
        ("SKU0000001", "Test Apples 1 kg", "3", 249),
        ("SKU0000002", "Test Brioche", "2", 529),
        ("SKU0000005", "Test Cola x6", "1", 319),
    ]
    receive(desk, order_item(lines=lines))
    oid = "ord-W-1001"
    picking.accept(desk.uow, desk.ana, oid)
    picking.pick(desk.uow, desk.ana, oid, desk.barcode(1))
    # damaged: 2 apples written off
    v = picking.reject(desk.uow, desk.ana, oid, 1, D(2), "damaged")
    assert on_hand(desk, 1) == 8000 and "written off" in str(v.message)
    # out of stock: no brioche free on the shelf, though 10 counted: on-hand corrected to 0 available
    picking.reject(desk.uow, desk.ana, oid, 2, None, "out_of_stock")
    assert on_hand(desk, 2) == 0
    # mismatch: the cola shelf holds something else; no stock change
    picking.reject(desk.uow, desk.ana, oid, 3, D(1), "mismatch")
    assert on_hand(desk, 5) == 10000
    reasons = q(
        desk, "SELECT line_no, reason, quantity_milli, movement_id IS NOT NULL FROM pickup_rejections ORDER BY line_no"
    )
    assert reasons == [(1, "damaged", 2000, 1), (2, "out_of_stock", 2000, 1), (3, "mismatch", 1000, 0)]
    moves = q(
        desk,
        "SELECT product_id, quantity_milli, reason FROM stock_movements WHERE doc_ref = 'W-1001' ORDER BY product_id",
    )
    assert moves == [(1, -2000, "damaged"), (2, -10000, "count_correction")]
    ev = outbox(desk, "pickup_status")[-1]
    assert ev["status"] == "picking"
    assert [(ln["rejected"], ln["reason"]) for ln in ev["lines"]] == [
        ("2", "damaged"),
        ("2", "out_of_stock"),
        ("1", "mismatch"),
    ]
    view = picking.mark_ready(desk.uow, desk.ana, oid)  # 1 apple picked: ready with what is there
    assert view.held == {1: D(1)}
    res = handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX")
    assert res.status == "partially_collected"


def test_every_line_rejected_rejects_the_order(desk):
    receive(desk, order_item(lines=[("SKU0000005", "Test Cola x6", "1", 319)]))
    oid = "ord-W-1001"
    picking.accept(desk.uow, desk.ana, oid)
    v = picking.reject(desk.uow, desk.ana, oid, 1, None, "out_of_stock")
    assert v.status == "rejected" and "rejected" in str(v.message)
    with pytest.raises(dp.PickupError):
        picking.mark_ready(desk.uow, desk.ana, oid)
    with pytest.raises(dp.PickupError, match="Choose a reason"):
        receive(desk, order_item("W-1002"))
        picking.accept(desk.uow, desk.ana, "ord-W-1002")
        picking.reject(desk.uow, desk.ana, "ord-W-1002", 1, D(1), "lost")


# ---- partial pickup, ID check, pay at pickup -----------------------------------------------
def test_partial_handover_with_id_check_releases_everything_and_moves_only_what_left(desk):
    oid = picked_ready(desk)
    idc = dp.IdCheck("passport", "4821", "Ana Lopez")
    res = handover.hand_over(desk.uow, desk.ana, oid, id_check=idc, selection={1: D(1)}, now=at(5))
    assert res.status == "partially_collected" and res.collected == {1: D(1)}
    assert (on_hand(desk, 1), reserved(desk, 1)) == (9000, 0)
    assert (on_hand(desk, 2), reserved(desk, 2)) == (10000, 0)  # the brioche goes back on the shelf
    ev = outbox(desk, "pickup_status")[-1]
    assert ev["status"] == "collected"  # with lines: the hub cancels what was not taken
    assert ev["id_check"] == {"method": "id", "document": "passport", "reference": "4821", "name": "Ana Lopez"}
    assert [ln["collected"] for ln in ev["lines"]] == ["1", "0"]
    with pytest.raises(dp.PickupError, match="last 2 to 4"):
        dp.IdCheck("passport", "123456789", "Ana Lopez")


def test_pay_at_pickup_makes_one_sale_with_receipt_and_stock_goes_down_once(desk, tmp_path):
    oid = picked_ready(desk, payment="pay_at_pickup")
    assert handover.handover_total(desk.uow, oid) == D("10.27")
    with pytest.raises(PaymentError, match="Take the payment first"):
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX")
    assert desk.count("sales") == 0 and reserved(desk, 1) == 2000  # refused: nothing written
    before = desk.counts()
    res = handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[Tender("cash", D("20.00"))])
    assert res.receipt_no == "PAR01-T1-000001" and res.total == D("10.27") and res.change == D("9.73")
    after = desk.counts()
    assert after["sales"] - before["sales"] == 1 and after["sale_payments"] - before["sale_payments"] == 1
    assert after["journal"] - before["journal"] == 2  # the sale, and the handover
    moves = q(
        desk,
        "SELECT product_id, quantity_milli, reason FROM stock_movements WHERE doc_ref IN (?, ?) ORDER BY product_id",
        "W-1001",
        res.receipt_no,
    )
    assert moves == [(1, -2000, "sale"), (2, -1000, "sale")]  # once, through the sale
    assert (on_hand(desk, 1), reserved(desk, 1)) == (8000, 0)
    sale = outbox(desk, "sale")[-1]
    assert sale["receipt_no"] == res.receipt_no and sale["total_minor"] == 1027
    assert sale["payments"] == [{"kind": "cash", "amount_minor": 2000, "reference": ""}]
    assert outbox(desk, "pickup_status")[-1]["receipt_no"] == res.receipt_no
    paths = slips.print_handover(desk.uow, tmp_path, oid)
    from pypdf import PdfReader

    text = PdfReader(str(paths[0])).pages[0].extract_text()
    assert "Ana Lopez" in text and "W-1001" in text and res.receipt_no in text
    assert res.receipt_no in PdfReader(str(paths[1])).pages[0].extract_text()


def test_pay_at_pickup_needs_an_open_shift_when_the_store_says_so(desk):
    desk.set_setting("sales_need_shift", "1")
    oid = picked_ready(desk, payment="pay_at_pickup")
    from storedesk.domain.errors import ShiftError

    with pytest.raises(ShiftError):
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[Tender("cash", D("10.27"))])
    shift.open_shift(desk.uow, desk.user("max"), {"50": 1})
    res = handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[Tender("card", D("10.27"), "A1")])
    assert res.status == "collected"


# ---- no-show and central changes -------------------------------------------------------------
def test_ready_too_long_is_expired_and_return_to_shelf_releases(desk):
    oid = picked_ready(desk)
    assert queues.queue(desk.uow, "return", now=at(days=6))[:1] == []
    with pytest.raises(dp.PickupError, match="not expired yet"):
        shelf.return_to_shelf(desk.uow, desk.ana, oid, now=at(days=6))
    late = at(2, days=7)
    rows = queues.queue(desk.uow, "return", now=late)
    assert [r.label for r in rows] == ["Expired — return to shelf"]
    assert queues.queue(desk.uow, "ready", now=late) == []
    assert queues.counts(desk.uow, now=late).to_return == 1
    view = shelf.return_to_shelf(desk.uow, desk.ana, oid, now=late)
    assert view.status == "expired" and view.held == {}
    assert (on_hand(desk, 1), reserved(desk, 1)) == (10000, 0)
    assert outbox(desk, "pickup_status")[-1]["status"] == "expired"
    desk.set_setting("pickup_hold_days", "2")
    oid2 = picked_ready(desk, "W-1002", order_id="ord-W-1002")
    assert [r.number for r in queues.queue(desk.uow, "return", now=at(3, days=2))] == ["W-1002"]
    assert oid2


def test_cancelled_after_ready_stops_handover_and_asks_for_return_to_shelf(desk):
    oid = picked_ready(desk)
    receive(
        desk,
        {"order_id": oid, "status": "cancelled", "at": at(3), "by": "customer", "reason": "changed mind", "version": 5},
        kind="order_status",
    )
    with pytest.raises(dp.OrderCancelled, match="was cancelled"):
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX")
    rows = queues.queue(desk.uow, "return")
    assert [r.label for r in rows] == ["Cancelled — return to shelf"]
    shelf.return_to_shelf(desk.uow, desk.ana, oid)
    assert reserved(desk, 1) == 0 and queues.queue(desk.uow, "return") == []
    # an older status arriving late changes nothing
    receive(
        desk,
        {"order_id": oid, "status": "cancelled", "at": at(3), "by": "x", "reason": "", "version": 4},
        kind="order_status",
    )
    assert queues.order(desk.uow, oid).status == "cancelled"


def test_cancellation_arriving_while_the_clerk_hands_over(desk):
    """The puller (its own connection, as on the sync thread) applies a cancellation while the
    clerk is typing the code; the handover's transaction re-reads the status and refuses."""
    from storedesk.adapters.db import open_database
    from storedesk.adapters.uow import UnitOfWork

    oid = picked_ready(desk)
    view = queues.order(desk.uow, oid)
    assert view.status == "ready"  # what the clerk sees on screen
    engine = open_database(desk.data_dir)
    sync_uow = UnitOfWork(engine)
    feed = FakeFeed()
    feed.items = list(desk.feed.items)
    feed.add(
        "order_status",
        {"order_id": oid, "status": "cancelled", "at": at(3), "by": "web", "reason": "online", "version": 9},
    )
    with sync_uow.read() as tx:
        tx.sync_state  # noqa: B018 (the puller's connection is open)
    t = threading.Thread(target=pull, args=(sync_uow, feed))
    t.start()
    t.join(10)
    sync_uow.close()
    engine.dispose()
    with pytest.raises(dp.OrderCancelled, match="Order W-1001 was cancelled"):
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX")
    assert on_hand(desk, 1) == 10000 and reserved(desk, 1) == 2000
    assert outbox(desk, "pickup_status")[-1]["status"] == "ready"


def test_cancellation_after_the_handover_keeps_it_collected(desk):
    oid = picked_ready(desk)
    handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX")
    receive(
        desk,
        {"order_id": oid, "status": "cancelled", "at": at(3), "by": "web", "reason": "late", "version": 7},
        kind="order_status",
    )
    view = queues.order(desk.uow, oid)
    assert view.status == "collected" and "after the handover" in view.history[-1][4]


# ---- search and ledger ----------------------------------------------------------------------
def test_search_by_number_code_name_phone_email(desk):
    receive(
        desk,
        order_item("W-1001"),
        order_item(
            "W-1002",
            order_id="ord-2",
            name="Bruno Müller",
            phone="06 98 76 54 32",
            email="bruno@shop.example",
            code="ZZ99AA",
        ),
    )
    s = lambda t: [r.number for r in queues.search(desk.uow, t)]  # noqa: E731
    assert s("W-1002") == ["W-1002"]
    assert s("zz99aa") == ["W-1002"] and s("ZZ-99-AA") == ["W-1002"]
    assert s("https://shop.example/pickup/K7P2QX") == ["W-1001"]
    assert s("muller") == ["W-1002"] and s("ana lop") == ["W-1001"]
    assert s("0698765432") == ["W-1002"] and s("54 32") == ["W-1002"]
    assert s("bruno@shop.example") == ["W-1002"]
    assert s("nobody") == [] and s("") == []


def test_reservation_ledger_sums_match_the_balance_and_rows_are_permanent(desk):
    a = picked_ready(desk, "W-1")
    picked_ready(desk, "W-2")
    handover.hand_over(desk.uow, desk.ana, a, code="K7P2QX")
    for pid in (1, 2):
        total = q(desk, "SELECT coalesce(sum(quantity_milli), 0) FROM stock_reservations WHERE product_id = ?", pid)
        assert total[0][0] == reserved(desk, pid)
    assert reserved(desk, 1) == 2000 and on_hand(desk, 1) == 8000  # available = 6
    kinds = q(desk, "SELECT kind, count(*) FROM stock_reservations GROUP BY kind ORDER BY kind")
    assert kinds == [("release", 2), ("reserve", 4)]
    con = desk.raw()
    with pytest.raises(sqlite3.DatabaseError, match="permanent"):
        con.execute("UPDATE stock_reservations SET quantity_milli = 1")
    with pytest.raises(sqlite3.DatabaseError, match="permanent"):
        con.execute("DELETE FROM stock_reservations")
    with pytest.raises(sqlite3.DatabaseError, match="permanent"):
        con.execute("DELETE FROM pickup_history")
    con.close()


def test_pick_list_pdf_names_order_customer_and_lines(desk, tmp_path):
    receive(desk, order_item())
    picking.accept(desk.uow, desk.ana, "ord-W-1001")
    path = slips.print_pick_list(desk.uow, tmp_path, "ord-W-1001")
    from pypdf import PdfReader

    text = PdfReader(str(path)).pages[0].extract_text()
    for expected in ("W-1001", "Ana Lopez", "SKU0000001", "Test Apples 1 kg", "Test Brioche", "Paid online"):
        assert expected in text


def test_newer_version_from_the_hub_updates_the_order_and_keeps_the_desk_s_work(desk):
    """The hub cancels rejected quantities and sends the order again (next version, smaller
    quantities, lines fully cancelled left out); an older or equal version changes nothing."""
    receive(desk, order_item())
    oid = "ord-W-1001"
    picking.accept(desk.uow, desk.ana, oid)
    picking.pick(desk.uow, desk.ana, oid, desk.barcode(1))
    picking.reject(desk.uow, desk.ana, oid, 1, D(1), "damaged")
    newer = order_item(
        version=3,
        status="picking",
        lines=[("SKU0000001", "Test Apples 1 kg", "1", 249), ("SKU0000002", "Test Brioche", "1", 529)],
    )
    newer["total_minor"] = 778
    newer["ordered"] = "additive fields are ignored"
    receive(desk, newer)
    view = queues.order(desk.uow, oid)
    assert view.order.version == 3 and view.order.total_minor == 778 and view.status == "picking"
    assert [(ln.quantity, ln.picked, ln.rejected) for ln in view.lines] == [(2, 1, 1), (1, 0, 0)]
    stale = order_item(version=2, name="Someone Else")
    receive(desk, stale)
    assert queues.order(desk.uow, oid).order.customer_name == "Ana Lopez"


def test_rerouted_away_is_a_cancellation_here(desk):
    receive(desk, order_item())
    oid = "ord-W-1001"
    picking.accept(desk.uow, desk.ana, oid)
    receive(
        desk,
        {
            "order_id": oid,
            "number": "W-1001",
            "status": "cancelled",
            "at": at(2),
            "by": "hub",
            "reason": "re-routed to LYO01: line 1 1 out_of_stock",
            "version": 4,
            "store": "PAR01",
            "rerouted_to": "LYO01",
        },
        kind="order_status",
    )
    view = queues.order(desk.uow, oid)
    assert view.status == "cancelled" and "re-routed" in view.order.status_reason
    with pytest.raises(dp.OrderCancelled):
        picking.pick(desk.uow, desk.ana, oid, desk.barcode(1))
    assert queues.queue(desk.uow, "return") == []  # never made ready: nothing set aside
    # another station's progress comes back as an echo: it is recorded, nothing else changes
    receive(desk, order_item("W-1002", order_id="ord-2"))
    receive(
        desk,
        {"order_id": "ord-2", "status": "accepted", "at": at(2), "by": "station PAR01/T2", "reason": "", "version": 2},
        kind="order_status",
    )
    assert queues.order(desk.uow, "ord-2").status == "routed"
    assert queues.order(desk.uow, "ord-2").order.version == 2
    assert queues.order(desk.uow, "ord-2").history[-1][:4] == ("accepted", at(2), "station PAR01/T2", "hub")


def test_check_with_hub_is_quiet_when_not_registered_or_offline(desk):
    oid = picked_ready(desk)
    assert hub_check.check_with_hub(desk.uow, oid) is None  # no hub set up
    from storedesk.services import sync

    sync.register(desk.uow, "http://127.0.0.1:9", "x" * 32)  # nothing listens there
    assert hub_check.check_with_hub(desk.uow, oid, timeout=0.5) is None
    with desk.uow.write() as tx:
        tx.sync_state.set("last_error_at", at(5))
    assert hub_check.check_with_hub(desk.uow, oid) is None  # known offline: not even tried
    assert handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX").status == "collected"


def test_expired_by_the_hub_while_on_the_shelf_is_listed_to_return(desk):
    oid = picked_ready(desk)
    receive(
        desk,
        {"order_id": oid, "status": "expired", "at": at(days=7), "by": "hub", "reason": "not collected", "version": 6},
        kind="order_status",
    )
    rows = queues.queue(desk.uow, "return")
    assert [(r.number, r.label) for r in rows] == [("W-1001", "Expired — return to shelf")]
    assert queues.counts(desk.uow).to_return == 1
    with pytest.raises(dp.OrderCancelled, match="expired"):
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX")
    events = len(outbox(desk, "pickup_status"))
    shelf.return_to_shelf(desk.uow, desk.ana, oid)
    assert len(outbox(desk, "pickup_status")) == events  # the hub decided it: nothing to tell it
    assert reserved(desk, 1) == 0 and queues.counts(desk.uow).to_return == 0
    with pytest.raises(dp.PickupError, match="nothing set aside"):
        shelf.return_to_shelf(desk.uow, desk.ana, oid)
