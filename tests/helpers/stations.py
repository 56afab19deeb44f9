"""Stations as a shop sets them up and reads them: `storedesk init` at a hub, a sale, what waits to
be sent, and plain SQL on a station's file (tests of the station at a real hub)."""

from __future__ import annotations

import datetime
import sqlite3
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.conftest import Station

from storedesk.cli import main as station_cli
from storedesk.services import sync


def init_at_hub(folder: Path, hub_url: str, station: str, *link: str) -> int:
    """`storedesk init --demo` of station `station` of PAR01 in `folder`, registered at `hub_url`
    with `link` (`--token ...`, `--token-file ...`, `--ca-file ...`): the command's exit code."""
    return station_cli(
        ["init", "--demo", "--store", "PAR01", "--station", station, "--hub", hub_url, *link, "--data-dir", str(folder)]
    )


def init_linked(folder: Path, *link: str) -> int:
    """`storedesk init --demo` in `folder`, linked to https://hub.example.com (nothing listens there)
    with `link` (`--token ...`, `--token-file ...`, `--ca-file ...`): the command's exit code."""
    return station_cli(["init", "--demo", "--hub", "https://hub.example.com", *link, "--data-dir", str(folder)])


def sell_one(folder: Path) -> Decimal:
    """Ring up product 1 and pay cash at the station in `folder`: the sale's total."""
    st = Station(folder)
    try:
        return st.sell(1).total
    finally:
        st.close()


def waiting(folder: Path) -> int:
    """How many events the station in `folder` still has to send."""
    st = Station(folder)
    try:
        return sync.health(st.uow).waiting
    finally:
        st.close()


def paris_today() -> str:
    """Today in the demo store's time zone (the business day a sale made now belongs to)."""
    return datetime.datetime.now(ZoneInfo("Europe/Paris")).date().isoformat()


def query(st, sql: str, params=()) -> list[tuple]:
    """The rows of `sql` on the station's database file (`st.data_dir`), through a plain sqlite3
    connection in autocommit mode (what `Station.raw()` opens)."""
    con = sqlite3.connect(st.data_dir / "storedesk.db", timeout=5.0, isolation_level=None)
    try:
        return [tuple(r) for r in con.execute(sql, params).fetchall()]
    finally:
        con.close()


def on_hand(st, product_id: int) -> int:
    """The product's stock on hand at the station, in thousandths (its stock_balances row)."""
    return query(st, "SELECT on_hand_milli FROM stock_balances WHERE product_id = ?", (product_id,))[0][0]


def synced(st):
    """One sync of the station (send what waits, then pull the feed), which must not fail: its report."""
    report = sync.sync_once(st.uow)
    assert not report.error, report
    return report


def sell_items(st, items, discount_pct=None, tenders=None):
    """As ana, ring up `items` ((product id, how many) pairs) by barcode, take `discount_pct` off the
    basket, and pay with `tenders` (20.00 cash by default): the SaleResult."""
    from storedesk.domain.basket import Discount
    from storedesk.domain.tenders import Tender
    from storedesk.services import basket, sale

    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    for pid, qty in items:
        for _ in range(qty):
            v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(pid))
    if discount_pct:
        v = basket.discount_basket(st.uow, ana, v.basket_id, Discount("pct", Decimal(discount_pct)))
    return sale.complete_sale(st.uow, ana, v.basket_id, tenders or [Tender("cash", Decimal("20.00"))])


def credit_return(st, user, receipt_no: str):
    """`user` takes back one unit of line 1 of the sale `receipt_no` ("changed_mind") and refunds it
    as store credit: the ReturnResult, whose voucher_code the hub issued."""
    from storedesk.services.returns import complete, lookup
    from storedesk.services.returns.planning import ReturnLineIn

    sold = lookup.find_sale(st.uow, receipt_no)
    lines = [ReturnLineIn(1, Decimal(1))]
    return complete.complete_return(st.uow, user, sold, lines, "changed_mind", refund_to="store_credit")


def ring(st, user, codes):
    """Scan `codes` into `user`'s current basket: the basket view."""
    from storedesk.services import basket

    v = basket.current(st.uow, user)
    for code in codes:
        v = basket.add_scan(st.uow, user, v.basket_id, code)
    return v
