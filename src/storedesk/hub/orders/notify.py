"""Customer notifications: an outbox table written in the business transaction, and senders.

"ready" (the order can be collected), "reminder" (a few days before it expires) and "expired"
are queued once per order and kind (a unique key), by email when the customer gave one, else
by SMS. Sending real mail or SMS is out of scope: a sender is anything with
`send(message: dict) -> None` (the Sender protocol); FileSender appends JSON lines to a file,
ConsoleSender prints. `send_pending` sends each pending message, then marks it sent in its own
small transaction, so a crash between the two repeats at most that one message (at least once).

A message is written when it is queued, in the store's language and locale (the hub's store
settings `language` and `locale`; English and en_IE until they are set) with the time in the
store's own time zone: the customer reads what the store would say at its counter.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from ...i18n import known_language, translator
from ...i18n.formats import DEFAULT_LOCALE, fmt_datetime, valid_locale
from .. import db
from ..models import stores
from ..settings.models import store_settings
from ..times import utcnow_text
from .models import notifications

KINDS = ("ready", "reminder", "expired")


class Sender(Protocol):
    name: str

    def send(self, message: dict) -> None: ...


class FileSender:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.name = f"file:{self.path}"

    def send(self, message: dict) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(message, sort_keys=True, ensure_ascii=False) + "\n")
            f.flush()


class ConsoleSender:
    name = "console"

    def __init__(self, stream=None):
        self.stream = stream

    def send(self, message: dict) -> None:
        out = self.stream or sys.stdout
        print(f"[{message['medium']} to {message['recipient']}] {message['subject']}\n{message['body']}\n", file=out)


def sender_from_spec(spec: str) -> Sender:
    if spec == "console":
        return ConsoleSender()
    if spec.startswith("file:") and len(spec) > 5:
        return FileSender(spec[5:])
    raise ValueError(f"sender {spec!r}: use console or file:PATH")


@dataclass(frozen=True)
class StoreVoice:
    """How a store speaks to its customers: its name, language, locale and time zone."""

    name: str
    language: str  # "fr"
    locale: str  # "fr_FR"
    timezone: str  # "Europe/Paris"


def store_voice(conn: Connection, store: str) -> StoreVoice:
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
    return StoreVoice(row.name if row else store, language, locale, row.timezone if row else "UTC")


def _until(order: dict, voice: StoreVoice) -> str:
    """When the order stops waiting, in the store's time zone and locale ("17/03/2026 11:00")."""
    try:
        at = datetime.fromisoformat(order["expires_at"]).astimezone(ZoneInfo(voice.timezone))
    except (TypeError, ValueError):
        return str(order["expires_at"] or "")
    return fmt_datetime(at, voice.locale)


def _text(kind: str, order: dict, voice: StoreVoice) -> tuple[str, str]:
    words = translator(voice.language)
    who, num, code, store = order["customer_name"], order["number"], order["pickup_code"], voice.name
    if kind == "ready":
        return (
            words.translate("notify", "Order {number} is ready for pickup", number=num),
            words.translate(
                "notify",
                "Hello {name}, your order {number} is ready at {store}. Show pickup code {code}. "
                "We keep it until {until}.",
                name=who,
                number=num,
                store=store,
                code=code,
                until=_until(order, voice),
            ),
        )
    if kind == "reminder":
        return (
            words.translate("notify", "Reminder: order {number} is waiting for you", number=num),
            words.translate(
                "notify",
                "Hello {name}, your order {number} is still waiting at {store} until {until}. Pickup code {code}.",
                name=who,
                number=num,
                store=store,
                until=_until(order, voice),
                code=code,
            ),
        )
    return (
        words.translate("notify", "Order {number} has expired", number=num),
        words.translate(
            "notify",
            "Hello {name}, your order {number} was not collected in time at {store} and has been cancelled.",
            name=who,
            number=num,
            store=store,
        ),
    )


def queue(conn: Connection, order: dict, kind: str, now: str) -> bool:
    """Queue `kind` for `order` unless it already was; False when already queued or no contact."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    if conn.execute(
        select(notifications.c.id).where(notifications.c.order_id == order["id"], notifications.c.kind == kind)
    ).first():
        return False
    medium, recipient = (
        ("email", order["customer_email"]) if order["customer_email"] else ("sms", order["customer_phone"])
    )
    if not recipient:
        return False
    subject, body = _text(kind, order, store_voice(conn, order["store"] or order["pickup_store"]))
    conn.execute(
        notifications.insert().values(
            order_id=order["id"],
            kind=kind,
            medium=medium,
            recipient=recipient,
            subject=subject,
            body=body,
            created_at=now,
        )
    )
    return True


def send_pending(engine: Engine, sender: Sender, limit: int = 1000) -> int:
    """Send pending notifications once, oldest first; mark each sent. Returns how many were sent."""
    with db.read_conn(engine) as conn:
        pending = [
            dict(r._mapping)
            for r in conn.execute(
                select(notifications).where(notifications.c.sent_at.is_(None)).order_by(notifications.c.id).limit(limit)
            )
        ]
    sent = 0
    for n in pending:
        sender.send(
            {k: n[k] for k in ("id", "order_id", "kind", "medium", "recipient", "subject", "body", "created_at")}
        )
        with db.write_tx(engine) as conn:
            conn.execute(
                update(notifications)
                .where(notifications.c.id == n["id"], notifications.c.sent_at.is_(None))
                .values(sent_at=utcnow_text(), sender=sender.name[:200])
            )
        sent += 1
    return sent
