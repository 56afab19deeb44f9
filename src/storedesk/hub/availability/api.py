"""GET /v1/availability (a channel, the ERP or a station): what each location can promise.

    GET /v1/availability?sku=A&sku=B[&near=LAT,LON][&fulfilment=pickup|ship][&limit=N]

Up to 100 SKUs (query.py checks every parameter strictly); the answer is service.py's. A
station may ask too (the counter's "where else can it be ordered"): like GET /v1/stock, it
names no document of any store.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy.engine import Engine

from .. import db, deps
from ..auth import Principal, authenticate
from . import render, service
from .query import MAX_LIMIT, MAX_SKUS, parse_query

router = APIRouter()


@router.get("/v1/availability", tags=["orders"])
def get_availability(
    request: Request,
    sku: list[str] = Query(default=[], description=f"repeat for each SKU; 1 to {MAX_SKUS}"),
    near: str | None = Query(default=None, description="LAT,LON in decimal degrees: adds distance_km, nearest first"),
    fulfilment: str | None = Query(
        default=None, description="pickup (stores only) or ship (stores and warehouses; the default)"
    ),
    limit: str | None = Query(
        default=None, description=f"1 to {MAX_LIMIT}: each SKU lists its N first (nearest) locations only"
    ),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
) -> Response:
    """Available to promise per SKU and location: on hand - reserved - safety stock (decimal strings).
    Only locations with something available are listed; an unknown SKU has nothing available."""
    q = parse_query(request.query_params.multi_items())
    with db.read_conn(engine) as conn:
        answer = service.availability(conn, q)
    return Response(render.to_json(answer), media_type="application/json")
