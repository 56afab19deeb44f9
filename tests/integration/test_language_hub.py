"""The store's language and locale set at the hub (`storedesk-hub store-settings STORE --set
language=de --set locale=de_DE`), through a real hub over HTTP: checked at the hub with the
station's rules, applied by the station at its next sync, refused by `storedesk config set` while
the hub manages them, and made the process's when the station takes them (papers and formats)."""

from __future__ import annotations

from decimal import Decimal

from tests.e2e.conftest import hub, make_station  # noqa: F401  (the real hub and its stations)
from tests.helpers.hubs import hub_cli
from tests.helpers.stations import query, synced

from storedesk.cli import main as station_cli
from storedesk.domain.money_format import fmt_money
from storedesk.hub import cli as hub_cli_main
from storedesk.i18n import store_language
from storedesk.services import station as station_service


def test_the_hub_sets_the_stores_language_and_locale_and_the_station_takes_them(hub, make_station, capsys):  # noqa: F811
    t1 = make_station(hub, "T1")
    # refused at the hub with the station's own reason; nothing changes, nothing is fed
    assert hub_cli_main.main(["store-settings", "PAR01", "--set", "language=kl", "--db", hub.db_url]) == 1
    assert "language: language must be one of en, fr, de, es, it (got 'kl')" in capsys.readouterr().err
    assert hub_cli_main.main(["store-settings", "PAR01", "--set", "locale=de_XX", "--db", hub.db_url]) == 1
    assert "locale: unknown locale 'de_XX'" in capsys.readouterr().err

    shown = hub_cli(hub.db_url, "store-settings", "PAR01", "--set", "language=DE", "--set", "locale=de-DE")
    assert "language = 'de'" in shown and "locale = 'de_DE'" in shown
    synced(t1)
    got = {k: (v, o) for k, v, o in query(t1, "SELECT key, value, origin FROM settings")}
    assert got["language"] == ("de", "hub") and got["locale"] == ("de_DE", "hub")

    found = station_service.use_language_of_store(t1.uow)
    assert (found.language, found.locale) == ("de", "de_DE")
    assert store_language() == "de"
    assert fmt_money(Decimal("1234.5"), "EUR") == "1.234,50\u00a0€"  # German amounts from now on

    assert station_cli(["config", "set", "language", "fr", "--data-dir", str(t1.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "language is managed by the hub for this store" in err
