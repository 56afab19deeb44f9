"""Bearer tokens: who is calling, and what they may touch.

A token is 43 letters and digits drawn with `secrets` (256 bits), shown once when made; the hub
keeps only its SHA-256, so a copy of the database cannot be used to impersonate a station. Letters
and digits only: a token that started with "-" (one in 64 of the older `token_urlsafe` ones) was
taken for an option by `storedesk init --token TOKEN`. Older tokens keep working (the hash is of
whatever text the token is). Kinds and scopes:
  station  (store, station): its own events, feed, day totals; stock of every store; its till's
           orders for customers (the channel "store:<store>", hub/orders/store_orders.py).
  channel  (a web shop): places, reads and cancels web orders (POST /v1/orders); stock; 403 on station endpoints.
  erp      catalog import (PUT /v1/products), day totals and exports of every store; stock.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import string
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from ..i18n import msg
from .errors import Forbidden, Unauthorized
from .models import stores, tokens
from .times import utcnow_text

STATION, CHANNEL, ERP = "station", "channel", "erp"
KINDS = (STATION, CHANNEL, ERP)
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
# New stores and stations: letters and digits only, as `storedesk init` takes them. With a '-'
# in a code, "A-B"/"C" and "A"/"B-C" would both number receipts "A-B-C-000001" (rule 11).
NEW_CODE_RE = re.compile(r"^[A-Za-z0-9]{1,16}$")
NEW_CODE_RULE = "use 1 to 16 letters or digits (a '-' or '_' would make document numbers ambiguous)"
TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_BITS = 256
TOKEN_LENGTH = math.ceil(TOKEN_BITS / math.log2(len(TOKEN_ALPHABET)))  # 43 characters


@dataclass(frozen=True)
class Principal:
    kind: str
    name: str
    store: str | None = None
    station: str | None = None


def new_token() -> str:
    """A fresh secret: letters and digits only, so it never looks like a command-line option."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(
    conn: Connection, kind: str, name: str, store: str | None = None, station: str | None = None
) -> tuple[str, int]:
    """Make a token and store its hash. A new station token revokes that station's older ones
    (a lost or leaked token is replaced by running add-station again).

    Returns (token, number of tokens revoked).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown token kind {kind!r}")
    if kind == STATION:
        if not store or not station:
            raise ValueError("a station token needs a store and a station")
        if not NEW_CODE_RE.match(station):
            raise ValueError(f"station code {station!r}: {NEW_CODE_RULE}")
        if conn.execute(select(stores.c.code).where(stores.c.code == store)).first() is None:
            raise LookupError(f"store {store!r} does not exist; add it first with add-store")
    elif not name.strip():
        raise ValueError("give the token a name")
    elif kind == CHANNEL and name.startswith("store:"):  # the channel of a store's till (orders/store_orders.py)
        raise ValueError(f"channel name {name!r}: 'store:' names the orders of a store's tills; choose another")
    now = utcnow_text()
    revoked = 0
    if kind == STATION:
        revoked = conn.execute(
            update(tokens)
            .where(
                tokens.c.kind == STATION,
                tokens.c.store == store,
                tokens.c.station == station,
                tokens.c.revoked_at.is_(None),
            )
            .values(revoked_at=now)
        ).rowcount
    token = new_token()
    conn.execute(
        tokens.insert().values(
            kind=kind,
            name=name or f"{store}/{station}",
            store=store if kind == STATION else None,
            station=station if kind == STATION else None,
            token_sha256=token_hash(token),
            created_at=now,
        )
    )
    return token, revoked


def lookup(conn: Connection, token: str) -> Principal | None:
    row = conn.execute(
        select(tokens.c.kind, tokens.c.name, tokens.c.store, tokens.c.station).where(
            tokens.c.token_sha256 == token_hash(token), tokens.c.revoked_at.is_(None)
        )
    ).first()
    return Principal(row.kind, row.name, row.store, row.station) if row else None


def bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthorized(msg("hub", "missing bearer token"))
    return value.strip()


def authenticate(request: Request) -> Principal:
    """FastAPI dependency: the caller, or 401. Reads the token table on every request
    (no cache), so a revoked token stops working at once on every hub process."""
    token = bearer(request)
    engine = request.app.state.engine
    with engine.connect() as conn:
        principal = lookup(conn, token)
    if principal is None:
        raise Unauthorized(msg("hub", "unknown or revoked token"))
    request.state.principal = principal  # hub/request_log.py logs who called (never the token)
    return principal


@dataclass(frozen=True)
class StationCaller:
    """The caller of a station endpoint: a station token always names its store and station."""

    store: str
    station: str


def require_station(p: Principal) -> StationCaller:
    if p.kind != STATION or p.store is None or p.station is None:
        raise Forbidden(msg("hub", "a {kind} token cannot use station endpoints", kind=p.kind))
    return StationCaller(p.store, p.station)


def require_erp(p: Principal) -> Principal:
    if p.kind != ERP:
        raise Forbidden("only an ERP token may import the catalog")
    return p


def require_store_reader(p: Principal, store: str) -> Principal:
    """A station reads only its own store; the ERP reads every store; a channel none."""
    if p.kind == ERP or (p.kind == STATION and p.store == store):
        return p
    raise Forbidden(msg("hub", "this token may not read store {store}", store=repr(store)))
