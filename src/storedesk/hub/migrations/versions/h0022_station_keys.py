"""Stations' public signing keys at the hub (issue 19).

Revision ID: h0022
Revises: h0021

- station_keys: each public key a station registered (PUT /v1/stations/me/signing-key,
  hub/stations/keys.py), PEM text and its fingerprint (sha256 of the DER public key), with the
  time it was first registered. A station that registers the same key again changes nothing; a
  station that brings a new key (a replaced till, a restored data folder) adds a row and every
  earlier key stays, so the documents it signed before can still be checked (hub/stations/models.py).
  The store's fiscal country needs no table: it is a store setting (store_settings, h0011).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0022"
down_revision = "h0021"


def upgrade():
    op.create_table(
        "station_keys",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("registered_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_station_keys"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_station_keys_store_stores"),
        sa.UniqueConstraint("store", "station", "fingerprint", name="uq_station_keys_store_station_fingerprint"),
    )


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")
