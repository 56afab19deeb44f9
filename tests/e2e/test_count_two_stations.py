"""Real processes: a hub (uvicorn) and two stations of PAR01 on their own SQLite files scan
the SAME stock count (issue 7).

T1 starts a count and syncs; T2 pulls it and scans some products, T1 scans others (one product
on both); after both sync, T1's variance holds every scan exactly once; T1 approves (the
corrections are posted once, on T1); T2 learns the count is closed and refuses further scans
with a clear message; on-hand converges on both stations.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from tests.helpers.stations import query, synced

from storedesk.domain.stock_ops import StockError
from storedesk.services import auth
from storedesk.services.stock import counts


def on_hand(st, pid):
    return query(st, "SELECT coalesce(sum(on_hand_milli), 0) FROM stock_balances WHERE product_id = ?", (pid,))[0][0]


def test_a_count_scanned_on_two_stations_through_a_real_hub(hub, make_station):
    t1 = make_station(hub, "T1")
    t2 = make_station(hub, "T2")
    mx = auth.login(t1.uow, "max", "9876")
    with t1.uow.read() as tx:
        skus = {pid: tx.catalog.by_id(pid).sku for pid in (4, 5, 6)}
    assert query(t2, "SELECT id, sku FROM products WHERE id IN (4, 5, 6) ORDER BY id") == sorted(skus.items())
    before = {pid: on_hand(t1, pid) for pid in skus}
    assert before == {pid: on_hand(t2, pid) for pid in skus}

    c = counts.start_count(t1.uow, t1.ana, "cycle", note="aisle 3")
    synced(t1)
    synced(t2)
    [seen] = counts.counts(t2.uow)
    assert (seen.id, seen.doc_no, seen.origin, seen.status) == (c.id, c.doc_no, "T1", "open")

    # T2 scans products 4 and 5, T1 scans 5 and 6: product 5 is counted on both
    counts.count_scan(t2.uow, t2.ana, c.id, skus[4], "3")
    counts.count_scan(t2.uow, t2.ana, c.id, skus[5], "2")
    counts.count_scan(t1.uow, t1.ana, c.id, skus[5], "1")
    counts.count_scan(t1.uow, t1.ana, c.id, skus[6], "4")
    for st in (t2, t1, t2, t1):
        synced(st)
    for st in (t1, t2):
        assert query(st, "SELECT kind, status FROM outbox WHERE kind LIKE 'count_%' AND status <> 'sent'") == []
        assert query(
            st, "SELECT station_code, count(*) FROM count_scan_log WHERE count_id = ? GROUP BY station_code", (c.id,)
        ) == [("T1", 2), ("T2", 2)]

    rep = counts.variance_report(t1.uow, mx, c.id)
    counted = {ln.product_id: (ln.counted_milli, ln.snapshot_milli) for ln in rep.lines}
    assert counted == {4: (3000, before[4]), 5: (3000, before[5]), 6: (4000, before[6])}
    with pytest.raises(StockError, match="started on station T1: approve it there"):
        counts.approve_count(t2.uow, auth.login(t2.uow, "max", "9876"), c.id)

    posted = counts.approve_count(t1.uow, mx, c.id)
    assert posted.lines == 3
    assert {pid: on_hand(t1, pid) for pid in skus} == {4: 3000, 5: 3000, 6: 4000}
    synced(t1)
    synced(t2)

    # T2 knows the count is closed: no more scans, with a clear message
    assert counts.counts(t2.uow) == []
    [closed] = [i for i in counts.counts(t2.uow, None) if i.id == c.id]
    assert closed.status == "approved"
    with pytest.raises(StockError, match=rf"Count {c.doc_no} is approved on station T1: no more scans"):
        counts.count_scan(t2.uow, t2.ana, c.id, skus[4])

    # the corrections were posted once (on T1) and reached T2: on-hand converges
    assert {pid: on_hand(t2, pid) for pid in skus} == {4: 3000, 5: 3000, 6: 4000}
    moves = "SELECT id, product_id, quantity_milli FROM stock_movements WHERE doc_ref = ? ORDER BY id"
    assert query(t1, moves, (c.doc_no,)) == query(t2, moves, (c.doc_no,))
    assert len(query(t1, moves, (c.doc_no,))) == sum(
        1 for pid in skus if before[pid] != {4: 3000, 5: 3000, 6: 4000}[pid]
    )
    assert D(rep.totals.lines) == 3
