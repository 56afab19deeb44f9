"""The Returns screen's state and what it shows of it, without Qt (ui/returns/state.py, view.py):
the keys' rules, the choice's two steps (propose, then accept or refuse), the modes, and the
words. The widgets only render these; tests/ui/test_returns_screen.py drives the whole screen.

Worked example (as tests/ui/test_returns_screen.py): 2 x Test Brioche (9.52 for the line) +
1 x Test Cola x6 (2.87) = 12.39, paid 20.00 in cash."""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path

import pytest

from storedesk.domain.returns import DAMAGED, ORIGINAL, STORE_CREDIT, RefundPart, ReturnRequest, SoldLine, plan_return
from storedesk.domain.tenders import Settlement, Tender
from storedesk.services.context import StoreConfig
from storedesk.services.returns.lookup import ReturnableSale
from storedesk.services.returns.planning import RefundPreview
from storedesk.ui.returns import view
from storedesk.ui.returns.state import FLAGS, NO_RECEIPT, RECEIPT, Change, ItemBack, ReturnsState, Say

CFG = StoreConfig(
    store_code="PAR01",
    store_name="Paris",
    store_address=(),
    store_tax_id="",
    currency="EUR",
    timezone="Europe/Paris",
    station_code="T1",
    prices_include_tax=True,
    cash_step=D("0.01"),
    idle_lock_seconds=0,
    sync_interval_seconds=10,
    printer="",
    receipt_footer="",
)
BRIOCHE = SoldLine(1, "BRI", "Test Brioche", D(2), D("9.52"), "A", D("5.5"))
COLA = SoldLine(2, "COL", "Test Cola x6", D(1), D("2.87"), "B", D("20"))


def _sale(*lines: SoldLine, store: str = "PAR01") -> ReturnableSale:
    settlement = Settlement(D("12.39"), D(0), D("7.61"), (Tender("cash", D("20.00")),))
    return ReturnableSale(
        "PAR01-T1-000001", "s1", store, "T1", "2026-11-27T09:30:00+00:00", "EUR", tuple(lines), settlement
    )


def _preview(sale: ReturnableSale, st: ReturnsState, approvals: tuple[str, ...] = ()) -> RefundPreview:
    plan = plan_return(sale.lines, ReturnRequest((ln.line_no, ln.quantity) for ln in st.lines_in()))
    return RefundPreview(plan, (RefundPart("cash", plan.total),), approvals, True)


def _loaded() -> tuple[ReturnsState, ReturnableSale]:
    st = ReturnsState("EUR")
    sale = _sale(BRIOCHE, COLA)
    st.found(sale)
    return st, sale


def _chose(st: ReturnsState, outcome) -> int:
    assert isinstance(outcome, Change), outcome
    return st.propose(outcome)


# ---- the state imports no Qt ---------------------------------------------------------------
def _imports(path: Path, package: str) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            names.append(".".join(base + ([node.module] if node.module else [])))
    return names


@pytest.mark.parametrize("module", ["storedesk.ui.returns.state", "storedesk.ui.returns.view"])
def test_the_state_and_its_view_import_no_qt_even_indirectly(module):
    seen, todo = set(), [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin, name
        package = name if spec.origin.endswith("__init__.py") else name.rpartition(".")[0]
        for imported in _imports(Path(spec.origin), package):
            assert not imported.startswith("PySide6"), f"{name} imports {imported}"
            if imported.startswith("storedesk.") and importlib.util.find_spec(imported) is not None:
                todo.append(imported)
    assert "storedesk.domain.returns" in seen  # the walk followed the imports


# ---- a receipt ---------------------------------------------------------------------------
def test_a_found_receipt_selects_its_first_returnable_line():
    st = ReturnsState("EUR")
    said = st.found(_sale(BRIOCHE.__class__(**{**BRIOCHE.__dict__, "returned_quantity": D(2)}), COLA))
    assert said == Say("ok", "Receipt PAR01-T1-000001: choose what comes back (↑ ↓, + or a number, Enter)")
    assert st.row == 1 and st.qty == {} and st.preview is None
    rows = view.line_rows(st)
    assert [c.text for c in rows[0][:6]] == ["1", "Test Brioche  (all returned)", "2", "2", "0", "€9.52"]
    gone = st.found(_sale(COLA.__class__(**{**COLA.__dict__, "returned_quantity": D(1)})))
    assert gone == Say("error", "Receipt PAR01-T1-000001: everything on it was already returned")


def test_quick_keys_build_on_each_other_and_a_refusal_goes_back_to_the_last_accepted_choice():
    st, sale = _loaded()
    first = _chose(st, st.step(1))
    assert st.qty == {1: D(1)} and st.pending
    assert view.line_rows(st)[0][8].text == "…"  # its refund is on its way
    second = _chose(st, st.step(1))  # before the first answer: builds on it
    assert st.qty == {1: D(2)}
    assert not st.accept(first, None)  # a stale answer changes nothing
    assert st.refuse(second)  # the service refused: back to before both
    assert st.qty == {} and not st.pending
    ticket = _chose(st, st.step(1))
    assert st.accept(ticket, _preview(sale, st))
    assert not st.pending and view.line_rows(st)[0][8].text == "€4.76"
    third = _chose(st, st.set_quantity(D(9)))
    assert st.refuse(third) and st.qty == {1: D(1)}  # the accepted one, not nothing


def test_plus_stops_at_what_is_left_and_minus_at_nothing():
    st, _sale_ = _loaded()
    st.row = 1  # the cola: one sold
    _chose(st, st.step(1))
    assert st.step(1) == Say("error", "Test Cola x6: only 1 can come back")
    down = st.step(-1)
    assert isinstance(down, Change) and down.qty == {} and down.done == "Test Cola x6: not returned"
    assert ReturnsState("EUR").step(1) == Say("error", "Scan the receipt first")


def test_a_typed_number_is_a_quantity_only_while_lines_are_shown():
    st = ReturnsState("EUR")
    assert st.typed_quantity("2") is None  # nothing shown: a receipt number
    st.found(_sale(BRIOCHE))
    assert st.typed_quantity("1,5") == D("1.5") and st.typed_quantity("PAR01-T1-000001") is None


def test_condition_of_a_line_not_chosen_is_kept_without_asking_the_service():
    st, _sale_ = _loaded()
    said = st.toggle_condition()
    assert said == Say("ok", "Test Brioche: damaged: written off") and st.cond == {1: DAMAGED}
    assert view.line_rows(st)[0][7].text == "Damaged"
    _chose(st, st.step(1))
    back = st.toggle_condition()
    assert isinstance(back, Change) and back.cond == {1: "restock"} and back.done == "Test Brioche: back on the shelf"


def test_all_lines_takes_what_is_left_of_each():
    st = ReturnsState("EUR")
    assert st.all_lines() == Say("error", "Scan the receipt first")
    st.found(_sale(BRIOCHE.__class__(**{**BRIOCHE.__dict__, "returned_quantity": D(1)}), COLA))
    change = st.all_lines()
    assert isinstance(change, Change) and change.qty == {1: D(1), 2: D(1)}


def test_refund_to_without_a_choice_changes_at_once_and_says_so():
    st, _sale_ = _loaded()
    assert st.toggle_refund_to() == Say("ok", "Refund to store credit (a voucher)") and st.refund_to == STORE_CREDIT
    assert view.key_captions(st)["refund_to"] == "F8\nTo original"
    _chose(st, st.step(1))
    change = st.toggle_refund_to()
    assert isinstance(change, Change) and change.refund_to == ORIGINAL
    assert change.done == "Refund to the original payments"


# ---- no receipt ----------------------------------------------------------------------------
@dataclass
class _Product:
    sku: str
    name: str
    price_minor: int


def test_no_receipt_scans_add_up_and_zero_removes_the_item():
    st, _sale_ = _loaded()
    said = st.toggle_no_receipt()
    assert said.kind == "info" and st.mode == NO_RECEIPT and st.sale is None and st.refund_to == STORE_CREDIT
    _chose(st, st.add_item(_Product("PUZ", "Test Puzzle Book", 1619), None))
    again = st.add_item(_Product("PUZ", "Test Puzzle Book", 1619), D(2))
    assert again.done == "Test Puzzle Book ×3"
    _chose(st, again)
    assert st.items == [ItemBack("PUZ", "Test Puzzle Book", D("16.19"), D(3))]
    assert [c.text for c in view.line_rows(st)[0]][5:8] == ["€16.19", "3", "Restock"]
    gone = st.set_quantity(D(0))
    assert isinstance(gone, Change) and gone.items == [] and gone.done == "Test Puzzle Book removed"
    assert view.key_captions(st) == {
        "no_receipt": "F9\nWith receipt",
        "flags": "F10\nFlags",
        "refund_to": "F8\nTo cash",
    }
    assert view.panel(st).refund_to == "Refund to: <b>Store credit voucher</b> (F8)"
    assert st.toggle_no_receipt().text == "With a receipt: scan the receipt's barcode or type its number"
    assert st.mode == RECEIPT and st.items == [] and st.refund_to == ORIGINAL


# ---- keys ---------------------------------------------------------------------------------
def test_which_keys_act_in_each_mode_and_what_a_greyed_one_says():
    st = ReturnsState("EUR")
    assert not st.key_enabled("all") and not st.key_enabled("complete") and not st.key_enabled("ack")
    assert st.why_greyed("all") == "F3 takes every line of a scanned receipt"
    assert st.why_greyed("complete") == "Nothing chosen to return yet"
    st.found(_sale(BRIOCHE))
    assert st.key_enabled("all") and not st.key_enabled("complete")
    _chose(st, st.step(1))
    assert st.key_enabled("complete")
    assert st.toggle_flags() and st.mode == FLAGS
    assert [a for a in ("new", "all", "flags", "ack", "back", "reprint", "complete") if st.key_enabled(a)] == [
        "flags",
        "ack",
        "back",
        "reprint",
    ]
    assert st.why_greyed("new") == "F10 closes the flags first"
    assert not st.toggle_flags() and st.mode == RECEIPT and st.qty == {1: D(1)}  # the return they hid


def test_f12_waits_for_the_preview_on_its_way_then_needs_one():
    st, sale = _loaded()
    assert st.why_not_complete() == Say(
        "error", "Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)"
    )
    ticket = _chose(st, st.step(1))
    assert st.why_not_complete() == Say("info", "Working out the refund…") and st.complete_when_ready
    st.accept(ticket, _preview(sale, st))
    assert st.why_not_complete() is None
    st.toggle_flags()
    assert st.why_not_complete() == Say("error", "F10 goes back to the return first")


def test_an_exchange_needs_a_receipt_new_items_and_a_checked_choice():
    st, sale = _loaded()
    assert st.why_not_exchange(("b1", D("3.19"))) == Say("error", "Choose what comes back first (↑ ↓ and +)")
    ticket = _chose(st, st.step(1))
    assert st.why_not_exchange(None).text.startswith("Scan the new items at the counter first")
    assert st.why_not_exchange(("b1", D("3.19"))) == Say(
        "error", "Choose what comes back first (↑ ↓ and +)"
    )  # preview on its way
    st.accept(ticket, _preview(sale, st))
    assert st.why_not_exchange(("b1", D("3.19"))) is None
    st.toggle_no_receipt()
    assert st.why_not_exchange(("b1", D("3.19"))).text.startswith("An exchange starts from a receipt")


def test_flags_select_the_first_not_acknowledged_and_say_how_many():
    st = ReturnsState("EUR")
    st.toggle_flags()
    assert st.chosen_flag() == Say("error", "No flag chosen")
    rows = [
        ("f1", "PAR01-T2-R000001", "PAR01-T1-000001", "over by 1", "2026-11-27T10:00:00+00:00", "2026-11-27T11:00:00"),
        ("f2", "PAR01-T2-R000003", "PAR01-T1-000002", "over by 2", "2026-11-27T10:00:00+00:00", None),
    ]
    st.flags_loaded(rows)
    assert st.flag_row == 1 and st.chosen_flag() == rows[1]
    assert view.flags_said(st) == (
        "2 over-returns flagged by the hub, 1 not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)"
    )
    cells = view.flag_rows(st, CFG)
    assert cells[1][0].text == "27/11/2026 11:00"  # the store's locale (en_IE)
    assert cells[1][4].text == "NOT YET" and cells[1][4].bold
    st.move(-1)
    assert st.chosen_flag() == Say("info", "PAR01-T2-R000001 was already acknowledged")
    st.move(-1)
    assert st.flag_row == 0  # never past the top


# ---- the words ------------------------------------------------------------------------------
def test_the_refund_panel_follows_the_preview_and_the_approvals_it_needs():
    st, sale = _loaded()
    assert view.panel(st).caption == "Refund" and view.panel(st).total == "€0.00"
    ticket = _chose(st, st.step(1))
    st.accept(ticket, _preview(sale, st, approvals=("refund",)))
    p = view.panel(st)
    assert (p.caption, p.total, p.parts) == ("Refund to pay out", "€4.76", "Cash  €4.76")
    assert p.approvals == "⚠ Needs a manager to refund above the refund limit"
    assert p.show_choice and "not chosen yet" in p.reason
    st.choose_reason("faulty")
    assert view.panel(st).reason == "Reason: <b>Faulty</b> (F7)"
    assert view.sale_info(st, CFG) == (
        "<b>Receipt PAR01-T1-000001</b> · sold 27/11/2026 10:30 at station T1 · total €12.39 · paid cash €20.00"
    )
    assert "store PAR02" in view.sale_info(_loaded_from(_sale(BRIOCHE, store="PAR02")), CFG)


def _loaded_from(sale: ReturnableSale) -> ReturnsState:
    st = ReturnsState("EUR")
    st.found(sale)
    return st


@dataclass
class _Result:
    return_no: str
    parts: tuple
    voucher_code: str = ""
    offline: bool = False


def test_a_completed_refund_stays_in_sight_per_tender_until_the_next_one():
    st, sale = _loaded()
    ticket = _chose(st, st.all_lines())
    st.accept(ticket, _preview(sale, st))
    st.choose_reason("faulty")
    split = _Result("PAR01-T1-R000001", (RefundPart("card", D("1.00"), "AUTH7"), RefundPart("cash", D("1.49"))))
    st.completed(split)
    assert st.sale is None and st.reason is None and st.mode == RECEIPT and not st.completing
    p = view.panel(st)
    assert (p.caption, p.total, p.parts) == ("Just refunded", "€2.49", "Back to card  €1.00\nGive in cash  €1.49")
    assert view.completed_said(split, "EUR") == (
        "Refund €2.49: card €1.00, cash €1.49 — the card refund goes back to the card; give the customer the cash"
    )
    assert view.result_note(split, "EUR", printed=True) == (
        "Return PAR01-T1-R000001 done · €2.49\nReceipt printed (Ctrl+P reprints)"
    )
    cash = _Result("PAR01-T1-R000002", (RefundPart("cash", D("2.49")),), offline=True)
    st.completed(cash)
    assert view.panel(st).caption == "Just refunded: give the customer"
    assert view.result_note(cash, "EUR", printed=False).endswith(" · offline\nPrinting the return receipt…")
    st.found(sale)
    assert view.panel(st).caption == "Refund"  # the next customer's


def test_a_no_receipt_refund_stays_in_no_receipt_mode_with_store_credit():
    st = ReturnsState("EUR")
    st.toggle_no_receipt()
    voucher = _Result("PAR01-T1-R000003", (RefundPart("store_credit", D("14.57")),), voucher_code="SC-1")
    st.completed(voucher)
    assert st.mode == NO_RECEIPT and st.refund_to == STORE_CREDIT and st.items == []
    assert st.voucher_text == "Store credit voucher\nSC-1"
    assert st.new_return() == Say("info", "Scan each item that comes back") and st.voucher_text == ""


@dataclass
class _NewSale:
    receipt_no: str
    amount_due: D
    change: D


@dataclass
class _Exchange:
    sale: _NewSale
    credit: D
    netted: D


def test_an_exchange_says_who_paid_whom():
    dearer = _Exchange(_NewSale("PAR01-T1-000002", D("16.19"), D(0)), D("3.19"), D("3.19"))
    assert view.exchange_said(dearer, "EUR") == (
        "Exchange done: new sale PAR01-T1-000002; the returned goods paid €3.19, the customer paid €13.00"
    )
    cheaper = _Exchange(_NewSale("PAR01-T1-000003", D("3.19"), D(0)), D("16.19"), D("3.19"))
    assert view.exchange_said(cheaper, "EUR").endswith("paid €3.19, €13.00 goes back to the customer")
