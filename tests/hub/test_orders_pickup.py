"""pickup_status events from the pickup desk on SQLite and PostgreSQL: the happy path, refused
transitions, rejected lines re-routed or cancelled, partial collection, pay at pickup, and a
collection racing the customer's online cancellation (accepted, flagged as a conflict)."""

from __future__ import annotations

T0 = "2026-03-14T10:00:00+00:00"


def two_stores(api, par=None, ver=None):
    api.store("PAR", "48.8566", "2.3522")
    api.store("VER", "48.8049", "2.1204")
    if par:
        api.stock("PAR", **par)
    if ver:
        api.stock("VER", **ver)


def test_accept_pick_ready_collect(api):
    two_stores(api, par={"A": 5, "B": 5})
    o = api.order("PAR", [("A", 2, 500), ("B", 1, 250)], payment="pay_at_pickup")
    oid = o["order_id"]
    assert api.pickup("PAR", oid, "accepted", at=T0)["status"] == "accepted"
    assert api.pickup("PAR", oid, "picking", [{"line": 1, "picked": "2"}], at=T0)["status"] == "accepted"
    r = api.pickup(
        "PAR", oid, "ready", [{"line": 1, "picked": "2"}, {"line": 2, "picked": "1"}], at="2026-03-14T11:00:00+00:00"
    )
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert got["status"] == "ready" and got["ready_at"] == "2026-03-14T11:00:00.000000+00:00"
    assert got["expires_at"] == "2026-03-21T11:00:00.000000+00:00" == got["due_at"]  # 7 days' hold
    assert api.admin.rows("SELECT kind, medium, recipient FROM notifications ORDER BY id") == [
        ("received", "email", "ana@example.com"),
        ("ready", "email", "ana@example.com"),
    ]
    r = api.pickup(
        "PAR", oid, "collected", at="2026-03-15T09:00:00+00:00", id_check="passport", receipt_no="PAR-P1-000007"
    )
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert got["status"] == "collected" and got["paid_minor"] == 1250 and got["conflict"] is None
    assert [ln["collected"] for ln in got["lines"]] == ["2", "1"]
    last = got["history"][-1]
    assert (last["from"], last["to"], last["by"], last["user"]) == ("ready", "collected", "station PAR/P1", "ana")
    assert "id check: passport" in last["reason"] and "receipt PAR-P1-000007" in last["reason"]
    assert [h["to"] for h in got["history"]] == ["created", "routed", "accepted", "picking", "ready", "collected"]
    # the other stations of the store hear of each step; the sender does not get its own back
    assert [d["status"] for k, d in api.feed("PAR", "P2") if k == "order_status"] == [
        "accepted",
        "picking",
        "ready",
        "collected",
    ]
    assert [k for k, _ in api.feed("PAR", "P1")] == ["order"]


def test_refused_transitions_are_rejected_with_the_reason(api):
    two_stores(api, par={"A": 5})
    oid = api.order("PAR", [("A", 1, 100)])["order_id"]
    r = api.pickup("PAR", oid, "partially_collected")
    assert r["status"] == "rejected" and "needs lines with their collected quantities" in r["reason"]
    r = api.pickup("PAR", oid, "expired")
    assert r["status"] == "rejected" and "an order that is routed cannot become expired" in r["reason"]
    assert api.pickup("PAR", oid, "collected")["status"] == "accepted"
    # late news (another station, or an offline desk): accepted, kept in the history, changes nothing
    version = api.get(oid)["version"]
    assert api.pickup("PAR", oid, "ready", station="P2")["status"] == "accepted"
    got = api.get(oid)
    assert (got["status"], got["version"]) == ("collected", version)
    assert got["history"][-1]["reason"] == "late ready from the store: the order is already collected; nothing changed"
    assert got["history"][-1]["by"] == "station PAR/P2"
    r = api.pickup("PAR", oid, "teleported")
    assert r["status"] == "rejected" and "a station sends one of" in r["reason"]
    r = api.pickup("PAR", "f" * 32, "accepted")
    assert r["status"] == "rejected" and "unknown order" in r["reason"]
    r = api.pickup("PAR", oid, "picking", [{"line": 1, "rejected": "1"}])
    assert r["status"] == "rejected" and "needs a reason" in r["reason"]
    # another store's station cannot move it
    r = api.pickup("VER", oid, "accepted")
    assert r["status"] == "rejected" and "was never routed to store VER" in r["reason"]
    assert api.get(oid)["status"] == "collected"


def test_bad_line_quantities_are_rejected(api):
    two_stores(api, par={"A": 5})
    oid = api.order("PAR", [("A", 2, 100)])["order_id"]
    for lines, says in (
        ([{"line": 9, "picked": "1"}], "has no line 9"),
        ([{"line": 1, "picked": "3"}], "picked 3 is more than the 2 ordered"),
        ([{"line": 1, "rejected": "1"}], "needs a reason"),
        ([{"line": 1, "rejected": "1", "reason": "lost"}], "needs a reason"),
        ([{"line": 1, "picked": 1}], "is not a decimal string"),
    ):
        r = api.pickup("PAR", oid, "picking", lines)
        assert r["status"] == "rejected" and says in r["reason"], (lines, r)
    assert api.get(oid)["status"] == "routed"


def test_rejected_line_reroutes_the_order_to_another_store(api):
    two_stores(api, par={"A": 5, "B": 5}, ver={"A": 5, "B": 5})
    o = api.order("PAR", [("A", 2, 100), ("B", 1, 100)])
    oid = o["order_id"]
    api.pickup("PAR", oid, "accepted")
    r = api.pickup(
        "PAR", oid, "picking", [{"line": 1, "picked": "2"}, {"line": 2, "rejected": "1", "reason": "damaged"}]
    )
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert (got["status"], got["store"]) == ("routed", "VER")
    assert [ln["picked"] for ln in got["lines"]] == ["0", "0"]  # a fresh start at VER
    assert [(x["action"], x["store"]) for x in got["routing"]] == [
        ("route", "PAR"),
        ("rejected", "PAR"),
        ("route", "VER"),
    ]
    assert "PAR rejected line 2 1 damaged" in got["routing"][1]["reason"]
    assert "the chosen store PAR rejected the order" in got["routing"][2]["reason"]
    assert [h["to"] for h in got["history"]] == ["created", "routed", "accepted", "picking", "routed"]
    # PAR is told to stop; VER gets the order
    par = [d for k, d in api.feed("PAR", "P1") if k == "order_status"]
    assert (par[-1]["status"], par[-1]["rerouted_to"], par[-1]["store"]) == ("cancelled", "VER", "PAR")
    ver = api.feed("VER")
    assert ver[-1][0] == "order" and ver[-1][1]["version"] == got["version"] and ver[-1][1]["store"] == "VER"
    # PAR's station can no longer move it (late news is only noted); GET is VER's now
    assert api.pickup("PAR", oid, "ready")["status"] == "accepted"
    assert (api.get(oid)["status"], api.get(oid)["store"]) == ("routed", "VER")
    assert "late ready from the store: the order is already routed at VER" in api.get(oid)["history"][-1]["reason"]
    assert api.http.get(f"/v1/orders/{oid}", headers=api.h(api.station("PAR"))).status_code == 403
    assert api.get(oid, token=api.station("VER"))["store"] == "VER"
    # and VER rejecting too: nobody left -> the rejected quantity is cancelled, the rest stays at VER
    r = api.pickup("VER", oid, "picking", [{"line": 1, "rejected": "2", "reason": "out_of_stock"}])
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert (got["status"], got["store"]) == ("picking", "VER")
    assert [(ln["cancelled"], ln["remaining"]) for ln in got["lines"]] == [("2", "0"), ("0", "1")]
    assert got["total_minor"] == 100
    order_item = api.feed("VER")[-1]
    assert order_item[0] == "order" and [ln["line"] for ln in order_item[1]["lines"]] == [2]


def test_everything_rejected_and_no_other_store_cancels_the_order(api):
    two_stores(api, par={"A": 1})
    oid = api.order("PAR", [("A", 1, 100)])["order_id"]
    r = api.pickup("PAR", oid, "rejected", [{"line": 1, "rejected": "1", "reason": "out_of_stock"}])
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert got["status"] == "cancelled" and got["history"][-1]["by"] == "hub"
    assert "no store can supply the order after PAR rejected line 1 1 out_of_stock" in got["history"][-1]["reason"]
    assert api.feed("PAR", "P1")[-1][1]["status"] == "cancelled"


def test_rejection_after_ready_cancels_only_that_quantity(api):
    two_stores(api, par={"A": 5}, ver={"A": 5})
    oid = api.order("PAR", [("A", 3, 100)])["order_id"]
    api.pickup("PAR", oid, "ready", [{"line": 1, "picked": "2", "rejected": "1", "reason": "mismatch"}])
    got = api.get(oid)
    assert (got["status"], got["store"], got["lines"][0]["remaining"], got["total_minor"]) == ("ready", "PAR", "2", 200)


def test_partial_collection_then_the_rest(api):
    two_stores(api, par={"A": 5, "B": 5})
    oid = api.order("PAR", [("A", 2, 100), ("B", 1, 50)], payment="pay_at_pickup")["order_id"]
    api.pickup("PAR", oid, "ready")
    r = api.pickup("PAR", oid, "partially_collected", [{"line": 1, "collected": "1"}])
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert got["status"] == "partially_collected" and got["paid_minor"] == 100
    assert [ln["remaining"] for ln in got["lines"]] == ["1", "1"]
    assert api.get(oid, token=api.station("PAR", "P2"))["history"][-1]["user"] == "ana"
    # still reserved: A has 5 - 1 still to hand over
    assert api.order("PAR", [("A", 4, 1)])["store"] == "PAR"
    assert api.order("PAR", [("A", 1, 1)])["status"] == "needs_transfer"
    r = api.pickup("PAR", oid, "collected", [{"line": 1, "collected": "2"}, {"line": 2, "collected": "1"}])
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert got["status"] == "collected" and got["paid_minor"] == 250
    # a unit found damaged at the handover: cancelled there, the rest stays open
    api.stock("PAR", A=2)
    oid3 = api.order("PAR", [("A", 2, 100)])["order_id"]
    api.pickup(
        "PAR", oid3, "partially_collected", [{"line": 1, "collected": "1", "rejected": "1", "reason": "damaged"}]
    )
    got = api.get(oid3)
    assert (got["status"], got["lines"][0]["cancelled"], got["lines"][0]["remaining"]) == (
        "partially_collected",
        "1",
        "0",
    )
    # a customer who took only some and left: the rest is cancelled
    oid2 = api.order("PAR", [("B", 2, 10)])["order_id"]
    api.pickup("PAR", oid2, "collected", [{"line": 1, "collected": "1"}])
    got = api.get(oid2)
    assert got["status"] == "collected" and got["lines"][0]["cancelled"] == "1" and got["total_minor"] == 10


def test_collection_racing_an_online_cancellation_is_kept_and_flagged(api):
    two_stores(api, par={"A": 5})
    oid = api.order("PAR", [("A", 2, 100)])["order_id"]
    api.pickup("PAR", oid, "ready")
    r = api.http.post(f"/v1/orders/{oid}/cancel", headers=api.h(api.channel_token), json={"reason": "too late"})
    assert r.status_code == 200
    # the clerk handed it over offline before the cancellation reached the desk
    res = api.pickup("PAR", oid, "collected", at="2026-03-14T10:30:00+00:00")
    assert res["status"] == "accepted", res
    got = api.get(oid)
    assert got["status"] == "collected"
    assert got["conflict"].startswith("collected_after_cancel: store PAR handed order W000001 over")
    assert [(ln["collected"], ln["cancelled"]) for ln in got["lines"]] == [("2", "0")]
    assert [h["to"] for h in got["history"]][-2:] == ["cancelled", "collected"]
    assert api.get(oid, token=api.admin.erp())["conflict"] == got["conflict"]
    # the same event again: a duplicate, nothing changes
    assert api.admin.scalar("SELECT count(*) FROM order_history WHERE order_id = :o", o=oid) == len(got["history"])


def test_collection_at_a_store_the_order_left(api):
    two_stores(api, par={"A": 5}, ver={"A": 5})
    oid = api.order("PAR", [("A", 1, 100)])["order_id"]
    api.pickup("PAR", oid, "picking", [{"line": 1, "rejected": "1", "reason": "damaged"}])
    assert api.get(oid)["store"] == "VER"
    # PAR's clerk handed it over anyway (a unit found after all): the goods left PAR
    r = api.pickup("PAR", oid, "collected", [{"line": 1, "collected": "1"}])
    got = api.get(oid)
    assert r["status"] == "accepted" and got["status"] == "collected" and got["store"] == "PAR"
    assert got["conflict"].startswith("collected_elsewhere: store PAR handed order W000001 over")
    assert api.feed("VER")[-1][1]["status"] == "collected"


def test_cancellation_and_collection_at_the_same_moment(api):
    """Two threads, one cancelling online and one handing over: either order of commits ends
    collected, and a cancellation that came first is flagged, never lost."""
    import threading
    import uuid

    from storedesk.hub import ingest
    from storedesk.hub.orders import service, states

    two_stores(api, par={"A": 50})
    engine = api.admin.engine
    api.station("PAR")  # the token exists

    # each round's threads get that round's order and results as arguments (no closure over the loop)
    def cancel(oid: str, results: dict[str, str]) -> None:
        try:
            results["cancel"] = service.cancel(engine, "webshop", oid, "race")["status"]
        except states.Refused as exc:
            results["cancel"] = f"refused: {exc}"

    def collect(oid: str, results: dict[str, str]) -> None:
        ev = ingest.EventIn(
            uuid.uuid4().hex,
            "pickup_status",
            {
                "store": "PAR",
                "station": "P1",
                "order_id": oid,
                "status": "collected",
                "at": T0,
                "user": "ana",
                "lines": [],
                "id_check": None,
                "receipt_no": None,
            },
        )
        results["collect"] = ingest.ingest(engine, "PAR", "P1", [ev])[0].status

    outcomes = []
    for _ in range(4):
        oid = api.order("PAR", [("A", 1, 100)])["order_id"]
        api.pickup("PAR", oid, "ready")
        results: dict[str, str] = {}
        threads = [threading.Thread(target=work, args=(oid, results)) for work in (cancel, collect)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        got = api.get(oid)
        assert results["collect"] == "accepted" and got["status"] == "collected"
        if results["cancel"] == "cancelled":
            assert got["conflict"].startswith("collected_after_cancel")
        else:
            assert "cannot become cancelled" in results["cancel"] and got["conflict"] is None
        outcomes.append(results["cancel"] == "cancelled")
    assert len(outcomes) == 4
