"""Promotions at the counter, through the real window (issue 18): a promotion shows on the line
as it applies and leaves when its condition no longer holds; a coupon scanned at the counter is
put on the sale, said on screen, and taken off by scanning it again.

Demo catalog: product 5 "Daily Cola x6" 3.19 (SKU0000005); product 2 "Fresh Brioche x1" 5.29.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from tests.conftest import Station, copy_station_files
from tests.helpers.money import eur
from tests.ui.conftest import Counter

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services import promotions

PROMOTIONS = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1},
        {"id": "BRIOCHE-1-OFF", "kind": "amount_off", "skus": ["SKU0000002"], "amount": "1.00", "coupon": "SAVE1"},
    ]
}


@pytest.fixture
def promoted(qtbot, demo_template, tmp_path):
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    st = Station(data_dir)
    promotions.import_file(st.uow, json.dumps(PROMOTIONS).encode())
    st.close()
    c = Counter(qtbot, data_dir)
    yield c
    c.close()


def cells(counter, row: int = 0) -> tuple[str, str, str]:
    """The line's item, discount and amount cells as the clerk reads them, and its tooltip."""
    model = counter.sale.model
    return model.item(row, 0).text(), model.item(row, 3).text(), model.item(row, 0).toolTip()


def test_a_promotion_shows_on_the_line_as_it_applies_and_leaves_when_it_no_longer_does(promoted):
    c = promoted
    c.login()
    c.scan(gtin_for(5))
    item, discount, tip = cells(c)
    assert item == "Daily Cola x6" and discount == "" and tip == ""
    assert c.sale.total.text() == eur("3.19")
    plain = c.sale.table.rowHeight(0)

    c.scan(gtin_for(5))  # the second cola: one is free, and the line says which promotion did it
    item, discount, tip = cells(c)
    assert item == "Daily Cola x6\nCOLA-2-FOR-1"  # the promotion on a second row, under the name
    assert c.sale.table.rowHeight(0) > plain  # which the line is made tall enough to show
    assert discount == eur("-3.19") and tip == f"Promotion COLA-2-FOR-1: {eur('-3.19')}"
    assert c.sale.total.text() == eur("3.19")

    c.key(Qt.Key_F4, c.sale.scan)  # the quantity back to 1: the condition no longer holds
    dialog = c.sale.dialog
    c.qtbot.keyClicks(dialog.field, "1")
    c.qtbot.keyClick(dialog.field, Qt.Key_Return)
    c.idle()
    assert c.sale.model.rows[0][2] == Decimal(1)
    item, discount, tip = cells(c)
    assert item == "Daily Cola x6" and discount == "" and tip == ""
    assert c.sale.table.rowHeight(0) == plain
    assert c.sale.total.text() == eur("3.19")


def test_a_coupon_is_scanned_on_and_off_at_the_counter(promoted):
    c = promoted
    c.login()
    c.scan(gtin_for(2))
    assert c.sale.total.text() == eur("5.29")
    c.scan("SAVE1")
    assert c.sale.message.text() == "Coupon SAVE1 added"
    assert c.sale.total.text() == eur("4.29") and cells(c)[0] == "Fresh Brioche x1\nBRIOCHE-1-OFF"
    assert "1 coupon: SAVE1" in c.sale.totals.details.text()
    c.scan("SAVE1")
    assert c.sale.message.text() == "Coupon SAVE1 removed"
    assert c.sale.total.text() == eur("5.29") and "coupon" not in c.sale.totals.details.text()
