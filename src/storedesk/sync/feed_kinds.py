"""Feed kinds applied by feature modules, beside the puller's own ("product", "stock_movement").

APPLIERS maps a feed kind to "package.module:function"; the function is called as
`function(tx, data, cfg, now)` inside the item's savepoint and raises feed_items.BadItem for a
malformed item (it is then quarantined). Modules are imported on first use, so a station that
never receives a kind never loads its code.
"""

from __future__ import annotations

from importlib import import_module

APPLIERS: dict[str, str] = {
    "order": "storedesk.services.pickup.feed:apply_order_item",
    "order_status": "storedesk.services.pickup.feed:apply_order_status_item",
    "asn": "storedesk.services.stock.feed:apply_asn",
    "transfer": "storedesk.services.stock.feed:apply_transfer",
    "return_flag": "storedesk.services.returns.flags:apply_item",
    **{k: f"storedesk.services.stock.feed:apply_{k}" for k in ("count_started", "count_scans", "count_closed")},
    "staff": "storedesk.services.staff_feed:apply_item",
    "pending_price": "storedesk.services.prices:apply_pending_item",
    "store_settings": "storedesk.services.store_settings_feed:apply_item",
    "tax_rate": "storedesk.services.tax_rates:apply_item",
    "promotions": "storedesk.services.promotions_feed:apply_item",
    "customer_erased": "storedesk.services.customers:apply_erased",
}

_loaded: dict[str, object] = {}


def applier(kind: str):
    """The function that applies `kind`, or None for a kind no module handles."""
    fn = _loaded.get(kind)
    if fn is None and kind in APPLIERS:
        module, _, name = APPLIERS[kind].partition(":")
        fn = _loaded[kind] = getattr(import_module(module), name)
    return fn
