"""The hub's log: one JSON line per request and one per rejected event, for machines first.

Why JSON: the hub runs behind a process manager (systemd, a container) whose log collector
indexes fields; a line per request with `status`, `duration_ms` and the caller's store and
station answers "which station fails, since when, how slow" without parsing prose.

`log_requests` is an HTTP middleware (create_app: `app.middleware("http")(log_requests)`):
    {"time": "2024-05-01T09:30:00.123Z", "level": "INFO", "logger": "storedesk.hub.requests",
     "msg": "request", "request_id": "...", "method": "POST", "path": "/v1/events",
     "route": "/v1/events", "query": ["after", "limit"], "status": 200, "duration_ms": 12.4,
     "caller": {"kind": "station", "name": "PAR01/T1", "store": "PAR01", "station": "T1"}}
  - the query string's KEYS only: a value may be a SKU, a receipt or a customer's search;
  - a voucher's code in the path is masked (`/v1/vouchers/***/redeem`): it is money to a reader;
  - never the token: the caller is what the token stands for, read from `request.state.principal`
    (auth.authenticate leaves it there); no caller when the request had no valid token;
  - `request_id`: the client's X-Request-ID when it is a plain word, else a new one; the answer
    carries it back in X-Request-ID, and the rejected-event lines of the request repeat it;
  - `error`: the HubError code when the hub refused (errors.render leaves it on request.state).
`log_rejected(store, station, events, results)` (ingest.py, after the batch is durable) writes one
  line per event answered "rejected" or "conflict": event id, kind, store, station, reason.

`configure(level)` (`storedesk-hub serve`) sends every record of the process to stderr in that
form, uvicorn's own lines included (other libraries: warnings and above); the per-request line
replaces uvicorn's access log (serve passes `access_log=False, log_config=None`).
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from collections.abc import Iterable
from typing import Any

from ..domain.hub_url import loggable_path
from ..logs import StderrHandler

requests_log = logging.getLogger("storedesk.hub.requests")
events_log = logging.getLogger("storedesk.hub.events")

REQUEST_ID_HEADER = "X-Request-ID"
_CLIENT_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
MAX_REASON = 500
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("storedesk_hub_request_id", default=None)


def _caller(request) -> dict[str, str] | None:
    who = getattr(request.state, "principal", None)
    if who is None:
        return None
    return {
        k: v for k, v in (("kind", who.kind), ("name", who.name), ("store", who.store), ("station", who.station)) if v
    }


def _request_id_of(request) -> str:
    given = request.headers.get(REQUEST_ID_HEADER, "")
    return given if _CLIENT_ID.match(given) else uuid.uuid4().hex


async def log_requests(request, call_next):
    """Starlette/FastAPI HTTP middleware: answer, then log one line (also when the route raised)."""
    started = time.perf_counter()
    request_id = _request_id_of(request)
    request.state.request_id = request_id  # shared with the route's request (the same scope)
    token = _request_id.set(request_id)
    status = 500
    try:
        response = await call_next(request)
        status = response.status_code
        response.headers[REQUEST_ID_HEADER] = request_id
        return response
    finally:
        _request_id.reset(token)
        requests_log.info("request", extra={"fields": _request_fields(request, request_id, status, started)})


def _request_fields(request, request_id: str, status: int, started: float) -> dict[str, Any]:  # float-ok: clock
    route = request.scope.get("route")
    fields: dict[str, Any] = {
        "request_id": request_id,
        "method": request.method,
        "path": loggable_path(request.url.path),
        "route": getattr(route, "path", None),
        "query": sorted(set(request.query_params.keys())),
        "status": status,
        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
    }
    caller = _caller(request)
    if caller:
        fields["caller"] = caller
    error = getattr(request.state, "error_code", None)
    if error:
        fields["error"] = error
    return fields


def log_rejected(store: str, station: str, events: Iterable, results: Iterable) -> None:
    """One line per event the hub answered "rejected" or "conflict". `events` have .id and .kind,
    `results` .id, .status and .reason (ingest.EventIn, ingest.Result), in the same order."""
    for event, result in zip(events, results, strict=False):  # a log line never fails a batch
        if result.status not in ("rejected", "conflict"):
            continue
        fields = {
            "event_id": event.id,
            "kind": event.kind,
            "store": store,
            "station": station,
            "status": result.status,
            "reason": (result.reason or "")[:MAX_REASON],
        }
        request_id = _request_id.get()
        if request_id:
            fields["request_id"] = request_id
        events_log.warning("event rejected", extra={"fields": fields})


# --------------------------------------------------------------------------- output
class JsonLines(logging.Formatter):
    """One JSON object per record: time (UTC), level, logger, msg, the record's `fields`, and the
    traceback under "exc" when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        line.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str, separators=(",", ":"))


_handler: logging.Handler | None = None


def configure(level: str = "info", stream=None) -> logging.Handler:
    """Send every log record of the process to `stream` (stderr) as JSON lines, at `level`
    (uvicorn's --log-level words). Called again, it replaces its handler."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
    _handler = logging.StreamHandler(stream) if stream is not None else StderrHandler()
    _handler.setFormatter(JsonLines())
    root.addHandler(_handler)
    wanted = getattr(logging, level.upper(), logging.INFO)
    logging.getLogger("storedesk").setLevel(wanted)  # uvicorn sets its own loggers from the same word
    root.setLevel(max(wanted, logging.WARNING))  # other libraries (alembic's INFO chatter): warnings only
    return _handler
