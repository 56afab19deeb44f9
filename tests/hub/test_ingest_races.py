"""The event-id INSERT is the arbiter when two writers race on one id (both backends), and
on PostgreSQL a writer blocked on another's uncommitted id answers from the committed row."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from storedesk.hub import db, ingest

from .payloads import event, sale


def _event_in(ev: dict) -> ingest.EventIn:
    return ingest.EventIn(ev["id"], ev["kind"], ev["payload"], ev.get("created_at"))


def test_insert_conflict_after_a_missed_lookup_is_answered_as_a_repeat(admin):
    """As if another process committed the id between our lookup and our INSERT."""
    admin.store("PAR01")
    ev = event("sale", sale(1))
    assert [r.status for r in ingest.ingest(admin.engine, "PAR01", "T1", [_event_in(ev)])] == ["accepted"]
    with db.write_tx(admin.engine) as conn:
        store = ingest.load_store(conn, "PAR01")
        body = ingest.canonical(ev["payload"])
        same, _ = ingest._apply(conn, store, "T1", _event_in(ev), body, ingest.payload_hash("sale", body), "now")
        other = dict(ev["payload"], user="sam")
        body2 = ingest.canonical(other)
        changed, _ = ingest._apply(
            conn, store, "T1", ingest.EventIn(ev["id"], "sale", other), body2, ingest.payload_hash("sale", body2), "now"
        )
        broken = dict(ev["payload"], total_minor=1)
        body3 = ingest.canonical(broken)
        rejected_path, _ = ingest._apply(
            conn,
            store,
            "T1",
            ingest.EventIn(ev["id"], "sale", broken),
            body3,
            ingest.payload_hash("sale", body3),
            "now",
        )
    assert (same.status, changed.status, rejected_path.status) == ("duplicate", "conflict", "conflict")
    assert admin.scalar("SELECT count(*) FROM events") == 1
    assert admin.scalar("SELECT count(*) FROM sales") == 1


def test_postgresql_blocked_insert_waits_then_answers_duplicate(admin, hub_db_url):
    if not hub_db_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: there is no uncommitted row to wait for")
    admin.store("PAR01")
    ev = event("sale", sale(1))
    body = ingest.canonical(ev["payload"])
    digest = ingest.payload_hash("sale", body)
    # writer A: inserts the event row and keeps its transaction open (no advisory lock)
    conn_a = admin.engine.connect()
    tx = conn_a.begin()
    conn_a.execute(
        text(
            "INSERT INTO events (id, kind, store, station, payload, payload_sha256, status, reason, "
            "received_at) VALUES (:i, 'sale', 'PAR01', 'T1', :p, :h, 'accepted', '', 'A')"
        ),
        {"i": ev["id"], "p": body, "h": digest},
    )
    out = {}

    def writer_b():
        out["results"] = ingest.ingest(admin.engine, "PAR01", "T1", [_event_in(ev), _event_in(event("sale", sale(2)))])

    b = threading.Thread(target=writer_b)
    b.start()
    time.sleep(0.5)
    assert b.is_alive(), "B should be waiting on A's uncommitted primary key"
    tx.commit()
    conn_a.close()
    b.join(30)
    assert [(r.status, r.reason) for r in out["results"]] == [("duplicate", "already accepted at A"), ("accepted", "")]
    assert admin.scalar("SELECT count(*) FROM events") == 2
    # the row A committed stands; B wrote no sale for it (A's transaction did not either)
    assert admin.scalar("SELECT count(*) FROM sales") == 1
