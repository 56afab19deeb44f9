"""The hub's promotions, applied at the station (feed kind "promotions", sync/feed_kinds.py).

An item carries the chain's whole promotions document (canonical JSON text) and its version (the
SHA-256 of that text, hub/promotions/service.py), so applying it twice, or an older one after a newer
one was lost, leaves the station exactly as the item says. The document is read again here with the
station's own currency and time zone (a time without an offset is this store's time): a document
this station cannot use is quarantined with the promotion and the reason, and the promotions in
force stay as they were. A good one replaces them whole (source "hub") in the item's transaction,
journaled like a file import; the counter's pricer sees the new version at its next basket load
(services/promotions.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..adapters.promotions_repo import document_version
from ..domain.pricing import PromotionFileError, parse_promotions
from ..sync.feed_items import BadItem
from . import journal

if TYPE_CHECKING:
    from ..adapters.uow import Tx
    from .context import StoreConfig

JOURNAL_KIND = "promotions"  # as services/promotions.py journals a file import
SOURCE = "hub"


def checked_document(data: dict, currency: str, tz) -> tuple[str, int]:
    """The item's document text and how many promotions it holds; BadItem says why it is refused."""
    document, version = data.get("document"), data.get("version")
    if not isinstance(document, str) or not isinstance(version, str):
        raise BadItem('promotions: expected {"document": text, "version": text}')
    if document_version(document) != version:
        raise BadItem(f"promotions: the document is not version {version[:12]} (changed on the way)")
    try:
        promotions = parse_promotions(document, currency, tz)
    except PromotionFileError as exc:
        raise BadItem(f"promotions {version[:12]} refused: {exc.message}") from None
    return document, len(promotions)


def apply_item(tx: Tx, data: dict, cfg: StoreConfig, now: str) -> None:
    """Put the item's document in force unless it already is (then nothing changes)."""
    document, count = checked_document(data, cfg.currency, cfg.tz)
    stored = tx.promotions.current()
    if stored is not None and (stored.version, stored.source) == (data["version"], SOURCE):
        return
    before = stored.version if stored is not None else None
    version = tx.promotions.replace(document, SOURCE, now)
    details = {"before": before, "after": version, "count": count}
    journal.record_change(tx, JOURNAL_KIND, SOURCE, details, now, SOURCE)
