"""A station's Z ("shift_close") is checked, kept once, and summed into the day totals."""

from __future__ import annotations

import uuid
from datetime import date

from storedesk.hub.admin import add_store
from storedesk.hub.db import open_hub, read_conn, write_tx
from storedesk.hub.ingest import EventIn, ingest
from storedesk.hub.reports import exports


def z(**changes) -> dict:
    payload = {
        "type": "shift_close",
        "store": "PAR01",
        "station": "T1",
        "currency": "EUR",
        "shift_id": uuid.uuid4().hex,
        "shift_no": 1,
        "z_no": 1,
        "business_date": "2026-11-27",
        "opened_at": "2026-11-27T07:00:00+00:00",
        "closed_at": "2026-11-27T19:00:00+00:00",
        "sales_count": 3,
        "gross_minor": 1200,
        "net_minor": 1000,
        "tax_minor": 200,
        "taxes": [{"code": "A", "rate": "20", "net_minor": 1000, "tax_minor": 200, "gross_minor": 1200}],
        "tenders": [{"kind": "cash", "count": 3, "amount_minor": 1200}],
        "cash_expected_minor": 11200,
        "cash_counted_minor": 11150,
        "cash_difference_minor": -50,
    }
    payload.update(changes)
    return payload


def test_shift_close_checked_kept_once_and_in_day_totals(hub_db_url):
    engine = open_hub(hub_db_url)
    try:
        with write_tx(engine) as conn:
            add_store(conn, "PAR01", "Demo", "EUR", "Europe/Paris")
        good, second = z(), z(z_no=2, shift_no=2, cash_counted_minor=11200, cash_difference_minor=0)
        bad_sum = z(z_no=3, cash_difference_minor=0)  # counted - expected is -50, not 0
        same_z = z(shift_id=uuid.uuid4().hex)  # another shift claiming Z 1 again
        results = ingest(
            engine,
            "PAR01",
            "T1",
            [EventIn(uuid.uuid4().hex, "shift_close", p) for p in (good, second, bad_sum, same_z)],
        )
        assert [r.status for r in results] == ["accepted", "accepted", "rejected", "rejected"]
        assert "difference" in results[2].reason
        assert "Z 1 of this station was already received" in results[3].reason
        with read_conn(engine) as conn:
            totals = exports.day_totals(conn, "PAR01", date(2026, 11, 27))
        assert totals["shifts"] == {
            "count": 2,
            "sales_count": 6,
            "gross_minor": 2400,
            "cash_expected_minor": 22400,
            "cash_counted_minor": 22350,
            "cash_difference_minor": -50,
        }
    finally:
        engine.dispose()
