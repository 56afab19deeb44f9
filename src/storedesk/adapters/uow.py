"""Unit of work: one business action = one SQLite transaction (rule 2).

A UnitOfWork belongs to one thread (the station's database worker). It keeps its
connection open between actions, so a scan or a sale pays for no pool checkout.

Every fiscal document (sale, return, exchange, paid in / out, no-sale, shift open and close)
takes its time, its shift and its Z from `Tx.stamp()`, inside its write transaction: BEGIN
IMMEDIATE already holds the write lock, so nothing can commit between the reading and the
document's own commit. A return whose clock were read before the lock, while a Z was being
closed, could otherwise carry a time before the close and no shift, and fall between two Zs.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..domain.errors import StorageError
from ..i18n import Message, msg
from .db import Database
from .repositories import (
    BasketsRepo,
    CatalogRepo,
    CountersRepo,
    JournalRepo,
    OverridesRepo,
    SettingsRepo,
    StockRepo,
    UsersRepo,
)
from .sales_repo import SalesRepo
from .shifts_repo import CashMovesRepo, ShiftFactsRepo, ShiftsRepo, ZReportsRepo
from .sync_repo import FeedRepo, OutboxRepo, OutboxSyncRepo, SyncStateRepo

if TYPE_CHECKING:  # imported on first use at run time (see Tx's lazy properties)
    from .central_repo import CentralRepo
    from .export_repo import ExportRepo
    from .pickup_repo import PickupRepo
    from .promotions_repo import PromotionsRepo
    from .returns_repo import ReturnsRepo
    from .staff_repo import StaffRepo
    from .stock_ops_repo import StockOpsRepo


R = TypeVar("R")


class OnFirstUse(Generic[R]):
    """A repository of a later feature as a `Tx` attribute, imported and made on first use (the
    sale's hot path never pays for it): `module` (in this package) and its class `name`."""

    def __init__(self, module: str, name: str):
        self.module, self.name = module, name
        self.key = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self.key = f"_{attr}"

    def __get__(self, tx: Any, owner: type | None = None) -> R:
        repo = tx.__dict__.get(self.key)
        if repo is None:
            repo = getattr(importlib.import_module(f"{__package__}.{self.module}"), self.name)(tx.conn)
            tx.__dict__[self.key] = repo
        return repo


def utc_now() -> str:
    """UTC, ISO 8601 with microseconds: sortable text (rule 8)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class DocStamp:
    """When a fiscal document happens and which Z will cover it, read under the write lock.

    The rule (DESIGN rule 12): a document belongs to the station's open Z period, the Z that
    the next shift close makes (its number: the station's Z counter + 1), whether a shift is
    open or not. A Z covers exactly the documents stamped with its number; the close reads
    them and bumps the counter in one transaction, so a document is in exactly one Z.
    """

    at: str  # UTC ISO: the document's time
    z_no: int  # the Z that will cover it
    shift_id: str | None  # the open shift; None when none is open (the document is "outside a shift")
    need_shift: bool  # the store's setting sales_need_shift


class Tx:
    """The repositories of one open transaction."""

    def __init__(self, conn: sqlite3.Connection, basket_cache: dict | None = None, writing: bool = False):
        self.conn = conn
        self.writing = writing
        self._now: str | None = None
        self._stamp: DocStamp | None = None
        self.settings = SettingsRepo(conn)
        self.catalog = CatalogRepo(conn)
        self.users = UsersRepo(conn)
        self.baskets = BasketsRepo(conn, basket_cache)
        self.counters = CountersRepo(conn)
        self.sales = SalesRepo(conn)
        self.stock = StockRepo(conn)
        self.journal = JournalRepo(conn)
        self.outbox = OutboxRepo(conn)
        self.overrides = OverridesRepo(conn)
        self.relay = OutboxSyncRepo(conn)
        self.sync_state = SyncStateRepo(conn)
        self.feed = FeedRepo(conn)
        self.shifts = ShiftsRepo(conn)
        self.cash_moves = CashMovesRepo(conn)
        self.z_reports = ZReportsRepo(conn)
        self.shift_facts = ShiftFactsRepo(conn)

    def now(self, clock: Callable[[], str] | None = None) -> str:
        """The time of this transaction's documents: read once, in the transaction (every row of
        one business action carries the same time). `clock`: the caller's clock (a service's
        own `utcnow`, which a test may pin); UTC now by default."""
        if self._now is None:
            self._now = (clock or utc_now)()
        return self._now

    def stamp(self, station: str, clock: Callable[[], str] | None = None) -> DocStamp:
        """The time, open shift and Z period of a fiscal document written in this transaction.
        Only in a write transaction: there the write lock is held, so no close or open can
        commit between this reading and the document's commit. Read once per transaction (an
        exchange's return and sale share one stamp)."""
        if not self.writing:
            raise RuntimeError("a fiscal document is stamped inside a write transaction (uow.write())")
        if self._stamp is None:
            facts = self.shifts.stamp_facts(station)
            self._stamp = DocStamp(self.now(clock), facts.z_no, facts.shift_id, facts.need_shift)
        return self._stamp

    # Repositories of the later features, made on first use (the sale's hot path never pays for them).
    returns: OnFirstUse[ReturnsRepo] = OnFirstUse("returns_repo", "ReturnsRepo")
    pickup: OnFirstUse[PickupRepo] = OnFirstUse("pickup_repo", "PickupRepo")
    exports: OnFirstUse[ExportRepo] = OnFirstUse("export_repo", "ExportRepo")
    stock_ops: OnFirstUse[StockOpsRepo] = OnFirstUse("stock_ops_repo", "StockOpsRepo")
    staff: OnFirstUse[StaffRepo] = OnFirstUse("staff_repo", "StaffRepo")
    central: OnFirstUse[CentralRepo] = OnFirstUse("central_repo", "CentralRepo")  # hub-managed settings, tax
    promotions: OnFirstUse[PromotionsRepo] = OnFirstUse("promotions_repo", "PromotionsRepo")


def storage_message(exc: BaseException) -> str:
    """A failed transaction, rolled back: what went wrong, and that nothing was saved (English:
    the CLI, the logs)."""
    return str(storage_refusal(exc))


def storage_problem(exc: BaseException) -> str:
    """What went wrong, without the "nothing was saved": for a failure after an earlier commit
    of the same action (a receipt read after its sale), where that would not be true."""
    return str(storage_cause(exc))


def _kind(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return "busy"
    if "full" in text:
        return "full"
    if "readonly" in text or "read-only" in text:
        return "readonly"
    if "malformed" in text or "not a database" in text:
        return "damaged"
    return "refused"


def storage_refusal(exc: BaseException) -> Message:
    """What a clerk reads when a transaction failed and was rolled back: one whole sentence."""
    kind = _kind(exc)
    if kind == "busy":
        return msg("storage", "The database is busy (another program holds it). Nothing was saved; try again.")
    if kind == "full":
        return msg("storage", "The disk is full. Nothing was saved; free some space and try again.")
    if kind == "readonly":
        return msg("storage", "The database is read-only. Nothing was saved.")
    if kind == "damaged":
        return msg("storage", "The database file is damaged. Nothing was saved; restore the last backup.")
    reason = getattr(exc, "orig", exc)
    return msg("storage", "The database refused the change ({reason}). Nothing was saved.", reason=reason)


def storage_cause(exc: BaseException) -> Message:
    """`storage_problem` as a sentence a clerk reads in their language."""
    kind = _kind(exc)
    if kind == "busy":
        return msg("storage", "The database is busy (another program holds it).")
    if kind == "full":
        return msg("storage", "The disk is full.")
    if kind == "readonly":
        return msg("storage", "The database is read-only.")
    if kind == "damaged":
        return msg("storage", "The database file is damaged.")
    return msg("storage", "The database refused the change ({reason}).", reason=getattr(exc, "orig", exc))


class UnitOfWork:
    def __init__(self, db: Database, manual_checkpoints: bool = False):
        self.db = db
        # The app checkpoints the WAL itself right after a sale, while the receipt prints,
        # instead of letting SQLite do it inside whichever commit crosses 1000 pages (a scan).
        self.manual_checkpoints = manual_checkpoints
        self._raw: sqlite3.Connection | None = None
        self._durable = True  # the connection starts with synchronous=FULL
        self.cache: dict = {}  # per-station facts that rarely change (settings, tax rates)
        self._baskets: dict = {}  # basket id -> (updated_at, parsed Basket), see BasketsRepo
        self.commits = 0  # write transactions committed: tells a failure after a commit from one before

    def _connection(self) -> sqlite3.Connection:
        """This unit of work's connection (autocommit mode: BEGIN and COMMIT are ours)."""
        if self._raw is None:
            self._raw = self.db.connect()
            self._durable = True
            if self.manual_checkpoints:
                self._raw.execute("PRAGMA wal_autocheckpoint=0")
        return self._raw

    def others_version(self) -> int:
        """SQLite's data_version: it changes when ANOTHER connection committed (the sync's, a
        background job's, a `storedesk config set` beside the app), not on this one's own
        commits. What `cache` holds is read again when it changed (services/context.config)."""
        try:
            return int(self._connection().execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            raise StorageError(storage_refusal(exc)) from exc

    def settings_now(self) -> dict[str, str]:
        """The settings, read in the transaction this unit of work has open (a service asking
        for the store's config inside its own write), else in a read of their own."""
        raw = self._connection()
        if raw.in_transaction:
            return SettingsRepo(raw).all()
        with self.read() as tx:
            return tx.settings.all()

    def checkpoint(self, min_wal_bytes: int = 0) -> bool:
        """Copy the WAL back into the database (PASSIVE: never waits for readers), when the
        WAL file holds at least `min_wal_bytes`. Returns whether it ran."""
        wal = Path(f"{self.db.path}-wal")
        if min_wal_bytes and (not wal.exists() or wal.stat().st_size < min_wal_bytes):
            return False
        try:
            self._connection().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StorageError(storage_refusal(exc)) from exc
        return True

    @contextmanager
    def _tx(self, begin: str, durable: bool = True, writing: bool = False) -> Iterator[Tx]:
        raw = self._connection()
        try:
            if durable != self._durable:
                raw.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                self._durable = durable
            raw.execute(begin)
        except sqlite3.DatabaseError as exc:
            self._reset()
            raise StorageError(storage_refusal(exc)) from exc
        try:
            yield Tx(raw, self._baskets, writing)
            raw.execute("COMMIT")
            if begin == "BEGIN IMMEDIATE":  # a write transaction: its changes are saved now
                self.commits += 1
        except sqlite3.DatabaseError as exc:
            self._rollback(raw)
            raise StorageError(storage_refusal(exc)) from exc
        except BaseException:
            self._rollback(raw)
            raise

    def _rollback(self, raw: sqlite3.Connection) -> None:
        self._baskets.clear()  # a basket changed in memory by a failed action is re-read
        try:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
        except sqlite3.Error:
            self._reset()

    def _reset(self) -> None:
        try:
            if self._raw is not None and self._raw.in_transaction:
                self._raw.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        if self._raw is not None:
            self._raw.close()
        self._raw = None

    def write(self, durable: bool = True) -> AbstractContextManager[Tx]:
        """BEGIN IMMEDIATE: take the write lock up front, so a sale never dies half way on a lock upgrade.

        durable=True commits with synchronous=FULL (fsync: survives a power cut); every
        fiscal document uses it. durable=False (synchronous=NORMAL in WAL) survives an app
        crash but may lose the last moments on a power cut: fine for the basket being rung
        up, and it keeps a scan within one frame.
        """
        return self._tx("BEGIN IMMEDIATE", durable, writing=True)

    def read(self) -> AbstractContextManager[Tx]:
        return self._tx("BEGIN")

    @property
    def in_transaction(self) -> bool:
        """A transaction is open (services/hub_call.py: no hub question is asked inside one)."""
        return self._raw is not None and self._raw.in_transaction

    def close(self) -> None:
        self._reset()
