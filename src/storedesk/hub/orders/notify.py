"""Customer notifications: an outbox table written in the business transaction, and its words.

"received" (the order was placed), "ready" (it can be collected, with the pickup code),
"reminder" (a few days before it expires), "expired" and "shipped" (with its parcels' tracking)
are queued once per order and kind (a unique key), by email when the customer gave one, else by
SMS; deliveries.py tries each until delivered or given up (tries, next try and last error in
notify_deliveries). Senders (senders.py) hand them over: console, file:PATH, smtp://HOST:PORT, webhook:URL.
`send_pending` is one delivery pass.

A message is written when it is queued, in the store's language and locale (the hub's store
settings `language` and `locale`; English and en_IE until they are set) with the time in the
store's own time zone: the customer reads what the store would say at its counter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from ...i18n import known_language, translator
from ...i18n.formats import DEFAULT_LOCALE, fmt_datetime, valid_locale
from ..models import stores
from ..settings.models import store_settings
from . import deliveries
from .models import notifications
from .senders import ConsoleSender, FileSender, Sender, sender_from_spec

KINDS = ("received", "ready", "reminder", "expired", "shipped")
# the senders are in senders.py now; importing them from here still works
__all__ = ["KINDS", "StoreVoice", "queue", "send_pending", "store_voice", "text_of", "tracking_of"]
__all__ += ["ConsoleSender", "FileSender", "Sender", "sender_from_spec"]


@dataclass(frozen=True)
class StoreVoice:
    """How a store speaks to its customers: its name, language, locale and time zone."""

    name: str
    language: str  # "fr"
    locale: str  # "fr_FR"
    timezone: str  # "Europe/Paris"


def _voice_in_this_transaction(conn: Connection, store: str | None) -> StoreVoice:
    """store_voice, read once per store and transaction: a batch of orders (POST /v1/orders/batch,
    one transaction) asks for the same few stores' voices again and again."""
    tx = conn.get_transaction()
    kept = conn.info.get("storedesk_voices")
    if kept is None or kept[0] is not tx:
        voices: dict[str | None, StoreVoice] = {}
        kept = conn.info["storedesk_voices"] = (tx, voices)
    if store not in kept[1]:
        kept[1][store] = store_voice(conn, store)
    return kept[1][store]


def store_voice(conn: Connection, store: str | None) -> StoreVoice:
    """The store's name and time zone, and its language and locale from the hub's store settings
    ("en" and en_IE while none is set; the language follows the locale when only that is set)."""
    row = conn.execute(select(stores.c.name, stores.c.timezone).where(stores.c.code == store)).first()
    said = dict(
        conn.execute(
            select(store_settings.c.key, store_settings.c.value).where(
                store_settings.c.store == store, store_settings.c.key.in_(("language", "locale"))
            )
        ).all()
    )
    try:
        locale = valid_locale(said["locale"]) if said.get("locale") else DEFAULT_LOCALE
    except ValueError:
        locale = DEFAULT_LOCALE
    language = known_language(said.get("language")) or known_language(said.get("locale")) or "en"
    return StoreVoice(row.name if row else store or "", language, locale, row.timezone if row else "UTC")


def _until(order: dict, voice: StoreVoice) -> str:
    """When the order stops waiting, in the store's time zone and locale ("17/03/2026 11:00")."""
    try:
        at = datetime.fromisoformat(order["expires_at"]).astimezone(ZoneInfo(voice.timezone))
    except (TypeError, ValueError):
        return str(order["expires_at"] or "")
    return fmt_datetime(at, voice.locale)


Words = Callable[..., str]  # translator(language).translate


def _received(translate: Words, order: dict, voice: StoreVoice) -> tuple[str, str]:
    who, num = order["customer_name"], order["number"]
    subject = translate("notify", "We have received your order {number}", number=num)
    if order.get("fulfilment") == "ship":
        body = translate(
            "notify",
            "Hello {name}, thank you for your order {number}. We will write to you again when it has been shipped.",
            name=who,
            number=num,
        )
    else:
        body = translate(
            "notify",
            "Hello {name}, thank you for your order {number}. "
            "We will write to you again when it is ready for pickup at {store}.",
            name=who,
            number=num,
            store=voice.name,
        )
    return subject, body


def _ready(translate: Words, order: dict, voice: StoreVoice) -> tuple[str, str]:
    num = order["number"]
    return (
        translate("notify", "Order {number} is ready for pickup", number=num),
        translate(
            "notify",
            "Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. We keep it until {until}.",
            name=order["customer_name"],
            number=num,
            store=voice.name,
            code=order["pickup_code"],
            until=_until(order, voice),
        ),
    )


def _reminder(translate: Words, order: dict, voice: StoreVoice) -> tuple[str, str]:
    num = order["number"]
    return (
        translate("notify", "Reminder: order {number} is waiting for you", number=num),
        translate(
            "notify",
            "Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.",
            name=order["customer_name"],
            number=num,
            store=voice.name,
            until=_until(order, voice),
            code=order["pickup_code"],
        ),
    )


def _expired(translate: Words, order: dict, voice: StoreVoice) -> tuple[str, str]:
    num = order["number"]
    return (
        translate("notify", "Order {number} has expired", number=num),
        translate(
            "notify",
            "Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.",
            name=order["customer_name"],
            number=num,
            store=voice.name,
        ),
    )


def tracking_of(parcels: list[dict]) -> str:
    """The parcels' tracking numbers, each after its carrier when there is one ("UPS 1Z99, UPS 1Z98")."""
    found = []
    for p in parcels:
        number = p.get("tracking") or p.get("tracking_number")
        if number:
            carrier = p.get("carrier") or ""
            found.append(f"{carrier} {number}" if carrier and carrier != "manual" else str(number))
    return ", ".join(found)


def _shipped(translate: Words, order: dict, voice: StoreVoice) -> tuple[str, str]:
    num, parcels = order["number"], list(order.get("parcels") or [])
    subject = translate("notify", "Your order {number} has been shipped", number=num)
    tracking = tracking_of(parcels)
    if tracking:
        body = translate(
            "notify",
            "Hello {name}, your order {number} has left {store} in %n parcel(s). Tracking: {tracking}.",
            n=max(len(parcels), 1),
            name=order["customer_name"],
            number=num,
            store=voice.name,
            tracking=tracking,
        )
    else:
        body = translate(
            "notify",
            "Hello {name}, your order {number} has left {store} in %n parcel(s).",
            n=max(len(parcels), 1),
            name=order["customer_name"],
            number=num,
            store=voice.name,
        )
    return subject, body


TEXTS = {"received": _received, "ready": _ready, "reminder": _reminder, "expired": _expired, "shipped": _shipped}


def text_of(kind: str, order: dict, voice: StoreVoice) -> tuple[str, str]:
    """The subject and body of `kind` for `order`, in the store's language."""
    return TEXTS[kind](translator(voice.language).translate, order, voice)


def queue(conn: Connection, order: dict, kind: str, now: str) -> bool:
    """Queue `kind` for `order` unless it already was; False when already queued or no contact.
    A "shipped" order dict carries its `parcels` (each with its `tracking` number). "received" is
    queued in the transaction that creates the order, so it cannot have been queued before."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    if (
        kind != "received"
        and conn.execute(
            select(notifications.c.id).where(notifications.c.order_id == order["id"], notifications.c.kind == kind)
        ).first()
    ):
        return False
    medium, recipient = (
        ("email", order["customer_email"]) if order["customer_email"] else ("sms", order["customer_phone"])
    )
    if not recipient:
        return False
    subject, body = text_of(
        kind, order, _voice_in_this_transaction(conn, order.get("store") or order.get("pickup_store"))
    )
    conn.execute(
        notifications.insert().values(
            order_id=order["id"],
            kind=kind,
            medium=medium,
            recipient=recipient,
            subject=subject[:200],
            body=body,
            created_at=now,
        )
    )
    return True


def send_pending(engine: Engine, sender: Sender, limit: int = 1000, now: str | None = None) -> int:
    """One delivery pass (deliveries.run): how many notifications were delivered."""
    return deliveries.run(engine, sender, now, limit).delivered
