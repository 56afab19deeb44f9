"""HTTP routes: Store stock documents: advance shipping notices and transfers between stores.

PUT /v1/asns  (ERP token)  {"asns": [{"store", "number", "supplier", "expected_at", "lines": [{"sku", "quantity"}]}]}
    Upsert by (store, number): a new or changed notice becomes one "asn" feed item for the
    stations of its store (services/stock_feed.py documents the item). A notice already
    received is not changed (409). Answer: {"received", "created", "updated", "unchanged", "asns": [{"number", "asn_id", "status"}]}.
GET /v1/asns?store=CODE&status=open   (ERP, or a station of that store)
GET /v1/transfers?store=CODE          (ERP, or a station of the sending or receiving store)
"""

from __future__ import annotations

import json
import uuid

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import or_, select, update
from sqlalchemy.engine import Engine

from . import db, deps
from .auth import ERP, Principal, authenticate, require_erp, require_store_reader
from .feed import add_items
from .models import stores
from .models_stock import asns, transfers
from .times import parse_instant, utc_text, utcnow_text
from .values import milli_text, quantity_milli

router = APIRouter()


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


def _feed_data(row: dict) -> dict:
    return {"asn_id": row["id"], "store": row["store"], "number": row["number"], "supplier": row["supplier"],
            "expected_at": row["expected_at"], "status": row["status"], "received_by_station": None,
            "lines": json.loads(row["lines"])}


@router.put("/v1/asns", tags=["stock"], responses={409: {"description": "a notice already received"}})
def put_asns(body: AsnsIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """Advance shipping notices from the ERP: each new or changed one goes to its store's feed."""
    require_erp(who)

    def work(conn):
        now = utcnow_text()
        out = {"received": len(body.asns), "created": 0, "updated": 0, "unchanged": 0, "asns": []}
        items = []
        for a in body.asns:
            if conn.execute(select(stores.c.code).where(stores.c.code == a.store)).first() is None:
                raise HTTPException(422, f"unknown store {a.store!r}")
            lines = json.dumps([ln.model_dump() for ln in a.lines], separators=(",", ":"), ensure_ascii=False)
            old = conn.execute(select(asns).where(asns.c.store == a.store, asns.c.number == a.number)).first()
            if old is None:
                row = {"id": uuid.uuid4().hex, "store": a.store, "number": a.number, "supplier": a.supplier,
                       "expected_at": a.expected_at, "status": "open", "lines": lines, "created_at": now,
                       "updated_at": now}
                conn.execute(asns.insert().values(**row))
                out["created"] += 1
            elif (old.supplier, old.expected_at, old.lines) == (a.supplier, a.expected_at, lines):
                out["unchanged"] += 1
                out["asns"].append({"number": a.number, "asn_id": old.id, "status": old.status})
                continue
            elif old.status != "open":
                raise HTTPException(409, f"ASN {a.number} of {a.store} is already {old.status}; send a new number")
            else:
                conn.execute(update(asns).where(asns.c.id == old.id).values(
                    supplier=a.supplier, expected_at=a.expected_at, lines=lines, updated_at=now))
                row = {**dict(old._mapping), "supplier": a.supplier, "expected_at": a.expected_at, "lines": lines}
                out["updated"] += 1
            items.append((a.store, None, "asn", _feed_data(row)))
            out["asns"].append({"number": a.number, "asn_id": row["id"], "status": row["status"]})
        add_items(conn, items, now)
        return out

    return db.run_write(engine, work, feed=True)


@router.get("/v1/asns", tags=["stock"])
def get_asns(store: str = Query(min_length=1, max_length=32), status: str | None = Query(None, max_length=16),
             who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    require_store_reader(who, store)
    q = select(asns).where(asns.c.store == store).order_by(asns.c.created_at)
    if status:
        q = q.where(asns.c.status == status)
    with db.read_conn(engine) as conn:
        return {"asns": [{**_feed_data(dict(r._mapping)), "received_by_station": r.received_station}
                         for r in conn.execute(q)]}


@router.get("/v1/transfers", tags=["stock"])
def get_transfers(store: str = Query(min_length=1, max_length=32), who: Principal = Depends(authenticate),
                  engine: Engine = Depends(deps.engine)):
    """Transfers sent from or to `store`, oldest first."""
    if who.kind != ERP and not (who.kind == "station" and who.store == store):
        raise HTTPException(403, f"this token may not read store {store!r}")
    q = (select(transfers).where(or_(transfers.c.from_store == store, transfers.c.to_store == store))
         .order_by(transfers.c.at))
    with db.read_conn(engine) as conn:
        return {"transfers": [{"transfer_id": r.id, "number": r.number, "from_store": r.from_store,
                               "from_station": r.from_station, "to_store": r.to_store, "at": r.at,
                               "status": r.status, "received_station": r.received_station,
                               "received_at": r.received_at, "lines": json.loads(r.lines)}
                              for r in conn.execute(q)]}
