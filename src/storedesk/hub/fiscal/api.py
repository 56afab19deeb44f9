"""HTTP routes of the stations' fiscal copy at the hub (issue 19), with the station's token:

PUT /v1/stations/me/journal  {"entries": [{"seq", "kind", "doc_ref", "created_at", "payload",
    "prev_hash", "hash", "signature", "algorithm", "key_fingerprint"}, ...]} (1..MAX_BATCH, in
    seq order with no hole; "payload" the entry's text exactly as the station stores it;
    signature, algorithm and key_fingerprint all three or none). Answer {"added", "duplicate",
    "last_seq"}. 409 {"detail"} when an entry differs from the one the hub has for its seq
    (recorded) or the batch does not follow the hub's last seq (journal.py): GET says where it is.
GET /v1/stations/me/journal  {"last_seq"}: where the station resumes.
PUT /v1/stations/me/fiscal-archives/{period}  {"sha256", "size", "start", "content_base64"}: a
    part (at most archives.PART bytes, from byte `start`; parts in order from 0) of the station's
    archive of that month, `sha256` and `size` the whole archive's (archives.py). Answer {"store",
    "station", "period", "sha256", "size", "received_at", "new", "received", "complete"}; 409 for
    another archive of a period the hub has (recorded).
"""

from __future__ import annotations

import base64
import binascii

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy.engine import Engine

from ...domain.fiscal.mirror import MirroredEntry
from .. import db, deps
from ..auth import Principal, authenticate, require_station
from ..errors import Unprocessable
from . import archives, journal

router = APIRouter()
HEX64 = r"^[0-9a-f]{64}$"
MAX_PAYLOAD = 1_000_000  # characters of one entry's text (a sale of hundreds of lines is ~100 kB)
MAX_BASE64 = (archives.PART + 2) // 3 * 4


class EntryIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    seq: int = Field(ge=1, le=2**62)
    kind: str = Field(min_length=1, max_length=64)
    doc_ref: str = Field(max_length=500)  # indexed at the hub (PostgreSQL: at most 2,704 bytes a key)
    created_at: str = Field(min_length=1, max_length=40)
    payload: str = Field(min_length=1, max_length=MAX_PAYLOAD)
    prev_hash: str = Field(pattern=HEX64)
    hash: str = Field(pattern=HEX64)
    signature: str | None = Field(default=None, min_length=1, max_length=128)
    algorithm: str | None = Field(default=None, min_length=1, max_length=32)
    key_fingerprint: str | None = Field(default=None, min_length=1, max_length=64)

    @model_validator(mode="after")
    def _signed_whole(self):
        given = [self.signature is not None, self.algorithm is not None, self.key_fingerprint is not None]
        if any(given) and not all(given):
            raise ValueError("signature, algorithm and key_fingerprint come together, or none of them")
        return self


class JournalIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entries: list[EntryIn] = Field(min_length=1, max_length=journal.MAX_BATCH)


class ArchiveIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    sha256: str = Field(pattern=HEX64)
    size: int = Field(ge=1, le=archives.MAX_ARCHIVE)
    start: int = Field(default=0, ge=0, le=archives.MAX_ARCHIVE)
    content_base64: str = Field(min_length=1, max_length=MAX_BASE64)


def _contiguous(entries: list[EntryIn]) -> list[MirroredEntry]:
    for before, after in zip(entries, entries[1:], strict=False):
        if after.seq != before.seq + 1:
            raise Unprocessable(f"entries must be in seq order with no hole: {after.seq} follows {before.seq}")
    return [MirroredEntry(**e.model_dump()) for e in entries]


@router.put(
    "/v1/stations/me/journal",
    tags=["stations"],
    responses={
        409: {"description": "an entry differs from the hub's copy (recorded), or the batch skips entries"},
        422: {"description": "malformed entries, or not in seq order"},
        403: {"description": "not a station token"},
    },
)
def put_journal(body: JournalIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """Mirror a batch of the calling station's journal entries (journal.py): idempotent by seq."""
    me = require_station(who)
    return journal.receive(engine, me.store, me.station, _contiguous(body.entries)).as_dict()


@router.get("/v1/stations/me/journal", tags=["stations"])
def get_journal_position(who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """The last seq of the calling station's journal the hub has (0: none)."""
    me = require_station(who)
    with db.read_conn(engine) as conn:
        return {"last_seq": journal.last_seq(conn, me.store, me.station)}


@router.put(
    "/v1/stations/me/fiscal-archives/{period}",
    tags=["stations"],
    responses={
        409: {"description": "another archive for this period is kept already (recorded)"},
        422: {"description": "a bad period, bytes that are not base64 or do not match sha256, too big"},
        403: {"description": "not a station token"},
    },
)
def put_archive(
    period: str, body: ArchiveIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)
):
    """Keep the calling station's archive of `period` (archives.py): once; the same again changes nothing."""
    me = require_station(who)
    archives.checked_period(period)
    try:
        content = base64.b64decode(body.content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise Unprocessable("content_base64 is not base64") from None
    answer = archives.keep(
        engine, me.store, me.station, period, archives.Part(body.sha256, body.size, body.start, content)
    )
    return answer.as_dict()
