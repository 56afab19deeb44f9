"""The till's keyboard, read from ui/keymap.py without a display: each screen's keys are
distinct, every screen but the counter has Esc to go back, and the counter locks with Ctrl+L."""

from __future__ import annotations

import pytest

from storedesk.ui import keymap

SCREENS = {
    "sale": keymap.SALE,
    "returns": keymap.RETURNS,
    "pickup": keymap.PICKUP,
    "shift": keymap.SHIFT,
    "stock": keymap.STOCK,
    "count": keymap.COUNT,
    "receiving": keymap.RECEIVING,
    "manager": keymap.MANAGER,
    "fiscal": keymap.FISCAL,
}


@pytest.mark.parametrize("screen", SCREENS)
def test_no_key_and_no_action_twice_on_a_screen(screen):
    keys = SCREENS[screen]
    assert len({key for _a, key, _c in keys}) == len(keys)
    assert len({action for action, _k, _c in keys}) == len(keys)
    assert all(caption.strip() for _a, _k, caption in keys)


@pytest.mark.parametrize("screen", [s for s in SCREENS if s != "sale"])
def test_esc_goes_back_from_every_screen_but_the_counter(screen):
    assert ("back", "Esc") in [(a, k) for a, k, _c in SCREENS[screen]]


def test_the_counter_has_no_esc_and_locks_with_ctrl_l():
    keys = {a: k for a, k, _c in keymap.SALE}
    assert "Esc" not in keys.values()
    assert keys["lock"] == "Ctrl+L"
