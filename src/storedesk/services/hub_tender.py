"""A tender taken at the hub: what store-credit vouchers, gift cards and loyalty points share.

Their balances live at the hub, so a payment with one is taken there BEFORE the sale completes,
under a redemption id the station makes (the hub answers a repeated id with its first answer),
and kept on the open basket with that id at once, so a restart or a lock does not lose it;
removing the payment gives it back at the hub by that id. Each kind keeps its own rules and words
(vouchers.py: a code; gift_cards.py: an activated card of the store's currency; loyalty.py:
points worth money); the steps that are the same for all three are here, as plain generators
for hub calls (services/hub_call.py: used with `yield from`, the hub asked off the database worker):
- `intent`, `take`: a redemption is written down at the station (table pending_redemptions,
  s0024: its id, kind, code, amount, basket, time) in its own short transaction BEFORE the hub is
  asked. The hub's yes: `keep_on_basket` keeps it and marks it settled in one transaction; its
  refusal: settled, nothing taken; its answer lost (a timeout after the hub committed, an answer
  that cannot be read): the clerk is told the hub may have taken it, and it is given back at the
  hub under the same id (`give_back`, idempotent there) at once if the hub answers, else at the
  next sync (`give_back_open`, services/sync.sync_once) until settled. An id the hub does not know
  (404) was not taken: settled, once the question is older than `GRACE` (it could still be on
  its way to the hub before that);
- `Redemption`, `taking`: an amount of money taken off a voucher or a gift card under the
  intent's redemption id, and the hub's answer (the balance left) read;
- `ask`: one question to the hub; its silence and its refusal become the caller's words (also
  used by customers.create);
- `balance_left`: after a refusal, what the voucher or card has left, to say so;
- `keep_on_basket`: a redemption the hub said yes to, kept on the basket, or given back at the
  hub when the basket cannot keep it (the sale changed meanwhile; if the hub cannot give it back
  then, the intent stays open and the next sync gives it back).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from ..adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ..adapters.pending_redemptions_repo import PendingRedemption, PendingRedemptionsRepo
from ..domain.errors import DomainError
from ..domain.money import from_minor, to_minor
from ..domain.tenders import GIFT_CARD, POINTS, VOUCHER, Tender
from ..i18n import Message
from . import basket as basket_svc
from .context import User, utcnow
from .hub_call import Ask, Steps, run

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

A = TypeVar("A")
log = logging.getLogger(__name__)

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
    asked: PendingRedemption, amount: Decimal, currency: str, send: Callable[[HubClient], Callable[..., dict]]
) -> Callable[[HubClient], Redemption]:
    """The question that takes `amount` off the voucher or card of the intent `asked`, under its
    redemption id: `send(client)(code, redemption_id, amount_minor, basket_id)` (the client's
    redeem call); its answer read as a Redemption of the intent's kind of tender."""
    rid = asked.redemption_id

    def question(client: HubClient) -> Redemption:
        data = send(client)(asked.reference, rid, asked.amount_minor, asked.basket_id)
        tender = Tender(asked.kind, amount, asked.reference)
        return Redemption(tender, rid, from_minor(int(data["balance_minor"]), currency))

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
    uow: UnitOfWork,
    user: User,
    basket_id: str,
    tender: Tender,
    redemption_id: str,
    client_of: Callable[[], HubClient],
) -> Steps[basket_svc.BasketView]:
    """Keep a payment the hub took on the open basket with its redemption id, as soon as the hub
    said yes, and mark its intent settled in the same transaction. If the basket cannot keep it
    (the sale changed meanwhile), it is given back at the hub (a client from `client_of`); if the
    hub cannot say so now, the intent stays open for the next sync. The basket's refusal is raised."""

    def kept(tx) -> None:
        PendingRedemptionsRepo(tx.conn).settle(redemption_id, KEPT, utcnow())

    try:
        return basket_svc.take_tender(uow, user, basket_id, tender, redemption_id, also=kept)
    except DomainError as exc:
        log.warning("%s redemption %s not kept on basket %s: %s", tender.kind, redemption_id, basket_id, exc.message)
        yield from _give_back_now(uow, redemption_id, client_of)
        raise


# What became of an intent (pending_redemptions.outcome).
KEPT = "kept"  # on the basket, with its redemption id
REFUSED = "refused"  # the hub said no: nothing taken
GIVEN_BACK = "given_back"  # the hub gave it back
NOT_TAKEN = "not_taken"  # the hub does not know its id (404), GRACE after it was asked
ANSWERED = "answered"  # the hub's yes handed to a caller that holds the payment (vouchers.redeem)
OPEN = "open"  # not settled: the next sync tries again
UNREACHABLE = "unreachable"  # the hub did not answer: the next sync tries again

# How long an unanswered question may still be on its way to the hub: before that, an id the hub
# does not know may yet be taken (the redemption still waiting there), so it is not settled.
GRACE = timedelta(minutes=3)

# Each kind's give-back at the hub (HubClient methods; the hub's cancel is idempotent by id).
_CANCEL_CALLS = {
    VOUCHER: "cancel_redemption",
    GIFT_CARD: "cancel_gift_card_redemption",
    POINTS: "cancel_points",
}


def intent(kind: str, reference: str, amount_minor: int, basket_id: str) -> PendingRedemption:
    """A redemption about to be asked of the hub, under a new id (not written yet: `take` does)."""
    return PendingRedemption(uuid.uuid4().hex, kind, reference, amount_minor, basket_id, utcnow())


def take(
    uow: UnitOfWork,
    asked: PendingRedemption,
    question: Callable[[HubClient], A],
    *,
    client_of: Callable[[], HubClient],
    unsure: Message,
    refusal: Refusal,
    malformed: Message | None = None,
    error: type[DomainError] = DomainError,
) -> Steps[A]:
    """Record the intent `asked` (its own short transaction, durable), then ask `question` (see
    `ask`). The hub's yes is returned with the intent still open: the caller keeps it on the basket
    (`keep_on_basket`) or marks it `answered`. A refusal settles it (nothing taken). Anything else
    (the hub silent: `error(unsure)`; an answer that cannot be read: `error(malformed)`) may have
    been taken: it is given back at once if the hub answers, else at the next sync."""
    client = client_of()  # no hub: refused before anything is written
    with uow.write() as tx:
        PendingRedemptionsRepo(tx.conn).add(asked)
    refused: list[int] = []

    def noted(client: HubClient, exc: HubRefused) -> Steps[Message]:
        refused.append(exc.status)
        return (yield from refusal(client, exc))

    try:
        return (yield from ask(client, question, offline=unsure, refusal=noted, malformed=malformed, error=error))
    except Exception:
        if refused:
            _settle(uow, asked.redemption_id, REFUSED)
        else:
            log.warning("%s redemption %s: the hub's answer was lost; giving it back", asked.kind, asked.redemption_id)
            yield from _give_back_now(uow, asked.redemption_id, client_of)
        raise


def take_money(
    uow: UnitOfWork,
    kind: str,
    code: str,
    amount: Decimal,
    currency: str,
    ref: str,
    send: Callable[[HubClient], Callable[..., dict]],
    **words,
) -> Steps[Redemption]:
    """`amount` taken off the voucher or gift card `code` (`kind`) for the basket `ref`, under a
    recorded intent (`take`, with the kind's `words`: client_of, unsure, refusal, malformed, error;
    `send`: the client's redeem call, see `taking`)."""
    asked = intent(kind, code, to_minor(amount, currency), ref)
    return (yield from take(uow, asked, taking(asked, amount, currency, send), **words))


def answered(uow: UnitOfWork, redemption_id: str) -> None:
    """The hub's yes is held by the caller (not kept on a basket here): the intent is settled."""
    _settle(uow, redemption_id, ANSWERED)


def _settle(uow: UnitOfWork, redemption_id: str, outcome: str) -> None:
    with uow.write() as tx:
        PendingRedemptionsRepo(tx.conn).settle(redemption_id, outcome, utcnow())


def _give_back_now(uow: UnitOfWork, redemption_id: str, client_of: Callable[[], HubClient]) -> Steps[str]:
    """Mark the intent to be given back (the next sync does it if the hub does not answer now),
    then ask the hub to give it back."""
    with uow.write() as tx:
        repo = PendingRedemptionsRepo(tx.conn)
        repo.to_give_back(redemption_id)
        asked = repo.get(redemption_id)
    if asked is None:
        return OPEN
    client = client_of()
    try:
        return (yield from give_back(uow, asked, client))
    finally:
        client.close()


def give_back(uow: UnitOfWork, asked: PendingRedemption, client: HubClient, now: str | None = None) -> Steps[str]:
    """Ask the hub to give the redemption `asked` back, by its id; settle the intent when the hub
    gave it back (or, GRACE after it was asked, does not know the id: nothing was taken). Else
    it stays open (logged): OPEN, or UNREACHABLE when the hub did not answer."""
    rid = asked.redemption_id
    try:
        yield Ask(lambda: getattr(client, _CANCEL_CALLS[asked.kind])(rid))
    except HubUnavailable as exc:
        log.warning("%s redemption %s not given back yet (%s): the next sync tries again", asked.kind, rid, exc.message)
        return UNREACHABLE
    except HubRefused as exc:
        if exc.status == 404 and _past_grace(asked, now or utcnow()):
            _settle(uow, rid, NOT_TAKEN)
            return NOT_TAKEN
        log.warning(
            "%s redemption %s not given back yet (hub: %d): the next sync tries again", asked.kind, rid, exc.status
        )
        return OPEN
    _settle(uow, rid, GIVEN_BACK)
    log.info("%s redemption %s given back at the hub", asked.kind, rid)
    return GIVEN_BACK


def _past_grace(asked: PendingRedemption, now: str) -> bool:
    return datetime.fromisoformat(asked.asked_at) + GRACE <= datetime.fromisoformat(now)


def give_back_open(uow: UnitOfWork, client: HubClient, now: str | None = None) -> int:
    """At each sync (services/sync.sync_once, on the sync thread): every open intent due (its
    answer lost, its basket unable to keep it, or asked more than GRACE ago and never answered)
    given back at the hub; stops when the hub does not answer. How many were settled."""
    now = now or utcnow()
    cutoff = (datetime.fromisoformat(now) - GRACE).isoformat(timespec="microseconds")
    with uow.read() as tx:
        due = PendingRedemptionsRepo(tx.conn).due(cutoff)
    settled = 0
    for asked in due:
        outcome = run(uow, give_back(uow, asked, client, now))
        if outcome == UNREACHABLE:
            break
        settled += outcome in (GIVEN_BACK, NOT_TAKEN)
    return settled
