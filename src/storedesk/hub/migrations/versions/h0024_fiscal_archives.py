"""Stations' fiscal archives kept at the hub (issue 19): a slot reserved for this feature, empty until it lands.

Revision ID: h0024
Revises: h0023
"""

revision = "h0024"
down_revision = "h0023"


def upgrade():
    pass


def downgrade():
    pass
