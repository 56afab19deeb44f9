"""The endless aisle at the counter, through the real window in German (offscreen) and a real hub
process on 127.0.0.1 (the module hub of tests/integration/test_endless_aisle.py: PAR02 holds 5 of
products 1 and 2). Ctrl+O with a code typed opens the order dialog, which asks the hub where the
product is; the clerk chooses to collect it at PAR02, types who it is for, and adds it: the line
says "Abholung PAR02: …" on the counter. The dialog and the counter fit 1024 x 768 in German
(screenshots kept in STOREDESK_SHOTS). Offline the dialog says the item cannot be ordered now and
its Add key stays off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from tests.conftest import copy_station_files
from tests.helpers.shots import shoot
from tests.integration.test_endless_aisle import hub, no_hub  # noqa: F401  (hub: a fixture)
from tests.ui.conftest import Counter
from tests.ui.test_fit_and_touch import readable_everywhere

from storedesk.adapters.db import open_database
from storedesk.adapters.demo_catalog import gtin_for
from storedesk.adapters.uow import UnitOfWork
from storedesk.i18n import use_store_language, use_store_locale
from storedesk.services import sync
from storedesk.ui.sale.aisle_dialog import AisleDialog
from storedesk.ui.translation import install_language


@pytest.fixture
def german_counter(qtbot, hub, demo_templates, tmp_path):  # noqa: F811
    """PAR01/T1 registered at the hub, its window in German."""
    data_dir = tmp_path / "t1"
    copy_station_files(demo_templates("PAR01", "T1"), data_dir)
    db = open_database(data_dir)
    uow = UnitOfWork(db)
    sync.register(uow, hub.url, hub.tokens["T1"])
    uow.close()
    db.dispose()
    c = Counter(qtbot, data_dir, language="de")
    yield c
    c.close()
    install_language("en")
    use_store_locale("en_IE")
    use_store_language("en")


def open_order(c: Counter, code: str) -> AisleDialog:
    c.qtbot.keyClicks(c.sale.scan, code)
    c.qtbot.keyClick(c.sale.scan, Qt.Key_O, Qt.ControlModifier)
    dlg = c.sale.dialog
    assert isinstance(dlg, AisleDialog)
    c.idle()
    return dlg


def fits(c: Counter, dlg: AisleDialog, name: str) -> None:
    c.window.resize(1024, 768)
    c.idle()
    c.qtbot.wait(30)
    assert c.window.size() == QSize(1024, 768)
    hint = dlg.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    dlg.resize(max(hint.width(), dlg.minimumWidth()), hint.height())
    c.qtbot.wait(30)
    assert not readable_everywhere(dlg), readable_everywhere(dlg)
    shoot(dlg, name)


def test_ctrl_o_orders_a_product_to_collect_at_another_store_in_german(german_counter):
    c = german_counter
    c.login()
    c.scan(gtin_for(3))
    dlg = open_order(c, "SKU0000002")
    assert dlg.windowTitle() == "Für Kunden bestellen"
    c.qtbot.waitUntil(lambda: dlg.offer is not None, timeout=10000)
    assert dlg.message.kind == "info"  # the instruction is a note, not a "done"
    assert dlg.message.text().startswith("Lieferart wählen"), dlg.message.text()
    places = [dlg.places.item(i).text() for i in range(dlg.places.count())]
    assert any(p.startswith("PAR02 Demo Rivoli: 5") for p in places), places
    assert not dlg.here.isEnabled()  # nothing to promise at PAR01 itself
    dlg.elsewhere.setChecked(True)
    assert dlg.store.currentData() == "PAR02" and not dlg.address["line1"].isEnabled()
    dlg.quantity.setText("2")
    dlg.customer["name"].setText("Zoé Martin")
    c.qtbot.keyClicks(dlg.customer["phone"], "+33 6 98 76 54 32")
    fits(c, dlg, "aisle-dialog-de")

    dlg.add.click()
    c.idle()
    c.qtbot.waitUntil(lambda: c.sale.dialog is None, timeout=10000)
    names = [r[1] for r in c.sale.model.rows]
    assert len(names) == 2
    assert c.sale.model.item(1, 0).text() == f"Abholung PAR02: {names[1]}"
    assert c.sale.model.item(1, 1).text() == "2"
    assert "Bestellte Position hinzugefügt" in c.sale.message.text()
    view = c.sale.view
    assert view is not None and view.basket.lines[1].order is not None
    assert view.basket.lines[1].order.pickup_store == "PAR02"
    shoot(c.window, "aisle-counter-de")
    assert not readable_everywhere(c.sale), readable_everywhere(c.sale)

    # F12: the hub makes the order first, then the sale is saved with its number (checkout.py)
    c.key(Qt.Key_F12, c.sale.scan)
    c.qtbot.waitUntil(lambda: c.sale.last_receipt is not None, timeout=15000)
    con = c.db()
    rows = con.execute("SELECT line_no, fulfilment, pickup_store, number FROM sale_line_orders").fetchall()
    moved = con.execute("SELECT product_id FROM stock_movements WHERE reason = 'sale'").fetchall()
    con.close()
    assert [(r[0], r[1], r[2]) for r in rows] == [(2, "pickup", "PAR02")] and rows[0][3].startswith("W")
    assert moved == [(3,)]  # the ordered brioche leaves PAR02's shelf, not this one


def test_offline_the_dialog_says_it_cannot_be_ordered_and_adds_nothing(german_counter, monkeypatch):
    c = german_counter
    no_hub(monkeypatch)
    c.login()
    dlg = open_order(c, "SKU0000001")
    c.qtbot.waitUntil(lambda: dlg.message.kind == "error", timeout=10000)
    assert "kann jetzt nicht bestellt werden" in dlg.message.text()
    assert not dlg.add.isEnabled() and dlg.offer is None
    fits(c, dlg, "aisle-dialog-offline-de")
    c.qtbot.keyClick(dlg, Qt.Key_Escape)
    c.idle()
    assert c.sale.dialog is None and c.sale.model.rows == []
