"""A one-time PIN (`storedesk user pin-reset --at-sign-in`, or the Manager screen's F3 with F2
ticked) is replaced by the person at their next sign-in: services/staff.sign_in says so, and
change_own_pin takes their own PIN, typed twice, never the one they were given."""

from __future__ import annotations

import pytest
from tests.integration.test_staff_cli import MAX, journal, user_cmd

from storedesk.domain.staff import StaffError
from storedesk.services import staff


def test_pin_reset_at_sign_in_then_the_person_chooses_their_own(station, capsys, monkeypatch):
    code, out, err = user_cmd(
        capsys, monkeypatch, station, "pin-reset", "ana", "--at-sign-in", pins=(MAX, "2468", "2468")
    )
    assert code == 0, err
    assert "They choose their own PIN when they next sign in at the till." in out
    signed = staff.sign_in(station.uow, "ana", "2468")
    assert signed.change_pin and signed.user.username == "ana"

    for pin, again, words in (
        ("2468", "2468", "other than the one you were given"),
        ("1111", "1111", "too easy to guess"),
        ("1357", "1358", "The two PINs differ"),
    ):
        with pytest.raises(StaffError, match=words):
            staff.change_own_pin(station.uow, signed.user, pin, again)
    assert staff.sign_in(station.uow, "ana", "2468").change_pin  # nothing changed

    staff.change_own_pin(station.uow, signed.user, "1357", "1357")
    assert not staff.sign_in(station.uow, "ana", "1357").change_pin
    kinds = [(kind, entry["by"], entry.get("change_at_sign_in")) for kind, _ref, entry in journal(station)]
    assert kinds == [("user_pin_reset", "max", True), ("user_pin_change", "ana", None)]
    with pytest.raises(StaffError, match="Your PIN is your own already"):  # once only: then a manager resets it
        staff.change_own_pin(station.uow, signed.user, "8642", "8642")


def test_a_plain_pin_reset_asks_nothing_at_sign_in(station, capsys, monkeypatch):
    code, out, err = user_cmd(capsys, monkeypatch, station, "pin-reset", "ana", pins=(MAX, "2468", "2468"))
    assert code == 0, err
    assert "next sign in" not in out
    assert not staff.sign_in(station.uow, "ana", "2468").change_pin
