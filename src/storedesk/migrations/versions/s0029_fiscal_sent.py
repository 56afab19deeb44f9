"""What of the journal and the archives the hub has (issue 19).

Revision ID: s0029
Revises: s0028

- fiscal_archives_sent: each archive file (`fiscal/archives/<STORE>-<STATION>-<YYYY-MM>.zip`)
  offered to the hub, by period and sha256, with the hub's answer ("kept": the hub has it, the
  same bytes; "refused": the hub has another archive for that period (409), final; "failed": the
  hub refused it otherwise (too big, an older hub): offered again a day after `sent_at`), so an
  archive is sent once (services/journal_hub.py). A file whose bytes changed is offered again.
  How far the hub has the journal is one number, in sync_state ("journal_hub_seq"): it is a
  hint only; the hub answers its own last seq and the station resumes from there. A journal the
  hub refused is remembered there too ("journal_hub_refused", "journal_hub_refused_at": tried
  again a day later).
"""

from alembic import op

revision = "s0029"
down_revision = "s0028"

STATEMENTS: list[str] = [
    """CREATE TABLE fiscal_archives_sent (
  period TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('kept', 'refused', 'failed')),
  detail TEXT NOT NULL DEFAULT '',
  sent_at TEXT NOT NULL,
  PRIMARY KEY (period, sha256)
)""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")
