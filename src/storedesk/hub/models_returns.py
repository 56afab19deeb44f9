"""Returns: return grants (arbitration of returned quantities per sold line), received returns, over-return flags, store-credit vouchers and their movements.

Tables on the hub's shared metadata (models.py imports this module so Alembic's comparison sees them).
"""

from __future__ import annotations

from .models import metadata  # noqa: F401
