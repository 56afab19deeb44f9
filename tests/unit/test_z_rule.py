"""The Z rule's arithmetic (domain/shift_report.py): what was done with no shift open is in the
Z's totals and kept out of the expected drawer; the frozen form and the JSON figures carry it.

Worked on the unit shift of test_shift_report.py (expected cash 205.25 with nothing outside),
plus, made before the shift opened: one sale of 12.55 in cash and one return of 4.00 refunded
in cash, and one card refund of 3.00:
    returns 2, refunded 7.00, of which 1 outside (4.00 cash)
    cash refunded 4.00 (all outside): expected = 205.25 - 12.55 (outside sale) - (4.00 - 4.00) = 192.70
    period total = 83.05 - 7.00 = 76.05; card expected = 25.50 - 3.00 = 22.50
"""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D

from test_shift_report import CLOSED, COUNTED, SALES, facts

from storedesk.domain.shift_facts import OutsideReturns, ReturnsHead, TenderSum
from storedesk.domain.shift_report import ShiftReport, build_report

OUTSIDE = {
    "sales": replace(SALES, outside_shift=1),
    "outside_cash_minor": 1255,
    "returns": ReturnsHead(count=2, refunded_minor=700),
    "refunds": (TenderSum("card", 1, 300), TenderSum("cash", 1, 400)),
    "outside_returns": OutsideReturns(count=1, cash_minor=400),
}


def test_outside_documents_are_in_the_totals_and_out_of_the_drawer():
    r = build_report(facts(**OUTSIDE), "Z", CLOSED, z_no=3, closed_by="Max", counted=COUNTED)
    assert (r.returns_count, r.returns, r.outside_returns_count, r.outside_refunds) == (2, D("7.00"), 1, D("4.00"))
    assert r.cash_expected == D("192.70") and r.tender("cash").refunded == D("4.00")
    assert r.period_total == D("76.05") and r.grand_total == D("1076.05")
    assert r.tender("card").expected == D("22.50")


def test_a_refund_in_the_shift_is_still_expected_out_of_the_drawer():
    inside = dict(OUTSIDE, outside_returns=OutsideReturns())
    r = build_report(facts(**inside), "X", CLOSED)
    assert r.cash_expected == D("188.70")  # 192.70 - 4.00: that refund left the drawer during the shift


def test_frozen_form_keeps_the_outside_part_and_reads_old_zs():
    r = build_report(facts(**OUTSIDE), "Z", CLOSED, z_no=3, closed_by="Max", counted=COUNTED)
    frozen = json.loads(json.dumps(r.to_frozen()))
    assert frozen["outside_returns_count"] == 1 and frozen["outside_refunds_minor"] == 400
    assert ShiftReport.from_frozen(frozen) == r
    for key in ("outside_returns_count", "outside_refunds_minor"):  # a Z frozen before the rule
        del frozen[key]
    old = ShiftReport.from_frozen(frozen)
    assert (old.outside_returns_count, old.outside_refunds) == (0, D("0.00"))


def test_json_figures_are_decimal_strings_with_the_currency_decimals():
    r = build_report(facts(**OUTSIDE), "Z", CLOSED, z_no=3, closed_by="Max", counted=COUNTED)
    f = json.loads(json.dumps(r.figures()))
    assert (f["cash_expected"], f["outside_refunds"], f["period_total"], f["cash_difference"]) == (
        "192.70",
        "4.00",
        "76.05",
        str(r.cash_difference),
    )
    card = next(t for t in f["tenders"] if t["kind"] == "card")
    assert (card["change"], card["expected"]) == ("0.00", "22.50")
    assert {t["rate"] for t in f["taxes"]} == {"5.5", "20"}
    assert f["difference_total"] == str(r.difference_total)
