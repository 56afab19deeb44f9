"""What falls due when a period ends (issue 19, "Storage" and "Archiving"): at the station's next
start, and after each Z, every ended day, month and fiscal year is closed (closings.close_due),
then every month closed gets its archive in the data folder (archive.archive_due). A store whose
country has no closings gets nothing. Each closing and archive is its own transaction: one that
fails (a full disk) leaves those before it made, and the next start or Z tries again.

The first fiscal document of a new business day closes what ended too (`close_before_document`,
called by the sale's and the return's services before their own transaction): a month whose
last Z was made the next morning is closed before that morning's first sale, so its archive
holds none of the next month's documents. Closings only there: archives are made at start and
after a Z, on a connection of their own."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork

log = logging.getLogger(__name__)

# per data folder (its database file), the store's local day closings were last brought up to:
# the sale path pays one dict lookup a document, and the closings' few queries once a day
_closed_on: dict[str, date] = {}
_closed_lock = threading.Lock()


@dataclass(frozen=True)
class DueResult:
    closed: list[str] = field(default_factory=list)  # the closings made: "DAY-2026-11-05", ...
    archives: list[Path] = field(default_factory=list)  # the archive files written


def run_due(uow: UnitOfWork, data_dir: Path, now: str | None = None) -> DueResult:
    """Close what has ended and archive what was closed; `now` (UTC ISO text) for a simulated clock."""
    from . import archive, closings

    closed = closings.close_due(uow, now)
    archives = archive.archive_due(uow, data_dir, now)
    return DueResult([c.doc_no for c in closed], archives)


def close_before_document(uow: UnitOfWork, now: str) -> None:
    """Before a sale's or a return's transaction: close the days, month and year that ended
    before `now`'s business day (closings.close_due), once per business day and data folder.
    Never stops the document: a failure is logged and tried again at the next document, and the
    day closings count the document by its own date whenever they are made."""
    from ..context import config
    from ..restore.pending import pending
    from . import closings

    where = str(uow.db.path)
    today = config(uow).local(now).date()
    done = _closed_on.get(where)
    if done is not None and done >= today:  # closed up to today already (or the clock went back)
        return
    if pending(uow):  # a restore waiting: the document is refused, and nothing is closed before it
        return
    try:
        closings.close_due(uow, now)
    except Exception:  # noqa: BLE001 -- the document is written whatever happens here
        log.exception("fiscal: the periods ended before this document could not be closed")
        return
    with _closed_lock:
        _closed_on[where] = max(today, _closed_on.get(where, today))


_apart: list[threading.Thread] = []  # the archive runs started after a Z, for wait_apart


def archives_kept(uow: UnitOfWork) -> bool:
    """Whether the store's fiscal country keeps archives (France); no thread is started else."""
    from ...domain.fiscal.countries import country_of

    with uow.read() as tx:
        return bool(country_of(tx.settings.all()).archives)


def archive_apart(data_dir: Path, now: str) -> threading.Thread:
    """After a Z: the archives due, on a thread and a connection of their own
    (run_due_apart), so the till's database worker does not wait for a month's zip. Not a
    daemon: a command that made the Z waits for its archive before it exits."""
    thread = threading.Thread(target=run_due_apart, args=(Path(data_dir), now), name="fiscal-archive")
    with _closed_lock:
        _apart[:] = [t for t in _apart if t.is_alive()] + [thread]
    thread.start()
    return thread


def wait_apart(timeout: float | None = None) -> None:  # float-ok: seconds to wait, not money
    """Wait for the archive runs started after a Z (tests; a clean exit)."""
    with _closed_lock:
        running = list(_apart)
    for thread in running:
        thread.join(timeout)


def run_due_apart(data_dir: Path, now: str | None = None) -> DueResult | None:
    """What falls due at a start or after a Z (closings, archives: services/fiscal/due.py), on a
    connection of its own, so neither the till nor its database worker waits for it. A failure is
    logged and never stops the clerk: the next start or Z tries again. None when it failed.
    `now`: UTC ISO text (the Z's time; a simulated clock in tests)."""
    from ...adapters.db import open_database
    from ...adapters.uow import UnitOfWork

    try:
        uow = UnitOfWork(open_database(Path(data_dir), check=False))
    except Exception:
        log.exception("fiscal: the station could not be opened to close its ended periods")
        return None
    try:
        done = run_due(uow, Path(data_dir), now)
        if done.closed or done.archives:
            log.info("fiscal: closed %s, archived %s", ", ".join(done.closed), ", ".join(p.name for p in done.archives))
        return done
    except Exception:
        log.exception("fiscal: closing the ended periods failed; the next start or Z tries again")
        return None
    finally:
        uow.close()
        uow.db.dispose()
