"""Notifications that reach people (issue 17): a slot reserved for this feature, empty until it lands.

Revision ID: h0015
Revises: h0014
"""

revision = "h0015"
down_revision = "h0014"


def upgrade():
    pass


def downgrade():
    pass
