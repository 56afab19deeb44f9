"""Warehouses: registered beside stores (`storedesk-hub add-warehouse`), and the checks that keep
what only a store does (stations) off them.

A warehouse is a row of `stores` with kind "warehouse": the ledger, balances, reservations and
routing already name a location by its code, so they need nothing new. Its coordinates are
required (shipping and GET /v1/availability?near= measure distances from them). Its currency,
when not given, is the chain's: the one currency every store uses.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from ..admin import AdminError, add_store
from ..models import stores
from .kinds import STORE, WAREHOUSE


def chain_currency(conn: Connection) -> str:
    """The one currency of the registered stores, or AdminError asking for --currency."""
    found = sorted({r[0] for r in conn.execute(select(stores.c.currency).distinct())})
    if len(found) != 1:
        what = "no store is registered yet" if not found else f"the stores use {', '.join(found)}"
        raise AdminError(f"give the warehouse's --currency ({what})")
    return found[0]


def add_warehouse(
    conn: Connection, code: str, name: str, timezone: str, lat: str | None, lon: str | None, currency: str | None = None
) -> dict:
    """Register a warehouse: the store checks (code, name, time zone, coordinates) plus its kind."""
    if lat is None or lon is None:
        raise AdminError("a warehouse needs --lat and --lon (shipping measures distances from it)")
    row = add_store(conn, code, name, currency or chain_currency(conn), timezone, lat, lon)
    conn.execute(update(stores).where(stores.c.code == code).values(kind=WAREHOUSE))
    return {**row, "kind": WAREHOUSE}


def kind_of(conn: Connection, code: str) -> str | None:
    """The location's kind, or None when no location has that code."""
    row = conn.execute(select(stores.c.kind).where(stores.c.code == code)).first()
    return None if row is None else row.kind


def require_store(conn: Connection, code: str) -> None:
    """A station belongs to a store: refuse a warehouse (its stock comes from the ERP)."""
    if kind_of(conn, code) not in (None, STORE):
        raise AdminError(f"{code} is a warehouse: it has no stations (its stock comes from the ERP)")
