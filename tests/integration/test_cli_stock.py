"""`storedesk export stock --format csv|json`: on-hand and value per product."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal as D

from storedesk import cli
from storedesk.services.stock import adjust


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_stock_csv_and_json(station, capsys, tmp_path):
    st = station
    st.close()
    st.open()
    adjust.adjust(st.uow, st.user("max"), st.barcode(1), "2", "damaged")
    con = st.raw()
    oh, price, sku = con.execute(
        "SELECT b.on_hand_milli, p.price_minor, p.sku FROM products p JOIN stock_balances b "
        "ON b.product_id = p.id WHERE p.id = 1"
    ).fetchone()
    n = con.execute("SELECT count(*) FROM products").fetchone()[0]
    con.close()
    st.close()
    code, out, err = run(capsys, "export", "stock", "--format", "csv", "--data-dir", st.data_dir)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == n
    row = next(r for r in rows if r["sku"] == sku)
    assert D(row["on_hand"]) == D(oh) / 1000 and D(row["unit_price"]) == D(price) / 100
    assert D(row["value"]) == D(oh // 1000 * price) / 100 and row["currency"] == "EUR"

    target = tmp_path / "stock.json"
    code, out, err = run(
        capsys, "export", "stock", "--format", "json", "--nonzero", "--out", target, "--data-dir", st.data_dir
    )
    assert code == 0 and "exported stock of" in out
    data = json.loads(target.read_text())
    assert all(D(r["on_hand"]) != 0 for r in data)
    assert next(r for r in data if r["sku"] == sku)["value"] == row["value"]

    assert run(capsys, "export", "stock", "--format", "xml", "--data-dir", st.data_dir)[0] == 2
    code, _out, err = run(capsys, "export", "stock", "--data-dir", tmp_path / "nowhere")
    assert code == 1 and "no store" in err
