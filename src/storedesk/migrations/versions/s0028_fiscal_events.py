"""Fiscal events: reprint counts and the software's runs (issue 19, "Inalterability").

Revision ID: s0028
Revises: s0027

- fiscal_reprints: one row per reprint of a fiscal document (a receipt, a return receipt, a Z,
  a closing), numbered per document: (document_kind, doc_no, count) with the journal seq of its
  "reprint" entry. The next duplicate's number is one more than the document's highest count,
  read through the primary key (a reprint stays fast on a journal of millions of entries, which
  has no index on its kind or doc_ref).
- software_runs: one row per start of the station's software (the journal seq of its
  "software_start" entry, the version and the schema revision it ran): the last one tells the
  next start whether the software was updated, without scanning the journal.

Both are permanent (UPDATE and DELETE refused, like the journal): the journal entries are the
record, these rows only find them fast.

- ix_journal_document: the journal by kind and document, so a document's signature (its
  receipt's fingerprint, printed with every receipt and each duplicate) is found without reading
  the whole journal (adapters/signatures_repo.py of_document).
"""

from alembic import op

revision = "s0028"
down_revision = "s0027"

STATEMENTS: list[str] = [
    """CREATE TABLE fiscal_reprints (
  document_kind TEXT NOT NULL,
  doc_no TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 1),
  seq INTEGER NOT NULL REFERENCES journal(seq),
  created_at TEXT NOT NULL,
  PRIMARY KEY (document_kind, doc_no, count)
) WITHOUT ROWID""",
    "CREATE INDEX ix_journal_document ON journal(kind, doc_ref)",
    """CREATE TABLE software_runs (
  seq INTEGER PRIMARY KEY REFERENCES journal(seq),
  version TEXT NOT NULL,
  revision TEXT NOT NULL,
  started_at TEXT NOT NULL
)""",
]
for _table in ("fiscal_reprints", "software_runs"):
    for _verb in ("UPDATE", "DELETE"):
        STATEMENTS.append(
            f"CREATE TRIGGER {_table}_no_{_verb.lower()} BEFORE {_verb} ON {_table} "
            f"BEGIN SELECT RAISE(ABORT, '{_table} rows are permanent: {_verb} refused'); END"
        )


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")
