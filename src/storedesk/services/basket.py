"""The basket being rung up. Every change is saved at once, so a crash or restart loses nothing."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain import gift_cards
from ..domain.basket import Basket, BasketLine, BasketTotals, Discount
from ..domain.errors import BasketError, MalformedBarcode, UnknownBarcode
from ..domain.limits import APPROVE, NeedsApproval, NeedsConfirmation, level_of, quantity_crossing, total_crossing
from ..domain.money import from_minor, parse_amount, round_money
from ..domain.permissions import Perm, allowed, discount_needs, require
from ..domain.scan import parse_quantity, parse_scan
from ..domain.tenders import TakenTender, Tender
from ..domain.units import LABEL, check_quantity_for
from ..i18n import Message, msg
from . import prices, promotions, tax_rates
from .auth import authorise, override_record, store_limits
from .catalog import find_scanned
from .context import User, config, utcnow
from .fiscal import events

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork


@dataclass(frozen=True)
class BasketView:
    """What the sale screen shows after an action."""

    basket_id: str
    basket: Basket
    totals: BasketTotals
    changed_line_id: str | None = None
    label: str = ""
    parked_as: int | None = None  # park / recall: the number the basket set aside has in the parked list
    note: Message | None = None  # what the action did when no line shows it ("Coupon X added")


@dataclass(frozen=True)
class ParkedBasket:
    """A parked sale as the F9 list shows it. `number`: its place in the list, oldest first
    (#1), as park and recall name it ("Your basket was parked as #3")."""

    number: int
    basket_id: str
    label: str
    parked_at: str  # UTC, ISO 8601
    total: Decimal
    items: Decimal  # pieces, and kg of weighed goods, of the lines not voided


def _view(basket_id: str, basket: Basket, line_id: str | None = None) -> BasketView:
    return BasketView(basket_id, basket, basket.totals(), line_id)


def _not_open(status: str) -> Message:
    """Why a sale that is no longer open cannot change, as a whole sentence for each state."""
    if status == "parked":
        return msg("basket", "That sale is parked; it cannot change")
    if status == "completed":
        return msg("basket", "That sale is completed; it cannot change")
    if status == "cancelled":
        return msg("basket", "That sale is cancelled; it cannot change")
    return msg("basket", "That sale is no longer open; it cannot change")


def _load_open(tx: Tx, basket_id: str, with_promotions: bool = True) -> Basket:
    """The open basket, priced by the station's promotions (`with_promotions`: False for a web
    order's basket, which the web shop priced)."""
    found = tx.baskets.get(basket_id)
    if found is None:
        raise BasketError(msg("basket", "That sale no longer exists; start a new one"))
    if found.status != "open":
        raise BasketError(_not_open(found.status))
    return promotions.attach(tx, found.basket, with_promotions)


def current(uow: UnitOfWork, user: User) -> BasketView:
    """The station's open basket (restored after a restart), or a new empty one."""
    cfg = config(uow)  # a folder with no store yet says so first
    require(user.role, Perm.SELL)  # rule 9: an auditor changes nothing, the screens only hide
    with uow.write(durable=False) as tx:
        basket_id = tx.baskets.open_id()
        if basket_id:
            basket = _load_open(tx, basket_id)
        else:
            basket_id = uuid.uuid4().hex
            basket = Basket(cfg.currency, cfg.prices_include_tax)
            tx.baskets.insert(basket_id, basket, user.id, utcnow())
    return _view(basket_id, basket)


def add_scan(
    uow: UnitOfWork,
    user: User,
    basket_id: str,
    text: str,
    quantity: Decimal | None = None,
    confirmed: bool = False,
    approver=None,
) -> BasketView:
    """Scan or typed code -> a line. Bad or unknown codes raise and change nothing.
    `confirmed` / `approver`: the clerk's yes, or a supervisor's (user name, PIN), for a
    quantity or total above the store's limits (_within_limits).
    A code that is no product but the coupon of one of the station's promotions is put on the
    sale, or taken off when it is already on it (the view's `note` says which)."""
    require(user.role, Perm.SELL)
    try:
        return _add_scanned(uow, user, basket_id, text, quantity, confirmed, approver)
    except (UnknownBarcode, MalformedBarcode):
        view = _coupon(uow, basket_id, text)
        if view is None:
            raise
        return view


def _coupon(uow: UnitOfWork, basket_id: str, text: str) -> BasketView | None:
    """Put the coupon `text` on the sale or take it off, in one saved change; None when `text`
    is no coupon of the station's promotions."""
    with uow.write(durable=False) as tx:
        code = promotions.coupon_of(tx, text)
        if code is None:
            return None
        basket = _load_open(tx, basket_id)
        note = promotions.toggle_coupon(basket, code)
        basket.check_taken_covered()
        tx.baskets.save(basket_id, basket, utcnow())
    return replace(_view(basket_id, basket), note=note)


def _add_scanned(
    uow: UnitOfWork,
    user: User,
    basket_id: str,
    text: str,
    quantity: Decimal | None,
    confirmed: bool,
    approver,
) -> BasketView:
    scan = parse_scan(text)
    qty = scan.quantity if scan.quantity is not None else quantity if quantity is not None else Decimal(1)
    cfg = config(uow)
    approved_by = authorise(uow, user, Perm.LARGE_SALE, approver) if approver else None
    with uow.write(durable=False) as tx:
        basket = _load_open(tx, basket_id)
        prices.apply_due(tx, cfg.tz)  # the price in force at the scan, even between two minute checks
        now = utcnow()
        tax_rates.switch_due(tx, now)  # a tax rate from the hub whose day has begun (services/tax_rates.py)
        product = find_scanned(tx, scan)
        if product.kind == gift_cards.KIND:  # the till asks for the card's code and amount first
            raise gift_cards.GiftCardProduct(product.sku, product.name)
        tax_rates.refuse_before_day(tx, product.tax_code, product.name, now)  # a new code's first day to come
        price = from_minor(product.price_minor, basket.currency)
        embedded = scan.kind == "embedded"
        qty = _unit_checked(product, qty, label=embedded)
        total_before = basket.totals().total
        line = basket.add(
            BasketLine(
                product_id=product.id,
                sku=product.sku,
                name=product.name,
                unit_price=scan.embedded_price if embedded and scan.embedded_price is not None else price,
                quantity=qty,
                tax_code=product.tax_code,
                tax_rate=product.tax_rate,
                barcode=scan.code if scan.kind != "sku" else product.barcode,
                category=product.category,
                embedded_price=embedded,
            )
        )
        _within_limits(cfg, user, basket, total_before, line, line.quantity - qty, qty, confirmed, approved_by)
        tx.baskets.save(basket_id, basket, utcnow())
    return _view(basket_id, basket, line.line_id)


def add_gift_card(uow: UnitOfWork, user: User, basket_id: str, sku: str, code: str, amount: Decimal) -> BasketView:
    """A line that sells `amount` onto gift card `code` (a new card, or a reload); `sku`: the
    catalog's gift card product. The hub activates the card when the sale's event arrives."""
    require(user.role, Perm.SELL)
    code = gift_cards.parse_code(code)
    with uow.write(durable=False) as tx:
        product = tx.catalog.by_sku(sku)
        if product is None or product.kind != gift_cards.KIND:
            raise BasketError(msg("basket", "{sku} is not a gift card product", sku=sku))
        basket = _load_open(tx, basket_id)
        most = gift_cards.most_of(tx.settings.all())  # the store's gift_card_max
        line = basket.add(
            gift_cards.card_line(basket, product.id, product.sku, product.name, code, amount, most), merge=False
        )
        tx.baskets.save(basket_id, basket, utcnow())
    return _view(basket_id, basket, line.line_id)


def add_product(uow: UnitOfWork, user: User, basket_id: str, sku: str, quantity: Decimal = Decimal(1)) -> BasketView:
    """Add a product chosen from search."""
    require(user.role, Perm.SELL)
    return add_scan(uow, user, basket_id, sku, quantity)


def _within_limits(
    cfg,
    user: User,
    basket: Basket,
    total_before: Decimal,
    line: BasketLine,
    quantity_before: Decimal,
    typed: Decimal,
    confirmed: bool,
    approved_by: User | None,
) -> None:
    """A change that took `line` from `quantity_before` by `typed` (a scan's 3*, the F4 value)
    and the sale from `total_before`: the store's limits it crosses (domain/limits.py) need the
    clerk's yes, above the second limits a supervisor's PIN (rule 9: here, not only on screen).
    A supervisor's approval, or a supervisor's own yes, is recorded on the sale with both users.
    Raises, and the caller's transaction changes nothing, until it is given."""
    limits = cfg.sale_limits
    crossings = tuple(
        c
        for c in (
            quantity_crossing(limits, line.name, typed, quantity_before, line.quantity),
            total_crossing(limits, total_before, basket.totals().total),
        )
        if c is not None
    )
    level = level_of(crossings)
    if level is None:
        return
    detail = "; ".join(c.text(cfg.currency) for c in crossings)
    if approved_by is None and level == APPROVE and not allowed(user.role, Perm.LARGE_SALE):
        raise NeedsApproval(crossings, cfg.currency, user.role)
    if approved_by is None and not confirmed:
        raise NeedsConfirmation(crossings, cfg.currency)
    if level == APPROVE:
        basket.overrides.append(override_record(Perm.LARGE_SALE.value, user, approved_by or user, detail=detail))


def _mutate(
    uow: UnitOfWork, basket_id: str, change, override: dict | None = None, durable: bool = False, also=None
) -> BasketView:
    """One change to the open basket, saved in its own transaction. A change that would leave a
    card or voucher already taken paying more than the sale costs is refused (Basket.check_taken_covered).
    `durable`: fsync the commit (a payment taken must survive a power cut). `also(tx)`: written in
    the same transaction (a redemption asked of the hub, marked kept: services/hub_tender.py)."""
    with uow.write(durable=durable) as tx:
        basket = _load_open(tx, basket_id)
        line_id = change(basket)
        basket.check_taken_covered()
        if override:
            basket.overrides.append(override)
        tx.baskets.save(basket_id, basket, utcnow())
        if also is not None:
            also(tx)
    return _view(basket_id, basket, line_id)


def _override(uow: UnitOfWork, user, perm, approver, detail):
    by = authorise(uow, user, perm, approver)
    return override_record(perm.value, user, by, detail=detail) if by else None


def _unit_checked(product, quantity: Decimal, label: bool = False) -> Decimal:
    """Pieces take whole numbers, weighed or measured goods their unit's decimals
    (domain/units.py); a scale label's line counts labels. Only new input is checked."""
    return check_quantity_for(quantity, LABEL if label else product.unit, product.name)


def set_quantity(
    uow: UnitOfWork, user: User, basket_id: str, line_id: str, text: str, confirmed: bool = False, approver=None
) -> BasketView:
    require(user.role, Perm.SELL)
    qty = parse_quantity(text)
    cfg = config(uow)
    approved_by = authorise(uow, user, Perm.LARGE_SALE, approver) if approver else None
    with uow.read() as tx:
        typed_on = _load_open(tx, basket_id).line(line_id)
        product = tx.catalog.by_id(typed_on.product_id)
    if product is not None and not typed_on.embedded_price:
        _unit_checked(product, qty)

    def change(b: Basket):
        ln = b.line(line_id)
        if ln.embedded_price:
            raise BasketError(msg("basket", "A weighed item's quantity comes from its label"))
        if ln.gift_card:
            raise BasketError(msg("basket", "A gift card line is one card; scan the gift card again for another"))
        total_before, quantity_before = b.totals().total, ln.quantity
        b.set_quantity(line_id, qty)
        _within_limits(cfg, user, b, total_before, ln, quantity_before, qty, confirmed, approved_by)
        if ln.quantity < quantity_before:  # fewer: a partial void, journaled as one (issue 19)
            lowered.append((b.currency, ln, quantity_before))
        return line_id

    lowered: list[tuple[str, BasketLine, Decimal]] = []

    def journal(tx: Tx) -> None:  # in the change's own transaction, like void_line
        if lowered:
            currency, line, before = lowered[-1]
            events.record_line_void(tx, basket_id, currency, line, user.username, "", utcnow(), quantity_before=before)

    return _mutate(uow, basket_id, change, also=journal)


def void_line(uow: UnitOfWork, user: User, basket_id: str, line_id: str, approver=None) -> BasketView:
    """Voided lines stay on the basket, struck through, and are counted on the sale."""
    require(user.role, Perm.SELL)
    ov = _override(uow, user, Perm.LINE_VOID, approver, f"line {line_id}")
    voided: list[tuple[str, BasketLine]] = []

    def change(b: Basket):
        voided.append((b.currency, b.void_line(line_id)))
        return line_id

    def journal(tx: Tx) -> None:  # issue 19: journaled in the void's own transaction
        currency, line = voided[-1]
        events.record_line_void(tx, basket_id, currency, line, user.username, _approver(ov), utcnow())

    return _mutate(uow, basket_id, change, ov, also=journal)


def _approver(override: dict | None) -> str:
    """Who allowed an action a journal entry records ("": the clerk's own role allowed it)."""
    return override["approver"] if override else ""


def _check_discount(uow: UnitOfWork, user, base: Decimal, discount: Discount, approver, what: str):
    perm = discount_needs(user.role, discount.percent_of(base), store_limits(uow))
    by = authorise(uow, user, Perm.DISCOUNT, None) if perm == Perm.DISCOUNT else authorise(uow, user, perm, approver)
    return override_record(perm.value, user, by, detail=f"{what} {discount.kind} {discount.value}") if by else None


def discount_line(
    uow: UnitOfWork, user: User, basket_id: str, line_id: str, discount: Discount | None, approver=None
) -> BasketView:
    require(user.role, Perm.SELL)
    with uow.read() as tx:
        basket = _load_open(tx, basket_id)
    ln = basket.line(line_id)
    if discount is not None:
        gift_cards.refuse_price_change(ln)
    base = round_money(ln.effective_price * ln.quantity, basket.currency)
    ov = _check_discount(uow, user, base, discount, approver, "line") if discount else None

    def change(b: Basket):
        b.line(line_id).discount = discount
        return line_id

    return _mutate(uow, basket_id, change, ov)


def discount_basket(
    uow: UnitOfWork, user: User, basket_id: str, discount: Discount | None, approver=None
) -> BasketView:
    require(user.role, Perm.SELL)
    with uow.read() as tx:
        basket = _load_open(tx, basket_id)
    if basket.is_empty:
        raise BasketError(msg("basket", "Scan something before giving a discount"))
    # the base of a basket discount: every line after its own discount, before the basket's
    base = sum((p.extended - p.line_discount for p in basket.totals().lines), Decimal(0))
    ov = _check_discount(uow, user, base, discount, approver, "basket") if discount else None

    def change(b: Basket):
        b.discount = discount
        return None

    return _mutate(uow, basket_id, change, ov)


def override_price(uow: UnitOfWork, user: User, basket_id: str, line_id: str, text: str, approver=None) -> BasketView:
    require(user.role, Perm.SELL)
    cfg = config(uow)
    price = parse_amount(text, cfg.currency)
    if price < 0:
        raise BasketError(msg("basket", "A price cannot be negative"))
    with uow.read() as tx:
        gift_cards.refuse_price_change(_load_open(tx, basket_id).line(line_id))  # before asking for a PIN
    ov = _override(uow, user, Perm.PRICE_OVERRIDE, approver, f"line {line_id} price {price}")
    if ov is None:  # allowed by role: still recorded on the sale for the audit trail
        ov = override_record(Perm.PRICE_OVERRIDE.value, user, user, detail=f"line {line_id} price {price}")

    changed: list[tuple[str, BasketLine, Decimal]] = []

    def change(b: Basket):
        ln = b.line(line_id)
        if ln.embedded_price:
            raise BasketError(msg("basket", "A weighed item's price comes from its label"))
        gift_cards.refuse_price_change(ln)
        changed.append((b.currency, ln, ln.effective_price))
        ln.price_override = price
        return line_id

    def journal(tx: Tx) -> None:  # issue 19: journaled in the override's own transaction
        currency, line, before = changed[-1]
        events.record_price_override(tx, basket_id, currency, line, before, user.username, _approver(ov), utcnow())

    return _mutate(uow, basket_id, change, ov, also=journal)


def park(uow: UnitOfWork, user: User, basket_id: str, label: str = "") -> BasketView:
    """Set the sale aside (customer forgot their wallet) and start a new one."""
    require(user.role, Perm.SELL)
    cfg = config(uow)
    now = utcnow()
    with uow.write(durable=False) as tx:
        basket = _load_open(tx, basket_id)
        if basket.is_empty:
            raise BasketError(msg("basket", "Nothing to park"))
        basket.check_nothing_taken("parked")
        label = label.strip() or f"{user.name} {cfg.local(now):%H:%M} {basket.totals().total}"
        tx.baskets.set_status(basket_id, "parked", now, label=label)
        new_id = uuid.uuid4().hex
        new = Basket(cfg.currency, cfg.prices_include_tax)
        tx.baskets.insert(new_id, new, user.id, now)
        number = len(tx.baskets.parked())
    return replace(_view(new_id, new), parked_as=number)


def parked(uow: UnitOfWork) -> list[ParkedBasket]:
    """The parked sales, oldest first."""
    with uow.read() as tx:
        rows = tx.baskets.parked()
        pricer = promotions.station_pricer(tx) if rows else None
    out = []
    for number, row in enumerate(rows, start=1):
        basket = Basket.from_dict(json.loads(row.data))
        basket.pricer = pricer
        totals = basket.totals()
        out.append(ParkedBasket(number, row.id, row.label, row.updated_at, totals.total, totals.item_count))
    return out


def recall(uow: UnitOfWork, user: User, current_id: str, parked_id: str) -> BasketView:
    """Bring a parked sale back. The current basket must be empty, or it is parked in exchange
    (the view's `parked_as` says under which number)."""
    require(user.role, Perm.SELL)
    cfg = config(uow)
    now = utcnow()
    with uow.write(durable=False) as tx:
        found = tx.baskets.get(parked_id)
        if found is None or found.status != "parked":
            raise BasketError(msg("basket", "That parked sale is gone (recalled elsewhere?)"))
        current_basket = _load_open(tx, current_id)
        current_basket.check_nothing_taken("parked" if not current_basket.is_empty else "set aside")
        if current_basket.is_empty:
            tx.baskets.set_status(current_id, "cancelled", now)
        else:
            label = f"{user.name} {cfg.local(now):%H:%M} {current_basket.totals().total}"
            tx.baskets.set_status(current_id, "parked", now, label=label)
        tx.baskets.set_status(parked_id, "open", now)
        if tx.baskets.owner(parked_id) != user.id:  # recalled by a colleague: theirs from now on
            tx.baskets.set_owner(parked_id, user.id, now)
        number = None if current_basket.is_empty else len(tx.baskets.parked())
        found.basket.pricer = current_basket.pricer  # the station's, attached by _load_open just above
    return replace(_view(parked_id, found.basket), parked_as=number)


def clear(uow: UnitOfWork, user: User, basket_id: str, approver=None) -> BasketView:
    """Abandon the basket before payment: every line is voided (kept, never deleted)."""
    require(user.role, Perm.SELL)
    ov = None
    with uow.read() as tx:
        basket = _load_open(tx, basket_id)
    basket.check_nothing_taken("voided whole")
    if not basket.is_empty:
        ov = _override(uow, user, Perm.LINE_VOID, approver, "void all lines")

    abandoned: list[tuple[str, list[BasketLine], Decimal]] = []

    def change(b: Basket):
        b.check_nothing_taken("voided whole")
        if not b.is_empty:
            abandoned.append((b.currency, b.active_lines, b.totals().total))
        for ln in b.active_lines:
            ln.voided = True
        return None

    def journal(tx: Tx) -> None:  # issue 19: an abandoned basket is journaled with its lines
        if abandoned:
            currency, lines, total = abandoned[-1]
            events.record_basket_abandon(tx, basket_id, currency, lines, total, user.username, _approver(ov), utcnow())

    return _mutate(uow, basket_id, change, ov, also=journal)


# ---- payments taken before the sale completes ------------------------------------------------
def take_tender(
    uow: UnitOfWork, user: User, basket_id: str, tender: Tender, redemption_id: str = "", also=None
) -> BasketView:
    """Keep a payment the customer has made towards the open sale (a card the terminal approved,
    a voucher the hub redeemed, cash towards the rest) on the basket, durably, before the till
    goes on: a restart, a crash or a lock then never loses it, and the sale's payments are these
    plus the final one (services/sale.write_sale). `also(tx)`: written in the same transaction."""
    require(user.role, Perm.SELL)
    taken = TakenTender(tender, redemption_id, utcnow(), user.username)
    return _mutate(uow, basket_id, lambda b: b.take(taken), durable=True, also=also)


def last_taken(uow: UnitOfWork, basket_id: str) -> TakenTender | None:
    """The payment "give back" would remove (a voucher's is first given back at the hub)."""
    with uow.read() as tx:
        basket = _load_open(tx, basket_id)
    return basket.taken[-1] if basket.taken else None


def give_back_tender(uow: UnitOfWork, user: User, basket_id: str, expected: TakenTender) -> BasketView:
    """Remove the last payment taken, once it is given back (the card reversed at the terminal,
    the voucher's amount returned by the hub). `expected`: that payment, so that a second press
    never removes the one before it."""
    require(user.role, Perm.SELL)

    def change(b: Basket):
        if not b.taken or b.taken[-1] != expected:
            raise BasketError(msg("basket", "That payment was already given back"))
        b.give_back_last()
        return None

    return _mutate(uow, basket_id, change, durable=True)


def open_sale(uow: UnitOfWork) -> BasketView | None:
    """The station's open basket as it is stored, or None (the lock screen's note)."""
    with uow.read() as tx:
        basket_id = tx.baskets.open_id()
        if not basket_id:
            return None
        basket = _load_open(tx, basket_id)
    return _view(basket_id, basket)
