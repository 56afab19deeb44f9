"""Issue 15's evidence, end to end: a store goes live from its hub. A catalog of 10,000 products
imported with `storedesk-hub catalog import` and a clerk added with `storedesk-hub staff add` reach
both tills of the store through a real hub over HTTP; the clerk signs in at each with the one-time
PIN; and a price change imported with a `valid_from` switches at the stroke of midnight in the
store's time zone at both tills (the clock is injected: nothing sleeps until midnight)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.helpers.stations import synced

from storedesk.domain.scan import make_ean13
from storedesk.services import basket, prices, staff
from storedesk.services.context import config

from .conftest import hub_cli

PRODUCTS = 10_000
TAX = "A", "20"  # the demo catalog's code A and its rate: the hub learns it from this import


def sku(n: int) -> str:
    return f"GL{n:05d}"


def barcode(n: int) -> str:
    return make_ean13(f"299{n:09d}")  # outside the demo catalog's 376 range


def write_catalog(path: Path) -> Path:
    """10,000 rows, comma-separated, a barcode each; product n costs (100 + n) cents."""
    rows = [
        f"{sku(n)},Go-live item {n},{(100 + n) // 100}.{(100 + n) % 100:02d},{TAX[0]},{barcode(n)}"
        for n in range(1, PRODUCTS + 1)
    ]
    path.write_text("sku,name,price,tax_code,barcodes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def price_of(st, code: str) -> int:
    with st.uow.read() as tx:
        return tx.catalog.by_sku(code).price_minor


def imported(st) -> int:
    with st.uow.read() as tx:
        return tx.conn.execute("SELECT count(*) FROM products WHERE sku LIKE 'GL%'").fetchone()[0]


def test_a_store_goes_live_from_its_hub(hub, make_station, tmp_path):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    tz = config(t1.uow).tz
    assert str(tz) == "Europe/Paris"  # the hub's PAR01
    day = datetime.now(tz).date() + timedelta(days=2)
    midnight = datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)

    out = hub_cli(
        hub.db_url, "catalog", "import", str(write_catalog(tmp_path / "catalog.csv")), "--tax-rate", "=".join(TAX)
    )
    n = PRODUCTS
    assert out == f"catalog import: {n} rows read, {n} imported ({n} new, 0 changed, 0 unchanged), 0 rejected"
    later = tmp_path / "later.csv"
    later.write_text(f"sku,name,price,tax_code,valid_from\n{sku(42)},Go-live item 42,9.99,{TAX[0]},{day}\n")
    out = hub_cli(hub.db_url, "catalog", "import", str(later))
    assert "1 with a price from a later date, 0 rejected" in out, out
    pin = hub_cli(hub.db_url, "staff", "add", "lea", "--name", "Léa Martin", "--role", "clerk", "--store", "PAR01")
    pin = pin.splitlines()[-1]

    for st in (t1, t2):
        report = synced(st)
        assert report.quarantined == 0, report
        assert imported(st) == PRODUCTS
        assert price_of(st, sku(42)) == 142  # today's price: the later one waits for its midnight
        signed = staff.sign_in(st.uow, "lea", pin)
        assert (signed.user.name, signed.user.role, signed.change_pin) == ("Léa Martin", "clerk", True)
        v = basket.add_scan(st.uow, signed.user, basket.current(st.uow, signed.user).basket_id, barcode(9_999))
        assert (v.basket.lines[0].sku, str(v.basket.lines[0].unit_price)) == (sku(9_999), "100.99")

    for st in (t1, t2):
        assert prices.apply_due_prices(st.uow, now=midnight - timedelta(seconds=1)) == 0
        assert price_of(st, sku(42)) == 142
        assert prices.apply_due_prices(st.uow, now=midnight) == 1
        assert price_of(st, sku(42)) == 999
