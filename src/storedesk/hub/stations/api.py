"""HTTP routes of the stations: the sync contract of sync/wire.py, and reading back one's own events.

POST /v1/events   (station token) 1..500 events, each applied on its own by ingest.py.
GET  /v1/feed     (station token) what concerns the station, after a cursor (feed.py).
PUT  /v1/stations/me/signing-key   (station token) {"public_key": PEM}: the station's public
    signing key, kept with every key it had before (keys.py, issue 19). Response: {"store",
    "station", "fingerprint", "public_key", "registered_at", "new"}; the same key again answers
    the first registration with "new": false.

A station reads back its OWN events, for a restore from backup (issue 12, rule 11):
GET /v1/station/events?after=ID&limit=N   (station token)
    response: {"events": [{"id", "kind", "created_at", "occurred_at", "doc_ref", "payload",
                           "status", "reason", "received_at"}, ...], "next": ID, "more": bool}
    Only the events of the token's own store AND station, accepted or rejected, as stored:
    "payload" is the canonical JSON TEXT the hub stored (for a sale, a return or a Z it is the
    station's journal entry, byte for byte), so the station can re-append it unchanged.
    Paged by event id (`after` = the `next` of the previous page, empty at first): ids are the
    stations' uuids, so the order is arbitrary but total and stable, and no event is skipped or
    repeated whatever is written meanwhile. The station sorts what it read back itself
    (services/restore/hub_events.py). At most MAX_PAGE events per page.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.engine import Engine

from ...sync.wire import MAX_FEED
from .. import db, deps, feed, ingest
from ..auth import Principal, authenticate, require_station
from ..errors import Unprocessable
from ..models import events
from ..schemas import EventsIn, EventsOut, FeedPage
from . import keys

router = APIRouter()
MAX_PAGE = 1000
EVENT_ID = re.compile(r"^[0-9a-f]{32}$")
COLUMNS = (
    events.c.id,
    events.c.kind,
    events.c.created_at,
    events.c.occurred_at,
    events.c.doc_ref,
    events.c.payload,
    events.c.status,
    events.c.reason,
    events.c.received_at,
)


@router.post(
    "/v1/events",
    response_model=EventsOut,
    tags=["stations"],
    responses={
        409: {"description": "a one-event batch whose id was used for another payload"},
        403: {"description": "not a station token"},
        413: {"description": "body over 5 MB"},
        415: {"description": "not JSON"},
    },
)
def post_events(body: EventsIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """Apply 1..500 station events, each on its own; one result per event, in order. An event
    naming another store's or station's documents is rejected alone, with the reason
    (ownership.py); the rest of the batch is applied."""
    me = require_station(who)
    batch = [ingest.EventIn(ev.id, ev.kind, ev.payload, ev.created_at) for ev in body.events]
    results = ingest.ingest(engine, me.store, me.station, batch)
    status = 409 if len(results) == 1 and results[0].status == ingest.CONFLICT else 200
    return JSONResponse({"results": [r.as_dict() for r in results]}, status_code=status)


@router.get("/v1/feed", response_model=FeedPage, tags=["stations"])
def get_feed(
    after: str = Query("0", max_length=20),
    limit: int = Query(200, ge=1, le=MAX_FEED),
    catalog_to: int = Query(0, ge=0),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """What concerns the calling station, after `after` (\"0\" at first), oldest first.
    `catalog_to`: the position of the catalog snapshot the station loaded (GET
    /v1/catalog/snapshot); the product and scheduled-price items up to it are left out."""
    me = require_station(who)
    if not (after.isascii() and after.isdigit()):
        raise Unprocessable("after must be a cursor from an earlier page, or 0")
    with db.read_conn(engine) as conn:
        return feed.page(conn, me.store, me.station, int(after), limit, catalog_to)


@router.get("/v1/station/events", tags=["stations"])
def station_events(
    after: str = Query("", max_length=32),
    limit: int = Query(500, ge=1, le=MAX_PAGE),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """This station's own events, by id after `after` (a restored station catches up with them)."""
    me = require_station(who)
    if after and not EVENT_ID.match(after):
        raise Unprocessable("after must be the `next` of an earlier page (an event id), or empty")
    q = (
        select(*COLUMNS)
        .where(events.c.store == me.store, events.c.station == me.station, events.c.id > after)
        .order_by(events.c.id)
        .limit(limit + 1)
    )
    with db.read_conn(engine) as conn:
        rows = conn.execute(q).all()
    page = rows[:limit]
    return {
        "events": [dict(r._mapping) for r in page],
        "next": page[-1].id if page else after,
        "more": len(rows) > limit,
    }


class SigningKeyIn(BaseModel):
    public_key: str = Field(min_length=1, max_length=keys.MAX_PEM)


@router.put(
    "/v1/stations/me/signing-key",
    tags=["stations"],
    responses={
        422: {"description": "not an ECDSA P-256 public key in PEM"},
        403: {"description": "not a station token"},
    },
)
def put_signing_key(body: SigningKeyIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """Register the calling station's public signing key (keys.py): once per key; a new key is
    kept beside the earlier ones, never replacing them."""
    me = require_station(who)
    done = keys.register(engine, me.store, me.station, body.public_key)
    return {**done.key.as_dict(), "new": done.new}
