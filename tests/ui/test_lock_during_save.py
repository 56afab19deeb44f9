"""The till locked while a sale is still being saved (issue 14, found by mypy).

Before: the sale was saved, then the screen asked for the next basket with no user signed in;
with no open basket that failed on the worker, and the next clerk found "Unexpected error ...
Nothing was saved; tell the manager." on the counter, though the sale was stored (and the
screen still thought a sale was saving, so her scans were held back). Now nobody's basket is
opened while the till is locked: the next sign-in opens it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services import sale as sale_svc


def test_locking_while_the_sale_saves_shows_no_error_and_keeps_the_sale(counter, monkeypatch):
    saving, go_on = threading.Event(), threading.Event()
    complete_sale = sale_svc.complete_sale

    def slow_complete_sale(*args, **kwargs):
        saving.set()
        assert go_on.wait(10), "the test never let the sale finish"
        return complete_sale(*args, **kwargs)

    monkeypatch.setattr(sale_svc, "complete_sale", slow_complete_sale)
    errors: list[str] = []
    for line in (counter.sale.message, counter.window.login.message):
        show_error = line.show_error
        monkeypatch.setattr(line, "show_error", lambda text, show=show_error: (errors.append(text), show(text)))

    counter.login("ana", "1234")
    counter.scan(gtin_for(1))  # €2.49
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_F12)  # exact cash: the sale starts saving
    assert saving.wait(10)
    counter.window.lock()  # Ctrl+L while the worker is still saving it
    assert counter.window.user is None and counter.sale.user is None
    go_on.set()
    counter.idle()

    assert errors == []
    con = counter.db()
    try:
        assert con.execute("SELECT receipt_no, total_minor, user_id FROM sales").fetchall() == [
            ("PAR01-T1-000001", 249, 1)
        ]
        assert con.execute("SELECT count(*) FROM baskets WHERE status = 'open'").fetchone() == (0,)
    finally:
        con.close()
    assert not counter.sale.completing

    counter.login("sam", "5555")  # the next clerk: a new basket, no error, the scans go in
    assert counter.window.user.username == "sam"
    assert counter.sale.view is not None and counter.sale.view.basket.is_empty
    assert "Unexpected error" not in counter.sale.message.text()
    counter.scan(gtin_for(2))
    assert [ln.sku for ln in counter.sale.view.basket.active_lines] == ["SKU0000002"]
    assert errors == []
