"""Receipts saved but not yet written as a PDF, and writing them once the disk allows.

Every receipt is kept as a PDF in the data folder (README). The PDF is written after the
document committed, so a full disk (or a crash in between) can leave a saved sale, return or
Z without its original PDF. Such a document is on the `pending_receipts` list from its own
transaction on (triggers, migration s0010); the list is emptied here:

- `written()` when the print job wrote the original (services/receipts.py, returns/printing.py);
- `write_pending()` writes the missing originals later, never on paper again: at the app's
  start, after every sale and on the status poll (ui/pending_receipts_watch.py), off the GUI
  thread on the database worker. An original is the document as first printed, not a COPY.

A failure after the commit is reported as such (`ReceiptNotWritten`): the clerk reads that the
sale is saved and must not be rung up again, never "nothing was saved".
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..adapters.pending_receipts_repo import PendingDoc, PendingReceiptsRepo
from ..domain.errors import DomainError, StorageError
from ..i18n import Message, msg

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

log = logging.getLogger(__name__)

# A receipt is printed within a second of its sale; a row younger than this may just be
# waiting for its own print job, which writes it.
SETTLE_SECONDS = 60


class ReceiptNotWritten(DomainError):
    """The document is saved; its receipt PDF could not be written. Says so in plain words."""

    code = "receipt_not_written"

    def __init__(self, message: str | Message, doc_no: str, reason: Message | str):
        super().__init__(message)
        # why, in the clerk's words: screens show it with text(), logs with str() (English)
        self.doc_no, self.reason = doc_no, reason


@dataclass(frozen=True)
class PendingState:
    waiting: int  # documents whose original PDF is still missing
    written: tuple[str, ...]  # numbers of the documents written by this pass
    # why the first document of this pass could not be written ("" when none failed); screens show it with text()
    error: str | Message


def disk_words(exc: OSError) -> Message | str:
    """What went wrong with the disk, in words a clerk can pass on (a `Message` where storedesk
    knows the words; the system's own words otherwise)."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return msg("disk", "the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg("disk", "the receipts folder may not be written to (permission denied)")
    if exc.errno == errno.EROFS:
        return msg("disk", "the disk is read-only")
    return exc.strerror or str(exc)


def disk_problem(exc: OSError) -> str:
    """`disk_words` in English (logs, and the reason kept on the pending receipt's row)."""
    return str(disk_words(exc))


def not_written(kind: str, doc_no: str, exc: OSError, printed: bool = False) -> ReceiptNotWritten:
    """The clerk's message for an original that could not be written after its document was saved."""
    reason = disk_words(exc)
    # Two lines on the counter's message line: what is saved and what not to do come first.
    text = (_printed_not_kept if printed else _not_written_text)(kind, doc_no, reason)
    return ReceiptNotWritten(text, doc_no, reason)


def _printed_not_kept(kind: str, doc_no: str, reason: Message | str) -> Message:
    if kind == "sale":
        return msg(
            "disk",
            "Sale {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.",
            number=doc_no,
            reason=reason,
        )
    if kind == "return":
        return msg(
            "disk",
            "Return {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.",
            number=doc_no,
            reason=reason,
        )
    return msg(
        "disk",
        "Z report {number} is saved and its receipt printed; its PDF could not be kept ({reason}): tell the manager.",
        number=doc_no,
        reason=reason,
    )


def _not_written_text(kind: str, doc_no: str, reason: Message | str) -> Message:
    if kind == "sale":
        return msg(
            "disk",
            "Sale {number} is saved: do not ring it up again. "
            "Its receipt could not be written ({reason}): tell the manager.",
            number=doc_no,
            reason=reason,
        )
    if kind == "return":
        return msg(
            "disk",
            "Return {number} is saved: do not take it back again. "
            "Its receipt could not be written ({reason}): tell the manager.",
            number=doc_no,
            reason=reason,
        )
    return msg(
        "disk",
        "Z report {number} is saved. Its receipt could not be written ({reason}): tell the manager.",
        number=doc_no,
        reason=reason,
    )


def on_paper(printer: str, print_document: Callable[[Any, str], object], doc: Any) -> bool:
    """Print on the receipt printer when the PDF could not be written: the customer still gets a
    receipt. False when there is no printer or it fails (the clerk is told the PDF's fate)."""
    if not printer:
        return False
    try:
        print_document(doc, printer)
    except Exception:  # noqa: BLE001 - best effort: the clerk is told the receipt's fate either way
        return False
    return True


def copy_not_written(doc_no: str, exc: OSError) -> ReceiptNotWritten:
    reason = disk_words(exc)
    text = msg(
        "disk",
        "The copy of {number} could not be written: {reason}. Free some disk space and try again.",
        number=doc_no,
        reason=reason,
    )
    return ReceiptNotWritten(text, doc_no, reason)


def written(uow: UnitOfWork, kind: str, ref: str) -> None:
    """The original PDF is on disk: the document leaves the list. Not durable on purpose (a
    power cut may bring the row back: the next pass finds the PDF and drops it again)."""
    try:
        with uow.write(durable=False) as tx:
            PendingReceiptsRepo(tx.conn).written(kind, ref)
    except StorageError as exc:  # the PDF is there; the next pass clears the row
        log.warning("pending receipt %s %s not cleared: %s", kind, ref, exc.message)


def failed(uow: UnitOfWork, kind: str, ref: str, exc: OSError) -> None:
    """Remember why the original could not be written (the row itself is already there: it was
    added in the document's transaction). With the disk full this may fail too: no matter."""
    try:
        with uow.write(durable=False) as tx:
            PendingReceiptsRepo(tx.conn).failed(kind, ref, disk_problem(exc), _utc())
    except StorageError as err:
        log.warning("pending receipt %s %s: failure not recorded: %s", kind, ref, err.message)


def waiting(uow: UnitOfWork, settle_seconds: int = 0) -> int:
    """How many saved documents miss their original PDF (`settle_seconds`: see write_pending)."""
    with uow.read() as tx:
        return PendingReceiptsRepo(tx.conn).count(_settled(settle_seconds))


def write_pending(
    uow: UnitOfWork, data_dir: Path, limit: int = 3, settle_seconds: int = SETTLE_SECONDS
) -> PendingState:
    """Write up to `limit` missing originals, oldest first; stop at the first that fails (the
    disk is still full). A document whose PDF is already on disk only leaves the list.
    Documents saved less than `settle_seconds` ago and not yet tried are left to their own
    print job; 0 (at start, when no print job of this run can be in flight): every one."""
    with uow.read() as tx:
        due = PendingReceiptsRepo(tx.conn).oldest(limit, _settled(settle_seconds))
    done: list[str] = []
    error: str | Message = ""
    for doc in due:
        try:
            _write_original(uow, Path(data_dir), doc)
        except OSError as exc:
            failed(uow, doc.kind, doc.ref, exc)
            error = msg("disk", "{number} not written: {reason}", number=doc.doc_no, reason=disk_words(exc))
            break
        except DomainError as exc:  # the document itself cannot be read: keep it listed, say why
            error = msg("disk", "{number} not written: {reason}", number=doc.doc_no, reason=exc.text)
            break
        written(uow, doc.kind, doc.ref)
        done.append(doc.doc_no)
    if done:
        log.info("receipts written after the fact: %s", ", ".join(done))
    if error:
        log.warning("a missing receipt is still not written: %s", error)
    return PendingState(waiting(uow, settle_seconds), tuple(done), error)


def _settled(settle_seconds: int) -> str | None:
    if not settle_seconds:
        return None
    return (datetime.now(UTC) - timedelta(seconds=settle_seconds)).isoformat(timespec="microseconds")


def _write_original(uow: UnitOfWork, data_dir: Path, doc: PendingDoc) -> None:
    """The document's original PDF, as printed at the time (not a COPY), on disk only."""
    if doc.kind == "sale":
        from ..adapters.printing.receipt_pdf import render_receipt_pdf
        from .receipts import receipt_doc, receipt_path

        receipt = receipt_doc(uow, doc.ref)
        path = receipt_path(data_dir, receipt)
        if not path.exists():
            render_receipt_pdf(receipt, path)
    elif doc.kind == "return":
        from ..adapters.printing.return_receipt_pdf import render_return_receipt_pdf
        from .returns.printing import return_receipt_doc, return_receipt_path

        refund = return_receipt_doc(uow, doc.ref)
        path = return_receipt_path(data_dir, refund)
        if not path.exists():
            render_return_receipt_pdf(refund, path)
    else:
        from . import reports

        row = reports.z_row(uow, int(doc.ref))
        a4 = reports.data_folder(uow, data_dir) / row.pdf_path
        if not (a4.exists() and a4.with_name(f"{a4.stem}-80mm.pdf").exists()):
            reports.render_original(uow, data_dir, int(doc.ref))


def _utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
