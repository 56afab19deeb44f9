"""The stations' public signing keys (issue 19, h0022), on the hub's shared metadata (models.py
imports this module so Alembic's comparison sees the table).

One row per key a station registered: a new key never replaces an older one, so a document
signed under any key the station ever had can be checked at the hub (keys.py).
"""

from __future__ import annotations

from sqlalchemy import Column, String, Table, Text, UniqueConstraint

from .. import columns as col
from ..models import metadata

station_keys = Table(
    "station_keys",
    metadata,
    Column("id", col.SEQ, primary_key=True, autoincrement=True),  # the order keys came in
    col.store(),
    col.station(),
    Column("fingerprint", String(64), nullable=False),  # sha256 hex of the DER public key
    Column("public_key", Text, nullable=False),  # PEM (SubjectPublicKeyInfo), as the station sent it
    Column("registered_at", String(col.TIME), nullable=False),
    UniqueConstraint("store", "station", "fingerprint"),  # the same key twice is one row
)
