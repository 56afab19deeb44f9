"""Stations' fiscal archives kept at the hub (issue 19).

Revision ID: h0024
Revises: h0023

- fiscal_archives: each station's monthly archive (`<STORE>-<STATION>-<YYYY-MM>.zip`, made by the
  station), its bytes, sha256 and size, once per (store, station, period)
  (PUT /v1/stations/me/fiscal-archives/{period}, hub/fiscal/archives.py). The same archive again
  changes nothing.
- fiscal_archive_parts: an archive on its way, part by part (a call's body stays under the hub's
  5 MB limit), removed once the whole archive is checked and kept.
- fiscal_archive_conflicts: a different archive sent for a period the hub already had: refused,
  its sha256 and size kept (once per distinct archive).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0024"
down_revision = "h0023"

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "fiscal_archives",
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("bytes", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("store", "station", "period", name="pk_fiscal_archives"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_fiscal_archives_store_stores"),
    )
    op.create_table(
        "fiscal_archive_parts",
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("start", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("bytes", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("store", "station", "period", "sha256", "start", name="pk_fiscal_archive_parts"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_fiscal_archive_parts_store_stores"),
    )
    op.create_table(
        "fiscal_archive_conflicts",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_fiscal_archive_conflicts"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_fiscal_archive_conflicts_store_stores"),
        sa.UniqueConstraint(
            "store", "station", "period", "sha256", name="uq_fiscal_archive_conflicts_store_station_period_sha256"
        ),
    )


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")
