"""A refusal of the hub reaches the clerk in the screens' language (issue 16), through a real hub
process over HTTP: the station's hub client says the screens' language (`Accept-Language`), the
hub answers its refusal in it, and the return desk's own sentence around it is in it too.

T1 sells one item; T2 reads the receipt from the hub; T1 takes the item back; T2's stale view
asks for it again and the hub refuses (409), naming the line and what is left. Sync's own
requests ask for no language: their refusals are logged, and logs stay English.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from tests.helpers.stations import synced

from storedesk.adapters.hub_client import HubClient, HubConfig, HubRefused
from storedesk.domain.returns import ReturnError
from storedesk.i18n import translator
from storedesk.i18n.formats import screen_language, use_screen_language
from storedesk.services.returns import complete, lookup
from storedesk.services.returns.planning import ReturnLineIn

from .test_returns_hub import sell


@pytest.fixture
def french_screens():
    use_screen_language("fr")
    yield
    use_screen_language("en")


def test_a_hub_refusal_at_the_return_desk_reads_in_french(hub, make_station, french_screens):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    sold = sell(t1, 8, 1)
    synced(t1)
    stale = lookup.find_sale(t2.uow, sold.receipt_no)
    assert stale.online and stale.lines[0].quantity == 1
    name = stale.lines[0].name
    complete.complete_return(
        t1.uow, t1.ana, lookup.find_sale(t1.uow, sold.receipt_no), [ReturnLineIn(1, D(1))], "faulty"
    )

    with pytest.raises(ReturnError) as refused:
        complete.complete_return(t2.uow, t2.ana, stale, [ReturnLineIn(1, D(1))], "faulty")
    # what the return screen shows (ui/translation.text reads the same French .ts files)
    assert translator("fr").text(refused.value.text) == (
        f"Refusé par le serveur central : Ligne 1 ({name}) : plus rien à retourner "
        "(1 vendu, tout est déjà retourné ou en cours de retour), 1 demandé"
    )

    use_screen_language("en")  # the clerk switches the screens to English: the hub answers English
    assert screen_language() == "en"
    with pytest.raises(ReturnError) as again:
        complete.complete_return(t2.uow, t2.ana, stale, [ReturnLineIn(1, D(1))], "faulty")
    assert again.value.message == (
        f"The hub refused: Line 1 ({name}): nothing left to return (1 sold, all returned or being returned), 1 asked"
    )


def test_sync_refusals_stay_english_for_the_log_while_a_clerks_lookup_is_french(hub, french_screens):
    """A revoked token: the relay's refusal (logged, kept in the outbox) stays English; the same
    refusal met by a clerk's receipt lookup comes back in the screens' language."""
    client = HubClient(HubConfig(hub.url, "revoked-or-never-issued"))
    try:
        with pytest.raises(HubRefused) as sync_refused:
            client.post_events([])
        with pytest.raises(HubRefused) as clerk_refused:
            client.return_sale("PAR01-T1-000001")
    finally:
        client.close()
    assert (sync_refused.value.status, sync_refused.value.detail) == (401, "unknown or revoked token")
    assert sync_refused.value.message == "hub refused POST /v1/events: 401 unknown or revoked token"
    assert (clerk_refused.value.status, clerk_refused.value.detail) == (401, "jeton inconnu ou révoqué")
