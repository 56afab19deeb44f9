"""Receiving: a scan answered after a refresh emptied the list of deliveries (issue 14, found by mypy).

Before: the scan's answer asked for the lines of `self.current`, which the refresh had just set
to None, and raised in the GUI thread. Now the late answer still says what was received, and
no lines are asked for a delivery the screen no longer shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services.stock import receiving


def test_a_scan_answered_after_the_list_emptied_is_ignored_without_an_error(counter, monkeypatch):
    counter.login("sam", "5555")  # a supervisor
    counter.key(Qt.Key_F5, counter.sale.scan)
    screen = counter.window.stock
    counter.key(Qt.Key_F2, screen.panel.field)
    rec = screen.receiving
    counter.new_delivery(rec, "DN-1", f"{gtin_for(1)} 3")
    assert rec.current is not None and rec.current.reference == "DN-1"
    delivery_id = rec.current.id

    # The list is read again (the delivery was closed elsewhere meanwhile) and the clerk scans
    # before that answer arrives: the worker answers the refresh first, then the scan.
    monkeypatch.setattr(receiving, "deliveries", lambda uow, status="open", limit=200: [])
    asked_lines: list[str] = []
    delivery = receiving.delivery
    monkeypatch.setattr(receiving, "delivery", lambda uow, did: (asked_lines.append(did), delivery(uow, did))[1])
    rec.refresh()
    rec.scan.setText(gtin_for(1))
    rec.scan_entered()
    counter.idle()

    assert rec.current is None
    assert rec.heading.text() == "No delivery expected: F2 types one in"
    assert rec.message.text().endswith("1 received of 3 expected")
    assert asked_lines == []  # no lines asked for a delivery no longer shown
    con = counter.db()
    try:
        assert con.execute(
            "SELECT received_milli FROM delivery_lines WHERE delivery_id = ?", (delivery_id,)
        ).fetchall() == [(1000,)]
    finally:
        con.close()
