"""Issue 13: `2.5*3760000000017` put 2.5 of a piece item in the basket. Through the real window,
offscreen: the counter refuses it with the product's unit in words, beeps, and nothing changes;
weighed bananas still take grams.

Set STOREDESK_SHOTS=DIR to keep screenshots of the refusal (1024 x 768 and 1280 x 800).
"""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path

from PySide6.QtCore import Qt
from tests.helpers.money import eur

from storedesk.adapters.demo_catalog import gtin_for

APPLES = "3760000000017"
SAYS = "Family Apples 2 kg is sold by the piece: type a whole number"
BANANAS = gtin_for(2001)  # "Bananas (weighed)", sold in kg


def basket_rows(counter) -> list[tuple[str, D]]:
    return [(r[1], r[2]) for r in counter.sale.model.rows]


def shots(counter, name: str) -> None:
    folder = os.environ.get("STOREDESK_SHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1280, 800)):
        counter.window.resize(width, height)
        counter.qtbot.wait(100)
        counter.window.grab().save(str(Path(folder) / f"{name}_{width}.png"))


def test_the_counter_refuses_half_a_piece_and_says_why(counter, beeps):
    counter.login()
    counter.scan("2.5*" + APPLES)
    message = counter.sale.message
    assert message.kind == "error" and message.text() == SAYS
    assert len(beeps) == 1
    assert basket_rows(counter) == []
    shots(counter, "counter_piece_refused")

    counter.qtbot.keyClicks(counter.sale.scan, "2.5")  # "2.5" then F4: the next scan counts 2.5
    counter.key(Qt.Key_F4, counter.sale.scan)
    counter.scan(APPLES)
    assert message.kind == "error" and message.text() == SAYS
    assert basket_rows(counter) == []

    counter.scan("2*" + APPLES)
    counter.scan("0.755*" + BANANAS)
    assert basket_rows(counter) == [("Family Apples 2 kg", D(2)), ("Bananas (weighed)", D("0.755"))]
    assert counter.sale.total.text() == eur("6.86")  # 2 x 2.49 + 0.755 x 2.49 = 4.98 + 1.88
    counter.scan("0.7555*" + BANANAS)
    assert message.kind == "error" and "3 decimals" in message.text()
    assert len(basket_rows(counter)) == 2

    con = counter.db()
    try:
        assert con.execute("SELECT count(*) FROM stock_movements WHERE reason = 'sale'").fetchone() == (0,)
    finally:
        con.close()


def test_the_f4_quantity_of_a_piece_line_is_refused_and_the_line_keeps_its_quantity(counter, beeps):
    counter.login()
    counter.scan(APPLES)
    counter.key(Qt.Key_F4, counter.sale.scan)
    dlg = counter.sale.dialog
    assert dlg is not None
    counter.qtbot.keyClicks(dlg.field, "1.5")
    counter.qtbot.keyClick(dlg.field, Qt.Key_Return)
    counter.idle()
    counter.qtbot.waitUntil(lambda: counter.sale.message.kind == "error", timeout=5000)
    assert SAYS in counter.sale.message.text()
    assert basket_rows(counter) == [("Family Apples 2 kg", D(1))]
    shots(counter, "counter_f4_piece_refused")
