"""Instants are stored as UTC ISO 8601 text (sortable, identical on SQLite and PostgreSQL);
business days are dates in the store's own time zone (DESIGN rule 8)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def utcnow_text() -> str:
    return utc_text(datetime.now(UTC))


def parse_instant(text) -> datetime:
    """An ISO 8601 instant with an explicit offset; a naive time has no place on the wire."""
    if not isinstance(text, str) or len(text) > 40:
        raise ValueError(f"{text!r} is not an ISO 8601 time")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not an ISO 8601 time") from exc
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return moment


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def business_date(moment: datetime, tz: ZoneInfo) -> date:
    """The store's calendar day of an instant: 23:30 UTC is already tomorrow in Paris."""
    return moment.astimezone(tz).date()


def parse_date(text: str) -> date:
    if not isinstance(text, str) or len(text) != 10:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from exc
