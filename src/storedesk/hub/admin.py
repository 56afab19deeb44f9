"""Store registration (the CLI's add-store): checked codes, ISO 4217 currency, IANA time zone."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.engine import Connection

from .auth import NEW_CODE_RE, NEW_CODE_RULE
from .models import stores
from .times import utcnow_text, zone
from .values import decimal_text, parse_decimal


class AdminError(ValueError):
    """A command was given something it cannot use; the message says what."""


def degrees(text: str | None, limit: int, what: str) -> str | None:
    """A latitude (`limit` 90) or longitude (180) as exact decimal text, or AdminError naming
    `what`; None stays None (not given)."""
    if text is None:
        return None
    try:
        value = parse_decimal(text)
    except ValueError:
        raise AdminError(f"{what} {text!r} is not a decimal number of degrees") from None
    if not -limit <= value <= limit:
        raise AdminError(f"{what} {text!r} is outside -{limit}..{limit}")
    return decimal_text(value)


def _currency(code: str) -> str:
    if not re.fullmatch(r"[A-Z]{3}", code or ""):
        raise AdminError(f"currency {code!r}: use an ISO 4217 code such as EUR")
    try:
        from babel.numbers import list_currencies
    except ImportError:  # pragma: no cover - babel is a dependency
        return code
    if code not in list_currencies():
        raise AdminError(f"currency {code!r} is not an ISO 4217 code")
    return code


def add_store(
    conn: Connection, code: str, name: str, currency: str, timezone: str, lat: str | None = None, lon: str | None = None
) -> dict:
    if not NEW_CODE_RE.match(code or ""):
        raise AdminError(f"store code {code!r}: {NEW_CODE_RULE}")
    if not name or not name.strip() or len(name) > 200:
        raise AdminError("give the store a name (at most 200 characters)")
    try:
        zone(timezone)
    except ValueError as exc:
        raise AdminError(f"{exc} (use an IANA name such as Europe/Paris)") from None
    if (lat is None) != (lon is None):
        raise AdminError("give both --lat and --lon, or neither")
    row = {
        "code": code,
        "name": name.strip(),
        "currency": _currency(currency),
        "timezone": timezone,
        "lat": degrees(lat, 90, "latitude"),
        "lon": degrees(lon, 180, "longitude"),
        "created_at": utcnow_text(),
    }
    if conn.execute(select(stores.c.code).where(stores.c.code == code)).first() is not None:
        raise AdminError(f"store {code} already exists")
    conn.execute(stores.insert(), row)
    return row
