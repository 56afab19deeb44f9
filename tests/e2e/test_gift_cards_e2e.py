"""Gift cards across two stations and a real hub (issue 18): sold and activated at T1 (sync),
redeemed at T2 online (its balance goes down), refused with its balance when it has too little
or nothing, refused offline, never overspent by concurrent redemptions, reloaded, and given back
when the clerk removes the payment."""

from __future__ import annotations

import threading
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from tests.helpers.stations import synced

from storedesk.adapters.db import open_database
from storedesk.adapters.demo_catalog import GIFT_CARD
from storedesk.adapters.printing.report_rows import sales_rows
from storedesk.adapters.uow import UnitOfWork
from storedesk.domain.errors import BasketError, PaymentError
from storedesk.domain.gift_cards import GiftCardProduct
from storedesk.domain.money_format import fmt_money
from storedesk.domain.returns import OverRefund, ReturnError
from storedesk.domain.tenders import Tender
from storedesk.services import auth, basket, gift_cards, receipts, reports, sale, shift, vouchers
from storedesk.services.context import config, utcnow
from storedesk.services.returns import complete, lookup
from storedesk.services.returns.planning import ReturnLineIn

from .conftest import free_port

CODE = "GC-2026-0001"


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def sell_card(st, code: str, amount: D):
    """Scan the gift card product (the till asks for a code), put `amount` on `code`, pay cash."""
    view = basket.current(st.uow, st.ana)
    with pytest.raises(GiftCardProduct):
        basket.add_scan(st.uow, st.ana, view.basket_id, GIFT_CARD.barcode)
    view = basket.add_gift_card(st.uow, st.ana, view.basket_id, GIFT_CARD.sku, code, amount)
    return sale.complete_sale(st.uow, st.ana, view.basket_id, [Tender("cash", amount)])


def cola_basket(st):
    view = basket.current(st.uow, st.ana)
    with st.uow.read() as tx:
        cola = tx.catalog.first_barcode(5)
    return basket.add_scan(st.uow, st.ana, view.basket_id, cola)


def test_sold_at_one_station_redeemed_at_another(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    sold = sell_card(t1, CODE.lower(), D("50.00"))
    assert sold.total == D("50.00")
    with t1.uow.read() as tx:
        assert tx.conn.execute("SELECT code, amount_minor FROM sale_line_gift_cards").fetchall() == [(CODE, 5000)]
        line = tx.conn.execute("SELECT tax_code, tax_rate, tax_minor FROM sale_lines").fetchone()
        assert line == ("G", "0", 0)  # not VAT: a multi-purpose voucher
    with pytest.raises(PaymentError, match="not known"):  # not activated until the sale reaches the hub
        gift_cards.balance(t2.uow, CODE)
    synced(t1)
    assert gift_cards.balance(t2.uow, CODE).balance == D("50.00")

    view = cola_basket(t2)
    total = view.totals.total
    with pytest.raises(PaymentError, match="only €50.00 left"):
        gift_cards.redeem_for_basket(t2.uow, t2.ana, view.basket_id, CODE, D("60.00"))
    taken = gift_cards.redeem_for_basket(t2.uow, t2.ana, view.basket_id, CODE, total)
    assert taken.balance_after == D("50.00") - total
    paid = sale.complete_sale(t2.uow, t2.ana, view.basket_id, [])
    assert paid.change == 0
    # the receipts: the card sold (masked but its last 4), the card paid with and what is left on it
    sold_text = pdf_text(receipts.print_receipt(t1.uow, t1.data_dir, sold.sale_id))
    assert "Gift card ********0001" in sold_text and CODE not in sold_text
    paid_text = pdf_text(receipts.print_receipt(t2.uow, t2.data_dir, paid.sale_id))
    assert "Gift card ref ********0001" in paid_text and CODE not in paid_text
    assert "Left on the gift card\n" + fmt_money(D("50.00") - total, "EUR") in paid_text
    synced(t2)
    assert gift_cards.balance(t1.uow, CODE).balance == D("50.00") - total

    # the rest of it, then nothing: a card with no balance is refused WITH its balance
    rest = D("50.00") - total
    spent = gift_cards.redeem(t2.uow, CODE, rest, "basket-x")
    assert spent.balance_after == 0
    with pytest.raises(PaymentError, match=r"nothing left \(balance €0.00\)"):
        gift_cards.redeem(t2.uow, CODE, D("1.00"), "basket-y")
    with pytest.raises(PaymentError, match="not known"):
        gift_cards.redeem(t2.uow, "GC-NEVER-SOLD", D("1.00"), "basket-z")

    # reload: another sale onto the same card, at T2
    sell_card(t2, CODE, D("20.00"))
    synced(t2)
    assert gift_cards.balance(t1.uow, CODE).balance == D("20.00")

    # not revenue: the X/Z and the hub's day totals show gift cards apart from sales
    mx = auth.login(t2.uow, "max", "9876")
    shift.open_shift(t2.uow, mx, {"50": 1})  # the X reads the Z period: the sales made before the shift too
    x = reports.x_figures(t2.uow, mx)
    assert (x.gift_cards_count, x.gift_cards_sold, x.gift_cards_redeemed) == (1, D("20.00"), total)
    assert x.gross == D("20.00") + total  # the cola and the card reloaded: paid, but only the cola is revenue
    assert x.tender("gift_card").amount == total
    rows = {r.label.strip(): r.value for r in sales_rows(x)}  # the X/Z paper's sales block (PDF and roll)
    assert rows["of which gift card sold (1)"] == "20.00" and rows["Sales excl. gift cards"] == str(total)
    assert rows["Gift cards redeemed (in the payments)"] == str(total)
    day = hub.get("/v1/stores/PAR01/day-totals", date=config(t2.uow).local(utcnow()).date().isoformat())
    assert day["gift_cards"] == {"sold_count": 2, "sold_minor": 7000, "redeemed_minor": int(total * 100)}


def test_given_back_refused_for_a_card_sale_and_offline(hub, make_station):
    t1 = make_station(hub, "T1")
    sell_card(t1, CODE, D("30.00"))
    synced(t1)
    view = cola_basket(t1)
    taken = gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, D("2.00"))
    assert taken.balance_after == D("28.00")
    vouchers.give_back_last(t1.uow, t1.ana, view.basket_id)  # Del in the payment dialog
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00")
    assert basket.last_taken(t1.uow, view.basket_id) is None

    # a gift card is not paid with a gift card, and one card is sold once per sale
    view = basket.add_gift_card(t1.uow, t1.ana, view.basket_id, GIFT_CARD.sku, "GC-NEW-0002", D("10"))
    with pytest.raises(PaymentError, match="cannot be paid with a gift card"):
        gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, D("1.00"))
    with pytest.raises(BasketError, match="already on this sale"):
        basket.add_gift_card(t1.uow, t1.ana, view.basket_id, GIFT_CARD.sku, "GC-NEW-0002", D("5"))
    with pytest.raises(BasketError, match="6 to 32"):
        basket.add_gift_card(t1.uow, t1.ana, view.basket_id, GIFT_CARD.sku, "12", D("5"))
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00")

    # offline: neither checked nor taken, and the clerk is told why
    t1.uow.cache.clear()
    with t1.uow.write() as tx:
        tx.settings.set("hub_url", f"http://127.0.0.1:{free_port()}")
    with pytest.raises(PaymentError, match="offline"):
        gift_cards.redeem(t1.uow, CODE, D("1.00"), "x")
    with pytest.raises(PaymentError, match="offline"):
        gift_cards.balance(t1.uow, CODE)


def test_two_stations_at_once_cannot_overspend(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    sell_card(t1, CODE, D("10.00"))
    synced(t1)
    results, lock = [], threading.Lock()
    barrier = threading.Barrier(6)

    def go(i):
        db = open_database((t1, t2)[i % 2].data_dir)  # a unit of work belongs to one thread
        uow = UnitOfWork(db)
        try:
            barrier.wait()
            try:
                got = gift_cards.redeem(uow, CODE, D("3.00"), f"basket-{i}")
                out = ("ok", got.balance_after)
            except PaymentError as exc:
                out = ("refused", exc.message)
        finally:
            uow.close()
            db.dispose()
        with lock:
            results.append(out)

    threads = [threading.Thread(target=go, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    taken = sorted(b for kind, b in results if kind == "ok")
    assert taken == [D("1.00"), D("4.00"), D("7.00")]  # three of 3.00 from 10.00, one after the other
    refused = [m for kind, m in results if kind == "refused"]
    assert len(refused) == 3 and all("only €1.00 left" in m for m in refused)
    assert gift_cards.balance(t2.uow, CODE).balance == D("1.00")


def test_returns_a_card_sold_is_not_refunded_a_sale_paid_by_card_goes_to_store_credit(hub, make_station):
    """A gift card sold is never refunded in cash (it may be spent already); a sale paid with a
    gift card is refunded as store credit (a voucher at the hub), never in cash it did not take,
    and never onto a card "accepted" whatever its balance (Odoo #135393)."""
    t1 = make_station(hub, "T1")
    card_sale = sell_card(t1, CODE, D("10.00"))
    synced(t1)
    sold = lookup.find_sale(t1.uow, card_sale.receipt_no)
    with pytest.raises(ReturnError, match="a gift card sold is not refunded"):
        complete.complete_return(t1.uow, t1.ana, sold, [ReturnLineIn(1, D(1))], "changed_mind")

    view = cola_basket(t1)
    total = view.totals.total
    gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, None, up_to=total)  # the rest, from the card
    paid = sale.complete_sale(t1.uow, t1.ana, view.basket_id, [])
    synced(t1)
    left = gift_cards.balance(t1.uow, CODE).balance
    assert left == D("10.00") - total
    paid_sale = lookup.find_sale(t1.uow, paid.receipt_no)
    with pytest.raises(OverRefund, match="store credit"):  # no cash was taken: none goes back
        complete.complete_return(t1.uow, t1.ana, paid_sale, [ReturnLineIn(1, D(1))], "changed_mind")
    back = complete.complete_return(
        t1.uow, t1.ana, paid_sale, [ReturnLineIn(1, D(1))], "changed_mind", refund_to="store_credit"
    )
    synced(t1)
    assert vouchers.balance(t1.uow, back.voucher_code) == total
    assert gift_cards.balance(t1.uow, CODE).balance == left  # the card is left as it was
