"""PINs: salted scrypt hashes, format, and the five-wrong-PINs lockout rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storedesk.domain.auth import LOCK_FOR, MAX_ATTEMPTS, after_failure, check_pin, hash_pin, valid_pin_format


@pytest.fixture(scope="module")
def hashed():
    return hash_pin("1234")


def test_hash_is_not_the_pin(hashed):
    assert "1234" not in hashed
    scheme, n, r, p, salt, digest = hashed.split("$")
    assert scheme == "scrypt" and int(n) >= 2**14 and salt and digest


def test_hash_is_salted(hashed):
    again = hash_pin("1234")
    assert again != hashed
    assert again.split("$")[4] != hashed.split("$")[4]
    assert check_pin("1234", again) and check_pin("1234", hashed)


@pytest.mark.parametrize("pin, ok", [("1234", True), ("1235", False), ("", False), ("12345", False), ("4321", False)])
def test_check_pin(hashed, pin, ok):
    assert check_pin(pin, hashed) is ok


@pytest.mark.parametrize("stored", ["", "plain", "md5$x$y$z$a$b", "scrypt$notanint$8$1$AAAA$AAAA", "1234"])
def test_check_pin_refuses_malformed_stored_hashes(stored):
    assert check_pin("1234", stored) is False


@pytest.mark.parametrize(
    "pin, ok",
    [
        ("1234", True),
        ("12345678", True),
        ("123", False),
        ("123456789", False),
        ("12a4", False),
        ("", False),
        (" 1234", False),
    ],
)
def test_pin_format(pin, ok):
    assert valid_pin_format(pin) is ok


def test_lockout_after_five_wrong_pins():
    now = datetime(2024, 5, 3, 12, 0, tzinfo=UTC)
    failed, until = 0, None
    for attempt in range(1, MAX_ATTEMPTS):
        failed, until = after_failure(failed, now)
        assert (failed, until) == (attempt, None)
    failed, until = after_failure(failed, now)
    assert MAX_ATTEMPTS == 5
    assert failed == 0  # the counter restarts once locked
    assert until == now + LOCK_FOR == now + timedelta(minutes=5)
