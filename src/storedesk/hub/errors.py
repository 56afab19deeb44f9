"""The hub's refusals: one family, one way to answer them.

A route or a service raises a HubError (or one of its kinds below) with the sentence a clerk or
an integrator reads; `render` (installed once by app.create_app) turns it into the answer,
{"detail": "..."} with the status, byte for byte what FastAPI's HTTPException gave before. No
route translates exceptions itself.

`code` is a short stable word for programs and logs ("not_found", "conflict", ...); the body does
not carry it (the answers are the wire contract and stay as they were), but `render` leaves it on
`request.state.error_code` so a request-log middleware can record it.

Event rejections are not HubErrors: one bad event of a batch is answered "rejected" with its
reason (validation.Invalid) while the rest of the batch is applied; see ingest.py.
"""

from __future__ import annotations

from typing import ClassVar

from starlette.requests import Request
from starlette.responses import JSONResponse


class HubError(Exception):
    """A request the hub refuses: HTTP `status`, a stable `code`, and the `detail` a person reads."""

    def __init__(self, status: int, code: str, detail: str, headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = headers


class _Kind(HubError):
    """A HubError whose status and code come with its class: `NotFound("no order 'W1'")`."""

    STATUS: ClassVar[int]
    CODE: ClassVar[str]
    HEADERS: ClassVar[dict[str, str] | None] = None

    def __init__(self, detail: str, code: str | None = None):
        super().__init__(self.STATUS, code or self.CODE, detail, self.HEADERS)


class Unauthorized(_Kind):
    STATUS, CODE, HEADERS = 401, "unauthorized", {"WWW-Authenticate": "Bearer"}


class Forbidden(_Kind):
    STATUS, CODE = 403, "forbidden"


class NotFound(_Kind):
    STATUS, CODE = 404, "not_found"


class Conflict(_Kind):
    STATUS, CODE = 409, "conflict"


class Unprocessable(_Kind):
    STATUS, CODE = 422, "unprocessable"


class Unavailable(_Kind):
    """The database is busy or locked: retry after a moment."""

    STATUS, CODE, HEADERS = 503, "unavailable", {"Retry-After": "2"}


def render(request: Request, exc: Exception) -> JSONResponse:
    """The one exception handler of the family (app.create_app installs it for HubError)."""
    assert isinstance(exc, HubError)
    request.state.error_code = exc.code
    return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)
