"""The lock says who may sign in, and a sale stays its clerk's (issue 13, Lock).

Before: the lock screen said "Ana can sign in again", yet Max signed in and went on with Ana's
open basket under his name. Now Ana's open sale is parked under her name when anyone else
signs in, unless a manager takes it over, which is recorded with both users and journaled.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from tests.helpers.money import eur

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.errors import PermissionDenied
from storedesk.services import basket_owner, journal
from storedesk.ui.login_screen import TakeOverDialog

ANA, SAM, MAX = 1, 2, 3


def _rows(counter, sql: str, *params):
    con = counter.db()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _ana_leaves_a_sale(counter) -> None:
    counter.login("ana", "1234")
    counter.scan(gtin_for(1))
    counter.scan(gtin_for(1))  # 2 × €2.49
    counter.window.lock()


def _takeover(counter) -> TakeOverDialog:
    counter.qtbot.waitUntil(lambda: counter.window.takeover is not None, timeout=5000)
    return counter.window.takeover


def test_the_lock_screen_says_who_may_sign_in_and_what_becomes_of_the_sale(counter):
    _ana_leaves_a_sale(counter)
    login = counter.window.login
    assert counter.window.stack.currentWidget() is login
    assert login.message.text() == "Locked by Ana."
    assert login.lock_note.text() == (
        f"Ana's sale is still open: 2 items, {eur('4.98')}. Ana can sign in to go on with it, or a manager to take it "
        "over. Anyone else who signs in starts a new sale, and Ana's sale is parked for Ana: F9 recalls it."
    )
    assert not login.lock_note.isHidden()
    assert "can sign in again" not in login.message.text()


def test_an_empty_basket_is_nobodys_sale(counter):
    counter.login("ana", "1234")
    counter.window.lock()
    assert counter.window.login.lock_note.text() == "Ana locked this till with no sale open. Any user can sign in."
    counter.login("sam", "5555")
    assert counter.window.user.username == "sam" and counter.sale.view.basket.is_empty
    assert _rows(counter, "SELECT user_id FROM baskets WHERE status = 'open'") == [(SAM,)]
    assert _rows(counter, "SELECT count(*) FROM baskets WHERE status = 'parked'") == [(0,)]


def test_another_user_signing_in_parks_anas_sale_under_her_name(counter):
    _ana_leaves_a_sale(counter)
    counter.login("sam", "5555")  # a supervisor: not asked, never takes it over
    assert counter.window.takeover is None
    assert counter.window.user.username == "sam"
    assert counter.sale.view.basket.is_empty  # Sam starts a new sale
    assert _rows(counter, "SELECT user_id, label FROM baskets WHERE status = 'parked'") == [
        (ANA, _rows(counter, "SELECT label FROM baskets WHERE status = 'parked'")[0][0])
    ]
    label = _rows(counter, "SELECT label FROM baskets WHERE status = 'parked'")[0][0]
    assert label.startswith("Ana ") and label.endswith(" 4.98")
    assert _rows(counter, "SELECT user_id FROM baskets WHERE status = 'open'") == [(SAM,)]
    assert counter.sale.message.text() == f"Ana's sale (2 items, {eur('4.98')}) was parked for Ana: F9 recalls it."
    assert counter.window.login.lock_note.isHidden()
    assert _rows(counter, "SELECT count(*) FROM overrides") == [(0,)]

    counter.scan(gtin_for(2))  # Sam's own sale goes on as his
    counter.window.lock()
    counter.login("ana", "1234")  # Ana is back: Sam's sale is parked for Sam, hers waits under F9
    assert counter.sale.view.basket.is_empty
    assert counter.sale.message.text() == (
        f"Sam's sale (1 item, {eur('5.29')}) was parked for Sam. F9 lists it with your 1 parked sale."
    )
    assert sorted(_rows(counter, "SELECT user_id FROM baskets WHERE status = 'parked'")) == [(ANA,), (SAM,)]


def test_ana_back_after_another_user_finds_her_sale_under_f9(counter):
    _ana_leaves_a_sale(counter)
    counter.login("sam", "5555")
    counter.window.lock()  # Sam rang nothing up
    counter.login("ana", "1234")
    assert counter.sale.message.text() == "You have 1 parked sale: F9 recalls it."
    counter.key(Qt.Key_F9, counter.sale.scan)
    counter.qtbot.keyClick(counter.sale.dialog, Qt.Key_Return)  # recall the one listed
    counter.idle()
    assert [ln.quantity for ln in counter.sale.view.basket.active_lines] == [2]
    assert _rows(counter, "SELECT user_id FROM baskets WHERE status = 'open'") == [(ANA,)]


def test_a_manager_may_take_the_sale_over_and_it_is_journaled_with_both_users(counter):
    _ana_leaves_a_sale(counter)
    journal_before = _rows(counter, "SELECT count(*) FROM journal")[0][0]
    counter.login("max", "9876")
    dlg = _takeover(counter)
    assert dlg.isVisible() and dlg.windowTitle() == "Ana's sale is open"
    assert counter.window.user is None  # nobody sells until the manager chose
    counter.qtbot.keyClick(dlg, Qt.Key_T)
    counter.idle()
    assert counter.window.user.username == "max"
    assert [ln.sku for ln in counter.sale.view.basket.active_lines] == ["SKU0000001"]
    assert counter.sale.message.text() == "You took over Ana's sale; the takeover is recorded with both names."
    basket_id = counter.sale.view.basket_id
    assert _rows(counter, "SELECT user_id FROM baskets WHERE id = ?", basket_id) == [(MAX,)]
    assert _rows(counter, "SELECT action, user_id, approver_id, doc_ref FROM overrides") == [
        ("basket_takeover", ANA, MAX, basket_id)
    ]
    ((kind, ref, payload),) = _rows(counter, "SELECT kind, doc_ref, payload FROM journal WHERE seq > ?", journal_before)
    entry = json.loads(payload)
    assert (kind, ref) == ("basket_takeover", basket_id)
    assert (entry["from_user"], entry["to_user"], entry["total_minor"], entry["lines"]) == ("ana", "max", 498, 1)
    assert journal.verify(counter.window.ops._uow).ok

    counter.key(Qt.Key_F12, counter.sale.scan)  # exact cash: the sale is Max's
    counter.idle()
    assert _rows(counter, "SELECT user_id, total_minor FROM sales") == [(MAX, 498)]


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Escape, Qt.Key_P], ids=["Enter", "Esc", "P"])
def test_a_manager_who_does_not_take_it_over_parks_it_for_ana(counter, key):
    _ana_leaves_a_sale(counter)
    counter.login("max", "9876")
    dlg = _takeover(counter)
    counter.qtbot.keyClick(dlg, key)  # Enter and Esc park it: taking over is never the default
    counter.idle()
    assert counter.window.user.username == "max" and counter.sale.view.basket.is_empty
    assert _rows(counter, "SELECT user_id FROM baskets WHERE status = 'parked'") == [(ANA,)]
    assert _rows(counter, "SELECT count(*) FROM overrides") == [(0,)]
    assert counter.sale.message.text() == f"Ana's sale (2 items, {eur('4.98')}) was parked for Ana: F9 recalls it."


def test_ana_signing_in_again_goes_on_with_her_sale(counter):
    _ana_leaves_a_sale(counter)
    counter.login("ana", "1234")
    assert counter.window.takeover is None
    assert [ln.quantity for ln in counter.sale.view.basket.active_lines] == [2]
    assert _rows(counter, "SELECT count(*) FROM baskets WHERE status = 'parked'") == [(0,)]


def test_only_a_manager_may_take_a_sale_over_in_the_service(station):
    from storedesk.services import basket as basket_svc

    ana, sam = station.user("ana"), station.user("sam")
    view = basket_svc.current(station.uow, ana)
    basket_svc.add_scan(station.uow, ana, view.basket_id, gtin_for(1))
    found = basket_owner.on_sign_in(station.uow, station.user("max"))
    assert found.outcome == basket_owner.ASK and found.sale.owner.username == "ana"
    with pytest.raises(PermissionDenied):
        basket_owner.take_over(station.uow, sam, found.sale)
    assert station.count("overrides") == 0


def test_lock_screen_and_takeover_shots(counter):
    """Screenshots of the lock screen and the takeover dialog at both till sizes (looked at)."""
    folder = Path(os.environ.get("STOREDESK_SHOTS") or counter.data_dir / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    _ana_leaves_a_sale(counter)
    for w, h in ((1024, 768), (1280, 800)):
        counter.window.resize(w, h)
        counter.qtbot.wait(50)
        note = counter.window.login.lock_note
        assert note.height() >= note.heightForWidth(note.width())  # the whole note shows
        assert counter.window.grab().save(str(folder / f"lock_{w}x{h}.png"))
    counter.login("max", "9876")
    dlg = _takeover(counter)
    counter.qtbot.wait(50)
    for label in dlg.findChildren(QLabel):  # every sentence shows whole
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert dlg.grab().save(str(folder / "takeover_dialog.png"))
    dlg.reject()  # Esc: parked for Ana; the counter says so
    counter.idle()
    message = counter.sale.message
    assert message.text().startswith(f"Ana's sale (2 items, {eur('4.98')}) was parked for Ana")
    for w, h in ((1024, 768), (1280, 800)):
        counter.window.resize(w, h)
        counter.qtbot.wait(50)
        assert message.height() >= message.heightForWidth(message.width())  # the whole sentence shows
        assert counter.window.grab().save(str(folder / f"counter_after_sign_in_{w}x{h}.png"))
