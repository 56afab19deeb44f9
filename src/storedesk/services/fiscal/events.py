"""The fiscal events a French store must journal besides its documents (issue 19,
"Inalterability"): reprints with their count ("DUPLICATA n° 2" on the paper), voided lines,
abandoned baskets, price overrides, the software's start, stop and update, and a clock set back.

Journaled at every store (a store without a fiscal country journals them too); the journal's
append signs them while the store's country signs (adapters/journal_signing.py), never here.
Each is written in the caller's transaction: a voided line's entry commits with the void, or
neither does. Payloads always carry "type", "at", "store", "station" and "by"
(services/journal.record_change). The basket's scan path journals nothing: only these actions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain.money import round_money, to_minor
from ..journal import record_change

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork
    from ...domain.basket import BasketLine

log = logging.getLogger(__name__)

REPRINT = "reprint"
LINE_VOID = "line_void"
BASKET_ABANDON = "basket_abandon"
PRICE_OVERRIDE = "price_override"
SOFTWARE_START = "software_start"
SOFTWARE_STOP = "software_stop"
SOFTWARE_UPDATE = "software_update"
CLOCK_BACK = "clock_back"

# The document kinds a reprint names (payload "document_kind").
RECEIPT = "receipt"
RETURN_RECEIPT = "return_receipt"
Z_REPORT = "z_report"
CLOSING = "closing"

CLOCK_TOLERANCE = timedelta(minutes=2)  # a clock behind the journal's last entry by more is "set back"


def record_reprint(tx: Tx, document_kind: str, doc_no: str, by: str, now: str) -> int:
    """Journal one reprint of the document `doc_no` of `document_kind` and return the duplicate's
    number: the document's first reprint is n° 1, the next n° 2, ... (counted per kind and
    document, read through fiscal_reprints' primary key: fast on any journal)."""
    count = reprint_count(tx, document_kind, doc_no) + 1
    entry = record_change(tx, REPRINT, doc_no, {"document_kind": document_kind, "count": count}, now, by)
    tx.conn.execute(
        "INSERT INTO fiscal_reprints(document_kind, doc_no, count, seq, created_at) VALUES (?, ?, ?, ?, ?)",
        (document_kind, doc_no, count, entry.seq, now),
    )
    return count


def reprint_count(tx: Tx, document_kind: str, doc_no: str) -> int:
    """How many times the document was reprinted (0: never)."""
    row = tx.conn.execute(
        "SELECT MAX(count) FROM fiscal_reprints WHERE document_kind = ? AND doc_no = ?", (document_kind, doc_no)
    ).fetchone()
    return int(row[0] or 0)


# --- the software's runs ---------------------------------------------------------------------


@dataclass(frozen=True)
class StartResult:
    seq: int  # the "software_start" entry
    updated_from: str | None  # the version the last start ran, when it differs from this one
    clock_back: bool  # the clock was behind the journal's last entry


def schema_revision(tx: Tx) -> str:
    row = tx.conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else ""


def _version() -> str:
    from ... import __version__

    return __version__


def record_start(uow: UnitOfWork, now: str, version: str | None = None, by: str = "station") -> StartResult:
    """Journal the software's start (its version and schema revision), preceded by
    "software_update" when the last start ran another version, and by "clock_back" when the clock
    is behind the journal. One transaction. `version` for a test (default: this storedesk's)."""
    version = version or _version()
    with uow.write() as tx:
        back = check_clock(tx, now, by)
        last = tx.conn.execute("SELECT version FROM software_runs ORDER BY seq DESC LIMIT 1").fetchone()
        updated_from = last[0] if last and last[0] != version else None
        revision = schema_revision(tx)
        if updated_from is not None:
            details = {"from_version": updated_from, "to_version": version, "revision": revision}
            record_change(tx, SOFTWARE_UPDATE, version, details, now, by)
        entry = record_change(tx, SOFTWARE_START, version, {"version": version, "revision": revision}, now, by)
        tx.conn.execute(
            "INSERT INTO software_runs(seq, version, revision, started_at) VALUES (?, ?, ?, ?)",
            (entry.seq, version, revision, now),
        )
    return StartResult(entry.seq, updated_from, back)


def record_stop(uow: UnitOfWork, now: str, version: str | None = None, by: str = "station") -> int:
    """Journal the software's clean exit; returns the entry's seq."""
    version = version or _version()
    with uow.write() as tx:
        return record_change(tx, SOFTWARE_STOP, version, {"version": version}, now, by).seq


# --- the clock -------------------------------------------------------------------------------


def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def check_clock(tx: Tx, now: str, by: str = "station") -> bool:
    """Journal "clock_back" when the station's clock (`now`) is earlier than the journal's latest
    entry by more than two minutes: the last entry's time and now. Never refuses anything: the
    clerk sells on; the entry tells an inspector. True when it journaled one."""
    row = tx.conn.execute("SELECT created_at FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    if not row:
        return False
    last, current = _parse(row[0]), _parse(now)
    if last is None or current is None or last - current <= CLOCK_TOLERANCE:
        return False
    record_change(tx, CLOCK_BACK, "", {"last_entry_at": row[0], "now": now}, now, by)
    return True


# --- the basket: voided lines, abandoned baskets, price overrides ---------------------------


def _minor(amount: Decimal, currency: str) -> int:
    return to_minor(round_money(amount, currency), currency)


def _line_facts(line: BasketLine, currency: str) -> dict:
    """A basket line as an entry names it: which line, what, how many, at what price (minor units)."""
    return {
        "line_id": line.line_id,
        "sku": line.sku,
        "name": line.name,
        "quantity": str(line.quantity),
        "unit_price_minor": _minor(line.effective_price, currency),
        "amount_minor": _minor(line.effective_price * line.quantity, currency),
    }


def _who(user: str, approver: str) -> dict:
    """The clerk and who allowed it (the clerk themself when their role allows it)."""
    return {"user": user, "approver": approver or user}


def record_line_void(
    tx: Tx,
    basket_id: str,
    currency: str,
    line: BasketLine,
    user: str,
    approver: str,
    now: str,
    quantity_before: Decimal | None = None,
) -> int:
    """Journal a line voided on the open basket (in the void's own transaction); the entry's seq.
    `quantity_before`: a partial void (the line's quantity lowered from it to `line.quantity`):
    the entry names both and what the units taken off came to."""
    details = {"basket_id": basket_id, **_who(user, approver), "currency": currency, **_line_facts(line, currency)}
    if quantity_before is not None:
        voided = quantity_before - line.quantity
        details.update(
            partial=True,
            quantity_before=str(quantity_before),
            quantity_after=str(line.quantity),
            voided_quantity=str(voided),
            voided_amount_minor=_minor(line.effective_price * voided, currency),
        )
    return record_change(tx, LINE_VOID, basket_id, details, now, user).seq


def record_basket_abandon(
    tx: Tx, basket_id: str, currency: str, lines: list[BasketLine], total: Decimal, user: str, approver: str, now: str
) -> int:
    """Journal a basket abandoned before payment (every line voided at once): its lines and what
    it came to; the entry's seq."""
    details = {
        "basket_id": basket_id,
        **_who(user, approver),
        "currency": currency,
        "lines": [_line_facts(ln, currency) for ln in lines],
        "total_minor": _minor(total, currency),
    }
    return record_change(tx, BASKET_ABANDON, basket_id, details, now, user).seq


def record_price_override(
    tx: Tx, basket_id: str, currency: str, line: BasketLine, before: Decimal, user: str, approver: str, now: str
) -> int:
    """Journal a line's price changed by hand (`line` already carries the new price; `before`:
    the price it had); the entry's seq."""
    details = {
        "basket_id": basket_id,
        **_who(user, approver),
        "currency": currency,
        **_line_facts(line, currency),
        "price_before_minor": _minor(before, currency),
        "price_after_minor": _minor(line.effective_price, currency),
        "amount_before_minor": _minor(before * line.quantity, currency),
    }
    return record_change(tx, PRICE_OVERRIDE, basket_id, details, now, user).seq


def journal_reprint(uow: UnitOfWork, document_kind: str, doc_no: str, by: str, now: str | None = None) -> int:
    """`record_reprint` in its own transaction, before the duplicate is printed: the number the
    paper shows ("DUPLICATA n° 2"). `by`: the user's name, "terminal" at the command line."""
    from ..context import utcnow

    with uow.write() as tx:
        return record_reprint(tx, document_kind, doc_no, by or "terminal", now or utcnow())


# --- the station app's start and exit (ui/app.py) --------------------------------------------


def app_started(uow: UnitOfWork) -> StartResult | None:
    """On the database worker once the station opened: the start entries, on the station's clock.
    None while a restore waits for its catch-up: its `restore` entry must follow the backup's last
    entry (the hub checks it), so nothing is journaled before it."""
    from ..context import utcnow
    from ..restore.pending import pending

    if pending(uow):
        log.warning("fiscal: a restore is waiting for its catch-up: the software's start is not journaled")
        return None
    return record_start(uow, utcnow())


def app_stopping(uow: UnitOfWork) -> int | None:
    """On the database worker at a clean exit: the "software_stop" entry (None while a restore
    waits for its catch-up, as app_started)."""
    from ..context import utcnow
    from ..restore.pending import pending

    if pending(uow):
        return None
    return record_stop(uow, utcnow())
