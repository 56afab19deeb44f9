"""Issue 19, "Inspection": the read-only `auditor` role on a real demo station file. An auditor
views and prints (reprints as duplicates, X reports, Z reprints, the fiscal closings, the journal
check) and changes nothing: every service that changes data refuses them with a clear sentence,
whoever approves, and leaves the database as it was; an auditor's PIN approves nothing.

Demo users: ana (clerk, 1234), sam (supervisor, 5555), max (manager, 9876); vera is added here
as an auditor (PIN 2580) through `storedesk user add`, as a manager would."""

from __future__ import annotations

import io
import json
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from storedesk.adapters import fiscal_keys
from storedesk.cli import main
from storedesk.domain.aisle import SHIP, LineOrder
from storedesk.domain.errors import PermissionDenied
from storedesk.domain.permissions import PERMISSIONS, Perm, StoreLimits, allowed, refusal, setting_key
from storedesk.domain.staff import StaffError
from storedesk.domain.tenders import Tender
from storedesk.services import (
    aisle,
    auth,
    basket,
    basket_owner,
    customers,
    fiscal_records,
    gift_cards,
    loyalty,
    receipts,
    reports,
    sale,
    shift,
    staff,
    vouchers,
)
from storedesk.services.fiscal import closings
from storedesk.services.pickup import picking
from storedesk.services.returns import flags
from storedesk.services.stock import adjust, counts, receiving, transfer

VERA = "2580"
MAX = ("max", "9876")
REFUSED = "An auditor may only view and print: they may not"
# every table an auditor could change through the services below
TABLES = (
    "sales",
    "sale_lines",
    "sale_payments",
    "journal",
    "outbox",
    "stock_movements",
    "overrides",
    "counters",
    "shifts",
    "cash_moves",
    "users",
    "settings",
    "baskets",
    "counts",
    "deliveries",
    "stock_adjustments",
    "transfers",
    "return_flags",
    "pickup_orders",
    "pending_redemptions",
    "customer_cache",
    "gift_card_redemptions",
    "fiscal_reprints",
)
# tables whose rows an action may change in place (a basket's lines, a setting): compared whole
ROWS = ("baskets", "settings")
# the services that ask the hub: an auditor is refused before any of them is asked
ASKING_THE_HUB = (aisle, customers, gift_cards, loyalty, vouchers)


def add_auditor(st, capsys, monkeypatch) -> None:
    """`storedesk user add vera --role auditor`, the manager's PIN and vera's twice on stdin."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{MAX[1]}\n{VERA}\n{VERA}\n"))
    argv = ["user", "add", "vera", "--name", "Vera Audit", "--role", "auditor"]
    code = main([*argv, "--data-dir", str(st.data_dir), "--pin-stdin", "--manager", "max"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Added vera (Vera Audit), auditor." in out


@pytest.fixture
def audited(station, capsys, monkeypatch):
    """The demo station with an auditor, a sale by ana and a shift opened by max."""
    add_auditor(station, capsys, monkeypatch)
    shift.open_shift(station.uow, station.user("max"), {"10": 1})
    station.sell(1)
    return station


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def snapshot(st) -> dict:
    con = st.raw()
    try:
        rows = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in ROWS}
    finally:
        con.close()
    return {**{t: st.count(t) for t in TABLES}, **rows}


def test_the_auditor_is_a_role_of_its_own_that_views_and_prints():
    assert PERMISSIONS["auditor"] == {Perm.REPRINT, Perm.VIEW_REPORTS, Perm.VIEW_FISCAL}
    assert not allowed("auditor", Perm.CHANGE) and all(allowed(r, Perm.CHANGE) for r in ("clerk", "supervisor"))
    assert allowed("manager", Perm.VIEW_FISCAL) and not allowed("supervisor", Perm.VIEW_FISCAL)
    assert str(refusal("auditor", Perm.SELL)) == f"{REFUSED} sell"
    # a hand-edited settings row cannot give an auditor a switch (they have no limits)
    limits = StoreLimits.from_settings({setting_key("auditor", "no_sale"): "yes"})
    assert not allowed("auditor", Perm.NO_SALE, limits)


def test_user_add_makes_an_auditor_who_signs_in(audited):
    vera = auth.login(audited.uow, "vera", VERA)
    assert (vera.role, vera.name) == ("auditor", "Vera Audit")


def _changes(st, vera, basket_id: str, parked_id: str):
    """(name, call) for each service that changes data, each given the manager's PIN where it
    takes one: none of them may act for an auditor. `parked_id`: a sale ana parked."""
    sku, code = "SKU0000001", st.barcode(1)
    someone = customers.Customer("c-1", "LOY000001", "Cleo Client", points=500)
    ship = LineOrder(SHIP, {"name": "Cleo", "email": "c@example.com"}, delivery={"line1": "1 rue", "city": "Paris"})
    return [
        # the sale being rung up (services/basket.py)
        ("current basket", lambda: basket.current(st.uow, vera)),
        ("scan", lambda: basket.add_scan(st.uow, vera, basket_id, code)),
        ("add product", lambda: basket.add_product(st.uow, vera, basket_id, sku)),
        ("quantity", lambda: basket.set_quantity(st.uow, vera, basket_id, "x", "2", approver=MAX)),
        ("line discount off", lambda: basket.discount_line(st.uow, vera, basket_id, "x", None)),
        ("basket discount off", lambda: basket.discount_basket(st.uow, vera, basket_id, None)),
        ("price", lambda: basket.override_price(st.uow, vera, basket_id, "x", "1", approver=MAX)),
        ("park", lambda: basket.park(st.uow, vera, basket_id)),
        ("recall another's sale", lambda: basket.recall(st.uow, vera, basket_id, parked_id)),
        ("clear", lambda: basket.clear(st.uow, vera, basket_id, approver=MAX)),
        # the customer on the sale (services/customers.py)
        ("attach customer", lambda: customers.attach(st.uow, vera, basket_id, someone)),
        ("attach card", lambda: customers.attach_card(st.uow, vera, basket_id, "LOY000001")),
        ("detach customer", lambda: customers.detach(st.uow, vera, basket_id)),
        # payments taken at the hub, and ordered lines: refused before the hub is asked
        ("voucher", lambda: vouchers.redeem_for_basket(st.uow, vera, basket_id, "V-1", D(1))),
        ("give back", lambda: vouchers.give_back_last(st.uow, vera, basket_id)),
        ("gift card", lambda: gift_cards.redeem_for_basket(st.uow, vera, basket_id, "GC1234567890", D(1))),
        ("points", lambda: loyalty.redeem_for_basket(st.uow, vera, basket_id, D(1))),
        ("ordered line", lambda: aisle.add_order_line(st.uow, vera, basket_id, sku, D(1), ship)),
        ("pay ordered lines", lambda: aisle.complete(st.uow, vera, basket_id, [Tender("cash", D(100))])),
        # the station's remembered report printer (a settings row)
        ("print choice", lambda: reports.remember_print_choice(st.uow, vera, "Office_A4", "a4")),
        ("sale", lambda: sale.complete_sale(st.uow, vera, basket_id, [Tender("cash", D(100))])),
        ("void line", lambda: basket.void_line(st.uow, vera, basket_id, "x", approver=MAX)),
        ("open shift", lambda: shift.open_shift(st.uow, vera, {"10": 1}, approver=MAX)),
        ("close shift", lambda: shift.close_shift(st.uow, vera, {"10": 1}, approver=MAX, data_dir=st.data_dir)),
        ("paid in", lambda: shift.paid_in(st.uow, vera, "5", "float", approver=MAX)),
        ("paid out", lambda: shift.paid_out(st.uow, vera, "5", "milk", approver=MAX)),
        ("no sale", lambda: shift.no_sale(st.uow, vera, "change", approver=MAX)),
        ("adjust", lambda: adjust.adjust(st.uow, vera, "SKU0000001", "2", "damaged", approver=MAX)),
        ("count", lambda: counts.start_count(st.uow, vera)),
        ("delivery", lambda: receiving.create_delivery(st.uow, vera, "DN-1", "ACME", [("SKU0000001", "3")])),
        ("transfer", lambda: transfer.transfer_out(st.uow, vera, "LYO01", [("SKU0000001", "1")], approver=MAX)),
        ("pickup", lambda: picking.accept(st.uow, vera, "order-1")),
        ("flag", lambda: flags.acknowledge_flag_as(st.uow, vera, "flag-1", approver=MAX)),
        ("sign in at the counter", lambda: basket_owner.on_sign_in(st.uow, vera)),
        ("add user", lambda: staff.add_user(st.uow, vera, "bob", "Bob", "clerk", "2468", "2468")),
        ("role", lambda: staff.set_role(st.uow, vera, "ana", "manager")),
    ]


def test_every_changing_service_refuses_an_auditor_and_changes_nothing(audited, monkeypatch):
    st = audited
    vera, ana = st.user("vera"), st.user("ana")
    view = basket.current(st.uow, ana)
    view = basket.add_scan(st.uow, ana, view.basket_id, st.barcode(2))
    parked_id = view.basket_id
    basket_id = basket.park(st.uow, ana, parked_id).basket_id  # ana's sale set aside, a new one open
    asked: list[str] = []
    for module in ASKING_THE_HUB:  # any hub client asked for is counted, and none is given
        monkeypatch.setattr(module, "client_for", lambda uow, m=module.__name__: asked.append(m) or 1 / 0)
    before = snapshot(st)
    for name, call in _changes(st, vera, basket_id, parked_id):
        with pytest.raises(PermissionDenied) as info:
            call()
            pytest.fail(f"{name}: not refused")
        said = info.value.message
        assert said.startswith(REFUSED) or said == "Vera Audit may no longer manage staff", (name, said)
        assert snapshot(st) == before, name
        assert asked == [], (name, asked)
    assert [p.basket_id for p in basket.parked(st.uow)] == [parked_id]  # still ana's, still parked
    with st.uow.read() as tx:
        assert tx.baskets.owner(parked_id) == ana.id


def test_an_auditor_gets_no_basket_at_the_counter(station, capsys, monkeypatch):
    """With no sale open, asking for the counter's basket would make one: an auditor's is refused."""
    add_auditor(station, capsys, monkeypatch)
    before = station.count("baskets")
    with pytest.raises(PermissionDenied):
        basket.current(station.uow, station.user("vera"))
    assert station.count("baskets") == before


def test_an_auditors_pin_approves_nothing(audited):
    st = audited
    ana = st.user("ana")
    before = snapshot(st)
    for call in (
        lambda: shift.no_sale(st.uow, ana, "change", approver=("vera", VERA)),
        lambda: reports.x_figures(st.uow, ana, approver=("vera", VERA)),  # what an auditor may do themselves
        lambda: shift.close_shift(st.uow, ana, {"10": 1}, approver=("vera", VERA), data_dir=st.data_dir),
    ):
        with pytest.raises(PermissionDenied) as info:
            call()
        assert info.value.message == "Vera Audit is an auditor: an auditor's PIN approves nothing"
    assert snapshot(st) == before


def test_an_auditor_has_no_limits_to_set(audited):
    with pytest.raises(StaffError, match="An auditor has no limits to set"):
        staff.set_role_limits(audited.uow, audited.user("max"), "auditor", ["no_sale=yes"])


def test_an_auditor_reprints_and_prints_reports(audited):
    st = audited
    vera = st.user("vera")
    path = receipts.reprint_last(st.uow, st.data_dir, vera)
    assert "DUPLICATE No. 1" in pdf_text(path)  # a numbered duplicate, as anyone's reprint
    con = st.raw()
    try:
        payload = con.execute("SELECT payload FROM journal WHERE kind = 'reprint' ORDER BY seq DESC").fetchone()[0]
    finally:
        con.close()
    reprint = json.loads(payload)
    assert (reprint["by"], reprint["document_kind"], reprint["count"]) == ("vera", "receipt", 1)
    x = reports.x_report(st.uow, vera, st.data_dir)
    assert x.report.kind == "X" and x.path.exists()
    shift.close_shift(st.uow, st.user("max"), {"10": 1}, data_dir=st.data_dir)
    z = reports.z_report(st.uow, vera, st.data_dir)
    assert z.report.z_no == 1 and z.path.exists()


def test_an_auditor_lists_and_prints_the_closings_and_checks_the_journal(audited):
    st = audited
    st.set_setting("fiscal_country", "FR")
    try:
        st.sell(2)
        [made] = closings.close(st.uow, "day")
        vera = st.user("vera")
        [row] = fiscal_records.closings(st.uow, vera)
        assert (row.kind, row.doc_no) == ("day", made.doc_no) and row.total > 0 and row.fingerprint
        before = st.count("journal")
        pdf = fiscal_records.print_closing(st.uow, vera, st.data_dir, made.doc_no)
        assert pdf.exists() and st.count("journal") == before + 1  # the reprint, journaled
        result = fiscal_records.check_journal(st.data_dir, vera)
        assert result.ok and result.entries == before + 1 and result.signatures >= 1
        with pytest.raises(PermissionDenied):
            fiscal_records.closings(st.uow, st.user("ana"))  # a clerk does not see them
        with pytest.raises(PermissionDenied):
            fiscal_records.check_journal(st.data_dir, st.user("sam"))
    finally:
        fiscal_keys.forget(st.data_dir)


def test_an_auditor_from_the_hubs_staff_feed_signs_in_as_one(station):
    """The chain's staff (feed kind "staff") may name an auditor: kept with that role (s0030)."""
    from storedesk.domain.auth import hash_pin
    from storedesk.services import staff_feed
    from storedesk.services.context import config

    cfg = config(station.uow)
    item = {
        "store": cfg.store_code,
        "username": "ines",
        "name": "Ines Inspect",
        "role": "auditor",
        "active": True,
        "pin_hash": hash_pin("2581"),
        "pin_change_required": False,
        "rev": 1,
        "pin_rev": 1,
    }
    with station.uow.write() as tx:
        staff_feed.apply_item(tx, item, cfg, "2026-12-07T08:00:00+00:00")
    ines = auth.login(station.uow, "ines", "2581")
    assert ines.role == "auditor"
    with pytest.raises(PermissionDenied):
        shift.open_shift(station.uow, ines, {"10": 1}, approver=MAX)
