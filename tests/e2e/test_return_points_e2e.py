"""Returns and loyalty points across two stations and a real hub (issue 18): returns are not a way
to keep what was not paid for. A sale to a customer at T1 earns points (credited when T1 syncs);
returned at T2 with the receipt, the points go back in proportion to the goods, once at the hub
even when the return's event is sent twice; a partial then a full return take back exactly what
was earned. A sale paid partly with points, returned: the points go back to the card and only
the cash part is refunded in cash; the return receipt and T2's X say so."""

from __future__ import annotations

import json
from decimal import Decimal as D
from fractions import Fraction

import pytest
from sqlalchemy import create_engine, text
from tests.helpers.stations import synced
from tests.integration.test_receipt_printing import pdf_text

from storedesk.adapters.demo_catalog import GIFT_CARD
from storedesk.adapters.printing.return_receipt_pdf import return_receipt_lines_text
from storedesk.domain.returns import ReturnError
from storedesk.domain.tenders import Tender
from storedesk.i18n import use_store_language, use_store_locale
from storedesk.services import auth, customers, loyalty, reports, sale, shift
from storedesk.services.returns import complete, exchange, lookup, no_receipt, planning
from storedesk.services.returns.no_receipt import NoReceiptItem
from storedesk.services.returns.planning import ReturnLineIn
from storedesk.services.returns.printing import print_return_receipt, return_receipt_doc

from .test_gift_cards_e2e import CODE, cola_basket, sell_card
from .test_loyalty_e2e import back_online, offline, ring, with_rules


def _sell_to(st, customer, points_paid: D = D(0)):
    """Two of product 5 and one of product 1, for `customer`, part paid with points: the SaleResult."""
    ring(st, product=5, times=2)
    view = customers.attach(st.uow, st.ana, ring(st, product=1).basket_id, customer)
    if points_paid:
        loyalty.redeem_for_basket(st.uow, st.ana, view.basket_id, points_paid)
    return sale.complete_sale(st.uow, st.ana, view.basket_id, [Tender("cash", D("100.00"))])


def _ledger(hub, kind: str) -> list[int]:
    engine = create_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            q = text("SELECT points FROM loyalty_ledger WHERE kind = :k ORDER BY op_id")
            return [int(r[0]) for r in conn.execute(q, {"k": kind})]
    finally:
        engine.dispose()


def _send_again(st, return_no: str) -> list[dict]:
    """The return's event sent once more, as a relay retrying after a lost answer would."""
    with st.uow.read() as tx:
        rows = tx.conn.execute("SELECT id, kind, created_at, payload FROM outbox WHERE kind = 'return'").fetchall()
    ev = next(
        {"id": i, "kind": k, "created_at": c, "payload": json.loads(p)}
        for i, k, c, p in rows
        if json.loads(p)["return_no"] == return_no
    )
    client = lookup.hub_client(st.uow)
    assert client is not None
    try:
        return client.post_events([ev])
    finally:
        client.close()


def test_points_earned_are_taken_back_once_by_returns_at_another_station(hub, make_station, tmp_path):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    for st in (t1, t2):
        with_rules(st)
    ada = customers.create(t1.uow, "Ada Lovelace", "+33 6 12 34 56 78", "", True)
    sold = _sell_to(t1, ada)
    synced(t1)
    earned = customers.refresh(t2.uow, ada.id).points
    assert earned == int(sold.total * 10) > 0

    s = lookup.find_sale(t2.uow, sold.receipt_no)
    assert s.online and s.customer is not None and s.customer.earned == earned  # the hub said so
    two = next(ln for ln in s.lines if ln.quantity == 2)
    share = Fraction(int(two.gross * 100), 2) / int(sold.total * 100)
    first = int(earned * share)  # one of the two, rounded down
    r1 = complete.complete_return(t2.uow, t2.ana, s, [ReturnLineIn(two.line_no, D(1))], "changed_mind")
    assert [p.kind for p in r1.parts] == ["cash"] and sum(p.amount for p in r1.parts) == r1.total
    printed = pdf_text(print_return_receipt(t2.uow, tmp_path, r1.return_id))
    assert f"Points taken back: {first}" in printed and f"Loyalty card {ada.card}" in printed
    synced(t2)
    assert _send_again(t2, r1.return_no)[0]["status"] == "duplicate"  # sent twice: taken back once
    synced(t2)
    assert customers.refresh(t2.uow, ada.id).points == earned - first
    assert _ledger(hub, "reverse") == [-first]

    # the rest of it, at T2 again: exactly what was earned in all, never more
    s = lookup.find_sale(t2.uow, sold.receipt_no)
    rest = [ReturnLineIn(ln.line_no, ln.quantity - ln.returned_quantity) for ln in s.lines]
    r2 = complete.complete_return(t2.uow, t2.ana, s, rest, "changed_mind")
    synced(t2)
    assert customers.refresh(t2.uow, ada.id).points == 0
    assert sorted(_ledger(hub, "reverse")) == sorted([-first, -(earned - first)])
    assert r1.total + r2.total == sold.total


def test_a_sale_paid_partly_with_points_gives_the_points_back_not_cash(hub, make_station, tmp_path):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    for st in (t1, t2):
        with_rules(st)
    ada = customers.create(t1.uow, "Ada Lovelace", "", "ada@example.org", True)
    _sell_to(t1, ada)
    synced(t1)
    before = customers.refresh(t1.uow, ada.id).points
    assert before >= 50
    sold = _sell_to(t1, ada, points_paid=D("0.50"))  # 50 points pay 0.50
    synced(t1)
    earned = int((sold.total - D("0.50")) * 10)  # what was paid with points earns nothing
    assert customers.refresh(t2.uow, ada.id).points == before - 50 + earned

    s = lookup.find_sale(t2.uow, sold.receipt_no)
    everything = [ReturnLineIn(ln.line_no, ln.quantity) for ln in s.lines]
    pre = planning.preview(t2.uow, s, everything)
    assert pre.points.value == D("0.50") and (pre.points.given, pre.points.taken) == (50, earned)
    assert [(p.kind, p.amount) for p in pre.parts] == [("cash", sold.total - D("0.50"))]
    r = complete.complete_return(t2.uow, t2.ana, s, everything, "changed_mind")
    assert r.total == sold.total and [(p.kind, p.amount) for p in r.parts] == [("cash", sold.total - D("0.50"))]
    printed = pdf_text(print_return_receipt(t2.uow, tmp_path, r.return_id))
    assert "Points given back: 50" in printed and f"Points taken back: {earned}" in printed
    doc = return_receipt_doc(t2.uow, r.return_id)
    try:  # in the store's language, on the thermal printer too
        use_store_language("fr")
        use_store_locale("fr_FR")
        lines = "\n".join(return_receipt_lines_text(doc))
        assert "Points rendus : 50" in lines and f"Points repris : {earned}" in lines and "0,50" in lines
        use_store_language("de")
        assert "Punkte zurückgebucht: 50" in "\n".join(return_receipt_lines_text(doc))
    finally:
        use_store_language("en")
        use_store_locale("en_IE")
    synced(t2)
    assert customers.refresh(t2.uow, ada.id).points == before  # the 50 back, the earned taken back
    assert _ledger(hub, "give_back") == [50]

    # T2's X (the Z's figures) counts the points the return moved, apart from the cash
    mx = auth.login(t2.uow, "max", "9876")
    shift.open_shift(t2.uow, mx, {"50": 1})
    x = reports.x_figures(t2.uow, mx)
    assert (x.points_returns_count, x.points_taken_back, x.points_given_back) == (1, earned, 50)
    assert x.points_given_back_value == D("0.50")
    printed = pdf_text(reports.render(x, tmp_path / "x.pdf"))
    assert "Points given back by returns" in printed and "Points taken back by returns" in printed


def test_an_offline_return_queues_its_points_and_the_hub_takes_them_back_at_sync(hub, make_station):
    t1 = make_station(hub, "T1")
    with_rules(t1)
    ada = customers.create(t1.uow, "Ada Lovelace", "0611111111", "", True)
    sold = _sell_to(t1, ada)
    synced(t1)
    earned = customers.refresh(t1.uow, ada.id).points
    url = offline(t1)
    s = lookup.find_sale(t1.uow, sold.receipt_no)
    assert not s.online and s.customer is not None and s.customer.earned == earned  # from the station's own rows
    r = complete.complete_return(
        t1.uow, t1.ana, s, [ReturnLineIn(ln.line_no, ln.quantity) for ln in s.lines], "changed_mind"
    )
    assert r.offline
    with t1.uow.read() as tx:
        row = tx.conn.execute("SELECT payload FROM outbox WHERE kind = 'return'").fetchone()
    assert json.loads(row[0])["points_taken"] == earned  # waiting, like any event
    back_online(t1, url)
    synced(t1)
    assert customers.refresh(t1.uow, ada.id).points == 0


def test_a_gift_card_sold_is_refused_on_every_return_path(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    card_sale = sell_card(t1, CODE, D("10.00"))
    synced(t1)
    at_t2 = lookup.find_sale(t2.uow, card_sale.receipt_no)  # another station, through the hub
    assert at_t2.online
    with pytest.raises(ReturnError, match="a gift card sold is not refunded"):
        complete.complete_return(t2.uow, t2.ana, at_t2, [ReturnLineIn(1, D(1))], "changed_mind")
    view = cola_basket(t2)
    with pytest.raises(ReturnError, match="a gift card sold is not refunded"):
        exchange.complete_exchange(
            t2.uow, t2.ana, at_t2, [ReturnLineIn(1, D(1))], "changed_mind", view.basket_id, [Tender("cash", D(20))]
        )
    mx = auth.login(t1.uow, "max", "9876")
    with pytest.raises(ReturnError, match="a gift card sold is not refunded"):
        no_receipt.complete_no_receipt_return(
            t1.uow, mx, [NoReceiptItem(GIFT_CARD.sku, D(1))], "changed_mind", refund_to="cash"
        )
    with t2.uow.read() as tx:
        assert tx.conn.execute("SELECT count(*) FROM returns").fetchone() == (0,)
    with t1.uow.read() as tx:
        assert tx.conn.execute("SELECT count(*) FROM returns").fetchone() == (0,)
