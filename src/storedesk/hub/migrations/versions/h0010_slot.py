"""Reserved slot: prices with a future valid_from (issue 15). Empty until that work lands here.

Revision ID: h0010
Revises: h0009
"""

revision = "h0010"
down_revision = "h0009"


def upgrade():
    pass


def downgrade():
    pass
