"""Shared fixtures: a fresh demo station on a real SQLite file per test.

The demo store (PAR01 / T1, EUR, Europe/Paris, 2000 + 4 products, users ana/sam/max) is
built once per session into a template folder; each test gets its own copy of the file.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # UI tests rely on it; set before Qt loads

import contextlib  # noqa: E402
import logging  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from programs import called_from_tests, refusal  # noqa: E402


def _guard_subprocesses() -> None:
    """Refuse a test's subprocess whose program .ci/run does not install (tests/programs.py).
    Installed once, though this file is imported twice (as `conftest` and as `tests.conftest`)."""
    if getattr(subprocess.Popen.__init__, "ci_guard", False):
        return
    popen_init = subprocess.Popen.__init__

    def guarded(self, args, *rest, **kwargs):
        # Only the tests' own calls are checked (a library may run ldd or ldconfig).
        if called_from_tests(sys._getframe(1)):
            program = kwargs.get("executable") or (args if isinstance(args, (str, bytes, os.PathLike)) else args[0])
            if kwargs.get("shell"):
                program = str(args).split()[0]
            why = refusal(os.fsdecode(program))
            if why:
                raise AssertionError(why)
        popen_init(self, args, *rest, **kwargs)

    guarded.ci_guard = True
    subprocess.Popen.__init__ = guarded  # every subprocess.run/call/check_output too


_guard_subprocesses()

DB_FILENAME = "storedesk.db"
DEMO_COUNT = 2000
PINS = {"ana": "1234", "sam": "5555", "max": "9876"}


def database_at(folder: Path, revision: str) -> Path:
    """An empty station database in `folder`, migrated only up to `revision`: the starting point
    of a test that upgrades an older station in place."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from storedesk.adapters import db as dbmod

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / dbmod.DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(dbmod.MIGRATIONS))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    engine.dispose()
    return path


@contextlib.contextmanager
def upgraded(folder: Path, revision: str, script: str = ""):
    """A station database made at `revision`, `script` (SQL) run on it as an older station had
    written it, then upgraded by opening it as the app does: yields a plain connection to the
    upgraded file, at the head revision, closed afterwards."""
    from storedesk.adapters import db as dbmod

    path = database_at(folder, revision)
    con = sqlite3.connect(path)
    con.executescript(script)
    con.commit()
    con.close()
    dbmod.open_database(folder).dispose()
    con = sqlite3.connect(path)
    try:
        assert dbmod.stored_revision(path) == dbmod.HEAD
        yield con
    finally:
        con.close()


class Station:
    """A demo station on its own SQLite file: .data_dir, .engine, .uow and small helpers."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.engine = None
        self.uow = None
        self.open()

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    def open(self) -> None:
        from storedesk.adapters.db import open_database
        from storedesk.adapters.uow import UnitOfWork

        self.engine = open_database(self.data_dir)
        self.uow = UnitOfWork(self.engine)

    def close(self) -> None:
        if self.uow is not None:
            self.uow.close()
            self.uow = None
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    def reopen(self) -> None:
        """Simulate a restart of the app: drop every connection and open the file again."""
        self.close()
        self.open()

    def user(self, username: str):
        """The signed-in User without paying for the scrypt PIN check (use login() to test auth)."""
        from storedesk.services.context import User

        with self.uow.read() as tx:
            row = tx.users.by_username(username)
        return User(row.id, row.username, row.name, row.role)

    def login(self, username: str, pin: str | None = None):
        from storedesk.services import auth

        return auth.login(self.uow, username, PINS[username] if pin is None else pin)

    def raw(self, timeout: float = 5.0) -> sqlite3.Connection:
        """A plain sqlite3 connection on the same file (autocommit mode)."""
        return sqlite3.connect(self.db_path, timeout=timeout, isolation_level=None)

    def count(self, table: str) -> int:
        con = self.raw()
        try:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            con.close()

    def barcode(self, product_id: int) -> str:
        con = self.raw()
        try:
            return con.execute(
                "SELECT code FROM barcodes WHERE product_id = ? ORDER BY code LIMIT 1", (product_id,)
            ).fetchone()[0]
        finally:
            con.close()

    def sell(self, *product_ids: int, username: str = "ana", extra_cash: str = "0"):
        """Ring up one of each product (by id) and pay cash: the SaleResult."""
        from decimal import Decimal

        from storedesk.domain.tenders import Tender
        from storedesk.services import basket, sale

        user = self.user(username)
        view = basket.current(self.uow, user)
        for product_id in product_ids:
            view = basket.add_scan(self.uow, user, view.basket_id, self.barcode(product_id))
        return sale.complete_sale(
            self.uow, user, view.basket_id, [Tender("cash", view.totals.total + Decimal(extra_cash))]
        )

    def set_setting(self, key: str, value: str) -> None:
        with self.uow.write() as tx:
            tx.settings.set(key, value)
        self.uow.cache.clear()

    def counts(
        self,
        tables=(
            "sales",
            "sale_lines",
            "sale_payments",
            "sale_taxes",
            "journal",
            "outbox",
            "stock_movements",
            "overrides",
            "counters",
        ),
    ) -> dict[str, int]:
        return {t: self.count(t) for t in tables}


@pytest.fixture(autouse=True)
def _english_machine(monkeypatch):
    """No test depends on the machine's language: the system language the screens fall back on
    is English (ui/translation.system_language), and each test ends with a new store's language
    and locale (en, en_IE) for papers and formats, whatever a station it opened set (issue 16)."""
    with contextlib.suppress(ImportError):  # a machine without Qt runs the tests that need none
        from storedesk.ui import translation

        monkeypatch.setattr(translation, "system_language", lambda: "en")
    yield
    from storedesk.i18n import use_store_language, use_store_locale
    from storedesk.i18n.formats import use_screen_language

    use_store_language(None)
    use_store_locale(None)
    use_screen_language(None)
    translation = sys.modules.get("storedesk.ui.translation")
    if translation is not None and translation.current_language() != "en":
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:  # the screens a test left in German go back to English
            translation.install_language("en")


@pytest.fixture(autouse=True)
def _root_logger_restored():
    """A test that starts the app or `storedesk-hub serve` in this process installs log handlers
    on the root logger (storedesk/logs.py, hub/request_log.py); the next test starts without them."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before and not type(handler).__module__.startswith("_pytest"):
            root.removeHandler(handler)
    root.setLevel(level)


def build_demo_station(folder: Path, store: str | None = None, station: str | None = None) -> Path:
    """`setup.init_demo` in `folder` (for other store and station codes too), the WAL folded in."""
    from storedesk.adapters.db import open_database
    from storedesk.adapters.uow import UnitOfWork
    from storedesk.services import setup

    engine = open_database(folder)
    uow = UnitOfWork(engine)
    # Promotion-free on purpose: the tests' worked totals (the cola scanned twice, dairy, baskets
    # over 30 euros) are shelf prices; a test of promotions puts its own in force.
    setup.init_demo(uow, count=DEMO_COUNT, store=store, station=station, promotions=False)
    uow.close()
    conn = engine.connect()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    engine.dispose()
    return folder


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo station's data folder, built once; copy it, never open it in a test."""
    return build_demo_station(tmp_path_factory.mktemp("demo-template"))


@pytest.fixture(scope="session")
def demo_templates(demo_template, tmp_path_factory):
    """templates(store, station) -> the data folder of a demo station with those codes, built once
    per session (PAR01/T1 is `demo_template`); copy it, never open it in a test."""
    built = {("PAR01", "T1"): demo_template}

    def template(store: str, station: str) -> Path:
        if (store, station) not in built:
            folder = tmp_path_factory.mktemp(f"demo-template-{store}-{station}")
            built[store, station] = build_demo_station(folder, store, station)
        return built[store, station]

    return template


def copy_station_files(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for f in src.iterdir():
        if f.name.startswith(DB_FILENAME):
            shutil.copy2(f, dst / f.name)


@pytest.fixture
def station(demo_template, tmp_path):
    """A fresh demo station (a copy of the template file) in tmp_path/station."""
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    st = Station(data_dir)
    yield st
    st.close()


# Products pinned to known names, prices and tax codes, so worked examples do not depend on
# the demo catalog's generator: id -> (name, price in cents, tax code).
PINNED_PRODUCTS = {
    1: ("Test Apples 1 kg", 249, "B"),
    2: ("Test Brioche", 529, "B"),
    5: ("Test Cola x6", 319, "A"),
    8: ("Test Puzzle Book", 1619, "C"),
}
PINNED_RATES = {"A": "20", "B": "5.5", "C": "0"}
SCALE_PLU = "00001"  # a weighed item sold by price-embedded label, pinned to "Test Bananas", rate B


def pin_catalog(con: sqlite3.Connection) -> None:
    for code, rate in PINNED_RATES.items():
        con.execute(
            "INSERT INTO tax_rates(code, rate, label) VALUES (?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET rate = excluded.rate",
            (code, rate, f"VAT {rate} %"),
        )
    for pid, (name, price, tax) in PINNED_PRODUCTS.items():
        con.execute(
            "UPDATE products SET name = ?, price_minor = ?, tax_code = ?, active = 1 WHERE id = ?",
            (name, price, tax, pid),
        )
    row = con.execute("SELECT id FROM products WHERE plu IS NOT NULL ORDER BY plu, id LIMIT 1").fetchone()
    con.execute("UPDATE products SET plu = NULL WHERE plu = ? AND id <> ?", (SCALE_PLU, row[0]))
    con.execute(
        "UPDATE products SET name = 'Test Bananas', price_minor = 249, tax_code = 'B', plu = ? WHERE id = ?",
        (SCALE_PLU, row[0]),
    )


def _pin(station: Station) -> Station:
    con = station.raw()
    try:
        pin_catalog(con)
    finally:
        con.close()
    station.uow.cache.clear()
    return station


@pytest.fixture
def pinned(station):
    """The demo station with products 1, 2, 5, 8 and the scale item PLU 00001 pinned (see PINNED_PRODUCTS)."""
    return _pin(station)


@pytest.fixture
def pin_catalog_on():
    """A function that pins the catalog of any station file (for stores built inside a test)."""
    return _pin


@pytest.fixture
def empty_station(tmp_path):
    """A station on a new, empty (migrated, no store yet) database in tmp_path/empty."""
    st = Station(tmp_path / "empty")
    yield st
    st.close()
