"""What the Fiscal screen (ui/fiscal_screen.py) reads and prints, for a manager or an auditor
(issue 19, "Inspection"): the closings (services/fiscal/closings.py), one printed again as a copy,
and the journal check. Each asks for Perm.VIEW_FISCAL first (rule 9: the screen only hides).

The journal check reads the whole journal (48 s for a million entries): it runs on a connection
of its own beside the till (`check_journal`, the Op bridge's `background`), like the start-up
integrity check, so the database worker stays free for everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..adapters.db import DB_FILENAME, Database
from ..adapters.uow import UnitOfWork
from ..domain.errors import DomainError
from ..domain.fiscal.countries import country_of
from ..domain.permissions import Perm, require
from ..i18n import msg
from . import journal
from .context import User
from .reports import ReportPreview

LIMIT = 400  # the closings listed, newest first: more than a year of days, months and years


def closings(uow: UnitOfWork, user: User, kind: str | None = None, limit: int = LIMIT) -> list[Any]:
    """The closings made at this station, newest first (services/fiscal/closings.ClosingRow)."""
    require(user.role, Perm.VIEW_FISCAL)
    from .fiscal import closings as fiscal_closings

    return list(fiscal_closings.list_closings(uow, kind=kind, limit=limit))


@dataclass(frozen=True)
class Closings:
    """What the Fiscal screen lists: the closings made, and the periods the store's fiscal
    country closes (domain/fiscal/countries.Country.closings; none for a store with no country)."""

    rows: list[Any]
    kinds: tuple[str, ...]


def listing(uow: UnitOfWork, user: User, limit: int = LIMIT) -> Closings:
    """The closings made at this station, newest first, and the kinds the store's country closes."""
    rows = closings(uow, user, limit=limit)
    with uow.read() as tx:
        kinds = country_of(tx.settings.all()).closings
    return Closings(rows, tuple(kinds))


def print_closing(uow: UnitOfWork, user: User, data_dir: Path, doc_no: str) -> Path:
    """Print the closing `doc_no` again, marked as a copy (and journaled as a reprint by the
    closings service): its PDF's path."""
    require(user.role, Perm.VIEW_FISCAL)
    from .fiscal import closings as fiscal_closings

    return fiscal_closings.print_closing(uow, data_dir, doc_no, by=user.username)


@dataclass(frozen=True)
class PrintedClosing:
    """A closing printed from the Fiscal screen: its PDF, and its "DUPLICATA n°" number (0 for the
    original: a closing's first print, the journal decides)."""

    doc_no: str
    path: Path
    duplicate: int


def print_closing_paper(uow: UnitOfWork, user: User, data_dir: Path, doc_no: str) -> PrintedClosing:
    """`print_closing` for the screen: the PDF and whether it is the original or which duplicate."""
    from .fiscal.events import CLOSING, reprint_count

    path = print_closing(uow, user, data_dir, doc_no)
    with uow.read() as tx:
        duplicate = reprint_count(tx, CLOSING, doc_no)
    return PrintedClosing(doc_no, path, duplicate)


def closing_preview(path: Path, paper: str) -> ReportPreview:
    """A closing's PDF (A4 only) and a picture of each of its pages, for the print dialog
    (services/reports.ReportPreview): run it off the GUI thread."""
    from ..adapters.printing.escpos_printer import PrinterError
    from ..adapters.printing.pdf_pages import render_pages
    from .reports import PREVIEW_SCALE

    if paper != "a4":
        raise DomainError(msg("fiscal", "A closing is printed on an A4 sheet only"))
    try:
        return ReportPreview(Path(path), paper, tuple(render_pages(Path(path), PREVIEW_SCALE[paper])))
    except PrinterError as exc:
        raise DomainError(str(exc)) from exc


def check_journal(data_dir: Path, user: User) -> journal.VerifyResult:
    """`storedesk journal verify` for the screen: the hash chain and every signature, on a
    connection of its own (run it off the database worker: ui/ops.Ops.background)."""
    require(user.role, Perm.VIEW_FISCAL)
    db = Database(Path(data_dir) / DB_FILENAME)
    uow = UnitOfWork(db)
    try:
        return journal.verify(uow)
    finally:
        uow.close()
        db.dispose()
