"""Every station's journal entries and signatures, mirrored at the hub (issue 19): a slot reserved for this feature, empty until it lands.

Revision ID: h0023
Revises: h0022
"""

revision = "h0023"
down_revision = "h0022"


def upgrade():
    pass


def downgrade():
    pass
