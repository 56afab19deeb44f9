"""Real processes: a hub (uvicorn) on 127.0.0.1 and stations on their own SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from tests.conftest import copy_station_files
from tests.helpers.hubs import HubServer, free_port, hub_cli  # noqa: F401  (hub_cli: for the e2e tests to import)

from storedesk.adapters.db import open_database
from storedesk.adapters.hub_client import HubClient, HubConfig
from storedesk.adapters.uow import UnitOfWork
from storedesk.services import auth, sync


class Hub(HubServer):
    """A hub with store PAR01, stations T1 and T2 and an ERP token, registered with `storedesk-hub`;
    it can be stopped ("down for a day") and started again on the same port."""

    def __init__(self, tmp_path: Path):
        super().__init__(f"sqlite:///{tmp_path / 'hub.db'}", tmp_path / "hub.log", port=free_port())
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

    def get(self, path: str, token: str | None = None, **params):
        token = token or self.erp_token
        r = requests.get(
            f"{self.url}{path}",
            params=params,
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
            verify=self.verify,
        )
        r.raise_for_status()
        return r.json()

    def put_products(self, products: list[dict]):
        r = requests.put(
            f"{self.url}/v1/products",
            json={"products": products},
            headers={"Authorization": f"Bearer {self.erp_token}"},
            timeout=10,
            verify=self.verify,
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
def make_station(demo_templates, tmp_path):
    """make(hub, station) -> a demo station of PAR01 (a copy of the session's template for that
    station code), registered at the hub; all are closed after the test."""
    made = []

    def make(hub: Hub, station: str = "T1") -> SyncStation:
        data_dir = tmp_path / f"station-{station}"
        copy_station_files(demo_templates("PAR01", station), data_dir)
        st = SyncStation(data_dir, hub, station)
        made.append(st)
        return st

    yield make
    for st in made:
        st.close()
