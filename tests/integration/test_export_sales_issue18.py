"""`storedesk export sales` with issue 18's columns: per line the promotions that gave what
(JSON text of id and amount, adding up to the line's promotion part of `discount`), the code
of a gift card sold on a line, and the sale's customer (id, card, points earned) on each of
its lines; a sale without any of it has `[]` and empty cells; all locale-free, the CSV and the
JSON export the same strings.

Pinned catalog: Test Cola x6 (product 5, SKU0000005) 3.19."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal as D

from storedesk.adapters.demo_catalog import GIFT_CARD
from storedesk.domain.tenders import Tender
from storedesk.services import basket, customers, export, promotions, sale

FAR_PAST, FAR_FUTURE = date(2000, 1, 1), date(2100, 1, 1)
DOCUMENT = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1, "percent": "100"},
        {"id": "COLA; 5 %: off", "kind": "percent_off", "skus": ["SKU0000005"], "percent": "5"},
    ],
    "loyalty": {"points_per_unit": "10", "point_value": "0.01"},
}
ADA = customers.Customer("c-ada-1", "LOY0000000042", "Ada Lovelace", points=100)


def test_promotions_gift_card_and_customer_columns(pinned):
    st = pinned
    ana = st.user("ana")
    promotions.import_file(st.uow, json.dumps(DOCUMENT).encode())
    v = basket.current(st.uow, ana)
    for _ in range(2):
        v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(5))
    v = basket.add_gift_card(st.uow, ana, v.basket_id, GIFT_CARD.sku, "GC-EXPORT-0001", D("20.00"))
    v = customers.attach(st.uow, ana, v.basket_id, ADA)
    first = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", v.totals.total)])
    v = basket.add_scan(st.uow, ana, basket.current(st.uow, ana).basket_id, st.barcode(1))
    sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", v.totals.total)])

    out = io.StringIO()
    assert export.write_sales(st.uow, FAR_PAST, FAR_FUTURE, "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    cola, card, apples = rows
    with st.raw() as con:
        stored = con.execute(
            "SELECT promotion_id, amount_minor FROM sale_line_promotions ORDER BY promotion_id"
        ).fetchall()
        earned = con.execute("SELECT points_earned FROM sale_customers").fetchone()[0]
    assert {p for p, _ in stored} == {"COLA-2-FOR-1", "COLA; 5 %: off"}
    # the line's promotions as stored, amounts as decimal strings; their sum is within the discount
    given = json.loads(cola["promotions"])
    assert given == [{"id": p, "amount": f"{D(a) / 100:.2f}"} for p, a in stored]
    assert sum(D(p["amount"]) for p in given) == D(cola["discount"]) > 0
    assert cola["gift_card"] == "" and card["gift_card"] == "GC-EXPORT-0001"
    assert card["promotions"] == "[]" and card["tax"] == "0.00" and card["gross"] == "20.00"
    for row in (cola, card):  # the sale's customer on each of its lines
        assert (row["receipt_no"], row["customer_id"], row["customer_card"]) == (
            first.receipt_no,
            "c-ada-1",
            "LOY0000000042",
        )
        assert row["points_earned"] == str(earned) and earned > 0
    assert (apples["promotions"], apples["gift_card"], apples["customer_id"], apples["points_earned"]) == (
        "[]",
        "",
        "",
        "",
    )

    out = io.StringIO()
    export.write_sales(st.uow, FAR_PAST, FAR_FUTURE, "json", out)
    assert json.loads(out.getvalue()) == rows  # the same strings: machine-readable, locale-free
