"""Each station's public signing keys, kept by the hub (issue 19).

A station signs its fiscal documents with a key of its own (created at `storedesk init`; the
private key never leaves the station) and registers the public half here:
PUT /v1/stations/me/signing-key (station token) with {"public_key": PEM}. The hub then holds
what it needs to check the station's signed documents without the station.

- The same key again (a retry, the next sync) changes nothing and answers the first
  registration: idempotent.
- A different key for the same station (a replaced till, a data folder restored elsewhere) is
  kept as a new row with its date; the earlier keys stay, so every document the station signed
  under them can still be checked. History is never replaced.
- Only an ECDSA P-256 public key in PEM is accepted (the curve stations sign with).

The fingerprint is the sha256 of the key's DER SubjectPublicKeyInfo, in hex: the same key
written with other line breaks is the same key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ...i18n import msg
from .. import db
from ..errors import Unprocessable
from ..times import utcnow_text
from .models import station_keys

MAX_PEM = 4096  # a P-256 public key in PEM is under 200 characters


@dataclass(frozen=True)
class StationKey:
    """One public key a station registered, and when it was first registered."""

    store: str
    station: str
    fingerprint: str
    public_key: str
    registered_at: str

    def as_dict(self) -> dict:
        return {
            "store": self.store,
            "station": self.station,
            "fingerprint": self.fingerprint,
            "public_key": self.public_key,
            "registered_at": self.registered_at,
        }


@dataclass(frozen=True)
class Registered:
    """The answer to a registration: the key as kept, and whether this call added it."""

    key: StationKey
    new: bool


def checked_key(pem: str) -> tuple[str, str]:
    """(the key as PEM, its fingerprint); Unprocessable when `pem` is not an ECDSA P-256 public key."""
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError, TypeError):
        raise Unprocessable(msg("hub", "public_key must be a public key in PEM")) from None
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise Unprocessable(msg("hub", "public_key must be an ECDSA P-256 (secp256r1) public key"))
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    canonical = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return canonical.decode("ascii"), hashlib.sha256(der).hexdigest()


def keys_of(conn: Connection, store: str, station: str) -> list[StationKey]:
    """Every key the station registered, oldest first."""
    rows = conn.execute(
        select(station_keys)
        .where(station_keys.c.store == store, station_keys.c.station == station)
        .order_by(station_keys.c.id)
    ).all()
    return [StationKey(r.store, r.station, r.fingerprint, r.public_key, r.registered_at) for r in rows]


def _find(conn: Connection, store: str, station: str, fingerprint: str) -> StationKey | None:
    return next((k for k in keys_of(conn, store, station) if k.fingerprint == fingerprint), None)


def register(engine: Engine, store: str, station: str, pem: str) -> Registered:
    """Keep the station's public key: once per key, never replacing the keys it had before."""
    public_key, fingerprint = checked_key(pem)

    def work(conn: Connection) -> Registered:
        found = _find(conn, store, station, fingerprint)
        if found is not None:
            return Registered(found, new=False)
        key = StationKey(store, station, fingerprint, public_key, utcnow_text())
        conn.execute(station_keys.insert().values(**key.as_dict()))
        return Registered(key, new=True)

    try:
        return db.run_write(engine, work)
    except IntegrityError:
        # the same key registered at the same moment by another request (two hub processes):
        # that one was kept, answer it
        with db.read_conn(engine) as conn:
            found = _find(conn, store, station, fingerprint)
        if found is None:
            raise
        return Registered(found, new=False)
