"""Restoring a backup with a real hub process (issue 12, item 3; DESIGN rule 11).

The repro of the issue: sell 1, `storedesk backup`, sell 2, sync, restore the backup, sell 2,
sync. Before the fix the two new sales reused receipts 000002-000003: the hub rejected them but
kept their stock movements, and `storedesk sync --once` still exited 0. Now the restore brings
back from the hub what the backup lacks and moves every counter past the hub's, and the
station refuses to sell until it has.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal as D

import pytest

from storedesk.adapters.db import open_database
from storedesk.adapters.demo_catalog import gtin_for
from storedesk.adapters.uow import UnitOfWork
from storedesk.cli import main as station_cli
from storedesk.domain.tenders import Tender
from storedesk.services import auth, basket, journal, sale, shift, sync
from storedesk.services.restore.pending import RestorePending
from storedesk.services.stock import ledger

from .test_sync_faults import hub_sales

SKUS = {1: "SKU0000001", 2: "SKU0000002", 3: "SKU0000003"}


class Till:
    """The station's database opened as the app would (closed again before a restore)."""

    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.db = open_database(data_dir)
        self.uow = UnitOfWork(self.db)
        self.ana = auth.login(self.uow, "ana", "1234")
        self.max = auth.login(self.uow, "max", "9876")

    def sell(self, *products: int):
        view = basket.current(self.uow, self.ana)
        for n in products:
            view = basket.add_scan(self.uow, self.ana, view.basket_id, gtin_for(n))
        return sale.complete_sale(self.uow, self.ana, view.basket_id, [Tender("cash", view.totals.total + D(5))])

    def on_hand(self, sku: str) -> D:
        with self.uow.read() as tx:
            pid = tx.feed.product_id(sku)
        return ledger.on_hand(self.uow, pid)

    def close(self):
        self.uow.close()
        self.db.dispose()


def rows(folder, sql, params=()):
    con = sqlite3.connect(folder / "storedesk.db")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = station_cli([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def hub_on_hand(hub, sku: str) -> D:
    stores = {s["store"]: s for s in hub.get("/v1/stock", sku=sku)["stores"]}
    return D(stores["PAR01"]["on_hand"]) if "PAR01" in stores else D(0)


def test_the_issue_repro_restore_catches_up_and_nothing_is_lost_or_reused(hub, make_station, tmp_path, capsys):
    st = make_station(hub, "T1")
    folder = st.data_dir
    st.close()
    till = Till(folder)
    opening = {sku: till.on_hand(sku) for sku in SKUS.values()}
    sold = [till.sell(1, 2)]
    assert sync.sync_once(till.uow).error is None
    backup = tmp_path / "backup.db"
    assert cli(capsys, "backup", "--out", backup, "--data-dir", folder)[0] == 0

    # after the backup: a shift with two sales and its Z, all synced (then the disk dies)
    shift.open_shift(till.uow, till.max, {"20": 1})
    sold += [till.sell(2, 3), till.sell(3)]
    z = shift.close_shift(till.uow, till.max, {"20": 1, "10": 1}, data_dir=folder)
    assert sync.sync_once(till.uow).waiting == 0
    lost_journal = rows(
        folder, "SELECT kind, doc_ref, payload FROM journal WHERE kind IN ('sale', 'shift_close') ORDER BY seq"
    )
    till.close()

    code, out, err = cli(capsys, "restore", "--from", backup, "--data-dir", folder)
    assert code == 0, err
    assert "caught up from the hub" in out and "journal entries" in out
    kept = [p for p in folder.iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and (kept[0] / "storedesk.db").exists()  # the replaced files are kept aside

    till = Till(folder)
    # every document the backup lacked is back: receipts 2 and 3 reprint, Z 1 is there, stock is right
    receipts = [r[0] for r in rows(folder, "SELECT receipt_no FROM sales ORDER BY number")]
    assert receipts == [s.receipt_no for s in sold] == [f"PAR01-T1-{n:06d}" for n in (1, 2, 3)]
    with till.uow.read() as tx:
        again = tx.sales.get(tx.sales.by_receipt("PAR01-T1-000002"))
    assert [ln[2] for ln in again.lines] == [SKUS[2], SKUS[3]] and again.head.total_minor == int(sold[1].total * 100)
    assert rows(folder, "SELECT number, sales_count, grand_total_minor FROM z_reports") == [
        (z.z_no, z.report.sales_count, int(z.report.grand_total * 100))
    ]  # Z 1 also counted sale 1 (no shift)
    assert rows(folder, "SELECT z_no FROM sales ORDER BY number") == [(1,), (1,), (1,)]
    assert rows(folder, "SELECT status FROM shifts") == [("closed",)]
    assert (
        rows(folder, "SELECT kind, doc_ref, payload FROM journal WHERE kind IN ('sale', 'shift_close') ORDER BY seq")
        == lost_journal
    )  # the same texts, in the same order
    assert journal.verify(till.uow).ok
    assert rows(folder, "SELECT count(*) FROM outbox WHERE status = 'pending'") == [(0,)]  # nothing sent twice

    # the next sales continue the numbering past the hub's, and the hub accepts them
    sold += [till.sell(1), till.sell(2, 2)]
    assert [s.receipt_no for s in sold[3:]] == ["PAR01-T1-000004", "PAR01-T1-000005"]
    till.close()
    code, out, err = cli(capsys, "sync", "--once", "--data-dir", folder)
    assert code == 0, (out, err)
    assert "rejected 0" in out
    till = Till(folder)
    totals = hub_sales(hub)
    assert totals["sales_count"] == 5
    assert totals["gross_minor"] == sum(int(s.total * 100) for s in sold)
    qty = {SKUS[1]: 2, SKUS[2]: 4, SKUS[3]: 2}  # sold over the five sales
    for sku, n in qty.items():
        assert hub_on_hand(hub, sku) == -n  # hub stock and hub sales agree (the opening stock is local)
        assert till.on_hand(sku) == opening[sku] - n  # and the station's ledger too
    assert cli(capsys, "journal", "verify", "--data-dir", folder)[0] == 0
    # the restore is journaled with what it brought back
    (restore_entry,) = [json.loads(p) for (p,) in rows(folder, "SELECT payload FROM journal WHERE kind = 'restore'")]
    assert restore_entry["recovered_entries"] == 3 and restore_entry["counters"]["receipt:T1"] == 3
    till.close()


def test_a_restored_station_refuses_to_sell_until_it_caught_up(hub, make_station, tmp_path, capsys):
    st = make_station(hub, "T1")
    folder = st.data_dir
    st.close()
    till = Till(folder)
    till.sell(1)
    backup = tmp_path / "backup.db"
    assert cli(capsys, "backup", "--out", backup, "--data-dir", folder)[0] == 0
    till.sell(2)
    till.sell(3)
    assert sync.sync_once(till.uow).waiting == 0
    till.close()

    hub.stop()  # the hub is out of reach while the backup is put back
    code, out, err = cli(capsys, "restore", "--from", backup, "--data-dir", folder)
    assert code == 3 and "storedesk restore --resume" in err
    till = Till(folder)
    with pytest.raises(RestorePending, match="storedesk restore --resume"):
        till.sell(1)
    with pytest.raises(RestorePending):
        shift.open_shift(till.uow, till.max, {"20": 1})
    assert rows(folder, "SELECT count(*) FROM sales") == [(1,)]  # nothing was written
    till.close()

    hub.start()
    code, out, err = cli(capsys, "restore", "--resume", "--data-dir", folder)
    assert code == 0, err
    till = Till(folder)
    assert till.sell(1).receipt_no == "PAR01-T1-000004"
    till.close()
    assert cli(capsys, "restore", "--resume", "--data-dir", folder)[1].startswith("no restore is waiting")


def test_sync_exits_4_while_any_event_is_rejected(hub, make_station, capsys):
    st = make_station(hub, "T1")
    view = basket.current(st.uow, st.ana)
    view = basket.add_scan(st.uow, st.ana, view.basket_id, gtin_for(1))
    sale.complete_sale(st.uow, st.ana, view.basket_id, [Tender("cash", D(10))])
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    payload = json.loads(con.execute("SELECT payload FROM outbox WHERE kind = 'sale'").fetchone()[0])
    payload["total_minor"] += 1  # a sale that does not add up: the hub rejects it
    payload["receipt_no"] = "PAR01-T1-999999"
    con.execute(
        "INSERT INTO outbox(id, kind, payload, created_at) VALUES (?, 'sale', ?, ?)",
        ("badbadbadbadbadbadbadbadbadbad00", json.dumps(payload), "2026-01-01T00:00:00+00:00"),
    )
    con.commit()
    con.close()
    code, out, err = cli(capsys, "sync", "--once", "--data-dir", st.data_dir)
    assert code == 4, (out, err)
    assert "rejected 1" in out and "rejected 1 events" in err
    code, out, err = cli(capsys, "sync", "--once", "--data-dir", st.data_dir)  # nothing new: still a fault
    assert code == 4 and "rejected 0" in out
    code, out, _err = cli(capsys, "sync", "--help")
    assert code == 0 and "4 when the hub rejected an event" in " ".join(out.split())  # documented
