"""Returns across stations through a real hub process (uvicorn on 127.0.0.1, real HTTP).

- A receipt of station T1 is returned in parts at T1 and T2: never more than was sold.
- The same receipt returned at once from both stations: the hub grants at most the sold quantity.
- An offline over-return (T1 cannot reach the hub while T2 already took the line back) is
  accepted locally, then flagged by the hub at sync and shown to the manager and on the X/Z.
- Store credit: the voucher issued by a return is known at the hub with its balance.
"""

from __future__ import annotations

import threading
from decimal import Decimal as D

import pytest
from tests.helpers.stations import credit_return, synced

from storedesk.adapters.hub_client import HubClient, HubConfig
from storedesk.domain.errors import PaymentError
from storedesk.domain.returns import ReturnError
from storedesk.domain.tenders import Tender
from storedesk.services import basket, reports, sale, shift, sync, vouchers
from storedesk.services.returns import complete, flags, lookup
from storedesk.services.returns.planning import ReturnLineIn

from .conftest import free_port


def sell(st, pid: int, qty: int, tenders=None):
    view = basket.current(st.uow, st.ana)
    with st.uow.read() as tx:
        code = tx.catalog.first_barcode(pid)
    for _ in range(qty):
        view = basket.add_scan(st.uow, st.ana, view.basket_id, code)
    return sale.complete_sale(st.uow, st.ana, view.basket_id, tenders or [Tender("cash", view.totals.total + D(5))])


def dead_client(st) -> HubClient:
    cfg = sync.hub_config(st.uow)
    return HubClient(HubConfig(f"http://127.0.0.1:{free_port()}", cfg.token, connect_timeout=0.5, read_timeout=1))


def test_returns_at_two_stations_never_exceed_the_sale(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    sold = sell(t1, 8, 2)
    synced(t1)

    at_t2 = lookup.find_sale(t2.uow, sold.receipt_no)  # another station's sale: from the hub
    assert at_t2.online and at_t2.station == "T1" and at_t2.lines[0].quantity == 2
    r2 = complete.complete_return(t2.uow, t2.ana, at_t2, [ReturnLineIn(1, D(1))], "changed_mind")
    assert r2.offline is False and r2.return_no == "PAR01-T2-R000001"

    at_t1 = lookup.find_sale(t1.uow, sold.receipt_no)
    assert at_t1.lines[0].returned_quantity == 1  # T2's return, known through the hub's grant
    with pytest.raises(ReturnError, match="only 1 left"):
        complete.complete_return(t1.uow, t1.ana, at_t1, [ReturnLineIn(1, D(2))], "faulty")
    complete.complete_return(t1.uow, t1.ana, at_t1, [ReturnLineIn(1, D(1))], "faulty")
    # a stale view at T2 still thinks one is left: the hub refuses
    with pytest.raises(ReturnError, match="(?i)hub refused"):
        complete.complete_return(t2.uow, t2.ana, at_t2, [ReturnLineIn(1, D(1))], "faulty")
    synced(t1)
    synced(t2)
    fresh = lookup.find_sale(t2.uow, sold.receipt_no)
    assert fresh.lines[0].returned_quantity == 2
    totals = hub.get("/v1/stores/PAR01/day-totals", date=_today(t1))
    assert totals["returns_count"] == 2 and totals["returns_minor"] == 3238 == int(sold.total * 100)
    assert totals["refunds"] == {"cash": 3238}


def test_the_same_receipt_returned_at_once_from_two_stations(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    sold = sell(t1, 5, 2)
    synced(t1)
    views = {st: lookup.find_sale(st.uow, sold.receipt_no) for st in (t1, t2)}
    start = threading.Barrier(2)
    outcome = {}

    def take_all_back(st):
        start.wait()
        try:
            outcome[st] = complete.complete_return(st.uow, st.ana, views[st], [ReturnLineIn(1, D(2))], "faulty")
        except ReturnError as exc:
            outcome[st] = exc

    threads = [threading.Thread(target=take_all_back, args=(st,)) for st in (t1, t2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    done = [r for r in outcome.values() if not isinstance(r, Exception)]
    refused = [r for r in outcome.values() if isinstance(r, Exception)]
    assert len(done) == 1 and len(refused) == 1, outcome
    assert "left to return" in str(refused[0]) or "returned in full" in str(refused[0])
    # the refused station wrote nothing
    loser = next(st for st, r in outcome.items() if isinstance(r, Exception))
    assert loser.uow.db is not None
    with loser.uow.read() as tx:
        assert tx.returns.returned_milli(sold.receipt_no) == {}


def test_an_offline_over_return_is_flagged_at_sync(hub, make_station):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    mx = t1.uow and __import__("storedesk.services.auth", fromlist=["login"]).login(t1.uow, "max", "9876")
    shift.open_shift(t1.uow, mx, {"50": 2})
    sold = sell(t1, 8, 1)
    synced(t1)
    complete.complete_return(
        t2.uow, t2.ana, lookup.find_sale(t2.uow, sold.receipt_no), [ReturnLineIn(1, D(1))], "faulty"
    )
    synced(t2)

    dead = dead_client(t1)
    offline_view = lookup.find_sale(t1.uow, sold.receipt_no, client=dead)
    assert offline_view.online is False and offline_view.lines[0].returned_quantity == 0  # T1 does not know
    r = complete.complete_return(t1.uow, t1.ana, offline_view, [ReturnLineIn(1, D(1))], "faulty", client=dead)
    assert r.offline is True
    dead.close()

    synced(t1)  # the return reaches the hub, which accepts it (money left) and flags it
    synced(t1)  # ... and the flag comes back through the feed
    found = flags.flags(t1.uow)
    assert len(found) == 1 and found[0][1] == r.return_no and "over by 1" in found[0][3]
    x = reports.x_figures(t1.uow, mx)
    assert x.returns_count == 1 and any(r.return_no in f for f in x.return_flags)
    listed = hub.get("/v1/returns/flags", token=hub.tokens["T1"], store="PAR01")
    assert len(listed["flags"] if isinstance(listed, dict) else listed) == 1


def test_store_credit_is_issued_at_the_hub(hub, make_station):
    t1 = make_station(hub, "T1")
    sold = sell(t1, 8, 1)
    synced(t1)
    r = credit_return(t1, t1.ana, sold.receipt_no)
    synced(t1)
    assert vouchers.balance(t1.uow, r.voucher_code) == sold.total == D("16.19")

    # redeemed as a tender at ANOTHER station: 3.19 of it pays a Cola, 13.00 stays on it
    t2 = make_station(hub, "T2")
    view = basket.current(t2.uow, t2.ana)
    with t2.uow.read() as tx:
        cola = tx.catalog.first_barcode(5)
    view = basket.add_scan(t2.uow, t2.ana, view.basket_id, cola)
    total = view.totals.total
    with pytest.raises(PaymentError, match="left"):
        vouchers.redeem(t2.uow, r.voucher_code, D("99.00"), view.basket_id)
    taken = vouchers.redeem(t2.uow, r.voucher_code.lower(), total, view.basket_id)
    assert taken.balance_after == D("16.19") - total
    paid = sale.complete_sale(t2.uow, t2.ana, view.basket_id, [taken.tender])
    assert paid.change == 0
    # a payment taken then removed gives the amount back
    again = vouchers.redeem(t2.uow, r.voucher_code, D("1.00"), "another basket")
    vouchers.cancel(t2.uow, again.redemption_id)
    assert vouchers.balance(t2.uow, r.voucher_code) == D("16.19") - total
    synced(t2)
    assert hub.get("/v1/stores/PAR01/day-totals", date=_today(t2))["tenders"]
    # offline, a voucher cannot be taken, and the clerk is told why
    t2.uow.cache.clear()
    with t2.uow.write() as tx:
        tx.settings.set("hub_url", f"http://127.0.0.1:{free_port()}")
    with pytest.raises(PaymentError, match="offline"):
        vouchers.redeem(t2.uow, r.voucher_code, D("1.00"), "x")


def _today(st) -> str:
    from storedesk.services.context import config, utcnow

    return config(st.uow).local(utcnow()).date().isoformat()
