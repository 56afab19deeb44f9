""" "Where else is it in stock?": the hub's stock view (GET /v1/stock?sku=) for one product.

Network work: the UI runs it OFF the GUI thread and off the database worker (Ops.background),
after reading the hub settings. Offline gives a clear message, never a frozen screen.

The hub lists warehouses beside stores (their "kind"). A clerk asks to send the customer to
another store or to ask it for a transfer; a warehouse cannot hand anything over, but it can
deliver (an order shipped to the customer). So warehouses are kept, marked, and listed after
the stores: this store first, then the other stores, most stocked first, then the warehouses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ...adapters.hub_client import HubClient, HubConfig, HubRefused, HubUnavailable
from ...domain.errors import DomainError
from ...i18n import msg

WAREHOUSE = "warehouse"  # GET /v1/stock's "kind" of a location that only ships

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
    warehouse: bool = False  # no counter: it only ships


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
    """Every location's on-hand of `sku`: this store first, then the other stores and then the
    warehouses, each most stocked first. Raises
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
    return listed(body, this_store)


def listed(body: dict, this_store: str) -> list[StoreStock]:
    """GET /v1/stock's answer as the dialog lists it (see the module doc for the order)."""
    out = []
    for s in body.get("stores", []):
        try:
            qty = Decimal(str(s.get("on_hand", "0")))
        except InvalidOperation:
            continue
        code, warehouse = str(s.get("store")), s.get("kind") == WAREHOUSE
        out.append(StoreStock(code, str(s.get("name") or code), qty, code == this_store and not warehouse, warehouse))
    out.sort(key=lambda s: (not s.this_store, s.warehouse, -s.on_hand, s.store))
    return out
