"""Ship-from-store orders (issue 17).

Revision ID: h0014
Revises: h0013

- orders.fulfilment: "pickup" (every order before this) or "ship"; orders.delivery: the delivery
  address of a ship order as canonical JSON text (intake.py checked it); orders.allow_split: the
  channel lets the hub split a ship order across locations.
- orders.parent_id / orders.part: a split order's parts are orders of their own (one location
  each, numbered "<parent number>-<part>"), linked to the parent (hub/orders/split.py). A part takes
  no number of the gapless sequence, so orders.no becomes nullable; a ship order has no pickup
  store, so orders.pickup_store becomes nullable too.
- order_parcels: the parcels a store packed (weight) and shipped (carrier, tracking).
- pickup_stores.ship_capacity: ship orders routed to the location per day in its time zone
  (NULL: no limit); order_routing gets an index on (store, at) to count them.

SQLite cannot change a column's nullability: batch_alter_table copies `orders` into a new table.
`orders` is the parent of other tables' foreign keys, so its rows are set aside first and put
back after (foreign keys deferred to the commit), as h0006 does.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0014"
down_revision = "h0013"


def _rebuild_orders(change) -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    keep = "_h0014_orders"
    names = ""
    if sqlite:
        names = ", ".join(f'"{c["name"]}"' for c in sa.inspect(bind).get_columns("orders"))
        op.execute("PRAGMA defer_foreign_keys = ON")
        op.execute(f'CREATE TEMP TABLE "{keep}" AS SELECT {names} FROM "orders"')
        op.execute('DELETE FROM "orders"')
    with op.batch_alter_table("orders") as batch:
        change(batch)
    if sqlite:
        after = {c["name"] for c in sa.inspect(bind).get_columns("orders")}
        names = ", ".join(n for n in names.split(", ") if n.strip('"') in after)  # a downgrade drops some
        op.execute(f'INSERT INTO "orders" ({names}) SELECT {names} FROM "{keep}"')
        op.execute(f'DROP TABLE "{keep}"')


def upgrade():
    op.add_column("orders", sa.Column("fulfilment", sa.String(8), nullable=False, server_default="pickup"))
    op.add_column("orders", sa.Column("delivery", sa.Text(), nullable=True))
    op.add_column("orders", sa.Column("allow_split", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("orders", sa.Column("part", sa.Integer(), nullable=True))

    def nullable(batch):
        batch.alter_column("no", existing_type=sa.BigInteger(), nullable=True)
        batch.alter_column("pickup_store", existing_type=sa.String(32), nullable=True)
        batch.add_column(sa.Column("parent_id", sa.String(32), nullable=True))
        batch.create_foreign_key("fk_orders_parent_id_orders", "orders", ["parent_id"], ["id"])
        batch.create_index("ix_orders_parent_id", ["parent_id"])

    _rebuild_orders(nullable)
    op.create_table(
        "order_parcels",
        sa.Column("order_id", sa.String(32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=False),
        sa.Column("carrier", sa.String(64), nullable=True),
        sa.Column("tracking", sa.String(100), nullable=True),
        sa.Column("packed_at", sa.String(40), nullable=True),
        sa.Column("shipped_at", sa.String(40), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name="fk_order_parcels_order_id_orders"),
        sa.PrimaryKeyConstraint("order_id", "number", name="pk_order_parcels"),
    )
    op.add_column("pickup_stores", sa.Column("ship_capacity", sa.Integer(), nullable=True))
    op.create_index("ix_order_routing_store_at", "order_routing", ["store", "at"])


def downgrade():
    op.drop_index("ix_order_routing_store_at", "order_routing")
    with op.batch_alter_table("pickup_stores") as batch:
        batch.drop_column("ship_capacity")
    op.drop_table("order_parcels")

    def back(batch):
        batch.drop_index("ix_orders_parent_id")
        batch.drop_constraint("fk_orders_parent_id_orders", type_="foreignkey")
        batch.drop_column("parent_id")
        batch.drop_column("part")
        batch.drop_column("allow_split")
        batch.drop_column("delivery")
        batch.drop_column("fulfilment")
        batch.alter_column("pickup_store", existing_type=sa.String(32), nullable=False)
        batch.alter_column("no", existing_type=sa.BigInteger(), nullable=False)

    _rebuild_orders(back)
