"""One family of refusals (hub/errors.py) and one handler: the answers stay byte for byte what
FastAPI's HTTPException gave before issue 14, and no route translates exceptions itself."""

from __future__ import annotations

import asyncio
import re
import warnings
from pathlib import Path

import pytest
from fastapi import FastAPI, HTTPException
from fastapi.exception_handlers import http_exception_handler
from starlette.requests import Request

import storedesk.hub
from storedesk.hub import db, errors
from storedesk.hub.orders import intake, service, states

HUB = Path(storedesk.hub.__file__).parent


def _request() -> Request:
    return Request({"type": "http", "method": "GET", "path": "/", "headers": [], "query_string": b""})


KINDS = [
    (errors.Unauthorized("unknown or revoked token"), 401, {"WWW-Authenticate": "Bearer"}),
    (errors.Forbidden("a channel token cannot use station endpoints"), 403, None),
    (errors.NotFound("Voucher ÉTÉ-1 is not known"), 404, None),  # not ASCII: same encoding
    (errors.Conflict("Voucher V1 has 12.50 left"), 409, None),
    (errors.Unprocessable("lines[1].quantity: '1.2345' has more than 3 decimals"), 422, None),
    (db.Busy("the hub database is busy; retry shortly"), 503, {"Retry-After": "2"}),
    (states.Refused("an order that is collected cannot become cancelled"), 409, None),
    (service.KeyReused("idempotency key 'k' was already used for another order"), 409, None),
    (service.NotAllowed("order W000001 was placed by another channel"), 403, None),
    (service.NotFound("no order 'W9'"), 404, None),
    (intake.Unprocessable("lines must be a non-empty list"), 422, None),
    (errors.HubError(418, "teapot", "a status of its own"), 418, None),
]


@pytest.mark.parametrize(("exc", "status", "headers"), KINDS, ids=lambda v: type(v).__name__)
def test_each_kind_renders_exactly_as_an_http_exception_did(exc, status, headers):
    mine = errors.render(_request(), exc)
    before = asyncio.run(http_exception_handler(_request(), HTTPException(status, exc.detail, headers=headers)))
    assert (mine.status_code, mine.body, mine.headers.items()) == (
        before.status_code,
        before.body,
        before.headers.items(),
    )
    assert str(exc) == exc.detail and exc.status == status and exc.code


def test_the_old_exception_types_still_catch_what_they_caught():
    """Code that catches ValueError / LookupError around orders (the CLI, pickup events) still does."""
    assert isinstance(states.Refused("x"), ValueError)
    assert isinstance(intake.Unprocessable("x"), ValueError)
    assert isinstance(service.NotFound("x"), LookupError)


def test_the_handler_leaves_the_code_for_a_request_log():
    """A request-log middleware reads request.state.error_code after the answer."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    app = FastAPI()
    app.add_exception_handler(errors.HubError, errors.render)
    seen = {}

    @app.middleware("http")
    async def log(request, call_next):
        response = await call_next(request)
        seen["code"] = getattr(request.state, "error_code", None)
        return response

    @app.get("/x")
    def x():
        raise errors.Conflict("taken", code="voucher_spent")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with TestClient(app) as c:
            r = c.get("/x")
    assert (r.status_code, r.json(), seen) == (409, {"detail": "taken"}, {"code": "voucher_spent"})


def test_no_hub_module_translates_exceptions_into_http_answers():
    """Routes raise HubError kinds; only errors.render (and app.py's database-down handler) answer."""
    offenders = []
    for path in sorted(HUB.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        if path.name == "errors.py":  # its docstring names what it replaces
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bHTTPException\b", text):
            offenders.append(f"{path.relative_to(HUB)}: HTTPException")
        if re.search(r"\bclass Refused\(Exception\)", text):
            offenders.append(f"{path.relative_to(HUB)}: an exception outside the HubError family")
    assert offenders == []


def test_an_unknown_voucher_is_the_same_404_over_http(api_client):
    r = api_client.get("/v1/vouchers/NOPE")
    assert (r.status_code, r.content) == (404, b'{"detail":"Voucher NOPE is not known"}')
    r = api_client.get("/v1/stores/PAR01/day-totals?date=2026-13-01")
    assert (r.status_code, r.json()) == (422, {"detail": "'2026-13-01' is not a date (YYYY-MM-DD)"})
    r = api_client.get("/v1/feed", headers={"Authorization": "Bearer nope"})
    assert (r.status_code, r.json(), r.headers["www-authenticate"]) == (
        401,
        {"detail": "unknown or revoked token"},
        "Bearer",
    )


@pytest.fixture
def api_client(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from storedesk.hub.admin import add_store
    from storedesk.hub.app import create_app
    from storedesk.hub.auth import issue_token

    app = create_app(f"sqlite:///{tmp_path / 'hub.db'}")
    with db.write_tx(app.state.engine) as conn:
        add_store(conn, "PAR01", "Paris", "EUR", "Europe/Paris")
        token, _ = issue_token(conn, "station", "t1", "PAR01", "T1")
    with TestClient(app) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        yield c
