"""Store stock documents: advance shipping notices and transfers between stores.

Tables on the hub's shared metadata (models.py imports this module so Alembic's comparison sees them).
"""

from __future__ import annotations

from .models import metadata  # noqa: F401
