"""What a customer erased at the hub leaves at a station, cleared (issue 18, feed kind "customer_erased").

The hub erases a customer on request: their name and contacts go, their card is cleared from the
sales made for them; the sales and the points ledger stay (hub/customers/service.erase). A station
holds the same person in several places; `forget` clears them all in the feed page's transaction:
- customer_cache (the recent customers): the row goes;
- sale_customers: the card is blanked (its trigger allows only that, s0020);
- sale_payments: the reference of the points payments of their sales (the card number) is
  blanked (the rows are permanent; their trigger allows only that, s0023);
- return_points: the card of their returns is blanked (its trigger allows only that, s0022);
- baskets.data (the stored JSON of open, parked, completed and cancelled sales): the customer's
  name and card. A completed or cancelled basket also loses its points payments taken with that
  card (the sale's own payments are the record of what was paid); an open or parked sale keeps
  the card on its points payments taken, because it is still to be paid and a points payment
  needs its card (domain/tenders.Tender): the hub blanks the card of an erased customer at ingest;
- outbox.payload of the events the hub has already answered (sent, duplicate): the "customer"
  block's card, the points payments' reference, a return's "points_card". Nothing reads a sent
  payload again (the relay sends only waiting events, the Sync screen lists kinds and statuses, a
  restore takes the hub's copies). Events still waiting or rejected keep theirs: they are sent
  (again) under their id, which the hub takes once and refuses with a different payload; the hub
  blanks the card of an erased customer at ingest.

What stays: the journal (rule 4). Its entries are the fiscal documents as written, hash-chained:
rewriting one breaks the chain that `storedesk journal verify` walks and that the Z reports seal;
a sale's entry keeps the customer's id and card (the receipt printed the card) and the points
payments' reference. No name is ever journaled. Backups and receipt PDFs made before the erasure
are files, not rows: they are not rewritten.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..domain.journal import canonical_json
from ..domain.tenders import POINTS
from .repositories import Repo

ANSWERED = ("sent", "duplicate")  # events the hub has answered: never sent again


def basket_without(data: dict, customer_id: str, cards: set[str], keep_taken: bool) -> bool:
    """Blank the customer's name and card in a stored basket's JSON (in place); with
    `keep_taken` False, its points payments taken with one of `cards` go too. Whether it changed."""
    customer = data.get("customer")
    if not isinstance(customer, dict) or customer.get("id") != customer_id:
        return False
    changed = bool(customer.get("name") or customer.get("card"))
    customer["name"] = customer["card"] = ""
    if not keep_taken:
        taken = data.get("tenders_taken") or []
        kept = [t for t in taken if not (t.get("kind") == POINTS and t.get("reference") in cards)]
        changed = changed or len(kept) != len(taken)
        data["tenders_taken"] = kept
    return changed


def event_without(payload: dict, customer_id: str, cards: set[str]) -> bool:
    """Blank the card of the customer in a sent event's payload (in place): the sale's "customer"
    block and points payments, a return's "points_card". Whether it changed."""
    changed = False
    customer = payload.get("customer")
    if isinstance(customer, dict) and customer.get("id") == customer_id and customer.get("card"):
        cards = cards | {customer["card"]}
        customer["card"] = ""
        changed = True
    for payment in payload.get("payments") or []:
        if isinstance(payment, dict) and payment.get("kind") == POINTS and payment.get("reference") in cards:
            payment["reference"] = ""
            changed = True
    if payload.get("points_card") in cards:
        payload["points_card"] = ""
        changed = True
    return changed


class CustomerErasure(Repo):
    """Every trace of one erased customer at this station, cleared in the caller's transaction."""

    def forget(self, customer_id: str, now: str) -> None:
        baskets = [(basket_id, status, json.loads(text)) for basket_id, status, text in self._baskets_of(customer_id)]
        cards = self._cards(customer_id, [data for _id, _status, data in baskets])
        self.q("DELETE FROM customer_cache WHERE id = ?", (customer_id,))
        self._points_payments(customer_id)
        self.q("UPDATE sale_customers SET card = '' WHERE customer_id = ? AND card <> ''", (customer_id,))
        for basket_id, status, data in baskets:
            if basket_without(data, customer_id, cards, keep_taken=status in ("open", "parked")):
                # an open sale gets a new updated_at: a copy a unit of work keeps parsed
                # (BasketsRepo.cache) is read again, never saved back over this with the name in it
                self.q(
                    "UPDATE baskets SET data = ?, updated_at = CASE WHEN status = 'open' THEN ? ELSE updated_at END "
                    "WHERE id = ?",
                    (json.dumps(data), now, basket_id),
                )
        self._sent_events(customer_id, cards)

    def _cards(self, customer_id: str, baskets: list[dict]) -> set[str]:
        """Every card this station knew the customer by (read before any is cleared)."""
        found = self.q(
            "SELECT card FROM customer_cache WHERE id = ? UNION SELECT card FROM sale_customers WHERE customer_id = ?",
            (customer_id, customer_id),
        ).fetchall()
        cards = {card for (card,) in found}
        for data in baskets:
            customer = data.get("customer")
            if isinstance(customer, dict) and customer.get("id") == customer_id:
                cards.add(str(customer.get("card") or ""))
        return cards - {""}

    def _points_payments(self, customer_id: str) -> None:
        self.q(
            "UPDATE sale_payments SET reference = '' WHERE kind = 'points' AND reference <> '' AND sale_id IN "
            "(SELECT sale_id FROM sale_customers WHERE customer_id = ?)",
            (customer_id,),
        )
        self.q("UPDATE return_points SET card = '' WHERE customer_id = ? AND card <> ''", (customer_id,))

    def _baskets_of(self, customer_id: str) -> list[tuple[str, str, str]]:
        """(id, status, data) of the baskets that may name the customer: those of the sales made for
        them, and the sales not completed that hold their id."""
        return self.q(
            "SELECT b.id, b.status, b.data FROM baskets b JOIN sales s ON s.basket_id = b.id "
            "JOIN sale_customers c ON c.sale_id = s.id WHERE c.customer_id = ? "
            "UNION ALL SELECT id, status, data FROM baskets "
            "WHERE status IN ('open', 'parked', 'cancelled') AND instr(data, ?) > 0",
            (customer_id, customer_id),
        ).fetchall()

    def _sent_events(self, customer_id: str, cards: set[str]) -> None:
        needles = [customer_id, *sorted(cards)]
        marks = " OR ".join("instr(payload, ?) > 0" for _ in needles)
        rows = self.q(
            f"SELECT seq, payload FROM outbox WHERE kind IN ('sale', 'return') "
            f"AND status IN ({', '.join('?' * len(ANSWERED))}) AND ({marks})",
            (*ANSWERED, *needles),
        ).fetchall()
        self.q(
            "UPDATE outbox SET payload = ? WHERE seq = ?",
            list(_rewritten(rows, customer_id, cards)),
        )


def _rewritten(rows: Iterable[tuple[int, str]], customer_id: str, cards: set[str]) -> Iterable[tuple[str, int]]:
    for seq, text in rows:
        payload = json.loads(text)
        if isinstance(payload, dict) and event_without(payload, customer_id, cards):
            yield canonical_json(payload), seq
