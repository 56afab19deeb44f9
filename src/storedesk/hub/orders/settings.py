"""A store's pickup settings (safety stock, hold and reminder days, ship capacity) and coordinates.

Coordinates live on `stores` (add-store --lat/--lon); this sets them later too. Values are
checked here so the CLI and tests share one set of messages.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from ..admin import AdminError, degrees
from ..models import stores
from ..times import utcnow_text
from ..values import quantity_milli
from .availability import store_settings
from .models import pickup_stores


def set_settings(
    conn: Connection,
    code: str,
    safety_stock: str | None = None,
    hold_days: int | None = None,
    reminder_days: int | None = None,
    lat: str | None = None,
    lon: str | None = None,
    ship_capacity: str | None = None,
) -> dict:
    if conn.execute(select(stores.c.code).where(stores.c.code == code)).first() is None:
        raise AdminError(f"store {code!r} does not exist; add it first with add-store")
    if (lat is None) != (lon is None):
        raise AdminError("give both --lat and --lon, or neither")
    if lat is not None:
        conn.execute(
            update(stores)
            .where(stores.c.code == code)
            .values(lat=degrees(lat, 90, "latitude"), lon=degrees(lon, 180, "longitude"))
        )
    current = store_settings(conn, code)
    if safety_stock is not None:
        try:
            current["safety_stock_milli"] = quantity_milli(safety_stock)
        except ValueError as exc:
            raise AdminError(f"safety stock: {exc}") from None
        if current["safety_stock_milli"] < 0:
            raise AdminError("safety stock must not be negative")
    for key, value, low in (("hold_days", hold_days, 1), ("reminder_days", reminder_days, 0)):
        if value is not None:
            if not low <= value <= 365:
                raise AdminError(f"{key.replace('_', ' ')} must be between {low} and 365")
            current[key] = value
    if current["reminder_days"] >= current["hold_days"]:
        raise AdminError("the reminder must come before the hold time ends (reminder days < hold days)")
    row = {"store": code, **current, "updated_at": utcnow_text()}
    held = conn.execute(select(pickup_stores.c.ship_capacity).where(pickup_stores.c.store == code)).first()
    row["ship_capacity"] = held.ship_capacity if held else None
    if ship_capacity is not None:
        row["ship_capacity"] = _ship_capacity(ship_capacity)
    if conn.execute(select(pickup_stores.c.store).where(pickup_stores.c.store == code)).first():
        conn.execute(update(pickup_stores).where(pickup_stores.c.store == code).values(**row))
    else:
        conn.execute(pickup_stores.insert(), row)
    return row


def _ship_capacity(text: str) -> int | None:
    """Ship orders routed to the location per day in its time zone: 0..100000, or "none" (no limit)."""
    if text.strip().lower() == "none":
        return None
    if not text.strip().isdigit() or not 0 <= int(text) <= 100_000:
        raise AdminError(f"ship capacity {text!r}: give a number of orders a day (0 to 100000), or none for no limit")
    return int(text)
