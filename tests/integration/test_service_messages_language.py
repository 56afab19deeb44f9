"""The refusals of the services reach a clerk in the clerk's language while the logs keep English.

Each refusal is raised by the real service on a real station file; its `text` is a Message that
the translator of French or German turns into the till's words (the same .ts files the screens'
Qt translator reads), and its `message` stays English for the logs and the CLI. Values are
written by the service in the store's formats (money with the store's locale), so a translation
only moves them around.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from tests.helpers.stations import sell_items
from tests.integration.test_pickup import at, desk, picked_ready  # noqa: F401

from storedesk.adapters.hub_client import HubRefused
from storedesk.domain.errors import DomainError, ShiftError
from storedesk.domain.pickup import PickupError
from storedesk.domain.returns import ReturnError
from storedesk.i18n import Message, translator, use_store_locale
from storedesk.services import shift
from storedesk.services.pickup import handover
from storedesk.services.returns import lookup, planning
from storedesk.services.returns.planning import ReturnLineIn
from storedesk.services.vouchers import _refusal


@pytest.fixture
def french_formats():
    use_store_locale("fr_FR")
    yield
    use_store_locale(None)  # back to en_IE for the other tests


def _in(exc: DomainError, language: str) -> str:
    assert isinstance(exc.text, Message), f"not marked for translation: {exc.message!r}"
    return translator(language).text(exc.text)


def test_a_return_past_its_window_is_refused_in_french_and_german(pinned):
    st = pinned
    res = sell_items(st, [(2, 1)])
    sale = lookup.find_sale(st.uow, res.receipt_no)
    with pytest.raises(ReturnError) as refused:
        planning.preview(st.uow, sale, [ReturnLineIn(1, D(1))], now="2999-01-01T00:00:00+00:00")
    exc = refused.value
    assert exc.message == "Line 1 (Test Brioche): the return window (30 days) is over for this sale"
    assert _in(exc, "fr") == "Ligne 1 (Test Brioche) : le délai de retour (30 jours) est dépassé pour cette vente"
    assert _in(exc, "de") == "Position 1 (Test Brioche): die Rückgabefrist (30 Tage) ist für diesen Verkauf abgelaufen"


def test_closing_a_shift_that_is_no_longer_the_open_one_says_so_in_french_and_german(pinned):
    st = pinned
    mx = st.user("max")
    shift.open_shift(st.uow, mx, {})
    shift.close_shift(st.uow, mx, {}, data_dir=st.data_dir)
    shift.open_shift(st.uow, mx, {})
    with pytest.raises(ShiftError) as refused:
        shift.close_shift(st.uow, mx, {}, shift_no=1)
    exc = refused.value
    assert exc.message == "Shift 1 is no longer the open shift (shift 2 is); count again"
    assert _in(exc, "fr") == "La session 1 n'est plus la session ouverte (c'est la 2) ; recomptez"
    assert _in(exc, "de") == "Schicht 1 ist nicht mehr die offene Schicht (offen ist 2); neu zählen"
    with pytest.raises(DomainError) as uncounted:
        shift.close_shift(st.uow, mx, None)
    assert _in(uncounted.value, "fr") == "Comptez les espèces du tiroir avant de clôturer la session"
    assert _in(uncounted.value, "de") == "Erst das Bargeld in der Lade zählen, dann die Schicht schließen"


def test_a_wrong_pickup_code_and_a_payment_due_are_refused_in_french_and_german(desk, french_formats):  # noqa: F811
    oid = picked_ready(desk)
    with pytest.raises(PickupError) as refused:
        handover.hand_over(desk.uow, desk.ana, oid, code="WRONG1", now=at(3))
    exc = refused.value
    assert exc.message == "That pickup code does not match this order. Ask the customer again, or check an ID"
    assert _in(exc, "fr") == (
        "Ce code de retrait ne correspond pas à cette commande. Redemandez au client ou vérifiez une pièce d'identité"
    )
    assert _in(exc, "de") == "Dieser Abholcode passt nicht zur Bestellung. Kunden erneut fragen oder Ausweis prüfen"

    # an order paid at pickup: the amount is written once, in the store's (French) format
    due = picked_ready(desk, "W-1002", payment="pay_at_pickup")
    with pytest.raises(DomainError) as unpaid:
        handover.hand_over(desk.uow, desk.ana, due, code="K7P2QX", now=at(3))
    total = unpaid.value.text.params["total"]
    assert total.endswith("\u00a0€") and "," in total  # "12,34 €": fr_FR money
    assert _in(unpaid.value, "fr") == f"Encaissez d'abord : {total} à payer au retrait"
    assert _in(unpaid.value, "de") == f"Erst kassieren: {total} bei Abholung zu zahlen"
    assert unpaid.value.message == f"Take the payment first: {total} to pay at pickup"


class _Hub:
    """Only what _refusal asks of a hub client: the voucher's balance after a refusal."""

    def __init__(self, balance_minor: int, currency: str = "EUR"):
        self.answer = {"balance_minor": balance_minor, "currency": currency}

    def voucher(self, code: str) -> dict:
        return self.answer


def _refused(client: _Hub, status: int, wanted: D | None = D("5.00")) -> Message:
    """Drive the hub call's steps as the lane does: each Ask is answered by calling it."""
    steps = _refusal(client, "V-1234", HubRefused("hub refused", status, "the hub's own words"), "EUR", wanted)
    ask = next(steps)
    try:
        steps.send(ask.fn(*ask.args))
    except StopIteration as done:
        return done.value
    raise AssertionError("the refusal asked the hub twice")


def test_a_used_voucher_and_an_unknown_one_are_refused_in_french_and_german():
    used = _refused(_Hub(0), 409)
    assert str(used) == "Voucher V-1234 is already used: nothing is left on it"
    assert translator("fr").text(used) == "L'avoir V-1234 est déjà utilisé : il n'y reste rien"
    assert translator("de").text(used) == "Gutschein V-1234 ist schon eingelöst: kein Guthaben mehr"

    short = _refused(_Hub(250), 409)
    assert str(short) == "Voucher V-1234 has only €2.50 left"
    assert translator("fr").text(short) == "Il ne reste que €2.50 sur l'avoir V-1234"

    unknown = _refusal(_Hub(0), "V-1234", HubRefused("hub refused", 404), "EUR", None)
    with pytest.raises(StopIteration) as done:
        next(unknown)
    assert translator("de").text(done.value.value) == "Gutschein V-1234 unbekannt"
