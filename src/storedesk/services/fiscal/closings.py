"""Fiscal closings per day, month and fiscal year (issue 19, "Storage"), for a store whose country
has them (domain/fiscal/countries.py `Country.closings`: France).

- One day closing per business day (the store's local date), whatever the number of shifts, for
  EVERY day from the first document's day on, an empty day too (zero totals): a closing removed
  shows as a gap. Which documents each counts: domain/fiscal/closings.py.
- A month is the sum of its day closings, a fiscal year of its months; its first month is the
  store setting `fiscal_year_start` (1..12, default 1), and a year is named by its first month's
  calendar year. A month closes after all its days, a year after all its months.
- Each closing is ONE transaction: its fiscal_closings row (permanent, s0027) and its journal
  entry (kind "fiscal_close", doc_ref = its number, the figures as payload), which the journal's
  append signs at a French station.
- When: `close_due` closes every period that has ended (after each Z and at the app's start:
  services/fiscal/due.py), and `close` the current one on demand (`storedesk fiscal close`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ...adapters.closings_repo import ClosingsRepo, JournalDocument, StoredClosing
from ...domain.errors import DomainError
from ...domain.fiscal import closings as fc
from ...domain.fiscal.closings import DAY, MONTH, YEAR, Figures
from ...domain.fiscal.countries import COUNTRIES, Country, country_of
from ...domain.fiscal.signing import receipt_fingerprint
from ...domain.money import from_minor
from ...i18n import msg
from ...i18n.formats import fmt_date
from ..context import StoreConfig, config, utcnow
from ..journal import record_change
from ..restore.pending import PENDING_MESSAGE, RestorePending
from ..restore.pending import pending as restore_pending

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork

YEAR_START = "fiscal_year_start"
ORIGINAL_PRINT = "closing_print"  # the journal entry of a closing's first (original) print


@dataclass(frozen=True)
class Closing:
    """A closing just made."""

    kind: str
    period: str
    doc_no: str
    closed_at: str
    seq: int  # its journal entry
    figures: Figures


@dataclass(frozen=True)
class ClosingRow:
    """A closing as `storedesk fiscal closings` and the till list it."""

    kind: str
    period: str
    doc_no: str
    closed_at: str
    total: Decimal
    perpetual_total: Decimal
    fingerprint: str


@dataclass(frozen=True)
class _Limits:
    """How far one run closes: days through `day`, months through `month`, years through `year`."""

    day: date
    month: tuple[int, int]
    year: int
    start_today: bool  # a first closing with no document yet may start today (a closing asked for)


# --- what is closed, and when -----------------------------------------------------------------


def _settings(uow: UnitOfWork) -> dict[str, str]:
    with uow.read() as tx:
        return tx.settings.all()


def _year_start(settings: dict[str, str]) -> int:
    value = settings.get(YEAR_START) or "1"
    return int(value) if value.isdigit() and 1 <= int(value) <= 12 else 1


def _closing_codes() -> tuple[str, ...]:
    return tuple(c.code for c in COUNTRIES.values() if DAY in c.closings)


def _due_limits(today: date, start: int) -> _Limits:
    """What has ended by `today`: days before it, months whose last day is before it, years whose
    last month has ended."""
    month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    this_fy = fc.fiscal_year(today.year, today.month, start)
    return _Limits(date.fromordinal(today.toordinal() - 1), month, this_fy - 1, False)


def close_due(uow: UnitOfWork, now: str | None = None) -> list[Closing]:
    """Close every ended day, month and fiscal year not yet closed; [] for a store whose country
    has no closings. `now`: UTC ISO text (a simulated clock in tests)."""
    settings = _settings(uow)
    kinds = country_of(settings).closings
    if DAY not in kinds or restore_pending(uow):  # a restore waiting: nothing enters the journal before it
        return []
    now = now or utcnow()
    cfg = config(uow)
    start = _year_start(settings)
    return _close_through(uow, cfg, now, _due_limits(cfg.local(now).date(), start), start, "station", kinds)


def _current(kind: str, today: date, start: int) -> str:
    if kind == DAY:
        return fc.day_period(today)
    if kind == MONTH:
        return fc.month_period(today.year, today.month)
    return str(fc.fiscal_year(today.year, today.month, start))


def _refuse_closed(kind: str, doc_no: str) -> DomainError:
    if kind == DAY:
        return DomainError(msg("fiscal", "Today is already closed ({number})", number=doc_no))
    if kind == MONTH:
        return DomainError(msg("fiscal", "This month is already closed ({number})", number=doc_no))
    return DomainError(msg("fiscal", "This fiscal year is already closed ({number})", number=doc_no))


def _clock_behind(doc_no: str, today: date) -> DomainError:
    return DomainError(
        msg(
            "fiscal",
            "The station's clock ({today}) is behind the last closing {number}: check its date and time",
            today=fmt_date(today),
            number=doc_no,
        )
    )


def no_closings() -> DomainError:
    return DomainError(msg("fiscal", "The store's fiscal country has no fiscal closings"))


def close(uow: UnitOfWork, kind: str, now: str | None = None, by: str = "terminal") -> list[Closing]:
    """Close the current business day, month or fiscal year now (`storedesk fiscal close`), and
    every ended period before it not yet closed (a month's days first, a year's months first).
    Refused when that period is already closed."""
    if kind not in fc.KINDS:
        raise DomainError(msg("fiscal", "A closing is of a day, a month or a year (got {kind})", kind=kind))
    settings = _settings(uow)
    country: Country = country_of(settings)
    if DAY not in country.closings or kind not in country.closings:
        raise no_closings()
    if restore_pending(uow):
        raise RestorePending(PENDING_MESSAGE)
    now = now or utcnow()
    cfg = config(uow)
    start = _year_start(settings)
    today = cfg.local(now).date()
    period = _current(kind, today, start)
    with uow.read() as tx:
        repo = ClosingsRepo(tx.conn)
        if repo.exists(kind, period):
            raise _refuse_closed(kind, fc.doc_no(kind, period))
        last = repo.last(kind)
    if last is not None and last.period > period:  # ISO periods compare in time order
        raise _clock_behind(last.doc_no, today)
    due = _due_limits(today, start)
    limits = _Limits(
        today,
        (today.year, today.month) if kind in (MONTH, YEAR) else due.month,
        int(period) if kind == YEAR else due.year,
        True,
    )
    return _close_through(uow, cfg, now, limits, start, by, country.closings)


def _close_through(
    uow: UnitOfWork, cfg: StoreConfig, now: str, limits: _Limits, start: int, by: str, kinds: tuple[str, ...]
) -> list[Closing]:
    """Days, then months, then years (those of `kinds`, the country's), each closing in its own
    transaction, as far as `limits`."""
    made: list[Closing] = []
    for kind, step in ((DAY, _next_day), (MONTH, _next_month), (YEAR, _next_year)):
        if kind not in kinds:
            continue
        while True:
            with uow.write() as tx:
                closing = step(tx, cfg, now, limits, start, by)
            if closing is None:
                break
            made.append(closing)
    return made


# --- one closing each, in its own transaction --------------------------------------------------


def _local_day(cfg: StoreConfig, at: str) -> date:
    return cfg.local(at).date()


def _midnight_utc(cfg: StoreConfig, day: date) -> str:
    """The UTC text of the store's local midnight starting `day` (the journal's time format)."""
    return datetime.combine(day, time(0), tzinfo=cfg.tz).astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class _Carried:
    """What a closing carries to the next of its kind, read from its SIGNED journal entry (the
    fiscal_closings row is a copy for queries, not signed): its figures (perpetual total, the
    span it covered) and, for a day, the journal seq the next day closing reads from."""

    stored: StoredClosing
    figures: Figures
    open_seq: int


def _carried(repo: ClosingsRepo, stored: StoredClosing) -> _Carried:
    """The last closing's carried state from its journal entry, checked against its row; a
    mismatch (either was altered) refuses to close, naming the closing."""
    entry = repo.entry(stored.seq)
    try:
        payload = json.loads(entry[1]) if entry is not None else {}
        figures = Figures.from_json(payload)
        open_seq = int(payload.get("open_seq") or stored.seq)
        whole = entry is not None and entry[0] == stored.doc_no
        whole = whole and figures == Figures.from_json(json.loads(stored.figures)) and open_seq == stored.open_seq
    except (KeyError, TypeError, ValueError):
        whole = False
    if not whole:
        raise _mismatch(stored.doc_no)
    return _Carried(stored, figures, open_seq)


def _mismatch(doc_no: str) -> DomainError:
    return DomainError(
        msg(
            "fiscal",
            "The closing {number} does not match its journal entry; run `storedesk journal verify`",
            number=doc_no,
        )
    )


def _last(repo: ClosingsRepo, kind: str) -> _Carried | None:
    stored = repo.last(kind)
    return _carried(repo, stored) if stored is not None else None


def _document(cfg: StoreConfig, d: JournalDocument) -> fc.Document | None:
    """A sale or a return as its SIGNED payload says (type, number, time), not the journal's
    columns; None for any other entry."""
    payload = json.loads(d.payload)
    kind = payload.get("type") if isinstance(payload, dict) else None
    if kind not in fc.DOCUMENT_KINDS:
        return None
    number = payload.get("receipt_no") or payload.get("return_no") or d.doc_ref
    return fc.Document.from_payload(d.seq, kind, number, _local_day(cfg, payload.get("at") or d.created_at), payload)


def _next_day(tx: Tx, cfg: StoreConfig, now: str, limits: _Limits, start: int, by: str) -> Closing | None:
    repo = ClosingsRepo(tx.conn)
    last = _last(repo, DAY)
    last_day: date | None
    if last is None:  # the first: from the first document's day (today for a closing asked for)
        from_seq = repo.closings_start(_closing_codes()) + 1
        first = repo.first_document(from_seq, fc.DOCUMENT_KINDS)
        day = _local_day(cfg, first.created_at) if first else limits.day
        if first is None and not limits.start_today:
            return None
        last_day, last_seq, perpetual = None, 0, 0
    else:
        last_day = fc.parse_day(last.figures.ends)
        day = last_day + timedelta(days=1)
        from_seq, last_seq, perpetual = last.open_seq, last.stored.seq, last.figures.perpetual_minor
    if day > limits.day:
        return None
    # Read a superset of the documents the day may count (written before the midnight that
    # follows the day after: exact dates are checked in the store's time zone), so one closing
    # reads about two days of documents however long the journal is.
    bound = _midnight_utc(cfg, day + timedelta(days=2))
    docs = [doc for d in repo.entries_from(from_seq, before=bound) if (doc := _document(cfg, d)) is not None]
    figures, left = fc.day_figures(docs, day, last_day, last_seq, perpetual, cfg.currency)
    later = repo.first_entry(from_seq, at_or_after=bound)
    waiting = [seq for seq in (left, later.seq if later else None) if seq is not None]
    return _write(tx, repo, DAY, fc.day_period(day), figures, min(waiting) if waiting else None, now, by, start)


def _next_month(tx: Tx, cfg: StoreConfig, now: str, limits: _Limits, start: int, by: str) -> Closing | None:
    repo = ClosingsRepo(tx.conn)
    last_day = repo.last(DAY)
    if last_day is None:
        return None
    last = _last(repo, MONTH)
    if last is None:
        first_day = fc.parse_day(repo.first(DAY).period)  # type: ignore[union-attr]  # a day closing exists
        year, month = first_day.year, first_day.month
    else:
        year, month = fc.next_month(*fc.parse_month(last.stored.period))
    if (year, month) > limits.month:
        return None
    end = fc.month_last_day(year, month)
    if fc.parse_day(last_day.period) < min(end, limits.day):  # its days first
        return None
    counted = last.figures.ends if last else ""  # the last day the month before counted
    days = repo.uncounted(DAY, fc.day_period(end), counted, last.stored.seq if last else 0)
    figures = fc.summed_figures(_figures(repo, days), last.figures.perpetual_minor if last else 0, cfg.currency)
    return _write(tx, repo, MONTH, fc.month_period(year, month), figures, None, now, by, start)


def _next_year(tx: Tx, cfg: StoreConfig, now: str, limits: _Limits, start: int, by: str) -> Closing | None:
    repo = ClosingsRepo(tx.conn)
    last_month = repo.last(MONTH)
    if last_month is None:
        return None
    last = _last(repo, YEAR)
    if last is None:
        first = fc.parse_month(repo.first(MONTH).period)  # type: ignore[union-attr]  # a month closing exists
        fy = fc.fiscal_year(*first, start)
    else:
        fy = int(last.stored.period) + 1
    if fy > limits.year:
        return None
    end = fc.year_last_month(fy, start)
    if fc.parse_month(last_month.period) < min(end, limits.month):  # its months first
        return None
    # the last month the year before covered, as ITS closing says: never recomputed from today's
    # fiscal_year_start, which may have changed since (a month would be counted twice or never)
    counted = last.figures.ends if last else ""
    months = repo.uncounted(MONTH, fc.month_period(*end), counted, last.stored.seq if last else 0)
    figures = fc.summed_figures(_figures(repo, months), last.figures.perpetual_minor if last else 0, cfg.currency)
    starts = fc.month_period(*fc.next_month(*fc.parse_month(counted))) if counted else ""
    return _write(tx, repo, YEAR, str(fy), figures, None, now, by, start, starts)


def _figures(repo: ClosingsRepo, rows: list[StoredClosing]) -> list[Figures]:
    """The figures a month sums of its days (a year of its months), each as its signed journal
    entry says, checked against its row."""
    return [_carried(repo, r).figures for r in rows]


def _write(
    tx: Tx,
    repo: ClosingsRepo,
    kind: str,
    period: str,
    figures: Figures,
    left: int | None,
    now: str,
    by: str,
    start: int,
    starts: str = "",
) -> Closing:
    """The closing's journal entry (signed at a French station) carries everything the next
    closing reads: its figures, its span, and `open_seq` (a day's first document left for a
    later day; null: none, the next day reads from this entry on)."""
    number = fc.doc_no(kind, period)
    first, ends = fc.span(kind, period, start)
    figures = replace(figures, starts=starts or first, ends=ends)
    details = {"kind": kind, "period": period, "open_seq": left, **figures.to_json()}
    entry = record_change(tx, fc.KIND, number, details, now, by)
    repo.insert(
        StoredClosing(
            entry.seq,
            kind,
            period,
            number,
            now,
            figures.currency,
            figures.total_minor,
            figures.perpetual_minor,
            figures.documents,
            left if left is not None else entry.seq,
            figures.text(),
        )
    )
    return Closing(kind, period, number, now, entry.seq, figures)


# --- reading and printing ----------------------------------------------------------------------


def list_closings(uow: UnitOfWork, kind: str | None = None, limit: int = 400) -> list[ClosingRow]:
    """The closings, newest first; `kind` day|month|year or None for all."""
    with uow.read() as tx:
        rows = ClosingsRepo(tx.conn).listed(kind, limit)
    return [
        ClosingRow(
            r.closing.kind,
            r.closing.period,
            r.closing.doc_no,
            r.closing.closed_at,
            from_minor(r.closing.total_minor, r.closing.currency),
            from_minor(r.closing.perpetual_minor, r.closing.currency),
            receipt_fingerprint(r.signature) if r.signature else "",
        )
        for r in rows
    ]


def print_closing(
    uow: UnitOfWork,
    data_dir: Path,
    doc_no: str,
    *,
    out: Path | None = None,
    by: str = "terminal",
    now: str | None = None,
) -> Path:
    """The closing `doc_no` as an A4 PDF in the store's language, at `out` or in the data folder
    (closings/<period's year>/<doc_no>.pdf). Its first print is the original (journaled as
    "closing_print"); every later one is a duplicate, journaled with its count and printed
    "DUPLICATA n° n" (services/fiscal/events.record_reprint): the journal decides, not the caller."""
    from ... import __version__
    from ...adapters.printing import closing_pdf
    from ...adapters.printing.pdf_out import write_file
    from ..receipts import SOFTWARE
    from .events import CLOSING, record_reprint

    cfg = config(uow)
    with uow.write() as tx:
        repo = ClosingsRepo(tx.conn)
        stored = repo.get(doc_no)
        if stored is None:
            raise DomainError(msg("fiscal", "No closing is numbered {number}", number=doc_no))
        figures = _carried(repo, stored).figures
        signature = repo.signature(stored.seq)
        at = now or tx.now(utcnow)
        if repo.printed(ORIGINAL_PRINT, doc_no):
            duplicate = record_reprint(tx, CLOSING, doc_no, by, at)
        else:
            record_change(tx, ORIGINAL_PRINT, doc_no, {"document_kind": CLOSING}, at, by)
            duplicate = 0
    view = closing_pdf.ClosingView(
        kind=stored.kind,
        period=stored.period,
        doc_no=stored.doc_no,
        closed_at=cfg.local(stored.closed_at),
        store_name=cfg.store_name,
        store_code=cfg.store_code,
        store_address=cfg.store_address,
        store_tax_id=cfg.store_tax_id,
        station_code=cfg.station_code,
        figures=figures,
        software=SOFTWARE,
        version=__version__,
        fingerprint=receipt_fingerprint(signature) if signature else "",
        duplicate=duplicate,
    )
    name = f"{doc_no}-copy-{duplicate}.pdf" if duplicate else f"{doc_no}.pdf"
    path = out or Path(data_dir) / "closings" / stored.period[:4] / name
    return write_file(path, closing_pdf.render_closing_a4(view))
