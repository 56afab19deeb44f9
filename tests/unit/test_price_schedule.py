"""The due rule of a price with a later valid_from (domain/price_schedule.py): on the store's wall
clock, in its own time zone, daylight saving time included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storedesk.domain.price_schedule import is_due, parse_local, wall_clock

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_midnight_in_paris_is_23_00_utc_in_winter_and_22_00_in_summer():
    assert not is_due("2026-03-01T00:00", utc(2026, 2, 28, 22, 59, 59), PARIS)
    assert is_due("2026-03-01T00:00", utc(2026, 2, 28, 23, 0), PARIS)
    assert not is_due("2026-07-01T00:00", utc(2026, 6, 30, 21, 59, 59), PARIS)
    assert is_due("2026-07-01T00:00", utc(2026, 6, 30, 22, 0), PARIS)


def test_the_same_text_is_due_at_each_stores_own_midnight():
    at = utc(2026, 3, 1, 0, 0)  # 01:00 in Paris, 19:00 the day before in New York
    assert is_due("2026-03-01T00:00", at, PARIS)
    assert not is_due("2026-03-01T00:00", at, NEW_YORK)
    assert is_due("2026-03-01T00:00", utc(2026, 3, 1, 5, 0), NEW_YORK)


def test_a_time_the_clock_skips_is_due_when_the_clock_jumps_past_it():
    # 29 March 2026, Paris: 02:00 CET becomes 03:00 CEST at 01:00 UTC; 02:30 never shows.
    assert not is_due("2026-03-29T02:30", utc(2026, 3, 29, 0, 59, 59), PARIS)
    assert is_due("2026-03-29T02:30", utc(2026, 3, 29, 1, 0), PARIS)


def test_a_time_the_clock_shows_twice_is_due_the_first_time():
    # 25 October 2026, Paris: 03:00 CEST becomes 02:00 CET at 01:00 UTC; 02:30 shows at 00:30 and 01:30 UTC.
    assert not is_due("2026-10-25T02:30", utc(2026, 10, 25, 0, 29), PARIS)
    assert is_due("2026-10-25T02:30", utc(2026, 10, 25, 0, 30), PARIS)


def test_every_minute_across_a_dst_night_switches_exactly_once_in_order():
    """Walk the spring-forward night minute by minute: once due, a time stays due."""
    start = utc(2026, 3, 28, 22, 0)
    seen = [is_due("2026-03-29T00:00", start + timedelta(minutes=m), PARIS) for m in range(6 * 60)]
    first = seen.index(True)
    assert first == 60 and all(seen[first:])  # 23:00 UTC = midnight CET


def test_the_schedule_text_and_a_naive_now_are_refused():
    assert parse_local("2026-03-01T06:00") == datetime(2026, 3, 1, 6, 0)
    for bad in ("2026-03-01", "2026-13-01T00:00", 20260301, None):
        with pytest.raises(ValueError):
            parse_local(bad)
    with pytest.raises(ValueError):
        wall_clock(datetime(2026, 3, 1), PARIS)
