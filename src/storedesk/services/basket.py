"""The basket being rung up. Every change is saved at once, so a crash or restart loses nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from ..domain.basket import Basket, BasketLine, BasketTotals, Discount
from ..domain.errors import BasketError
from ..domain.money import from_minor, parse_amount, round_money
from ..domain.permissions import Perm, discount_needs
from ..domain.scan import parse_quantity, parse_scan
from .auth import authorise, override_record
from .catalog import find_scanned
from .context import User, config, utcnow


@dataclass(frozen=True)
class BasketView:
    """What the sale screen shows after an action."""

    basket_id: str
    basket: Basket
    totals: BasketTotals
    changed_line_id: str | None = None
    label: str = ""


def _view(basket_id: str, basket: Basket, line_id: str | None = None) -> BasketView:
    return BasketView(basket_id, basket, basket.totals(), line_id)


def _load_open(tx, basket_id: str) -> Basket:
    found = tx.baskets.get(basket_id)
    if found is None:
        raise BasketError("That sale no longer exists; start a new one")
    status, basket, _ = found
    if status != "open":
        raise BasketError(f"That sale is {status}; it cannot change")
    return basket


def current(uow, user: User) -> BasketView:
    """The station's open basket (restored after a restart), or a new empty one."""
    cfg = config(uow)
    with uow.write(durable=False) as tx:
        basket_id = tx.baskets.open_id()
        if basket_id:
            basket = _load_open(tx, basket_id)
        else:
            basket_id = uuid.uuid4().hex
            basket = Basket(cfg.currency, cfg.prices_include_tax)
            tx.baskets.insert(basket_id, basket, user.id, utcnow())
    return _view(basket_id, basket)


def add_scan(uow, user: User, basket_id: str, text: str, quantity: Decimal | None = None) -> BasketView:
    """Scan or typed code -> a line. Bad or unknown codes raise and change nothing."""
    scan = parse_scan(text)
    qty = scan.quantity if scan.quantity is not None else quantity if quantity is not None else Decimal(1)
    with uow.write(durable=False) as tx:
        basket = _load_open(tx, basket_id)
        product = find_scanned(tx, scan)
        price = from_minor(product.price_minor, basket.currency)
        embedded = scan.kind == "embedded"
        line = basket.add(
            BasketLine(
                product_id=product.id,
                sku=product.sku,
                name=product.name,
                unit_price=scan.embedded_price if embedded else price,
                quantity=qty,
                tax_code=product.tax_code,
                tax_rate=product.tax_rate,
                barcode=scan.code if scan.kind != "sku" else product.barcode,
                category=product.category,
                embedded_price=embedded,
            )
        )
        tx.baskets.save(basket_id, basket, utcnow())
    return _view(basket_id, basket, line.line_id)


def add_product(uow, user: User, basket_id: str, sku: str, quantity: Decimal = Decimal(1)) -> BasketView:
    """Add a product chosen from search."""
    return add_scan(uow, user, basket_id, sku, quantity)


def _mutate(uow, basket_id: str, change, override: dict | None = None) -> BasketView:
    with uow.write(durable=False) as tx:
        basket = _load_open(tx, basket_id)
        line_id = change(basket)
        if override:
            basket.overrides.append(override)
        tx.baskets.save(basket_id, basket, utcnow())
    return _view(basket_id, basket, line_id)


def _override(uow, user, perm, approver, detail):
    by = authorise(uow, user, perm, approver)
    return override_record(perm.value, user, by, detail=detail) if by else None


def set_quantity(uow, user: User, basket_id: str, line_id: str, text: str) -> BasketView:
    qty = parse_quantity(text)

    def change(b: Basket):
        ln = b.line(line_id)
        if ln.embedded_price:
            raise BasketError("A weighed item's quantity comes from its label")
        b.set_quantity(line_id, qty)
        return line_id

    return _mutate(uow, basket_id, change)


def void_line(uow, user: User, basket_id: str, line_id: str, approver=None) -> BasketView:
    """Voided lines stay on the basket, struck through, and are counted on the sale."""
    ov = _override(uow, user, Perm.LINE_VOID, approver, f"line {line_id}")
    return _mutate(uow, basket_id, lambda b: b.void_line(line_id).line_id, ov)


def _check_discount(uow, user, base: Decimal, discount: Discount, approver, what: str):
    perm = discount_needs(user.role, discount.percent_of(base))
    by = authorise(uow, user, Perm.DISCOUNT, None) if perm == Perm.DISCOUNT else authorise(uow, user, perm, approver)
    return override_record(perm.value, user, by, detail=f"{what} {discount.kind} {discount.value}") if by else None


def discount_line(uow, user: User, basket_id: str, line_id: str, discount: Discount | None, approver=None) -> BasketView:
    with uow.read() as tx:
        basket = _load_open(tx, basket_id)
    ln = basket.line(line_id)
    base = round_money(ln.effective_price * ln.quantity, basket.currency)
    ov = _check_discount(uow, user, base, discount, approver, "line") if discount else None

    def change(b: Basket):
        b.line(line_id).discount = discount
        return line_id

    return _mutate(uow, basket_id, change, ov)


def discount_basket(uow, user: User, basket_id: str, discount: Discount | None, approver=None) -> BasketView:
    with uow.read() as tx:
        basket = _load_open(tx, basket_id)
    if basket.is_empty:
        raise BasketError("Scan something before giving a discount")
    # the base of a basket discount: every line after its own discount, before the basket's
    base = sum((p.extended - p.line_discount for p in basket.totals().lines), Decimal(0))
    ov = _check_discount(uow, user, base, discount, approver, "basket") if discount else None

    def change(b: Basket):
        b.discount = discount
        return None

    return _mutate(uow, basket_id, change, ov)


def override_price(uow, user: User, basket_id: str, line_id: str, text: str, approver=None) -> BasketView:
    cfg = config(uow)
    price = parse_amount(text, cfg.currency)
    if price < 0:
        raise BasketError("A price cannot be negative")
    ov = _override(uow, user, Perm.PRICE_OVERRIDE, approver, f"line {line_id} price {price}")
    if ov is None:  # allowed by role: still recorded on the sale for the audit trail
        ov = override_record(Perm.PRICE_OVERRIDE.value, user, user, detail=f"line {line_id} price {price}")

    def change(b: Basket):
        ln = b.line(line_id)
        if ln.embedded_price:
            raise BasketError("A weighed item's price comes from its label")
        ln.price_override = price
        return line_id

    return _mutate(uow, basket_id, change, ov)


def park(uow, user: User, basket_id: str, label: str = "") -> BasketView:
    """Set the sale aside (customer forgot their wallet) and start a new one."""
    cfg = config(uow)
    now = utcnow()
    with uow.write(durable=False) as tx:
        basket = _load_open(tx, basket_id)
        if basket.is_empty:
            raise BasketError("Nothing to park")
        label = label.strip() or f"{user.name} {cfg.local(now):%H:%M} {basket.totals().total}"
        tx.baskets.set_status(basket_id, "parked", now, label=label)
        new_id = uuid.uuid4().hex
        new = Basket(cfg.currency, cfg.prices_include_tax)
        tx.baskets.insert(new_id, new, user.id, now)
    return _view(new_id, new)


def parked(uow) -> list[tuple[str, str, str, Decimal]]:
    """(basket id, label, parked at, total) of parked sales."""
    import json

    with uow.read() as tx:
        rows = tx.baskets.parked()
    return [(bid, label, at, Basket.from_dict(json.loads(data)).totals().total) for bid, label, at, data in rows]


def recall(uow, user: User, current_id: str, parked_id: str) -> BasketView:
    """Bring a parked sale back. The current basket must be empty, or it is parked in exchange."""
    cfg = config(uow)
    now = utcnow()
    with uow.write(durable=False) as tx:
        found = tx.baskets.get(parked_id)
        if found is None or found[0] != "parked":
            raise BasketError("That parked sale is gone (recalled elsewhere?)")
        current_basket = _load_open(tx, current_id)
        if current_basket.is_empty:
            tx.baskets.set_status(current_id, "cancelled", now)
        else:
            label = f"{user.name} {cfg.local(now):%H:%M} {current_basket.totals().total}"
            tx.baskets.set_status(current_id, "parked", now, label=label)
        tx.baskets.set_status(parked_id, "open", now)
    return _view(parked_id, found[1])


def clear(uow, user: User, basket_id: str, approver=None) -> BasketView:
    """Abandon the basket before payment: every line is voided (kept, never deleted)."""
    ov = None
    with uow.read() as tx:
        basket = _load_open(tx, basket_id)
    if not basket.is_empty:
        ov = _override(uow, user, Perm.LINE_VOID, approver, "void all lines")

    def change(b: Basket):
        for ln in b.active_lines:
            ln.voided = True
        return None

    return _mutate(uow, basket_id, change, ov)
