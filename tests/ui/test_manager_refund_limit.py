"""The Manager screen's role limits (F10) with a role's own refund limit: an amount in the store's
currency typed by the manager, refused in the dialog when it is not one, shown in the limits
table, and empty for the store's refund limit. Driven by keys as a manager would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.ui.test_manager_screen import active, open_manager, press, type_into

from storedesk.ui.manager.dialogs import LimitsDialog


def test_a_clerk_refund_limit_typed_in_f10(counter):
    c = counter
    m = open_manager(c)
    assert m.limit_table.item(0, 5).text() == "The store's limit"  # nothing set: the store's refund_limit
    assert m.limit_table.item(2, 5).text() == "Any amount"  # a manager's limits are fixed
    press(c, m, Qt.Key_F10)
    dlg = active(c, m.dialog)
    assert isinstance(dlg, LimitsDialog) and dlg.refund.text() == ""
    dlg.refund.setFocus()
    type_into(c, dlg.refund, "1.234")
    assert m.dialog is dlg and "refund_limit must be an amount of 0 or more in EUR" in dlg.message.text()
    dlg.refund.selectAll()
    type_into(c, dlg.refund, "20")
    c.qtbot.waitUntil(lambda: "The clerk limits are changed" in m.message.text(), timeout=10000)
    # the amount in the demo store's locale (fr_FR: "20,00")
    assert m.limit_table.item(0, 5).text() == "20,00" and m.limit_table.item(0, 1).text() == "10 %"
    with c.db() as con:
        rows = con.execute("SELECT key, value FROM settings WHERE key LIKE 'limit.%'").fetchall()
    assert rows == [("limit.clerk.refund_limit", "20")]  # only the limit changed was sent
