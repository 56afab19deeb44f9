"""The hub's request log (hub/request_log.py): one JSON line per request with the caller's store
and station but never its token, one line per rejected event, and `storedesk-hub serve` writing
them to stderr. On the real app (create_app) over FastAPI's TestClient, and on a real hub process."""

from __future__ import annotations

import io
import json
import logging

import pytest
import requests
from fastapi.testclient import TestClient
from tests.helpers.hubs import free_port, serve_args, start_serve_command, stop, wait_until_up
from tests.hub.conftest import Admin
from tests.hub.payloads import new_id

from storedesk.hub import request_log
from storedesk.hub.app import create_app


@pytest.fixture
def hub_log():
    """The JSON lines the hub's loggers write during the test."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(request_log.JsonLines())
    hub = logging.getLogger("storedesk.hub")
    level = hub.level
    hub.addHandler(handler)
    hub.setLevel(logging.INFO)

    def lines(logger: str | None = None) -> list[dict]:
        found = [json.loads(line) for line in out.getvalue().splitlines()]
        return [f for f in found if logger is None or f["logger"] == logger]

    yield lines
    hub.removeHandler(handler)
    hub.setLevel(level)


@pytest.fixture
def hub_app(tmp_path):
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    admin = Admin(url)
    admin.store("PAR01")
    tokens = {"T1": admin.station("PAR01", "T1"), "erp": admin.erp()}
    admin.close()
    app = create_app(url)
    # What create_app does once the lead has added it (hub/request_log.py): never twice.
    if not any(m.kwargs.get("dispatch") is request_log.log_requests for m in app.user_middleware):
        app.middleware("http")(request_log.log_requests)
    with TestClient(app) as client:
        yield client, tokens


def _auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_one_json_line_per_request_with_the_caller_and_never_the_token(hub_app, hub_log):
    client, tokens = hub_app
    token = tokens["T1"]
    r = client.get("/v1/feed", params={"after": "0", "limit": "7"}, headers=_auth(token))
    assert r.status_code == 200
    (line,) = hub_log("storedesk.hub.requests")
    assert line["msg"] == "request" and line["level"] == "INFO" and line["time"].endswith("Z")
    assert (line["method"], line["path"], line["route"], line["status"]) == ("GET", "/v1/feed", "/v1/feed", 200)
    assert line["query"] == ["after", "limit"]  # the keys; a value may be a customer's search
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["request_id"] == r.headers["X-Request-ID"] and len(line["request_id"]) == 32
    assert line["caller"] == {"kind": "station", "name": "PAR01/T1", "store": "PAR01", "station": "T1"}
    raw = json.dumps(line)
    assert token not in raw and token[:10] not in raw and "Bearer" not in raw


def test_refusals_and_unauthenticated_requests_are_logged_too(hub_app, hub_log):
    client, tokens = hub_app
    assert client.get("/v1/health", headers={"X-Request-ID": "lb-42.a"}).status_code == 200
    assert client.get("/v1/feed", headers=_auth("wrong-token-5e1d")).status_code == 401
    assert (
        client.get(
            "/v1/stores/LYO02/day-totals", params={"date": "2026-03-14"}, headers=_auth(tokens["T1"])
        ).status_code
        == 403
    )
    assert client.get("/v1/nowhere", headers={"X-Request-ID": "not a plain word!"}).status_code == 404
    health, wrong, forbidden, nowhere = hub_log("storedesk.hub.requests")
    assert health["request_id"] == "lb-42.a" and "caller" not in health and health["status"] == 200
    assert (wrong["status"], wrong.get("error"), wrong.get("caller")) == (401, "unauthorized", None)
    assert "wrong-token-5e1d" not in json.dumps(wrong)
    assert (forbidden["status"], forbidden["error"], forbidden["caller"]["station"]) == (403, "forbidden", "T1")
    assert nowhere["status"] == 404 and nowhere["route"] is None and nowhere["request_id"] != "not a plain word!"


def test_a_voucher_code_in_the_path_is_masked(hub_app, hub_log):
    client, tokens = hub_app
    client.get("/v1/vouchers/VCHSECRET991", headers=_auth(tokens["T1"]))
    (line,) = hub_log("storedesk.hub.requests")
    assert line["path"] == "/v1/vouchers/***" and line["route"] == "/v1/vouchers/{code}"
    assert "VCHSECRET991" not in json.dumps(line)


def test_each_rejected_event_is_one_line_with_its_reason_and_the_request_id(hub_app, hub_log):
    client, tokens = hub_app
    bad_kind, bad_sale = new_id(), new_id()
    r = client.post(
        "/v1/events",
        headers=_auth(tokens["T1"]),
        json={
            "events": [
                {"id": bad_kind, "kind": "teleport", "payload": {}},
                {"id": bad_sale, "kind": "sale", "payload": {"receipt_no": 5}},
            ]
        },
    )
    assert r.status_code == 200 and [x["status"] for x in r.json()["results"]] == ["rejected", "rejected"]
    rejected = hub_log("storedesk.hub.events")
    assert [(x["event_id"], x["kind"], x["store"], x["station"], x["status"]) for x in rejected] == [
        (bad_kind, "teleport", "PAR01", "T1", "rejected"),
        (bad_sale, "sale", "PAR01", "T1", "rejected"),
    ]
    assert rejected[0]["reason"] == "unknown event kind 'teleport'" and rejected[1]["reason"]
    assert {x["level"] for x in rejected} == {"WARNING"}
    assert {x["request_id"] for x in rejected} == {r.headers["X-Request-ID"]}


def test_log_rejected_skips_what_was_accepted():
    class Ev:
        def __init__(self, id, kind):
            self.id, self.kind = id, kind

    class Res:
        def __init__(self, id, status, reason=""):
            self.id, self.status, self.reason = id, status, reason

    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(request_log.JsonLines())
    request_log.events_log.addHandler(handler)
    try:
        request_log.log_rejected(
            "S1",
            "T9",
            [Ev("a", "sale"), Ev("b", "sale"), Ev("c", "sale")],
            [Res("a", "accepted"), Res("b", "conflict", "x" * 900), Res("c", "duplicate")],
        )
    finally:
        request_log.events_log.removeHandler(handler)
    (line,) = [json.loads(x) for x in out.getvalue().splitlines()]
    assert (line["event_id"], line["status"], len(line["reason"])) == ("b", "conflict", request_log.MAX_REASON)
    assert "request_id" not in line  # outside a request


def test_serve_writes_json_lines_to_stderr(tmp_path):
    """`storedesk-hub serve --log-level info`, a real process: every line of its stderr is JSON,
    uvicorn's own included, with one request line per request and no uvicorn access line."""
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    admin = Admin(url)
    admin.store("PAR01")
    token = admin.station("PAR01", "T1")
    admin.close()
    port = free_port()
    err_path = tmp_path / "hub.err"
    proc = start_serve_command(serve_args(url, port, log_level="info"), err_path)
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_until_up(proc, base), err_path.read_text()
        r = requests.get(base + "/v1/feed?after=0", headers=_auth(token), timeout=10)
        assert r.status_code == 200
    finally:
        stop(proc)
    text = err_path.read_text()
    lines = [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("storedesk-hub:")]
    assert all(line.get("time", "").endswith("Z") for line in lines)
    requests_logged = [line for line in lines if line["logger"] == "storedesk.hub.requests"]
    feed = [line for line in requests_logged if line["path"] == "/v1/feed"]
    assert len(feed) == 1 and feed[0]["caller"]["station"] == "T1" and feed[0]["query"] == ["after"]
    assert not [line for line in lines if line["logger"] == "uvicorn.access"]
    assert token not in text
