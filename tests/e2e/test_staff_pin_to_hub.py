"""The PIN a member the hub manages chooses at first sign-in at one till reaches the store's other
tills through a real hub over HTTP ("staff_pin", hub/staff/events.py): the one-time PIN stops
working everywhere. When the hub reset the PIN meanwhile, the later PIN version wins: the reset."""

from __future__ import annotations

import json

import pytest
from tests.helpers.stations import query, synced

from storedesk.domain.errors import AuthError
from storedesk.services import auth, staff

from .conftest import hub_cli

CHOSEN = "480315"


def hub_staff(hub, *args: str) -> str:
    return hub_cli(hub.db_url, "staff", *args, "--store", "PAR01")


def one_time_pin(hub, command: str, *args: str) -> str:
    return hub_staff(hub, command, "lea", *args).splitlines()[-1]


def choose_at(st, one_time: str) -> None:
    """Lea signs in with the one-time PIN and chooses CHOSEN, as the login screen asks her to."""
    signed = staff.sign_in(st.uow, "lea", one_time)
    assert signed.change_pin
    staff.change_own_pin(st.uow, signed.user, CHOSEN, CHOSEN)


def hub_member(hub) -> dict:
    (lea,) = json.loads(hub_staff(hub, "list", "--format", "json"))
    return lea


def test_a_pin_chosen_at_one_till_works_at_the_other_and_the_one_time_pin_nowhere(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    first = one_time_pin(hub, "add", "--name", "Léa Martin", "--role", "clerk")
    for st in (t1, t2):
        synced(st)
    choose_at(t1, first)
    ((payload,),) = query(t1, "SELECT payload FROM outbox WHERE kind = 'staff_pin'")
    sent = json.loads(payload)
    assert (sent["username"], sent["pin_rev"], sent["station"]) == ("lea", 1, "T1")
    assert CHOSEN not in payload and sent["pin_hash"].startswith("scrypt$")  # the hash only, never the PIN

    report = synced(t1)
    assert (report.sent, report.rejected) == (1, 0), report
    assert hub_member(hub)["pin_change_required"] is False
    assert auth.login(t2.uow, "lea", first).username == "lea"  # T2 has not synced yet
    synced(t2)
    signed = staff.sign_in(t2.uow, "lea", CHOSEN)
    assert (signed.user.username, signed.change_pin) == ("lea", False)
    for st in (t1, t2):
        with pytest.raises(AuthError):
            auth.login(st.uow, "lea", first)
    assert synced(t1).received == 0  # the hub does not send T1 its own PIN back
    assert auth.login(t1.uow, "lea", CHOSEN).username == "lea"


def test_a_pin_reset_at_the_hub_meanwhile_wins_over_the_chosen_one(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    first = one_time_pin(hub, "add", "--name", "Léa Martin", "--role", "clerk")
    for st in (t1, t2):
        synced(st)
    choose_at(t1, first)  # T1 is offline: the chosen PIN waits in its outbox
    second = one_time_pin(hub, "pin-reset")  # she forgot it; the office resets it at the hub

    report = synced(t1)
    assert (report.sent, report.rejected) == (1, 0), report  # accepted: the till did nothing wrong
    lea = hub_member(hub)
    assert lea["pin_change_required"] is True  # the reset stands at the hub
    synced(t2)
    for st in (t1, t2):
        with pytest.raises(AuthError):
            auth.login(st.uow, "lea", CHOSEN)
        assert staff.sign_in(st.uow, "lea", second).change_pin  # she chooses again, at either till
