"""GET /v1/station/events: a restored station reads back its OWN events, and nothing else.

On a real hub process (SQLite and PostgreSQL): another station of the same store, another store
and a channel token see none of them; pages follow each other without a gap or a repeat; the
payload is the stored canonical text, byte for byte (a sale's is its journal entry).
"""

from __future__ import annotations

import json

from .conftest import paris_and_lyon
from .payloads import event, sale, sale_movements


def _canonical(payload) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _all(client, page: int) -> list[dict]:
    out, after = [], ""
    while True:
        r = client.get("/v1/station/events", params={"after": after, "limit": page})
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["events"]
        after = body["next"]
        if not body["more"]:
            return out


def test_a_station_reads_back_only_its_own_events_page_by_page(admin, client):
    t1, t2, lyon = paris_and_lyon(admin, client, lyon_station="T1")  # the same station code in another store
    sent = []
    for n in range(1, 6):
        fiscal = sale(n)
        sent += [event("sale", fiscal), event("stock_movements", sale_movements(fiscal))]
    assert {r["status"] for r in t1.send(*sent)} == {"accepted"}
    other = sale(1, station="T2")
    t2.send(event("sale", other))
    lyon.send(event("sale", sale(1, store="LYO01")))

    mine = _all(t1, page=3)
    assert sorted(e["id"] for e in mine) == sorted(e["id"] for e in sent)  # no gap, no repeat
    assert len({e["id"] for e in mine}) == len(mine) == 10
    by_id = {e["id"]: e for e in mine}
    for e in sent:
        assert by_id[e["id"]]["kind"] == e["kind"] and by_id[e["id"]]["status"] == "accepted"
        assert by_id[e["id"]]["payload"] == _canonical(e["payload"])
    assert [e["doc_ref"] for e in mine if e["kind"] == "sale"].count("PAR01-T1-000003") == 1

    assert [e["payload"] for e in _all(t2, page=100)] == [_canonical(other)]
    assert all("LYO01" in e["payload"] for e in _all(lyon, page=100))
    assert len(_all(lyon, page=100)) == 1


def test_only_station_tokens_and_well_formed_cursors(admin, client):
    admin.store("PAR01")
    assert client(admin.channel()).get("/v1/station/events").status_code == 403
    assert client(admin.erp()).get("/v1/station/events").status_code == 403
    assert client(None).get("/v1/station/events").status_code == 401
    t1 = client(admin.station("PAR01", "T1"))
    assert t1.get("/v1/station/events", params={"after": "' OR 1=1 --"}).status_code == 422
    assert t1.get("/v1/station/events", params={"limit": 0}).status_code == 422
    empty = t1.get("/v1/station/events").json()
    assert empty == {"events": [], "next": "", "more": False}
