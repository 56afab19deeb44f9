"""The station's log (storedesk/logs.py) on a real data folder: written by the commands that
change data and by the app's Ops bridge, with tracebacks, rotating, and without secrets even
when a sync with a token runs against a real hub."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from tests.e2e.conftest import Hub

from storedesk import logs
from storedesk.adapters.db import HEAD
from storedesk.cli import main
from storedesk.services import auth

PIN = "80417"  # a wrong PIN typed at the sign-in: it must never reach the log


@pytest.fixture(autouse=True)
def _own_log_handler():
    """Each test starts without the log of an earlier test (logs.setup keeps one per process)."""
    yield
    with logs._lock:
        if logs._handler is not None:
            logging.getLogger().removeHandler(logs._handler)
            logs._handler.close()
        logs._handler, logs._target = None, None


def _log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted((folder / "logs").glob("storedesk.log*")))


def test_a_command_that_changes_data_writes_the_log_under_the_data_folder(tmp_path, capsys):
    folder = tmp_path / "s"
    code = main(["init", "--demo", "--data-dir", str(folder)])
    capsys.readouterr()
    assert code == 0
    text = (folder / "logs" / "storedesk.log").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "starting" in line)
    # UTC time, level, thread, logger, message; the version, the folder and the schema revision
    assert line.split(" ", 1)[0].endswith("Z") and " INFO [MainThread] storedesk.logs: " in line
    assert "storedesk 0.1.0 (storedesk init)" in line and str(folder) in line and HEAD in line

    code = main(["config", "set", "idle_lock_seconds", "120", "--data-dir", str(folder)])
    capsys.readouterr()
    assert code == 0
    assert "(storedesk config) starting" in _log_text(folder)


def test_a_read_command_or_a_typo_folder_writes_no_log(tmp_path, capsys, station):
    assert main(["status", "--data-dir", str(station.data_dir)]) == 0
    assert main(["sync", "--once", "--data-dir", str(tmp_path / "typo")]) == 1
    capsys.readouterr()
    assert not (station.data_dir / "logs").exists()
    assert not (tmp_path / "typo").exists()


def test_an_unexpected_error_in_the_ops_bridge_is_logged_with_its_traceback(qtbot, station):
    from storedesk.ui.ops import Ops, message_of

    logs.setup(station.data_dir, "app")
    ops = Ops()
    try:

        def injected_failure(_uow):
            raise RuntimeError("injected failure 7f3a")

        answers: list[str] = []
        ops.open(lambda: station.uow)
        ops.call(injected_failure, err=lambda exc: answers.append(message_of(exc)))
        ops.call(auth.login, "ana", PIN, err=lambda exc: answers.append(message_of(exc)))  # a wrong PIN
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    finally:
        ops.stop()
    assert answers[0].startswith("Unexpected error: injected failure 7f3a")
    assert answers[1].startswith("Unknown user or wrong PIN")  # a refusal the clerk reads, not a bug
    text = _log_text(station.data_dir)
    assert "ERROR [storedesk-db] storedesk.ui.ops: operation injected_failure failed" in text
    assert "Traceback (most recent call last):" in text
    assert 'in injected_failure\n    raise RuntimeError("injected failure 7f3a")' in text
    assert "RuntimeError: injected failure 7f3a" in text
    assert PIN not in text


def test_qt_warnings_go_to_the_log_not_to_stderr(qtbot, tmp_path, capfd):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from storedesk.ui import qt_log

    logs.setup(tmp_path / "s", "app")
    qt_log.install()
    try:
        qWarning("This plugin does not support propagateSizeHints()")
    finally:
        qInstallMessageHandler(None)  # pytest-qt puts its own back for the next test
    assert "WARNING [MainThread] storedesk.qt: This plugin does not support propagateSizeHints()" in _log_text(
        tmp_path / "s"
    )
    assert "propagateSizeHints" not in capfd.readouterr().err


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path):
    folder = tmp_path / "s"
    assert logs.setup(folder, "app", max_bytes=2000, backups=2) == folder / "logs" / "storedesk.log"
    log = logging.getLogger("storedesk.test")
    for n in range(200):
        log.info("line %03d of a long day at the till", n)
    names = sorted(p.name for p in (folder / "logs").iterdir())
    assert names == ["storedesk.log", "storedesk.log.1", "storedesk.log.2"]
    assert all((folder / "logs" / name).stat().st_size <= 2000 for name in names)
    assert "line 199 of a long day" in (folder / "logs" / "storedesk.log").read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_sends_the_log_to_stderr_and_says_so_once(tmp_path, capsys):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "logs").write_text("a file where the log folder should be")  # as root too, unlike chmod
    assert logs.setup(folder, "app") is None
    logging.getLogger("storedesk.test").warning("still heard")
    err = capsys.readouterr().err
    assert err.count("cannot write the log") == 1 and "standard error instead" in err
    assert "WARNING [MainThread] storedesk.test: still heard" in err


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_uncaught_exceptions_of_threads_reach_the_log(tmp_path):
    logs.setup(tmp_path / "s", "app")
    logs.install_hooks()

    def crash():
        raise ValueError("thread crash 51c2")

    thread = threading.Thread(target=crash, name="storedesk-test-thread")
    thread.start()
    thread.join()
    text = _log_text(tmp_path / "s")
    assert "uncaught exception in thread storedesk-test-thread" in text and "ValueError: thread crash 51c2" in text


def test_a_sync_against_a_real_hub_logs_counts_and_errors_never_the_token(tmp_path, capsys, station):
    (tmp_path / "hub").mkdir()
    hub = Hub(tmp_path / "hub")  # tests/e2e/conftest.py: PAR01 with stations T1 and T2, the demo's store
    token = hub.tokens["T1"]
    token_file = tmp_path / "t1.token"
    token_file.write_text(token)
    hub.start()
    try:
        folder = str(station.data_dir)
        station.sell(1, 2)
        assert main(["register", "--hub", hub.url, "--token-file", str(token_file), "--data-dir", folder]) == 0
        assert main(["sync", "--once", "--data-dir", folder]) == 0
        hub.stop()
        station.sell(3)
        assert main(["sync", "--once", "--data-dir", folder]) == 3  # the hub is down: events wait
    finally:
        hub.stop()
    capsys.readouterr()
    text = _log_text(station.data_dir)
    assert "storedesk.sync.relay: relay: " in text and " sent, 0 duplicate, 0 rejected" in text
    assert "WARNING [MainThread] storedesk.adapters.hub_client: hub POST /v1/events: unreachable" in text
    assert "events not sent, they wait" in text
    assert token not in text and token[:12] not in text
    assert "Bearer" not in text


def test_scrub_masks_a_token_or_an_email_that_slips_into_a_message():
    assert logs.scrub("Authorization: Bearer abcDEF123") == "Authorization: Bearer ***"
    assert logs.scrub("headers {'Authorization': 'Bearer xyz'}") == "headers {'Authorization': 'Bearer ***'}"
    assert (
        logs.scrub("customer email 'jo.doe+x@example.co.uk' is not an address")
        == "customer email '<email>' is not an address"
    )
