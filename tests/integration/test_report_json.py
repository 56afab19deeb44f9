"""`storedesk report x|z [--last|--number N] --format json`: the report's figures for an ERP or
an auditor, money as decimal strings, through the real command line, equal to the PDF's."""

from __future__ import annotations

import json
import re
from decimal import Decimal as D

from test_report_pdf import text_of
from test_shifts import COUNTED, scripted_day

from storedesk.cli import main
from storedesk.domain.money_format import fmt_amount
from storedesk.services import shift

MONEY = re.compile(r"^-?\d+\.\d{2}$")
MONEY_KEYS = (
    "opening_float",
    "gross",
    "net",
    "tax",
    "rounding",
    "returns",
    "paid_in",
    "paid_out",
    "cash_expected",
    "period_total",
    "grand_total",
    "subtotal",
    "discounts",
    "voids",
    "outside_cash",
    "outside_refunds",
)


def run(capsys, folder, *argv):
    code = main([*argv, "--data-dir", str(folder)])
    out, err = capsys.readouterr()
    return code, out, err


def _figures(text: str) -> dict:
    """The JSON figures, read so that any float in them (NaN and Infinity too) fails the test: money
    travels as decimal strings, counts as integers."""

    def refuse(number: str):
        raise AssertionError(f"a float in the figures: {number}")

    return json.loads(text, parse_float=refuse, parse_constant=refuse)


def _money_strings(figures: dict) -> None:
    for key in MONEY_KEYS:
        assert isinstance(figures[key], str) and MONEY.match(figures[key]), (key, figures[key])
    for t in figures["tenders"]:
        for key in ("tendered", "change", "amount", "expected", "counted", "difference", "refunded"):
            assert isinstance(t[key], str) and MONEY.match(t[key]), (key, t[key])
    for t in figures["taxes"]:
        assert all(MONEY.match(t[k]) for k in ("net", "tax", "gross"))


def _same_as_pdf(figures: dict, pdf_text: str) -> None:
    cur = figures["currency"]
    for key in ("opening_float", "gross", "net", "tax", "cash_expected", "period_total", "grand_total"):
        assert fmt_amount(D(figures[key]), cur) in pdf_text, key
    for t in figures["taxes"]:
        assert fmt_amount(D(t["gross"]), cur) in pdf_text
    for t in figures["tenders"]:
        assert fmt_amount(D(t["amount"]), cur) in pdf_text and fmt_amount(D(t["expected"]), cur) in pdf_text


def test_z_as_json_last_and_by_number_equal_the_pdf(pinned, tmp_path, capsys):
    st = pinned
    scripted_day(st)
    z1 = shift.close_shift(st.uow, st.user("max"), COUNTED, {"card": "17.63"}, data_dir=st.data_dir)
    shift.open_shift(st.uow, st.user("max"), {"50": 2})
    shift.close_shift(st.uow, st.user("max"), {"50": 2}, data_dir=st.data_dir)
    folder = st.data_dir
    st.close()

    code, out, err = run(capsys, folder, "report", "z", "--number", "1", "--format", "json")
    assert code == 0, err
    figures = _figures(out)
    _money_strings(figures)
    assert (figures["kind"], figures["z_no"], figures["shift_no"], figures["sales_count"]) == ("Z", 1, 1, 4)
    assert (figures["gross"], figures["cash_expected"], figures["cash_counted"], figures["cash_difference"]) == (
        "47.55",
        "195.70",
        "195.60",
        "-0.10",
    )
    assert figures["period_total"] == "47.55" and figures["tenders"][0]["kind"] == "cash"
    assert figures == json.loads(json.dumps(z1.report.as_copy().figures()))  # the frozen Z, not recomputed
    code, _, err = run(capsys, folder, "report", "z", "--number", "1", "--out", str(tmp_path / "z1.pdf"))
    assert code == 0, err
    _same_as_pdf(figures, text_of(tmp_path / "z1.pdf"))

    code, out, err = run(capsys, folder, "report", "z", "--last", "--format", "json")
    assert code == 0, err
    last = json.loads(out)
    assert (last["z_no"], last["sales_count"], last["period_total"], last["grand_total"]) == (2, 0, "0.00", "47.55")
    assert last["cash_expected"] == "100.00"

    out_file = tmp_path / "erp" / "z1.json"
    code, out, err = run(capsys, folder, "report", "z", "--number", "1", "--format", "json", "--out", str(out_file))
    assert code == 0 and json.loads(out_file.read_text(encoding="utf-8")) == figures
    code, _, err = run(capsys, folder, "report", "z", "--number", "3", "--format", "json")
    assert code == 1 and "There is no Z report 3" in err
    code, _, err = run(capsys, folder, "report", "z", "--format", "json")
    assert code == 2 and "--last or --number" in err
    code, _, err = run(capsys, folder, "report", "x")
    assert code == 2 and "--out" in err
    st.open()


def test_x_as_json_equals_the_pdf(pinned, tmp_path, capsys):
    st = pinned
    scripted_day(st)
    folder = st.data_dir
    st.close()
    code, out, err = run(capsys, folder, "report", "x", "--format", "json")
    assert code == 0, err
    figures = _figures(out)
    _money_strings(figures)
    assert (figures["kind"], figures["z_no"], figures["shift_no"]) == ("X", None, 1)
    assert (figures["gross"], figures["cash_expected"], figures["cash_counted"]) == ("47.55", "195.70", None)
    assert figures["paid_in"] == "20.00" and figures["paid_out"] == "4.20" and figures["no_sale_count"] == 1
    code, _, err = run(capsys, folder, "report", "x", "--out", str(tmp_path / "x.pdf"))
    assert code == 0, err
    _same_as_pdf(figures, text_of(tmp_path / "x.pdf"))
    code, _, err = run(capsys, folder, "report", "x", "--last", "--format", "json")
    assert code == 2
    st.open()
