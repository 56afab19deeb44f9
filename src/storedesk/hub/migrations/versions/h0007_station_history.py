"""What a restored station reads back of its own documents (issue 12).

Revision ID: h0007
Revises: h0006

GET /v1/station/events (hub/station_history.py) pages through one station's events by id:
this index makes each page a range read instead of a scan of every store's events.
"""

from alembic import op

revision = "h0007"
down_revision = "h0006"


def upgrade():
    op.create_index("ix_events_store_station_id", "events", ["store", "station", "id"])


def downgrade():
    op.drop_index("ix_events_store_station_id", table_name="events")
