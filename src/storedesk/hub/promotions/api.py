"""HTTP routes of the promotions: PUT /v1/promotions (ERP token) puts a document in force, GET
/v1/promotions (ERP token) shows it. The checks and the feed are service.py's (the CLI uses the same
function). Refusals are for the integrator: English unless the request asks for a language."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends
from pydantic import BaseModel, Field
from sqlalchemy.engine import Engine

from .. import db, deps
from ..auth import ERP, Principal, authenticate
from ..errors import Forbidden
from . import service

router = APIRouter()


class PromotionsPut(BaseModel):
    version: str = Field(description="SHA-256 of the document the stations receive")
    promotions: int
    changed: bool = Field(description="false: this document was already in force (no new version)")


class PromotionsInForce(BaseModel):
    version: str
    promotions: int
    updated_at: str
    updated_by: str
    document: dict[str, Any]


def _erp(who: Principal) -> None:
    if who.kind != ERP:
        raise Forbidden(f"a {who.kind} token cannot manage promotions; use the ERP token")


@router.put("/v1/promotions", response_model=PromotionsPut, tags=["erp"])
def put_promotions(
    document: dict[str, Any] = Body(
        description='the promotions file: {"promotions": [{"id": ..., "kind": ..., ...}]} (see the README)'
    ),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Put the chain's promotions in force (ERP token), whole: checked as each store's stations will
    read it (its currency; times without an offset in its time zone), then sent to every station.
    A refused document is a 422 naming the promotion and the reason, and changes nothing; the same
    document again is answered `changed: false` (no new version, nothing sent)."""
    _erp(who)
    done = service.put(engine, document, f"erp:{who.name}")
    return {"version": done.version, "promotions": done.promotions, "changed": done.changed}


@router.get("/v1/promotions", response_model=PromotionsInForce, tags=["erp"])
def get_promotions(who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """The promotions document in force, its version, when and by whom it was put (404: none yet)."""
    _erp(who)
    found = db.read_one(engine, service.in_force, missing="no promotions have been put in force yet")
    return found.answer()
