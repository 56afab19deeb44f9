"""A count scanned from two stations of one store (issue 7), on real station files, with the
hub's relay simulated by applying each outbox event as the feed item of the same name (the
e2e test tests/e2e/test_count_two_stations.py does it through a real hub).

Scans are merged by their global id (applying the same scan twice changes nothing), a line's
snapshot is at the EARLIEST first-scan time across stations, only the station that started
the count approves it, and a scan that reaches it after the posting is kept as late, never
posted."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from tests.conftest import Station, copy_station_files
from tests.helpers.stations import on_hand, query

from storedesk.domain.stock_ops import StockError
from storedesk.domain.tenders import Tender
from storedesk.hub.stock import counts as hub_counts
from storedesk.hub.validation import Invalid, StoreFacts
from storedesk.services import basket, sale
from storedesk.services.context import config, utcnow
from storedesk.services.stock import counts, feed
from storedesk.sync.feed_items import BadItem
from storedesk.sync.wire import EVENT_KINDS, FEED_KINDS

KINDS = ("count_started", "count_scans", "count_closed")


def sell(st, user, code):
    v = basket.current(st.uow, user)
    v = basket.add_scan(st.uow, user, v.basket_id, code)
    sale.complete_sale(st.uow, user, v.basket_id, [Tender("cash", v.totals.total)])


def events(st, after=0):
    marks = ",".join("?" * len(KINDS))
    return [
        (seq, kind, json.loads(p))
        for seq, kind, p in query(
            st,
            f"SELECT seq, kind, payload FROM outbox WHERE kind IN ({marks}) AND seq > ? ORDER BY seq",
            (*KINDS, after),
        )
    ]


def relay(src, dst, after=0) -> int:
    """Apply src's count events at dst as the hub's feed would (each item in its own transaction)."""
    cfg = config(dst.uow)
    last = after
    for seq, kind, payload in events(src, after):
        with dst.uow.write() as tx:
            getattr(feed, f"apply_{kind}")(tx, payload, cfg, utcnow())
        last = seq
    return last


@pytest.fixture
def t2(demo_template, tmp_path):
    data_dir = tmp_path / "station-t2"
    copy_station_files(demo_template, data_dir)
    st = Station(data_dir)
    st.set_setting("station_code", "T2")
    yield st
    st.close()


def test_kinds_are_on_the_wire():
    assert set(KINDS) <= set(EVENT_KINDS) and set(KINDS) <= set(FEED_KINDS)


def test_scans_of_two_stations_merge_once_at_the_earliest_first_scan(station, t2):
    t1 = station
    assert config(t1.uow).station_code != config(t2.uow).station_code
    ana1, mx1, ana2 = t1.user("ana"), t1.user("max"), t2.user("ana")
    code4, code5 = t1.barcode(4), t1.barcode(5)
    before4, before5 = on_hand(t1, 4), on_hand(t1, 5)
    assert (on_hand(t2, 4), on_hand(t2, 5)) == (before4, before5)

    c = counts.start_count(t1.uow, ana1, "cycle")
    relay(t1, t2)
    [c2] = counts.counts(t2.uow)
    assert (c2.id, c2.doc_no, c2.origin, c2.status) == (c.id, c.doc_no, config(t1.uow).station_code, "open")

    counts.count_scan(t2.uow, ana2, c.id, code4, "5")  # T2 counts product 4 first ...
    sell(t1, ana1, code4)  # ... then T1 sells one: it was on the shelf T2 already counted
    counts.count_scan(t1.uow, ana1, c.id, code4, "2")  # T1 counts the rest of product 4
    counts.count_scan(t1.uow, ana1, c.id, code5, "3")
    counts.count_scan(t2.uow, ana2, c.id, code5, "1")
    t2_scan_at = query(t2, "SELECT counted_at FROM count_scan_log WHERE count_id = ? ORDER BY counted_at", (c.id,))[0][
        0
    ]

    # every event twice: the same scans change nothing the second time
    relay(t2, t1)
    relay(t2, t1)
    relay(t1, t2)
    relay(t1, t2)
    for st in (t1, t2):
        assert query(st, "SELECT count(*), sum(quantity_milli) FROM count_scan_log WHERE count_id = ?", (c.id,)) == [
            (4, 11000)
        ]
        assert query(
            st,
            "SELECT product_id, counted_milli, scans FROM count_lines WHERE count_id = ? ORDER BY product_id",
            (c.id,),
        ) == [(4, 7000, 2), (5, 4000, 2)]
    assert query(t1, "SELECT snapshot_at FROM count_lines WHERE count_id = ? AND product_id = 4", (c.id,)) == [
        (t2_scan_at,)
    ]

    rep = counts.variance_report(t1.uow, mx1, c.id)
    lines = {ln.product_id: ln for ln in rep.lines}
    assert (lines[4].snapshot_milli, lines[4].counted_milli, lines[4].moved_since_milli) == (before4, 7000, -1000)
    assert (lines[5].snapshot_milli, lines[5].counted_milli) == (before5, 4000)
    assert rep.late_scans == []

    with pytest.raises(StockError, match="approve it there"):
        counts.approve_count(t2.uow, t2.user("max"), c.id)
    with pytest.raises(StockError, match="cancel it there"):
        counts.cancel_count(t2.uow, t2.user("max"), c.id)

    counts.approve_count(t1.uow, mx1, c.id)
    assert on_hand(t1, 4) == 7000 - 1000  # counted at the earliest snapshot, one sold since
    assert on_hand(t1, 5) == 4000

    # T2 has not heard of the close yet: a scan there is still taken, and reaches T1 late
    seen = len(events(t2))
    counts.count_scan(t2.uow, ana2, c.id, code5, "1")
    relay(t2, t1, after=events(t2)[seen - 1][0])
    assert query(t1, "SELECT counted_milli, scans FROM count_lines WHERE count_id = ? AND product_id = 5", (c.id,)) == [
        (4000, 2)
    ]
    assert on_hand(t1, 5) == 4000  # kept, never posted
    rep = counts.variance_report(t1.uow, mx1, c.id)
    assert [(s.sku, s.quantity, s.station) for s in rep.late_scans] == [
        (t1.raw().execute("SELECT sku FROM products WHERE id = 5").fetchone()[0], D(1), "T2")
    ]
    [info] = [i for i in counts.counts(t1.uow, None) if i.id == c.id]
    assert (info.status, info.late) == ("approved", 1)

    # T2 learns of the close: scans are refused with a clear message
    relay(t1, t2)
    [i2] = [i for i in counts.counts(t2.uow, None) if i.id == c.id]
    assert i2.status == "approved" and counts.counts(t2.uow) == []
    with pytest.raises(StockError, match=r"is approved on station T1: no more scans"):
        counts.count_scan(t2.uow, ana2, c.id, code4)
    relay(t1, t2)  # the close again: nothing changes
    assert [i.status for i in counts.counts(t2.uow, None) if i.id == c.id] == ["approved"]


def test_count_events_are_written_in_the_scan_transaction(station):
    st = station
    ana = st.user("ana")
    c = counts.start_count(st.uow, ana)
    counts.count_scan(st.uow, ana, c.id, st.barcode(1), "2")
    with pytest.raises(StockError):
        counts.count_scan(st.uow, ana, c.id, st.barcode(1), "-3")  # below zero: nothing written
    evs = events(st)
    assert [k for _, k, _ in evs] == ["count_started", "count_scans"]
    scans = evs[1][2]["scans"]
    assert len(scans) == 1 and scans[0]["quantity"] == "2" and len(scans[0]["id"]) == 32
    assert query(st, "SELECT id FROM count_scan_log") == [(scans[0]["id"],)]
    counts.cancel_count(st.uow, ana, c.id)
    assert events(st)[-1][2]["status"] == "cancelled"


def test_malformed_count_items_are_refused(station):
    st = station
    cfg = config(st.uow)
    head = {
        "store": cfg.store_code,
        "station": "T2",
        "count_id": "a" * 32,
        "doc_no": "CNT-X-T2-000001",
        "kind": "cycle",
        "note": "",
        "started_at": utcnow(),
        "origin": "T2",
        "started_by": "ana",
    }
    bad = [
        ("count_started", {**head, "store": "ZZZ99"}),
        ("count_started", {**head, "count_id": "nope"}),
        ("count_started", {**head, "kind": "weekly"}),
        ("count_scans", {**head, "scans": []}),
        (
            "count_scans",
            {**head, "scans": [{"id": "b" * 32, "sku": "NO-SUCH-SKU", "quantity": "1", "at": utcnow(), "user": "ana"}]},
        ),
        (
            "count_scans",
            {**head, "scans": [{"id": "b" * 32, "sku": "x", "quantity": "1.0001", "at": utcnow(), "user": "ana"}]},
        ),
        ("count_closed", {**head, "status": "lost", "at": utcnow(), "user": "max"}),
    ]
    for kind, data in bad:
        with pytest.raises(BadItem):
            with st.uow.write() as tx:
                getattr(feed, f"apply_{kind}")(tx, data, cfg, utcnow())
    assert query(st, "SELECT count(*) FROM counts") == [(0,)]


def test_hub_validates_count_events_strictly():
    store = StoreFacts("PAR01", "EUR", None)
    head = {
        "store": "PAR01",
        "station": "T2",
        "count_id": "a" * 32,
        "doc_no": "CNT-PAR01-T1-000001",
        "kind": "cycle",
        "started_at": "2026-11-27T10:00:00+00:00",
        "origin": "T1",
    }
    scan = {"id": "b" * 32, "sku": "SKU1", "quantity": "1", "at": "2026-11-27T10:01:00+00:00", "user": "ana"}
    cases = [
        (hub_counts.apply_count_started, {**head}, "origin"),  # T2 cannot announce T1's count
        (hub_counts.apply_count_scans, {**head, "station": "T3", "scans": [scan]}, "token"),
        (hub_counts.apply_count_scans, {**head, "scans": [scan, scan]}, "twice"),
        (hub_counts.apply_count_scans, {**head, "scans": [{**scan, "quantity": 1}]}, "quantity"),
        (hub_counts.apply_count_scans, {**head, "scans": [{**scan, "id": "B" * 32}]}, "uuid"),
        (hub_counts.apply_count_scans, {**head}, "missing scans"),
        (hub_counts.apply_count_closed, {**head, "status": "approved", "at": scan["at"], "user": "max"}, "only"),
        (
            hub_counts.apply_count_closed,
            {**head, "origin": "T2", "status": "x", "at": scan["at"], "user": "m"},
            "status",
        ),
    ]
    for fn, payload, why in cases:
        with pytest.raises(Invalid, match=why):
            fn(None, store, "T2", "e" * 32, payload, "2026-11-27T10:02:00+00:00")
