"""The hub's HTTP API under /v1 (FastAPI). `create_app(db_url)` builds it.

Stateless between requests: everything lives in the database (tokens are looked up on each
request), so several processes can serve one PostgreSQL. Routes are plain `def` functions:
FastAPI runs them on its thread pool, and the blocking database work never stalls the loop.

Each feature package brings its routes (`<feature>/api.py`, an APIRouter); ROUTERS lists them.
Routes raise errors.HubError and its kinds; one handler answers them all (errors.render).
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

from .. import __version__
from . import db, errors, health, request_log
from .availability import api as availability_api
from .catalog import api as catalog_api
from .customers import api as customers_api
from .fiscal import api as fiscal_api
from .gift_cards import api as gift_cards_api
from .limits import MAX_BODY, BodyGuard
from .orders import api as orders_api
from .orders import changes as order_changes
from .promotions import api as promotions_api
from .reports import api as reports_api
from .returns import api as returns_api
from .stations import api as stations_api
from .stock import api as stock_api

log = logging.getLogger("storedesk.hub")

ROUTERS = (
    health.router,
    stations_api.router,
    catalog_api.router,
    stock_api.router,
    reports_api.router,
    order_changes.router,  # before orders_api: /v1/orders/changes is not an order's id
    orders_api.router,
    returns_api.router,
    gift_cards_api.router,
    availability_api.router,
    promotions_api.router,
    customers_api.router,
    fiscal_api.router,
)


def _db_down(_request, exc: Exception) -> JSONResponse:
    log.error("database error: %s", getattr(exc, "orig", exc))
    return JSONResponse(
        {"detail": "the hub database is unavailable; retry later"}, status_code=503, headers={"Retry-After": "5"}
    )


def create_app(db_url: str | None = None, migrate: bool = True, max_body: int = MAX_BODY) -> FastAPI:
    engine = db.make_engine(db.resolve_url(db_url))
    revision = db.migrate(engine) if migrate else ""

    @asynccontextmanager
    async def lifespan(_app):
        yield
        engine.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="storedesk hub",
        version=__version__,
        openapi_url="/openapi.json",
        description="Central endpoint of storedesk stations: event ingest, feed, catalog, stock, "
        "ERP totals. Money is integer minor units; quantities are decimal strings.",
    )
    app.state.engine = engine
    app.state.schema_revision = revision
    app.add_middleware(BodyGuard, max_body=max_body)
    app.middleware("http")(request_log.log_requests)  # outermost: BodyGuard's 413 is logged too
    app.add_exception_handler(errors.HubError, errors.render)  # db.Busy is one: 503, Retry-After: 2
    app.add_exception_handler(OperationalError, _db_down)
    for router in ROUTERS:
        app.include_router(router)
    return app
