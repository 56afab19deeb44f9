"""Customers at the till (issue 18): find, create, attach to the sale, detach.

The hub is the customer master. Finding and creating ask it on the network lane (hub calls,
services/hub_call.py); every customer it gives is remembered in the station's recent customers
(customer_cache, s0020), so that offline the clerk still finds the customers this station saw
lately, told plainly that the list is only those. Creating needs the hub (it issues the card and
refuses duplicates across the chain). Attaching puts the customer on the open basket
(Basket.customer: its group prices the promotions for that group) and is saved with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..adapters.customers_repo import CachedCustomer, CustomersRepo
from ..adapters.hub_client import HubRefused, HubUnavailable
from ..domain.basket import Basket, BasketCustomer
from ..domain.errors import BasketError, DomainError
from ..domain.permissions import Perm, require
from ..domain.pricing.loyalty import InvalidContact, clean_card, clean_email, clean_name, clean_phone
from ..domain.tenders import POINTS
from ..i18n import msg
from ..sync.feed_items import BadItem
from . import basket as basket_svc
from . import hub_tender
from .context import User, utcnow
from .hub_call import Ask, Steps, hub_call
from .sync import NotRegistered, client_for

CARD_PREFIX = "LOY"  # the cards the hub issues (hub/customers/service.py)

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork


@dataclass(frozen=True)
class Customer:
    """A customer as the till shows it. `points`: the balance the hub gave (None: not known)."""

    id: str
    card: str
    name: str
    phone: str = ""
    email: str = ""
    group: str = ""
    points: int | None = None

    @classmethod
    def from_hub(cls, d: dict) -> Customer:
        points = d.get("points")
        return cls(
            str(d["id"]),
            str(d.get("card") or ""),
            str(d.get("name") or ""),
            str(d.get("phone") or ""),
            str(d.get("email") or ""),
            str(d.get("group") or ""),
            int(points) if points is not None else None,
        )

    def cached(self, now: str) -> CachedCustomer:
        return CachedCustomer(self.id, self.card, self.name, self.phone, self.email, self.group, self.points, now)

    def for_basket(self) -> BasketCustomer:
        return BasketCustomer(self.id, self.card, self.name, self.group)


@dataclass(frozen=True)
class Found:
    customers: list[Customer]
    online: bool  # False: the hub could not be reached; these are the station's recent customers


def _of_cache(row: CachedCustomer) -> Customer:
    return Customer(row.id, row.card, row.name, row.phone, row.email, row.customer_group, None)


def remember(uow: UnitOfWork, found: list[Customer]) -> None:
    if found:
        with uow.write(durable=False) as tx:
            CustomersRepo(tx.conn).remember([c.cached(utcnow()) for c in found])


def _local(uow: UnitOfWork, text: str) -> list[Customer]:
    try:
        phone = clean_phone(text)
    except InvalidContact:
        phone = None
    with uow.read() as tx:
        return [_of_cache(r) for r in CustomersRepo(tx.conn).search(text, phone)]


def _hub(uow: UnitOfWork):
    try:
        return client_for(uow)
    except NotRegistered:
        return None


@hub_call
def find(uow: UnitOfWork, text: str) -> Steps[Found]:
    """Customers by phone, email, name or card: the hub's answer, or offline the recent ones."""
    text = " ".join((text or "").split())
    if len(text) < 2:
        raise DomainError(msg("customers", "Type at least two characters, or scan the card"))
    client = _hub(uow)
    if client is None:
        return Found(_local(uow, text), online=False)
    try:
        data = yield Ask(client.customers, text)
    except HubUnavailable:
        return Found(_local(uow, text), online=False)
    except HubRefused as exc:
        raise DomainError(msg("customers", "The hub refused the search ({detail})", detail=exc.detail)) from None
    finally:
        client.close()
    found = [Customer.from_hub(d) for d in data]
    remember(uow, found)
    return Found(found, online=True)


@hub_call
def by_card(uow: UnitOfWork, card: str) -> Steps[Customer | None]:
    """The customer of a scanned loyalty card: the hub's, or offline the station's recent one.
    None: no customer has it (the hub says so; with no hub, none of the recent customers). The hub
    silent and the card not among the recent customers is not "no customer": a DomainError says
    the hub cannot be reached; the hub's refusal is told in its words."""
    code = clean_card(card) or ""
    client = _hub(uow)
    if client is None:
        return _recent_card(uow, code)
    try:
        data = yield Ask(client.customers, "", code)
    except HubUnavailable:
        recent = _recent_card(uow, code)
        if recent is None:
            raise DomainError(
                msg(
                    "customers",
                    "The hub cannot be reached, and the loyalty card {card} is not among this station's "
                    "recent customers",
                    card=code,
                )
            ) from None
        return recent
    except HubRefused as exc:
        raise DomainError(
            msg(
                "customers",
                "The hub refused to look up the loyalty card {card} ({detail})",
                card=code,
                detail=exc.detail,
            )
        ) from None
    finally:
        client.close()
    found = [Customer.from_hub(d) for d in data]
    remember(uow, found)
    return found[0] if found else None


def _recent_card(uow: UnitOfWork, code: str) -> Customer | None:
    hits = [c for c in _local(uow, code) if c.card == code]
    return hits[0] if hits else None


@hub_call
def refresh(uow: UnitOfWork, customer_id: str) -> Steps[Customer | None]:
    """The customer with their points balance from the hub; None offline."""
    client = _hub(uow)
    if client is None:
        return None
    try:
        data = yield Ask(client.customer, customer_id)
    except (HubUnavailable, HubRefused):
        return None
    finally:
        client.close()
    found = Customer.from_hub(data)
    remember(uow, [found])
    return found


@hub_call
def create(
    uow: UnitOfWork, name: str, phone: str, email: str, consent: bool, card: str = "", group: str = ""
) -> Steps[Customer]:
    """A new customer at the hub (it issues a card when none was scanned). Needs the hub."""
    body = {
        "name": clean_name(name),
        "phone": clean_phone(phone) or "",
        "email": clean_email(email) or "",
        "card": clean_card(card) or "",
        "group": group,
        "consent": bool(consent),
    }
    if not body["phone"] and not body["email"] and not body["card"]:
        raise InvalidContact(msg("loyalty", "Give a phone number, an email address or a loyalty card"))
    client = _hub(uow)
    if client is None:
        raise DomainError(msg("customers", "Customers are kept at the hub, and this station has no hub"))
    data = yield from hub_tender.ask(
        client,
        lambda hub: hub.create_customer(body),
        offline=msg("customers", "The hub cannot be reached: customers cannot be created offline; try again later"),
        refusal=hub_tender.in_words(lambda detail: msg("customers", "The hub refused: {detail}", detail=detail)),
    )
    made = Customer.from_hub(data)
    remember(uow, [made])
    return made


def attach(uow: UnitOfWork, user: User, basket_id: str, customer: Customer) -> basket_svc.BasketView:
    """Put the customer on the open sale (saved with it); the promotions are priced again."""
    require(user.role, Perm.SELL)  # rule 9: an auditor changes nothing

    def change(b: Basket):
        if any(t.tender.kind == POINTS for t in b.taken):
            raise BasketError(msg("customers", "Points are already taken on this sale; give them back first"))
        b.customer = customer.for_basket()
        return None

    view = basket_svc._mutate(uow, basket_id, change)
    remember(uow, [customer])
    with uow.write(durable=False) as tx:  # the balance the receipt starts from: the hub's, or unknown
        CustomersRepo(tx.conn).set_points(customer.id, customer.points)
    return view


def is_issued_card(text: str) -> bool:
    """Whether a scanned code is a loyalty card the hub issued (LOY + digits), not a product."""
    code = (text or "").strip().upper()
    return code.startswith(CARD_PREFIX) and code[len(CARD_PREFIX) :].isdigit() and len(code) > len(CARD_PREFIX)


@hub_call
def attach_card(uow: UnitOfWork, user: User, basket_id: str, card: str) -> Steps[basket_svc.BasketView]:
    """A loyalty card scanned at the counter: its customer attached to the sale."""
    require(user.role, Perm.SELL)  # rule 9: before the hub is asked; an auditor changes nothing
    found = yield from by_card.steps(uow, card)
    if found is None:
        raise DomainError(msg("customers", "No customer has the loyalty card {card}", card=card.strip().upper()))
    return attach(uow, user, basket_id, found)


def detach(uow: UnitOfWork, user: User, basket_id: str) -> basket_svc.BasketView:
    """Take the customer off the open sale (refused while points of theirs pay part of it)."""
    require(user.role, Perm.SELL)  # rule 9: an auditor changes nothing

    def change(b: Basket):
        if any(t.tender.kind == POINTS for t in b.taken):
            raise BasketError(msg("customers", "Points are already taken on this sale; give them back first"))
        b.customer = None
        return None

    return basket_svc._mutate(uow, basket_id, change)


def apply_erased(tx: Tx, data: dict, cfg, now: str) -> None:
    """Feed kind "customer_erased": the customer leaves the station's recent customers; their name
    and card are cleared from the sales made for them, the points payments of those sales, every
    stored basket and the events already sent, in this transaction (the sales stay; the journal's
    hash-chained entries are not rewritten: adapters/customer_erasure.py says what stays and why)."""
    customer_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(customer_id, str) or not customer_id:
        raise BadItem("customer_erased: no id")
    CustomersRepo(tx.conn).forget(customer_id, now)


def known_points(uow: UnitOfWork, customer_id: str) -> int | None:
    """The balance the station last heard from the hub (None: not known)."""
    with uow.read() as tx:
        row = CustomersRepo(tx.conn).get(customer_id)
    return row.points if row else None
