"""Store stock documents at the hub (both backends, a real hub process): ASNs from the ERP,
transfers between stores, receiving closes them for the store's other stations."""

from __future__ import annotations

from .conftest import paris_and_lyon
from .payloads import AT, event, new_id, stock_event


def kinds(page: dict) -> list[str]:
    return [i["kind"] for i in page["items"]]


def transfer_payload(
    tid: str, *, store="PAR01", station="T1", to_store="LYO01", number="TRF-PAR01-T1-000001", lines=None
) -> dict:
    return {
        "store": store,
        "station": station,
        "transfer_id": tid,
        "number": number,
        "to_store": to_store,
        "at": AT,
        "user": "max",
        "note": "",
        "lines": lines
        or [{"sku": "SKU1", "name": "One", "quantity": "2.500"}, {"sku": "SKU2", "name": "Two", "quantity": "1"}],
    }


def receiving_payload(did: str, source: str, *, store="LYO01", station="L1") -> dict:
    return {
        "store": store,
        "station": station,
        "delivery_id": did,
        "source": source,
        "reference": "R",
        "number": f"REC-{store}-{station}-000001",
        "at": AT,
        "user": "ana",
        "lines": [{"sku": "SKU1", "expected": "2.5", "received": "2"}],
    }


def test_asn_from_the_erp_reaches_the_stations_of_its_store(admin, client):
    admin.store("PAR01")
    admin.store("LYO01")
    erp = client(admin.erp())
    t1 = client(admin.station("PAR01", "T1"))
    t2 = client(admin.station("PAR01", "T2"))
    l1 = client(admin.station("LYO01", "L1"))
    body = {
        "asns": [
            {
                "store": "PAR01",
                "number": "ASN-9",
                "supplier": "Acme",
                "expected_at": "2026-03-15T08:00:00Z",
                "lines": [{"sku": "SKU1", "quantity": "12.000"}, {"sku": "SKU2", "quantity": "0.5"}],
            }
        ]
    }
    r = erp.put("/v1/asns", json=body)
    assert r.status_code == 200, r.text
    assert (r.json()["created"], r.json()["unchanged"]) == (1, 0)
    asn_id = r.json()["asns"][0]["asn_id"]
    page = t1.feed()
    assert kinds(page) == ["asn"]
    data = page["items"][0]["data"]
    assert (
        data["asn_id"] == asn_id
        and data["status"] == "open"
        and data["expected_at"] == "2026-03-15T08:00:00.000000+00:00"
    )
    assert data["lines"] == [{"sku": "SKU1", "quantity": "12"}, {"sku": "SKU2", "quantity": "0.5"}]
    assert l1.feed()["items"] == []
    # the same notice again changes nothing; a changed one is sent again
    assert erp.put("/v1/asns", json=body).json()["unchanged"] == 1
    assert len(t1.feed()["items"]) == 1
    body["asns"][0]["lines"][0]["quantity"] = "13"
    assert erp.put("/v1/asns", json=body).json()["updated"] == 1
    assert kinds(t1.feed()) == ["asn", "asn"]
    # refusals
    assert t1.put("/v1/asns", json=body).status_code == 403
    bad = {"asns": [{**body["asns"][0], "lines": [{"sku": "SKU1", "quantity": "1.5e3"}]}]}
    assert erp.put("/v1/asns", json=bad).status_code == 422
    assert erp.put("/v1/asns", json={"asns": [{**body["asns"][0], "store": "NOPE"}]}).status_code == 422
    # T1 receives it: T2 is told, T1 is not told again
    after1, after2 = t1.feed()["next"], t2.feed()["next"]
    res = t1.send(event("receiving", {**receiving_payload(asn_id, "asn", store="PAR01", station="T1")}))
    assert res[0]["status"] == "accepted", res
    assert t1.feed(after=after1)["items"] == []
    [item] = t2.feed(after=after2)["items"]
    assert (
        item["kind"] == "asn" and item["data"]["status"] == "received" and item["data"]["received_by_station"] == "T1"
    )
    listed = erp.get("/v1/asns", params={"store": "PAR01"}).json()["asns"]
    assert [(a["number"], a["status"], a["received_by_station"]) for a in listed] == [("ASN-9", "received", "T1")]
    assert erp.put("/v1/asns", json={"asns": [{**body["asns"][0], "supplier": "Other"}]}).status_code == 409
    assert l1.get("/v1/asns", params={"store": "PAR01"}).status_code == 403


def test_a_transfer_becomes_a_feed_item_of_the_destination_store(admin, client):
    t1, t2, l1 = paris_and_lyon(admin, client)
    l2 = client(admin.station("LYO01", "L2"))
    tid = new_id()
    out = stock_event([("SKU1", "-2.5"), ("SKU2", "-1")], reason="transfer_out", doc_ref="TRF-PAR01-T1-000001")
    ev = event("transfer", transfer_payload(tid))
    assert [r["status"] for r in t1.send(out, ev)] == ["accepted", "accepted"]
    assert t1.send(ev)[0]["status"] == "duplicate"
    for station in (l1, l2):
        [item] = station.feed()["items"]
        assert item["kind"] == "transfer"
        assert item["data"] == {
            "transfer_id": tid,
            "number": "TRF-PAR01-T1-000001",
            "from_store": "PAR01",
            "from_station": "T1",
            "to_store": "LYO01",
            "at": AT,
            "status": "sent",
            "lines": [
                {"sku": "SKU1", "name": "One", "quantity": "2.5"},
                {"sku": "SKU2", "name": "Two", "quantity": "1"},
            ],
        }
    assert kinds(t2.feed()) == ["stock_movement", "stock_movement"]  # the sender's store sees only the movements
    stock = t1.get("/v1/stock", params={"sku": "SKU1"}).json()
    assert {s["store"]: s["on_hand"] for s in stock["stores"]} == {"LYO01": "0", "PAR01": "-2.5"}

    # refused: unknown destination, to itself, a second event re-using the transfer id, zero quantity
    bad = [
        transfer_payload(new_id(), to_store="NOPE"),
        transfer_payload(new_id(), to_store="PAR01"),
        transfer_payload(tid, number="TRF-PAR01-T1-000002"),
        transfer_payload(new_id(), number="X3", lines=[{"sku": "SKU1", "quantity": "0"}]),
    ]
    results = t1.send(*[event("transfer", p) for p in bad])
    assert [r["status"] for r in results] == ["rejected"] * 4, results
    assert "unknown store" in results[0]["reason"]

    # L1 receives it with its own transfer-in: L2 is told, the hub's stock shows it in Lyon
    after2 = l2.feed()["next"]
    inn = stock_event([("SKU1", "2")], store="LYO01", station="L1", reason="transfer_in", doc_ref="REC-LYO01-L1-000001")
    assert [r["status"] for r in l1.send(inn, event("receiving", receiving_payload(tid, "transfer")))] == [
        "accepted",
        "accepted",
    ]
    items = l2.feed(after=after2)["items"]
    assert [i["kind"] for i in items] == ["stock_movement", "transfer"]
    assert items[1]["data"] == {"transfer_id": tid, "to_store": "LYO01", "status": "received"}
    stock = t1.get("/v1/stock", params={"sku": "SKU1"}).json()
    assert {s["store"]: s["on_hand"] for s in stock["stores"]} == {"LYO01": "2", "PAR01": "-2.5"}
    [tr] = l1.get("/v1/transfers", params={"store": "LYO01"}).json()["transfers"]
    assert (tr["status"], tr["received_station"]) == ("received", "L1")
    # a store that was not the destination cannot receive it
    r = t2.send(event("receiving", receiving_payload(tid, "transfer", store="PAR01", station="T2")))
    assert r[0]["status"] == "rejected" and "not sent to store PAR01" in r[0]["reason"]
