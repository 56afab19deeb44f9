"""The `storedesk` command on real SQLite files: init, status, journal verify, export, backup, errors."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import types
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import platformdirs
import pytest
from tests.conftest import build_demo_station

import storedesk
from storedesk import paths
from storedesk.adapters import db as dbmod
from storedesk.adapters import demo_catalog
from storedesk.adapters.db import DB_FILENAME, open_database
from storedesk.adapters.demo_catalog import embedded_barcode, gtin_for
from storedesk.adapters.uow import UnitOfWork
from storedesk.cli import main
from storedesk.domain.money import from_minor
from storedesk.domain.tenders import Tender
from storedesk.services import auth, basket, sale

MONEY = re.compile(r"^-?\d+\.\d{2}$")
CARD_REF = "A1B2C3"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def status_fields(text: str) -> dict[str, str]:
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in text.splitlines() if ":" in line)}


def make_two_sales(folder: Path) -> None:
    """Sale 1: 2 x product 2 and product 3, paid 50.00 cash. Sale 2: product 1 (Apples) and a
    weighed banana label at 3.12, paid exactly by card."""
    engine = open_database(folder)
    uow = UnitOfWork(engine)
    try:
        user = auth.login(uow, "ana", "1234")
        view = basket.current(uow, user)
        for n in (2, 2, 3):
            view = basket.add_scan(uow, user, view.basket_id, gtin_for(n))
        sale.complete_sale(uow, user, view.basket_id, [Tender("cash", D(50))])
        view = basket.current(uow, user)
        view = basket.add_scan(uow, user, view.basket_id, gtin_for(1))
        view = basket.add_scan(uow, user, view.basket_id, embedded_barcode("00001", 312))
        sale.complete_sale(uow, user, view.basket_id, [Tender("card", view.totals.total, CARD_REF)])
    finally:
        uow.close()
        engine.dispose()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "station"
    # `init --demo` without its promotions (tests.conftest): the worked totals and journal counts
    # below are of shelf prices; test_init_demo_then_status checks what `init --demo` makes.
    build_demo_station(folder)
    make_two_sales(folder)
    return folder


@pytest.fixture
def station(template, tmp_path) -> Path:
    """A demo store with two sales, private to the test (it may be tampered with)."""
    folder = tmp_path / "station"
    shutil.copytree(template, folder)
    return folder


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- init and status -------------------------------------------------------------------------


def test_init_demo_then_status(tmp_path, capsys):
    folder = tmp_path / "new"
    code, out, err = run(capsys, "init", "--demo", "--data-dir", folder)
    assert code == 0, err
    assert "PAR01" in out and "2005 products" in out  # 2004 goods and the gift card

    code, out, err = run(capsys, "--data-dir", folder, "status")
    assert code == 0, err
    fields = status_fields(out)
    assert fields["products"] == "2005"
    assert fields["store"].startswith("PAR01")
    assert fields["station"] == "T1"
    assert fields["sales"] == "0"
    assert fields["journal entries"] == "1"  # the demo promotions put in force, journaled like any file
    assert fields["waiting events"] == "0"
    assert fields["rejected events"] == "0"
    assert fields["oldest waiting"] == "none"
    assert fields["schema revision"] == dbmod.HEAD
    assert fields["data folder"] == str(folder)
    assert "storedesk.db" in fields["database"]


def test_status_counts_sales_and_waiting_events(station, capsys):
    code, out, _ = run(capsys, "status", "--data-dir", station)
    assert code == 0
    fields = status_fields(out)
    assert fields["sales"] == "2"
    assert fields["journal entries"] == "2"
    assert int(fields["waiting events"]) > 0
    assert fields["oldest waiting"] != "none"


def test_init_twice_refuses_and_changes_nothing(station, capsys):
    before = sha256(station / DB_FILENAME)
    code, out, err = run(capsys, "init", "--demo", "--data-dir", station)
    assert code == 1
    assert "already has a store" in err and "Traceback" not in err
    code, _, err = run(
        capsys,
        "init",
        "--data-dir",
        station,
        "--store",
        "X1",
        "--station",
        "T9",
        "--manager-user",
        "boss",
        "--manager-pin",
        "2468",
    )
    assert code == 1 and "already has a store" in err
    assert sha256(station / DB_FILENAME) == before
    _, out, _ = run(capsys, "status", "--data-dir", station)
    assert status_fields(out)["sales"] == "2"


def test_init_store_with_manager(tmp_path, capsys):
    folder = tmp_path / "lyon"
    code, out, err = run(
        capsys,
        "init",
        "--data-dir",
        folder,
        "--store",
        "lyo02",
        "--station",
        "t3",
        "--name",
        "Lyon Centre",
        "--currency",
        "EUR",
        "--timezone",
        "Europe/Paris",
        "--manager-user",
        "Boss",
        "--manager-pin",
        "2468",
    )
    assert code == 0, err
    assert "LYO02" in out and "T3" in out
    fields = status_fields(run(capsys, "status", "--data-dir", folder)[1])
    assert fields["store"] == "LYO02 (Lyon Centre)" and fields["station"] == "T3" and fields["products"] == "0"

    engine = open_database(folder)
    uow = UnitOfWork(engine)
    try:
        user = auth.login(uow, "boss", "2468")
        assert user.role == "manager"
        with uow.read() as tx:
            settings = tx.settings.all()
        assert settings["prices_include_tax"] == "1" and settings["cash_step"] == "0.01"
        assert settings["currency"] == "EUR" and settings["timezone"] == "Europe/Paris"
    finally:
        uow.close()
        engine.dispose()


@pytest.mark.parametrize(
    "extra, message",
    [
        ([], "--manager-user"),  # no manager given
        (["--manager-user", "boss", "--manager-pin", "12a4"], "PIN"),
        # the same rules as `storedesk user add`: a manager `user` commands can act on later
        (["--manager-user", "boss", "--manager-pin", "1234"], "too easy to guess"),
        (["--manager-user", "1boss", "--manager-pin", "2468"], "username"),
        (["--manager-user", "boss", "--manager-pin", "2468", "--timezone", "Mars/Base"], "time zone"),
        (["--manager-user", "boss", "--manager-pin", "2468", "--demo"], "--demo"),
    ],
)
def test_init_bad_arguments_exit_2_and_create_nothing(tmp_path, capsys, extra, message):
    folder = tmp_path / "never"
    code, _, err = run(capsys, "init", "--data-dir", folder, "--store", "S1", "--station", "T1", *extra)
    assert code == 2
    assert message in err
    assert not folder.exists()


# --- journal ---------------------------------------------------------------------------------


def test_journal_verify_ok(station, capsys):
    code, out, _ = run(capsys, "journal", "verify", "--data-dir", station)
    assert code == 0
    assert out.strip() == "journal OK: 2 entries"


def test_journal_verify_names_the_tampered_entry(station, capsys):
    con = sqlite3.connect(station / DB_FILENAME)
    try:
        con.execute("DROP TRIGGER journal_no_update")
        changed = con.execute("UPDATE journal SET payload = replace(payload, 'Apples', 'Pears') WHERE seq = 2").rowcount
        con.commit()
    finally:
        con.close()
    assert changed == 1

    code, out, err = run(capsys, "--data-dir", station, "journal", "verify")
    assert code == 1
    assert out.startswith("journal BROKEN at sequence 2:")
    assert "hash does not match" in out
    assert "Traceback" not in err


# --- export ----------------------------------------------------------------------------------


def _range() -> list[str]:
    today = date.today()
    return ["--from", str(today - timedelta(days=1)), "--to", str(today + timedelta(days=1))]


def _check_sales_rows(rows: list[dict]) -> None:
    price = {p.number: from_minor(p.price_minor) for p in demo_catalog.products(3)}
    assert [(r["receipt_no"], r["sku"], r["quantity"]) for r in rows] == [
        ("PAR01-T1-000001", "SKU0000002", "2"),
        ("PAR01-T1-000001", "SKU0000003", "1"),
        ("PAR01-T1-000002", "SKU0000001", "1"),
        ("PAR01-T1-000002", "PLU00001", "1"),
    ]
    for r in rows:
        for key in ("unit_price", "discount", "tax", "gross", "change"):
            assert isinstance(r[key], str) and MONEY.match(r[key]), (key, r[key])
    assert rows[0]["unit_price"] == str(price[2])
    assert rows[0]["gross"] == str(price[2] * 2)
    assert rows[2]["gross"] == str(price[1])
    assert rows[3]["gross"] == "3.12"
    total_1 = price[2] * 2 + price[3]
    assert {r["tenders"] for r in rows[:2]} == {"cash:50.00"}
    assert {r["change"] for r in rows[:2]} == {str(D(50) - total_1)}
    assert {r["tenders"] for r in rows[2:]} == {f"card:{price[1] + D('3.12')}"}
    assert {r["change"] for r in rows[2:]} == {"0.00"}


def test_export_sales_csv_and_json_to_files(station, tmp_path, capsys):
    csv_out = tmp_path / "out" / "sales.csv"
    code, out, err = run(
        capsys, "export", "sales", "--data-dir", station, *_range(), "--format", "csv", "--out", csv_out
    )
    assert code == 0, err
    assert "4 sale lines" in out
    with open(csv_out, newline="", encoding="utf-8") as f:
        csv_rows = list(csv.DictReader(f))
    _check_sales_rows(csv_rows)

    json_out = tmp_path / "out" / "sales.json"
    code, _, err = run(
        capsys, "--data-dir", station, "export", "sales", *_range(), "--format", "json", "--out", json_out
    )
    assert code == 0, err
    json_rows = json.loads(json_out.read_text(encoding="utf-8"))
    _check_sales_rows(json_rows)
    assert json_rows == csv_rows
    assert sorted(p.name for p in csv_out.parent.iterdir()) == ["sales.csv", "sales.json"]  # no temp files left


def test_export_sales_to_stdout_and_empty_range(station, capsys):
    code, out, _ = run(capsys, "export", "sales", "--data-dir", station, *_range())
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("receipt_no,time,sku") and len(lines) == 5

    code, out, _ = run(
        capsys,
        "export",
        "sales",
        "--data-dir",
        station,
        "--from",
        "2001-01-01",
        "--to",
        "2001-01-31",
        "--format",
        "json",
    )
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize(
    "dates, message",
    [
        (["--from", "2024-13-01", "--to", "2024-12-31"], "YYYY-MM-DD"),
        (["--from", "yesterday", "--to", "2024-12-31"], "YYYY-MM-DD"),
        (["--from", "2024-03-01", "--to", "2024-02-01"], "after"),
    ],
)
def test_export_bad_dates_exit_2(station, tmp_path, capsys, dates, message):
    out_file = tmp_path / "x.csv"
    code, out, err = run(capsys, "export", "sales", "--data-dir", station, *dates, "--out", out_file)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert not out_file.exists()


# --- backup ----------------------------------------------------------------------------------


def test_backup_is_a_readable_copy(station, tmp_path, capsys):
    out_file = tmp_path / "backups" / "station.db"
    code, out, err = run(capsys, "backup", "--data-dir", station, "--out", out_file)
    assert code == 0, err
    assert re.fullmatch(rf"backup written: {re.escape(str(out_file))} \(\d+ pages\)", out.strip())
    con = sqlite3.connect(out_file)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM sales").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM journal").fetchone()[0] == 2
    finally:
        con.close()


# --- errors: empty folders and newer databases -----------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["journal", "verify"],
        ["export", "sales", "--from", "2024-01-01", "--to", "2024-01-31"],
        ["backup", "--out", "IGNORED"],
    ],
)
def test_read_commands_on_an_empty_folder_create_nothing(tmp_path, capsys, command):
    folder = tmp_path / "empty"
    folder.mkdir()
    command = [str(tmp_path / "b.db") if c == "IGNORED" else c for c in command]
    code, out, err = run(capsys, *command, "--data-dir", folder)
    assert code == 1
    assert "storedesk init" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "b.db").exists()


def test_missing_folder_is_not_created(tmp_path, capsys):
    folder = tmp_path / "typo"
    code, _, err = run(capsys, "status", "--data-dir", folder)
    assert code == 1 and "storedesk init" in err
    assert not folder.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["journal", "verify"],
        ["export", "sales", "--from", "2024-01-01", "--to", "2024-01-31"],
        ["init", "--demo"],
        ["backup", "--out", "OUT"],
    ],
)
def test_newer_database_is_refused_untouched(station, tmp_path, capsys, command):
    con = sqlite3.connect(station / DB_FILENAME)
    try:
        con.execute("UPDATE alembic_version SET version_num = 's9999'")
        con.commit()
    finally:
        con.close()
    files = sorted(p.name for p in station.iterdir())
    before = sha256(station / DB_FILENAME)

    command = [str(tmp_path / "out.db") if c == "OUT" else c for c in command]
    code, out, err = run(capsys, *command, "--data-dir", station)
    assert code == 1
    assert "newer" in err and "s9999" in err
    assert "Traceback" not in err
    assert sha256(station / DB_FILENAME) == before
    # SQLite's read-only open of a WAL database (the version check) may leave an empty -wal
    # and a -shm index behind; nothing else appears and no page was written.
    extra = {p.name for p in station.iterdir()} - set(files)
    assert extra <= {DB_FILENAME + "-wal", DB_FILENAME + "-shm"}
    wal = station / (DB_FILENAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert not (tmp_path / "out.db").exists()


# --- options ---------------------------------------------------------------------------------


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"storedesk {storedesk.__version__}" == "storedesk 0.1.0"


def test_help_for_each_command(capsys):
    for command in ([], ["init"], ["status"], ["journal"], ["journal", "verify"], ["export", "sales"], ["backup"]):
        code, out, _ = run(capsys, *command, "--help")
        assert code == 0 and "usage: storedesk" in out and "--data-dir" in out


def test_env_var_is_honoured_and_data_dir_wins(station, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STOREDESK_DATA_DIR", str(station))
    code, out, _ = run(capsys, "status")
    assert code == 0 and status_fields(out)["sales"] == "2"
    code, out, _ = run(capsys, "journal", "verify")
    assert code == 0 and out.strip() == "journal OK: 2 entries"

    other = tmp_path / "other"
    code, _, err = run(capsys, "status", "--data-dir", other)
    assert code == 1 and str(other) in err


def test_data_dir_before_and_after_the_command(station, tmp_path, capsys):
    wrong = tmp_path / "wrong"
    assert run(capsys, "--data-dir", station, "status")[0] == 0
    assert run(capsys, "status", "--data-dir", station)[0] == 0
    # given in both places, the one after the command is used
    assert run(capsys, "--data-dir", wrong, "journal", "verify", "--data-dir", station)[0] == 0
    assert run(capsys, "--data-dir", wrong, "journal", "--data-dir", station, "verify")[0] == 0
    assert not wrong.exists()


def test_paths_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("STOREDESK_DATA_DIR", raising=False)
    assert paths.data_dir(None) == Path(platformdirs.user_data_dir("storedesk", "storedesk"))
    monkeypatch.setenv("STOREDESK_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir(None) == tmp_path / "env"
    assert paths.data_dir(str(tmp_path / "arg")) == tmp_path / "arg"
    monkeypatch.setenv("STOREDESK_DATA_DIR", "")
    assert paths.data_dir(None) == Path(platformdirs.user_data_dir("storedesk", "storedesk"))


def test_no_command_opens_the_app(tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("storedesk.ui.app")
    fake.run_app = lambda folder, demo=False, smoke=False, language=None: calls.append((folder, demo, language)) or 0
    monkeypatch.setitem(sys.modules, "storedesk.ui.app", fake)
    assert main(["--data-dir", str(tmp_path), "--demo"]) == 0
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert main(["--data-dir", str(tmp_path), "--demo", "--language", "FR"]) == 0  # the screens' language
    assert main(["--data-dir", str(tmp_path), "--language", "tlh"]) == 2  # not one of storedesk's
    assert calls == [(tmp_path, True, None), (tmp_path, False, None), (tmp_path, True, "fr")]


# --- the real command, in its own process ----------------------------------------------------


def test_console_script_in_a_subprocess(station, tmp_path):
    def cli(*argv):
        return subprocess.run(
            [sys.executable, "-m", "storedesk.cli", *map(str, argv)], capture_output=True, text=True, timeout=120
        )

    done = cli("journal", "verify", "--data-dir", station)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "journal OK: 2 entries"

    done = cli("--version")
    assert done.returncode == 0 and done.stdout.strip() == "storedesk 0.1.0"

    empty = tmp_path / "empty"
    done = cli("status", "--data-dir", empty)
    assert done.returncode == 1
    assert done.stderr.startswith("storedesk: ") and "storedesk init" in done.stderr
    assert "Traceback" not in done.stderr
    assert not empty.exists()


def test_config_set_and_show_validate_settings(tmp_path, capsys):
    folder = tmp_path / "cfg"
    assert main(["init", "--demo", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    assert main(["config", "set", "printer", "network:192.168.1.50:9100", "--data-dir", str(folder)]) == 0
    assert main(["config", "set", "idle_lock_seconds", "120", "--data-dir", str(folder)]) == 0
    assert main(["config", "set", "cash_step", "0.07", "--data-dir", str(folder)]) == 1
    assert "cash_step must be one of" in capsys.readouterr().err
    assert main(["config", "set", "store_code", "XX", "--data-dir", str(folder)]) == 1
    assert "cannot be changed" in capsys.readouterr().err
    assert main(["config", "show", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "printer = 'network:192.168.1.50:9100'" in out
    assert "idle_lock_seconds = '120'" in out
    assert "cash_step = '0.01'" in out
    assert "store_code = 'PAR01'  (fixed)" in out


def test_smoke_run_opens_the_app_on_a_fresh_demo_folder_and_exits_0(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "storedesk.cli", "--demo", "--smoke", "--data-dir", str(tmp_path / "fresh")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "fresh" / "storedesk.db").exists()


def test_every_setting_the_readme_names_can_be_set(tmp_path, capsys):
    """The README once listed pickup_hold_days, which `config set` refused."""
    folder = tmp_path / "cfg"
    assert main(["init", "--demo", "--data-dir", str(folder)]) == 0
    assert main(["config", "set", "pickup_hold_days", "10", "--data-dir", str(folder)]) == 0
    assert main(["config", "set", "pickup_hold_days", "0", "--data-dir", str(folder)]) == 1
    assert "pickup_hold_days must be a whole number of days, 1 to 60" in capsys.readouterr().err
    from storedesk.services import settings

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    block = readme.split("storedesk config show | set KEY VALUE", 1)[1].split("\n    storedesk --version", 1)[0]
    named = set(re.findall(r"\b([a-z]+(?:_[a-z0-9]+)+)\b", block))
    assert named and named <= set(settings.EDITABLE), named - set(settings.EDITABLE)
