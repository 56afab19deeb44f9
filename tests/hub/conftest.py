"""Hub fixtures: a fresh database on SQLite AND PostgreSQL, real hub processes over HTTP.

`hub_db_url` is parametrised ["sqlite", "postgresql"]:
  sqlite      a file in tmp_path;
  postgresql  a fresh database per test on the server from $STOREDESK_TEST_PG_URL (what
              .ci/run starts with tests/hub/start_postgres.sh), else on a throwaway cluster
              this session starts itself with start_postgres.sh when initdb/pg_ctl exist;
              otherwise those params are skipped, saying why.
`admin` registers stores and tokens on it, the schema at head: a copy of a template database
migrated once per session and backend (migrating every test's database took a third of a second).
`hub` is a real `storedesk-hub serve` process on 127.0.0.1 and a free port (tests/helpers/hubs.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from tests.helpers.hubs import HubServer, free_port  # noqa: F401  (free_port: for the hub tests to import)

# the orders tests' in-process hub (test_orders_support.py): found here, so a test just names it
from .test_orders_support import api  # noqa: F401  (a fixture: imported for pytest to find, not used here)

HERE = Path(__file__).resolve().parent
START_PG = HERE / "start_postgres.sh"
PG_ENV = "STOREDESK_TEST_PG_URL"


# --------------------------------------------------------------------------- PostgreSQL
def _pg_bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: [int(x) for x in p.parent.name.split(".") if x.isdigit()],
    )
    return candidates[-1] if candidates and (candidates[-1] / "initdb").exists() else None


@pytest.fixture(scope="session")
def pg_server_url():
    """URL of a PostgreSQL server for the session (its `postgres` database), or a skip."""
    url = os.environ.get(PG_ENV)
    if url:
        yield url
        return
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip(f"no PostgreSQL: set {PG_ENV} or install the server (initdb/pg_ctl not found)")
    # Not under pytest's tmp dirs: those are 0700 root, and the server runs as `postgres`.
    folder = Path(tempfile.mkdtemp(prefix="storedesk-hub-pg-"))
    proc = subprocess.run([str(START_PG), str(folder)], capture_output=True, text=True, timeout=180)
    if proc.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL cluster: {proc.stderr.strip()[-500:]}")
    try:
        yield proc.stdout.strip().splitlines()[-1]
    finally:
        stop = [str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop"]
        if os.geteuid() == 0:
            stop = ["runuser", "-u", "postgres", "--"] + stop
        subprocess.run(stop, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def _admin_engine(server_url: str):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


@contextmanager
def _pg_database(server: str, template: str | None = None):
    """A new PostgreSQL database (a copy of `template` if given), dropped afterwards: its URL."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = f"hub_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_database(request):
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    with _pg_database(request.getfixturevalue("pg_server_url")) as url:
        yield url


@pytest.fixture(scope="session")
def hub_pg_template(pg_server_url):
    """The name of a PostgreSQL database migrated to head once: tests' databases are made from it."""
    from sqlalchemy.engine import make_url

    from storedesk.hub import db

    with _pg_database(pg_server_url) as url:
        db.open_hub(url).dispose()  # no connection may stay open on a template
        yield make_url(url).database


@pytest.fixture(scope="session")
def hub_sqlite_template(tmp_path_factory) -> Path:
    """A SQLite hub database migrated to head once: tests' databases are copies of the file."""
    from storedesk.hub import db

    path = tmp_path_factory.mktemp("hub-template") / "hub.db"
    db.open_hub(f"sqlite:///{path}").dispose()  # the last connection to close folds the WAL into the file
    assert not path.with_name("hub.db-wal").exists()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db_url(request, tmp_path):
    """A fresh hub database: a SQLite file, or a PostgreSQL database.

    Empty; but for a test that uses `admin` (`hub` and `client` use it) the schema is at head: a copy
    of the session's template, which `storedesk.hub.db.migrate` made from an empty database too.
    """
    at_head = "admin" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "hub.db"
        if at_head:
            shutil.copyfile(request.getfixturevalue("hub_sqlite_template"), path)
        yield f"sqlite:///{path}"
    elif at_head:
        template = request.getfixturevalue("hub_pg_template")
        with _pg_database(request.getfixturevalue("pg_server_url"), template) as url:
            yield url
    else:
        yield request.getfixturevalue("pg_database")


# --------------------------------------------------------------------------- admin
class Admin:
    """Registers stores and tokens straight in the hub database (what the CLI does)."""

    def __init__(self, db_url: str):
        from storedesk.hub import db

        self.db_url = db_url
        self.engine = db.open_hub(db_url)

    def store(
        self,
        code: str,
        currency: str = "EUR",
        timezone: str = "Europe/Paris",
        name: str | None = None,
        lat: str | None = None,
        lon: str | None = None,
    ) -> str:
        from storedesk.hub import db
        from storedesk.hub.admin import add_store

        with db.write_tx(self.engine) as conn:
            add_store(conn, code, name or f"Store {code}", currency, timezone, lat, lon)
        return code

    def token(self, kind: str, name: str = "", store: str | None = None, station: str | None = None) -> str:
        from storedesk.hub import db
        from storedesk.hub.auth import issue_token

        with db.write_tx(self.engine) as conn:
            return issue_token(conn, kind, name or f"{store}/{station}", store, station)[0]

    def station(self, store: str, station: str) -> str:
        return self.token("station", store=store, station=station)

    def erp(self, name: str = "erp") -> str:
        return self.token("erp", name)

    def channel(self, name: str = "webshop") -> str:
        return self.token("channel", name)

    def scalar(self, sql: str, **params):
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def rows(self, sql: str, **params) -> list:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture
def admin(hub_db_url):
    a = Admin(hub_db_url)
    yield a
    a.close()


# --------------------------------------------------------------------------- hub processes
class HubProcess(HubServer):
    """A running `storedesk-hub serve` on `db_url` (tests/helpers/hubs.py); `.url` is http://127.0.0.1:PORT."""

    def __init__(self, db_url: str, log_dir: Path):
        super().__init__(db_url, log_dir / f"hub-{uuid.uuid4().hex[:6]}.log")
        self.start()


@pytest.fixture
def start_hub(tmp_path):
    """Factory: start_hub(db_url) -> a running HubProcess; all are stopped after the test."""
    started: list[HubProcess] = []

    def start(db_url: str) -> HubProcess:
        hub = HubProcess(db_url, tmp_path)
        started.append(hub)
        return hub

    yield start
    for hub in started:
        hub.stop()


@pytest.fixture
def hub(admin, start_hub):
    """A running hub on this test's database (`admin` registers stores and tokens on it)."""
    return start_hub(admin.db_url)


class Client:
    """requests against a hub with one bearer token."""

    def __init__(self, base: str, token: str | None):
        self.base = base
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str, **kw):
        return self.session.get(self.base + path, timeout=60, **kw)

    def post(self, path: str, **kw):
        return self.session.post(self.base + path, timeout=60, **kw)

    def put(self, path: str, **kw):
        return self.session.put(self.base + path, timeout=60, **kw)

    def send(self, *events: dict) -> list[dict]:
        """POST events; assert 200; the per-event results."""
        r = self.post("/v1/events", json={"events": list(events)})
        assert r.status_code == 200, r.text
        return r.json()["results"]

    def feed(self, after: str = "0", limit: int = 1000) -> dict:
        r = self.get("/v1/feed", params={"after": after, "limit": limit})
        assert r.status_code == 200, r.text
        return r.json()


@pytest.fixture
def client(hub):
    """client(token) -> Client on the running hub."""
    return lambda token=None: Client(hub.url, token)


def paris_and_lyon(admin, client, lyon_station: str = "L1") -> tuple[Client, Client, Client]:
    """Stores PAR01 and LYO01: the clients of PAR01's tills T1 and T2, and of a Lyon station."""
    admin.store("PAR01")
    admin.store("LYO01")
    tills = [client(admin.station("PAR01", code)) for code in ("T1", "T2")]
    return tills[0], tills[1], client(admin.station("LYO01", lyon_station))
