"""HTTP route: a station reads back its OWN events, for a restore from backup (issue 12, rule 11).

GET /v1/station/events?after=ID&limit=N   (station token)
    response: {"events": [{"id", "kind", "created_at", "occurred_at", "doc_ref", "payload",
                           "status", "reason", "received_at"}, ...], "next": ID, "more": bool}
    Only the events of the token's own store AND station, accepted or rejected, as stored:
    "payload" is the canonical JSON TEXT the hub stored (for a sale, a return or a Z it is the
    station's journal entry, byte for byte), so the station can re-append it unchanged.
    Paged by event id (`after` = the `next` of the previous page, empty at first): ids are the
    stations' uuids, so the order is arbitrary but total and stable, and no event is skipped or
    repeated whatever is written meanwhile. The station sorts what it read back itself
    (services/restore.py). At most MAX_PAGE events per page.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.engine import Engine

from . import db, deps
from .auth import Principal, authenticate, require_station
from .models import events

router = APIRouter()
MAX_PAGE = 1000
EVENT_ID = re.compile(r"^[0-9a-f]{32}$")
COLUMNS = (events.c.id, events.c.kind, events.c.created_at, events.c.occurred_at, events.c.doc_ref,
           events.c.payload, events.c.status, events.c.reason, events.c.received_at)


@router.get("/v1/station/events", tags=["stations"])
def station_events(after: str = Query("", max_length=32), limit: int = Query(500, ge=1, le=MAX_PAGE),
                   who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """This station's own events, by id after `after` (a restored station catches up with them)."""
    require_station(who)
    if after and not EVENT_ID.match(after):
        raise HTTPException(422, "after must be the `next` of an earlier page (an event id), or empty")
    q = (select(*COLUMNS).where(events.c.store == who.store, events.c.station == who.station, events.c.id > after)
         .order_by(events.c.id).limit(limit + 1))
    with db.read_conn(engine) as conn:
        rows = conn.execute(q).all()
    page = rows[:limit]
    return {"events": [dict(r._mapping) for r in page], "next": page[-1].id if page else after,
            "more": len(rows) > limit}
