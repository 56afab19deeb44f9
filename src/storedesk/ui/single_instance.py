"""One till program per data folder: a second start hands over to the running one.

The running till holds the folder's OS lock (adapters/instance_lock.py) and listens on a local
channel whose name comes from the folder's path (a named pipe on Windows, an abstract Unix
socket on Linux, a socket file in the temp folder elsewhere). A second `storedesk` on the same
folder does not open the database: it asks the running till to bring its window to the front,
says so on stderr and exits 0. When the running till does not answer (hung, or on another
machine sharing the folder), it exits 1 naming the folder and the process that holds it. A
till that crashed left no lock behind: the OS dropped it with the process.

The channel is the standard library's (multiprocessing.connection, bytes only, never pickles),
not QtNetwork: the installed bundle leaves QtNetwork out, and the second start needs no Qt.
"""

from __future__ import annotations

import hashlib
import os
import queue
import socket
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Client, Listener
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ..services.station import Holder, folder_holder

REQUEST = b"raise"
CONNECT_WAIT_S = 5.0  # a till that has just taken the lock is still building its window
ANSWER_WAIT_S = 10.0  # a busy till answers between two events of its GUI thread


def channel(folder: Path) -> tuple[str, str]:
    """(address, family) of the till's channel for a data folder: the same for every spelling
    of the folder's path, and per user."""
    path = os.path.normcase(str(Path(folder).resolve()))
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    name = "storedesk-" + hashlib.sha256(f"{user}\0{path}".encode()).hexdigest()[:24]
    if sys.platform == "win32":
        return rf"\\.\pipe\{name}", "AF_PIPE"
    if sys.platform.startswith("linux"):  # abstract: no file to leave behind when a till is killed
        return f"\0{name}", "AF_UNIX"
    return os.path.join(tempfile.gettempdir(), f"{name}.sock"), "AF_UNIX"


def bring_to_front(window: QWidget) -> None:
    """Show the till's window on top and give it the keyboard, minimised or not.

    Works without a window manager (X: raise + activate give it the input focus); where the
    system refuses to let a program steal the focus (Windows), its taskbar button flashes."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    if window.isMinimized() or not window.isVisible():
        window.showNormal() if state == Qt.WindowState.WindowNoState else window.show()
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()
    QTimer.singleShot(500, window, lambda: window.isActiveWindow() or QApplication.alert(window, 0))


class TillServer(QObject):
    """Answers later starts on the same folder: raises `window`, replies with this pid.

    A thread of its own waits for them; the window is raised on the GUI thread."""

    handed_over = Signal()  # a later start asked for this window (tests wait on it)
    _asked = Signal()  # from the channel's thread to the GUI thread

    def __init__(self, folder: Path, window: QWidget, parent=None):
        super().__init__(parent)
        self.window = window
        self.address, self.family = channel(folder)
        self.error = ""
        self._listener: Listener | None = None
        self._closing = False
        self._waiting: queue.SimpleQueue[threading.Event] = queue.SimpleQueue()
        self._asked.connect(self._raise)

    def listen(self) -> bool:
        try:
            if self.family == "AF_UNIX" and not self.address.startswith("\0"):
                # The caller holds the folder's lock: a socket file under this name is a dead till's.
                Path(self.address).unlink(missing_ok=True)
            self._listener = Listener(self.address, self.family)
        except OSError as exc:
            self.error = str(exc)
            return False
        threading.Thread(target=self._serve, args=(self._listener,), name="storedesk-handover", daemon=True).start()
        return True

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        self._closing = True
        try:  # wake the thread out of accept(), then close
            Client(self.address, self.family).close()
        except OSError:
            pass
        listener.close()

    def _serve(self, listener: Listener) -> None:
        while True:
            try:
                conn = listener.accept()
            except OSError:
                return  # closed
            with conn:
                if self._closing:
                    return
                try:
                    if conn.poll(2) and conn.recv_bytes(64) == REQUEST:
                        raised = threading.Event()
                        self._waiting.put(raised)
                        self._asked.emit()
                        if raised.wait(ANSWER_WAIT_S):
                            conn.send_bytes(f"raised {os.getpid()}".encode())
                except (OSError, EOFError):
                    pass  # the asker went away: nothing to answer

    @Slot()
    def _raise(self) -> None:
        bring_to_front(self.window)
        while not self._waiting.empty():
            self._waiting.get().set()
        self.handed_over.emit()


def ask_to_raise(folder: Path, connect_wait: float = CONNECT_WAIT_S, answer_wait: float = ANSWER_WAIT_S) -> int | None:
    """Ask the till running on `folder` to bring its window to the front.
    The pid that answered, or None when no till answered in time."""
    address, family = channel(folder)
    deadline = time.monotonic() + connect_wait
    while True:
        try:
            conn = Client(address, family)
            break
        except OSError:  # not listening yet (starting), or no till at all
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.1)
    with conn:
        try:
            conn.send_bytes(REQUEST)
            if not conn.poll(answer_wait):
                return None
            words = conn.recv_bytes(64).decode("ascii", "replace").split()
        except (OSError, EOFError):
            return None
    return int(words[1]) if len(words) == 2 and words[0] == "raised" and words[1].isdigit() else None


def hand_over(folder: Path, smoke: bool = False) -> int:
    """This start found a till on `folder`: hand over to it. Returns the exit code, after
    saying on stderr what happened."""
    found = folder_holder(folder)
    if smoke:
        _say(f"a till is already running on {folder} ({_who(found)}); the smoke check needs the folder to itself")
        return 1
    pid = ask_to_raise(folder)
    if pid is not None:
        _say(f"a till is already running on {folder} (pid {pid}); its window was brought to the front")
        return 0
    found = folder_holder(folder) or found
    if found is None:  # it closed while we asked: the next start opens normally
        _say(f"the till that was running on {folder} has just closed; start storedesk again")
        return 1
    _say(
        f"a till is already running on {folder} ({_who(found)}) and does not answer. "
        f"Wait a moment and try again; if it stays stuck, close that program "
        f"(end process {found.pid}) and start storedesk again."
    )
    return 1


def _who(found: Holder | None) -> str:
    if found is None or not found.pid:
        return "a program that is starting"
    elsewhere = found.host and found.host != socket.gethostname()
    return f"pid {found.pid}" + (f" on {found.host}" if elsewhere else "")


def _say(text: str) -> None:
    print(f"storedesk: {text}", file=sys.stderr, flush=True)
