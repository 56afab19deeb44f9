"""Promotions at the station: the counter's pricer, coupons, `storedesk promotions import|show`
and `storedesk basket price`.

The promotions in force are one stored document (adapters/promotions_repo.py, from the hub's feed
or `storedesk promotions import`). The counter prices every basket it loads with them
(`attach`): the document's version is read on each load (one indexed read), and the
`PromotionIndex` is built only when that version, or the store's code, currency or time zone,
changes. Built pricers are kept by those four facts (a few at most): two stations in one process
(the end-to-end tests) each find their own, and two with the same promotions share one, which
gives the same answers. A large index is moved out of the garbage collector's way once built
(`gc.freeze`): full collections would otherwise walk it and cost a recompute its 5 ms
(benchmarks/pricing.py).

Web and pickup orders are priced by the web shop: their baskets are never given a pricer
(services/pickup/handover.py writes its sale with `with_promotions=False`).
"""

from __future__ import annotations

import gc
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ..domain.basket import Basket, BasketCustomer, BasketLine
from ..domain.errors import DomainError
from ..domain.money import from_minor
from ..domain.pricing import PromotionFileError, PromotionIndex, parse_promotions
from ..domain.pricing.counter import BasketPricer
from ..domain.pricing.loyalty import LoyaltyRules, LoyaltyRulesError, rules_of
from ..domain.scan import parse_quantity, parse_scan
from ..i18n import Message, msg
from . import journal
from .catalog import find_scanned
from .context import config, utcnow

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork

__all__ = [
    "BasketFileError",
    "InForce",
    "LinkedToHub",
    "PromotionFileError",
    "attach",
    "coupon_of",
    "import_file",
    "in_force",
    "load_demo",
    "price_file",
    "station_pricer",
    "toggle_coupon",
]

log = logging.getLogger(__name__)

JOURNAL_KIND = "promotions"
FREEZE_FROM = 1000  # promotions: from here on, the built index is frozen out of the collector's way
KEEP = 4  # pricers kept (one per station of the process, in practice)


class LinkedToHub(DomainError):
    """The station takes its promotions from its hub: import the file there."""


class BasketFileError(DomainError):
    """A basket file (`storedesk basket price`) that cannot be read."""


@dataclass(frozen=True)
class _Loaded:
    """One built pricer and the coupon codes of its promotions (lower case -> as in the file)."""

    pricer: BasketPricer | None  # None: the stored document could not be read (logged)
    coupons: dict[str, str]
    loyalty: LoyaltyRules | None = None  # the document's "loyalty" block, read once per version


_lock = threading.Lock()
_loaded: OrderedDict[tuple[str, str, str, str], _Loaded] = OrderedDict()


def _store_clock(tz: ZoneInfo) -> Callable[[], datetime]:
    return lambda: datetime.now(tz)


def _loyalty_of(document: str) -> LoyaltyRules | None:
    try:
        return rules_of(json.loads(document))
    except (ValueError, LoyaltyRulesError):  # checked when it was loaded; never stops a sale
        return None


def _build(document: str, store: str, currency: str, timezone: str) -> _Loaded:
    tz = ZoneInfo(timezone)
    loyalty = _loyalty_of(document)
    try:
        promotions = parse_promotions(document, currency=currency, tz=tz)
    except PromotionFileError as exc:  # checked before it was stored: only a currency change gets here
        log.error("the promotions in force cannot be used (%s): the counter sells without them", exc.message)
        return _Loaded(None, {}, loyalty)
    index = PromotionIndex(promotions)
    if len(index) >= FREEZE_FROM:
        gc.collect()
        gc.freeze()
    coupons = {p.coupon.casefold(): p.coupon for p in promotions if p.coupon}
    return _Loaded(BasketPricer(index, store, _store_clock(tz)), coupons, loyalty)


def _station(tx: Tx) -> _Loaded | None:
    """The promotions in force at this station, built once per version (see the module)."""
    version = tx.promotions.version()
    if version is None:
        return None
    settings = tx.settings.some("store_code", "currency", "timezone")  # read on every basket load: only these
    key = (version, settings.get("store_code", ""), settings.get("currency", "EUR"), settings.get("timezone", "UTC"))
    with _lock:
        found = _loaded.get(key)
        if found is not None:
            _loaded.move_to_end(key)
            return found
    stored = tx.promotions.current()
    if stored is None:  # replaced meanwhile by nothing: not expected (the document is never deleted)
        return None
    built = _build(stored.document, key[1], key[2], key[3])
    with _lock:
        _loaded[key] = built
        while len(_loaded) > KEEP:
            _loaded.popitem(last=False)
    return built


def station_pricer(tx: Tx) -> BasketPricer | None:
    """The counter's pricer: the station's promotions in force, in the store's time."""
    found = _station(tx)
    return found.pricer if found is not None else None


def loyalty_rules(tx: Tx) -> LoyaltyRules | None:
    """The loyalty rules in force (the promotions document's "loyalty" block), or None."""
    found = _station(tx)
    return found.loyalty if found is not None else None


def attach(tx: Tx, basket: Basket, promotions: bool = True) -> Basket:
    """Give `basket` the station's promotions (or none: a web order's basket), and return it."""
    basket.pricer = station_pricer(tx) if promotions else None
    return basket


# ---- coupons ----------------------------------------------------------------------------------
def coupon_of(tx: Tx, text: str) -> str | None:
    """The coupon code of a loaded promotion that `text` (scanned or typed) is, as the file
    spells it; None when it is none (an unknown code). Case and spaces around do not matter."""
    found = _station(tx)
    code = text.strip().casefold()
    if found is None or not code:
        return None
    return found.coupons.get(code)


def toggle_coupon(basket: Basket, code: str) -> Message:
    """Scanning a coupon adds it to the basket; scanning it again takes it off. What happened,
    for the screen."""
    if code in basket.coupons:
        basket.coupons.remove(code)
        return msg("promotions", "Coupon {code} removed", code=code)
    basket.coupons.append(code)
    return msg("promotions", "Coupon {code} added", code=code)


# ---- storedesk promotions import | show -------------------------------------------------------
@dataclass(frozen=True)
class InForce:
    """The promotions document in force, as `storedesk promotions show` prints it."""

    count: int
    source: str  # "hub" | "file"
    version: str
    loaded_at: str
    ids: tuple[str, ...]


def _refuse_linked(tx: Tx) -> None:
    hub_url = tx.settings.all().get("hub_url")
    if hub_url:
        raise LinkedToHub(
            f"this station takes its promotions from its hub ({hub_url}): import the file at the hub "
            "with `storedesk-hub promotions import`; nothing was imported"
        )


def import_file(uow: UnitOfWork, data: bytes) -> InForce:
    """Check the whole file, then put it in force in one transaction (journaled). A refused file
    (PromotionFileError: the promotion and the reason) or a station linked to a hub
    (LinkedToHub) changes nothing."""
    cfg = config(uow)
    with uow.read() as tx:
        _refuse_linked(tx)
    promotions = parse_promotions(data, currency=cfg.currency, tz=cfg.tz)
    document = data.decode("utf-8-sig")
    now = utcnow()
    with uow.write() as tx:
        _refuse_linked(tx)
        before = tx.promotions.version()
        version = tx.promotions.replace(document, "file", now)
        if version != before:
            details = {"before": before, "after": version, "count": len(promotions)}
            journal.record_change(tx, JOURNAL_KIND, "file", details, now, "terminal")
    return InForce(len(promotions), "file", version, now, tuple(p.id for p in promotions))


def load_demo(uow: UnitOfWork) -> InForce:
    """The demo store's promotions (adapters/demo_catalog.py), in force like an imported file."""
    from ..adapters.demo_catalog import DEMO_PROMOTIONS

    return import_file(uow, json.dumps(DEMO_PROMOTIONS).encode())


def in_force(uow: UnitOfWork) -> InForce | None:
    """What is in force, or None when no promotions were ever loaded."""
    with uow.read() as tx:
        stored = tx.promotions.current()
    if stored is None:
        return None
    items = json.loads(stored.document).get("promotions", [])
    ids = tuple(str(item.get("id", "")) for item in items if isinstance(item, dict))
    return InForce(len(items), stored.source, stored.version, stored.loaded_at, ids)


# ---- storedesk basket price -------------------------------------------------------------------
def _customer(value: Any) -> BasketCustomer | None:
    """The basket file's "customer": null, or a customer group (a code, or {"group": code})."""
    if value is None:
        return None
    group = value.get("group") if isinstance(value, dict) else value
    if not isinstance(group, str) or not group.strip():
        raise BasketFileError('"customer" must be null or a customer group, like "staff"')
    return BasketCustomer(id="", group=group.strip())


def _basket_file(data: bytes) -> dict:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BasketFileError(f"the basket file is not JSON: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("lines"), list):
        raise BasketFileError('the basket file needs a list "lines": [{"code": ..., "quantity": "1"}]')
    unknown = sorted(set(document) - {"lines", "customer", "coupons"})
    if unknown:
        raise BasketFileError(f"the basket file has unknown fields: {', '.join(unknown)}")
    coupons = document.get("coupons") or []
    if not isinstance(coupons, list) or not all(isinstance(c, str) for c in coupons):
        raise BasketFileError('"coupons" must be a list of codes')
    return document


def _quantity(number: int, line: Any) -> tuple[str, Decimal]:
    if not isinstance(line, dict) or not isinstance(line.get("code"), str):
        raise BasketFileError(f'line {number} needs a "code" (a barcode or a SKU)')
    quantity = line.get("quantity", "1")
    if not isinstance(quantity, str | int) or isinstance(quantity, bool):
        raise BasketFileError(f'line {number}: the quantity is a decimal in quotes, like "2"')
    return line["code"], parse_quantity(str(quantity))


def price_file(uow: UnitOfWork, data: bytes) -> dict:
    """Price a basket given as JSON with the station's catalog and promotions (support staff's
    "why did this basket cost that?"): per line what it cost and which promotions gave what."""
    cfg = config(uow)
    document = _basket_file(data)
    basket = Basket(cfg.currency, cfg.prices_include_tax)
    basket.customer = _customer(document.get("customer"))
    basket.coupons = list(document.get("coupons") or [])
    codes: list[str] = []
    with uow.read() as tx:
        for number, item in enumerate(document["lines"], start=1):
            code, quantity = _quantity(number, item)
            product = find_scanned(tx, parse_scan(code))
            basket.add(
                BasketLine(
                    product_id=product.id,
                    sku=product.sku,
                    name=product.name,
                    unit_price=from_minor(product.price_minor, cfg.currency),
                    quantity=quantity,
                    tax_code=product.tax_code,
                    tax_rate=product.tax_rate,
                    barcode=product.barcode,
                    category=product.category,
                ),
                merge=False,
            )
            codes.append(code)
        attach(tx, basket)
    totals = basket.totals()
    lines = [
        {
            "code": code,
            "sku": p.line.sku,
            "quantity": str(p.line.quantity),
            "unit_price": str(p.line.effective_price),
            "discount": str(p.line_discount + p.basket_discount),
            "amount": str(p.amount),
            "promotions": [pid for pid, _ in p.promotions],
        }
        for code, p in zip(codes, totals.lines, strict=True)
    ]
    return {"lines": lines, "discount_total": str(totals.discount_total), "total": str(totals.total)}
