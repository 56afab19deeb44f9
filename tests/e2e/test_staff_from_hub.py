"""Chain staff end to end: a member added with `storedesk-hub staff add` reaches both tills of the
store through a real hub over HTTP and signs in at each with the one-time PIN; disabled at the hub,
they are refused at each till from its next sync, and their open sale there is parked."""

from __future__ import annotations

import pytest
from tests.helpers.stations import ring, synced

from storedesk.domain.errors import AuthError
from storedesk.services import auth

from .conftest import hub_cli


def staff(hub, *args: str) -> str:
    return hub_cli(hub.db_url, "staff", *args, "--store", "PAR01")


def test_a_member_added_at_the_hub_signs_in_at_two_tills_until_disabled(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    pin = staff(hub, "add", "lea", "--name", "Léa Martin", "--role", "clerk").splitlines()[-1]
    for st in (t1, t2):
        with pytest.raises(AuthError):
            auth.login(st.uow, "lea", pin)  # not synced yet
        synced(st)
        lea = auth.login(st.uow, "lea", pin)
        assert (lea.name, lea.role) == ("Léa Martin", "clerk")

    with t1.uow.read() as tx:
        code = tx.catalog.first_barcode(1)
    lea_at_t1 = auth.login(t1.uow, "lea", pin)
    assert ring(t1, lea_at_t1, [code]).totals.item_count == 1
    staff(hub, "disable", "lea")
    assert auth.login(t1.uow, "lea", pin).id == lea_at_t1.id  # until the next sync
    for st in (t1, t2):
        synced(st)
        with pytest.raises(AuthError, match="Léa Martin is disabled"):
            auth.login(st.uow, "lea", pin)
    with t1.uow.read() as tx:
        assert tx.baskets.open_id() is None
        assert [p.label.split()[:2] for p in tx.baskets.parked()] == [["Léa", "Martin"]]
