"""The Op bridge: run service calls on the one database worker thread, answer on the GUI thread.

All database work happens on a single worker (one writer, docs/ARCHITECTURE.md), so the GUI
never blocks on SQLite, and calls run in the order they were made: a burst of scans is applied
in scan order.

The network has a lane of its own. A service that asks the hub (services/hub_call.py) runs its
steps on the worker, but each question to the hub on a "storedesk-net" thread; meanwhile the
worker takes the next jobs, and the service goes on (back on the worker, queued behind the jobs
that came in meanwhile) with the hub's answer. A slow hub holds up no scan.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, TypeVarTuple

from PySide6.QtCore import QObject, Signal, Slot

from ..domain.errors import DomainError, StorageError
from ..i18n import msg
from ..services.hub_call import Answer, Ask, Done, HubCall, Steps, advance
from ..services.pending_receipts import ReceiptNotWritten, disk_words
from ..services.station import storage_words
from .translation import text, tr

log = logging.getLogger(__name__)

T = TypeVar("T")
Ts = TypeVarTuple("Ts")
# what a job hands back: `ok` gets the function's result, `err` the exception it raised
Ok = Callable[[T], object]
Err = Callable[[BaseException], object]


class Ops(QObject):
    """`call(fn, *args, ok=..., err=...)` runs `fn(uow, *args)` on the worker thread (a hub call's
    questions on the network lane)."""

    # Only the job id crosses threads in the signal; the result waits in a dict. (Python
    # objects sent through queued `object` signals have crashed PySide6 with a refcount
    # error on None under load.)
    _finished = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._uow = None
        self._jobs: queue.Queue = queue.Queue()
        self._callbacks: dict[int, tuple] = {}
        self._results: dict[int, tuple[bool, object]] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="storedesk-db", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def call(
        self,
        fn: Callable[[Any, *Ts], T],
        /,
        *args: *Ts,
        ok: Ok[T] | None = None,
        err: Err | None = None,
        **kwargs: Any,
    ) -> int:
        """`ok` receives what `fn` returns, so a screen's callback is checked against it; the
        positional arguments are checked against `fn`'s. (A ParamSpec would check the keyword
        arguments too, but it allows no `ok`/`err` between `*args` and `**kwargs`: PEP 612.)
        A `HubCall` (services/hub_call.py) asks the hub on the network lane, not on the worker."""
        if isinstance(fn, HubCall):
            return self._queue(_HubJob(fn, args, kwargs), (), {}, ok, err)
        return self._queue(fn, args, kwargs, ok, err)

    def background(self, fn: Callable[[*Ts], T], *args: *Ts, ok: Ok[T] | None = None, err: Err | None = None) -> int:
        """Run `fn(*args)` on a thread of its own (a long read such as the integrity check),
        so the database worker stays free for the till. `fn` opens its own connection."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (ok, err)
        threading.Thread(target=self._run, args=(job_id, fn, args, {}), daemon=True, name="storedesk-bg").start()
        return job_id

    def open(self, fn: Callable[[*Ts], T], *args: *Ts, ok: Ok[T] | None = None, err: Err | None = None) -> int:
        """Run `fn(*args)` on the worker; the unit of work it returns serves every later call."""
        return self._queue(_Open(fn), args, {}, ok, err)

    def _queue(
        self, fn: Callable[..., Any] | _Open | _HubJob, args: tuple, kwargs: dict, ok: Ok | None, err: Err | None
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (ok, err)
        self._jobs.put((job_id, fn, args, kwargs))
        return job_id

    def stop(self, timeout: float = 5.0) -> None:
        self._jobs.put(None)
        self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                if self._uow is not None:
                    self._uow.close()
                return
            job_id, fn, args, kwargs = job
            if isinstance(fn, _Open):
                self._run(job_id, fn.fn, args, kwargs, opening=True)
            elif self._uow is None:
                self._run(job_id, _not_open, (), {})
            elif isinstance(fn, _HubJob):
                self._step(job_id, fn, self._uow)
            else:
                self._run(job_id, fn, (self._uow, *args), kwargs, uow=self._uow)

    def _run(self, job_id: int, fn: Callable, args: tuple, kwargs: dict, opening: bool = False, uow=None) -> None:
        commits = getattr(uow, "commits", 0)
        try:
            result = fn(*args, **kwargs)
            if opening:
                self._uow = result
            outcome = (True, result)
        except Exception as exc:
            outcome = (False, _failed(fn, exc, getattr(uow, "commits", 0) > commits))
        self._post(job_id, outcome)

    def _step(self, job_id: int, job: _HubJob, uow) -> None:
        """A hub call's next step, on the worker: up to its next question (handed to the network
        lane, which queues the call again with the answer) or to its end."""
        commits = uow.commits
        step: Ask | Done | Exception
        try:
            if job.steps is None:
                job.steps = job.call.steps(uow, *job.args, **job.kwargs)
            step = advance(uow, job.steps, job.answer)
        except Exception as exc:
            step = exc
        job.commits += uow.commits - commits  # its own: other jobs commit between its steps
        if isinstance(step, Exception):
            self._post(job_id, (False, _failed(job.call, step, job.commits > 0)))
        elif isinstance(step, Done):
            self._post(job_id, (True, step.value))
        else:
            threading.Thread(target=self._ask, args=(job_id, job, step), daemon=True, name="storedesk-net").start()

    def _ask(self, job_id: int, job: _HubJob, ask: Ask) -> None:
        """On the network lane: the question alone (no unit of work here), then back to the worker."""
        job.answer = ask.answer()
        self._jobs.put((job_id, job, (), {}))

    def _post(self, job_id: int, outcome: tuple[bool, object]) -> None:
        with self._lock:
            self._results[job_id] = outcome
        self._finished.emit(job_id)

    @Slot(int)
    def _deliver(self, job_id: int) -> None:
        with self._lock:
            success, payload = self._results.pop(job_id)
        ok, err = self._callbacks.pop(job_id, (None, None))
        if success:
            if ok:
                ok(payload)
        elif err:
            err(payload)
        else:
            log.error("unhandled error: %s", payload)


def _not_open():
    raise DomainError(msg("errors", "The database is not open yet"))


def _failed(fn: object, exc: Exception, committed: bool) -> Exception:
    """Log a failed job as it deserves (a refusal is the clerk's business; the disk's and a bug's
    causes go to the log) and mark it when it had committed something."""
    name = getattr(fn, "__name__", fn)
    if isinstance(exc, StorageError):  # the disk or the database file, not the clerk: keep the cause
        log.warning("operation %s: %s", name, exc.message, exc_info=exc)
    elif not isinstance(exc, DomainError):  # a bug: keep the station alive and say so
        log.exception("operation %s failed", name, exc_info=exc)  # the traceback, in the log
    if committed:
        _noting_commit(exc)
    return exc


class _HubJob:
    """A hub call on its way: its steps (made on the worker at its first turn), the last answer
    from the network lane, and the transactions its own steps committed."""

    def __init__(self, call: HubCall, args: tuple, kwargs: dict):
        self.call = call
        self.args = args
        self.kwargs = kwargs
        self.steps: Steps[Any] | None = None
        self.answer: Answer | None = None
        self.commits = 0


class _Open(Generic[T]):
    """Marks the job that opens the unit of work (`Ops.open`)."""

    def __init__(self, fn: Callable[..., T]):
        self.fn = fn


def _noting_commit(exc: BaseException) -> None:
    """Mark an error raised after the job had committed a transaction: its message must not
    say that nothing was saved."""
    try:
        exc.after_commit = True  # type: ignore[attr-defined]  # read back with getattr by message_of
    except AttributeError:  # an exception type without attributes: its words stay generic
        pass


def message_of(exc: BaseException) -> str:
    """The clerk's words for a failed job, in the screens' language (a DomainError's `text`).
    "Nothing was saved" only where it is true: the job's own transaction was rolled back and it
    had committed nothing before (Ops notes that)."""
    after_commit = getattr(exc, "after_commit", False)
    if isinstance(exc, StorageError) and after_commit:
        return tr(
            "errors",
            "{problem} What was done before the error is saved: look at it before doing it again, "
            "and tell the manager.",
            problem=_problem(exc),
        )
    if isinstance(exc, DomainError):
        return text(exc.text)
    if after_commit:
        return tr(
            "errors",
            "Unexpected error: {error}. What was done before the error is saved: look at it before doing "
            "it again, and tell the manager.",
            error=exc,
        )
    return tr("errors", "Unexpected error: {error}. Nothing was saved; tell the manager.", error=exc)


def message_after(saved: str, exc: BaseException) -> str:
    """The words for a failed job that follows a committed action (printing a sale's receipt):
    `saved` says what is saved ("Sale … is saved."); never "nothing was saved"."""
    if isinstance(exc, ReceiptNotWritten):  # says what is saved and what to do, itself
        return text(exc.text)
    if isinstance(exc, StorageError):
        reason = _problem(exc)
    elif isinstance(exc, OSError):  # the disk (a slip's or a receipt's PDF), in words a clerk can pass on
        reason = text(disk_words(exc))
    elif isinstance(exc, DomainError):
        reason = text(exc.text)
    else:
        reason = f"{exc}" if str(exc) else type(exc).__name__
    return f"{saved} {reason.rstrip('.')}."


def _problem(exc: StorageError) -> str:
    """A storage error's cause without its "nothing was saved" (adapters/uow.py wording)."""
    return text(storage_words(exc.__cause__)) if exc.__cause__ is not None else text(exc.text)
