"""Returns and refunds: find the sale, plan the return, get the hub's grant, write it.

One return = one BEGIN IMMEDIATE transaction: the return document with its own gapless
number (PAR01-T1-R000001), its lines, taxes and refund payments, stock movements by condition
(restock: back on the shelf; damaged: back, then written off by its own movement), a journal
entry and outbox events ("return", "stock_movements").

Across stations the hub arbitrates (DESIGN rule: money never leaves twice): before paying,
the station asks the hub to grant the quantities (POST /v1/returns/grants); the hub serialises
grants per sale, so two stations returning the same receipt at once get at most what was sold.
The network call happens outside the transaction; if the local write then fails, the grant
is released. Offline the store's policy decides: by default only this station's own sales,
up to what this station knows, and the result says it was offline. An over-return that still
slips through (another station returned the same line meanwhile) is flagged by the hub at
sync and shows on the Sync screen and the Z report: never silently accepted.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from ..adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ..adapters.repositories import from_milli, to_milli
from ..domain.errors import DomainError
from ..domain.money import ZERO, from_minor, to_minor
from ..domain.permissions import Perm, require
from ..domain.returns import (
    CASH,
    DAMAGED,
    OFFLINE_NONE,
    ORIGINAL,
    STORE_CREDIT,
    OverReturn,
    RefundPart,
    ReturnError,
    ReturnPlan,
    ReturnPolicy,
    ReturnRequest,
    SoldLine,
    allocate_refund,
    approvals_needed,
    check_condition,
    check_reason,
    no_receipt_price,
    plan_return,
    within_window,
)
from ..domain.scan import parse_scan
from ..domain.tenders import Settlement, Tender
from ..domain.units import check_quantity_for
from .auth import approve, override_record
from .catalog import find_scanned
from .context import User, config, utcnow
from .restore import refuse_if_pending

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork


RECEIPT, NO_RECEIPT, WEB_ORDER = "receipt", "no_receipt", "web_order"
LOCAL, HUB = "local", "hub"


def return_number(store: str, station: str, number: int) -> str:
    return f"{store}-{station}-R{number:06d}"


def policy(uow: UnitOfWork) -> ReturnPolicy:
    """The store's return policy, from its settings (services/settings.py validates them)."""
    with uow.read() as tx:
        s = tx.settings.all()
    days = json.loads(s.get("return_category_days", "{}"))
    return ReturnPolicy(
        window_days=int(s.get("return_window_days", "30")),
        category_days=days,
        refund_limit=Decimal(s.get("refund_limit", "200")),
        cash_refund_limit=Decimal(s.get("cash_refund_limit", "100")),
        no_receipt_days=int(s.get("no_receipt_days", "90")),
        offline=s.get("offline_returns", "own"),
    )


# ---- the sale to take back ---------------------------------------------------------------


@dataclass(frozen=True)
class ReturnableSale:
    """A sale as the return desk sees it. `lines[].returned_quantity` counts every return
    known: this station's and, when `online`, the hub's (all stations and stores)."""

    ref: str
    sale_id: str
    store: str
    station: str
    sold_at: str  # UTC ISO
    currency: str
    lines: tuple[SoldLine, ...]
    settlement: Settlement
    refunded: dict = field(default_factory=dict)  # exact refund value per tender kind
    source: str = LOCAL
    online: bool = False
    kind: str = RECEIPT  # or WEB_ORDER: a web order collected in a store, looked up at the hub

    def line(self, line_no: int) -> SoldLine:
        for ln in self.lines:
            if ln.line_no == line_no:
                return ln
        raise ReturnError(f"Line {line_no} is not on receipt {self.ref}")


def _hub_client(uow: UnitOfWork) -> HubClient | None:
    from .sync import hub_config

    cfg = hub_config(uow)
    return HubClient(cfg) if cfg is not None else None


def _local_sale(uow: UnitOfWork, ref: str) -> ReturnableSale | None:
    cfg = config(uow)
    with uow.read() as tx:
        sale_id = tx.sales.by_receipt(ref)
        sale = tx.sales.get(sale_id) if sale_id is not None else None
        if sale is None:
            return None
        returned = tx.returns.returned_milli(sale.receipt_no)
        refunded = tx.returns.refunded_minor(sale.receipt_no)
    cur = sale.currency
    mm = lambda v: from_minor(v, cur)  # noqa: E731
    lines = tuple(
        SoldLine(
            line_no=ln[0],
            sku=ln[2],
            name=ln[3],
            quantity=from_milli(ln[5]),
            gross=mm(ln[14]),
            tax_code=ln[11],
            tax_rate=Decimal(ln[12]),
            returned_quantity=from_milli(returned.get(ln[0], 0)),
            category=ln[4],
        )
        for ln in sale.lines
    )
    tenders = tuple(Tender(k, mm(a), ref_) for k, a, ref_ in sale.payments)
    settlement = Settlement(mm(sale.total_minor), mm(sale.rounding_minor), mm(sale.change_minor), tenders)
    return ReturnableSale(
        sale.receipt_no,
        sale.id,
        cfg.store_code,
        sale.station_code,
        sale.created_at,
        cur,
        lines,
        settlement,
        {k: mm(v) for k, v in refunded.items()},
        LOCAL,
        False,
    )


def _hub_sale(data: dict, local: ReturnableSale | None, uow: UnitOfWork) -> ReturnableSale:
    """The hub's view of a sale; returned quantities are the larger of the hub's and ours
    (ours may hold returns not synced yet)."""
    try:
        cur = data["currency"]
        mm = lambda v: from_minor(int(v), cur)  # noqa: E731
        local_returned = {ln.line_no: ln.returned_quantity for ln in local.lines} if local else {}
        known = {}
        with uow.read() as tx:
            for ln in data["lines"]:
                known[ln["sku"]] = tx.catalog.by_sku(ln["sku"])
        categories = {sku: p.category if p else "" for sku, p in known.items()}

        def tax(ln) -> tuple[str, Decimal]:
            """A web order's line carries the hub catalog's tax; when the hub has none, ours."""
            product = known.get(ln["sku"])
            if ln["tax_code"] or product is None:
                return ln["tax_code"], Decimal(ln["tax_rate"])
            return product.tax_code, product.tax_rate

        lines = tuple(
            SoldLine(
                line_no=int(ln["line"]),
                sku=ln["sku"],
                name=ln["name"],
                quantity=Decimal(ln["quantity"]),
                gross=mm(ln["gross_minor"]),
                tax_code=tax(ln)[0],
                tax_rate=tax(ln)[1],
                returned_quantity=max(Decimal(ln["returned"]), local_returned.get(int(ln["line"]), ZERO)),
                category=categories.get(ln["sku"], ""),
            )
            for ln in data["lines"]
        )
        tenders = tuple(Tender(p["kind"], mm(p["amount_minor"]), p.get("reference", "")) for p in data["payments"])
        paid = sum((t.amount for t in tenders), ZERO)
        change = mm(data.get("change_minor", 0))
        total = sum((ln.gross for ln in lines), ZERO)
        settlement = Settlement(total, paid - change - total, change, tenders)
        refunded = {k: mm(v) for k, v in (data.get("refunded") or {}).items()}
        if local:
            refunded = {
                k: max(refunded.get(k, ZERO), local.refunded.get(k, ZERO)) for k in set(refunded) | set(local.refunded)
            }
        kind = data.get("kind", RECEIPT)
        if kind not in (RECEIPT, WEB_ORDER):
            raise ValueError(f"unknown document kind {kind!r}")
        return ReturnableSale(
            data["ref"],
            data["sale_id"],
            data["store"],
            data["station"],
            data["at"],
            cur,
            lines,
            settlement,
            refunded,
            HUB,
            True,
            kind,
        )
    except (KeyError, TypeError, ValueError, ArithmeticError, DomainError) as exc:
        raise ReturnError(f"The hub's answer about this sale is malformed ({exc}); nothing was changed") from None


def find_sale(uow: UnitOfWork, ref: str, client: HubClient | None = None) -> ReturnableSale:
    """A receipt by its number (typed or scanned from the receipt's barcode).

    Online, the hub's answer is authoritative for what other stations returned. Offline,
    only this station's own sales can be returned (policy "own"), and the result says so.
    """
    ref = (ref or "").strip().upper()
    if not ref:
        raise ReturnError("Scan the receipt's barcode or type its number")
    local = _local_sale(uow, ref)
    own_client = client is None
    client = client or _hub_client(uow)
    try:
        if client is not None:
            try:
                return _hub_sale(client.return_sale(ref), local, uow)
            except HubRefused as exc:
                if exc.status != 404:
                    raise ReturnError(f"The hub refused the lookup: {exc.detail}") from None
                if local is None:
                    raise ReturnError(f"Receipt {ref} is not known here nor at the hub") from None
                return local  # ours, not synced yet: what we know is everything there is
            except HubUnavailable:
                pass
        if local is None:
            if client is None:
                raise ReturnError(f"Receipt {ref} is not from this station, and this station has no hub to ask")
            raise ReturnError(
                f"Receipt {ref} is not from this station and the hub cannot be reached: "
                f"returns of other stations' sales need the hub"
            )
        if policy(uow).offline == OFFLINE_NONE:
            raise ReturnError("The hub cannot be reached and this store takes no returns offline")
        return local
    finally:
        if own_client and client is not None:
            client.close()


# ---- planning ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnLineIn:
    line_no: int  # the sold line (receipt) or a position (no receipt)
    quantity: Decimal
    condition: str = "restock"


@dataclass(frozen=True)
class RefundPreview:
    plan: ReturnPlan
    parts: tuple[RefundPart, ...]
    approvals: tuple[str, ...]  # Perm values a manager must approve
    offline: bool

    @property
    def total(self) -> Decimal:
        return self.plan.total

    @property
    def handed_out(self) -> Decimal:
        return sum((p.amount for p in self.parts), ZERO)


def _now_dt(now: str) -> datetime:
    return datetime.fromisoformat(now)


def _check_units(uow: UnitOfWork, sale: ReturnableSale, plan) -> None:
    """Each quantity coming back as its product's unit takes it (domain/units.py: pieces whole,
    weighed or measured goods to their decimals). A line sold before units were checked (2.5
    pieces) may give its fraction back: what was sold is a fact, never rewritten."""
    with uow.read() as tx:
        for p in plan.lines:
            product = tx.catalog.by_sku(p.sku)
            if product is None:
                continue
            try:
                check_quantity_for(sale.line(p.line_no).quantity, product.unit, p.name)
            except DomainError:
                continue  # sold as a fraction the unit does not take: old data
            check_quantity_for(p.quantity, product.unit, p.name)


def preview(
    uow: UnitOfWork, sale: ReturnableSale, lines: list[ReturnLineIn], refund_to: str = ORIGINAL, now: str | None = None
) -> RefundPreview:
    """What this return would refund, to which tenders, and which approvals it needs.
    Raises OverReturn/ReturnError (nothing changes) when it cannot be done."""
    cfg = config(uow)
    pol = policy(uow)
    now = now or utcnow()
    for ln in lines:
        sold = sale.line(ln.line_no)
        check_condition(ln.condition, sold.label)
        if not pol.returnable(sold.category):
            raise ReturnError(f"{sold.label}: {sold.category} cannot be returned")
        if not within_window(
            _now_dt(sale.sold_at), _now_dt(now), pol.window_days, pol.category_days or {}, sold.category, cfg.tz
        ):
            raise ReturnError(f"{sold.label}: the return window ({pol.window_days} days) is over for this sale")
    plan = plan_return(sale.lines, ReturnRequest((ln.line_no, ln.quantity) for ln in lines), sale.currency)
    _check_units(uow, sale, plan)
    parts = allocate_refund(
        plan.total,
        sale.settlement,
        refund_to,
        already_refunded=sale.refunded,
        cash_step=cfg.cash_step,
        currency=sale.currency,
    )
    return RefundPreview(plan, tuple(parts), tuple(approvals_needed(pol, plan.total, parts, False)), not sale.online)


# ---- writing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnResult:
    return_id: str
    return_no: str
    total: Decimal
    parts: tuple[RefundPart, ...]
    offline: bool
    voucher_code: str = ""
    journal_seq: int = 0

    @property
    def cash_out(self) -> Decimal:
        return sum((p.amount for p in self.parts if p.kind == CASH), ZERO)


def _approver(uow: UnitOfWork, user: User, needed: tuple[str, ...], approver: tuple[str, str] | None):
    """Check every approval this return needs; returns the approving manager or None."""
    missing = [Perm(p) for p in needed if not _allowed(user, Perm(p))]
    if not missing:
        return None
    if approver is None:
        require(user.role, missing[0])  # not allowed: refused with its message
        return None
    manager = None
    for perm in missing:
        manager = approve(uow, approver[0], approver[1], perm)
    return manager


def _allowed(user: User, perm: Perm) -> bool:
    from ..domain.permissions import allowed

    return allowed(user.role, perm)


def voucher_code() -> str:
    """A store-credit code a clerk can read out: 12 characters, no look-alikes (0/O, 1/I)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"SC-{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _with_voucher(parts: tuple[RefundPart, ...]) -> tuple[tuple[RefundPart, ...], str]:
    code = ""
    out = []
    for p in parts:
        if p.kind == STORE_CREDIT:
            code = code or voucher_code()
            p = RefundPart(STORE_CREDIT, p.amount, code)
        out.append(p)
    return tuple(out), code


def complete_return(
    uow: UnitOfWork,
    user: User,
    sale: ReturnableSale,
    lines: list[ReturnLineIn],
    reason: str,
    refund_to: str = ORIGINAL,
    approver: tuple[str, str] | None = None,
    client: HubClient | None = None,
    exchange_basket_id: str = "",
) -> ReturnResult:
    """Take goods back against a receipt and pay the refund; see the module docstring."""
    require(user.role, Perm.RETURN)
    check_reason(reason)
    pre = preview(uow, sale, lines, refund_to)
    manager = _approver(uow, user, pre.approvals, approver)
    grant_id, offline = _grant(uow, sale, pre, client)
    try:
        return _write(uow, user, manager, sale, lines, pre, reason, grant_id, offline, sale.kind, exchange_basket_id)
    except BaseException:
        _release(uow, grant_id, client)
        raise


def _grant(uow: UnitOfWork, sale: ReturnableSale, pre: RefundPreview, client: HubClient | None) -> tuple[str, bool]:
    """Ask the hub to grant the quantities before any money moves. Returns (grant id, offline).
    Offline, the store's policy decides; a refusal raises ReturnError and nothing changes."""
    cfg = config(uow)
    own_client = client is None
    client = client or _hub_client(uow)
    grant_id, offline = "", True
    try:
        if client is not None:
            grant_id = uuid.uuid4().hex
            try:
                client.grant_return(
                    grant_id, sale.ref, [{"line": p.line_no, "quantity": str(p.quantity)} for p in pre.plan.lines]
                )
                offline = False
            except HubRefused as exc:
                if exc.status == 409:
                    raise ReturnError(f"The hub refused: {exc.detail}") from None
                if exc.status != 404:
                    raise ReturnError(f"The hub refused the return: {exc.detail}") from None
                grant_id = ""  # a sale the hub does not know yet: ours, not synced
            except HubUnavailable:
                grant_id = ""
    finally:
        if own_client and client is not None:
            client.close()
    if offline:
        if sale.station != cfg.station_code or sale.store != cfg.store_code:
            raise ReturnError("The hub cannot be reached: only this station's own sales can be returned offline")
        if policy(uow).offline == OFFLINE_NONE:
            raise ReturnError("The hub cannot be reached and this store takes no returns offline")
    return grant_id, offline


def _release(uow: UnitOfWork, grant_id: str, client: HubClient | None) -> None:
    """Give a grant back when the local write failed (best effort: unused grants lapse after a day)."""
    if not grant_id:
        return
    own_client = client is None
    client = client or _hub_client(uow)
    if client is None:
        return
    try:
        client.release_grant(grant_id)
    except (HubUnavailable, HubRefused):
        pass
    finally:
        if own_client:
            client.close()


def _write(
    uow: UnitOfWork,
    user: User,
    manager,
    sale: ReturnableSale,
    lines_in: list[ReturnLineIn],
    pre: RefundPreview,
    reason: str,
    grant_id: str,
    offline: bool,
    kind: str,
    exchange_basket_id: str = "",
    product_ids: dict | None = None,
    then=None,
):
    """The return's rows in one write transaction. `then(tx, cfg, now, return_no)` runs in the
    same transaction afterwards (an exchange's sale); the result is then (ReturnResult, its result)."""
    cfg = config(uow)
    cur = sale.currency
    m = lambda v: to_minor(v, cur)  # noqa: E731
    conditions = {ln.line_no: ln.condition for ln in lines_in}
    with uow.write() as tx:
        refuse_if_pending(tx)  # rule 11: no return number before a restored station caught up
        # Time, shift and Z period read under the write lock (rule 12: a return waiting for a
        # shift close is stamped after it, in the next Z, never between two).
        stamp = tx.stamp(cfg.station_code, utcnow)
        now, shift_id = stamp.at, stamp.shift_id
        if kind in (RECEIPT, WEB_ORDER):
            # Re-check under the write lock: another return at this station may have landed since.
            done = tx.returns.returned_milli(sale.ref)
            for p in pre.plan.lines:
                sold = sale.line(p.line_no)
                left = to_milli(sold.quantity) - max(done.get(p.line_no, 0), to_milli(p.returned_before))
                if to_milli(p.quantity) > left:
                    raise OverReturn(
                        f"{sold.label}: only {from_milli(max(left, 0))} left to return "
                        f"(another return was just recorded)",
                        p.line_no,
                        from_milli(max(left, 0)),
                    )
        number = tx.counters.next(f"return:{cfg.station_code}")
        return_no = return_number(cfg.store_code, cfg.station_code, number)
        return_id = uuid.uuid4().hex
        parts, code = _with_voucher(pre.parts)
        rows, wire_lines, movements, wire_moves = [], [], [], []
        for no, p in enumerate(pre.plan.lines, start=1):
            pid = (product_ids or {}).get(p.sku)
            if pid is None:
                product = tx.catalog.by_sku(p.sku)
                if product is None:
                    raise ReturnError(f"{p.name}: SKU {p.sku} is not in this store's catalog; it cannot be restocked")
                pid = product.id
            condition = conditions[p.line_no]
            rows.append(
                (
                    return_id,
                    no,
                    p.line_no,
                    pid,
                    p.sku,
                    p.name,
                    p.category,
                    to_milli(p.quantity),
                    m(p.refund),
                    p.tax_code,
                    str(p.tax_rate),
                    condition,
                )
            )
            wire_lines.append(
                {
                    "line": no,
                    "original_line": p.line_no,
                    "sku": p.sku,
                    "name": p.name,
                    "quantity": str(p.quantity),
                    "refund_minor": m(p.refund),
                    "tax_code": p.tax_code,
                    "tax_rate": str(p.tax_rate),
                    "condition": condition,
                }
            )
            moves = [(uuid.uuid4().hex, pid, to_milli(p.quantity), "return", return_no, cfg.station_code, now)]
            if condition == DAMAGED:  # back in, then written off: both facts stay in the ledger
                moves.append(
                    (uuid.uuid4().hex, pid, -to_milli(p.quantity), "damaged", return_no, cfg.station_code, now)
                )
            movements += moves
            wire_moves += [
                {
                    "id": mv[0],
                    "sku": p.sku,
                    "quantity": str(from_milli(mv[2])),
                    "reason": mv[3],
                    "doc_ref": return_no,
                    "at": now,
                }
                for mv in moves
            ]
        taxes = [(return_id, t.code, str(t.rate), m(t.net), m(t.tax), m(t.gross)) for t in pre.plan.taxes]
        pays = [(return_id, i, p.kind, m(p.amount), m(p.rounding), p.reference) for i, p in enumerate(parts, 1)]
        rounding = sum((p.rounding for p in parts), ZERO)
        header = {
            "id": return_id,
            "return_no": return_no,
            "number": number,
            "store_code": cfg.store_code,
            "station_code": cfg.station_code,
            "user_id": user.id,
            "approver_id": manager.id if manager else None,
            "shift_id": shift_id,
            "created_at": now,
            "currency": cur,
            "kind": kind,
            "original_ref": sale.ref if kind != NO_RECEIPT else "",
            "original_sale_id": sale.sale_id,
            "original_store": sale.store,
            "reason": reason,
            "net_minor": m(pre.plan.net),
            "tax_minor": m(pre.plan.tax),
            "total_minor": m(pre.plan.total),
            "rounding_minor": m(rounding),
            "grant_id": grant_id,
            "offline": int(offline),
            "exchange_basket_id": exchange_basket_id,
            "z_no": stamp.z_no,
        }
        tx.returns.insert(header, rows, taxes, pays)
        tx.stock.add_movements(movements)
        overrides = []
        for perm in pre.approvals:
            if manager is not None:
                rec = override_record(perm, user, manager, now, f"{return_no} {m(pre.plan.total)}")
                overrides.append(rec)
                tx.overrides.add(perm, user.id, manager.id, return_no, rec["detail"], now)
        fiscal = {
            "type": "return",
            "return_id": return_id,
            "return_no": return_no,
            "at": now,
            "store": cfg.store_code,
            "station": cfg.station_code,
            "user": user.username,
            "approver": manager.username if manager else "",
            "currency": cur,
            "kind": kind,
            "original_ref": header["original_ref"],
            "original_sale_id": sale.sale_id,
            "original_store": sale.store,
            "grant_id": grant_id,
            "offline": offline,
            "reason": reason,
            "net_minor": header["net_minor"],
            "tax_minor": header["tax_minor"],
            "total_minor": header["total_minor"],
            "rounding_minor": header["rounding_minor"],
            "lines": wire_lines,
            "taxes": [
                {"code": c, "rate": r, "net_minor": n, "tax_minor": t, "gross_minor": g}
                for _rid, c, r, n, t, g in taxes
            ],
            "payments": [
                {"kind": k, "amount_minor": a, "rounding_minor": rd, "reference": ref}
                for _rid, _no, k, a, rd, ref in pays
            ],
            "overrides": overrides,
        }
        seq, _, text = tx.journal.append("return", return_no, fiscal, now)
        tx.outbox.add(uuid.uuid4().hex, "return", fiscal, now, text=text)
        tx.outbox.add(
            uuid.uuid4().hex,
            "stock_movements",
            {"store": cfg.store_code, "station": cfg.station_code, "movements": wire_moves},
            now,
        )
        after = then(tx, cfg, now, return_no) if then is not None else None
    result = ReturnResult(return_id, return_no, pre.plan.total, parts, offline, code, seq)
    return (result, after) if then is not None else result


# ---- without a receipt ---------------------------------------------------------------------


@dataclass(frozen=True)
class NoReceiptItem:
    sku: str
    quantity: Decimal
    condition: str = "restock"


def find_return_item(uow: UnitOfWork, text: str):
    """A product scanned or typed at the return desk (no receipt): (Product, quantity or None).
    `3*code` gives a quantity, as at the counter. Raises UnknownBarcode / MalformedBarcode."""
    scan = parse_scan(text)
    with uow.read() as tx:
        product = find_scanned(tx, scan)
    if scan.quantity is not None:
        check_quantity_for(scan.quantity, product.unit, product.name)
    return product, scan.quantity


def no_receipt_preview(
    uow: UnitOfWork, items: list[NoReceiptItem], refund_to: str = STORE_CREDIT, now: str | None = None
) -> tuple[ReturnableSale, RefundPreview, dict]:
    """A no-receipt return priced at the lowest of today's price and the lowest price paid
    in the policy's look-back days; refunded in cash or store credit."""
    cfg = config(uow)
    pol = policy(uow)
    now = now or utcnow()
    if not items:
        raise ReturnError("Scan at least one item to return")
    since = (_now_dt(now) - timedelta(days=pol.no_receipt_days)).astimezone(UTC).isoformat()
    lines, ids = [], {}
    with uow.read() as tx:
        for no, it in enumerate(items, start=1):
            product = tx.catalog.by_sku(it.sku)
            if product is None:
                raise ReturnError(f"Unknown SKU {it.sku}")
            if not pol.returnable(product.category):
                raise ReturnError(f"{product.name}: {product.category} cannot be returned")
            low = tx.returns.lowest_unit_price(product.id, since)
            unit = no_receipt_price(
                from_minor(product.price_minor, cfg.currency),
                from_minor(low, cfg.currency) if low is not None else None,
            )
            if not isinstance(it.quantity, Decimal) or it.quantity <= 0:
                raise ReturnError(f"{product.name}: quantity must be more than zero")
            check_quantity_for(it.quantity, product.unit, product.name)
            gross = (unit * it.quantity).quantize(Decimal("0.01"))
            lines.append(
                SoldLine(
                    no,
                    product.sku,
                    product.name,
                    it.quantity,
                    gross,
                    product.tax_code,
                    product.tax_rate,
                    category=product.category,
                    weighed=True,
                )
            )
            ids[product.sku] = product.id
    gross_total = sum((ln.gross for ln in lines), ZERO)
    # No original payment: cash is paid out of the drawer, or store credit; refunds are exact.
    settlement = Settlement(gross_total, ZERO, ZERO, (Tender(CASH, gross_total),) if gross_total > 0 else ())
    sale = ReturnableSale(
        "", "", cfg.store_code, cfg.station_code, now, cfg.currency, tuple(lines), settlement, {}, LOCAL, False
    )
    plan = plan_return(lines, ReturnRequest((ln.line_no, ln.quantity) for ln in lines), cfg.currency)
    parts = allocate_refund(
        plan.total, settlement, refund_to if refund_to == STORE_CREDIT else ORIGINAL, currency=cfg.currency
    )
    pre = RefundPreview(plan, tuple(parts), tuple(approvals_needed(pol, plan.total, parts, True)), False)
    return sale, pre, ids


def complete_no_receipt_return(
    uow: UnitOfWork,
    user: User,
    items: list[NoReceiptItem],
    reason: str,
    refund_to: str = STORE_CREDIT,
    approver: tuple[str, str] | None = None,
) -> ReturnResult:
    """Always needs a manager's approval (or a manager doing it) and a reason."""
    require(user.role, Perm.RETURN)
    check_reason(reason)
    sale, pre, ids = no_receipt_preview(uow, items, refund_to)
    manager = _approver(uow, user, pre.approvals, approver)
    lines_in = [
        ReturnLineIn(no, it.quantity, check_condition(it.condition, it.sku)) for no, it in enumerate(items, start=1)
    ]
    return _write(uow, user, manager, sale, lines_in, pre, reason, "", True, NO_RECEIPT, product_ids=ids)


# ---- exchanges -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeResult:
    ret: ReturnResult
    sale: object  # services.sale.SaleResult
    credit: Decimal  # what the returned goods were worth
    netted: Decimal  # of it, used to pay the new sale


def complete_exchange(
    uow: UnitOfWork,
    user: User,
    sale: ReturnableSale,
    lines: list[ReturnLineIn],
    reason: str,
    basket_id: str,
    tenders: list[Tender],
    approver: tuple[str, str] | None = None,
    client: HubClient | None = None,
    cash_confirmed: bool = False,
) -> ExchangeResult:
    """A return and a new sale in one visit, in ONE transaction, netting the money.

    The returned goods' value pays the new basket first (tender "exchange", referencing the
    return); the customer pays only the difference with `tenders`, or, when the new basket
    costs less, the rest is refunded to the original tenders like any return.
    `cash_confirmed`: the clerk confirmed cash above the ceiling (services/sale.write_sale checks it).
    A counter sale with a payment already taken on it is completed at the counter first.
    """
    from ..domain.returns import EXCHANGE
    from .basket import _load_open
    from .sale import write_sale

    require(user.role, Perm.RETURN)
    require(user.role, Perm.SELL)
    check_reason(reason)
    cfg = config(uow)
    cur = sale.currency
    with uow.read() as tx:
        new_basket = _load_open(tx, basket_id)
    if new_basket.taken:
        raise ReturnError(
            f"A payment of {new_basket.taken_total} {cur} is already taken on the counter's sale: "
            f"complete it at the counter first (F12 takes the rest in cash), then do the exchange"
        )
    new_total = new_basket.totals().total
    base = preview(uow, sale, lines, ORIGINAL)
    credit = base.plan.total
    netted = min(credit, new_total)
    rest = allocate_refund(
        credit - netted,
        sale.settlement,
        ORIGINAL,
        already_refunded=sale.refunded,
        cash_step=cfg.cash_step,
        currency=cur,
    )
    parts = ((RefundPart(EXCHANGE, netted),) if netted > 0 else ()) + tuple(rest)
    # Only money leaving the store counts against the refund limit: the netted part stays in the till.
    pre = RefundPreview(
        base.plan, parts, tuple(approvals_needed(policy(uow), credit - netted, parts, False)), base.offline
    )
    if netted < new_total and not tenders:
        raise ReturnError(f"The new items cost {new_total - netted} more than the returned ones: take a payment")
    manager = _approver(uow, user, pre.approvals, approver)
    grant_id, offline = _grant(uow, sale, pre, client)
    try:
        result = _write(
            uow,
            user,
            manager,
            sale,
            lines,
            pre,
            reason,
            grant_id,
            offline,
            RECEIPT,
            basket_id,
            then=lambda tx, cfg_, now, return_no: write_sale(
                tx,
                cfg_,
                user,
                basket_id,
                ([Tender(EXCHANGE, netted, return_no)] if netted > 0 else []) + list(tenders),
                now,
                cash_confirmed=cash_confirmed,
            ),
        )
    except BaseException:
        _release(uow, grant_id, client)
        raise
    ret, sold = result
    return ExchangeResult(ret, sold, credit, netted)
