"""X and Z reports: sums read in SQL, figures from the domain, PDFs kept in data_dir/reports/.

A report covers one Z period: every fiscal document stamped with its number (see
domain/shift_report.py and adapters/uow.py `Tx.stamp`), shift open or not.

- x_report: the open shift so far (its Z period so far); resets nothing, changes nothing.
- z_report: a closed shift's frozen Z, by number or the last one; always a numbered duplicate,
  journaled, kept as <Z>-copy-<n>.pdf (the original is printed once, when the shift is closed:
  see services/shift.py).

`user=None` is the operator at the command line (like `storedesk export`): whoever can read
the data folder can read its reports. The app always passes the signed-in user.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters.customers_repo import CustomersRepo
from ..adapters.gift_cards_repo import GiftCardsRepo
from ..adapters.printing.system_print import PRINTING as PRINTING  # the UI names a busy printer by it
from ..adapters.printing.system_print import Printer
from ..adapters.restore_repo import RestoreRepo
from ..adapters.return_points_repo import ReturnPointsRepo, ZReturnPoints
from ..domain.cash import CashCount, count_cash
from ..domain.errors import DomainError, ShiftError
from ..domain.money import parse_amount
from ..domain.permissions import Perm, require
from ..domain.receipt import ReceiptSignature
from ..domain.shift_facts import OutsideReturns, ShiftFacts
from ..domain.shift_report import ShiftReport, build_report
from ..domain.tenders import kind_words
from ..i18n import msg
from .auth import authorise
from .context import config, utcnow
from .fiscal import events

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork

PAPERS = ("a4", "80mm")


@dataclass(frozen=True)
class ReportResult:
    report: ShiftReport
    path: Path | None  # the PDF written (None when only the figures were asked for)
    duplicate: int = 0  # a reprint: the duplicate's number its paper shows ("DUPLICATA n° 2"); 0: an original


def data_folder(uow: UnitOfWork, data_dir: Path | None) -> Path:
    return Path(data_dir) if data_dir is not None else Path(uow.db.path).parent


def shift_facts(tx: Tx, cfg, shift, z_no: int) -> ShiftFacts:
    """Every sum of Z period `z_no` (the open `shift` and whatever was done with no shift open
    before it), read in the caller's transaction."""
    st = cfg.station_code
    facts = tx.shift_facts
    sales = facts.sales_head(st, z_no)
    last_z = tx.z_reports.last(st)
    seq, digest = tx.journal.last()
    returns = facts.returns_head(st, z_no)
    cards_sold, cards_sold_minor, cards_redeemed_minor = GiftCardsRepo(tx.conn).z_sums(st, z_no)
    earned_sales, earned, earned_minor, redeemed_sales, redeemed, redeemed_minor = CustomersRepo(tx.conn).z_points(
        st, z_no
    )
    return ShiftFacts(
        currency=cfg.currency,
        timezone=cfg.timezone,
        store_code=cfg.store_code,
        store_name=cfg.store_name,
        station_code=st,
        shift_no=shift.number,
        opened_at=shift.opened_at,
        opened_by=shift.opened_by,
        float_minor=shift.float_minor,
        float_counts=shift.float_counts,
        sales=sales,
        outside_cash_minor=facts.outside_cash(st, z_no) if sales.outside_shift else 0,
        returns=returns,
        outside_returns=facts.outside_returns(st, z_no) if returns.count else OutsideReturns(),
        voided_values=tuple(facts.voided_values(st, z_no)) if sales.voided_lines else (),
        first_receipt=facts.receipt_no(st, z_no, sales.first_number),
        last_receipt=facts.receipt_no(st, z_no, sales.last_number),
        tenders=tuple(facts.tenders(st, z_no)),
        taxes=tuple(facts.taxes(st, z_no)),
        categories=tuple(facts.categories(st, z_no)),
        hours=tuple(facts.quarter_hours(st, z_no)),
        clerks=tuple(facts.clerks(st, z_no)),
        cash_moves=tuple(facts.cash_moves(st, z_no)),
        prev_grand_total_minor=last_z.grand_total_minor if last_z else 0,
        last_journal_seq=seq,
        last_journal_hash=digest,
        refunds=tuple(facts.refunds(st, z_no)),
        return_flags=tuple(facts.return_flags(shift.id, tx.now())),
        restore_gaps=tuple(RestoreRepo(tx.conn).gap_lines(last_z.created_at if last_z else "")),
        promotions=tuple(facts.promotions(st, z_no)) if sales.discount_minor else (),
        gift_cards_sold=cards_sold,
        gift_cards_sold_minor=cards_sold_minor,
        gift_cards_redeemed_minor=cards_redeemed_minor,
        points_issued=(earned_sales, earned),
        points_issued_value_minor=earned_minor,
        points_redeemed=(redeemed_sales, redeemed, redeemed_minor),
        points_returned=_points_returned(ReturnPointsRepo(tx.conn).z_points(st, z_no)),  # issue 18 (s0022)
    )


def _points_returned(z: ZReturnPoints) -> tuple[int, int, int, int]:
    return (z.returns, z.points_taken, z.points_given, z.value_given_minor)


def parse_counted(counted: Mapping | CashCount | None, counted_other: Mapping | None, currency: str):
    """(cash count or None, {tender: amount}) from what the screen or a test passed in."""
    cash = counted if isinstance(counted, CashCount) or counted is None else count_cash(counted, currency)
    other: dict[str, Decimal] = {}
    for kind, value in (counted_other or {}).items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        amount = value if isinstance(value, Decimal) else parse_amount(str(value), currency)
        if amount < 0:
            raise DomainError(
                msg("reports", "The counted total of {tender} cannot be negative", tender=kind_words(kind))
            )
        other[kind] = amount
    return cash, other


def _check(uow: UnitOfWork, user, approver) -> None:
    if user is not None:
        authorise(uow, user, Perm.VIEW_REPORTS, approver)


def x_figures(uow: UnitOfWork, user, counted=None, counted_other=None, approver=None) -> ShiftReport:
    """The open shift's X figures (what the shift screen shows), without a PDF."""
    _check(uow, user, approver)
    cfg = config(uow)
    cash, other = parse_counted(counted, counted_other, cfg.currency)
    with uow.read() as tx:
        shift = tx.shifts.open_for(cfg.station_code)
        if shift is None:
            raise ShiftError(msg("reports", "No shift is open: an X report reads the open shift"))
        facts = shift_facts(tx, cfg, shift, tx.shifts.stamp_facts(cfg.station_code).z_no)
        at = tx.now()
    return build_report(facts, "X", at, counted=cash, counted_other=other)


def x_report(
    uow: UnitOfWork,
    user,
    data_dir: Path | None = None,
    paper: str = "a4",
    counted=None,
    counted_other=None,
    approver=None,
    out: Path | None = None,
) -> ReportResult:
    """Print an X report of the open shift (nothing is reset) to a PDF in data_dir/reports/."""
    _paper(paper)
    report = x_figures(uow, user, counted, counted_other, approver)
    stamp = f"{config(uow).local(utcnow()):%Y%m%d-%H%M%S}"
    name = f"{report.store_code}-{report.station_code}-S{report.shift_no:06d}-X-{stamp}"
    path = out or data_folder(uow, data_dir) / "reports" / report.business_date[:7] / f"{name}{_suffix(paper)}.pdf"
    return ReportResult(report, render(report, path, paper))


def z_row(uow: UnitOfWork, number: int | None = None):
    cfg = config(uow)
    with uow.read() as tx:
        row = tx.z_reports.last(cfg.station_code) if number is None else tx.z_reports.get(cfg.station_code, number)
    if row is None:
        if number is None:
            raise DomainError(msg("reports", "No Z report yet on this station"))
        raise DomainError(msg("reports", "There is no Z report {number}", number=number))
    return row


def z_figures(uow: UnitOfWork, user, number: int | None = None, approver=None) -> ShiftReport:
    """A Z's frozen figures (the last one when `number` is None), as its reprints show them."""
    _check(uow, user, approver)
    _z_number(number)
    return ShiftReport.from_frozen(z_row(uow, number).totals, copy=True)


def _z_number(number) -> None:
    if number is not None and (not isinstance(number, int) or isinstance(number, bool) or number < 1):
        raise DomainError(msg("reports", "A Z report number is a whole number from 1"))


def z_report(
    uow: UnitOfWork,
    user,
    data_dir: Path | None = None,
    number: int | None = None,
    paper: str = "a4",
    approver=None,
    out: Path | None = None,
) -> ReportResult:
    """Reprint a Z (the last one when `number` is None) from its frozen totals: a duplicate,
    journaled first with its number, which it prints ("DUPLICATA n° 2", issue 19)."""
    _paper(paper)
    if user is not None:
        authorise(uow, user, Perm.VIEW_REPORTS, approver)
    _z_number(number)
    row = z_row(uow, number)
    report = ShiftReport.from_frozen(row.totals, copy=True)
    original = data_folder(uow, data_dir) / row.pdf_path
    doc_no = z_doc_no(report)
    by = user.username if user is not None else "terminal"
    duplicate = events.journal_reprint(uow, events.Z_REPORT, doc_no, by)
    # each duplicate kept under its own number, as closings' are: the second never overwrites the first
    path = out or original.with_name(f"{original.stem}-copy-{duplicate}{_suffix(paper)}.pdf")
    signature = z_signature(uow, doc_no)
    written = render(report, path, paper, duplicate, signature)
    if out is None and paper == "a4":  # the roll the print dialog offers beside it: the same duplicate
        render(report, path.with_name(f"{path.stem}{_suffix('80mm')}.pdf"), "80mm", duplicate, signature)
    return ReportResult(report, written, duplicate)


def z_doc_no(report: ShiftReport) -> str:
    """A Z's document number, as its journal entry names it (services/shift.py)."""
    return f"{report.store_code}-{report.station_code}-Z{report.z_no:06d}"


def z_signature(uow: UnitOfWork, doc_no: str) -> ReceiptSignature | None:
    """The Z's signature line where the store's country shows one (issue 19): as on a receipt."""
    from .receipts import signature_of

    with uow.read() as tx:
        return signature_of(tx, doc_no, "shift_close")


def render_original(uow: UnitOfWork, data_dir: Path | None, number: int) -> list[Path]:
    """The Z as printed at closing (A4 at its recorded path, and the 80 mm roll beside it)."""
    row = z_row(uow, number)
    report = ShiftReport.from_frozen(row.totals)
    a4 = data_folder(uow, data_dir) / row.pdf_path
    roll = a4.with_name(f"{a4.stem}{_suffix('80mm')}.pdf")
    signature = z_signature(uow, z_doc_no(report))
    return [render(report, a4, "a4", signature=signature), render(report, roll, "80mm", signature=signature)]


def _suffix(paper: str) -> str:
    return "" if paper == "a4" else "-80mm"


def _paper(paper: str) -> None:
    if paper not in PAPERS:
        raise DomainError(msg("reports", "The paper must be one of {papers}", papers=", ".join(PAPERS)))


def render(
    report: ShiftReport, path: Path, paper: str = "a4", duplicate: int = 0, signature: ReceiptSignature | None = None
) -> Path:
    from ..adapters.printing.report_pdf import render_report_a4
    from ..adapters.printing.report_roll import render_report_roll

    draw = render_report_a4 if paper == "a4" else render_report_roll
    return draw(report, Path(path), duplicate=duplicate, signature=signature)


# ---- printing: the computer's printers, a preview, the job (ui/report_print_dialog.py) ---------
# The shift screen runs `printers`, `preview` and `send` on threads of their own (they wait on
# the print system or PDFium, not on the database), so neither the till nor its database worker
# ever waits for a printer. `print_choice` / `remember_print_choice` are quick database calls.


@dataclass(frozen=True)
class PrintChoice:
    """The station's remembered printer (empty: the computer's default) and paper."""

    printer: str
    paper: str


@dataclass(frozen=True)
class ReportPreview:
    path: Path  # the report's PDF on `paper`, kept in data_dir/reports/ like every report
    paper: str
    pages: tuple  # adapters.printing.pdf_pages.PageImage, one per page of the PDF


PREVIEW_SCALE = {"a4": 1.6, "80mm": 2.4}  # pixels per point: A4 about 950 px wide, the roll about 540


def print_choice(uow: UnitOfWork) -> PrintChoice:
    with uow.read() as tx:
        values = tx.settings.all()
    paper = values.get("report_paper", "a4")
    return PrintChoice(values.get("report_printer", ""), paper if paper in PAPERS else "a4")


def remember_print_choice(uow: UnitOfWork, user, printer: str, paper: str) -> PrintChoice:
    """Keep this station's choice (settings report_printer, report_paper) for next time: a
    change, which the read-only auditor may not make (rule 9; the screens do not ask them)."""
    from .settings import EDITABLE

    require(user.role, Perm.CHANGE)

    choice = PrintChoice(EDITABLE["report_printer"](printer.strip()), EDITABLE["report_paper"](paper))
    with uow.write() as tx:
        tx.settings.set("report_printer", choice.printer)
        tx.settings.set("report_paper", choice.paper)
    uow.cache.clear()
    return choice


def printers() -> list[Printer]:
    """The computer's printers (adapters.printing.system_print.Printer), the default marked;
    a printer's `state` is READY, PRINTING (busy) or OFFLINE."""
    from ..adapters.printing.system_print import list_printers

    return list_printers()


def paper_pdf(report: ShiftReport, a4_pdf: Path, paper: str) -> Path:
    """The report's PDF on `paper`, beside its A4 one (X-....pdf, X-...-80mm.pdf): the one
    already written, or rendered now from the same figures."""
    _paper(paper)
    a4_pdf = Path(a4_pdf)
    path = a4_pdf if paper == "a4" else a4_pdf.with_name(f"{a4_pdf.stem}{_suffix(paper)}.pdf")
    return path if path.is_file() else render(report, path, paper)


def preview(report: ShiftReport, a4_pdf: Path, paper: str) -> ReportPreview:
    """The report's PDF on `paper` and a picture of each of its pages."""
    from ..adapters.printing.escpos_printer import PrinterError
    from ..adapters.printing.pdf_pages import render_pages

    path = paper_pdf(report, a4_pdf, paper)
    try:
        return ReportPreview(path, paper, tuple(render_pages(path, PREVIEW_SCALE[paper])))
    except PrinterError as exc:
        raise DomainError(str(exc)) from exc


def send(path: Path, printer: str, paper: str) -> str:
    """Print the report's PDF on `printer` (empty: the default one): said plainly when the
    printer is not there any more or is offline. Returns what the print system said."""
    from ..adapters.printing.escpos_printer import PrinterError
    from ..adapters.printing.system_print import print_pdf as send_pdf

    _paper(paper)
    try:
        return send_pdf(Path(path), printer, paper=paper)
    except PrinterError as exc:
        raise DomainError(str(exc)) from exc


def print_pdf(uow: UnitOfWork, path: Path) -> str:
    """Send a report's PDF to the station's remembered printer (setting `report_printer`: a
    printer's name; empty: the default printer) on the printer's own paper."""
    from ..adapters.printing.escpos_printer import PrinterError
    from ..adapters.printing.system_print import print_pdf as send_pdf

    queue = print_choice(uow).printer
    try:
        return send_pdf(Path(path), queue)
    except PrinterError as exc:
        raise DomainError(str(exc)) from exc
