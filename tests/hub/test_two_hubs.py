"""Two hub processes on one database receive the same events at the same time (threads posting
to both, in opposite orders): each event is stored exactly once and accepted exactly once;
every other answer is "duplicate". On PostgreSQL the opposite orders provoke deadlocks that
the hub resolves by retrying the whole batch."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict

import pytest

from .conftest import Client
from .payloads import event, sale, sale_movements

SALES = 150
BATCH = 50


@pytest.mark.parametrize("with_movements", [True, False], ids=["sales+movements", "sales-only"])
def test_two_hub_processes_store_each_event_once(admin, start_hub, with_movements):
    """With movements every batch also writes feed items, so PostgreSQL serialises the batches on
    the feed lock; sales alone run truly in parallel and race on the event ids."""
    admin.store("PAR01")
    token = admin.station("PAR01", "T1")
    t2 = admin.station("PAR01", "T2")
    hubs = [start_hub(admin.db_url), start_hub(admin.db_url)]

    events = []
    for n in range(1, SALES + 1):
        fiscal = sale(n, at=f"2026-03-14T{8 + n // 60:02d}:{n % 60:02d}:00.000000+00:00")
        events.append(event("sale", fiscal))
        if with_movements:
            events.append(event("stock_movements", sale_movements(fiscal)))
    batches = [events[i : i + BATCH] for i in range(0, len(events), BATCH)]
    backwards = [list(reversed(b)) for b in reversed(batches)]

    answers: dict[str, list[str]] = defaultdict(list)
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def post(hub, plan):
        c = Client(hub.url, token)
        start.wait()
        for batch in plan:
            r = c.post("/v1/events", json={"events": batch})
            with lock:
                if r.status_code != 200:
                    failures.append(f"{r.status_code} {r.text[:200]}")
                    continue
                for res in r.json()["results"]:
                    answers[res["id"]].append(res["status"])

    threads = [threading.Thread(target=post, args=(h, plan)) for h in hubs for plan in (batches, backwards)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not failures, failures
    assert all(h.alive() for h in hubs), [h.log() for h in hubs]

    # every event answered by all four posts: exactly one "accepted", three "duplicate"
    assert len(answers) == len(events)
    assert {Counter(v)["accepted"] for v in answers.values()} == {1}
    assert Counter(s for v in answers.values() for s in v) == {"accepted": len(events), "duplicate": 3 * len(events)}
    # stored once
    assert admin.scalar("SELECT count(*) FROM events") == len(events)
    assert admin.scalar("SELECT count(DISTINCT id) FROM events WHERE status = 'accepted'") == len(events)
    assert admin.scalar("SELECT count(*) FROM sales") == SALES
    assert int(admin.scalar("SELECT sum(total_minor) FROM sales")) == SALES * 3245
    moved = SALES * 4 if with_movements else 0
    assert admin.scalar("SELECT count(*) FROM stock_movements") == moved
    assert admin.scalar("SELECT count(*) FROM feed_items") == moved

    # the other station's feed holds every movement exactly once, cursors strictly increasing
    c2 = Client(hubs[1].url, t2)
    seen, after = [], "0"
    while True:
        page = c2.feed(after=after, limit=1000)
        seen += page["items"]
        after = page["next"]
        if not page["more"]:
            break
    assert len(seen) == moved
    assert len({i["data"]["id"] for i in seen}) == moved
    cursors = [int(i["cursor"]) for i in seen]
    assert cursors == sorted(set(cursors))
    # and both hubs answer the same day totals
    totals = [
        Client(h.url, token).get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-14"}).json() for h in hubs
    ]
    assert totals[0] == totals[1]
    assert (totals[0]["sales_count"], totals[0]["gross_minor"]) == (SALES, SALES * 3245)
