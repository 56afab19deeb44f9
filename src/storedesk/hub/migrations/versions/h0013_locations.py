"""Warehouses beside stores (issue 17): a slot reserved for this feature, empty until it lands.

Revision ID: h0013
Revises: h0012
"""

revision = "h0013"
down_revision = "h0012"


def upgrade():
    pass


def downgrade():
    pass
