"""Issue 13, items 2 and 8 on the Stock screen (F5), through the real window:
the movements pane follows the highlighted product always (it kept the previous product's
after typing), a list cut at 200 says that more match, and a message about the low / negative
lists goes when F8 hides them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.i18n.formats import fmt_number


def _stock_after_a_sale(counter):
    counter.login()
    counter.scan("50*" + gtin_for(1))  # product 1 goes negative: lowest on-hand, first row
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.key(Qt.Key_F5, counter.sale.scan)
    counter.idle()
    stock = counter.window.stock
    assert counter.window.stack.currentWidget() is stock
    return stock


def _docs(stock) -> set[str]:
    return {stock.moves.item(r, 3).text() for r in range(stock.moves.rowCount())}


def test_the_movements_follow_the_highlighted_product_after_typing(counter):
    stock = _stock_after_a_sale(counter)
    assert stock.products.currentRow() == 0 and stock.rows[0].sku == "SKU0000001"
    assert "PAR01-T1-000001" in _docs(stock)  # product 1's sale

    counter.qtbot.keyClicks(stock.field, "SKU0000007")  # the highlight stays on row 0, another product
    counter.idle()
    assert [r.sku for r in stock.rows] == ["SKU0000007"] and stock.products.currentRow() == 0
    assert "PAR01-T1-000001" not in _docs(stock)  # not the previous product's movements
    assert "SKU0000007" in stock.panel.caption.text()

    stock.field.clear()  # back to the full list: product 1 highlighted again, its movements too
    counter.idle()
    assert stock.rows[0].sku == "SKU0000001" and "PAR01-T1-000001" in _docs(stock)
    assert "SKU0000001" in stock.panel.caption.text()

    counter.qtbot.keyClicks(stock.field, "no such product at all")
    counter.idle()
    assert stock.rows == [] and stock.moves.rowCount() == 0 and "No product matches" in stock.message.text()


def test_a_cut_list_says_more_match(counter):
    stock = _stock_after_a_sale(counter)
    assert len(stock.rows) == 200  # the demo store has 2004 products
    # the count in the demo store's locale (fr_FR: "2 004"), the words in the screens' language
    assert stock.message.text() == f"The 200 lowest of {fmt_number(2004)} products shown: type a name or SKU"
    counter.qtbot.keyClicks(stock.field, "SKU0000007")
    counter.idle()
    assert stock.message.text() == "1 product shown"


def test_f8_back_clears_the_lists_message(counter):
    stock = _stock_after_a_sale(counter)
    counter.key(Qt.Key_F8, stock.field)
    assert stock.panel.showing_lists
    assert "negative. F8 goes back" in stock.message.text()
    counter.key(Qt.Key_F8, stock.field)  # back to the movements: the lists' message goes with them
    assert not stock.panel.showing_lists
    assert "F8 goes back" not in stock.message.text()
