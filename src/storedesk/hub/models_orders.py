"""Web orders (click-and-collect): orders, lines, routing decisions, state history, notifications outbox, store coordinates and safety stock.

Tables on the hub's shared metadata (models.py imports this module so Alembic's comparison sees them).
"""

from __future__ import annotations

from .models import metadata  # noqa: F401
