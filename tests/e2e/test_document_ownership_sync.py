"""A station's relay and the hub's ownership rule (issue 12 item 2), real processes: an event
naming another store's or station's documents is rejected alone and stays visible at the station
with the hub's reason; the events before and after it are sent, and the sync goes on.

Before, such an event drew a 403 for its whole batch: the relay kept the batch and sent it again
forever, so one bad event stopped the station's sync."""

from __future__ import annotations

import json
import sqlite3

from tests.e2e.test_sync_faults import sell
from tests.helpers.stations import paris_today

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services import sync


def _queue(st, event_id: str, kind: str, payload: dict) -> None:
    """Put an event into the station's outbox as if the station had written it."""
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    con.execute(
        "INSERT INTO outbox(id, kind, payload, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00+00:00')",
        (event_id, kind, json.dumps(payload)),
    )
    con.commit()
    con.close()


def test_an_event_naming_another_stations_documents_is_rejected_alone_and_sync_goes_on(hub, make_station):
    st = make_station(hub, "T1")
    first = sell(st, [gtin_for(1)])
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    payload = json.loads(con.execute("SELECT payload FROM outbox WHERE kind = 'sale'").fetchone()[0])
    con.close()
    other_station = dict(payload, sale_id="a" * 32, receipt_no="PAR01-T2-000001")  # T2's first number
    other_store = dict(payload, sale_id="b" * 32, store="LYO01", receipt_no="LYO01-L1-000001")
    _queue(st, "c" * 32, "sale", other_station)
    _queue(st, "d" * 32, "sale", other_store)
    second = sell(st, [gtin_for(2)])

    report = sync.sync_once(st.uow)
    assert report.error is None, report.error  # was: HTTP 403 for the batch, and nothing sent
    assert (report.sent, report.rejected, report.waiting) == (4, 2, 0)  # 2 sales + their 2 stock events
    reasons = {e[1]: e[6] for e in sync.events(st.uow) if e[4] == "rejected"}
    assert reasons == {
        "c" * 32: "sale.receipt_no PAR01-T2-000001 is not a receipt number of station PAR01/T1 (the token is "
        "PAR01/T1; its numbers look like PAR01-T1-000001)",
        "d" * 32: "payload names LYO01/T1, the token is PAR01/T1",
    }
    assert hub.get("/v1/stores/PAR01/day-totals", date=paris_today())["sales_count"] == 2
    assert (first.receipt_no, second.receipt_no) == ("PAR01-T1-000001", "PAR01-T1-000002")
    # the sync goes on: the next sale is sent, the rejected events stay rejected with their reasons
    sell(st, [gtin_for(3)])
    again = sync.sync_once(st.uow)
    assert (again.sent, again.rejected, again.waiting, again.error) == (2, 0, 0, None)
    assert {e[1] for e in sync.events(st.uow) if e[4] == "rejected"} == {"c" * 32, "d" * 32}
    # T2's first number was not taken: T2's first sale is accepted and counted
    t2 = make_station(hub, "T2")
    assert sell(t2, [gtin_for(4)]).receipt_no == "PAR01-T2-000001"
    report = sync.sync_once(t2.uow)
    assert (report.sent, report.rejected, report.error) == (2, 0, None)
    assert hub.get("/v1/stores/PAR01/day-totals", date=paris_today())["sales_count"] == 4
