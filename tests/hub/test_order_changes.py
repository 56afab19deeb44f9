"""GET /v1/orders/changes?after=CURSOR (issue 17): a web shop follows the state changes of its own
orders with one call, paged by cursor, instead of polling each order; another channel's orders
are never shown; only channel tokens may ask."""

from __future__ import annotations


def _changes(api, token, after="0", limit=None):
    params = {"after": after, **({"limit": limit} if limit else {})}
    r = api.http.get("/v1/orders/changes", headers=api.h(token), params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_a_channel_sees_only_its_own_orders_changes_page_by_page(api):
    api.store("PAR", "48.8566", "2.3522")
    api.stock("PAR", A=10)
    market = api.admin.channel("marketplace")
    mine = api.order("PAR", [("A", 1, 100)])["order_id"]
    theirs = api.order("PAR", [("A", 1, 100)], token=market)["order_id"]
    api.pickup("PAR", mine, "accepted")
    api.pickup("PAR", theirs, "accepted")
    api.pickup("PAR", mine, "ready", [{"line": 1, "picked": "1"}])

    everything = _changes(api, api.channel_token)
    assert [(c["order_id"], c["number"], c["from"], c["status"]) for c in everything["changes"]] == [
        (mine, "W000001", None, "created"),
        (mine, "W000001", "created", "routed"),
        (mine, "W000001", "routed", "accepted"),
        (mine, "W000001", "accepted", "ready"),
    ]
    assert everything["more"] is False and everything["next"] == everything["changes"][-1]["cursor"]
    assert [c["version"] for c in everything["changes"]] == [1, 2, 3, 4]
    assert all(c["at"].startswith("20") for c in everything["changes"])
    assert [c["status"] for c in _changes(api, market)["changes"]] == ["created", "routed", "accepted"]

    # paging: two at a time, each page after the last one's cursor, until nothing is left
    first = _changes(api, api.channel_token, limit=2)
    assert first["more"] is True and [c["status"] for c in first["changes"]] == ["created", "routed"]
    second = _changes(api, api.channel_token, after=first["next"], limit=2)
    assert second["more"] is False and [c["status"] for c in second["changes"]] == ["accepted", "ready"]
    last = _changes(api, api.channel_token, after=second["next"])
    assert last == {"changes": [], "next": second["next"], "more": False}
    # a new change shows up after the cursor the shop kept
    api.pickup("PAR", mine, "collected", at="2026-03-15T09:00:00+00:00")
    (collected,) = _changes(api, api.channel_token, after=second["next"])["changes"]
    assert (collected["order_id"], collected["status"], collected["at"]) == (
        mine,
        "collected",
        "2026-03-15T09:00:00.000000+00:00",
    )


def test_only_a_channel_asks_and_the_cursor_is_checked(api):
    api.store("PAR")
    station = api.station("PAR")
    r = api.http.get("/v1/orders/changes", headers=api.h(station), params={"after": "0"})
    assert r.status_code == 403 and "use a channel token" in r.json()["detail"]
    for bad in ("-1", "abc", "1.5"):
        r = api.http.get("/v1/orders/changes", headers=api.h(api.channel_token), params={"after": bad})
        assert r.status_code == 422 and "after must be a cursor" in r.json()["detail"], r.text
    r = api.http.get("/v1/orders/changes", headers=api.h(api.channel_token), params={"limit": "5000"})
    assert r.status_code == 422
    assert api.http.get("/v1/orders/changes").status_code == 401
