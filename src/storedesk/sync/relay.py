"""The outbox relay: send waiting events in order, in batches, and record the hub's answer.

An event is marked sent only after the hub answered for it (DESIGN rule 6). The network call
happens outside any transaction, so the till is never held up by a slow hub. A batch that
fails in transit is simply sent again: the hub answers repeats with its first answer.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ..services.context import utcnow
from .wire import MAX_BATCH

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

log = logging.getLogger(__name__)
_STATUS = {"accepted": "sent", "duplicate": "duplicate", "rejected": "rejected", "conflict": "rejected"}


@dataclass
class RelayStats:
    sent: int = 0
    duplicate: int = 0
    rejected: int = 0
    reasons: list[str] = field(default_factory=list)

    def add(self, other: RelayStats) -> None:
        self.sent += other.sent
        self.duplicate += other.duplicate
        self.rejected += other.rejected
        self.reasons.extend(other.reasons)


def send_batch(uow: UnitOfWork, client: HubClient, batch_size: int = MAX_BATCH) -> RelayStats | None:
    """Send the oldest waiting events. None when nothing waits. Raises HubUnavailable/HubRefused."""
    with uow.read() as tx:
        rows = tx.relay.pending(batch_size)
    if not rows:
        return None
    events = [
        {"id": row.id, "kind": row.kind, "created_at": row.created_at, "payload": json.loads(row.payload)}
        for row in rows
    ]
    try:
        results = _post(client, events)
    except (HubUnavailable, HubRefused) as exc:
        log.warning("relay: %d events not sent, they wait: %s", len(events), exc.message)
        _failed(uow, [e["id"] for e in events], exc.message)
        raise
    stats = RelayStats()
    answers = []
    for event, result in zip(events, results, strict=True):  # the client checks one result per event
        answered = result.get("status") if isinstance(result, dict) else None
        status = _STATUS.get(answered) if isinstance(answered, str) else None
        if status is None or result.get("id") != event["id"]:
            raise HubUnavailable("hub answer does not match the events sent")
        reason = result.get("reason") or None
        answers.append((event["id"], reason if status == "rejected" else None, status))
        if status == "sent":
            stats.sent += 1
        elif status == "duplicate":
            stats.duplicate += 1
        else:
            stats.rejected += 1
            stats.reasons.append(f"{event['kind']} {event['id'][:8]}: {reason}")
            log.warning("relay: the hub rejected %s event %s: %s", event["kind"], event["id"], reason)
    with uow.write() as tx:
        tx.relay.record(answers, utcnow())
    return stats


def _post(client: HubClient, events: list[dict]) -> list[dict]:
    """Post a batch. When the hub refuses a whole batch as malformed (413/422), send the events
    one by one so that a single poisoned event is rejected alone and never blocks the queue.
    A wrong token (401/403) is raised: every event stays waiting until the station is fixed."""
    try:
        return client.post_events(events)
    except HubRefused as exc:
        if exc.status in (401, 403) or exc.status == 0:
            raise
        if len(events) == 1:
            status = "conflict" if exc.status == 409 else "rejected"
            return [{"id": events[0]["id"], "status": status, "reason": exc.message}]
        return [result for event in events for result in _post(client, [event])]


def _failed(uow: UnitOfWork, ids: list[str], error: str) -> None:
    with uow.write() as tx:
        tx.relay.failed_attempt(ids, error, utcnow())


def drain(
    uow: UnitOfWork, client: HubClient, batch_size: int = MAX_BATCH, max_batches: int | None = None
) -> RelayStats:
    """Send batches until nothing waits (or max_batches). Raises when the hub cannot be reached."""
    total = RelayStats()
    batches = 0
    while max_batches is None or batches < max_batches:
        stats = send_batch(uow, client, batch_size)
        if stats is None:
            break
        total.add(stats)
        batches += 1
    if batches:
        log.info(
            "relay: %d sent, %d duplicate, %d rejected (batches: %d)",
            total.sent,
            total.duplicate,
            total.rejected,
            batches,
        )
    return total


def backoff(attempt: int, base: float = 1.0, cap: float = 60.0, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter: a fleet of stations does not retry in step."""
    uniform = rng.uniform if rng is not None else random.uniform
    return uniform(0, min(cap, base * (2 ** min(attempt, 16))))
