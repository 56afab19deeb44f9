"""The schema: Alembic migrations create exactly the models, money is never a float, a newer
database is refused untouched, and the hub never loads Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import BigInteger, Float, Integer, Numeric, text
from tests.helpers.hubs import hub_command

from storedesk.hub import db, models


def test_migrations_match_the_models(admin):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with admin.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), models.metadata) == []
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == db.head_revision()
    assert db.migrate(admin.engine) == db.head_revision()  # running it again changes nothing


def test_no_float_money_columns():
    money = []
    for table in models.metadata.sorted_tables:
        for col in table.columns:
            assert not isinstance(col.type, (Float, Numeric)), f"{table.name}.{col.name} is {col.type}"
            if col.name.endswith("_minor") or col.name.endswith("_milli"):
                money.append(col)
    assert money and all(isinstance(c.type, BigInteger) for c in money), [(c, c.type) for c in money]
    assert isinstance(models.feed_items.c.seq.type, (BigInteger, Integer))


def test_a_newer_database_is_refused_untouched(admin):
    with db.write_tx(admin.engine) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'h9999'"))
    with pytest.raises(db.HubDatabaseError, match="newer than this storedesk-hub"):
        db.migrate(admin.engine)
    r = hub_command("add-erp", "x", "--db", admin.db_url)
    assert r.returncode == 1 and "Install the newer storedesk" in r.stderr
    assert admin.scalar("SELECT version_num FROM alembic_version") == "h9999"
    assert admin.scalar("SELECT count(*) FROM tokens") == 0


def test_sqlite_pragmas(tmp_path):
    engine = db.open_hub(f"sqlite:///{tmp_path / 'hub.db'}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == db.BUSY_TIMEOUT_MS
    finally:
        engine.dispose()


def test_the_hub_never_loads_qt():
    code = (
        "import sys, storedesk.hub.app, storedesk.hub.cli, storedesk.hub.reports.exports\n"
        "storedesk.hub.app.create_app('sqlite://', migrate=True)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'storedesk.ui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_hub_module_imports_qt_or_ui():
    """The AST walk of tests/unit/test_layers.py, for the hub package alone (relative imports resolved)."""
    import ast
    from pathlib import Path

    pkg = Path(db.__file__).parent
    src = pkg.parent.parent
    bad = []
    for path in pkg.rglob("*.py"):
        parts = list(path.relative_to(src).with_suffix("").parts)
        package = parts[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package[: len(package) - (node.level - 1)] if node.level else []
                mod = ".".join(base + ([node.module] if node.module else []))
                names = [mod] + [f"{mod}.{a.name}" for a in node.names]
            else:
                continue
            bad += [
                f"{path.name}: {n}"
                for n in names
                if n.split(".")[0] == "PySide6" or n == "storedesk.ui" or n.startswith("storedesk.ui.")
            ]
    assert not bad, bad
