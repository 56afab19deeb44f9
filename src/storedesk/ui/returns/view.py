"""What the Returns screen shows of its state, without Qt: the mode's title and hints, the
rows of the lines and flags tables as cells (text, alignment, colour from `ui/palette.py`),
the refund panel, the keys' captions, and the words said when a return is done. The widgets
only copy these onto the screen; `tests/unit/test_returns_state.py` reads them directly.
`cfg` is the station's StoreConfig (currency, store code, local time).

Words are in the screens' language: the state's `tr` (see state.py), or the `tr` given to the
functions that have no state (English by default). Captions kept in tables are marked with
`noop` and translated where they are shown, in the same context ("returns"). Money, quantities
and dates are written in the store's locale."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...domain.money_format import fmt_money, fmt_qty
from ...domain.returns import DAMAGED, ORIGINAL, REASONS, RESTOCK, STORE_CREDIT, refundable
from ...i18n import noop
from ...i18n.formats import fmt_datetime
from ..palette import ACCENT_BLUE, ERROR_RED, FAINT_GREY, INK, OK_GREEN, WARNING_AMBER
from .state import FLAGS, NO_RECEIPT, RECEIPT, ReturnsState, Tr, english

RECEIPT_COLUMNS = [
    "#",
    noop("returns", "Product"),
    noop("returns", "Sold"),
    noop("returns", "Already back"),
    noop("returns", "Can return"),
    noop("returns", "Paid"),
    noop("returns", "Return now"),
    noop("returns", "Condition"),
    noop("returns", "Refund"),
]
NO_RECEIPT_COLUMNS = ["#", RECEIPT_COLUMNS[1], "", "", "", noop("returns", "Price"), *RECEIPT_COLUMNS[6:]]
RECEIPT_ONLY_COLUMNS = (2, 3, 4)  # hidden without a receipt
FLAG_COLUMNS = [
    noop("returns", "Flagged"),
    noop("returns", "Return"),
    noop("returns", "Original receipt"),
    noop("returns", "What the hub found"),
    noop("returns", "Acknowledged"),
]
TENDER_WORDS = {
    "cash": noop("returns", "cash"),
    "card": noop("returns", "card"),
    "store_credit": noop("returns", "store credit"),
}
ACTION_HINT = {
    "cash": noop("returns", "give the customer the cash"),
    "card": noop("returns", "the card refund goes back to the card"),
    "store_credit": noop("returns", "give the customer the printed voucher"),
}
# A completed refund, one line per tender: what the clerk does with each amount.
HANDOVER_WORDS = {
    "cash": noop("returns", "Give in cash"),
    "card": noop("returns", "Back to card"),
    "store_credit": noop("returns", "On the voucher"),
}
PART_WORDS = {
    "cash": noop("returns", "Cash"),
    "card": noop("returns", "Card"),
    "store_credit": noop("returns", "Store credit"),
}
MODE_TITLES = {
    RECEIPT: noop("returns", "With a receipt"),
    NO_RECEIPT: noop("returns", "NO RECEIPT — a manager approves"),
    FLAGS: noop("returns", "Over-returns flagged by the hub"),
}


def reason_words(code: str, tr: Tr = english) -> str:
    """Why it comes back (domain.returns.REASONS, marked there in context "reasons")."""
    return tr("reasons", REASONS[code]) if code in REASONS else code


def _word(table: dict[str, str], kind: str, tr: Tr) -> str:
    """A tender's word from `table`, translated; an unknown kind as it is."""
    return tr("returns", table[kind]) if kind in table else kind


def line_columns(mode: str, tr: Tr = english) -> list[str]:
    """The lines table's column captions in this mode."""
    return [
        tr("returns", c) if c and c != "#" else c
        for c in (NO_RECEIPT_COLUMNS if mode == NO_RECEIPT else RECEIPT_COLUMNS)
    ]


def flag_columns(tr: Tr = english) -> list[str]:
    return [tr("returns", c) for c in FLAG_COLUMNS]


def mode_title(st: ReturnsState) -> str:
    return st.tr("returns", MODE_TITLES[st.mode])


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
    tr = st.tr
    if st.mode == FLAGS:
        return tr("returns", "↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return")
    if st.mode == NO_RECEIPT:
        return tr("returns", "Scan each item that comes back (3*code for three) · a number + Enter sets the quantity")
    if st.sale is None:
        return tr("returns", "Scan the receipt's barcode or type its number, then Enter")
    return tr("returns", "Number + Enter: how many come back · or scan another receipt")


def hint(st: ReturnsState) -> str:
    tr = st.tr
    if st.mode == FLAGS:
        return tr("returns", "↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return")
    if st.mode == NO_RECEIPT:
        return tr(
            "returns",
            "Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / "
            "damaged · F7 reason · F8 store credit / cash · F12 complete",
        )
    if st.sale is None:
        return tr(
            "returns",
            "Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. "
            "Over-returns flagged by the hub: F10.",
        )
    return tr(
        "returns",
        "↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · "
        "F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete",
    )


def sale_info(st: ReturnsState, cfg) -> str:
    tr = st.tr
    if st.mode == FLAGS:
        return tr(
            "returns",
            "Returns the hub found over-returned (another station returned the same line "
            "while this one was offline). They also show on the Z report.",
        )
    if st.mode == NO_RECEIPT:
        return tr(
            "returns",
            "<b>No receipt.</b> Refund at the lowest price of the last days, as store "
            "credit (F8: cash). A manager approves every no-receipt return.",
        )
    s = st.sale
    if s is None:
        return ""
    cur = cfg.currency
    paid = ", ".join(f"{_word(TENDER_WORDS, tn.kind, tr)} {fmt_money(tn.amount, cur)}" for tn in s.settlement.tenders)
    if s.store == cfg.store_code:
        where = tr("returns", "station {station}", station=s.station)
    else:
        where = tr("returns", "station {station}, store {store}", station=s.station, store=s.store)
    return tr(
        "returns",
        "<b>Receipt {receipt}</b> · sold {sold} at {where} · total {total} · paid {paid}",
        receipt=s.ref,
        sold=fmt_datetime(cfg.local(s.sold_at)),
        where=where,
        total=fmt_money(s.settlement.total, cur),
        paid=paid,
    )


def _condition(cond: str, tr: Tr) -> Cell:
    damaged = cond == DAMAGED
    words = tr("returns", "Damaged") if damaged else tr("returns", "Restock")
    return Cell(words, colour=ERROR_RED if damaged else INK, bold=damaged)


def line_rows(st: ReturnsState) -> list[list[Cell]]:
    """The lines table: a receipt's lines, or the items of a no-receipt return."""
    planned = {p.line_no: p for p in st.preview.plan.lines} if st.preview is not None else {}
    cur, tr = st.currency, st.tr
    if st.mode == NO_RECEIPT:
        rows = []
        for i, it in enumerate(st.items):
            p = planned.get(i + 1)
            rows.append(
                [Cell(str(i + 1)), Cell(f"{it.name}   ·  {it.sku}"), Cell(""), Cell(""), Cell("")]
                + [Cell(fmt_money(it.price, cur), True), Cell(fmt_qty(it.qty), True, ACCENT_BLUE, bold=True)]
                + [_condition(it.cond, tr)]
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
        condition = _condition(cond, tr) if q or cond == DAMAGED else Cell("", colour=INK)
        name = tr("returns", "{product}  (all returned)", product=ln.name) if left == 0 else ln.name
        rows.append(
            [
                Cell(str(ln.line_no), colour=grey),
                Cell(name, colour=grey),
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
            fmt_datetime(cfg.local(flagged_at)) if flagged_at else "",
            return_no,
            original,
            detail,
            fmt_datetime(cfg.local(seen_at)) if seen_at else st.tr("returns", "NOT YET"),
        ]
        rows.append([Cell(t, colour=colour, bold=not seen_at and j == 4) for j, t in enumerate(texts)])
    return rows


def flags_said(st: ReturnsState) -> str:
    rows = st.flag_rows
    if not rows:
        return st.tr("returns", "No over-return flagged by the hub")
    unseen = sum(1 for r in rows if not r[5])
    return st.tr(
        "returns",
        "%n over-return(s) flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges (manager)",
        n=len(rows),
        unseen=unseen,
    )


def key_captions(st: ReturnsState) -> dict[str, str]:
    """The keys whose caption follows the mode (the key's name, then its caption)."""
    tr = st.tr
    if st.refund_to == ORIGINAL:
        refund_to = tr("returns", "To credit")
    else:
        refund_to = tr("returns", "To original") if st.mode != NO_RECEIPT else tr("returns", "To cash")
    no_receipt = tr("returns", "With receipt") if st.mode == NO_RECEIPT else tr("returns", "No receipt")
    flags = tr("returns", "Close flags") if st.mode == FLAGS else tr("returns", "Flags")
    return {"no_receipt": f"F9\n{no_receipt}", "flags": f"F10\n{flags}", "refund_to": f"F8\n{refund_to}"}


def handover_words(parts, currency: str, tr: Tr = english) -> list[str]:
    """Each tender of a completed refund with its own amount: "Give in cash  €1.49" (one short
    line each in the side panel; the card's reference is on the return receipt)."""
    return [f"{_word(HANDOVER_WORDS, p.kind, tr)}  {fmt_money(p.amount, currency)}" for p in parts]


def part_words(parts, currency: str, tr: Tr = english) -> list[str]:
    out = []
    for p in parts:
        if p.kind == "card" and p.reference:
            label = tr("returns", "Card ref {reference}", reference=p.reference)
        else:
            label = _word(PART_WORDS, p.kind, tr)
        out.append(f"{label}  {fmt_money(p.amount, currency)}")
    return out


def _handed(parts) -> Decimal:
    return sum((p.amount for p in parts), Decimal(0))


def panel(st: ReturnsState) -> Panel:
    cur, tr = st.currency, st.tr
    pre = st.preview
    done = st.handover if not st.has_choice() and st.sale is None else None
    if pre is None and done is not None:  # just completed: what to hand over stays in sight
        kinds = {p.kind for p in done.parts}
        # "give the customer" only when all of it is cash in hand; a card share is not given
        if kinds == {"cash"}:
            caption = tr("returns", "Just refunded: give the customer")
        else:
            caption = tr("returns", "Just refunded")
        total = _handed(done.parts)
        parts = "\n".join(handover_words(done.parts, cur, tr)) or tr("returns", "Nothing to pay out")
        approvals = ""
    elif pre is None:
        caption, total, parts, approvals = tr("returns", "Refund"), Decimal(0), "", ""
    else:
        caption, total = tr("returns", "Refund to pay out"), pre.handed_out
        lines = part_words(pre.parts, cur, tr)
        rounding = sum((p.rounding for p in pre.parts), Decimal(0))
        if rounding:
            lines.append(tr("returns", "(cash rounding {amount})", amount=fmt_money(rounding, cur)))
        parts = "\n".join(lines) or tr("returns", "Nothing to pay out")
        words = st.approval_words()
        approvals = f"⚠ {words}" if words else ""
    if st.reason:
        reason = tr("returns", "Reason: <b>{reason}</b> (F7)", reason=reason_words(st.reason, tr))
    else:
        not_chosen = f"<span style='color:{ERROR_RED}'><b>{tr('returns', 'not chosen yet')}</b></span>"
        reason = tr("returns", "Reason: {not_chosen} (F7, or asked at F12)", not_chosen=not_chosen)
    return Panel(
        caption,
        fmt_money(total, cur),
        parts,
        approvals,
        show_choice=st.mode == NO_RECEIPT or st.sale is not None or st.reason is not None or st.refund_to != ORIGINAL,
        refund_to=tr("returns", "Refund to: <b>{where}</b> (F8)", where=_refund_to_words(st)),
        reason=reason,
    )


def _refund_to_words(st: ReturnsState) -> str:
    if st.refund_to == STORE_CREDIT:
        return st.tr("returns", "Store credit voucher")
    if st.mode == NO_RECEIPT:
        return st.tr("returns", "Cash from the drawer")
    return st.tr("returns", "Original payments (cash to cash, card to card)")


def completed_said(result, currency: str, tr: Tr = english) -> str:
    """The message line once a return is saved: the refund per tender and what to do with it."""
    handed = _handed(result.parts)
    parts = ", ".join(f"{_word(TENDER_WORDS, p.kind, tr)} {fmt_money(p.amount, currency)}" for p in result.parts)
    kinds = dict.fromkeys(p.kind for p in result.parts)
    todo = "; ".join(tr("returns", ACTION_HINT[k]) for k in kinds if k in ACTION_HINT)
    said = [
        tr("returns", "Refund {amount}: {parts}", amount=fmt_money(handed, currency), parts=parts)
        if parts
        else tr("returns", "Refund {amount}: nothing to pay", amount=fmt_money(handed, currency))
    ]
    if result.voucher_code:
        said.append(tr("returns", "voucher {code}", code=result.voucher_code))
    if todo:
        said.append(todo)
    return " — ".join(said)


def result_note(result, currency: str, printed: bool, tr: Tr = english) -> str:
    """The side panel's note on the return just done, before and after its receipt is printed."""
    amount = fmt_money(_handed(result.parts), currency)
    if printed:
        head = tr("returns", "Return {return_no} done · {amount}", return_no=result.return_no, amount=amount)
        return f"{head}\n{tr('returns', 'Receipt printed (Ctrl+P reprints)')}"
    if result.offline:
        head = tr("returns", "Return {return_no} done · {amount} · offline", return_no=result.return_no, amount=amount)
    else:
        head = tr("returns", "Return {return_no} done · {amount}", return_no=result.return_no, amount=amount)
    return f"{head}\n{tr('returns', 'Printing the return receipt…')}"


def exchange_said(result, currency: str, tr: Tr = english) -> str:
    """An exchange done (services.returns.exchange.ExchangeResult): who paid whom how much."""
    due = result.sale.amount_due - result.netted
    back = result.credit - result.netted
    values = {"receipt": result.sale.receipt_no, "paid": fmt_money(result.netted, currency)}
    if due > 0 and result.sale.change:
        return tr(
            "returns",
            "Exchange done: new sale {receipt}; the returned goods paid {paid}, "
            "the customer paid {due} (change {change})",
            due=fmt_money(due, currency),
            change=fmt_money(result.sale.change, currency),
            **values,
        )
    if due > 0:
        return tr(
            "returns",
            "Exchange done: new sale {receipt}; the returned goods paid {paid}, the customer paid {due}",
            due=fmt_money(due, currency),
            **values,
        )
    if back > 0:
        return tr(
            "returns",
            "Exchange done: new sale {receipt}; the returned goods paid {paid}, {back} goes back to the customer",
            back=fmt_money(back, currency),
            **values,
        )
    return tr("returns", "Exchange done: new sale {receipt}; the returned goods paid {paid}", **values)


def exchange_title(new_total: Decimal, credit: Decimal, currency: str, tr: Tr = english) -> str:
    return tr(
        "returns",
        "Exchange: the new items cost {total}, {credit} comes back",
        total=fmt_money(new_total, currency),
        credit=fmt_money(credit, currency),
    )
