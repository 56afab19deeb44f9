"""The hub's HTTP API under /v1 (FastAPI). `create_app(db_url)` builds it.

Stateless between requests: everything lives in the database (tokens are looked up on each
request), so several processes can serve one PostgreSQL. Routes are plain `def` functions:
FastAPI runs them on its thread pool, and the blocking database work never stalls the loop.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from .. import __version__
from ..sync.wire import MAX_FEED
from . import catalog, db, exports, feed, ingest, orders_api, returns_api, stock, stock_api
from .auth import Principal, authenticate, require_erp, require_station, require_store_reader
from .limits import MAX_BODY, BodyGuard
from .schemas import DayTotals, EventsIn, EventsOut, FeedPage, Health, ProductsIn, ProductsOut, StockOut
from .times import parse_date

log = logging.getLogger("storedesk.hub")


def create_app(db_url: str | None = None, migrate: bool = True, max_body: int = MAX_BODY) -> FastAPI:
    engine = db.make_engine(db.resolve_url(db_url))
    revision = db.migrate(engine) if migrate else ""

    @asynccontextmanager
    async def lifespan(_app):
        yield
        engine.dispose()

    app = FastAPI(lifespan=lifespan, title="storedesk hub", version=__version__, openapi_url="/openapi.json",
                  description="Central endpoint of storedesk stations: event ingest, feed, catalog, stock, "
                              "ERP totals. Money is integer minor units; quantities are decimal strings.")
    app.state.engine = engine
    app.add_middleware(BodyGuard, max_body=max_body)

    @app.exception_handler(db.Busy)
    def _busy(_request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "2"})

    @app.exception_handler(OperationalError)
    def _db_down(_request, exc):
        log.error("database error: %s", exc.orig)
        return JSONResponse({"detail": "the hub database is unavailable; retry later"}, status_code=503,
                            headers={"Retry-After": "5"})

    @app.get("/v1/health", response_model=Health, tags=["hub"])
    def health():
        """No token needed. 503 when the database does not answer."""
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "schema_revision": revision, "version": __version__}

    @app.post("/v1/events", response_model=EventsOut, tags=["stations"],
              responses={409: {"description": "a one-event batch whose id was used for another payload"},
                         403: {"description": "not a station token"},
                         413: {"description": "body over 5 MB"}, 415: {"description": "not JSON"}})
    def post_events(body: EventsIn, who: Principal = Depends(authenticate)):
        """Apply 1..500 station events, each on its own; one result per event, in order. An event
        naming another store's or station's documents is rejected alone, with the reason
        (ownership.py); the rest of the batch is applied."""
        require_station(who)
        batch = [ingest.EventIn(ev.id, ev.kind, ev.payload, ev.created_at) for ev in body.events]
        results = ingest.ingest(engine, who.store, who.station, batch)
        status = 409 if len(results) == 1 and results[0].status == ingest.CONFLICT else 200
        return JSONResponse({"results": [r.as_dict() for r in results]}, status_code=status)

    @app.get("/v1/feed", response_model=FeedPage, tags=["stations"])
    def get_feed(after: str = Query("0", max_length=20), limit: int = Query(200, ge=1, le=MAX_FEED),
                 who: Principal = Depends(authenticate)):
        """What concerns the calling station, after `after` (\"0\" at first), oldest first."""
        require_station(who)
        if not (after.isascii() and after.isdigit()):
            raise HTTPException(422, "after must be a cursor from an earlier page, or 0")
        with db.read_conn(engine) as conn:
            return feed.page(conn, who.store, who.station, int(after), limit)

    @app.put("/v1/products", response_model=ProductsOut, tags=["erp"])
    def put_products(body: ProductsIn, who: Principal = Depends(authenticate)):
        """Catalog import (ERP token): upsert by SKU; each new or changed product goes to every
        station's feed. All or nothing."""
        require_erp(who)
        return catalog.upsert(engine, [p.model_dump() for p in body.products])

    @app.get("/v1/stock", response_model=StockOut, tags=["stock"])
    def get_stock(sku: str = Query(min_length=1, max_length=64), who: Principal = Depends(authenticate)):
        """On-hand of one SKU in every store, from all stations' movements (any valid token)."""
        with db.read_conn(engine) as conn:
            found = stock.on_hand(conn, sku)
        if found is None:
            raise HTTPException(404, f"unknown SKU {sku!r}")
        return found

    @app.get("/v1/stores/{code}/day-totals", response_model=DayTotals, tags=["erp"])
    def get_day_totals(code: str, date: str = Query(description="YYYY-MM-DD, the store's local day"),
                       who: Principal = Depends(authenticate)):
        """Sales, tax by rate, tenders, discounts and returns of one business day (integers)."""
        require_store_reader(who, code)
        try:
            day = parse_date(date)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        with db.read_conn(engine) as conn:
            totals = exports.day_totals(conn, code, day)
        if totals is None:
            raise HTTPException(404, f"unknown store {code!r}")
        return totals

    for module in (orders_api, returns_api, stock_api):
        app.include_router(module.router)
    from . import station_history  # issue 12: a restored station reads back its own events
    app.include_router(station_history.router)
    return app
