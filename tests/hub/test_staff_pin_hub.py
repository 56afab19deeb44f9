"""A "staff_pin" event (hub/staff/events.py) at a real hub, on SQLite and PostgreSQL: the PIN a
member chose at first sign-in at one till becomes theirs at the hub and goes to the store's other
tills as a "staff" item; a PIN the hub set meanwhile wins; a bad or foreign event is rejected alone
and changes nothing."""

from __future__ import annotations

import json

import pytest

from storedesk.domain import auth as pins
from storedesk.hub import db
from storedesk.hub.staff import service

from .conftest import paris_and_lyon
from .payloads import AT, event

CHOSEN = pins.hash_pin("480315")


def add_member(admin, store: str, username: str) -> None:
    with db.write_tx(admin.engine, feed=True) as conn:
        service.add(conn, store, username, "Léa Martin", "clerk", pins.hash_pin("135790"), AT)


def reset(admin, store: str, username: str) -> str:
    pin_hash = pins.hash_pin("246813")
    with db.write_tx(admin.engine, feed=True) as conn:
        service.reset_pin(conn, store, username, pin_hash, AT)
    return pin_hash


def staff_pin(**changes) -> dict:
    good = {"store": "PAR01", "station": "T1", "username": "lea", "pin_hash": CHOSEN, "pin_rev": 1, "at": AT}
    return {**good, **changes}


def state(admin) -> tuple[list, list]:
    """The staff rows and the staff feed items (store, origin, data)."""
    return (
        admin.rows("SELECT store, username, pin_hash, pin_change_required, rev, pin_rev FROM staff ORDER BY store"),
        admin.rows("SELECT store, origin_station, data FROM feed_items WHERE kind = 'staff' ORDER BY seq"),
    )


@pytest.fixture
def tills(admin, client):
    """PAR01's tills T1 and T2 (lea is PAR01's) and a Lyon station (remy is LYO01's)."""
    t1, t2, lyon = paris_and_lyon(admin, client)
    add_member(admin, "PAR01", "lea")
    add_member(admin, "LYO01", "remy")
    return t1, t2, lyon


def staff_items(till) -> list[dict]:
    return [i["data"] for i in till.feed()["items"] if i["kind"] == "staff"]


def test_the_chosen_pin_becomes_the_members_and_goes_to_the_stores_other_tills(admin, tills):
    t1, t2, lyon = tills
    ev = event("staff_pin", staff_pin())
    assert t1.send(ev) == [{"id": ev["id"], "status": "accepted", "reason": ""}]
    (lea,) = admin.rows("SELECT pin_hash, pin_change_required, rev, pin_rev FROM staff WHERE username = 'lea'")
    assert (lea[0], bool(lea[1]), lea[2], lea[3]) == (CHOSEN, False, 2, 2)
    got = staff_items(t2)[-1]
    assert (got["username"], got["pin_hash"], got["pin_change_required"], got["rev"], got["pin_rev"]) == (
        "lea",
        CHOSEN,
        False,
        2,
        2,
    )
    assert [i["rev"] for i in staff_items(t1)] == [1]  # the sender has it already
    assert [i["username"] for i in staff_items(lyon)] == ["remy"]
    before = state(admin)
    assert t1.send(ev)[0]["status"] == "duplicate"
    assert state(admin) == before


def test_a_pin_the_hub_set_meanwhile_wins_and_the_event_is_accepted(admin, tills):
    t1, t2, _ = tills
    reset_hash = reset(admin, "PAR01", "lea")  # pin_rev 2, while T1 chose over pin_rev 1
    before = state(admin)
    assert t1.send(event("staff_pin", staff_pin()))[0]["status"] == "accepted"
    assert state(admin) == before
    assert staff_items(t2)[-1]["pin_hash"] == reset_hash


BAD = [
    ({"username": "remy"}, "staff_pin.username 'remy' is not a member of store PAR01's staff"),
    ({"username": "Zoé!"}, "staff_pin.username must be a username"),
    ({"pin_rev": 3}, "staff_pin.pin_rev 3: the hub never set that PIN"),
    ({"pin_rev": 0}, "staff_pin.pin_rev must be a whole number from 1"),
    ({"pin_rev": True}, "staff_pin.pin_rev must be a whole number from 1"),
    ({"pin_hash": "480315"}, "staff_pin.pin_hash must be a PIN hash (scrypt), never a PIN"),
    ({"pin_hash": None}, "staff_pin.pin_hash must be a PIN hash"),
    ({"at": "yesterday"}, "staff_pin.at:"),
    ({"store": "LYO01", "username": "remy"}, "payload names LYO01/T1, the token is PAR01/T1"),
    ({"station": "T2"}, "payload names PAR01/T2, the token is PAR01/T1"),
    ({"pin_rev": None, "at": None}, "staff_pin: missing pin_rev, at"),  # None here: left out
]


def bad_payload(changes: dict) -> dict:
    payload = staff_pin(**changes)
    return {k: v for k, v in payload.items() if v is not None or k == "pin_hash"}


def test_a_bad_or_foreign_staff_pin_is_rejected_alone_and_changes_nothing(admin, tills):
    """One batch: each bad event rejected with its reason, the good one after them applied."""
    t1 = tills[0]
    before = state(admin)
    good = event("staff_pin", staff_pin(pin_hash=pins.hash_pin("975310")))
    results = t1.send(*(event("staff_pin", bad_payload(changes)) for changes, _ in BAD), good)
    for (changes, says), res in zip(BAD, results[:-1], strict=True):
        assert res["status"] == "rejected" and says in res["reason"], (changes, res)
    assert results[-1]["status"] == "accepted"
    after = state(admin)
    assert after[0][0] == before[0][0]  # LYO01's remy untouched
    assert len(after[1]) == len(before[1]) + 1  # the good one's item only
    assert json.loads(after[1][-1][2])["username"] == "lea"
