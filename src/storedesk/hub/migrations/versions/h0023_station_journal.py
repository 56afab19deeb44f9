"""Every station's journal entries and signatures, mirrored at the hub (issue 19).

Revision ID: h0023
Revises: h0022

- station_journal: each station's journal entries as it wrote them (seq, kind, doc_ref,
  created_at, the payload text byte for byte, prev_hash, hash, and the signature with its
  algorithm and key fingerprint when signed), received in order at each sync
  (PUT /v1/stations/me/journal, hub/fiscal/journal.py). One row per (store, station, seq), never
  replaced: `storedesk-hub fiscal verify` checks the chain without the station; indexed by
  (store, station, doc_ref) to find a document by its number.
- station_journal_conflicts: a different entry sent for a seq the hub already had (a journal
  rewritten after it was sent): refused and kept here, once per distinct copy (entry_sha256).
- station_journal_superseded: the hub's entries after a restored station's backup point, moved
  here (kept, never deleted) when the station's journal, restored from that backup, comes again
  starting with its signed "restore" (or "gap") entry chained onto the hub's copy.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0023"
down_revision = "h0022"

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _entry() -> list:
    return [
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("doc_ref", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=True),
        sa.Column("algorithm", sa.String(32), nullable=True),
        sa.Column("key_fingerprint", sa.String(64), nullable=True),
        sa.Column("received_at", sa.String(40), nullable=False),
    ]


def upgrade():
    op.create_table(
        "station_journal",
        *_entry(),
        sa.PrimaryKeyConstraint("store", "station", "seq", name="pk_station_journal"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_station_journal_store_stores"),
    )
    op.create_index("ix_station_journal_store_station_doc_ref", "station_journal", ["store", "station", "doc_ref"])
    op.create_table(
        "station_journal_conflicts",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        *_entry(),
        sa.Column("entry_sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_station_journal_conflicts"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_station_journal_conflicts_store_stores"),
        sa.UniqueConstraint(
            "store",
            "station",
            "seq",
            "entry_sha256",
            name="uq_station_journal_conflicts_store_station_seq_entry_sha256",
        ),
    )

    op.create_table(
        "station_journal_superseded",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        *_entry(),
        sa.Column("superseded_by", sa.BigInteger(), nullable=False),
        sa.Column("superseded_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_station_journal_superseded"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_station_journal_superseded_store_stores"),
    )
    op.create_index(
        "ix_station_journal_superseded_store_station_seq", "station_journal_superseded", ["store", "station", "seq"]
    )


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")
