"""The stations' journals and fiscal archives at the hub (issue 19, h0023 and h0024), on the hub's
shared metadata (models.py imports this module so Alembic's comparison sees the tables).

- `station_journal`: each station's journal entries as the station wrote them (the payload text
  byte for byte, its hashes and its signature), one row per (store, station, seq). Written once;
  an entry is never replaced (journal.py).
- `station_journal_conflicts`: an entry a station sent again for a seq the hub already had, but
  different (a journal rewritten after it was sent): refused, and kept here so `storedesk-hub
  fiscal verify` names it. The same refused copy again is one row.
- `station_journal_superseded`: the hub's entries after a station's backup point, moved here (never
  deleted) when the station, restored from that backup (services/restore), sends its journal
  again: a signed "restore" (or "gap") entry chaining onto the hub's copy starts the station's
  journal anew from there; verify lists what was superseded and checks it still chains.
- `fiscal_archives`: each station's monthly archive file (the zip's bytes and their sha256), once
  per period (archives.py).
- `fiscal_archive_parts`: an archive on its way, part by part (each call's body stays under the
  hub's 5 MB limit); gone once the whole archive is in fiscal_archives.
- `fiscal_archive_conflicts`: a different archive sent for a period the hub already had: refused,
  its sha256 and size kept.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from .. import columns as col
from ..models import metadata

HASH = 64  # sha256 in hex
PERIOD = 7  # "2026-11"


def entry_columns() -> list[Column]:
    """A journal entry as the station stores it (journal + journal_signatures)."""
    return [
        Column("seq", BigInteger, nullable=False),
        Column("kind", String(col.CODE * 2), nullable=False),
        Column("doc_ref", Text, nullable=False),
        Column("created_at", String(col.TIME), nullable=False),
        Column("payload", Text, nullable=False),  # the canonical JSON text, byte for byte
        Column("prev_hash", String(HASH), nullable=False),
        Column("hash", String(HASH), nullable=False),
        Column("signature", String(128)),  # base64 of r||s; NULL when the entry is not signed
        Column("algorithm", String(col.CODE)),
        Column("key_fingerprint", String(HASH)),
        *col.times("received_at"),
    ]


station_journal = Table(
    "station_journal",
    metadata,
    col.store(),
    col.station(),
    *entry_columns(),
    PrimaryKeyConstraint("store", "station", "seq"),
    Index(None, "store", "station", "doc_ref"),  # a document by its number (verify.py)
)

station_journal_conflicts = Table(
    "station_journal_conflicts",
    metadata,
    Column("id", col.SEQ, primary_key=True, autoincrement=True),
    col.store(),
    col.station(),
    *entry_columns(),
    Column("entry_sha256", String(HASH), nullable=False),  # of the refused copy: the same copy is one row
    UniqueConstraint("store", "station", "seq", "entry_sha256"),
)

station_journal_superseded = Table(
    "station_journal_superseded",
    metadata,
    Column("id", col.SEQ, primary_key=True, autoincrement=True),
    col.store(),
    col.station(),
    *entry_columns(),
    Column("superseded_by", BigInteger, nullable=False),  # the seq of the restore entry that replaced it
    *col.times("superseded_at"),
    Index(None, "store", "station", "seq"),
)

fiscal_archives = Table(
    "fiscal_archives",
    metadata,
    col.store(),
    col.station(),
    Column("period", String(PERIOD), nullable=False),
    Column("sha256", String(HASH), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("bytes", LargeBinary, nullable=False),
    *col.times("received_at"),
    PrimaryKeyConstraint("store", "station", "period"),
)

fiscal_archive_parts = Table(
    "fiscal_archive_parts",
    metadata,
    col.store(),
    col.station(),
    Column("period", String(PERIOD), nullable=False),
    Column("sha256", String(HASH), nullable=False),  # of the whole archive the part belongs to
    Column("start", BigInteger, nullable=False),  # the part's first byte within the archive
    Column("size", BigInteger, nullable=False),
    Column("bytes", LargeBinary, nullable=False),
    PrimaryKeyConstraint("store", "station", "period", "sha256", "start"),
)

fiscal_archive_conflicts = Table(
    "fiscal_archive_conflicts",
    metadata,
    Column("id", col.SEQ, primary_key=True, autoincrement=True),
    col.store(),
    col.station(),
    Column("period", String(PERIOD), nullable=False),
    Column("sha256", String(HASH), nullable=False),
    Column("size", BigInteger, nullable=False),
    *col.times("received_at"),
    UniqueConstraint("store", "station", "period", "sha256"),
)
