"""The pickup check: right before a handover the desk asks the hub for the order's status
(online only), so an order cancelled online is not handed over. A hub call
(services/hub_call.py): the question runs off the database worker; the answer is applied in a
write transaction that reads the order again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain import pickup as dp
from ...i18n import Message
from ..context import utcnow
from ..hub_call import Ask, Steps, hub_call
from .feed import central_change

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


@hub_call
def check_with_hub(uow: UnitOfWork, order_id: str, timeout: float = 2.0) -> Steps[Message | None]:  # float-ok: seconds
    """Ask the hub for the order's status right before a handover (online only). A
    cancellation found there is applied here at once and returned as the message to show;
    None when the hub has nothing against it, or cannot be reached (offline: go on locally;
    the handover itself re-reads the local status in its transaction)."""
    from dataclasses import replace

    from ...adapters.hub_client import HubClient, HubRefused, HubUnavailable
    from ..sync import NotRegistered, hub_config

    try:
        hc = hub_config(uow)
    except NotRegistered:
        return None
    if hc is None:
        return None
    with uow.read() as tx:
        state = tx.sync_state.all()
    last_ok, last_err = state.get("last_success"), state.get("last_error_at")
    if last_err and (not last_ok or last_err > last_ok):
        return None  # the last sync failed: offline, so no wait on the network at the desk
    client = HubClient(replace(hc, connect_timeout=min(1.0, timeout), read_timeout=timeout))
    try:
        body = yield Ask(client.order, order_id)
    except (HubUnavailable, HubRefused):
        return None
    finally:
        client.close()
    status = body.get("status")
    if status not in dp.CENTRAL_STATES:
        return None
    now = utcnow()
    version = body.get("version") if isinstance(body.get("version"), int) else None
    with uow.write() as tx:
        existing = tx.pickup.get(order_id)
        if existing is None:
            return None
        history = body.get("history") if isinstance(body.get("history"), list) else []
        last = history[-1] if history and isinstance(history[-1], dict) else {}
        reason = last.get("reason") or ""
        if not isinstance(reason, str):
            reason = ""
        return central_change(
            tx, existing, status, now, "hub", reason[:300], version if version is not None else existing.version
        )
