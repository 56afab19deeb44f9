"""One till program per data folder (issue 12, item 6).

Real app processes (`python -m storedesk.cli`, offscreen) on a demo folder: a second start
hands over to the running till (its window comes to the front) and exits 0, so only one till
holds the database; a till killed with SIGKILL leaves no lock that keeps the next start out;
a till that does not answer is named, with its pid, and the second start exits 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from tests.conftest import copy_station_files
from tests.helpers.processes import stop

from storedesk.adapters import instance_lock
from storedesk.ui import single_instance

START_TIMEOUT = 60  # seconds; the app starts in about one on an idle machine


@pytest.fixture
def folder(demo_template, tmp_path) -> Path:
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    return data_dir


class Till:
    """One `storedesk` process on a folder, its stderr kept in a file."""

    def __init__(self, folder: Path, log: Path, *extra: str):
        self.log = log
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        with open(log, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "storedesk.cli", "--data-dir", str(folder), *extra],
                stdout=subprocess.DEVNULL,
                stderr=err,
                env=env,
            )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def running(self) -> bool:
        return self.proc.poll() is None

    def stderr(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_holding(self, folder: Path) -> None:
        """Until this process holds the folder and answers on its socket (its window is up)."""
        deadline = time.monotonic() + START_TIMEOUT
        while instance_lock.till_running(folder) != self.pid:
            assert self.running(), f"the till exited early:\n{self.stderr()}"
            assert time.monotonic() < deadline, "the till did not take the folder's lock"
            time.sleep(0.05)

    def stop(self) -> None:
        stop(self.proc, timeout=20)


@pytest.fixture
def start(tmp_path):
    """start(folder, name): a till process, always stopped at the end of the test, pass or fail."""
    started: list[Till] = []

    def _start(folder: Path, name: str, *extra: str) -> Till:
        till = Till(folder, tmp_path / f"{name}.log", *extra)
        started.append(till)
        return till

    yield _start
    for till in started:
        till.stop()


def second_start(folder: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "storedesk.cli", "--data-dir", str(folder), *extra],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        env=env,
    )


def test_a_second_start_hands_over_to_the_running_till_and_exits(folder, start):
    first = start(folder, "first")
    first.wait_holding(folder)
    again = second_start(folder)
    assert again.returncode == 0, again.stderr
    # the running till answered (after raising its window) with its own pid
    assert (
        f"a till is already running on {folder} (pid {first.pid}); its window was brought to the front" in again.stderr
    )
    # only one till runs, and it is the first one
    assert first.running()
    assert instance_lock.till_running(folder) == first.pid
    # the same folder by another spelling of its path is the same folder
    again = second_start(Path(f"{folder}/../{folder.name}"))
    assert again.returncode == 0 and f"(pid {first.pid})" in again.stderr, again.stderr
    assert first.running()
    first.stop()
    assert instance_lock.till_running(folder) is None  # a till that closes frees the folder


def test_a_killed_till_does_not_keep_the_next_start_out(folder, start):
    crashed = start(folder, "crashed")
    crashed.wait_holding(folder)
    crashed.proc.kill()  # SIGKILL: no clean-up of its lock or its socket
    crashed.proc.wait(20)
    assert (folder / instance_lock.LOCK_FILENAME).exists()  # the file stays, its lock went with the process
    assert instance_lock.till_running(folder) is None

    next_till = start(folder, "next")
    next_till.wait_holding(folder)
    again = second_start(folder)  # the crashed till's socket name serves the new till
    assert again.returncode == 0 and f"(pid {next_till.pid})" in again.stderr, again.stderr
    assert next_till.running()
    assert "cannot reach this till" not in next_till.stderr()


def test_a_till_that_does_not_answer_is_named_and_the_second_start_exits_1(folder):
    held = instance_lock.acquire(folder)  # this test process holds the folder and never answers
    try:
        assert instance_lock.till_running(folder) == os.getpid()
        assert instance_lock.acquire(folder) is None  # asking twice does not drop the lock either
        again = second_start(folder)
        assert again.returncode == 1
        assert f"a till is already running on {folder} (pid {os.getpid()}) and does not answer" in again.stderr
        assert f"end process {os.getpid()}" in again.stderr
        smoke = second_start(folder, "--smoke")  # the installer's check says why it cannot run
        assert smoke.returncode == 1 and "already running" in smoke.stderr
    finally:
        held.release()
    assert instance_lock.till_running(folder) is None


def test_the_till_raises_its_minimised_window_when_a_second_start_asks(qtbot, folder, start):
    """The running till's side, in this process: a minimised window comes back to the front."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    assert window.isMinimized()
    held = instance_lock.acquire(folder)
    server = single_instance.TillServer(folder, window)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.handed_over, timeout=START_TIMEOUT * 1000):
            asker = start(folder, "asker")
        qtbot.waitUntil(lambda: not asker.running(), timeout=START_TIMEOUT * 1000)
    finally:
        server.close()
        held.release()
    assert asker.proc.returncode == 0
    assert f"(pid {os.getpid()}); its window was brought to the front" in asker.stderr()
    assert window.isVisible() and not window.isMinimized()
    assert single_instance.ask_to_raise(folder, connect_wait=0.3) is None  # a closed till answers nobody
