"""What the Returns screen shows of its state, without Qt: the mode's title and hints, the
rows of the lines and flags tables as cells (text, alignment, colour from `ui/palette.py`),
the refund panel, the keys' captions, and the words said when a return is done. The widgets
only copy these onto the screen; `tests/unit/test_returns_state.py` reads them directly.
`cfg` is the station's StoreConfig (currency, store code, local time)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...domain.money_format import fmt_money, fmt_qty
from ...domain.returns import DAMAGED, ORIGINAL, REASONS, RESTOCK, STORE_CREDIT, refundable
from ..palette import ACCENT_BLUE, ERROR_RED, FAINT_GREY, INK, OK_GREEN, WARNING_AMBER
from .state import FLAGS, NO_RECEIPT, RECEIPT, ReturnsState

RECEIPT_COLUMNS = ["#", "Product", "Sold", "Already back", "Can return", "Paid", "Return now", "Condition", "Refund"]
NO_RECEIPT_COLUMNS = ["#", "Product", "", "", "", "Price", "Return now", "Condition", "Refund"]
RECEIPT_ONLY_COLUMNS = (2, 3, 4)  # hidden without a receipt
FLAG_COLUMNS = ["Flagged", "Return", "Original receipt", "What the hub found", "Acknowledged"]
TENDER_WORDS = {"cash": "cash", "card": "card", "store_credit": "store credit"}
ACTION_HINT = {
    "cash": "give the customer the cash",
    "card": "the card refund goes back to the card",
    "store_credit": "give the customer the printed voucher",
}
# A completed refund, one line per tender: what the clerk does with each amount.
HANDOVER_WORDS = {"cash": "Give in cash", "card": "Back to card", "store_credit": "On the voucher"}
PART_WORDS = {"cash": "Cash", "card": "Card", "store_credit": "Store credit"}
MODE_TITLES = {
    RECEIPT: "With a receipt",
    NO_RECEIPT: "NO RECEIPT — a manager approves",
    FLAGS: "Over-returns flagged by the hub",
}


@dataclass(frozen=True)
class Cell:
    text: str
    right: bool = False
    colour: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Panel:
    """The refund panel beside the lines. `show_choice`: the refund's destination and reason
    are shown (a return is under way, or one of them was changed)."""

    caption: str
    total: str
    parts: str
    approvals: str
    show_choice: bool
    refund_to: str
    reason: str


def mode_colour(st: ReturnsState) -> str:
    return WARNING_AMBER if st.mode == NO_RECEIPT else ACCENT_BLUE


def placeholder(st: ReturnsState) -> str:
    if st.mode == FLAGS:
        return "↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return"
    if st.mode == NO_RECEIPT:
        return "Scan each item that comes back (3*code for three) · a number + Enter sets the quantity"
    if st.sale is None:
        return "Scan the receipt's barcode or type its number, then Enter"
    return "Number + Enter: how many of the selected line come back · or scan another receipt"


def hint(st: ReturnsState) -> str:
    if st.mode == FLAGS:
        return "↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return"
    if st.mode == NO_RECEIPT:
        return (
            "Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / "
            "damaged · F7 reason · F8 store credit / cash · F12 complete"
        )
    if st.sale is None:
        return (
            "Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. "
            "Over-returns flagged by the hub: F10."
        )
    return (
        "↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · "
        "F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete"
    )


def sale_info(st: ReturnsState, cfg) -> str:
    if st.mode == FLAGS:
        return (
            "Returns the hub found over-returned (another station returned the same line "
            "while this one was offline). They also show on the Z report."
        )
    if st.mode == NO_RECEIPT:
        return (
            "<b>No receipt.</b> Refund at the lowest price of the last days, as store "
            "credit (F8: cash). A manager approves every no-receipt return."
        )
    s = st.sale
    if s is None:
        return ""
    cur = cfg.currency
    paid = ", ".join(f"{TENDER_WORDS.get(tn.kind, tn.kind)} {fmt_money(tn.amount, cur)}" for tn in s.settlement.tenders)
    sold = cfg.local(s.sold_at).strftime("%Y-%m-%d %H:%M")
    where = f"station {s.station}" + ("" if s.store == cfg.store_code else f", store {s.store}")
    return f"<b>Receipt {s.ref}</b> · sold {sold} at {where} · total {fmt_money(s.settlement.total, cur)} · paid {paid}"


def _condition(cond: str) -> Cell:
    damaged = cond == DAMAGED
    return Cell("Damaged" if damaged else "Restock", colour=ERROR_RED if damaged else INK, bold=damaged)


def line_rows(st: ReturnsState) -> list[list[Cell]]:
    """The lines table: a receipt's lines, or the items of a no-receipt return."""
    planned = {p.line_no: p for p in st.preview.plan.lines} if st.preview is not None else {}
    cur = st.currency
    if st.mode == NO_RECEIPT:
        rows = []
        for i, it in enumerate(st.items):
            p = planned.get(i + 1)
            rows.append(
                [Cell(str(i + 1)), Cell(f"{it.name}   ·  {it.sku}"), Cell(""), Cell(""), Cell("")]
                + [Cell(fmt_money(it.price, cur), True), Cell(fmt_qty(it.qty), True, ACCENT_BLUE, bold=True)]
                + [_condition(it.cond)]
                + [Cell(fmt_money(p.refund, cur) if p and p.quantity == it.qty else "…", True, INK, bold=True)]
            )
        return rows
    if st.mode != RECEIPT or st.sale is None:
        return []
    rows = []
    for ln in st.sale.lines:
        left = refundable(ln)
        q = st.qty.get(ln.line_no, Decimal(0))
        cond = st.cond.get(ln.line_no, RESTOCK)
        grey = FAINT_GREY if left == 0 else None
        p = planned.get(ln.line_no)
        condition = _condition(cond) if q or cond == DAMAGED else Cell("", colour=INK)
        rows.append(
            [
                Cell(str(ln.line_no), colour=grey),
                Cell(ln.name + ("  (all returned)" if left == 0 else ""), colour=grey),
                Cell(fmt_qty(ln.quantity), True, grey),
                Cell(fmt_qty(ln.returned_quantity) if ln.returned_quantity else "–", True, grey),
                Cell(fmt_qty(left), True, grey or OK_GREEN, bold=left > 0),
                Cell(fmt_money(ln.gross, cur), True, grey),
                Cell(fmt_qty(q) if q else "", True, ACCENT_BLUE, bold=True),
                condition,
                Cell(fmt_money(p.refund, cur) if p and p.quantity == q else ("…" if q else ""), True, INK, bold=True),
            ]
        )
    return rows


def flag_rows(st: ReturnsState, cfg) -> list[list[Cell]]:
    """The hub's flags; one not acknowledged yet in red, with NOT YET in bold."""
    rows = []
    for _fid, return_no, original, detail, flagged_at, seen_at in st.flag_rows:
        colour = None if seen_at else ERROR_RED
        texts = [
            f"{cfg.local(flagged_at):%Y-%m-%d %H:%M}" if flagged_at else "",
            return_no,
            original,
            detail,
            f"{cfg.local(seen_at):%Y-%m-%d %H:%M}" if seen_at else "NOT YET",
        ]
        rows.append([Cell(t, colour=colour, bold=not seen_at and j == 4) for j, t in enumerate(texts)])
    return rows


def flags_said(st: ReturnsState) -> str:
    rows = st.flag_rows
    if not rows:
        return "No over-return flagged by the hub"
    unseen = sum(1 for r in rows if not r[5])
    return (
        f"{len(rows)} over-returns flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges "
        "(manager)"
    )


def key_captions(st: ReturnsState) -> dict[str, str]:
    """The keys whose caption follows the mode."""
    if st.refund_to == ORIGINAL:
        refund_to = "F8\nTo credit"
    else:
        refund_to = "F8\nTo original" if st.mode != NO_RECEIPT else "F8\nTo cash"
    return {
        "no_receipt": "F9\nWith receipt" if st.mode == NO_RECEIPT else "F9\nNo receipt",
        "flags": "F10\nClose flags" if st.mode == FLAGS else "F10\nFlags",
        "refund_to": refund_to,
    }


def handover_words(parts, currency: str) -> list[str]:
    """Each tender of a completed refund with its own amount: "Give in cash  €1.49" (one short
    line each in the side panel; the card's reference is on the return receipt)."""
    return [f"{HANDOVER_WORDS.get(p.kind, p.kind)}  {fmt_money(p.amount, currency)}" for p in parts]


def part_words(parts, currency: str) -> list[str]:
    out = []
    for p in parts:
        label = PART_WORDS.get(p.kind, p.kind)
        if p.kind == "card" and p.reference:
            label += f" ref {p.reference}"
        out.append(f"{label}  {fmt_money(p.amount, currency)}")
    return out


def _handed(parts) -> Decimal:
    return sum((p.amount for p in parts), Decimal(0))


def panel(st: ReturnsState) -> Panel:
    cur = st.currency
    pre = st.preview
    done = st.handover if not st.has_choice() and st.sale is None else None
    if pre is None and done is not None:  # just completed: what to hand over stays in sight
        kinds = {p.kind for p in done.parts}
        # "give the customer" only when all of it is cash in hand; a card share is not given
        caption = "Just refunded: give the customer" if kinds == {"cash"} else "Just refunded"
        total, parts = _handed(done.parts), "\n".join(handover_words(done.parts, cur)) or "Nothing to pay out"
        approvals = ""
    elif pre is None:
        caption, total, parts, approvals = "Refund", Decimal(0), "", ""
    else:
        caption, total = "Refund to pay out", pre.handed_out
        lines = part_words(pre.parts, cur)
        rounding = sum((p.rounding for p in pre.parts), Decimal(0))
        if rounding:
            lines.append(f"(cash rounding {fmt_money(rounding, cur)})")
        parts = "\n".join(lines) or "Nothing to pay out"
        words = st.approval_words()
        approvals = f"⚠ {words}" if words else ""
    return Panel(
        caption,
        fmt_money(total, cur),
        parts,
        approvals,
        show_choice=st.mode == NO_RECEIPT or st.sale is not None or st.reason is not None or st.refund_to != ORIGINAL,
        refund_to=f"Refund to: <b>{_refund_to_words(st)}</b> (F8)",
        reason=(
            f"Reason: <b>{REASONS[st.reason]}</b> (F7)"
            if st.reason
            else f"Reason: <span style='color:{ERROR_RED}'><b>not chosen yet</b></span> (F7, or asked at F12)"
        ),
    )


def _refund_to_words(st: ReturnsState) -> str:
    if st.refund_to == STORE_CREDIT:
        return "Store credit voucher"
    if st.mode == NO_RECEIPT:
        return "Cash from the drawer"
    return "Original payments (cash to cash, card to card)"


def completed_said(result, currency: str) -> str:
    """The message line once a return is saved: the refund per tender and what to do with it."""
    handed = _handed(result.parts)
    parts = ", ".join(f"{TENDER_WORDS.get(p.kind, p.kind)} {fmt_money(p.amount, currency)}" for p in result.parts)
    todo = "; ".join(ACTION_HINT[k] for k in dict.fromkeys(p.kind for p in result.parts) if k in ACTION_HINT)
    text = f"Refund {fmt_money(handed, currency)}: {parts or 'nothing to pay'}"
    if result.voucher_code:
        text += f" — voucher {result.voucher_code}"
    if todo:
        text += f" — {todo}"
    return text


def result_note(result, currency: str, printed: bool) -> str:
    """The side panel's note on the return just done, before and after its receipt is printed."""
    head = f"Return {result.return_no} done · {fmt_money(_handed(result.parts), currency)}"
    if printed:
        return f"{head}\nReceipt printed (Ctrl+P reprints)"
    return head + (" · offline" if result.offline else "") + "\nPrinting the return receipt…"


def exchange_said(result, currency: str) -> str:
    """An exchange done (services.returns.exchange.ExchangeResult): who paid whom how much."""
    due = result.sale.amount_due - result.netted
    back = result.credit - result.netted
    paid = fmt_money(result.netted, currency)
    text = f"Exchange done: new sale {result.sale.receipt_no}; the returned goods paid {paid}"
    if due > 0:
        text += f", the customer paid {fmt_money(due, currency)}" + (
            f" (change {fmt_money(result.sale.change, currency)})" if result.sale.change else ""
        )
    if back > 0:
        text += f", {fmt_money(back, currency)} goes back to the customer"
    return text


def exchange_title(new_total: Decimal, credit: Decimal, currency: str) -> str:
    return f"Exchange: the new items cost {fmt_money(new_total, currency)}, {fmt_money(credit, currency)} comes back"
