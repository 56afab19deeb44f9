"""The relay and feed puller on their own thread, with their own database connection.

They never run on the GUI thread and never delay a sale: the till's worker and this thread
each hold short SQLite transactions, and the network call happens outside any of them.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from ..domain.errors import DomainError
from ..services import station, sync
from ..sync.relay import backoff

log = logging.getLogger(__name__)


class SyncRunner(QObject):
    """Syncs every `interval` seconds, sooner on `sync_now()`, backing off while the hub is down."""

    updated = Signal()  # read `last_report` / `health` on the GUI thread

    def __init__(self, db, interval: float = 10.0, parent=None):
        super().__init__(parent)
        self.db, self.interval = db, interval
        self.last_report: sync.SyncReport | None = None
        self.health: sync.SyncHealth | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name="storedesk-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def sync_now(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def snapshot(self) -> tuple[sync.SyncReport | None, sync.SyncHealth | None]:
        with self._lock:
            return self.last_report, self.health

    def _loop(self) -> None:
        uow = station.thread_unit_of_work(self.db)
        failures = 0
        try:
            while not self._stop.is_set():
                report = None
                try:
                    if sync.hub_config(uow) is not None:
                        report = sync.sync_once(uow)
                    health = sync.health(uow)
                except DomainError as exc:  # a locked database: try again next round
                    log.warning("sync round failed: %s", exc.message)
                    health = None
                except Exception:  # a bug must not kill the thread that sends the sales
                    log.exception("sync round failed")
                    health = None
                with self._lock:
                    self.last_report = report or self.last_report
                    self.health = health or self.health
                self.updated.emit()
                failures = failures + 1 if (report and report.error) or health is None else 0
                wait = self.interval if failures == 0 else max(1.0, backoff(failures, base=2.0, cap=120.0))
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            uow.close()
