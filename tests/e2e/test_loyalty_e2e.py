"""Customers and loyalty points across two stations and a real hub (issue 18): a customer created
at T1 (online), found offline at T1 among its recent customers, sold to offline; the sale earns
points credited once when T1 syncs; T2 finds the customer online, pays part of a sale with points
(the balance goes down at the hub), gives points back; redeeming offline is refused; two stations
redeeming at once cannot overspend."""

from __future__ import annotations

import json
import threading
from decimal import Decimal as D

import pytest
from tests.helpers.hubs import hub_cli
from tests.helpers.stations import synced
from tests.integration.test_receipt_printing import pdf_text

from storedesk.domain.errors import DomainError, PaymentError
from storedesk.domain.tenders import Tender
from storedesk.services import auth, basket, customers, loyalty, reports, sale, shift, vouchers
from storedesk.services.context import config, utcnow

from .conftest import free_port

RULES = {"promotions": [], "loyalty": {"points_per_unit": "10", "point_value": "0.01"}}


def with_rules(st):
    with st.uow.write() as tx:
        tx.promotions.replace(json.dumps(RULES), "hub", utcnow())


def offline(st):
    """Point the station at a port where nothing listens (the hub is down for it); the old URL."""
    with st.uow.read() as tx:
        url = tx.settings.all()["hub_url"]
    st.uow.cache.clear()
    with st.uow.write() as tx:
        tx.settings.set("hub_url", f"http://127.0.0.1:{free_port()}")
    return url


def back_online(st, url):
    st.uow.cache.clear()
    with st.uow.write() as tx:
        tx.settings.set("hub_url", url)


def ring(st, product: int = 5, times: int = 1):
    view = basket.current(st.uow, st.ana)
    with st.uow.read() as tx:
        code = tx.catalog.first_barcode(product)
    for _ in range(times):
        view = basket.add_scan(st.uow, st.ana, view.basket_id, code)
    return view


def test_offline_sale_earns_at_sync_and_another_station_redeems(hub, make_station, tmp_path):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    for st in (t1, t2):
        with_rules(st)
    ada = customers.create(t1.uow, "Ada Lovelace", "+33 6 12 34 56 78", "", True)
    assert ada.card.startswith("LOY") and ada.points == 0

    url = offline(t1)
    found = customers.find(t1.uow, "lovelace")
    assert not found.online and [c.id for c in found.customers] == [ada.id]  # the station's recent customers
    with pytest.raises(DomainError, match="offline"):
        customers.create(t1.uow, "Bob", "0611111111", "", False)
    view = ring(t1, times=2)
    view = customers.attach(t1.uow, t1.ana, view.basket_id, found.customers[0])
    assert view.basket.customer is not None and view.basket.customer.card == ada.card
    with pytest.raises(PaymentError, match="offline"):
        loyalty.redeem_for_basket(t1.uow, t1.ana, view.basket_id, D("0.10"))
    total = view.totals.total
    paid = sale.complete_sale(t1.uow, t1.ana, view.basket_id, [Tender("cash", D("50.00"))])
    earned = int(total * 10)  # 10 points per euro, rounded down
    with t1.uow.read() as tx:
        row = tx.conn.execute("SELECT customer_id, card, points_earned, points_redeemed, balance FROM sale_customers")
        assert row.fetchall() == [(ada.id, ada.card, earned, 0, None)]  # offline: the balance is not known
        payload = json.loads(tx.conn.execute("SELECT payload FROM outbox WHERE kind = 'sale'").fetchone()[0])
    assert payload["customer"] == {
        "id": ada.id,
        "card": ada.card,
        "points_earned": earned,
        "points_redeemed": 0,
        "earned_value_minor": earned,  # a point is worth 0.01
    }
    assert customers.refresh(t2.uow, ada.id).points == 0  # not at the hub before T1 syncs

    back_online(t1, url)
    synced(t1)
    synced(t1)  # nothing is credited twice
    assert customers.refresh(t2.uow, ada.id).points == earned
    assert paid.receipt_no

    # T2 finds the customer online and pays part of a sale with points
    found = customers.find(t2.uow, ada.card)
    assert found.online and found.customers[0].points == earned
    view = customers.attach(t2.uow, t2.ana, ring(t2).basket_id, found.customers[0])
    with pytest.raises(PaymentError, match="points"):
        loyalty.redeem_for_basket(t2.uow, t2.ana, view.basket_id, D(earned + 1) / 100)
    taken = loyalty.redeem_for_basket(t2.uow, t2.ana, view.basket_id, D("0.50"))
    assert (taken.points, taken.balance_after) == (50, earned - 50)
    vouchers.give_back_last(t2.uow, t2.ana, view.basket_id)  # Del in the payment dialog: points back
    assert customers.refresh(t2.uow, ada.id).points == earned
    taken = loyalty.redeem_for_basket(t2.uow, t2.ana, view.basket_id, D("0.50"))
    with pytest.raises(DomainError, match="give them back first"):
        customers.detach(t2.uow, t2.ana, view.basket_id)
    rest = view.totals.total - D("0.50")
    done = sale.complete_sale(t2.uow, t2.ana, view.basket_id, [Tender("cash", rest)])
    assert done.change == 0
    again = int(rest * 10)  # what was paid with points earns nothing
    with t2.uow.read() as tx:
        assert tx.conn.execute("SELECT points_earned, points_redeemed, balance FROM sale_customers").fetchall() == [
            (again, 50, earned - 50 + again)
        ]
    synced(t2)
    assert customers.refresh(t1.uow, ada.id).points == earned - 50 + again

    # the hub's day totals and T2's X (the Z's figures): points issued and redeemed, count and value
    day = hub.get("/v1/stores/PAR01/day-totals", date=config(t2.uow).local(utcnow()).date().isoformat())
    assert "loyalty" in day, day
    assert day["loyalty"] == {
        "points_issued": {"count": 2, "points": earned + again, "value_minor": earned + again},
        "points_redeemed": {"count": 1, "points": 50, "value_minor": 50},
    }
    mx = auth.login(t2.uow, "max", "9876")
    shift.open_shift(t2.uow, mx, {"50": 1})  # the X reads the Z period: the sales made before the shift too
    x = reports.x_figures(t2.uow, mx)
    assert (x.points_issued_count, x.points_issued, x.points_issued_value) == (1, again, D(again) / 100)
    assert (x.points_redeemed_count, x.points_redeemed, x.points_redeemed_value) == (1, 50, D("0.50"))
    printed = pdf_text(reports.render(x, tmp_path / "x.pdf"))
    assert "Points issued: 1 sale" in printed and "Points redeemed: 1 sale" in printed

    # erased at the hub on request: gone from the stations' recent customers at their next sync,
    # the card cleared from the sales made for them (the sales stay)
    hub_cli(hub.db_url, "customer", "erase", ada.id)
    for st in (t1, t2):
        synced(st)
        with st.uow.read() as tx:
            assert tx.conn.execute("SELECT count(*) FROM customer_cache").fetchone() == (0,)
            assert {r[0] for r in tx.conn.execute("SELECT card FROM sale_customers")} <= {""}
    assert customers.find(t1.uow, "Lovelace").customers == []


def test_two_stations_redeeming_at_once_cannot_overspend(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    for st in (t1, t2):
        with_rules(st)
    ada = customers.create(t1.uow, "Ada Lovelace", "", "ada@example.org", True)
    view = customers.attach(t1.uow, t1.ana, ring(t1, product=1, times=3).basket_id, ada)
    sale.complete_sale(t1.uow, t1.ana, view.basket_id, [Tender("cash", D("100.00"))])
    synced(t1)
    balance = customers.refresh(t1.uow, ada.id).points
    assert balance > 0
    each = balance // 2 + 1  # two of them cannot both be paid
    baskets = {}
    for st in (t1, t2):
        v = ring(st, product=2, times=4)
        baskets[id(st)] = customers.attach(st.uow, st.ana, v.basket_id, ada).basket_id
    results, lock = [], threading.Lock()
    barrier = threading.Barrier(2)

    def go(st):
        barrier.wait()
        try:
            got = loyalty.redeem_for_basket(st.uow, st.ana, baskets[id(st)], D(each) / 100)
            out = ("ok", got.balance_after)
        except PaymentError as exc:
            out = ("refused", exc.message)
        with lock:
            results.append(out)

    threads = [threading.Thread(target=go, args=(st,)) for st in (t1, t2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(k for k, _ in results) == ["ok", "refused"], results
    assert "The customer has" in next(m for k, m in results if k == "refused")  # the hub's refusal
    assert customers.refresh(t2.uow, ada.id).points == balance - each
