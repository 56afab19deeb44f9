"""A tender taken at the hub whose answer is lost is never left taken without a trace (issue 18
review): a real hub behind a real faulty proxy that forwards the redemption (the hub commits) and
cuts the answer. The station recorded the redemption before asking (pending_redemptions, s0024),
tells the clerk the hub may have taken it, and gives it back under the same id: at once when the
hub answers, else at the next sync. A refusal leaves nothing open; an id the hub does not know is
settled only once it cannot still be on its way."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from decimal import Decimal as D

import pytest
from tests.e2e.faulty_proxy import FaultyProxy
from tests.helpers.stations import credit_return, synced

from storedesk.adapters.pending_redemptions_repo import PendingRedemptionsRepo
from storedesk.domain.errors import DomainError, PaymentError
from storedesk.domain.tenders import Tender
from storedesk.services import basket, customers, gift_cards, hub_tender, loyalty, sale, vouchers
from storedesk.services.context import utcnow

from .test_gift_cards_e2e import CODE, cola_basket, sell_card
from .test_loyalty_e2e import ring, with_rules
from .test_returns_hub import sell


def point_at(st, url: str) -> None:
    """The station's hub URL (the same token): the proxy, or the hub itself."""
    st.uow.cache.clear()
    with st.uow.write() as tx:
        tx.settings.set("hub_url", url)


def intents(st) -> list[tuple[str, str, str]]:
    with st.uow.read() as tx:
        rows = tx.conn.execute("SELECT kind, state, outcome FROM pending_redemptions ORDER BY asked_at")
        return [tuple(r) for r in rows.fetchall()]


def faults(*first: str):
    """The proxy's plan: `first` for the first requests, then every request forwarded."""
    return lambda n: first[n] if n < len(first) else "ok"


@pytest.fixture
def card_station(hub, make_station):
    """T1 with gift card CODE sold for 30.00 and activated at the hub."""
    t1 = make_station(hub, "T1")
    sell_card(t1, CODE, D("30.00"))
    synced(t1)
    return t1


def test_a_card_debited_but_unanswered_is_given_back_at_the_next_sync(hub, card_station):
    t1 = card_station
    view = cola_basket(t1)
    # the redemption reaches the hub (committed) and its answer is cut; the give-back finds the hub silent
    with FaultyProxy(hub.url, faults("lost", "down")) as proxy:
        point_at(t1, proxy.url)
        with pytest.raises(PaymentError, match="If the hub took it, the till gives it back"):
            gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, D("2.00"))
        assert proxy.faults == {"lost": 1, "down": 1}
    point_at(t1, hub.url)
    assert gift_cards.balance(t1.uow, CODE).balance == D("28.00")  # the hub did take it
    assert basket.last_taken(t1.uow, view.basket_id) is None  # not on the sale
    assert intents(t1) == [("gift_card", "give_back", "")]  # but the till knows it

    synced(t1)  # the next sync gives it back under the same redemption id
    assert intents(t1) == [("gift_card", "settled", "given_back")]
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00")
    synced(t1)  # once
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00")
    # the sale goes on with another payment
    paid = sale.complete_sale(t1.uow, t1.ana, view.basket_id, [Tender("cash", view.totals.total)])
    assert paid.change == 0


def test_an_answer_lost_is_given_back_at_once_when_the_hub_answers_again(hub, card_station):
    t1 = card_station
    view = cola_basket(t1)
    with FaultyProxy(hub.url, faults("lost")) as proxy:
        point_at(t1, proxy.url)
        with pytest.raises(PaymentError, match="If the hub took it, the till gives it back"):
            gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, D("2.00"))
        assert proxy.faults == {"lost": 1, "ok": 1}  # the redemption, then its give-back
    point_at(t1, hub.url)
    assert intents(t1) == [("gift_card", "settled", "given_back")]
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00")


def test_points_taken_but_unanswered_come_back_at_the_next_sync(hub, make_station):
    t1 = make_station(hub, "T1")
    with_rules(t1)
    ada = customers.create(t1.uow, "Ada Lovelace", "+33 6 12 34 56 78", "", True)
    view = customers.attach(t1.uow, t1.ana, ring(t1, times=2).basket_id, ada)
    sale.complete_sale(t1.uow, t1.ana, view.basket_id, [Tender("cash", D("50.00"))])
    synced(t1)
    earned = customers.refresh(t1.uow, ada.id).points
    assert earned > 10

    view = customers.attach(t1.uow, t1.ana, ring(t1).basket_id, ada)
    with FaultyProxy(hub.url, faults("lost", "down")) as proxy:
        point_at(t1, proxy.url)
        with pytest.raises(PaymentError, match="If the hub took them, the till gives them back"):
            loyalty.redeem_for_basket(t1.uow, t1.ana, view.basket_id, D("0.10"))
    point_at(t1, hub.url)
    assert customers.refresh(t1.uow, ada.id).points == earned - 10  # taken at the hub
    assert intents(t1) == [("points", "give_back", "")]
    synced(t1)
    assert intents(t1) == [("points", "settled", "given_back")]
    assert customers.refresh(t1.uow, ada.id).points == earned


def test_a_voucher_debited_but_unanswered_is_given_back_at_the_next_sync(hub, make_station):
    t1 = make_station(hub, "T1")
    sold = sell(t1, 8, 1)
    synced(t1)
    code = credit_return(t1, t1.ana, sold.receipt_no).voucher_code
    synced(t1)
    credit = vouchers.balance(t1.uow, code)
    view = cola_basket(t1)
    with FaultyProxy(hub.url, faults("lost", "down")) as proxy:
        point_at(t1, proxy.url)
        with pytest.raises(PaymentError, match="If the hub took it, the till gives it back"):
            vouchers.redeem_for_basket(t1.uow, t1.ana, view.basket_id, code, D("1.00"))
    point_at(t1, hub.url)
    assert vouchers.balance(t1.uow, code) == credit - D("1.00")
    assert intents(t1) == [("voucher", "give_back", "")]
    synced(t1)
    assert intents(t1) == [("voucher", "settled", "given_back")]
    assert vouchers.balance(t1.uow, code) == credit


def test_a_refusal_leaves_nothing_open(hub, card_station):
    t1 = card_station
    view = cola_basket(t1)
    with pytest.raises(PaymentError, match="only €30.00 left"):
        gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, D("31.00"))
    with pytest.raises(PaymentError, match="not known"):
        vouchers.redeem_for_basket(t1.uow, t1.ana, view.basket_id, "SC-NEVER-GIVEN", D("1.00"))
    assert intents(t1) == [("gift_card", "settled", "refused"), ("voucher", "settled", "refused")]
    taken = gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, D("1.00"))
    assert basket.last_taken(t1.uow, view.basket_id).redemption_id == taken.redemption_id
    assert intents(t1)[-1] == ("gift_card", "settled", "kept")  # kept on the basket, in one transaction
    synced(t1)
    assert gift_cards.balance(t1.uow, CODE).balance == D("29.00")  # nothing given back


def test_a_payment_the_basket_cannot_keep_and_the_hub_cannot_give_back_is_logged_and_given_back_at_sync(
    hub, card_station, caplog
):
    t1 = card_station
    view = cola_basket(t1)
    more = view.totals.total + D("1.00")  # more than the sale costs: the basket refuses to keep it
    with FaultyProxy(hub.url, faults("ok", "down")) as proxy, caplog.at_level(logging.WARNING):
        point_at(t1, proxy.url)
        with pytest.raises(DomainError):
            gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, more)
    point_at(t1, hub.url)
    said = caplog.text
    assert "not kept on basket" in said and "not given back yet" in said and CODE not in said
    assert intents(t1) == [("gift_card", "give_back", "")]
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00") - more
    synced(t1)
    assert intents(t1) == [("gift_card", "settled", "given_back")]
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00")


def test_an_id_the_hub_does_not_know_is_settled_only_once_it_cannot_be_on_its_way(hub, make_station):
    t1 = make_station(hub, "T1")
    asked = hub_tender.intent("gift_card", CODE, 200, "basket-x")
    with t1.uow.write() as tx:  # the till stopped before the question left (or the hub never got it)
        PendingRedemptionsRepo(tx.conn).add(asked)
        PendingRedemptionsRepo(tx.conn).to_give_back(asked.redemption_id)
    synced(t1)  # 404, but the question may still be on its way: kept open
    assert intents(t1) == [("gift_card", "give_back", "")]
    later = (datetime.fromisoformat(utcnow()) + hub_tender.GRACE + timedelta(seconds=1)).isoformat()
    client = t1.client()
    try:
        assert hub_tender.give_back_open(t1.uow, client, now=later) == 1
    finally:
        client.close()
    assert intents(t1) == [("gift_card", "settled", "not_taken")]


def test_a_question_never_answered_because_the_till_stopped_is_given_back_after_the_grace(hub, card_station):
    """The till stopped between the hub's yes and the basket (a crash): the intent is still
    'asking'; the sync leaves it while it may be in flight, then gives it back."""
    t1 = card_station
    taken = gift_cards.redeem(t1.uow, CODE, D("3.00"), "basket-crashed")
    with t1.uow.write() as tx:  # as if the till had stopped before the answer was handled
        tx.conn.execute(
            "UPDATE pending_redemptions SET state = 'asking', outcome = '', settled_at = NULL WHERE redemption_id = ?",
            (taken.redemption_id,),
        )
    synced(t1)
    assert gift_cards.balance(t1.uow, CODE).balance == D("27.00")  # still in flight as far as the till knows
    later = (datetime.fromisoformat(utcnow()) + hub_tender.GRACE + timedelta(seconds=1)).isoformat()
    client = t1.client()
    try:
        assert hub_tender.give_back_open(t1.uow, client, now=later) == 1
    finally:
        client.close()
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00")
