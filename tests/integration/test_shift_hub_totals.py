"""The station's Z and the hub's day totals agree to the cent.

The scripted day of test_shifts.py is sold on a station; its queued "sale" events are given
to a hub (in process, on SQLite) exactly as the relay would send them; the hub's day totals
for that business day must equal the figures of the station's "shift_close" event.
"""

from __future__ import annotations

import json
from datetime import date

from test_shifts import COUNTED, scripted_day
from tests.helpers.stations import query as q

from storedesk.hub.admin import add_store
from storedesk.hub.db import open_hub, read_conn, write_tx
from storedesk.hub.ingest import EventIn, ingest
from storedesk.hub.reports import exports
from storedesk.services import shift


def test_z_totals_equal_the_hubs_day_totals(pinned, tmp_path):
    st = pinned
    scripted_day(st)
    shift.close_shift(st.uow, st.user("max"), COUNTED, {"card": "17.63"}, data_dir=st.data_dir)
    events = [
        EventIn(i, k, json.loads(p), at)
        for i, k, p, at in q(st, "SELECT id, kind, payload, created_at FROM outbox ORDER BY seq")
    ]
    (z,) = [json.loads(p) for (p,) in q(st, "SELECT payload FROM outbox WHERE kind = 'shift_close'")]

    engine = open_hub(f"sqlite:///{tmp_path / 'hub.db'}")
    try:
        with write_tx(engine) as conn:
            add_store(conn, "PAR01", "Demo", "EUR", "Europe/Paris")
        results = ingest(engine, "PAR01", "T1", events)
        assert {r.status for r in results} == {"accepted"}, results
        with read_conn(engine) as conn:
            hub = exports.day_totals(conn, "PAR01", date.fromisoformat(z["business_date"]))
    finally:
        engine.dispose()

    assert (
        (hub["sales_count"], hub["gross_minor"], hub["net_minor"], hub["tax_minor"])
        == (z["sales_count"], z["gross_minor"], z["net_minor"], z["tax_minor"])
        == (4, 4755, 4522, 233)
    )
    assert hub["taxes"] == sorted(z["taxes"], key=lambda t: (t["code"], t["rate"]))
    assert (
        (hub["discount_minor"], hub["rounding_minor"], hub["voided_lines"], hub["returns_minor"])
        == (z["discount_minor"], z["rounding_minor"], z["voided_lines"], z["returns_minor"])
        == (85, -2, 1, 0)
    )
    station_tenders = sorted(
        (
            {k: t[k] for k in ("kind", "count", "tendered_minor", "change_minor", "amount_minor")}
            for t in z["tenders"]
            if t["count"]
        ),
        key=lambda t: t["kind"],
    )
    assert hub["tenders"] == station_tenders
    # the Z itself reached the hub: its counted cash and difference are in the ERP's day totals
    assert hub["shifts"] == {
        "count": 1,
        "sales_count": z["sales_count"],
        "gross_minor": z["gross_minor"],
        "cash_expected_minor": z["cash_expected_minor"],
        "cash_counted_minor": z["cash_counted_minor"],
        "cash_difference_minor": z["cash_difference_minor"],
    }
