"""HTTP routes of store stock: on-hand across stores, advance shipping notices, transfers between stores.

GET /v1/stock?sku=SKU               (any valid token) on-hand of one SKU in every location (ledger.py)

POST /v1/stock/movements  (ERP token)  {"location", "movements": [{"id", "sku", "quantity", "reason",
    "doc_ref", "at"}]}  a warehouse's movements (erp.py). Answer {"received", "recorded", "unchanged"}.
PUT /v1/stock/snapshots   (ERP token)  {"snapshots": [{"id", "location", "at", "complete", "lines":
    [{"sku", "quantity"}]}]}  what the ERP counted in a warehouse (erp.py). Answer {"received",
    "applied", "unchanged", "snapshots": [{"id", "location", "status", "movements"}]}.

PUT /v1/asns  (ERP token)  {"asns": [{"store", "number", "supplier", "expected_at", "lines": [{"sku", "quantity"}]}]}
    Upsert by (store, number) (asns.py): a new or changed notice becomes one "asn" feed item for
    the stations of its store (services/stock/feed.py documents the item). A notice already
    received is not changed (409). Answer: {"received", "created", "updated", "unchanged",
    "asns": [{"number", "asn_id", "status"}]}.
GET /v1/asns?store=CODE&status=open   (ERP, or a station of that store)
GET /v1/transfers?store=CODE          (ERP, or a station of the sending or receiving store)
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field, field_validator
from sqlalchemy.engine import Engine

from ...i18n import msg
from .. import db, deps
from ..auth import ERP, Principal, authenticate, require_erp, require_store_reader
from ..errors import Forbidden
from ..times import parse_instant, utc_text
from ..values import milli_text, quantity_milli
from . import asns, erp, ledger, transfers

router = APIRouter()


class StoreStock(BaseModel):
    store: str
    name: str
    kind: str = Field(description="store | warehouse")
    lat: str | None
    lon: str | None
    on_hand: str = Field(description="decimal string, may be negative")
    movements: int


class StockOut(BaseModel):
    sku: str
    known_product: bool
    stores: list[StoreStock]


class AsnLine(BaseModel):
    sku: str = Field(min_length=1, max_length=64)
    quantity: str = Field(description="decimal string > 0, at most 3 decimals")

    @field_validator("quantity")
    @classmethod
    def _qty(cls, v: str) -> str:
        milli = quantity_milli(v)
        if milli <= 0:
            raise ValueError("quantity must be positive")
        return milli_text(milli)


class AsnIn(BaseModel):
    store: str = Field(min_length=1, max_length=32)
    number: str = Field(min_length=1, max_length=64)
    supplier: str = Field(default="", max_length=200)
    expected_at: str | None = Field(default=None, max_length=40)
    lines: list[AsnLine] = Field(min_length=1, max_length=5000)

    @field_validator("expected_at")
    @classmethod
    def _at(cls, v):
        return None if v is None else utc_text(parse_instant(v))


class AsnsIn(BaseModel):
    asns: list[AsnIn] = Field(min_length=1, max_length=500)


@router.get("/v1/stock", response_model=StockOut, tags=["stock"])
def get_stock(
    sku: str = Query(min_length=1, max_length=64),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """On-hand of one SKU in every store, from all stations' movements (any valid token)."""
    return db.read_one(engine, ledger.on_hand, sku, missing=msg("hub", "unknown SKU {sku}", sku=repr(sku)))


def _require_erp(who: Principal) -> None:
    if who.kind != ERP:
        raise Forbidden("only an ERP token may post a warehouse's stock")


@router.post("/v1/stock/movements", tags=["stock"], responses={409: {"description": "an id held with other content"}})
def post_stock_movements(
    body: erp.ErpMovementsIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)
):
    """A warehouse's stock movements from the ERP, into the ledger (same rules as a station's)."""
    _require_erp(who)
    return erp.post_movements(engine, body)


@router.put("/v1/stock/snapshots", tags=["stock"], responses={409: {"description": "an id held with other content"}})
def put_stock_snapshots(
    body: erp.SnapshotsIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)
):
    """What the ERP counted in a warehouse: each listed SKU's on-hand becomes that quantity."""
    _require_erp(who)
    return erp.put_snapshots(engine, body)


@router.put("/v1/asns", tags=["stock"], responses={409: {"description": "a notice already received"}})
def put_asns(body: AsnsIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """Advance shipping notices from the ERP: each new or changed one goes to its store's feed."""
    require_erp(who)
    return asns.upsert(engine, body.asns)


@router.get("/v1/asns", tags=["stock"])
def get_asns(
    store: str = Query(min_length=1, max_length=32),
    status: str | None = Query(None, max_length=16),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    require_store_reader(who, store)
    with db.read_conn(engine) as conn:
        return {"asns": asns.listed(conn, store, status)}


@router.get("/v1/transfers", tags=["stock"])
def get_transfers(
    store: str = Query(min_length=1, max_length=32),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Transfers sent from or to `store`, oldest first."""
    if who.kind != ERP and not (who.kind == "station" and who.store == store):
        raise Forbidden(f"this token may not read store {store!r}")
    with db.read_conn(engine) as conn:
        return {"transfers": transfers.listed(conn, store)}
