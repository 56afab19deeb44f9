"""Stations' public signing keys and fiscal country at the hub (issue 19): a slot reserved for this
feature, empty until it lands.

Revision ID: h0022
Revises: h0021
"""

revision = "h0022"
down_revision = "h0021"


def upgrade():
    pass


def downgrade():
    pass
