"""Receipts whose PDF could not be written yet (issue 12).

Revision ID: s0010
Revises: s0009

The README promises that every receipt is kept as a PDF in the data folder. The PDF is
written after the sale commits (a jammed printer or a full disk never loses a sale), so a
document whose original PDF is not on disk yet is recorded here, in the document's own
transaction: a trigger adds the row when the sale, return or Z is inserted, whichever service
inserts it, and services/pending_receipts.py deletes it once the original PDF is on disk. A till
that crashed, or a disk that was full, between the commit and the PDF leaves the row behind,
and the app writes the missing original later (at start, after each sale, on the status poll).

- kind: 'sale' | 'return' | 'z';  ref: the document's id (sales.id, returns.id, the Z number)
- doc_no: what a person reads (receipt number, return number, Z number)
- attempts / last_error / last_try: the failed writes so far ('' before the first attempt)
"""

from alembic import op

revision = "s0010"
down_revision = "s0009"

STATEMENTS: list[str] = [
    """CREATE TABLE pending_receipts (
  kind TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'z')),
  ref TEXT NOT NULL,
  doc_no TEXT NOT NULL,
  since TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  last_try TEXT,
  PRIMARY KEY (kind, ref)
) WITHOUT ROWID""",
    """CREATE TRIGGER sales_receipt_pending AFTER INSERT ON sales
BEGIN
  INSERT OR IGNORE INTO pending_receipts(kind, ref, doc_no, since)
  VALUES ('sale', NEW.id, NEW.receipt_no, NEW.created_at);
END""",
    """CREATE TRIGGER returns_receipt_pending AFTER INSERT ON returns
BEGIN
  INSERT OR IGNORE INTO pending_receipts(kind, ref, doc_no, since)
  VALUES ('return', NEW.id, NEW.return_no, NEW.created_at);
END""",
    """CREATE TRIGGER z_reports_pdf_pending AFTER INSERT ON z_reports
BEGIN
  INSERT OR IGNORE INTO pending_receipts(kind, ref, doc_no, since)
  VALUES ('z', CAST(NEW.number AS TEXT), NEW.station_code || ' Z ' || NEW.number, NEW.created_at);
END""",
]


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")
