"""HTTP routes of gift cards: a card's balance, a redemption as a tender, its cancellation.

The logic is in service.py. Routes are plain `def` (FastAPI's thread pool); every refusal is a
HubError (errors.py), answered {"detail": "..."} in words a clerk reads.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.engine import Engine

from .. import db, deps, redemptions
from ..auth import ERP, STATION, Principal, authenticate, require_station
from ..errors import Forbidden
from ..validation import UUID_HEX
from ..values import MAX_MINOR
from . import service

router = APIRouter(tags=["gift cards"])

UUID_RE = UUID_HEX.pattern
CodePath = Annotated[str, Path(min_length=1, max_length=64)]


class RedeemIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    redemption_id: Annotated[str, Field(pattern=UUID_RE, description="uuid in lowercase hex: the idempotency key")]
    amount_minor: int = Field(gt=0, le=MAX_MINOR)
    ref: Annotated[str, Field(min_length=1, max_length=64)]


@router.get("/v1/gift-cards/{code}", responses={404: {"description": "unknown or not yet activated card"}})
def get_card(code: CodePath, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """A gift card's balance (any station of the chain, or the ERP)."""
    if who.kind not in (STATION, ERP):
        raise Forbidden(f"a {who.kind} token cannot read gift cards")
    return db.read_one(engine, service.get, code, missing=service.unknown_card(code))


@router.post(
    "/v1/gift-cards/{code}/redeem",
    responses={
        404: {"description": "unknown or not yet activated card"},
        409: {"description": "balance too low (the detail says what is left), another currency, or a reused id"},
    },
)
def post_redeem(
    code: CodePath, body: RedeemIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)
):
    """Take an amount off a card if its balance suffices (atomically). Idempotent by redemption_id."""
    me = require_station(who)
    return service.redeem(engine, me.store, me.station, body.redemption_id, code, body.amount_minor, body.ref)


@router.post("/v1/gift-cards/redemptions/{redemption_id}/cancel", responses={404: {"description": "unknown"}})
def post_cancel(
    redemption_id: str = Path(max_length=64),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Give a redemption's amount back to its card; a repeat gives nothing back twice."""
    return redemptions.cancel_route(
        who, redemption_id, lambda store, station, rid: service.cancel(engine, store, rid, station=station)
    )
