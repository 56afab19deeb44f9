"""GET /v1/health: no token needed; 503 when the database does not answer (app.py's handler of
OperationalError), so a load balancer or the station's status line can tell the hub is usable."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .. import __version__
from . import deps
from .schemas import Health

router = APIRouter()


@router.get("/v1/health", response_model=Health, tags=["hub"])
def health(request: Request, engine: Engine = Depends(deps.engine)):
    """No token needed. 503 when the database does not answer."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return {"status": "ok", "schema_revision": request.app.state.schema_revision, "version": __version__}
