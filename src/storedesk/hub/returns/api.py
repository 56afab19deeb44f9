"""HTTP routes of returns (issue 5): sale lookup, return grants, over-return flags, vouchers.

The logic is in grants.py, events.py and vouchers.py, the contract in the package docstring
(hub/returns/__init__.py). Routes are plain `def` (FastAPI's thread pool); every refusal is a
HubError (errors.py), answered {"detail": "..."} in words a clerk reads.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.engine import Engine

from .. import db, deps, redemptions
from ..auth import ERP, STATION, Principal, authenticate, require_station, require_store_reader
from ..errors import Forbidden, Unprocessable
from ..values import MAX_MINOR, quantity_milli
from . import events, grants, vouchers

router = APIRouter(tags=["returns"])

UUID_RE = r"^[0-9a-f]{32}$"
Ref = Annotated[str, Field(min_length=1, max_length=64)]
Uuid = Annotated[str, Field(pattern=UUID_RE, description="uuid in lowercase hex: the idempotency key")]


class GrantLineIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    line: int = Field(ge=1, le=1_000_000)
    quantity: str = Field(max_length=24, description='decimal string, e.g. "1" or "0.25"')


class GrantIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    grant_id: Uuid
    ref: Ref
    lines: list[GrantLineIn] = Field(min_length=1, max_length=1000)


class RedeemIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    redemption_id: Uuid
    amount_minor: int = Field(gt=0, le=MAX_MINOR)
    ref: str = Field(default="", max_length=64)


@router.get("/v1/returns/sales/{ref}", responses={404: {"description": "the hub does not know this receipt"}})
def get_sale(ref: str, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """A sale of any store of the chain by receipt number, with what each line has returned
    already (accepted returns + active grants), its payments and the refunds made per kind."""
    require_station(who)
    return db.read_one(engine, grants.lookup, ref, missing=grants.unknown_receipt(ref))


@router.post(
    "/v1/returns/grants",
    responses={
        404: {"description": "unknown receipt"},
        409: {"description": "more than is left, or the grant id was used for another request"},
        422: {"description": "unknown line"},
    },
)
def post_grant(body: GrantIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """Ask the hub for return quantities before paying a refund: granted in full, or refused
    (409, naming each line and what is left) with nothing held. Idempotent by grant_id."""
    me = require_station(who)
    lines = []
    for i, ln in enumerate(body.lines, start=1):
        try:
            lines.append((ln.line, quantity_milli(ln.quantity)))
        except ValueError as exc:
            raise Unprocessable(f"lines[{i}].quantity: {exc}") from None
    return grants.grant(engine, me.store, me.station, body.grant_id, body.ref, lines)


@router.delete(
    "/v1/returns/grants/{grant_id}",
    responses={404: {"description": "unknown grant"}, 409: {"description": "already consumed"}},
)
def delete_grant(
    grant_id: str = Path(max_length=64), who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)
):
    """Release an active grant this station asked for (the clerk gave up, or the local transaction
    failed); another store's or station's grant is refused (403) without naming its owner."""
    me = require_station(who)
    return grants.release(engine, me.store, grant_id, station=me.station)


@router.get("/v1/returns/flags")
def get_flags(
    store: str = Query(min_length=1, max_length=32),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Over-return flags of a store (the ERP, or a station of that store)."""
    require_store_reader(who, store)
    with db.read_conn(engine) as conn:
        return {"store": store, "flags": events.flags(conn, store)}


@router.get("/v1/vouchers/{code}", tags=["vouchers"], responses={404: {"description": "unknown voucher"}})
def get_voucher(code: str, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """A store-credit voucher's balance (any station of the chain, or the ERP)."""
    if who.kind not in (STATION, ERP):
        raise Forbidden(f"a {who.kind} token cannot read vouchers")
    return db.read_one(engine, vouchers.get, code, missing=vouchers.unknown_voucher(code))


@router.post(
    "/v1/vouchers/{code}/redeem",
    tags=["vouchers"],
    responses={
        404: {"description": "unknown voucher"},
        409: {"description": "balance too low, another currency, or the redemption id was used for another redemption"},
    },
)
def post_redeem(
    code: str, body: RedeemIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)
):
    """Take an amount off a voucher if its balance suffices (atomically). Idempotent by redemption_id."""
    me = require_station(who)
    return vouchers.redeem(engine, me.store, me.station, body.redemption_id, code, body.amount_minor, body.ref)


@router.post(
    "/v1/vouchers/redemptions/{redemption_id}/cancel",
    tags=["vouchers"],
    responses={404: {"description": "unknown redemption"}},
)
def post_cancel(
    redemption_id: str = Path(max_length=64),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Give a redemption's amount back to its voucher; a repeat gives nothing back twice. Only the
    station that made the redemption cancels it (403 otherwise, naming none of its data)."""
    return redemptions.cancel_route(
        who, redemption_id, lambda store, station, rid: vouchers.cancel(engine, store, rid, station=station)
    )
