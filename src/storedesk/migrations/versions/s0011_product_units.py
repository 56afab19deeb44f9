"""Product units: pieces whole, weighed or measured goods to their precision (issue 13).

Revision ID: s0011
Revises: s0010

`products.unit` exists since s0001 (TEXT, default 'pc') but nothing read it, so `2.5*code`
put 2.5 of a piece item in the basket and in stock. Services now check every typed quantity
against the unit (domain/units.py: pc 0 decimals, kg 3, l 3, m 2), so the column must hold
only codes the station knows:

- Existing rows: earlier versions wrote only 'pc' (the default, every hub feed item) and 'kg'
  (the demo catalog's scale items). A code in another spelling ('KG', ' kg') is lower-cased;
  any other code (typed into the file by hand) becomes 'pc', the strict reading: a piece
  item never takes a fraction by mistake, and the hub's next catalog feed sets the real unit.
- New rows: triggers refuse a unit outside ('pc', 'kg', 'l', 'm') on INSERT and UPDATE, so
  a feed item or a tool cannot store one (the feed checks it first and quarantines the item).

Quantities already stored are NOT rewritten: a sale, return, basket, count or ledger movement
of 2.5 pieces made before this version stays as it was (they are facts, some of them in the
fiscal journal); only new input is checked.
"""

from alembic import op

revision = "s0011"
down_revision = "s0010"

UNITS = "('pc', 'kg', 'l', 'm')"  # domain/units.py UNIT_CODES

STATEMENTS: list[str] = [
    "UPDATE products SET unit = lower(trim(unit)) WHERE unit <> lower(trim(unit))",
    f"UPDATE products SET unit = 'pc' WHERE unit NOT IN {UNITS}",
    f"""CREATE TRIGGER products_unit_insert BEFORE INSERT ON products
WHEN NEW.unit NOT IN {UNITS}
BEGIN
  SELECT RAISE(ABORT, 'product unit must be one of pc, kg, l, m');
END""",
    f"""CREATE TRIGGER products_unit_update BEFORE UPDATE OF unit ON products
WHEN NEW.unit NOT IN {UNITS}
BEGIN
  SELECT RAISE(ABORT, 'product unit must be one of pc, kg, l, m');
END""",
]


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")
