"""HTTP routes of customers and loyalty (station tokens): search, create, read with the points
balance, redeem points and give a redemption back. The logic is in service.py and loyalty.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.engine import Engine

from .. import db, deps, redemptions
from ..auth import Principal, authenticate, require_station
from ..validation import UUID_HEX
from ..values import MAX_MINOR
from . import loyalty, service

router = APIRouter(tags=["customers"])
UUID_RE = UUID_HEX.pattern


class CustomerIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    name: str = Field(max_length=200)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=254)
    card: str = Field(default="", max_length=64, description="a scanned card's number; empty: the hub issues one")
    group: str = Field(default="", max_length=32)
    consent: bool = Field(description="the customer agreed to be contacted (asked explicitly)")


class RedeemIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    redemption_id: Annotated[str, Field(pattern=UUID_RE)]
    points: int = Field(gt=0, le=MAX_MINOR)
    value_minor: int = Field(ge=0, le=MAX_MINOR)
    ref: str = Field(default="", max_length=64)


@router.get("/v1/customers")
def search(
    q: str = Query(default="", max_length=200),
    card: str = Query(default="", max_length=64),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Customers by phone, email, name or card (at most 20, best first); `card=`: that card only."""
    require_station(who)
    with db.read_conn(engine) as conn:
        if card:
            found = service.by_card(conn, card)
            return {"customers": [found] if found else []}
        return {"customers": service.search(conn, q)}


@router.post("/v1/customers", responses={409: {"description": "phone, email or card of another customer"}})
def create(body: CustomerIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """A new customer, with their explicit consent (or refusal) to be contacted."""
    require_station(who)
    return service.create(engine, body.model_dump())


@router.get("/v1/customers/{customer_id}", responses={404: {"description": "unknown or erased"}})
def get(customer_id: str = Path(max_length=32), who: Principal = Depends(authenticate), engine=Depends(deps.engine)):
    """A customer with their points balance."""
    require_station(who)
    return db.read_one(engine, service.get, customer_id, missing=service.unknown(customer_id))


@router.post(
    "/v1/customers/{customer_id}/redeem",
    responses={404: {"description": "unknown customer"}, 409: {"description": "not enough points, or id reused"}},
)
def redeem(
    body: RedeemIn,
    customer_id: str = Path(max_length=32),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Take points off the balance if it covers them (serialised). Idempotent by redemption_id."""
    me = require_station(who)
    with db.read_conn(engine) as conn:
        currency = redemptions.store_currency(conn, me.store)
    return loyalty.redeem(
        engine, me.store, me.station, customer_id, body.redemption_id, body.points, body.value_minor, currency, body.ref
    )


@router.post("/v1/customers/redemptions/{redemption_id}/cancel", responses={404: {"description": "unknown"}})
def cancel(
    redemption_id: str = Path(max_length=64), who: Principal = Depends(authenticate), engine=Depends(deps.engine)
):
    """Give a redemption's points back (once); only the station that made it."""
    return redemptions.cancel_route(
        who, redemption_id, lambda store, station, rid: loyalty.cancel(engine, store, station, rid)
    )
