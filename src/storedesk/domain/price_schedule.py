"""When a price with a later `valid_from` comes into force: at a date and time on the store's
own wall clock (DESIGN rule 8), the same at every station of the store, whether it is online or not.

A scheduled price is written as the store's local date-time to the minute, "2026-03-01T00:00"
(LOCAL_FORMAT): the hub sends that text unchanged to every store, and each station reads it in its
own store's time zone, so "from 1 March" means midnight in Paris at the Paris stores and midnight
in New York at the New York ones.

The rule: a price is due once the store's wall clock has shown its time. It is compared on the wall
clock, not as an instant, so that daylight saving time does what a shopkeeper expects:
- a time the clock skips (02:30 on the spring-forward night) is due when the clock jumps past it
  (03:00 local);
- a time the clock shows twice (02:30 on the fall-back night) is due the first time; once applied,
  a price stays applied (the station notes when), so the repeated hour changes nothing.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


def local_text(moment: datetime) -> str:
    """A naive local date-time as a schedule's text, to the minute: "2026-03-01T06:00"."""
    return moment.strftime(LOCAL_FORMAT)


def parse_local(text: object) -> datetime:
    """A schedule's text back to a naive local date-time; ValueError for anything else."""
    if not isinstance(text, str) or len(text) != 16:
        raise ValueError(f"{text!r} is not a local date and time (YYYY-MM-DDTHH:MM)")
    try:
        return datetime.strptime(text, LOCAL_FORMAT)
    except ValueError:
        raise ValueError(f"{text!r} is not a local date and time (YYYY-MM-DDTHH:MM)") from None


def wall_clock(now: datetime, tz: tzinfo) -> str:
    """What the store's clock shows at the instant `now` (aware), to the minute, as a schedule's text."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware instant (UTC)")
    return local_text(now.astimezone(tz))


def is_due(valid_from: str, now: datetime, tz: tzinfo) -> bool:
    """Whether a price valid from `valid_from` (the store's local time) holds at the instant `now`."""
    return wall_clock(now, tz) >= valid_from
