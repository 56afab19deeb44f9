"""The station's log: one rotating file, `<data folder>/logs/storedesk.log`, set up once per process.

Why: a till runs unattended for months; when a clerk says "it showed an unexpected error on
Tuesday", the traceback must be on the machine, not on a console nobody saw. So the app and
the commands that change data (`init`, `register`, `sync`, `restore`, `config set`) write
Python `logging` records to the data folder: 5 files of 5 MB at most, UTF-8, one line per
record (UTC time, level, thread, logger, message), tracebacks under the line that failed.

Never the reason a program fails: a folder that cannot be written (read-only, disk full)
sends the records to the standard error instead, saying so once.

What is never logged, by rule: PINs, tokens, card references, customer emails and phones.
Modules log ids, counts and reasons; `scrub` masks a bearer token or an email address that
slips into a message or a traceback anyway (an exception text quoting a header or a field).

Lives beside paths.py, not in adapters/: the entry points (cli.py, ui/app.py) set it up, and
the UI layer imports no adapter.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
import time
from pathlib import Path

from . import __version__

LOG_FOLDER = "logs"
LOG_FILE = "storedesk.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

_lock = threading.Lock()
_handler: logging.Handler | None = None  # the one handler this module put on the root logger
_target: Path | None = None
_hooks_installed = False
log = logging.getLogger(__name__)


class StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is when a record comes, not the one it was made with: a
    stream swapped and closed since (a test's captured output) must never break logging."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


class _UtcFormatter(logging.Formatter):
    """2024-05-01T09:30:00.123Z: the same clock on every station and the hub, whatever the time zone."""

    def formatTime(self, record, datefmt=None):  # noqa: N802 (logging's name)
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"


_BEARER = re.compile(r"(?i)(bearer\s+|authorization[\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?)[A-Za-z0-9._~+/=-]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def scrub(text: str) -> str:
    """A bearer token becomes ***, an email address <email>."""
    return _EMAIL.sub("<email>", _BEARER.sub(r"\1***", text))


class _Scrub(logging.Filter):
    """Mask tokens and emails in a message (defence in depth: modules never log one on purpose)."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = scrub(text)
        if clean != text:
            record.msg, record.args = clean, None
        return True


class _ScrubbingFormatter(_UtcFormatter):
    def formatException(self, ei):  # noqa: N802
        return scrub(super().formatException(ei))


def log_path(folder: Path) -> Path:
    return Path(folder) / LOG_FOLDER / LOG_FILE


def setup(folder: Path, what: str = "app", max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path | None:
    """Send this process's log records to `<folder>/logs/storedesk.log` (rotating) and write the
    start line: version, `what` (the app or a command), data folder, schema revision.

    Called again (tests run many commands in one process) it moves the log to the new folder.
    Returns the log file, or None when it went to the standard error instead."""
    global _handler, _target
    target = log_path(folder)
    with _lock:
        if _handler is None or _target != target or _size_of(_handler) != (max_bytes, backups):
            handler = _file_handler(target, max_bytes, backups)
            _install(handler)
            _target = target if isinstance(handler, logging.FileHandler) else None
    log.info(
        "storedesk %s (%s) starting; data folder %s; database schema %s", __version__, what, folder, _schema(folder)
    )
    return _target


def _file_handler(target: Path, max_bytes: int, backups: int) -> logging.Handler:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    except OSError as exc:
        print(
            f"storedesk: cannot write the log {target} ({exc.strerror or exc}); logging to the standard error instead",
            file=sys.stderr,
            flush=True,
        )
        handler = StderrHandler()
    handler.setFormatter(_ScrubbingFormatter(FORMAT))
    handler.addFilter(_Scrub())
    return handler


def _install(handler: logging.Handler) -> None:
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    _handler = handler
    # storedesk's own INFO records reach the file; other libraries keep the root's level (WARNING).
    logging.getLogger("storedesk").setLevel(logging.INFO)


def _size_of(handler: logging.Handler) -> tuple[int, int] | None:
    if isinstance(handler, logging.handlers.RotatingFileHandler):
        return handler.maxBytes, handler.backupCount
    return None


def _schema(folder: Path) -> str:
    """The database's schema revision as it is now (read-only), for the start line; never raises."""
    try:
        from .adapters import db

        rev = db.stored_revision(Path(folder) / db.DB_FILENAME)
        return f"{rev or 'none yet'} (this version knows up to {db.HEAD})"
    except Exception as exc:  # a start line must not stop the start
        return f"unreadable ({exc})"


def install_hooks() -> None:
    """Log exceptions nobody caught (a Qt slot, a thread) with their traceback, then let the
    previous hooks do what they did (print to stderr)."""
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    previous = sys.excepthook

    def excepthook(kind, value, tb):
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("storedesk").error("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    previous_thread = threading.excepthook

    def thread_hook(args):
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread is not None else "?"
            logging.getLogger("storedesk").error(
                "uncaught exception in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
            )
        previous_thread(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
