"""Gift cards at the hub (issue 18): a slot reserved for this feature, empty until it lands.

Revision ID: h0019
Revises: h0018
"""

revision = "h0019"
down_revision = "h0018"


def upgrade():
    pass


def downgrade():
    pass
