"""Ship-from-store orders (issue 17): a slot reserved for this feature, empty until it lands.

Revision ID: h0014
Revises: h0013
"""

revision = "h0014"
down_revision = "h0013"


def upgrade():
    pass


def downgrade():
    pass
