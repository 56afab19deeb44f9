"""Orders a store's till places for its customers (issue 17, endless aisle): a slot reserved for
this feature, empty until it lands.

Revision ID: h0016
Revises: h0015
"""

revision = "h0016"
down_revision = "h0015"


def upgrade():
    pass


def downgrade():
    pass
