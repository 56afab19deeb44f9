"""Promotions at the hub (issue 18): a slot reserved for this feature, empty until it lands.

Revision ID: h0017
Revises: h0016
"""

revision = "h0017"
down_revision = "h0016"


def upgrade():
    pass


def downgrade():
    pass
