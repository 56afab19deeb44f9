"""The "where else" dialog marks warehouses (issue 17): a clerk sees which lines are stores (send
the customer there, ask for a transfer) and which are warehouses (delivery only), in English and
in French. Qt only: the hub's answer is services/stock/where.py's (tested with a real hub in
tests/hub/test_warehouse_leftovers.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from storedesk.services.stock.where import StoreStock
from storedesk.ui.stock_dialogs import WhereElseDialog
from storedesk.ui.translation import install_language

PAR = StoreStock("PAR01", "Paris", D(1), this_store=True)
LYO = StoreStock("LYO01", "Lyon", D(2), this_store=False)
DC = StoreStock("WH1", "North DC", D(40), this_store=False, warehouse=True)


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    install_language("en")


def shown(qtbot, stores) -> tuple[list[str], str, str]:
    dlg = WhereElseDialog("Where else?")
    qtbot.addWidget(dlg)
    dlg.show_stores(stores)
    first = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
    return first, dlg.message.text(), dlg.caption.text()


def test_warehouses_are_marked_and_said_apart_from_stores(qtbot):
    rows, message, caption = shown(qtbot, [PAR, LYO, DC])
    assert rows == ["PAR01  (this store)", "LYO01", "WH1  (warehouse)"]
    assert message == "In stock in 1 other store: most at LYO01"  # the warehouse is not a store
    assert caption == "Also in 1 warehouse: delivery only"
    _, message, caption = shown(qtbot, [PAR, DC])
    assert message == "No other store has it in stock; 1 warehouse can deliver it" and caption == ""
    _, message, _ = shown(qtbot, [PAR, StoreStock("WH1", "North DC", D(0), False, warehouse=True)])
    assert message == "No other store has it in stock"


def test_in_french(qtbot):
    install_language("fr")
    rows, message, caption = shown(qtbot, [PAR, LYO, DC, StoreStock("WH2", "Sud", D(3), False, warehouse=True)])
    assert rows[2:] == ["WH1  (entrepôt)", "WH2  (entrepôt)"]
    assert caption == "Aussi dans 2 entrepôts : livraison uniquement"
    _, message, _ = shown(qtbot, [PAR, DC])
    assert message == "Aucun autre magasin ne l'a en stock ; 1 entrepôt peut le livrer"
