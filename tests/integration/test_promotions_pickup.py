"""A web order paid at pickup keeps the web shop's prices: the station's promotions never price it
(issue 18: services/pickup/handover.py writes its sale with `with_promotions=False`), while the
same products at the counter get them."""

from __future__ import annotations

import json
from decimal import Decimal as D

from test_pickup import desk, picked_ready, q  # noqa: F401  (desk: the fixture)

from storedesk.domain.tenders import Tender
from storedesk.services import basket, promotions
from storedesk.services.pickup import handover

BRIOCHE_HALF = {"id": "BRIOCHE-HALF", "kind": "percent_off", "skus": ["SKU0000002"], "percent": "50"}


def test_pay_at_pickup_is_not_priced_by_the_station_s_promotions(desk):  # noqa: F811
    promotions.import_file(desk.uow, json.dumps({"promotions": [BRIOCHE_HALF]}).encode())
    oid = picked_ready(desk, payment="pay_at_pickup")  # 2 x Test Apples 2.49 + 1 x Test Brioche 5.29
    assert handover.handover_total(desk.uow, oid) == D("10.27")
    res = handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[Tender("cash", D("20.00"))])
    assert res.total == D("10.27")
    assert q(desk, "SELECT count(*) FROM sale_line_promotions") == [(0,)]
    (payload,) = q(desk, "SELECT payload FROM outbox WHERE kind = 'sale'")
    assert all("promotions" not in line for line in json.loads(payload[0])["lines"])

    # the same brioche at the counter: half price
    v = basket.current(desk.uow, desk.ana)
    v = basket.add_scan(desk.uow, desk.ana, v.basket_id, desk.barcode(2))
    assert v.totals.total == D("2.64")  # 5.29 - 2.65 (half of it, rounded half up)
