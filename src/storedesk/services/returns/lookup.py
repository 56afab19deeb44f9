"""The sale a customer brings back: the store's return policy, the receipt looked up here and at
the hub (authoritative for what other stations returned), and the return document number.

`find_sale` is a hub call (services/hub_call.py): the lookup at the hub runs off the database
worker, and what this station knows is read after the hub answered."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.customers_repo import CustomersRepo
from ...adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ...adapters.repositories import from_milli
from ...domain.errors import DomainError
from ...domain.money import ZERO, from_minor
from ...domain.returns import OFFLINE_NONE, ReturnError, ReturnPolicy, SoldLine
from ...domain.tenders import Settlement, Tender
from ...i18n import msg
from ..context import config
from ..hub_call import Ask, Steps, hub_call

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


log = logging.getLogger(__name__)
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


@dataclass(frozen=True)
class SaleLoyalty:
    """The customer a sale was made for and its points (issue 18): a return takes back what the
    sale earned and gives back what it was paid with, in proportion (planning.points_part)."""

    customer_id: str
    card: str
    earned: int
    redeemed: int


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
    customer: SaleLoyalty | None = None  # the sale's customer and points (None: made for nobody)

    def line(self, line_no: int) -> SoldLine:
        for ln in self.lines:
            if ln.line_no == line_no:
                return ln
        raise ReturnError(msg("returns", "Line {line} is not on receipt {receipt}", line=line_no, receipt=self.ref))


def hub_client(uow: UnitOfWork) -> HubClient | None:
    from ..sync import hub_config

    cfg = hub_config(uow)
    return HubClient(cfg) if cfg is not None else None


def _local_sale(uow: UnitOfWork, ref: str) -> ReturnableSale | None:
    cfg = config(uow)
    with uow.read() as tx:
        sale_id = tx.sales.by_receipt(ref)
        sale = tx.sales.get(sale_id) if sale_id is not None else None
        if sale is None:
            return None
        head = sale.head
        returned = tx.returns.returned_milli(head.receipt_no)
        refunded = tx.returns.refunded_minor(head.receipt_no)
        made_for = CustomersRepo(tx.conn).of_sale(head.id)
    cur = head.currency
    mm = lambda v: from_minor(v, cur)  # noqa: E731
    lines = tuple(
        SoldLine(
            line_no=ln.line_no,
            sku=ln.sku,
            name=ln.name,
            quantity=from_milli(ln.quantity_milli),
            gross=mm(ln.gross_minor),
            tax_code=ln.tax_code,
            tax_rate=Decimal(ln.tax_rate),
            returned_quantity=from_milli(returned.get(ln.line_no, 0)),
            category=ln.category,
        )
        for ln in sale.lines
    )
    tenders = tuple(Tender(k, mm(a), ref_) for k, a, ref_ in sale.payments)
    settlement = Settlement(mm(head.total_minor), mm(head.rounding_minor), mm(head.change_minor), tenders)
    return ReturnableSale(
        head.receipt_no,
        head.id,
        cfg.store_code,
        head.station_code,
        head.created_at,
        cur,
        lines,
        settlement,
        {k: mm(v) for k, v in refunded.items()},
        LOCAL,
        False,
        customer=SaleLoyalty(made_for.customer_id, made_for.card, made_for.points_earned, made_for.points_redeemed)
        if made_for is not None
        else None,
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
            _hub_customer(data.get("customer")) or (local.customer if local else None),
        )
    except (KeyError, TypeError, ValueError, ArithmeticError, DomainError) as exc:
        log.warning("the hub's answer about sale %s is malformed: %s", data.get("ref"), exc)
        raise ReturnError(
            msg("returns", "The hub's answer about this sale is malformed; nothing was changed")
        ) from None


def _hub_customer(block) -> SaleLoyalty | None:
    """The hub's "customer" block of a sale (issue 18; absent from an older hub: None)."""
    if not block:
        return None
    return SaleLoyalty(
        str(block["id"]), str(block.get("card") or ""), int(block["points_earned"]), int(block["points_redeemed"])
    )


@hub_call
def find_sale(uow: UnitOfWork, ref: str, client: HubClient | None = None) -> Steps[ReturnableSale]:
    """A receipt by its number (typed or scanned from the receipt's barcode).

    Online, the hub's answer is authoritative for what other stations returned. Offline,
    only this station's own sales can be returned (policy "own"), and the result says so.
    """
    ref = (ref or "").strip().upper()
    if not ref:
        raise ReturnError(msg("returns", "Scan the receipt's barcode or type its number"))
    own_client = client is None
    client = client or hub_client(uow)
    try:
        if client is not None:
            try:
                data = yield Ask(client.return_sale, ref)
                return _hub_sale(data, _local_sale(uow, ref), uow)
            except HubRefused as exc:
                if exc.status != 404:
                    raise ReturnError(
                        msg("returns", "The hub refused the lookup: {detail}", detail=exc.detail)
                    ) from None
                local = _local_sale(uow, ref)
                if local is None:
                    raise ReturnError(
                        msg("returns", "Receipt {receipt} is not known here nor at the hub", receipt=ref)
                    ) from None
                return local  # ours, not synced yet: what we know is everything there is
            except HubUnavailable:
                pass
    finally:
        if own_client and client is not None:
            client.close()
    return _offline_sale(uow, ref, asked_hub=client is not None)


def _offline_sale(uow: UnitOfWork, ref: str, asked_hub: bool) -> ReturnableSale:
    """This station's own sale, when the hub cannot be asked; the store's policy decides."""
    local = _local_sale(uow, ref)
    if local is None:
        if not asked_hub:
            raise ReturnError(
                msg(
                    "returns",
                    "Receipt {receipt} is not from this station, and this station has no hub to ask",
                    receipt=ref,
                )
            )
        raise ReturnError(
            msg(
                "returns",
                "Receipt {receipt} is not from this station and the hub cannot be reached: "
                "returns of other stations' sales need the hub",
                receipt=ref,
            )
        )
    if policy(uow).offline == OFFLINE_NONE:
        raise ReturnError(msg("returns", "The hub cannot be reached and this store takes no returns offline"))
    return local
