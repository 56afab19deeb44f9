"""Customers and loyalty at the hub (issue 18): a slot reserved for this feature, empty until it lands.

Revision ID: h0018
Revises: h0017
"""

revision = "h0018"
down_revision = "h0017"


def upgrade():
    pass


def downgrade():
    pass
