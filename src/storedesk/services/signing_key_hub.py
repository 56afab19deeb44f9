"""The station's public signing key, given to the hub (issue 19).

Once the station has a signing key (adapters/fiscal_keys.py: made at `storedesk init` or when
its store starts signing), the next sync sends the public half to the hub
(PUT /v1/stations/me/signing-key, hub/stations/keys.py), so the hub can check the station's
signed documents without it. The fingerprint the hub accepted is remembered in sync_state
("signing_key_registered"): each key is sent until the hub has it, then never again; a new key
(a replaced key file) is sent at the next sync, and the hub keeps it beside the earlier ones.

A hub that refuses it (an older hub without the route, say) does not stop the sync: the refusal
is logged and the key is offered again at the next sync. A hub that cannot be reached fails the
sync as any other call does.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters import fiscal_keys
from ..adapters.hub_client import HubClient, HubRefused

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

log = logging.getLogger(__name__)

REGISTERED = "signing_key_registered"


def register_if_new(uow: UnitOfWork, client: HubClient) -> bool:
    """Send the station's public key to the hub unless the hub already has it; True when sent
    and accepted now."""
    key = fiscal_keys.existing_key(Path(uow.db.path).parent)
    if key is None:
        return False
    with uow.read() as tx:
        if tx.sync_state.get(REGISTERED) == key.fingerprint:
            return False
    try:
        client.register_signing_key(key.public_pem)
    except HubRefused as exc:
        log.warning("signing key %s not registered at the hub: %s", key.fingerprint, exc.message)
        return False
    with uow.write() as tx:
        tx.sync_state.set(REGISTERED, key.fingerprint)
    log.info("signing key %s registered at the hub", key.fingerprint)
    return True
