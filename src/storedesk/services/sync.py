"""Sync with the hub: register this station, run one sync, report its health.

The token lives in `hub.token` in the data folder (mode 600), not in the database, so a
backup or an export of the database never carries it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters.hub_client import HubClient, HubConfig, HubRefused, HubUnavailable
from ..adapters.sync_repo import OutboxEntry, QuarantinedItem
from ..domain.errors import DomainError
from ..i18n import Message, msg
from ..sync.puller import pull
from ..sync.relay import drain
from . import catalog_snapshot, hub_link, hub_tender, journal_hub, prices, signing_key_hub
from .context import utcnow
from .hub_call import Ask, Steps, hub_call

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

TOKEN_FILE = hub_link.TOKEN_FILE


REGISTER = "storedesk init --hub URL --token TOKEN"


class NotRegistered(DomainError):
    code = "not_registered"


@dataclass(frozen=True)
class SyncReport:
    sent: int
    duplicate: int
    rejected: int
    received: int
    quarantined: int
    waiting: int
    error: str | None = None


@dataclass(frozen=True)
class SyncHealth:
    registered: bool
    hub_url: str
    waiting: int
    rejected: int
    oldest_waiting: str | None
    last_success: str | None
    last_error: str | None
    last_error_at: str | None
    fiscal_refused: Message | None = None  # what the hub refused of the journal or the archives

    @property
    def online(self) -> bool:
        """Online when the last attempt succeeded."""
        if not self.last_success:
            return False
        return not self.last_error_at or self.last_error_at < self.last_success


def _data_dir(uow: UnitOfWork) -> Path:
    return Path(uow.db.path).parent


def register(
    uow: UnitOfWork,
    url: str,
    token: str | None,
    ca_file: str = "",
    insecure_http: bool = False,
    token_file: str | None = None,
) -> None:
    """Link this station to its hub (services/hub_link.py: the URL rule, the token, the CA file),
    everything checked before anything is written."""
    hub_link.save(uow, hub_link.check(url, token, token_file, ca_file or None, insecure_http))


def hub_config(uow: UnitOfWork) -> HubConfig | None:
    return hub_link.load(uow)


def client_for(uow: UnitOfWork) -> HubClient:
    cfg = hub_config(uow)
    if cfg is None:
        raise NotRegistered(msg("sync", "This station is not registered at a hub: run `{command}`", command=REGISTER))
    return HubClient(cfg)


def sync_once(uow: UnitOfWork, client: HubClient | None = None) -> SyncReport:
    """Send everything waiting, then pull the feed. A hub that cannot be reached is reported,
    not raised: nothing is lost, the events wait for the next try."""
    own = client is None
    client = client or client_for(uow)
    sent = dup = rej = received = quarantined = 0
    error = None
    try:
        signing_key_hub.register_if_new(uow, client)  # the hub has the key before the documents it signed
        relay = drain(uow, client)
        sent, dup, rej = relay.sent, relay.duplicate, relay.rejected
        hub_tender.give_back_open(uow, client)  # a voucher, card or points the hub may have taken, unanswered
        loaded = catalog_snapshot.load_if_new(uow, client)  # a new station: the catalog in bulk first
        pulled = pull(uow, client)
        received, quarantined = pulled.received, pulled.quarantined
        if loaded is not None:
            received, quarantined = received + loaded.products, quarantined + loaded.quarantined
        # last: the whole journal and the archives, a stream of their own whose refusals and
        # timeouts it logs and keeps to itself (the sales went first, whatever happens here)
        journal_hub.mirror(uow, client)
    except (HubUnavailable, HubRefused) as exc:
        error = exc.message
    finally:
        if own:
            client.close()
    prices.apply_due_prices(uow)  # online or not: a scheduled price switches on the store's clock
    now = utcnow()
    with uow.write() as tx:
        if error:
            tx.sync_state.set("last_error", error)
            tx.sync_state.set("last_error_at", now)
        else:
            tx.sync_state.set("last_success", now)
        waiting, _rejected = tx.outbox.waiting()
    return SyncReport(sent, dup, rej, received, quarantined, waiting, error)


def health(uow: UnitOfWork) -> SyncHealth:
    with uow.read() as tx:
        state = tx.sync_state.all()
        waiting, rejected = tx.outbox.waiting()
        oldest = tx.outbox.oldest_pending()
        url = tx.settings.all().get("hub_url", "")
    refused = journal_hub.problem(uow)
    return SyncHealth(
        bool(url) and (_data_dir(uow) / TOKEN_FILE).exists(),
        url,
        waiting,
        rejected,
        oldest,
        state.get("last_success"),
        state.get("last_error"),
        state.get("last_error_at"),
        _fiscal_refused(refused),
    )


def _fiscal_refused(reason: str) -> Message | None:
    """The sentence a manager reads when the hub refused the station's fiscal copy (the hub's
    reason as it gave it: it is tried again once a day)."""
    if not reason:
        return None
    return msg(
        "sync",
        "The hub refused this station's copy of its journal or archives: {reason}. It is tried again once a day.",
        reason=reason,
    )


def events(uow: UnitOfWork, statuses=("pending", "rejected"), limit: int = 500) -> list[OutboxEntry]:
    with uow.read() as tx:
        return tx.relay.listing(tuple(statuses), limit)


def quarantined(uow: UnitOfWork, limit: int = 200) -> list[QuarantinedItem]:
    with uow.read() as tx:
        return tx.feed.quarantined(limit)


def retry_rejected(uow: UnitOfWork, ids: list[str] | None = None) -> int:
    """Queue rejected events again, once the cause was fixed at the hub."""
    with uow.write() as tx:
        return tx.relay.retry_rejected(ids)


@dataclass(frozen=True)
class StoreDay:
    """The business day across every station of the store, as the hub has it."""

    day: str
    currency: str
    sales_count: int
    gross: Decimal
    tax: Decimal
    tenders: list[tuple[str, int, Decimal]]  # (kind, count, amount net of change)
    z_reports: int
    cash_difference: Decimal


@hub_call
def store_day(uow: UnitOfWork, day: str | None = None) -> Steps[StoreDay]:
    """Ask the hub for today's store-wide totals (all stations), off the database worker
    (services/hub_call.py). Raises when it is unreachable."""
    from ..domain.money import from_minor
    from .context import config

    cfg = config(uow)
    day = day or datetime.now(cfg.tz).date().isoformat()
    client = client_for(uow)
    try:
        t = yield Ask(client.day_totals, cfg.store_code, day)
    finally:
        client.close()
    cur = t["currency"]
    return StoreDay(
        day,
        cur,
        t["sales_count"],
        from_minor(t["gross_minor"], cur),
        from_minor(t["tax_minor"], cur),
        [(x["kind"], x["count"], from_minor(x["amount_minor"], cur)) for x in t["tenders"]],
        t.get("shifts", {}).get("count", 0),
        from_minor(t.get("shifts", {}).get("cash_difference_minor", 0), cur),
    )
