""" "Where else is it in stock?": the hub's stock view (GET /v1/stock?sku=) for one product.

Network work: the UI runs it OFF the GUI thread and off the database worker (Ops.background),
after reading the hub settings. Offline gives a clear message, never a frozen screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ...adapters.hub_client import HubClient, HubConfig, HubRefused, HubUnavailable
from ...domain.errors import DomainError
from ...i18n import msg

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


class WhereElseError(DomainError):
    code = "where_else"


@dataclass(frozen=True)
class StoreStock:
    store: str
    name: str
    on_hand: Decimal
    this_store: bool


def hub_settings(uow: UnitOfWork) -> HubConfig | None:
    """Read on the database worker: where the hub is (None: this station is not registered)."""
    from ..sync import hub_config

    return hub_config(uow)


def where_else(
    cfg: HubConfig | None,
    sku: str,
    this_store: str,
    timeout: float = 5.0,  # float-ok: seconds
) -> list[StoreStock]:
    """Every store's on-hand of `sku`, this store first, then the most stocked. Raises
    WhereElseError with a message a clerk can read when the hub cannot answer."""
    if cfg is None:
        raise WhereElseError(
            msg("stock", "This station is not connected to a hub, so other stores' stock is not known here")
        )
    client = HubClient(replace(cfg, connect_timeout=min(cfg.connect_timeout, 3.0), read_timeout=timeout))
    try:
        body = client.stock(sku)
    except HubUnavailable:
        raise WhereElseError(
            msg(
                "stock",
                "Offline: the hub cannot be reached, so other stores' stock is unknown right now. "
                "Try again when the station is online",
            )
        ) from None
    except HubRefused as exc:
        if exc.status == 404:
            raise WhereElseError(msg("stock", "The hub does not know {sku} in any store yet", sku=sku)) from None
        raise WhereElseError(msg("stock", "The hub refused the question ({status})", status=exc.status)) from None
    finally:
        client.close()
    out = []
    for s in body.get("stores", []):
        try:
            qty = Decimal(str(s.get("on_hand", "0")))
        except InvalidOperation:
            continue
        out.append(
            StoreStock(str(s.get("store")), str(s.get("name") or s.get("store")), qty, s.get("store") == this_store)
        )
    out.sort(key=lambda s: (not s.this_store, -s.on_hand, s.store))
    return out
