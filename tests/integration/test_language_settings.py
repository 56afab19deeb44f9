"""The store's language and locale, and each user's own (issue 16), through the real `main()`:
`storedesk init --language/--locale`, `storedesk config set language|locale` (checked, journaled),
`storedesk user add --language`, `storedesk user language`, `storedesk user list`; staff synced
from the hub keep the language chosen at the station; the station takes the store's language
and locale when it opens a paper's command; exports for machines stay locale-free in French."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta

import pytest
from tests.integration.test_staff_cli import journal, user_cmd
from tests.integration.test_user_list_origin import hub_member

from storedesk.cli import main
from storedesk.domain import auth as pins
from storedesk.i18n import store_language, store_locale
from storedesk.services import shift, staff_feed
from storedesk.services import station as station_service
from storedesk.services.context import config, utcnow

MANAGER = ("--manager-user", "max", "--manager-pin", "2580")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def shown(capsys, folder) -> dict[str, str]:
    """`storedesk config show`: value of each key."""
    code, out, err = run(capsys, "config", "show", "--data-dir", folder)
    assert code == 0, err
    return dict(re.findall(r"^(\w[\w.]*) = '(.*)'", out, re.MULTILINE))


def test_a_new_store_speaks_english_en_ie_the_demo_store_french(tmp_path, capsys):
    new, demo = tmp_path / "new", tmp_path / "demo"
    code, out, err = run(capsys, "init", "--store", "LYO01", "--station", "T1", *MANAGER, "--data-dir", new)
    assert code == 0, err
    assert "Language en, locale en_IE" in out
    assert (shown(capsys, new)["language"], shown(capsys, new)["locale"]) == ("en", "en_IE")
    assert run(capsys, "init", "--demo", "--data-dir", demo)[0] == 0
    assert (shown(capsys, demo)["language"], shown(capsys, demo)["locale"]) == ("fr", "fr_FR")


def test_init_takes_a_language_and_a_locale_checked_before_anything_is_made(tmp_path, capsys):
    folder = tmp_path / "ber"
    code, _, err = run(
        capsys, "init", "--store", "BER01", "--station", "T1", *MANAGER, "--language", "xx", "--data-dir", folder
    )
    assert code == 2 and "language must be one of en, fr, de, es, it (got 'xx')" in err
    code, _, err = run(
        capsys, "init", "--store", "BER01", "--station", "T1", *MANAGER, "--locale", "zz_QQ", "--data-dir", folder
    )
    assert code == 2 and "unknown locale 'zz_QQ'" in err
    assert not folder.exists()  # refused by the parser: no database was made
    code, _, err = run(capsys, "init", "--demo", "--language", "de", "--data-dir", folder)
    assert code == 2 and "cannot be combined with --language" in err

    code, out, err = run(
        capsys, "init", "--store", "BER01", "--station", "T1", *MANAGER, "--language", "DE", "--locale", "de-DE",
        "--data-dir", folder,
    )  # fmt: skip
    assert code == 0, err
    assert "Language de, locale de_DE" in out
    assert (shown(capsys, folder)["language"], shown(capsys, folder)["locale"]) == ("de", "de_DE")


def test_config_set_language_and_locale_checked_and_journaled(station, capsys):
    folder = station.data_dir
    code, out, err = run(capsys, "config", "set", "language", "De", "--data-dir", folder)
    assert code == 0, err
    assert out.startswith("language = de ")
    assert run(capsys, "config", "set", "locale", "de_AT", "--data-dir", folder)[0] == 0

    code, _, err = run(capsys, "config", "set", "language", "xx", "--data-dir", folder)
    assert code == 1 and "language must be one of en, fr, de, es, it (got 'xx')" in err
    code, _, err = run(capsys, "config", "set", "locale", "Mars", "--data-dir", folder)
    assert code == 1 and "storedesk: unknown locale 'Mars' (examples: fr_FR, de_DE, en_IE)" in err
    assert (shown(capsys, folder)["language"], shown(capsys, folder)["locale"]) == ("de", "de_AT")

    changes = [
        (ref, entry["before"], entry["after"], entry["by"])
        for kind, ref, entry in journal(station)
        if kind == "setting"
    ]
    assert changes == [("language", "fr", "de", "terminal"), ("locale", "fr_FR", "de_AT", "terminal")]
    station.uow.cache.clear()
    cfg = config(station.uow)
    assert (cfg.language, cfg.locale) == ("de", "de_AT")


def test_the_station_opens_in_the_stores_language_and_locale(station):
    assert (store_language(), store_locale()) == ("en", "en_IE")  # nothing opened yet: a new store's
    found = station_service.use_language_of_store(station.uow)
    assert (found.language, found.locale) == ("fr", "fr_FR")
    assert (store_language(), store_locale()) == ("fr", "fr_FR")


def test_user_add_with_a_language_listed_and_changed(station, capsys, monkeypatch):
    new_pin = ("9876", "2580", "2580")
    code, out, err = user_cmd(
        capsys, monkeypatch, station, "add", "jonas", "--name", "Jonas", "--role", "clerk", "--language", "de",
        pins=new_pin,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = user_cmd(
        capsys, monkeypatch, station, "add", "karl", "--name", "Karl", "--role", "clerk", "--language", "tlh",
        pins=new_pin,
    )  # fmt: skip
    assert code == 1 and "'tlh' is not a language of storedesk: choose en, fr, de, es, it or none" in err
    code, out, _ = user_cmd(capsys, monkeypatch, station, "list", "--format", "json")
    languages = {u["username"]: u["language"] for u in json.loads(out)}
    assert languages == {"ana": None, "jonas": "de", "max": None, "sam": None}  # karl was not added

    code, out, err = user_cmd(capsys, monkeypatch, station, "language", "ana", "es")
    assert code == 0, err
    assert "ana (Ana): screens in es, from their next sign-in." in out
    code, out, _ = user_cmd(capsys, monkeypatch, station, "language", "jonas", "none")
    assert code == 0 and "jonas (Jonas): screens in none" in out
    code, _, err = user_cmd(capsys, monkeypatch, station, "language", "jonas", "none")
    assert code == 1 and "Jonas's language is already none" in err
    code, _, err = user_cmd(capsys, monkeypatch, station, "language", "ana", "xx")
    assert code == 1 and "'xx' is not a language of storedesk" in err

    code, out, _ = user_cmd(capsys, monkeypatch, station, "list")
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines()[1:]}
    assert rows == {"ana": "es", "jonas": "-", "max": "-", "sam": "-"}
    assert _language_of(station, "ana") == "es"
    entries = [(kind, ref, e.get("language"), e.get("before"), e.get("after")) for kind, ref, e in journal(station)]
    assert entries == [
        ("user_add", "jonas", "de", None, None),
        ("user_language", "ana", None, None, "es"),
        ("user_language", "jonas", None, "de", None),
    ]


def _language_of(st, username: str) -> str | None:
    return station_service.user_language(st.uow, st.user(username))


def test_a_hub_managed_user_keeps_the_language_chosen_at_the_station(station, capsys, monkeypatch):
    hub_member(station)  # lea, managed by the hub, whose items carry no language
    code, _, err = user_cmd(capsys, monkeypatch, station, "language", "lea", "it")
    assert code == 0, err  # a person's preference: not the chain's to manage
    item = {
        "store": "PAR01",
        "username": "lea",
        "name": "Léa Martin-Rossi",
        "role": "supervisor",
        "active": True,
        "pin_hash": pins.hash_pin("480315"),
        "pin_change_required": False,
        "rev": 2,
        "pin_rev": 1,
    }
    with station.uow.write() as tx:
        staff_feed.apply_item(tx, item, config(station.uow), utcnow())
    assert _language_of(station, "lea") == "it"
    code, out, _ = user_cmd(capsys, monkeypatch, station, "list", "--format", "json")
    [lea] = [u for u in json.loads(out) if u["username"] == "lea"]
    assert (lea["name"], lea["role"], lea["managed_by"], lea["language"]) == (
        "Léa Martin-Rossi",
        "supervisor",
        "hub",
        "it",
    )


def _range() -> list[str]:
    today = date.today()
    return ["--from", str(today - timedelta(days=1)), "--to", str(today + timedelta(days=1))]


DECIMAL = re.compile(r"^-?\d+\.\d{2}$")


def test_exports_for_machines_stay_locale_free_in_a_french_store(pinned, capsys):
    """Decimal points and ISO dates, while the process writes amounts the French way."""
    shift.open_shift(pinned.uow, pinned.user("max"), {"10": 1})
    pinned.sell(2, 8, extra_cash="0.55")  # 5.29 + 16.19: a total of 21.48, change 0.55
    found = station_service.use_language_of_store(pinned.uow)
    assert found.locale == "fr_FR"
    from decimal import Decimal

    from storedesk.domain.money_format import fmt_money

    assert fmt_money(Decimal("1234.5"), "EUR") == "1\u202f234,50\u00a0€"  # the process is French now
    folder = pinned.data_dir

    code, out, err = run(capsys, "export", "sales", *_range(), "--data-dir", folder)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["gross"] for r in rows] == ["5.29", "16.19"]
    for r in rows:
        assert all(DECIMAL.match(r[k]) for k in ("unit_price", "discount", "tax", "gross", "change")), r
        assert date.fromisoformat(r["time"][:10]) and r["time"][4] == "-", r["time"]
    code, out, err = run(capsys, "export", "sales", *_range(), "--format", "json", "--data-dir", folder)
    assert code == 0, err
    assert json.loads(out) == rows  # the same strings

    code, out, err = run(capsys, "export", "stock", "--format", "json", "--nonzero", "--data-dir", folder)
    assert code == 0, err
    stock = json.loads(out)
    assert stock and all("," not in str(v) and "€" not in str(v) for row in stock for v in row.values())

    code, out, err = run(capsys, "report", "x", "--format", "json", "--data-dir", folder)
    assert code == 0, err
    figures = json.loads(out)
    text = json.dumps(figures)
    assert "€" not in text and "\u202f" not in text and "\u00a0" not in text
    assert DECIMAL.match(figures["period_total"]), figures["period_total"]


def test_report_x_is_printed_in_the_stores_locale_and_says_it_in_english(station, tmp_path, capsys):
    """The paper follows the store (French in the demo); the terminal's line stays English, en_IE."""
    shift.open_shift(station.uow, station.user("max"), {"10": 1})
    station.sell(2)
    out_pdf = tmp_path / "x.pdf"
    code, out, err = run(capsys, "report", "x", "--out", out_pdf, "--data-dir", station.data_dir)
    assert code == 0, err
    assert (store_language(), store_locale()) == ("fr", "fr_FR")  # taken from the store for the paper
    assert re.search(r"period total €\d+\.\d{2}, cash expected €\d+\.\d{2}$", out.strip()), out
    from tests.integration.test_report_pdf import text_of

    assert re.search(r"\d+,\d{2}\u00a0€|\d+,\d{2} €", text_of(out_pdf)), text_of(out_pdf)[:400]


@pytest.mark.parametrize("key", ["language", "locale"])
def test_the_language_and_locale_are_store_keys_the_hub_may_manage(key):
    from storedesk.domain.store_settings import STATION_ONLY, STORE_KEYS

    assert key in STORE_KEYS and key not in STATION_ONLY
