"""Complete a sale: sale, lines, payments, stock, journal and outbox in one transaction."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..adapters.aisle_repo import AisleRepo, LineOrderRow
from ..adapters.gift_cards_repo import GiftCardsRepo, SoldCardRow
from ..adapters.promotions_repo import LinePromotionRow
from ..adapters.repositories import NewMovement, to_milli
from ..adapters.sales_repo import SalePaymentRow, SaleRow, SaleTaxRow, StoredLine
from ..domain import gift_cards
from ..domain.aisle import SHIP, LineOrder
from ..domain.cash import tender_ceiling
from ..domain.errors import BasketError, PaymentError, ShiftError, StorageError
from ..domain.money import from_minor, to_minor
from ..domain.money_format import fmt_money
from ..domain.permissions import Perm, require
from ..domain.tenders import (
    GIFT_CARD,
    POINTS,
    VOUCHER,
    Settlement,
    TakenTender,
    Tender,
    cash_due,
    in_cash,
    non_cash,
    settle,
)
from ..i18n import msg
from . import loyalty
from .basket import _load_open
from .context import User, config, utcnow
from .fiscal import due, events
from .journal import record_document
from .restore.pending import refuse_if_pending
from .stock.posting import movements_event

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork


@dataclass(frozen=True)
class SaleResult:
    sale_id: str
    receipt_no: str
    total: Decimal
    amount_due: Decimal
    change: Decimal
    journal_seq: int
    repeated: bool = False  # True when this basket had already been completed (double press)


def receipt_number(store: str, station: str, number: int) -> str:
    return f"{store}-{station}-{number:06d}"


def complete_sale(
    uow: UnitOfWork, user: User, basket_id: str, tenders: list[Tender], cash_confirmed: bool = False
) -> SaleResult:
    """Pay and close the basket. Completing the same basket twice returns the first sale.
    `tenders`: the final payments only (the cash that completes it, F12's rest); those taken
    before (a card before Esc) are already on the basket and are counted from there, once.
    `cash_confirmed`: the clerk confirmed a cash amount above the ceiling (check_cash_tender)."""
    require(user.role, Perm.SELL)
    cfg = config(uow)
    due.close_before_document(uow, utcnow())  # the first document of a day closes what ended (issue 19)
    with uow.write() as tx:
        found = tx.baskets.get(basket_id)
        if found is not None and found.status == "completed":
            sale_id = tx.baskets.sale_of(basket_id)
            sale = tx.sales.get(sale_id) if sale_id else None
            if sale is None:  # not expected: a basket is marked completed by its sale's own transaction
                raise StorageError(
                    msg("sale", "This sale is marked paid but its receipt is missing; nothing was saved")
                )
            head = sale.head
            return SaleResult(
                head.id,
                head.receipt_no,
                from_minor(head.total_minor, head.currency),
                from_minor(head.total_minor + head.rounding_minor, head.currency),
                from_minor(head.change_minor, head.currency),
                0,
                repeated=True,
            )
        return write_sale(tx, cfg, user, basket_id, tenders, cash_confirmed=cash_confirmed)


def check_cash_tender(cfg, total: Decimal, tenders: list[Tender]) -> None:
    """Cash above what is due in cash plus the margin (setting cash_tender_margin, by default the
    currency's largest note: domain/cash.tender_ceiling) is a slip of the keys (100000 typed for
    1.29) until the clerk confirms it: refused here too, not only by the payment dialog."""
    cash = in_cash(tenders)
    if not cash:
        return
    due = max(cash_due(total, non_cash(tenders), cfg.cash_step, cfg.currency), Decimal(0))
    if cash > tender_ceiling(due, cfg.currency, cfg.cash_tender_margin):
        raise PaymentError(
            msg(
                "sale",
                "{cash} in cash for {due} due is more than a customer hands over; "
                "check the amount, and confirm it if it is right",
                cash=fmt_money(cash, cfg.currency),
                due=fmt_money(due, cfg.currency),
            )
        )


def _user_id(tx: Tx, username: str) -> int:
    """The id of a user named in the basket's overrides (users are never deleted)."""
    row = tx.users.by_username(username)
    if row is None:
        raise StorageError(
            msg(
                "sale",
                "The user {username} who approved a change to this sale is unknown; nothing was saved",
                username=repr(username),
            )
        )
    return row.id


def _line_order(sale_id: str, line_no: int, order: LineOrder) -> LineOrderRow:
    """An ordered line's row (s0018); the hub made its order before the sale is written."""
    if not order.order_id or not order.number:
        raise BasketError(msg("sale", "An ordered line has no order from the hub yet; nothing was saved"))
    delivery = json.dumps(order.delivery_body(), sort_keys=True) if order.fulfilment == SHIP else None
    return LineOrderRow(sale_id, line_no, order.order_id, order.number, order.fulfilment, order.pickup_store, delivery)


def _promotions_wire(parts: tuple[tuple[str, Decimal], ...], currency: str) -> dict:
    """The sale event's per-line promotions (part of its discount_minor), only when there are some."""
    if not parts:
        return {}
    return {"promotions": [{"id": pid, "amount_minor": to_minor(amount, currency)} for pid, amount in parts]}


def _payments_wire(payments: list[SalePaymentRow], taken: list[TakenTender]) -> list[dict]:
    """The sale event's payments. The basket's taken tenders come first, in order (write_sale), so
    the first payments are they: one taken at the hub (a voucher, gift card or points) names its
    redemption, and the hub marks that redemption used by this sale, never to be given back after
    (hub/sales/paid_at_hub.py). Older hubs ignore the extra key."""
    ids = [t.redemption_id if t.tender.kind in (VOUCHER, GIFT_CARD, POINTS) else "" for t in taken]
    ids += [""] * (len(payments) - len(taken))
    wire = []
    for p, rid in zip(payments, ids, strict=True):
        wire.append({"kind": p.kind, "amount_minor": p.amount_minor, "reference": p.reference})
        if rid:
            wire[-1]["redemption_id"] = rid
    return wire


def write_sale(
    tx: Tx,
    cfg,
    user: User,
    basket_id: str,
    tenders: list[Tender],
    now: str | None = None,
    cash_confirmed: bool = False,
    with_promotions: bool = True,
) -> SaleResult:
    """The sale's rows, inside the caller's write transaction (an exchange writes its return
    and its sale in one transaction). Its time, shift and Z period are read here, under the
    write lock (`tx.stamp`); `now`: the time the caller's own rows of this action carry.

    Every way a sale is written (the counter, pay at pickup, an exchange) comes through here, so
    the rules on its payments hold for all of them: the payments taken before (kept on the
    basket) come first, then `tenders`; cash above the ceiling needs `cash_confirmed`.
    `with_promotions`: False for a web order paid at pickup (the web shop priced it)."""
    cur = cfg.currency
    refuse_if_pending(tx)  # rule 11: a restored station catches up from the hub before it sells
    basket = _load_open(tx, basket_id, with_promotions)
    if basket.is_empty:
        raise BasketError(msg("sale", "The basket is empty"))
    tenders = basket.taken_tenders + list(tenders)
    gift_cards.check_sale(basket, [t.kind for t in tenders])  # each card once, as sold, paid with money
    if not cash_confirmed:
        check_cash_tender(cfg, basket.totals().total, tenders)
    stamp = tx.stamp(cfg.station_code, utcnow)
    now = now or stamp.at
    events.check_clock(tx, now, user.username)  # a clock set back while the till runs (issue 19)
    shift_id, need_shift = stamp.shift_id, stamp.need_shift
    if shift_id is None and need_shift:
        raise ShiftError(
            msg("sale", "No shift is open: sales need an open shift. A manager opens one on the Shift screen (F11)")
        )
    totals = basket.totals()
    s: Settlement = settle(totals.total, tenders, cfg.cash_step, cur)

    number = tx.counters.next(f"receipt:{cfg.station_code}")
    receipt_no = receipt_number(cfg.store_code, cfg.station_code, number)
    sale_id = uuid.uuid4().hex
    m = lambda v: to_minor(v, cur)  # noqa: E731

    overrides = list(basket.overrides)
    voided = sum(1 for ln in basket.lines if ln.voided)
    header = SaleRow(
        sale_id,
        receipt_no,
        number,
        cfg.store_code,
        cfg.station_code,
        user.id,
        shift_id,
        basket_id,
        now,
        cur,
        int(basket.prices_include_tax),
        m(totals.subtotal),
        m(totals.discount_total),
        m(totals.net),
        m(totals.tax),
        m(totals.total),
        m(s.rounding),
        m(s.change),
        voided,
        json.dumps(overrides),
        stamp.z_no,
    )
    lines, wire_lines, movements, moved, ordered, promoted = [], [], [], [], [], []
    sold_cards: list[SoldCardRow] = []
    for no, p in enumerate(totals.lines, start=1):
        ln = p.line
        qty_milli, unit, line_disc, basket_disc = (
            to_milli(ln.quantity),
            m(ln.effective_price),
            m(p.line_discount),
            m(p.basket_discount),
        )
        tax, gross = m(p.tax), m(p.gross)
        lines.append(
            StoredLine(
                no,
                ln.product_id,
                ln.sku,
                ln.name,
                ln.category,
                qty_milli,
                unit,
                int(ln.price_override is not None),
                line_disc,
                basket_disc,
                m(p.amount),
                ln.tax_code,
                str(ln.tax_rate),
                tax,
                gross,
            )
        )
        wire_lines.append(
            {
                "line": no,
                "sku": ln.sku,
                "name": ln.name,
                "quantity": str(ln.quantity),
                "unit_price_minor": unit,
                "discount_minor": line_disc + basket_disc,
                "tax_code": ln.tax_code,
                "tax_rate": str(ln.tax_rate),
                "tax_minor": tax,
                "gross_minor": gross,
                **({"order": ln.order.number} if ln.order is not None else {}),
                **({"gift_card": ln.gift_card} if ln.gift_card else {}),  # the hub activates or reloads it
                **_promotions_wire(p.promotions, cur),
            }
        )
        promoted += [LinePromotionRow(sale_id, no, pid, m(amount)) for pid, amount in p.promotions]
        if ln.gift_card:  # money, not goods: no stock moves
            sold_cards.append(SoldCardRow(sale_id, no, ln.gift_card, gross))
            continue
        if ln.order is not None:  # the endless aisle: it leaves the chain's stock elsewhere, not here
            ordered.append(_line_order(sale_id, no, ln.order))
            continue
        movements.append(
            NewMovement(uuid.uuid4().hex, ln.product_id, -qty_milli, "sale", receipt_no, cfg.station_code, now)
        )
        moved.append(p)
    taxes = [SaleTaxRow(sale_id, t.code, str(t.rate), m(t.net), m(t.tax), m(t.gross)) for t in totals.taxes]
    payments = [SalePaymentRow(sale_id, i, t.kind, m(t.amount), t.reference) for i, t in enumerate(s.tenders, start=1)]

    tx.sales.insert(header, lines, taxes, payments)
    tx.stock.add_movements(movements)
    if ordered:
        AisleRepo(tx.conn).add(ordered)
    GiftCardsRepo(tx.conn).add(sold_cards)
    tx.promotions.add_line_promotions(promoted)  # what each promotion gave each line (returns, the Z)
    for ov in overrides:  # who asked and who approved, whoever completes the sale
        asked_by, approver = _user_id(tx, ov["user"]), _user_id(tx, ov["approver"])
        tx.overrides.add(ov["action"], asked_by, approver, receipt_no, ov.get("detail", ""), ov["at"])

    fiscal = {
        "type": "sale",
        "receipt_no": receipt_no,
        "sale_id": sale_id,
        "at": now,
        "store": cfg.store_code,
        "station": cfg.station_code,
        "user": user.username,
        "currency": cur,
        "prices_include_tax": basket.prices_include_tax,
        "lines": wire_lines,
        "taxes": [
            {
                "code": t.tax_code,
                "rate": t.rate,
                "net_minor": t.net_minor,
                "tax_minor": t.tax_minor,
                "gross_minor": t.gross_minor,
            }
            for t in taxes
        ],
        "payments": _payments_wire(payments, basket.taken),
        "total_minor": header.total_minor,
        "rounding_minor": header.rounding_minor,
        "change_minor": header.change_minor,
        "discount_minor": header.discount_minor,
        "voided_lines": voided,
        "overrides": overrides,
    }
    customer = loyalty.record_sale(tx, basket, totals, s.tenders, sale_id)
    if customer is not None:  # issue 18: the customer; the hub credits the points earned at ingest
        fiscal["customer"] = customer
    entry = record_document(tx, "sale", receipt_no, fiscal, now)
    wire_moves = [
        {
            "id": mv.id,
            "sku": ln.line.sku,
            "quantity": str(ln.line.quantity * -1),
            "reason": "sale",
            "doc_ref": receipt_no,
            "at": now,
        }
        for mv, ln in zip(movements, moved, strict=True)
    ]
    movements_event(tx, cfg, wire_moves, now)
    tx.baskets.set_status(basket_id, "completed", now, sale_id=sale_id)
    return SaleResult(sale_id, receipt_no, totals.total, s.amount_due, s.change, entry.seq)
