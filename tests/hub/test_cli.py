"""`storedesk-hub` commands as an operator runs them (subprocesses): --db or STOREDESK_HUB_DB,
tokens printed once and stored hashed, clear errors with exit codes 0 / 1 / 2."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import requests
from tests.helpers.hubs import hub_command

from .payloads import sale_event


def hub_cli(*args, env=None, db=None):
    return hub_command(*args, *(["--db", db] if db else []), env=env)


def test_register_store_station_channel_erp(hub_db_url, start_hub):
    r = hub_cli(
        "add-store",
        "PAR01",
        "--name",
        "Paris Rivoli",
        "--currency",
        "EUR",
        "--timezone",
        "Europe/Paris",
        "--lat",
        "48.8606",
        "--lon",
        "2.3376",
        db=hub_db_url,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "store PAR01 (Paris Rivoli, EUR, Europe/Paris) added"
    # the same through the environment variable, and --db before the command
    r = hub_cli(
        "add-store",
        "LYO01",
        "--name",
        "Lyon",
        "--currency",
        "EUR",
        "--timezone",
        "Europe/Paris",
        env={"STOREDESK_HUB_DB": hub_db_url},
    )
    assert r.returncode == 0, r.stderr
    r = hub_command("--db", hub_db_url, "add-station", "--store", "PAR01", "--station", "T1")
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip()
    assert len(token) == 43 and "\n" not in token and "shown once" in r.stderr
    channel = hub_cli("add-channel", "webshop", db=hub_db_url).stdout.strip()
    erp = hub_cli("add-erp", "sap", db=hub_db_url).stdout.strip()
    assert len({token, channel, erp}) == 3

    hub = start_hub(hub_db_url)
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    r = s.post(hub.url + "/v1/events", json={"events": [sale_event(1)]}, timeout=30)
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted"
    assert (
        requests.post(
            hub.url + "/v1/events",
            json={"events": [sale_event(2)]},
            timeout=30,
            headers={"Authorization": f"Bearer {channel}"},
        ).status_code
        == 403
    )
    assert (
        requests.get(
            hub.url + "/v1/stores/LYO01/day-totals?date=2026-03-14",
            timeout=30,
            headers={"Authorization": f"Bearer {erp}"},
        ).status_code
        == 200
    )

    from .conftest import Admin

    a = Admin(hub_db_url)
    try:
        assert a.rows("SELECT code, name, currency, timezone, lat, lon FROM stores ORDER BY code") == [
            ("LYO01", "Lyon", "EUR", "Europe/Paris", None, None),
            ("PAR01", "Paris Rivoli", "EUR", "Europe/Paris", "48.8606", "2.3376"),
        ]
        assert a.rows("SELECT kind, store, station, name FROM tokens ORDER BY id") == [
            ("station", "PAR01", "T1", "PAR01/T1"),
            ("channel", None, None, "webshop"),
            ("erp", None, None, "sap"),
        ]
        hashes = {r[0] for r in a.rows("SELECT token_sha256 FROM tokens")}
        assert hashes == {hashlib.sha256(t.encode()).hexdigest() for t in (token, channel, erp)}
    finally:
        a.close()
    if hub_db_url.startswith("sqlite"):  # not even a fragment of a token in the file
        path = Path(hub_db_url.removeprefix("sqlite:///"))
        data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        assert not any(t.encode() in data for t in (token, channel, erp))


def test_errors_are_clear_with_exit_codes(hub_db_url, tmp_path, capsys):
    """main(argv) in-process (fast); the subprocess tests above cover the real entry points."""
    from storedesk.hub.cli import main

    assert (
        main([*"add-store PAR01 --name Paris --currency EUR --timezone Europe/Paris".split(), "--db", hub_db_url]) == 0
    )
    capsys.readouterr()
    cases = [
        (
            ("add-store", "PAR01", "--name", "Again", "--currency", "EUR", "--timezone", "Europe/Paris"),
            1,
            "store PAR01 already exists",
        ),
        (("add-store", "X1", "--name", "X", "--currency", "EURO", "--timezone", "Europe/Paris"), 1, "ISO 4217"),
        (
            ("add-store", "X1", "--name", "X", "--currency", "XYZ", "--timezone", "Europe/Paris"),
            1,
            "'XYZ' is not an ISO 4217 code",
        ),
        (
            ("add-store", "X1", "--name", "X", "--currency", "EUR", "--timezone", "Mars/Olympus"),
            1,
            "unknown time zone 'Mars/Olympus'",
        ),
        (
            ("add-store", "X1", "--name", "X", "--currency", "EUR", "--timezone", "UTC", "--lat", "91", "--lon", "0"),
            1,
            "outside -90..90",
        ),
        (("add-store", "bad code!", "--name", "X", "--currency", "EUR", "--timezone", "UTC"), 1, "store code"),
        (("add-station", "--store", "NOPE", "--station", "T1"), 1, "store 'NOPE' does not exist"),
        (("add-store", "X1", "--currency", "EUR", "--timezone", "UTC"), 2, "--name"),
        (("add-station", "--store", "PAR01"), 2, "--station"),
        (("frobnicate",), 2, "invalid choice"),
    ]
    for args, code, message in cases:
        assert main([*args, "--db", hub_db_url]) == code, args
        out = capsys.readouterr()
        assert message in out.err, (args, out.err)
        assert out.out == ""
    assert main(["add-erp", "x", "--db", f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'hub.db'}"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["add-erp", "x", "--db", "not a url"]) == 1
    assert "is not a database URL" in capsys.readouterr().err
    assert main(["--help"]) == 0
    # a failure through the real entry point, too: message, exit code, no traceback
    r = hub_cli("add-station", "--store", "NOPE", "--station", "T1", db=hub_db_url)
    assert r.returncode == 1 and "store 'NOPE' does not exist" in r.stderr and "Traceback" not in r.stderr


def test_console_script_is_installed():
    exe = Path(sys.executable).with_name("storedesk-hub")
    found = exe if exe.exists() else shutil.which("storedesk-hub")
    assert found, "pip install -e . should install the storedesk-hub command"
    r = subprocess.run([str(found), "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "add-station" in r.stdout
