"""The shift and its drawer: open with a counted float, paid in / out, no-sale, close with a Z.

Every one of these is a fiscal document: one transaction writes its row and one journal
entry (and, for the close, the Z and the "shift_close" event for the hub). The drawer is
kicked open after the commit: a printer that does not answer never undoes the record.

Each takes its time, shift and Z period from `tx.stamp()` inside its write transaction (the
one rule, adapters/uow.py): the close makes Z number N out of exactly the documents stamped
N, and moves the station on to period N + 1 in the same transaction.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters.shifts_repo import z_counter
from ..domain.cash import CashCount, count_cash
from ..domain.errors import DomainError, InvalidAmount, ShiftError
from ..domain.money import from_minor, parse_amount, to_minor
from ..domain.permissions import Perm
from ..domain.shift_report import NO_SALE, PAID_IN, PAID_OUT, ShiftReport, build_report, totals_event
from ..i18n import Message, msg
from ..i18n.formats import fmt_datetime
from .auth import authorise
from .context import User, config, utcnow
from .fiscal import events
from .reports import parse_counted, render_original, shift_facts
from .restore.pending import refuse_if_pending

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork


MAX_REASON = 120
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShiftState:
    shift_id: str
    number: int
    opened_at: str  # UTC ISO
    opened_local: str  # "HH:MM" in the store's time zone
    opened_by: str
    opening_float: Decimal
    float_count: CashCount


@dataclass(frozen=True)
class CashMoveResult:
    doc_no: str
    kind: str
    amount: Decimal
    shift_no: int
    journal_seq: int
    drawer: str  # "opened", "no printer" or the printer's error (the record stands either way)


@dataclass(frozen=True)
class CloseResult:
    z_no: int
    shift_no: int
    report: ShiftReport
    journal_seq: int
    pdfs: tuple[Path, ...]
    # the Z is recorded even when its PDF could not be written ("" when it was): a screen shows it with text()
    print_error: str | Message = ""


def _state(cfg, row) -> ShiftState:
    return ShiftState(
        row.id,
        row.number,
        row.opened_at,
        f"{cfg.local(row.opened_at):%H:%M}",
        row.opened_by,
        from_minor(row.float_minor, cfg.currency),
        CashCount.from_minor_dict(row.float_counts, cfg.currency),
    )


def current(uow: UnitOfWork) -> ShiftState | None:
    """The station's open shift, or None."""
    cfg = config(uow)
    with uow.read() as tx:
        row = tx.shifts.open_for(cfg.station_code)
    return _state(cfg, row) if row else None


def _doc(cfg, letter: str, number: int) -> str:
    return f"{cfg.store_code}-{cfg.station_code}-{letter}{number:06d}"


def _override(tx: Tx, perm: Perm, user: User, approver: User | None, doc: str, now: str) -> list[dict]:
    if approver is None:
        return []
    tx.overrides.add(perm.value, user.id, approver.id, doc, "", now)
    return [{"action": perm.value, "user": user.username, "approver": approver.username, "at": now}]


def open_shift(uow: UnitOfWork, user: User, counts: Mapping | CashCount, approver=None) -> ShiftState:
    """Open the station's shift with the float counted by denomination ({"50": 2, "0.20": 5})."""
    by = authorise(uow, user, Perm.OPEN_SHIFT, approver)
    cfg = config(uow)
    count = counts if isinstance(counts, CashCount) else count_cash(counts, cfg.currency)
    with uow.write() as tx:
        refuse_if_pending(tx)  # rule 11: numbers wait for a restored station to catch up
        now = tx.stamp(
            cfg.station_code, utcnow
        ).at  # under the write lock: documents are stamped in the order they commit
        busy = tx.shifts.open_for(cfg.station_code)
        if busy is not None:
            raise ShiftError(
                msg(
                    "shift",
                    "Shift {number} is already open (since {since}); close it before opening another",
                    number=busy.number,
                    since=fmt_datetime(cfg.local(busy.opened_at)),
                )
            )
        number = tx.counters.next(f"shift:{cfg.station_code}")
        last_z = tx.z_reports.last(cfg.station_code)
        # The last receipt number before this shift's Z period (for the record: the Z period's
        # documents are the ones stamped with its number, made before the opening or after).
        floor = last_z.last_number if last_z else 0
        shift_id = uuid.uuid4().hex
        float_minor = to_minor(count.total, cfg.currency)
        tx.shifts.insert(shift_id, number, cfg.station_code, now, user.id, count.to_minor_dict(), float_minor, floor)
        doc = _doc(cfg, "S", number)
        overrides = _override(tx, Perm.OPEN_SHIFT, user, by, doc, now)
        tx.journal.append(
            "shift_open",
            doc,
            {
                "type": "shift_open",
                "doc_no": doc,
                "shift_id": shift_id,
                "shift_no": number,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "user": user.username,
                "currency": cfg.currency,
                "float_minor": float_minor,
                "float_counts": count.to_minor_dict(),
                "overrides": overrides,
            },
            now,
        )
        row = tx.shifts.by_id(shift_id)
    return _state(cfg, row)


def _reason(text: str, required: bool = True) -> str:
    reason = " ".join((text or "").split())
    if required and not reason:
        raise DomainError(msg("shift", "Give a reason (what the cash is for)"))
    if len(reason) > MAX_REASON:
        raise DomainError(msg("shift", "The reason is too long: at most %n characters", n=MAX_REASON))
    return reason


def _amount(value, currency: str) -> Decimal:
    amount = value if isinstance(value, Decimal) else parse_amount(str(value), currency)
    if not amount.is_finite() or amount <= 0:
        raise InvalidAmount(msg("shift", "The amount must be more than zero"))
    to_minor(amount, currency)
    return amount


def _kick(cfg) -> str:
    if not cfg.printer:
        return "no printer"
    from ..adapters.printing.escpos_printer import PrinterError, kick_drawer

    try:
        kick_drawer(cfg.printer)
    except PrinterError as exc:
        return str(exc)
    except OSError as exc:  # the record is kept whatever the printer says
        return f"The drawer did not open: {exc}"
    return "opened"


def _cash_move(
    uow: UnitOfWork, user: User, kind: str, perm: Perm, amount: Decimal, reason: str, approver
) -> CashMoveResult:
    by = authorise(uow, user, perm, approver)
    cfg = config(uow)
    with uow.write() as tx:
        refuse_if_pending(tx)  # rule 11: numbers wait for a restored station to catch up
        stamp = tx.stamp(cfg.station_code, utcnow)
        now = stamp.at
        shift = tx.shifts.open_for(cfg.station_code)
        if shift is None:
            raise ShiftError(msg("shift", "No shift is open: open the shift first (the drawer belongs to a shift)"))
        number = tx.counters.next(f"cash_move:{cfg.station_code}")
        doc = _doc(cfg, "M", number)
        minor = to_minor(amount, cfg.currency)
        tx.cash_moves.add(
            uuid.uuid4().hex, doc, shift.id, kind, minor, reason, user.id, by.id if by else None, now, stamp.z_no
        )
        overrides = _override(tx, perm, user, by, doc, now)
        entry = tx.journal.append(
            kind,
            doc,
            {
                "type": kind,
                "doc_no": doc,
                "shift_no": shift.number,
                "shift_id": shift.id,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "user": user.username,
                "currency": cfg.currency,
                "amount_minor": minor,
                "reason": reason,
                "overrides": overrides,
            },
            now,
        )
    return CashMoveResult(doc, kind, amount, shift.number, entry.seq, _kick(cfg))


def paid_in(uow: UnitOfWork, user: User, amount, reason: str, approver=None) -> CashMoveResult:
    """Cash put into the drawer (change from the bank, ...), with a reason."""
    cfg = config(uow)
    return _cash_move(uow, user, PAID_IN, Perm.PAID_IN_OUT, _amount(amount, cfg.currency), _reason(reason), approver)


def paid_out(uow: UnitOfWork, user: User, amount, reason: str, approver=None) -> CashMoveResult:
    """Cash taken out of the drawer (a delivery paid in cash, a bank drop, ...), with a reason."""
    cfg = config(uow)
    return _cash_move(uow, user, PAID_OUT, Perm.PAID_IN_OUT, _amount(amount, cfg.currency), _reason(reason), approver)


def no_sale(uow: UnitOfWork, user: User, reason: str = "", approver=None) -> CashMoveResult:
    """Open the drawer without a sale (giving change for a note, ...); counted on the reports."""
    return _cash_move(uow, user, NO_SALE, Perm.NO_SALE, Decimal(0), _reason(reason or "no sale", False), approver)


def close_shift(
    uow: UnitOfWork,
    user: User,
    counted: Mapping | CashCount,
    counted_other: Mapping | None = None,
    approver=None,
    data_dir: Path | None = None,
    shift_no: int | None = None,
) -> CloseResult:
    """Close the open shift: freeze its Z in one transaction, then print it.

    The Z covers every document stamped with the open Z period, read inside the closing
    transaction (BEGIN IMMEDIATE holds the write lock): a document committed before it is in
    this Z; one that waits for the lock is stamped after it, with the next period, and goes to
    the next Z (a sale is refused instead, when sales need a shift).
    `shift_no`: the shift the manager counted; refused if another one is open by then."""
    by = authorise(uow, user, Perm.CLOSE_SHIFT, approver)
    cfg = config(uow)
    cash, other = parse_counted(counted, counted_other, cfg.currency)
    if cash is None:
        raise DomainError(msg("shift", "Count the cash in the drawer before closing the shift"))
    with uow.write() as tx:
        refuse_if_pending(tx)  # rule 11: numbers wait for a restored station to catch up
        stamp = tx.stamp(cfg.station_code, utcnow)
        now = stamp.at  # after every document this Z covers committed
        events.check_clock(tx, now, user.username)  # a clock set back while the till runs (issue 19)
        shift = tx.shifts.open_for(cfg.station_code)
        if shift is None:
            raise ShiftError(msg("shift", "No shift is open on this station"))
        if shift_no is not None and shift.number != shift_no:
            raise ShiftError(
                msg(
                    "shift",
                    "Shift {number} is no longer the open shift (shift {open} is); count again",
                    number=shift_no,
                    open=shift.number,
                )
            )
        facts = shift_facts(tx, cfg, shift, stamp.z_no)
        z_no = tx.counters.next(z_counter(cfg.station_code))  # the period ends: the next document gets z_no + 1
        if z_no != stamp.z_no:  # cannot happen under the write lock; never let a Z miss its documents
            raise ShiftError(
                msg(
                    "shift",
                    "Z {z} does not match the open period {period}; nothing was saved",
                    z=z_no,
                    period=stamp.z_no,
                )
            )
        report = build_report(facts, "Z", now, z_no=z_no, closed_by=user.name, counted=cash, counted_other=other)
        doc = _doc(cfg, "Z", z_no)
        tx.shifts.close(shift.id, now, user.id)
        overrides = _override(tx, Perm.CLOSE_SHIFT, user, by, doc, now)
        event = {**totals_event(report, shift.id, shift.opened_at, now), "doc_no": doc, "overrides": overrides}
        entry = tx.journal.append("shift_close", doc, event, now)
        frozen = report.to_frozen()
        pdf = f"reports/{report.business_date[:7]}/{doc}.pdf"
        tx.z_reports.insert(
            {
                "station_code": cfg.station_code,
                "number": z_no,
                "shift_id": shift.id,
                "created_at": now,
                "business_date": report.business_date,
                "currency": cfg.currency,
                "totals": json.dumps(frozen, sort_keys=True, separators=(",", ":")),
                "counted": json.dumps(cash.to_minor_dict(), sort_keys=True),
                "counted_cash_minor": frozen["cash_counted_minor"],
                "expected_cash_minor": frozen["cash_expected_minor"],
                "sales_count": report.sales_count,
                "first_number": facts.sales.first_number,
                "last_number": max(shift.receipt_floor, facts.sales.last_number or 0),
                "period_total_minor": frozen["period_total_minor"],
                "grand_total_minor": frozen["grand_total_minor"],
                "last_journal_seq": facts.last_journal_seq,
                "last_journal_hash": facts.last_journal_hash,
                "journal_seq": entry.seq,
                "pdf_path": pdf,
            }
        )
        tx.outbox.add(uuid.uuid4().hex, "shift_close", event, now, text=entry.text)
    error: str | Message = ""
    try:
        pdfs = tuple(render_original(uow, data_dir, z_no))
    except (OSError, DomainError) as exc:  # the Z stands; `storedesk report z --number N` prints it again
        log.warning("Z %s is recorded but its PDF could not be written: %s", z_no, exc)
        reason = exc.text if isinstance(exc, DomainError) else (exc.strerror or str(exc))
        error = msg("shift", "Z {z} is recorded but its PDF could not be written: {reason}", z=z_no, reason=reason)
        pdfs = ()
    _fiscal_due(uow, data_dir, now)
    return CloseResult(z_no, shift.number, report, entry.seq, pdfs, error)


def _fiscal_due(uow: UnitOfWork, data_dir: Path | None, now: str) -> None:
    """After the Z committed: the fiscal closings that fell due here (issue 19, small: a day's
    documents), then the archives on a thread with its own connection (services/fiscal/due.py:
    a month's zip takes seconds and must not hold the till). Never loses the Z: a failure is
    logged and the next Z or start tries again."""
    from .fiscal import closings, due

    try:
        closings.close_due(uow, now)
        if due.archives_kept(uow):
            due.archive_apart(data_dir or Path(uow.db.path).parent, now)
    except Exception:  # noqa: BLE001 -- the Z stands whatever happens here
        log.exception("the fiscal closings due after Z could not all be made")
