"""Reserved slot: store settings and tax rates from the centre (issue 15). Empty until that work lands here.

Revision ID: h0011
Revises: h0010
"""

revision = "h0011"
down_revision = "h0010"


def upgrade():
    pass


def downgrade():
    pass
