"""One till program per data folder: an operating-system lock on `<folder>/storedesk.lock`.

The station's design has one writer per database (the app's one database worker). A second
app on the same folder would be a second writer that rings up the same open basket, so the
app holds this lock for as long as it runs. The lock is the kernel's (flock on Linux and
macOS, a byte-range lock on Windows): it dies with the process, so a till that crashed or
was killed never keeps the next start out, and there is no stale-lock guessing by pid.

The file also says who holds it ("pid host", written after the lock is taken), so a second
start and maintenance commands (`storedesk restore`) can name the running till:
`till_running(folder)` answers without Qt and without taking the lock for long.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_FILENAME = "storedesk.lock"
# Windows locks are mandatory: a locked byte cannot even be read. The lock sits on one byte
# far past the "pid host" text, so another process can still read who holds the folder.
_WIN_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a data folder: process id (0 when not written yet) and machine name."""

    pid: int
    host: str


class FolderLock:
    """The held lock of one data folder; `release()` (or the process ending) frees it."""

    def __init__(self, folder: Path, fh):
        self.folder = folder
        self._fh = fh

    @property
    def path(self) -> Path:
        return self.folder / LOCK_FILENAME

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            _unlock(self._fh)
        finally:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(folder: Path) -> FolderLock | None:
    """Take the folder's lock without waiting: the held lock, or None when a till holds it.

    Creates the folder (and the lock file) when missing; an unwritable folder raises OSError."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fh = _open(folder / LOCK_FILENAME)
    try:
        if not _try_lock(fh):
            fh.close()
            return None
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} {socket.gethostname()}\n".encode())
        fh.flush()
    except BaseException:
        fh.close()
        raise
    return FolderLock(folder, fh)


def holder(folder: Path) -> Holder | None:
    """Who holds the folder's lock right now, or None when nobody does (no till runs on it)."""
    path = Path(folder) / LOCK_FILENAME
    if not path.exists():
        return None
    try:
        fh = _open(path)
    except OSError:  # cannot even open it: say nobody is known to hold it, the caller's open fails clearly
        return None
    try:
        if _try_lock(fh):  # free: nobody runs; let go at once
            _unlock(fh)
            return None
        fh.seek(0)
        words = fh.read(200).decode("utf-8", "replace").split()
    finally:
        fh.close()
    pid = int(words[0]) if words and words[0].isdigit() else 0
    return Holder(pid, words[1] if len(words) > 1 else "")


def till_running(folder: Path) -> int | None:
    """The pid of the till program running on `folder`, or None when none runs.

    0 means a till holds the folder but has not written its pid yet (it is starting).
    For maintenance commands: `if till_running(folder) is not None: refuse`."""
    found = holder(folder)
    return None if found is None else found.pid


# --- the platform's lock ----------------------------------------------------------------------


def _open(path: Path):
    # "a+b" would always write at the end; r+b on a file created first writes where we seek.
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0), 0o660)
    return os.fdopen(fd, "r+b", buffering=0)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh) -> bool:
        fh.seek(_WIN_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            fh.seek(0)
        return True

    def _unlock(fh) -> None:
        fh.seek(_WIN_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        fh.seek(0)

else:
    import fcntl

    # flock, not fcntl/lockf: a flock belongs to the open file, so `holder()` opening and
    # closing the file in the till's own process never drops the till's lock (POSIX record
    # locks are per process and vanish when any descriptor of the file is closed).
    def _try_lock(fh) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
