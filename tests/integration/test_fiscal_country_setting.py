"""The store's fiscal country (issue 19) at the station and from the hub, through the real
commands and a real hub over HTTP: `storedesk config set fiscal_country FR` is checked and
journaled; the hub's store settings set it for every station of the store (checked at the hub
with the same rule, applied at the next sync, journaled, then refused at the station); and a
station's signing key reaches the hub at the next sync, once per key, a new key beside the old."""

from __future__ import annotations

import json

from tests.e2e.conftest import hub, make_station  # noqa: F401  (the real hub and its stations)
from tests.helpers.hubs import hub_cli
from tests.helpers.stations import query, synced
from tests.integration.test_staff_cli import journal

from storedesk.adapters import fiscal_keys
from storedesk.adapters.hub_client import HubClient
from storedesk.cli import main as station_cli
from storedesk.domain.fiscal.countries import FRANCE, NONE, country_of
from storedesk.hub import cli as hub_cli_main
from storedesk.hub import db as hub_db
from storedesk.hub.stations.keys import keys_of
from storedesk.services import settings as settings_service
from storedesk.services.signing_key_hub import REGISTERED


def test_config_set_fiscal_country_is_checked_and_journaled(station, capsys):
    folder = str(station.data_dir)
    assert country_of(settings_service.show(station.uow)) is NONE  # a store has no country until it sets one
    assert station_cli(["config", "set", "fiscal_country", "DE", "--data-dir", folder]) == 1
    assert "fiscal_country must be empty (no country) or one of FR (got 'DE')" in capsys.readouterr().err
    assert station_cli(["config", "set", "fiscal_country", "fr", "--data-dir", folder]) == 0
    assert capsys.readouterr().out.startswith("fiscal_country = FR")
    station.uow.cache.clear()
    assert country_of(settings_service.show(station.uow)) is FRANCE
    assert station_cli(["config", "set", "fiscal_country", "", "--data-dir", folder]) == 0
    changes = [(ref, e["before"], e["after"], e["by"]) for kind, ref, e in journal(station) if kind == "setting"]
    assert changes == [("fiscal_country", None, "FR", "terminal"), ("fiscal_country", "FR", "", "terminal")]


def test_the_hub_sets_the_fiscal_country_for_the_store_and_the_station_takes_it(hub, make_station, capsys):  # noqa: F811
    t1 = make_station(hub, "T1")
    assert hub_cli_main.main(["store-settings", "PAR01", "--set", "fiscal_country=DE", "--db", hub.db_url]) == 1
    assert (
        "fiscal_country: fiscal_country must be empty (no country) or one of FR (got 'DE')" in capsys.readouterr().err
    )
    synced(t1)
    assert query(t1, "SELECT value FROM settings WHERE key = 'fiscal_country'") == []  # nothing was fed

    assert "fiscal_country = 'FR'" in hub_cli(hub.db_url, "store-settings", "PAR01", "--set", "fiscal_country=fr")
    synced(t1)
    assert query(t1, "SELECT value, origin FROM settings WHERE key = 'fiscal_country'") == [("FR", "hub")]
    assert country_of(settings_service.show(t1.uow)) is FRANCE
    rows = query(t1, "SELECT payload FROM journal WHERE kind = 'setting_hub'")
    hub_changes = [json.loads(payload)["changed"] for (payload,) in rows]
    assert [c["fiscal_country"] for c in hub_changes if "fiscal_country" in c] == [[None, "FR"]]

    assert station_cli(["config", "set", "fiscal_country", "", "--data-dir", str(t1.data_dir)]) == 1
    assert "fiscal_country is managed by the hub for this store" in capsys.readouterr().err


def test_the_stations_public_key_reaches_the_hub_at_the_next_sync_once_per_key(hub, make_station):  # noqa: F811
    t1 = make_station(hub, "T1")
    synced(t1)  # no key yet: nothing to register
    engine = hub_db.open_hub(hub.db_url)
    try:
        with hub_db.read_conn(engine) as conn:
            assert keys_of(conn, "PAR01", "T1") == []

        first = fiscal_keys.ensure_key(t1.data_dir)
        synced(t1)
        with hub_db.read_conn(engine) as conn:
            kept = keys_of(conn, "PAR01", "T1")
        assert [k.public_key for k in kept] == [first.public_pem]
        assert kept[0].fingerprint.startswith(first.fingerprint)  # the station's short fingerprint
        assert query(t1, "SELECT value FROM sync_state WHERE key = ?", (REGISTERED,)) == [(first.fingerprint,)]

        synced(t1)  # the hub has it: not sent again, nothing added
        with hub_db.read_conn(engine) as conn:
            assert keys_of(conn, "PAR01", "T1") == kept

        # the key file replaced (a new till for the same station): the new key is kept beside the old
        fiscal_keys.key_path(t1.data_dir).unlink()
        fiscal_keys.forget(t1.data_dir)
        second = fiscal_keys.ensure_key(t1.data_dir)
        synced(t1)
        with hub_db.read_conn(engine) as conn:
            now = keys_of(conn, "PAR01", "T1")
        assert [k.public_key for k in now] == [first.public_pem, second.public_pem] and now[0] == kept[0]
    finally:
        engine.dispose()
        fiscal_keys.forget(t1.data_dir)


def test_a_hub_without_the_route_does_not_stop_the_sync_and_the_key_is_offered_again(hub, make_station, monkeypatch):  # noqa: F811
    t1 = make_station(hub, "T1")
    key = fiscal_keys.ensure_key(t1.data_dir)

    def older_hub(self, public_pem: str) -> dict:  # what an older hub answers: 404, no such route
        return self._request("PUT", "/v1/stations/me/no-such-route", json={"public_key": public_pem})

    try:
        with monkeypatch.context() as m:
            m.setattr(HubClient, "register_signing_key", older_hub)
            synced(t1)  # the refusal is logged; the sync itself succeeds
        assert query(t1, "SELECT value FROM sync_state WHERE key = ?", (REGISTERED,)) == []
        synced(t1)  # the hub now has the route: the key goes at the next sync
        assert query(t1, "SELECT value FROM sync_state WHERE key = ?", (REGISTERED,)) == [(key.fingerprint,)]
    finally:
        fiscal_keys.forget(t1.data_dir)
