"""Customer notifications: an outbox table written in the business transaction, and senders.

"ready" (the order can be collected), "reminder" (a few days before it expires) and "expired"
are queued once per order and kind (a unique key), by email when the customer gave one, else
by SMS. Sending real mail or SMS is out of scope: a sender is anything with
`send(message: dict) -> None` (the Sender protocol); FileSender appends JSON lines to a file,
ConsoleSender prints. `send_pending` sends each pending message, then marks it sent in its own
small transaction, so a crash between the two repeats at most that one message (at least once).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from .. import db
from ..models import stores
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


def _text(kind: str, order: dict, store_name: str) -> tuple[str, str]:
    who, num, code = order["customer_name"], order["number"], order["pickup_code"]
    if kind == "ready":
        return (
            f"Order {num} is ready for pickup",
            f"Hello {who}, your order {num} is ready at {store_name}. Show pickup code {code}. "
            f"We keep it until {order['expires_at']}.",
        )
    if kind == "reminder":
        return (
            f"Reminder: order {num} is waiting for you",
            f"Hello {who}, your order {num} is still waiting at {store_name} until {order['expires_at']}. "
            f"Pickup code {code}.",
        )
    return (
        f"Order {num} has expired",
        f"Hello {who}, your order {num} was not collected in time at {store_name} and has been cancelled.",
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
    store = order["store"] or order["pickup_store"]
    name = conn.execute(select(stores.c.name).where(stores.c.code == store)).scalar() or store
    subject, body = _text(kind, order, name)
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
