"""The most one sale loads onto a gift card is a store setting (issue 18): `storedesk config set
gift_card_max 300` is checked (an amount above 0 with at most 2 decimals, or empty for the
default 500.00) and journaled like any setting; the service then refuses 300.01 on a card and
changes nothing, and takes 300.00. The counter's gift card dialog (real window, offscreen) says
the store's maximum and refuses more before asking the service."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from tests.conftest import copy_station_files
from tests.ui.conftest import Counter

from storedesk.adapters.demo_catalog import GIFT_CARD
from storedesk.cli import main
from storedesk.domain.errors import InvalidAmount
from storedesk.services import basket, settings
from storedesk.ui.sale.gift_card_dialog import GiftCardSaleDialog
from storedesk.ui.widgets import money


def config_set(folder, value: str) -> int:
    return main(["config", "set", "gift_card_max", value, "--data-dir", str(folder)])


def load(station, code: str, amount: str):
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    return basket.add_gift_card(station.uow, ana, view.basket_id, GIFT_CARD.sku, code, D(amount))


def test_set_checked_journaled_and_used_by_the_service(station, capsys):
    with pytest.raises(InvalidAmount, match="at most"):  # the default: 500.00
        load(station, "GC-MAX-0000", "500.01")
    station.close()
    for bad in ("0", "-5", "12.345", "lots"):
        assert config_set(station.data_dir, bad) == 1
        assert "gift_card_max must be" in capsys.readouterr().err
    assert config_set(station.data_dir, "300") == 0
    station.open()
    with station.uow.read() as tx:
        (entry,) = [
            json.loads(p) for (p,) in tx.conn.execute("SELECT payload FROM journal WHERE kind = 'setting'").fetchall()
        ]
    assert (entry["key"], entry["before"], entry["after"]) == ("gift_card_max", None, "300")

    with pytest.raises(InvalidAmount, match="at most"):
        load(station, "GC-MAX-0001", "300.01")
    assert basket.current(station.uow, station.user("ana")).basket.is_empty  # nothing changed
    (line,) = load(station, "GC-MAX-0001", "300.00").basket.active_lines
    assert line.unit_price == D("300.00")

    settings.set_setting(station.uow, "gift_card_max", "")  # empty: the default again
    load(station, "GC-MAX-0002", "500.00")


def test_the_counter_dialog_says_and_keeps_the_stores_maximum(qtbot, demo_template, tmp_path):
    folder = tmp_path / "station"
    copy_station_files(demo_template, folder)
    assert config_set(folder, "250") == 0
    c = Counter(qtbot, folder)
    try:
        c.login()
        c.scan(GIFT_CARD.barcode)
        dlg = c.sale.dialog
        assert isinstance(dlg, GiftCardSaleDialog)
        most = money(D("250"), "EUR")  # in the store's locale (the demo's: 250,00 €)
        assert most in dlg.amount.placeholderText()
        qtbot.keyClicks(dlg.code, "GC-DLG-0001")
        qtbot.keyClick(dlg.code, Qt.Key_Return)
        qtbot.keyClicks(dlg.amount, "250.01")
        qtbot.keyClick(dlg.amount, Qt.Key_Return)
        assert dlg.isVisible() and dlg.message.kind == "error" and most in dlg.message.text()
        dlg.amount.clear()
        qtbot.keyClicks(dlg.amount, "250")
        qtbot.keyClick(dlg.amount, Qt.Key_Return)
        c.idle()
        qtbot.waitUntil(lambda: c.sale.dialog is None, timeout=5000)
        (line,) = c.sale.view.basket.active_lines
        assert line.gift_card == "GC-DLG-0001" and line.unit_price == D("250.00")
    finally:
        c.close()
