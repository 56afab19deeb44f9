"""Store settings and tax rates from the hub (issue 15).

Revision ID: s0015
Revises: s0014

- `settings.origin`: 'station' (set here, `storedesk config set`) or 'hub' (sent by
  `storedesk-hub store-settings`, services/store_settings_feed.py). A key the hub manages is
  refused at the station, with that reason; every existing row is the station's own.
- `tax_rate_changes`: the rates the hub sets (`storedesk-hub tax set CODE RATE --valid-from
  DATE`), each from the start of its day in the store's time zone (`starts_at`, UTC). The
  station makes a change its current rate (`tax_rates`) once that instant has passed, offline
  too (services/tax_rates.py). A sale keeps the rate on its lines: nothing sold is rewritten.
"""

from alembic import op

revision = "s0015"
down_revision = "s0014"

STATEMENTS: list[str] = [
    "ALTER TABLE settings ADD COLUMN origin TEXT NOT NULL DEFAULT 'station' CHECK (origin IN ('station', 'hub'))",
    """CREATE TABLE tax_rate_changes (
  code TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  rate TEXT NOT NULL,
  label TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (code, valid_from)
) WITHOUT ROWID""",
    "CREATE INDEX tax_rate_changes_starts ON tax_rate_changes(starts_at)",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")
