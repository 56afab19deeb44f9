"""The kinds of location (stores.kind) and which of them each fulfilment may use.

A warehouse cannot hand an order over, so pickup (click-and-collect) sees stores only; shipping
may leave from either.
"""

from __future__ import annotations

STORE, WAREHOUSE = "store", "warehouse"
KINDS = (STORE, WAREHOUSE)
PICKUP: tuple[str, ...] = (STORE,)
SHIP: tuple[str, ...] = (STORE, WAREHOUSE)
FULFILMENT = {"pickup": PICKUP, "ship": SHIP}
