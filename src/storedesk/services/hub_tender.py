"""A tender taken at the hub: what store-credit vouchers, gift cards and loyalty points share.

Their balances live at the hub, so a payment with one is taken there BEFORE the sale completes,
under a redemption id the station makes (the hub answers a repeated id with its first answer),
and kept on the open basket with that id at once, so a restart or a lock does not lose it;
removing the payment gives it back at the hub by that id. Each kind keeps its own rules and words
(vouchers.py: a code; gift_cards.py: an activated card of the store's currency; loyalty.py:
points worth money); the steps that are the same for all three are here, as plain generators
for hub calls (services/hub_call.py: used with `yield from`, the hub asked off the database worker):
- `Redemption`, `taking`: an amount of money taken off a voucher or a gift card under a new
  redemption id, and the hub's answer (the balance left) read;
- `ask`: one question to the hub; its silence and its refusal become the caller's words (also
  used by customers.create);
- `balance_left`: after a refusal, what the voucher or card has left, to say so;
- `keep_on_basket`: a redemption the hub said yes to, kept on the basket, or given back at the
  hub when the basket cannot keep it (the sale changed meanwhile).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from ..adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ..domain.errors import DomainError
from ..domain.money import from_minor, to_minor
from ..domain.tenders import Tender
from ..i18n import Message
from . import basket as basket_svc
from .context import User
from .hub_call import Ask, Steps

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

A = TypeVar("A")

# What the hub's refusal (an HTTP 4xx) means to the clerk; it may ask the hub again (a balance).
Refusal = Callable[[HubClient, HubRefused], Steps[Message]]
Cancel = Callable[["UnitOfWork", str], Steps[None]]  # a kind's `cancel.steps`: give a redemption back


@dataclass(frozen=True)
class Redemption:
    """Money taken off a voucher or a gift card at the hub: the tender it pays, its redemption id
    (to give it back), the balance the hub says is left."""

    tender: Tender
    redemption_id: str
    balance_after: Decimal
    view: object = None  # services.basket.BasketView: the basket it is kept on (redeem_for_basket)


def taking(
    kind: str, code: str, amount: Decimal, currency: str, ref: str, send: Callable[[HubClient], Callable[..., dict]]
) -> Callable[[HubClient], Redemption]:
    """The question that takes `amount` off the voucher or card `code` under a new redemption id:
    `send(client)(code, redemption_id, amount_minor, ref)` (the client's redeem call); its
    answer read as a Redemption of a `kind` tender."""
    rid = uuid.uuid4().hex

    def question(client: HubClient) -> Redemption:
        data = send(client)(code, rid, to_minor(amount, currency), ref)
        return Redemption(Tender(kind, amount, code), rid, from_minor(int(data["balance_minor"]), currency))

    return question


def balance_left(lookup: Callable[[str], dict], code: str, currency: str) -> Steps[tuple[int, str]]:
    """After a refusal (409): the balance (minor units) and the currency the voucher or card has
    now (`lookup(code)`, the client's balance call), or (-1, `currency`) when the hub cannot say."""
    try:
        data = yield Ask(lookup, code)
        return int(data["balance_minor"]), str(data["currency"])
    except (HubUnavailable, HubRefused, KeyError, TypeError, ValueError):
        return -1, currency


def in_words(words: Callable[[str], Message]) -> Refusal:
    """A refusal told as `words(the hub's detail)`, asking nothing more."""

    def refusal(client: HubClient, exc: HubRefused) -> Steps[Message]:
        yield from ()
        return words(exc.detail)

    return refusal


def ask(
    client: HubClient,
    question: Callable[[HubClient], A],
    *,
    offline: Message,
    refusal: Refusal,
    malformed: Message | None = None,
    error: type[DomainError] = DomainError,
) -> Steps[A]:
    """`question(client)` asked on the network lane, the client closed after. The hub silent:
    `error(offline)`; refused: `error(refusal(...))`; with `malformed`, an answer that cannot be
    read (KeyError, TypeError, ValueError while `question` reads it) is `error(malformed)`."""
    try:
        return (yield Ask(question, client))
    except HubUnavailable:
        raise error(offline) from None
    except HubRefused as exc:
        said = yield from refusal(client, exc)
        raise error(said) from None
    except (KeyError, TypeError, ValueError):
        if malformed is None:
            raise
        raise error(malformed) from None
    finally:
        client.close()


def keep_on_basket(
    uow: UnitOfWork, user: User, basket_id: str, tender: Tender, redemption_id: str, cancel: Cancel
) -> Steps[basket_svc.BasketView]:
    """Keep a payment the hub took on the open basket with its redemption id, as soon as the hub
    said yes. If the basket cannot keep it (the sale changed meanwhile), the hub is asked to give
    it back (`cancel`) and the basket's refusal is raised."""
    try:
        return basket_svc.take_tender(uow, user, basket_id, tender, redemption_id)
    except DomainError:
        try:
            yield from cancel(uow, redemption_id)
        except DomainError:
            pass  # the hub keeps it taken; its redemption id is in the hub's records with this basket
        raise
