"""Reserved slot: chain staff (issue 15). Empty until that work lands here.

Revision ID: h0009
Revises: h0008
"""

revision = "h0009"
down_revision = "h0008"


def upgrade():
    pass


def downgrade():
    pass
