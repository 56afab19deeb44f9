"""A loyalty card scanned at the counter while the hub cannot be reached, or refuses (issue 18):
a card among the station's recent customers is still attached; any other card is not called
unknown ("No customer has the loyalty card X"): the clerk reads that the hub cannot be reached
and the card is not among this station's recent customers; a refusal says the hub refused."""

from __future__ import annotations

import pytest
from tests.helpers.hubs import hub_cli

from storedesk.domain.errors import DomainError
from storedesk.i18n.catalog import translator
from storedesk.services import basket, customers


def _scan_card(st, card: str):
    view = basket.current(st.uow, st.ana)
    return customers.attach_card(st.uow, st.ana, view.basket_id, card)


def test_a_card_scanned_with_the_hub_down_is_found_among_the_recent_customers_or_said_so(hub_down, make_station):
    t1 = make_station(hub_down, "T1")  # registered; nothing listens at the hub's address
    ada = customers.Customer("a" * 32, "LOY1000000001", "Ada Lovelace", "+33612345678")
    customers.remember(t1.uow, [ada])  # the hub gave her to this station earlier
    view = _scan_card(t1, ada.card)
    assert view.basket.customer is not None and view.basket.customer.id == ada.id
    with pytest.raises(DomainError) as down:
        _scan_card(t1, "LOY2000000002")
    assert down.value.message == (
        "The hub cannot be reached, and the loyalty card LOY2000000002 is not among this station's recent customers"
    )
    french = translator("fr").text(down.value.text)
    assert french.startswith("Siège injoignable, et la carte de fidélité LOY2000000002 "), french
    assert translator("de").text(down.value.text).startswith("Zentrale nicht erreichbar")
    with t1.uow.read() as tx:
        assert tx.conn.execute("SELECT count(*) FROM customer_cache").fetchone() == (1,)


def test_a_card_the_hub_does_not_know_or_a_refusal_is_said_plainly(hub, make_station):
    t1 = make_station(hub, "T1")
    with pytest.raises(DomainError, match="No customer has the loyalty card LOY0000000000"):
        _scan_card(t1, "LOY0000000000")  # online, the hub knows no such card: that is what it says
    hub_cli(hub.db_url, "add-station", "--store", "PAR01", "--station", "T1")  # T1's token revoked
    with pytest.raises(DomainError) as refused:
        _scan_card(t1, "LOY0000000000")
    assert refused.value.message.startswith("The hub refused to look up the loyalty card LOY0000000000 (")
    assert translator("fr").text(refused.value.text).startswith("Le siège a refusé de rechercher la carte")
