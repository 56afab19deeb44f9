"""Categories managed at the hub (issue 15).

Revision ID: h0012
Revises: h0011

`categories`: the chain's list of product categories (`storedesk-hub category add NAME`). While it
is empty a product's category is free text, as before; once it lists a name, `storedesk-hub
catalog import` and PUT /v1/products accept only a listed category (or none). `storedesk-hub
category rename OLD NEW` renames one and re-sends its products (hub/catalog/categories.py). No
foreign key from products.category: the products stored before the list keep their text.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0012"
down_revision = "h0011"


def upgrade():
    op.create_table(
        "categories",
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_categories"),
    )


def downgrade():
    op.drop_table("categories")
