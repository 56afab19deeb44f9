"""Store stock flows on a real station file: receiving, adjustments, counts (with sales made
during the count, on another connection and thread), transfers, feed items, lists, export."""

from __future__ import annotations

import json
import threading
from decimal import Decimal as D

import pytest
from tests.helpers.stations import on_hand, query

from storedesk.adapters.db import open_database
from storedesk.adapters.uow import UnitOfWork
from storedesk.domain.errors import AuthError, PermissionDenied, UnknownBarcode
from storedesk.domain.stock_ops import StockError
from storedesk.domain.tenders import Tender
from storedesk.services import basket, sale
from storedesk.services.context import config, utcnow
from storedesk.services.stock import adjust, counts, export, feed, posting, receiving, reorder, transfer
from storedesk.sync.feed_items import BadItem


def ledger(st, pid):
    return query(st, "SELECT coalesce(sum(quantity_milli), 0) FROM stock_movements WHERE product_id = ?", (pid,))[0][0]


def sku(st, pid):
    return query(st, "SELECT sku FROM products WHERE id = ?", (pid,))[0][0]


def outbox(st, kind):
    return [json.loads(p) for (p,) in query(st, "SELECT payload FROM outbox WHERE kind = ? ORDER BY seq", (kind,))]


def sell(uow, user, code, times=1):
    for _ in range(times):
        v = basket.current(uow, user)
        v = basket.add_scan(uow, user, v.basket_id, code)
        sale.complete_sale(uow, user, v.basket_id, [Tender("cash", v.totals.total)])


# --------------------------------------------------------------------------- receiving
def test_typed_delivery_received_by_scanning_with_over_and_short(station):
    st = station
    ana = st.user("ana")
    b1, b2, b3 = st.barcode(1), st.barcode(2), st.barcode(3)
    before = {p: on_hand(st, p) for p in (1, 2, 3)}
    did = receiving.create_delivery(st.uow, ana, "DN-4711", "Acme", [(b1, "10"), (sku(st, 2), "5")])
    for _ in range(12):
        receiving.receive_scan(st.uow, ana, did, b1)
    r = receiving.receive_scan(st.uow, ana, did, b2, "3")
    assert (r.received, r.expected) == (D(3), D(5))
    extra = receiving.receive_scan(st.uow, ana, did, b3)
    assert extra.unexpected
    receiving.receive_scan(st.uow, ana, did, b1, "-1")  # one scanned twice by mistake
    with pytest.raises(UnknownBarcode):
        receiving.receive_scan(st.uow, ana, did, "4006381333931")
    d = receiving.delivery(st.uow, did)
    assert [(ln.sku, ln.expected_milli, ln.received_milli, ln.status) for ln in d.lines] == [
        (sku(st, 1), 10000, 11000, "over"),
        (sku(st, 2), 5000, 3000, "short"),
        (sku(st, 3), 0, 1000, "unexpected"),
    ]
    res = receiving.post_receiving(st.uow, ana, did)
    assert res.doc_no == "REC-PAR01-T1-000001" and res.movements == 3
    assert res.summary["over"] == 1 and res.summary["short"] == 1 and res.summary["unexpected"] == 1
    assert [on_hand(st, p) - before[p] for p in (1, 2, 3)] == [11000, 3000, 1000]
    assert all(on_hand(st, p) == ledger(st, p) for p in (1, 2, 3))
    ev = outbox(st, "receiving")[-1]
    assert ev["source"] == "typed" and ev["number"] == res.doc_no
    assert {ln["sku"]: (ln["expected"], ln["received"]) for ln in ev["lines"]}[sku(st, 2)] == ("5", "3")
    moves = outbox(st, "stock_movements")[-1]["movements"]
    assert {m["reason"] for m in moves} == {"receiving"} and len(moves) == 3
    with pytest.raises(StockError, match="already received"):
        receiving.receive_scan(st.uow, ana, did, b1)
    with pytest.raises(StockError, match="already received"):
        receiving.post_receiving(st.uow, ana, did)


def test_bad_input_changes_nothing(station):
    st = station
    ana = st.user("ana")
    with pytest.raises(StockError):
        receiving.create_delivery(st.uow, ana, "", "", [(st.barcode(1), "1")])
    with pytest.raises(StockError, match="not a quantity"):
        receiving.create_delivery(st.uow, ana, "X", "", [(st.barcode(1), "abc")])
    with pytest.raises(StockError, match="3 decimals"):
        receiving.create_delivery(st.uow, ana, "X", "", [(st.barcode(1), "1.0001")])
    assert query(st, "SELECT count(*) FROM deliveries") == [(0,)]
    did = receiving.create_delivery(st.uow, ana, "X", "", [(st.barcode(1), "1")])
    with pytest.raises(StockError, match="Nothing was scanned"):
        receiving.post_receiving(st.uow, ana, did)
    with pytest.raises(StockError, match="take back"):
        receiving.receive_scan(st.uow, ana, did, st.barcode(1), "-1")


def test_asn_feed_item_becomes_an_expected_delivery_and_closes_when_received_elsewhere(station):
    st = station
    cfg = config(st.uow)
    asn = {
        "asn_id": "a" * 32,
        "store": "PAR01",
        "number": "ASN-1",
        "supplier": "Acme",
        "expected_at": None,
        "status": "open",
        "lines": [{"sku": sku(st, 1), "quantity": "4"}, {"sku": sku(st, 2), "quantity": "2.5"}],
    }
    with st.uow.write() as tx:
        feed.apply_asn(tx, asn, cfg, utcnow())
        feed.apply_asn(tx, asn, cfg, utcnow())  # the same page twice: no change
    [d] = receiving.deliveries(st.uow)
    assert (d.source, d.reference, d.lines, d.expected) == ("asn", "ASN-1", 2, D("6.5"))
    with st.uow.write() as tx, pytest.raises(BadItem, match="unknown SKU"):
        feed.apply_asn(tx, {**asn, "asn_id": "b" * 32, "lines": [{"sku": "NOPE", "quantity": "1"}]}, cfg, utcnow())
    with st.uow.write() as tx, pytest.raises(BadItem, match="store"):
        feed.apply_asn(tx, {**asn, "store": "LYO01"}, cfg, utcnow())
    with st.uow.write() as tx:
        feed.apply_asn(tx, {"asn_id": "a" * 32, "store": "PAR01", "status": "received"}, cfg, utcnow())
    assert receiving.deliveries(st.uow) == []
    assert receiving.delivery(st.uow, "a" * 32).status == "closed_elsewhere"


def test_incoming_transfer_is_received_with_transfer_in_movements(station):
    st = station
    cfg = config(st.uow)
    ana = st.user("ana")
    tid = "c" * 32
    item = {
        "transfer_id": tid,
        "number": "TRF-LYO01-T1-000001",
        "from_store": "LYO01",
        "from_station": "T1",
        "to_store": "PAR01",
        "at": utcnow(),
        "status": "sent",
        "lines": [{"sku": sku(st, 7), "name": "x", "quantity": "3"}],
    }
    with st.uow.write() as tx:
        feed.apply_transfer(tx, item, cfg, utcnow())
    before = on_hand(st, 7)
    receiving.receive_scan(st.uow, ana, tid, st.barcode(7), "3")
    res = receiving.post_receiving(st.uow, ana, tid)
    assert on_hand(st, 7) - before == 3000
    assert query(st, "SELECT reason FROM stock_movements WHERE doc_ref = ?", (res.doc_no,)) == [("transfer_in",)]
    assert outbox(st, "receiving")[-1]["source"] == "transfer"


# --------------------------------------------------------------------------- adjustments
def test_adjustment_reasons_permissions_and_override(station):
    st = station
    ana, sam, mx = st.user("ana"), st.user("sam"), st.user("max")
    b = st.barcode(1)
    before = on_hand(st, 1)
    r = adjust.adjust(st.uow, sam, b, "2", "damaged", "dropped")
    assert r.quantity == D(-2) and r.approved_by is None and on_hand(st, 1) == before - 2000
    r = adjust.adjust(st.uow, sam, b, "1", "found")
    assert r.quantity == D(1)
    with pytest.raises(PermissionDenied):  # a clerk needs the manager for any adjustment
        adjust.adjust(st.uow, ana, b, "1", "theft")
    with pytest.raises(PermissionDenied, match="large"):  # above 10 units even a supervisor does
        adjust.adjust(st.uow, sam, b, "11", "expired")
    with pytest.raises(AuthError, match="wrong PIN"):
        adjust.adjust(st.uow, sam, b, "11", "expired", approver=("max", "0000"))
    r = adjust.adjust(st.uow, sam, b, "11", "expired", approver=("max", "9876"))
    assert r.approved_by == "max"
    assert adjust.adjust(st.uow, mx, b, "20", "own_use").approved_by is None
    with pytest.raises(StockError, match="reason"):
        adjust.adjust(st.uow, mx, b, "1", "broken")
    assert on_hand(st, 1) == before - 2000 + 1000 - 11000 - 20000 == ledger(st, 1)
    assert query(st, "SELECT action, doc_ref FROM overrides") == [("stock_adjust", "ADJ-PAR01-T1-000003")]
    assert query(st, "SELECT kind, doc_ref FROM journal WHERE kind = 'stock_override'") == [
        ("stock_override", "ADJ-PAR01-T1-000003")
    ]
    reasons = [m["reason"] for ev in outbox(st, "stock_movements") for m in ev["movements"]]
    assert reasons == ["damaged", "found", "expired", "own_use"]
    with pytest.raises(Exception, match="permanent"):
        con = st.raw()
        try:
            con.execute("UPDATE stock_adjustments SET quantity_milli = 1")
        finally:
            con.close()


# --------------------------------------------------------------------------- counts
def test_blind_count_variance_and_approval(station):
    st = station
    ana, mx = st.user("ana"), st.user("max")
    c = counts.start_count(st.uow, ana, "cycle")
    oh1, oh2 = on_hand(st, 1), on_hand(st, 2)
    for _ in range(3):
        seen = counts.count_scan(st.uow, ana, c.id, st.barcode(1))
    assert not hasattr(seen, "expected") and seen.counted == D(3)  # blind: nothing about what is expected
    counts.count_scan(st.uow, ana, c.id, st.barcode(2), str(oh2 // 1000))
    with pytest.raises(PermissionDenied):
        counts.variance_report(st.uow, ana, c.id)
    rep = counts.variance_report(st.uow, ana, c.id, approver=("max", "9876"))
    lines = {ln.product_id: ln for ln in rep.lines}
    assert lines[1].variance_milli == 3000 - oh1 and lines[2].variance_milli == 0
    assert rep.totals.lines_with_variance == 1 and rep.totals.value_minor == lines[1].variance_minor
    with pytest.raises(PermissionDenied):
        counts.approve_count(st.uow, ana, c.id)
    posted = counts.approve_count(st.uow, mx, c.id)
    assert posted.movements == 1 and on_hand(st, 1) == 3000 == ledger(st, 1) and on_hand(st, 2) == oh2
    assert query(st, "SELECT reason, doc_ref FROM stock_movements WHERE doc_ref = ?", (c.doc_no,)) == [
        ("count", c.doc_no)
    ]
    with pytest.raises(StockError, match="approved"):
        counts.count_scan(st.uow, ana, c.id, st.barcode(1))


def test_full_count_zeroes_what_nobody_counted(station):
    st = station
    mx = st.user("max")
    con = st.raw()
    con.execute("DELETE FROM stock_balances WHERE product_id > 3")  # a small store: 3 products on hand
    con.close()
    c = counts.start_count(st.uow, mx, "full")
    counts.count_scan(st.uow, mx, c.id, st.barcode(1), "2")
    rep = counts.variance_report(st.uow, mx, c.id)
    assert sorted(ln.product_id for ln in rep.lines) == [1, 2, 3]
    counts.approve_count(st.uow, mx, c.id)
    assert [on_hand(st, p) for p in (1, 2, 3)] == [2000, 0, 0]


def test_sales_during_a_count_on_another_connection_and_thread(station):
    """The counter scans on one connection while the till sells the same product on another,
    both at once. Posting leaves on-hand = counted + what moved after each snapshot."""
    st = station
    ana, mx = st.user("ana"), st.user("max")
    code = st.barcode(9)
    start = on_hand(st, 9)
    c = counts.start_count(st.uow, ana, "cycle")
    till_db = open_database(st.data_dir)
    till = UnitOfWork(till_db)
    errors = []

    def selling():
        try:
            sell(till, ana, code, times=6)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    sell(till, ana, code, times=2)  # before the first counted unit: part of the snapshot
    t = threading.Thread(target=selling)
    t.start()
    counters = [
        threading.Thread(
            target=lambda: [
                counts.count_scan(UnitOfWork(open_database(st.data_dir)), ana, c.id, code) for _ in range(5)
            ]
        )
        for _ in range(2)
    ]
    for th in counters:
        th.start()
    for th in counters:
        th.join()
    t.join()
    till.close()
    till_db.dispose()
    assert not errors
    snap_at = query(st, "SELECT snapshot_at FROM count_lines WHERE count_id = ?", (c.id,))[0][0]
    after = query(
        st,
        "SELECT coalesce(sum(quantity_milli), 0) FROM stock_movements WHERE product_id = 9 AND created_at > ?",
        (snap_at,),
    )[0][0]
    assert query(st, "SELECT counted_milli, scans FROM count_lines WHERE count_id = ?", (c.id,)) == [(10000, 10)]
    assert query(st, "SELECT count(*) FROM count_scans WHERE count_id = ?", (c.id,)) == [(10,)]
    assert on_hand(st, 9) == start - 8000
    rep = counts.variance_report(st.uow, mx, c.id)
    [ln] = rep.lines
    assert ln.snapshot_milli == start - 8000 - after and ln.moved_since_milli == after
    counts.approve_count(st.uow, mx, c.id)
    assert on_hand(st, 9) == 10000 + after == ledger(st, 9)


def test_a_sale_between_first_and_later_scans_counts_after_the_snapshot(station):
    st = station
    ana, mx = st.user("ana"), st.user("max")
    code = st.barcode(4)
    c = counts.start_count(st.uow, ana)
    counts.count_scan(st.uow, ana, c.id, code, "4")
    sell(st.uow, ana, code, times=1)  # sold from the uncounted part of the shelf
    counts.count_scan(st.uow, ana, c.id, code, "3")
    counts.approve_count(st.uow, mx, c.id)
    assert on_hand(st, 4) == 7000 - 1000  # counted 7 at the snapshot, one sold since


# --------------------------------------------------------------------------- transfers
def test_transfer_out_writes_movements_and_a_transfer_event(station):
    st = station
    sam, mx = st.user("sam"), st.user("max")
    before = on_hand(st, 1)
    with pytest.raises(PermissionDenied):
        transfer.transfer_out(st.uow, sam, "LYO01", [(st.barcode(1), "2")])
    with pytest.raises(StockError, match="another store"):
        transfer.transfer_out(st.uow, mx, "par01", [(st.barcode(1), "2")])
    r = transfer.transfer_out(st.uow, mx, "lyo01", [(st.barcode(1), "2"), (sku(st, 1), "1")])
    assert r.to_store == "LYO01" and r.lines == [
        (sku(st, 1), query(st, "SELECT name FROM products WHERE id=1")[0][0], D(3))
    ]
    assert on_hand(st, 1) == before - 3000 == ledger(st, 1)
    ev = outbox(st, "transfer")[-1]
    assert ev["to_store"] == "LYO01" and ev["lines"][0]["quantity"] == "3" and ev["number"] == r.doc_no
    assert outbox(st, "stock_movements")[-1]["movements"][0]["reason"] == "transfer_out"


# --------------------------------------------------------------------------- lists, labels, export
def test_low_and_negative_stock_lists(station):
    st = station
    sam = st.user("sam")
    reorder.set_reorder_point(st.uow, sam, st.barcode(1), str(on_hand(st, 1) // 1000), "24")
    reorder.set_reorder_point(st.uow, sam, st.barcode(2), "0", "10")
    with pytest.raises(PermissionDenied):
        reorder.set_reorder_point(st.uow, st.user("ana"), st.barcode(1), "1")
    low = reorder.low_stock(st.uow)
    assert [r.product_id for r in low] == [1] and low[0].suggested == D(24)
    sell(st.uow, sam, st.barcode(3), times=on_hand(st, 3) // 1000 + 2)
    neg = reorder.negative_stock(st.uow)
    assert [(r.product_id, r.on_hand) for r in neg] == [(3, D(-2))]


def test_price_changes_are_recorded_for_labels(station):
    st = station
    con = st.raw()
    con.execute("UPDATE products SET price_minor = price_minor + 10 WHERE id IN (1, 2)")
    con.execute("UPDATE products SET name = 'Renamed' WHERE id = 3")  # not a price change
    con.close()
    rows = query(st, "SELECT product_id, new_price_minor - old_price_minor, printed_at FROM price_changes ORDER BY id")
    assert rows == [(1, 10, None), (2, 10, None)]


def test_export_rows_value(station):
    st = station
    rows = list(export.export_rows(st.uow))
    first = [r for r in rows if r[0] == sku(st, 1)][0]
    price = query(st, "SELECT price_minor FROM products WHERE id = 1")[0][0]
    assert first[3] == D(on_hand(st, 1)) / 1000 and first[5] == D(on_hand(st, 1) // 1000 * price) / 100


def test_a_full_count_of_the_whole_store_sends_its_corrections_in_small_events(station):
    st = station
    mx = st.user("max")
    n = query(st, "SELECT count(*) FROM stock_balances WHERE on_hand_milli <> 0")[0][0]
    c = counts.start_count(st.uow, mx, "full")
    counts.count_scan(st.uow, mx, c.id, st.barcode(1), "1")
    posted = counts.approve_count(st.uow, mx, c.id)
    assert posted.movements == n
    sizes = [len(ev["movements"]) for ev in outbox(st, "stock_movements")]
    assert sum(sizes) == n and max(sizes) <= posting.EVENT_CHUNK and len(sizes) == -(-n // posting.EVENT_CHUNK)
    assert query(st, "SELECT count(*) FROM stock_balances WHERE on_hand_milli <> 0") == [(1,)]


def test_a_price_change_from_the_hub_feed_is_recorded_for_labels(station):
    """Through the puller's own product path (untouched): the s0006 trigger records it."""
    from storedesk.sync import puller

    st = station
    cfg = config(st.uow)
    con = st.raw()
    sku1, name, tax, barcode = con.execute(
        "SELECT p.sku, p.name, p.tax_code, b.code FROM products p JOIN barcodes b ON b.product_id = p.id WHERE p.id = 1"
    ).fetchone()
    con.close()
    with st.uow.write() as tx:
        rates = tx.catalog.tax_rates()
        item = {
            "kind": "product",
            "data": {
                "sku": sku1,
                "name": name,
                "barcodes": [barcode],
                "price_minor": 777,
                "currency": "EUR",
                "tax_code": tax,
                "tax_rate": str(rates[tax]),
                "category": "",
                "active": True,
            },
        }
        puller._apply(tx, item, cfg, utcnow())
        puller._apply(tx, item, cfg, utcnow())  # the same price again: no new change
    assert query(st, "SELECT product_id, new_price_minor FROM price_changes") == [(1, 777)]
