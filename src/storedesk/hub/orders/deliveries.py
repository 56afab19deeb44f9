"""Delivering the notifications outbox: each notification is tried until delivered, or given up
after MAX_TRIES and left visible (`storedesk-hub notify --failed`, `--retry-failed`). Its
delivery row (notify_deliveries: status, tries, next try, last error) is made at its first try, so
queueing a notification in a busy transaction (an order placed) costs one insert; a notification
without a row, not sent, is pending and due.

Retry policy: a failed try is tried again after 1, 2, 4, 8 then 16 minutes (FIRST_WAIT doubled
each time) by the next `notify` run at or after that time (run it from cron every minute or few);
the 6th failed try gives up (status failed). A permanent failure (an address the mail server
refuses, a webhook answering 4xx) gives up at once.

At most once when delivered, across restarts and several hub processes: a run claims a row by an
UPDATE in its own transaction (pending and due, or a claim that ran out) and only the process
whose UPDATE changed the row sends it; delivered is written right after. A process that dies
between handing the message over and writing "delivered" leaves its claim to expire
(CLAIM_SECONDS, well beyond a sender's timeout): then the message is sent again, the one
duplicate no outbox can rule out. The claim counts as a try, so such a message is not retried
for ever.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from .. import db
from ..times import parse_instant, utc_text, utcnow_text
from .models import notifications, notify_deliveries, orders
from .senders import BOTH, Sender, SendError

MAX_TRIES = 6
FIRST_WAIT = timedelta(minutes=1)
CLAIM_SECONDS = 300
PENDING, SENDING, DELIVERED, FAILED = "pending", "sending", "delivered", "failed"
MESSAGE_FIELDS = ("id", "order_id", "kind", "medium", "recipient", "subject", "body", "created_at")


@dataclass
class Outcome:
    delivered: int = 0
    retrying: int = 0
    failed: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.delivered} sent, {self.retrying} to try again later, {len(self.failed)} given up"


def wait_after(tries: int) -> timedelta:
    """How long after its `tries`-th failed try a notification is tried again."""
    return FIRST_WAIT * 2 ** (tries - 1)


def run(engine: Engine, sender: Sender, now: str | None = None, limit: int = 1000) -> Outcome:
    """One pass: try each due notification the sender can carry once, oldest first."""
    at = utc_text(parse_instant(now)) if now else utcnow_text()
    worker = f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    outcome = Outcome()
    try:
        for nid in _due(engine, getattr(sender, "mediums", BOTH), at, limit):
            message = _claim(engine, nid, worker, at)
            if message is not None:
                _try(engine, sender, message, worker, at, outcome)
    finally:
        close = getattr(sender, "close", None)
        if close is not None:
            close()
    return outcome


def _claimable(at: str):
    d = notify_deliveries.c
    return or_(
        and_(d.status == PENDING, d.next_try_at <= at),
        and_(d.status == SENDING, d.claimed_until < at),
    )


def _untried():
    return and_(notify_deliveries.c.notification_id.is_(None), notifications.c.sent_at.is_(None))


def _due(engine: Engine, mediums, at: str, limit: int) -> list[int]:
    with db.read_conn(engine) as conn:
        return list(
            conn.execute(
                select(notifications.c.id)
                .outerjoin(notify_deliveries, notifications.c.id == notify_deliveries.c.notification_id)
                .where(or_(_untried(), _claimable(at)), notifications.c.medium.in_(mediums))
                .order_by(notifications.c.id)
                .limit(limit)
            ).scalars()
        )


def _claim(engine: Engine, nid: int, worker: str, at: str) -> dict | None:
    """Take the row for this process, or None when another one has it (or it was delivered)."""
    claim = {"status": SENDING, "claimed_by": worker, "claimed_until": _plus(at, CLAIM_SECONDS), "updated_at": at}
    try:
        with db.write_tx(engine) as conn:
            taken = conn.execute(
                update(notify_deliveries)
                .where(notify_deliveries.c.notification_id == nid, _claimable(at))
                .values(tries=notify_deliveries.c.tries + 1, **claim)
            ).rowcount
            if not taken and _never_tried(conn, nid):  # its first try: the row is made now
                conn.execute(notify_deliveries.insert().values(notification_id=nid, tries=1, next_try_at=at, **claim))
                taken = 1
            return message_of(conn, nid) if taken == 1 else None
    except IntegrityError:  # PostgreSQL: another process made the row first, and has it
        return None


def _never_tried(conn: Connection, nid: int) -> bool:
    return (
        conn.execute(
            select(notifications.c.id)
            .outerjoin(notify_deliveries, notifications.c.id == notify_deliveries.c.notification_id)
            .where(notifications.c.id == nid, _untried())
        ).first()
        is not None
    )


def _plus(at: str, seconds: float) -> str:  # float-ok: a delay in seconds, not money
    return utc_text(parse_instant(at) + timedelta(seconds=seconds))


def message_of(conn: Connection, nid: int) -> dict:
    """What a sender gets: the notification, its order's number and store (and its tries so far)."""
    row = conn.execute(
        select(
            notifications,
            orders.c.number.label("order_number"),
            func.coalesce(orders.c.store, orders.c.pickup_store).label("store"),
            notify_deliveries.c.tries.label("try"),
        )
        .join(orders, orders.c.id == notifications.c.order_id)
        .join(notify_deliveries, notify_deliveries.c.notification_id == notifications.c.id)
        .where(notifications.c.id == nid)
    ).one()
    return {k: row._mapping[k] for k in (*MESSAGE_FIELDS, "order_number", "store", "try")}


def _try(engine: Engine, sender: Sender, message: dict, worker: str, at: str, outcome: Outcome) -> None:
    nid = message["id"]
    try:
        sender.send(message)
    except SendError as exc:
        _failed_try(engine, nid, worker, str(exc), exc.permanent, message["try"], at, outcome)
        return
    except Exception as exc:  # a sender's bug must not stop the others; it counts as a try
        _failed_try(engine, nid, worker, f"{type(exc).__name__}: {exc}", False, message["try"], at, outcome)
        return
    done = utcnow_text()
    with db.write_tx(engine) as conn:
        conn.execute(
            update(notify_deliveries)
            .where(notify_deliveries.c.notification_id == nid, notify_deliveries.c.claimed_by == worker)
            .values(status=DELIVERED, delivered_at=done, claimed_by=None, claimed_until=None, updated_at=done)
        )
        conn.execute(
            update(notifications)
            .where(notifications.c.id == nid, notifications.c.sent_at.is_(None))
            .values(sent_at=done, sender=sender.name[:200])
        )
    outcome.delivered += 1


def _failed_try(
    engine: Engine, nid: int, worker: str, error: str, permanent: bool, tries: int, at: str, outcome: Outcome
) -> None:
    give_up = permanent or tries >= MAX_TRIES
    later = utc_text(parse_instant(at) + wait_after(tries))
    with db.write_tx(engine) as conn:
        conn.execute(
            update(notify_deliveries)
            .where(notify_deliveries.c.notification_id == nid, notify_deliveries.c.claimed_by == worker)
            .values(
                status=FAILED if give_up else PENDING,
                next_try_at=at if give_up else later,
                last_error=error[:1000],
                claimed_by=None,
                claimed_until=None,
                updated_at=at,
            )
        )
    if give_up:
        outcome.failed.append(nid)
    else:
        outcome.retrying += 1


@dataclass(frozen=True)
class Failed:
    id: int
    order_number: str
    kind: str
    recipient: str
    tries: int
    last_error: str
    at: str  # when it was given up

    def line(self) -> str:
        return (
            f"{self.id}\t{self.order_number}\t{self.kind}\t{self.recipient}\t"
            f"{self.tries} tries\t{self.at}\t{self.last_error}"
        )


def failed(engine: Engine) -> list[Failed]:
    """The notifications given up, oldest first."""
    with db.read_conn(engine) as conn:
        rows = conn.execute(
            select(
                notifications.c.id,
                orders.c.number,
                notifications.c.kind,
                notifications.c.recipient,
                notify_deliveries.c.tries,
                notify_deliveries.c.last_error,
                notify_deliveries.c.updated_at,
            )
            .join(notifications, notifications.c.id == notify_deliveries.c.notification_id)
            .join(orders, orders.c.id == notifications.c.order_id)
            .where(notify_deliveries.c.status == FAILED)
            .order_by(notifications.c.id)
        ).all()
    return [Failed(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6]) for r in rows]


def retry_failed(engine: Engine, ids: list[int] | None = None, now: str | None = None) -> int:
    """Make given-up notifications (these ids, or all) pending again with a fresh count of tries."""
    at = utc_text(parse_instant(now)) if now else utcnow_text()
    where = [notify_deliveries.c.status == FAILED]
    if ids:
        where.append(notify_deliveries.c.notification_id.in_(ids))
    with db.write_tx(engine) as conn:
        return conn.execute(
            update(notify_deliveries).where(*where).values(status=PENDING, tries=0, next_try_at=at, updated_at=at)
        ).rowcount
