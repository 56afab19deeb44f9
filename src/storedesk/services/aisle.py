"""The endless aisle at the counter (issue 17): the shelf is empty or the store does not carry
an item, so the clerk orders it from the chain for the customer, who pays for it in this sale.

Three hub calls (services/hub_call.py; asked on the network lane, never inside a transaction):
- `offer`: where the product is available to promise (GET /v1/availability). Offline it is
  refused: the till says the item cannot be ordered now.
- `add_order_line`: asks the hub again for the place chosen (delivered home: anywhere in the
  chain; collected at a store: that store), then puts the line on the basket, priced as the
  product, with its LineOrder (domain/aisle.py). Offline or not available: nothing is added.
- `complete`: at payment, the hub makes one order per fulfilment choice of the basket (channel
  store:<code>, paid_in_store) BEFORE the sale is written; each order's id is derived from the
  basket and what it holds, so a retry after a lost answer gets the same order back. Then the sale
  is written in one transaction with the order numbers on its lines (services/sale.write_sale:
  ordered lines move no stock here). If the hub cannot be reached or refuses, nothing is sold;
  if the sale cannot be written, the orders just made are cancelled at the hub.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ..domain.aisle import ADDRESS_FIELDS, CUSTOMER_FIELDS, PICKUP, SHIP, LineOrder
from ..domain.basket import Basket, BasketLine
from ..domain.basket import check_quantity as checked_quantity
from ..domain.errors import BasketError
from ..domain.money import from_minor, to_minor
from ..domain.money_format import fmt_qty
from ..domain.permissions import Perm, require
from ..domain.scan import parse_scan
from ..domain.tenders import Tender
from ..i18n import msg
from . import basket as basket_svc
from . import sale as sale_svc
from .catalog import find_scanned
from .context import User, config, utcnow
from .hub_call import Ask, Steps, hub_call
from .sync import NotRegistered, client_for

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

log = logging.getLogger(__name__)
POSTCODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ().-]{4,31}$")
ORDER_IDS = uuid.UUID("5f0c2a8e-4d1b-4c55-9a51-7e2f3c1d0a17")  # the namespace of this till's order ids


@dataclass(frozen=True)
class Place:
    """A location holding the product: a store or a warehouse, with what it can promise."""

    code: str
    name: str
    kind: str  # "store" | "warehouse"
    available: Decimal
    distance_km: str = ""


@dataclass(frozen=True)
class Offer:
    """Where a product may be ordered from, as the hub said a moment ago."""

    sku: str
    name: str
    price: Decimal
    here: str  # this store's code
    ship: Decimal  # available to promise in the whole chain, for delivery
    places: tuple[Place, ...]  # locations with some available for pickup, most first

    def pickup_at(self, store: str) -> Decimal:
        return next((p.available for p in self.places if p.code == store), Decimal(0))


@dataclass(frozen=True)
class PlacedOrder:
    order_id: str
    number: str
    status: str


# ---- asking the hub -------------------------------------------------------------------------
def _client(uow: UnitOfWork) -> HubClient:
    try:
        return client_for(uow)
    except NotRegistered:
        raise BasketError(msg("aisle", "Orders are made at the hub, and this station has no hub")) from None


def _cannot_order_now(sku: str):
    return msg("aisle", "The hub cannot be reached: {sku} cannot be ordered now", sku=sku)


def _places(data: dict, sku: str) -> tuple[Decimal, list[Place]]:
    """(total available, its places) of `sku` in GET /v1/availability's answer."""
    facts = data.get("locations") or {}
    for entry in data.get("skus") or []:
        if entry.get("sku") != sku:
            continue
        places = []
        for loc in entry.get("locations") or []:
            code = str(loc["location"])
            info = facts.get(code) or {}
            places.append(
                Place(
                    code,
                    str(info.get("name") or code),
                    str(info.get("kind") or "store"),
                    Decimal(str(loc["available"])),
                    str(info.get("distance_km") or ""),
                )
            )
        places.sort(key=lambda p: (-p.available, p.code))
        return Decimal(str(entry.get("available", "0"))), places
    return Decimal(0), []


def _ask_availability(uow: UnitOfWork, sku: str, fulfilment: str) -> Steps[tuple[Decimal, list[Place]]]:
    client = _client(uow)
    try:
        data = yield Ask(client.availability, sku, fulfilment)
        return _places(data, sku)
    except HubUnavailable:
        raise BasketError(_cannot_order_now(sku)) from None
    except HubRefused as exc:
        raise BasketError(
            msg("aisle", "The hub refused to say where {sku} is: {detail}", sku=sku, detail=exc.detail)
        ) from None
    except (KeyError, TypeError, ValueError, InvalidOperation):
        raise BasketError(msg("aisle", "The hub's answer about {sku} is malformed", sku=sku)) from None
    finally:
        client.close()


def _product(uow: UnitOfWork, code: str):
    text = (code or "").strip()
    if not text:
        raise BasketError(msg("aisle", "Scan or type the product to order"))
    with uow.read() as tx:
        return find_scanned(tx, parse_scan(text))


@hub_call
def offer(uow: UnitOfWork, code: str) -> Steps[Offer]:
    """Where the product scanned or typed (`code`) may be ordered from: shipped, or collected."""
    product = _product(uow, code)
    cfg = config(uow)
    ship, _ = yield from _ask_availability(uow, product.sku, SHIP)
    _, places = yield from _ask_availability(uow, product.sku, PICKUP)
    stores = tuple(p for p in places if p.kind == "store" and p.available > 0)
    price = from_minor(product.price_minor, cfg.currency)
    return Offer(product.sku, product.name, price, cfg.store_code, max(ship, Decimal(0)), stores)


# ---- the order line ---------------------------------------------------------------------------
def _trimmed(raw: dict[str, str], keys: tuple[str, ...]) -> dict[str, str]:
    return {k: (raw.get(k) or "").strip() for k in keys}


def check_customer(raw: dict[str, str]) -> dict[str, str]:
    """Who the order is for: a name, and an email or a phone (to be told about it)."""
    customer = _trimmed(raw, CUSTOMER_FIELDS)
    if not customer["name"]:
        raise BasketError(msg("aisle", "Type the customer's name"))
    if not customer["email"] and not customer["phone"]:
        raise BasketError(msg("aisle", "Type the customer's email or phone, to tell them about the order"))
    if customer["email"] and not EMAIL.match(customer["email"]):
        raise BasketError(msg("aisle", "That email address is not valid"))
    if customer["phone"] and not PHONE.match(customer["phone"]):
        raise BasketError(msg("aisle", "That phone number is not valid (digits, spaces, + - . ( ))"))
    return {k: v for k, v in customer.items() if v}


def check_address(raw: dict[str, str]) -> dict[str, str]:
    """The delivery address as typed, trimmed; a missing or malformed field is refused by name."""
    address = _trimmed(raw, ADDRESS_FIELDS)
    address["country"] = address["country"].upper()
    if not address["line1"]:
        raise BasketError(msg("aisle", "Type the street and number for the delivery"))
    if not POSTCODE.match(address["postcode"]):
        raise BasketError(msg("aisle", "Type the postcode for the delivery (letters, digits, spaces and dashes)"))
    if not address["city"]:
        raise BasketError(msg("aisle", "Type the city for the delivery"))
    if not re.fullmatch(r"[A-Z]{2}", address["country"]):
        raise BasketError(msg("aisle", "Type the country for the delivery (two letters, such as FR)"))
    return {k: v for k, v in address.items() if v}


def checked_order(order: LineOrder) -> LineOrder:
    """The clerk's choice, checked: a customer, and an address (ship) or a store (pickup)."""
    customer = check_customer(order.customer)
    if order.fulfilment == SHIP:
        return LineOrder(SHIP, customer, delivery=check_address(order.delivery))
    if order.fulfilment == PICKUP and order.pickup_store.strip():
        return LineOrder(PICKUP, customer, pickup_store=order.pickup_store.strip().upper())
    raise BasketError(msg("aisle", "Choose where the customer gets it: delivered home, or collected at a store"))


@hub_call
def add_order_line(
    uow: UnitOfWork, user: User, basket_id: str, code: str, quantity: Decimal, order: LineOrder
) -> Steps[basket_svc.BasketView]:
    """Put an ordered line on the basket, once the hub says it can be promised (see the module)."""
    require(user.role, Perm.SELL)  # rule 9: before the hub is asked; an auditor changes nothing
    qty = checked_quantity(quantity)
    order = checked_order(order)
    product = _product(uow, code)
    total, places = yield from _ask_availability(uow, product.sku, order.fulfilment)
    if order.fulfilment == SHIP:
        left = total
    else:
        left = next((p.available for p in places if p.code == order.pickup_store), Decimal(0))
    if left < qty:
        raise BasketError(_not_available(product.name, order, left))
    with uow.write(durable=False) as tx:
        basket = basket_svc._load_open(tx, basket_id)
        product = find_scanned(tx, parse_scan(product.sku))
        line = BasketLine(
            product_id=product.id,
            sku=product.sku,
            name=product.name,
            unit_price=from_minor(product.price_minor, basket.currency),
            quantity=qty,
            tax_code=product.tax_code,
            tax_rate=product.tax_rate,
            barcode=product.barcode,
            category=product.category,
            order=order,
        )
        basket.add(line, merge=False)
        tx.baskets.save(basket_id, basket, utcnow())
    return basket_svc._view(basket_id, basket, line.line_id)


def _not_available(name: str, order: LineOrder, left: Decimal):
    if order.fulfilment == SHIP:
        return msg("aisle", "{name}: only {left} can be delivered from the chain", name=name, left=fmt_qty(left))
    return msg(
        "aisle",
        "{name}: only {left} can be collected at {store}",
        name=name,
        left=fmt_qty(left),
        store=order.pickup_store,
    )


# ---- payment: the orders first, then the sale ---------------------------------------------------
def ordered_lines(basket: Basket) -> list[BasketLine]:
    return [ln for ln in basket.active_lines if ln.order is not None]


def _groups(basket_id: str, basket: Basket) -> dict[str, list[BasketLine]]:
    """The basket's ordered lines by order: one per fulfilment choice and customer, keyed by the
    order's id, which is derived from the basket and exactly what the order holds (a retry of the
    same basket asks for the same order; a changed basket asks for another)."""
    by_choice: dict[str, list[BasketLine]] = {}
    for ln in ordered_lines(basket):
        assert ln.order is not None
        who = "|".join(ln.order.customer.get(k, "") for k in CUSTOMER_FIELDS)
        by_choice.setdefault(f"{ln.order.group()}#{who}", []).append(ln)
    out = {}
    for choice, lines in by_choice.items():
        held = ";".join(f"{ln.line_id}:{ln.sku}:{ln.quantity}:{ln.effective_price}" for ln in lines)
        out[uuid.uuid5(ORDER_IDS, f"{basket_id}/{choice}/{held}").hex] = lines
    return out


def _order_body(cfg, basket_id: str, order_id: str, lines: list[BasketLine]) -> dict:
    first = lines[0].order
    assert first is not None
    body: dict = {
        "order_id": order_id,
        "channel": f"store:{cfg.store_code}",
        "fulfilment": first.fulfilment,
        "customer": dict(first.customer),
        "lines": [
            {
                "sku": ln.sku,
                "name": ln.name,
                "quantity": str(ln.quantity),
                "unit_price_minor": to_minor(ln.effective_price, cfg.currency),
            }
            for ln in lines
        ],
        "currency": cfg.currency,
        "payment": "paid_in_store",
        "paid_in_store": {"station": cfg.station_code, "sale_ref": basket_id},
    }
    if first.fulfilment == SHIP:
        body["delivery"] = first.delivery_body()
    else:
        body["pickup_store"] = first.pickup_store
    return body


def _placed(data: dict) -> PlacedOrder:
    return PlacedOrder(str(data["order_id"]), str(data["number"]), str(data.get("status") or ""))


RETRIES_AFTER_CANCEL = 20


def _place_live(client, cfg, basket_id: str, order_id: str, lines: list[BasketLine]) -> Steps[PlacedOrder]:
    """The order at the hub, never one this till cancelled: the same id answers the same order (a
    retry after a lost answer), but a payment tried again after a failed write, whose orders were
    cancelled, asks under the next id derived from the first, so no sale names a cancelled order."""
    attempt_id = order_id
    for attempt in range(RETRIES_AFTER_CANCEL):
        placed = _placed((yield Ask(client.place_store_order, _order_body(cfg, basket_id, attempt_id, lines))))
        if placed.status != "cancelled":
            return placed
        attempt_id = uuid.uuid5(ORDER_IDS, f"{order_id}/again/{attempt + 1}").hex
    raise BasketError(msg("aisle", "This sale's orders were cancelled too many times: start the sale again"))


def _place_all(uow: UnitOfWork, basket_id: str, basket: Basket) -> Steps[dict[str, PlacedOrder]]:
    """One order per group at the hub; if one cannot be made, those made are cancelled and the
    clerk is told to take the ordered lines off or to try again."""
    cfg = config(uow)
    made: dict[str, PlacedOrder] = {}
    client = _client(uow)
    try:
        for order_id, lines in _groups(basket_id, basket).items():
            try:
                made[order_id] = yield from _place_live(client, cfg, basket_id, order_id, lines)
            except HubUnavailable:
                yield from _cancel_all(client, basket_id, made, "the hub could not be reached for the rest of the sale")
                raise BasketError(
                    msg(
                        "aisle",
                        "The hub cannot be reached, so the ordered items cannot be ordered now: nothing was sold. "
                        "Take the ordered lines off (Del), or try again",
                    )
                ) from None
            except HubRefused as exc:
                yield from _cancel_all(client, basket_id, made, "the hub refused another order of the same sale")
                raise BasketError(
                    msg(
                        "aisle",
                        "The hub refused the order of {item}: {detail}. Nothing was sold: take the line off (Del), "
                        "or try again",
                        item=lines[0].name,
                        detail=exc.detail,
                    )
                ) from None
            except (KeyError, TypeError, ValueError):
                yield from _cancel_all(client, basket_id, made, "the hub's answer was malformed")
                raise BasketError(
                    msg("aisle", "The hub's answer about the order is malformed; nothing was sold")
                ) from None
    finally:
        client.close()
    return made


def _cancel_all(client: HubClient, sale_ref: str, made: dict[str, PlacedOrder], reason: str) -> Steps[None]:
    """Give back the orders made for a sale that was not written. One that cannot be cancelled
    now is logged with its number (the hub keeps it; a manager cancels it there)."""
    for order in made.values():
        try:
            yield Ask(client.cancel_store_order, order.order_id, sale_ref, f"sale not completed at the till: {reason}")
        except (HubUnavailable, HubRefused) as exc:
            log.error(
                "order %s was made for a sale that was not written, and could not be cancelled: %s", order.number, exc
            )


@hub_call
def complete(
    uow: UnitOfWork, user: User, basket_id: str, tenders: list[Tender], cash_confirmed: bool = False
) -> Steps[sale_svc.SaleResult]:
    """Pay a basket that holds ordered lines: the orders at the hub first, then the sale."""
    require(user.role, Perm.SELL)  # rule 9: before the hub is asked; an auditor changes nothing
    with uow.read() as tx:
        found = tx.baskets.get(basket_id)
    if found is None or found.status != "open" or not ordered_lines(found.basket):
        return sale_svc.complete_sale(uow, user, basket_id, tenders, cash_confirmed)  # a repeat, or nothing ordered
    made = yield from _place_all(uow, basket_id, found.basket)
    try:
        return _write(uow, user, basket_id, tenders, cash_confirmed, made)
    except Exception as exc:
        client = _client(uow)  # only a failed write needs the hub again
        try:
            yield from _cancel_all(client, basket_id, made, f"the sale could not be written ({type(exc).__name__})")
        finally:
            client.close()
        raise


def _write(uow, user, basket_id, tenders, cash_confirmed, made) -> sale_svc.SaleResult:
    """The sale with its order numbers, in one transaction; the basket is checked to hold the same
    ordered lines as the orders made (a change meanwhile is refused: the orders are cancelled)."""
    cfg = config(uow)
    require(user.role, Perm.SELL)
    with uow.write() as tx:
        basket = basket_svc._load_open(tx, basket_id)
        groups = _groups(basket_id, basket)
        if set(groups) != set(made):  # made holds one order per group asked for
            raise BasketError(msg("aisle", "The sale changed while its orders were made; nothing was sold. Try again"))
        for order_id, lines in groups.items():
            placed = made[order_id]
            for ln in lines:
                assert ln.order is not None
                ln.order = replace(ln.order, order_id=placed.order_id, number=placed.number)
        tx.baskets.save(basket_id, basket, utcnow())
        return sale_svc.write_sale(tx, cfg, user, basket_id, tenders, cash_confirmed=cash_confirmed)
