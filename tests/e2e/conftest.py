"""Real processes: a hub (uvicorn) on 127.0.0.1 and stations on their own SQLite files."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from tests.conftest import copy_station_files

from storedesk.adapters.db import open_database
from storedesk.adapters.hub_client import HubClient, HubConfig
from storedesk.adapters.uow import UnitOfWork
from storedesk.services import auth, setup, sync


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hub_cli(db_url: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "storedesk.hub.cli", *args, "--db", db_url], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


class Hub:
    """A hub process that can be stopped ("down for a day") and started again on the same port."""

    def __init__(self, tmp_path: Path):
        self.db_url = f"sqlite:///{tmp_path / 'hub.db'}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None
        self.log = tmp_path / "hub.log"
        hub_cli(
            self.db_url,
            "add-store",
            "PAR01",
            "--name",
            "Demo Paris",
            "--currency",
            "EUR",
            "--timezone",
            "Europe/Paris",
            "--lat",
            "48.8686",
            "--lon",
            "2.3314",
        )
        self.tokens = {t: hub_cli(self.db_url, "add-station", "--store", "PAR01", "--station", t) for t in ("T1", "T2")}
        self.erp_token = hub_cli(self.db_url, "add-erp", "erp")

    def start(self) -> Hub:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "storedesk.hub.cli",
                    "serve",
                    "--db",
                    self.db_url,
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                ],
                stdout=log,
                stderr=log,
            )
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if requests.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError(f"hub did not start: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc = None

    def get(self, path: str, token: str | None = None, **params):
        token = token or self.erp_token
        r = requests.get(f"{self.url}{path}", params=params, headers={"Authorization": f"Bearer {token}"}, timeout=10)
        r.raise_for_status()
        return r.json()

    def put_products(self, products: list[dict]):
        r = requests.put(
            f"{self.url}/v1/products",
            json={"products": products},
            headers={"Authorization": f"Bearer {self.erp_token}"},
            timeout=10,
        )
        assert r.status_code == 200, r.text
        return r.json()


@pytest.fixture
def hub(tmp_path):
    h = Hub(tmp_path).start()
    yield h
    h.stop()


@pytest.fixture
def hub_down(tmp_path):
    """A hub that is registered but not running yet."""
    h = Hub(tmp_path)
    yield h
    h.stop()


class SyncStation:
    """A station on its own SQLite file, registered at the hub."""

    def __init__(self, data_dir: Path, hub: Hub, station: str):
        self.data_dir = data_dir
        self.db = open_database(data_dir)
        self.uow = UnitOfWork(self.db)
        sync.register(self.uow, hub.url, hub.tokens[station])
        self.ana = auth.login(self.uow, "ana", "1234")

    def client(self, url: str | None = None, read_timeout: float = 5.0) -> HubClient:
        cfg = sync.hub_config(self.uow)
        return HubClient(HubConfig(url or cfg.url, cfg.token, read_timeout=read_timeout, connect_timeout=1.0))

    def close(self) -> None:
        self.uow.close()
        self.db.dispose()


@pytest.fixture
def make_station(demo_template, tmp_path):
    made = []

    def make(hub: Hub, station: str = "T1") -> SyncStation:
        data_dir = tmp_path / f"station-{station}"
        if station == "T1":
            copy_station_files(demo_template, data_dir)
        else:
            db = open_database(data_dir)
            uow = UnitOfWork(db)
            setup.init_demo(uow, store="PAR01", station=station)
            uow.close()
            db.dispose()
        st = SyncStation(data_dir, hub, station)
        made.append(st)
        return st

    yield make
    for st in made:
        st.close()
