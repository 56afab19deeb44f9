"""The counter's customer line for a sale whose customer was erased at the hub meanwhile (issue 18):
the station blanked their name and card on the open sale (adapters/customer_erasure.py), so the
line says so in words instead of "Customer:  · card "."""

from __future__ import annotations

import pytest

from storedesk.domain.basket import BasketCustomer
from storedesk.ui.sale.customer_dialog import customer_text
from storedesk.ui.translation import install_language


@pytest.fixture
def english_afterwards(qapp):
    yield
    install_language("en")


def test_an_erased_customer_is_named_as_erased(english_afterwards):
    assert customer_text(BasketCustomer("a" * 32, "LOY1000000001", "Ada Lovelace")) == (
        "Customer: Ada Lovelace · card LOY1000000001"
    )
    erased = BasketCustomer("a" * 32, "", "", "staff")
    assert customer_text(erased) == "Customer: erased at the hub (the sale keeps their prices)"
    install_language("fr")
    assert customer_text(erased) == "Client : effacé au siège (la vente garde ses prix)"
