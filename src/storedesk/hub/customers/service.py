"""The customer master: find, create, read, export and erase (issue 18).

Contact details are checked and normalised by domain/pricing/loyalty.py (the station checks them
the same way before asking). A new customer clashing with another by phone, email or card is
refused naming what clashes; the unique keys decide when two stations create the same customer
at once. Consent to be contacted is explicit (true or false) and dated when given.

Erasure (`erase`) keeps the fiscal documents and the points ledger, but nothing personal: the
customer row keeps its id and `erased_at` only, the card printed on its sales is cleared from
`sale_customers` and from the stored sale events, and a search never finds it again.
"""

from __future__ import annotations

import json
import logging
import secrets
import uuid
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ...domain.pricing.loyalty import InvalidContact, clean_card, clean_email, clean_name, clean_phone
from ...i18n import Message, msg
from .. import db
from ..errors import Conflict, NotFound, Unprocessable
from ..feed import add_items
from ..models import events
from ..times import utcnow_text
from .models import customers, loyalty_ledger, sale_customers

log = logging.getLogger(__name__)
SEARCH_LIMIT = 20
CARD_PREFIX = "LOY"


def unknown(customer_id: str) -> Message:
    return msg("hub", "Customer {id} is not known", id=customer_id)


def public(row, balance: int | None = None) -> dict:
    """A customer as the stations see it (no erased customer is ever shown)."""
    out: dict[str, Any] = {
        "id": row.id,
        "card": row.card or "",
        "name": row.name,
        "phone": row.phone or "",
        "email": row.email or "",
        "group": row.customer_group,
        "consent": bool(row.consent),
        "consent_at": row.consent_at,
    }
    if balance is not None:
        out["points"] = balance
    return out


def balance_of(conn: Connection, customer_id: str) -> int:
    return int(
        conn.execute(
            select(func.coalesce(func.sum(loyalty_ledger.c.points), 0)).where(
                loyalty_ledger.c.customer_id == customer_id
            )
        ).scalar_one()
    )


def get(conn: Connection, customer_id: str) -> dict | None:
    row = conn.execute(select(customers).where(customers.c.id == customer_id, customers.c.erased_at.is_(None))).first()
    return public(row, balance_of(conn, row.id)) if row else None


def by_card(conn: Connection, card: str) -> dict | None:
    row = conn.execute(select(customers.c.id).where(customers.c.card == card.strip().upper())).first()
    return get(conn, row.id) if row else None


def search(conn: Connection, q: str) -> list[dict]:
    """At most 20 customers, best first: an exact card, phone or email; then names starting with
    the words given; then names containing them."""
    text = " ".join((q or "").split())
    if len(text) < 2:
        return []
    live = customers.c.erased_at.is_(None)
    exact = [customers.c.card == text.upper(), customers.c.email == text.lower()]
    try:
        phone = clean_phone(text)
    except InvalidContact:
        phone = None
    if phone:
        exact.append(customers.c.phone == phone)
        exact.append(customers.c.phone.like(f"%{phone.lstrip('+0')}"))
    pattern = text.lower().replace("\\", "").replace("%", "").replace("_", "")
    name = func.lower(customers.c.name)
    found: dict[str, Any] = {}
    for where in (or_(*exact), name.like(f"{pattern}%"), name.like(f"% {pattern}%"), name.like(f"%{pattern}%")):
        rows = conn.execute(
            select(customers).where(live, where).order_by(customers.c.name, customers.c.id).limit(SEARCH_LIMIT)
        )
        for row in rows:
            found.setdefault(row.id, row)
        if len(found) >= SEARCH_LIMIT:
            break
    return [public(r, balance_of(conn, r.id)) for r in list(found.values())[:SEARCH_LIMIT]]


def _clean(body: dict) -> dict:
    try:
        phone, email = clean_phone(body.get("phone")), clean_email(body.get("email"))
        if phone is None and email is None and not body.get("card"):
            raise InvalidContact(msg("loyalty", "Give a phone number, an email address or a loyalty card"))
        return {
            "name": clean_name(body.get("name")),
            "phone": phone,
            "email": email,
            "card": clean_card(body.get("card")),
        }
    except InvalidContact as exc:
        raise Unprocessable(exc.text) from None


def _clashes(conn: Connection, fields: dict, but: str | None = None) -> Message | None:
    """Which detail of `fields` another customer has, as a whole sentence (None: no clash)."""

    def other(column: str) -> bool:
        value = fields[column]
        if value is None:
            return False
        hit = conn.execute(select(customers.c.id).where(customers.c[column] == value)).first()
        return hit is not None and hit.id != but

    if other("phone"):
        return msg("hub", "Another customer has the phone number {value}", value=fields["phone"])
    if other("email"):
        return msg("hub", "Another customer has the email address {value}", value=fields["email"])
    if other("card"):
        return msg("hub", "Another customer has the loyalty card {value}", value=fields["card"])
    return None


def _new_card(conn: Connection) -> str:
    while True:
        card = CARD_PREFIX + "".join(secrets.choice("0123456789") for _ in range(10))
        if conn.execute(select(customers.c.id).where(customers.c.card == card)).first() is None:
            return card


def create(engine: Engine, body: dict) -> dict:
    """A new customer (409 naming the clash with another one, 422 for a bad detail)."""
    fields = _clean(body)
    consent = body.get("consent")
    if not isinstance(consent, bool):
        raise Unprocessable(msg("hub", "consent must be true or false: ask the customer"))
    group = str(body.get("group") or "").strip()[:32]

    def work(conn: Connection) -> dict:
        clash = _clashes(conn, fields)
        if clash is not None:
            raise Conflict(clash)
        now = utcnow_text()
        row = {
            **fields,
            "id": uuid.uuid4().hex,
            "card": fields["card"] or _new_card(conn),
            "customer_group": group,
            "consent": consent,
            "consent_at": now if consent else None,
            "created_at": now,
            "updated_at": now,
            "erased_at": None,
        }
        conn.execute(customers.insert().values(**row))
        return get(conn, row["id"]) or {}

    try:
        return db.run_write(engine, work)
    except IntegrityError:  # another station created the same customer meanwhile
        with db.read_conn(engine) as conn:
            clash = _clashes(conn, fields)
        raise Conflict(clash or msg("hub", "Another customer has the same details")) from None


# --------------------------------------------------------------------------- export and erase
def export(conn: Connection, customer_id: str) -> dict | None:
    """All the hub holds on a customer: profile, consent, points ledger, the sales made for them."""
    row = conn.execute(select(customers).where(customers.c.id == customer_id)).first()
    if row is None:
        return None
    ledger = [
        {
            k: r._mapping[k]
            for k in ("op_id", "kind", "points", "value_minor", "currency", "store", "station", "sale_id", "ref", "at")
        }
        for r in conn.execute(
            select(loyalty_ledger).where(loyalty_ledger.c.customer_id == customer_id).order_by(loyalty_ledger.c.at)
        )
    ]
    from ..sales.models import sales

    sold = conn.execute(
        select(
            sales.c.sale_id,
            sales.c.receipt_no,
            sales.c.store,
            sales.c.at,
            sales.c.total_minor,
            sales.c.currency,
            sale_customers.c.points_earned,
        )
        .join(sale_customers, sale_customers.c.sale_id == sales.c.sale_id)
        .where(sale_customers.c.customer_id == customer_id)
        .order_by(sales.c.at)
    )
    profile = public(row, balance_of(conn, customer_id))
    profile.update(created_at=row.created_at, updated_at=row.updated_at, erased_at=row.erased_at)
    return {
        "customer": profile,
        "points_ledger": ledger,
        "sales": [dict(r._mapping) for r in sold],
    }


def erase(engine: Engine, customer_id: str) -> dict:
    """Remove the customer's personal data, keeping the fiscal documents and the points ledger."""

    def work(conn: Connection) -> dict:
        row = conn.execute(select(customers).where(customers.c.id == customer_id)).first()
        if row is None:
            raise NotFound(unknown(customer_id))
        now = utcnow_text()
        if row.erased_at is None:
            conn.execute(
                update(customers)
                .where(customers.c.id == customer_id)
                .values(
                    name="",
                    phone=None,
                    email=None,
                    card=None,
                    customer_group="",
                    consent=False,
                    consent_at=None,
                    updated_at=now,
                    erased_at=now,
                )
            )
        cleared = _clear_sale_cards(conn, customer_id, row.card)
        add_items(conn, [(None, None, "customer_erased", {"id": customer_id})], now)  # out of station caches
        return {"id": customer_id, "erased_at": row.erased_at or now, "sales_anonymised": cleared}

    done = db.run_write(engine, work, feed=True)
    log.info("customer %s erased (%s sales anonymised)", customer_id, done["sales_anonymised"])
    return done


def _clear_sale_cards(conn: Connection, customer_id: str, card: str | None) -> int:
    """The card on the customer's sales: cleared from sale_customers, from their points payments'
    reference and from the stored sale events (forget_sale_card). Every card a sale still carries
    is cleared, not only the customer's (gone from its row after a first erasure): erasing again
    clears what a sale synced after the erasure brought back (on a hub older than the ingest's
    check in loyalty.earn)."""
    sold = conn.execute(
        select(sale_customers.c.sale_id, sale_customers.c.card).where(sale_customers.c.customer_id == customer_id)
    ).all()
    for r in sold:
        forget_sale_card(conn, r.sale_id, {card, r.card})
    return len(sold)


def forget_sale_card(conn: Connection, sale_id: str, known: set[str | None]) -> None:
    """Blank the loyalty card of one received sale: its sale_customers row, its points payments
    paid with one of the cards (`known` and the card its stored event names), and its stored
    event. The event keeps its hash (that of what the station sent), so a station's repeat is
    still answered as before."""
    from ..sales.models import sale_payments, sales

    ev = conn.execute(
        select(events.c.id, events.c.payload)
        .join(sales, sales.c.event_id == events.c.id)
        .where(sales.c.sale_id == sale_id)
    ).first()
    payload = json.loads(ev.payload) if ev is not None else {}
    given = payload.get("customer")
    block: dict = given if isinstance(given, dict) else {}
    cards = {c for c in (*known, block.get("card")) if c}
    conn.execute(update(sale_customers).where(sale_customers.c.sale_id == sale_id).values(card=None))
    if not cards:
        return
    conn.execute(
        update(sale_payments)
        .where(
            sale_payments.c.sale_id == sale_id, sale_payments.c.kind == "points", sale_payments.c.reference.in_(cards)
        )
        .values(reference="")
    )
    paid = [p for p in payload.get("payments", []) if isinstance(p, dict) and p.get("kind") == "points"]
    if ev is None or not (block.get("card") or any(p.get("reference") in cards for p in paid)):
        return
    block["card"] = ""
    for p in paid:
        if p.get("reference") in cards:
            p["reference"] = ""
    conn.execute(
        update(events)
        .where(events.c.id == ev.id)
        .values(payload=json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    )
