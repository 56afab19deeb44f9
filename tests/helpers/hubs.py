"""Real hub processes for the tests: `storedesk-hub serve` on 127.0.0.1, reached over real HTTP(S).

`python -m storedesk.hub.cli serve` takes about a second before it answers, nearly all of it spent
importing uvicorn, FastAPI, SQLAlchemy and Alembic, and the suite starts some 130 hubs. So
`start_serve` forks each hub from a server process that has imported those modules once
(multiprocessing's forkserver, preloaded): every hub is still a process of its own, running
`storedesk.hub.cli.main(["serve", ...])` with the test's environment, writing to its own log file,
stopped by SIGTERM. `start_serve_command` and `hub_command` run the command in a new interpreter,
for the tests about the command itself (tests/hub/test_cli.py, test_request_log.py...). `hub_cli`
runs the other `storedesk-hub` commands (add-store, add-station...) in this process, through the
same `main()`, for tests that only need their effect; `hub_script` runs the installed
`storedesk-hub` console script itself, as cron runs `notify` (tests/e2e/test_ship_from_store_e2e.py).
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from .processes import stop  # noqa: F401  (the hub tests import it from here too)

# What `storedesk-hub serve` imports before it answers: the forkserver imports them once.
PRELOAD = [
    "requests",
    "uvicorn",
    "alembic.command",
    "alembic.runtime.migration",
    "storedesk.hub.cli",
    "storedesk.hub.app",
    "storedesk.hub.request_log",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_args(db_url: str, port: int, *extra: str, log_level: str = "warning") -> list[str]:
    """`storedesk-hub` arguments that serve `db_url` on 127.0.0.1:`port`."""
    return ["serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(port), "--log-level", log_level, *extra]


def hub_cli(db_url: str, *args: str) -> str:
    """`storedesk-hub ARGS --db DB_URL`, run in this process: what it printed (a token, say)."""
    from storedesk.hub.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*args, "--db", db_url])
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


def hub_command(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m storedesk.hub.cli ARGS` in a new interpreter, as an operator or a script runs it
    (`env` added to this environment): its exit code and output."""
    return subprocess.run(
        [sys.executable, "-m", "storedesk.hub.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def hub_script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The installed `storedesk-hub` console script (the project's entry point, beside this
    interpreter) run with ARGS in a process of its own, as cron runs it: its exit code and output."""
    script = Path(sys.executable).with_name("storedesk-hub")
    assert script.exists(), "pip install -e . installs the storedesk-hub command beside python"
    return subprocess.run(
        [str(script), *args], capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


# --------------------------------------------------------------------------- processes
def _serve_in_child(args: list[str], env: dict[str, str], log_path: str) -> None:
    """The forked hub: stdout and stderr to its log, the test's environment, then `storedesk-hub ARGS`."""
    fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    os.environ.clear()
    os.environ.update(env)
    from storedesk.hub.cli import main

    sys.exit(main(args))


class Forked:
    """A forked hub with the part of subprocess.Popen's interface the tests use."""

    def __init__(self, process):
        self.process = process
        self.pid = process.pid

    def poll(self) -> int | None:
        return self.process.exitcode

    def terminate(self) -> None:
        self.process.terminate()

    def kill(self) -> None:
        self.process.kill()

    def wait(self, timeout: float | None = None) -> int:
        self.process.join(timeout)
        if self.process.exitcode is None:
            raise subprocess.TimeoutExpired("storedesk-hub serve", timeout or 0)
        return self.process.exitcode


_context = None


def _forkserver():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def start_serve(args: list[str], log_path: Path, env: dict[str, str] | None = None) -> Forked:
    """`storedesk-hub ARGS` (serve) in a process of its own, forked with the hub's modules imported."""
    process = _forkserver().Process(
        target=_serve_in_child, args=(args, {**os.environ, **(env or {})}, str(log_path)), daemon=True
    )
    process.start()
    return Forked(process)


def start_serve_command(args: list[str], log_path: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    """`python -m storedesk.hub.cli ARGS` in a new interpreter: the command exactly as a shop runs it."""
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "storedesk.hub.cli", *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )


def wait_until_up(proc, url: str, timeout: float = 30, verify: str | bool = True) -> bool:
    """Poll `url`/v1/health until it answers 200 (True), or the process ends or time runs out (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            if requests.get(url + "/v1/health", timeout=1, verify=verify).status_code == 200:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.05)
    return False


class HubServer:
    """A `storedesk-hub serve` process on 127.0.0.1 for `db_url`; `.url` is http(s)://127.0.0.1:PORT.

    `start()` again after `stop()` serves on the same port ("the hub was down for a day"). With
    `port=None` a free port is probed, and another one tried if it was taken before the hub bound it.
    """

    scheme = "http"
    verify: str | bool = True  # what requests checks the hub's certificate against

    def __init__(self, db_url: str, log_path: Path, port: int | None = None):
        self.db_url = db_url
        self.log_path = log_path
        self.port_fixed = port is not None
        self.port = port or free_port()
        self.proc: Forked | None = None

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def args(self) -> list[str]:
        return serve_args(self.db_url, self.port)

    def start(self) -> HubServer:
        for _ in range(3):  # a free port can be taken between probing and binding
            self.proc = start_serve(self.args(), self.log_path)
            if wait_until_up(self.proc, self.url, verify=self.verify):
                return self
            self.stop()
            if self.port_fixed:
                break
            self.port = free_port()
        raise RuntimeError(f"hub did not start:\n{self.log()[-2000:]}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        stop(self.proc)
        self.proc = None


class HubFeed:
    """A station's HubClient.get_feed answered straight from the hub's database (feed.page), for
    tests of what a station makes of the hub's feed without serving it over HTTP."""

    def __init__(self, admin, store: str, station: str):
        self.admin, self.store, self.station = admin, store, station

    def get_feed(self, cursor: str, limit: int) -> dict:
        from storedesk.hub import db, feed

        with db.read_conn(self.admin.engine) as conn:
            return feed.page(conn, self.store, self.station, int(cursor), limit)
