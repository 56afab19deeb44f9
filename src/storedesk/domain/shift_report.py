"""X and Z reports of a shift, computed from plain aggregated rows (no SQL, no Qt here).

The database sums the Z period's documents (SQL: a shift of 20,000 receipts is a few
aggregate rows); `build_report` turns those sums into the figures a manager reads:

    expected cash = opening float + cash tendered - change given + paid in - paid out
                    - cash refunds, each counting only documents made while the shift was open
    (cash tendered already includes the cash rounding: the customer paid the rounded amount)

Which Z covers a document (DESIGN rule 12): every fiscal document (sale, return, exchange,
paid in / out, no-sale) is stamped in its own write transaction with the station's open Z
period; the Z of that number covers it, and only that Z. With shifts optional (setting
sales_need_shift = 0) the documents made while no shift was open belong to the period too,
so they are in the next Z with everything else (sales, tax, returns, period total), in an
"outside the shift" part: their cash went into or out of the drawer before the next float
was counted, so it is shown apart and left out of the expected cash.

The Z and `storedesk export sales` agree on one basis: a Z's period total (sales incl. tax,
before cash rounding, less returns at their exact refund value) is the sum of the export's
`gross` column over the same documents (sale lines positive, return lines negative).

For every tender: expected, counted and difference (counted - expected; + over, - short).
Card is expected at the card total; its counted amount is what the manager entered from the
terminal's own total, or the expected amount when nothing was entered.

A Z report is frozen (`to_frozen`: integers of minor units) in its closing transaction and
every reprint is rendered from that frozen copy (`from_frozen`); `figures` gives the same
figures for machines (JSON: money as decimal strings).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from zoneinfo import ZoneInfo

from .cash import CashCount
from .money import ZERO, from_minor, to_minor
from .shift_facts import CashMove, Group, ShiftFacts, TenderLine, hourly, local, voided_amount
from .tax import TaxLine

CASH, CARD = "cash", "card"
TENDER_ORDER = (CASH, CARD)
PAID_IN, PAID_OUT, NO_SALE = "paid_in", "paid_out", "no_sale"


# --------------------------------------------------------------------------- output
@dataclass(frozen=True)
class ShiftReport:
    kind: str  # "X" (reads, resets nothing) or "Z" (closes the shift)
    currency: str
    store_code: str
    store_name: str
    station_code: str
    shift_no: int
    z_no: int | None
    business_date: str
    opened_at: str  # local "YYYY-MM-DD HH:MM"
    opened_by: str
    printed_at: str  # local: when the X was taken / the shift closed
    closed_by: str
    opening_float: Decimal
    float_counts: Mapping[str, int]
    sales_count: int
    outside_shift_count: int
    outside_cash: Decimal  # cash of those sales, left out of the expected cash
    subtotal: Decimal
    discount_count: int
    discounts: Decimal
    gross: Decimal  # sales after discounts, incl. tax, before cash rounding
    net: Decimal
    tax: Decimal
    rounding: Decimal
    voids_count: int
    voids: Decimal
    returns_count: int
    returns: Decimal
    taxes: tuple[TaxLine, ...]
    tenders: tuple[TenderLine, ...]
    paid_in_count: int
    paid_in: Decimal
    paid_out_count: int
    paid_out: Decimal
    no_sale_count: int
    cash_moves: tuple[CashMove, ...]
    cash_expected: Decimal
    cash_counted: Decimal | None
    cash_difference: Decimal | None
    counted_pieces: Mapping[str, int]  # minor denomination -> pieces, as counted at closing
    categories: tuple[Group, ...]
    hours: tuple[Group, ...]  # every local hour from the first sale to the last, empty ones too
    clerks: tuple[Group, ...]
    first_receipt: str | None
    last_receipt: str | None
    period_total: Decimal
    grand_total: Decimal
    last_journal_seq: int
    last_journal_hash: str
    copy: bool = False
    return_flags: tuple[str, ...] = ()  # over-returns flagged by the hub: for the manager's attention
    restore_gaps: tuple[str, ...] = ()  # journaled gaps of a restore without a hub (services/restore/gap.py)
    outside_returns_count: int = 0  # returns made while no shift was open (in returns_count too)
    outside_refunds: Decimal = ZERO  # their cash refunds, left out of the expected cash

    def tender(self, kind: str) -> TenderLine | None:
        return next((t for t in self.tenders if t.kind == kind), None)

    @property
    def difference_total(self) -> Decimal:
        return sum((t.difference for t in self.tenders), ZERO)

    def as_copy(self) -> ShiftReport:
        return replace(self, copy=True)

    def figures(self) -> dict:
        """The report's figures for machines (`storedesk report ... --format json`): the same
        names as this class's fields, money as decimal strings ("12.50"), never a float."""
        money = lambda v: str(from_minor(to_minor(v, self.currency), self.currency))  # noqa: E731

        def out(value, key: str = ""):
            if isinstance(value, Decimal):  # money in the currency's decimals; a rate or quantity as it is
                return str(value) if key in ("rate", "quantity") else money(value)
            if isinstance(value, tuple):
                return [out(v, key) for v in value]
            if isinstance(value, Mapping):
                return {k: out(v) for k, v in value.items()}
            if hasattr(value, "__dataclass_fields__"):
                return {f: out(getattr(value, f), f) for f in value.__dataclass_fields__}
            return value

        data = out(self)
        data["difference_total"] = money(self.difference_total)
        return data

    # ---- frozen form: integers of minor units, plain JSON ---------------------------------
    def to_frozen(self) -> dict:
        m = lambda v: to_minor(v, self.currency)  # noqa: E731
        return {
            "version": 1,
            "kind": self.kind,
            "currency": self.currency,
            "store": self.store_code,
            "store_name": self.store_name,
            "station": self.station_code,
            "shift_no": self.shift_no,
            "z_no": self.z_no,
            "business_date": self.business_date,
            "opened_at": self.opened_at,
            "opened_by": self.opened_by,
            "printed_at": self.printed_at,
            "closed_by": self.closed_by,
            "float_minor": m(self.opening_float),
            "float_counts": dict(self.float_counts),
            "sales_count": self.sales_count,
            "outside_shift_count": self.outside_shift_count,
            "outside_cash_minor": m(self.outside_cash),
            "subtotal_minor": m(self.subtotal),
            "discount_count": self.discount_count,
            "discount_minor": m(self.discounts),
            "gross_minor": m(self.gross),
            "net_minor": m(self.net),
            "tax_minor": m(self.tax),
            "rounding_minor": m(self.rounding),
            "voided_lines": self.voids_count,
            "voided_minor": m(self.voids),
            "returns_count": self.returns_count,
            "returns_minor": m(self.returns),
            "taxes": [
                {
                    "code": t.code,
                    "rate": str(t.rate),
                    "net_minor": m(t.net),
                    "tax_minor": m(t.tax),
                    "gross_minor": m(t.gross),
                }
                for t in self.taxes
            ],
            "tenders": [
                {
                    "kind": t.kind,
                    "count": t.count,
                    "tendered_minor": m(t.tendered),
                    "change_minor": m(t.change),
                    "amount_minor": m(t.amount),
                    "expected_minor": m(t.expected),
                    "counted_minor": m(t.counted),
                    "difference_minor": m(t.difference),
                    "counted_entered": t.counted_entered,
                    "refunded_minor": m(t.refunded),
                }
                for t in self.tenders
            ],
            "return_flags": list(self.return_flags),
            "restore_gaps": list(self.restore_gaps),
            "outside_returns_count": self.outside_returns_count,
            "outside_refunds_minor": m(self.outside_refunds),
            "paid_in_count": self.paid_in_count,
            "paid_in_minor": m(self.paid_in),
            "paid_out_count": self.paid_out_count,
            "paid_out_minor": m(self.paid_out),
            "no_sale_count": self.no_sale_count,
            "cash_moves": [
                {"kind": c.kind, "at": c.at, "amount_minor": m(c.amount), "reason": c.reason, "user": c.user}
                for c in self.cash_moves
            ],
            "cash_expected_minor": m(self.cash_expected),
            "cash_counted_minor": None if self.cash_counted is None else m(self.cash_counted),
            "cash_difference_minor": None if self.cash_difference is None else m(self.cash_difference),
            "counted_pieces": dict(self.counted_pieces),
            "categories": [_group_out(g, m) for g in self.categories],
            "hours": [_group_out(g, m) for g in self.hours],
            "clerks": [_group_out(g, m) for g in self.clerks],
            "first_receipt": self.first_receipt,
            "last_receipt": self.last_receipt,
            "period_total_minor": m(self.period_total),
            "grand_total_minor": m(self.grand_total),
            "last_journal_seq": self.last_journal_seq,
            "last_journal_hash": self.last_journal_hash,
        }

    @classmethod
    def from_frozen(cls, d: Mapping, copy: bool = False) -> ShiftReport:
        cur = d["currency"]
        mm = lambda v: from_minor(v, cur)  # noqa: E731
        opt = lambda v: None if v is None else mm(v)  # noqa: E731
        return cls(
            kind=d["kind"],
            currency=cur,
            store_code=d["store"],
            store_name=d["store_name"],
            station_code=d["station"],
            shift_no=d["shift_no"],
            z_no=d["z_no"],
            business_date=d["business_date"],
            opened_at=d["opened_at"],
            opened_by=d["opened_by"],
            printed_at=d["printed_at"],
            closed_by=d["closed_by"],
            opening_float=mm(d["float_minor"]),
            float_counts=dict(d["float_counts"]),
            sales_count=d["sales_count"],
            outside_shift_count=d["outside_shift_count"],
            outside_cash=mm(d["outside_cash_minor"]),
            subtotal=mm(d["subtotal_minor"]),
            discount_count=d["discount_count"],
            discounts=mm(d["discount_minor"]),
            gross=mm(d["gross_minor"]),
            net=mm(d["net_minor"]),
            tax=mm(d["tax_minor"]),
            rounding=mm(d["rounding_minor"]),
            voids_count=d["voided_lines"],
            voids=mm(d["voided_minor"]),
            returns_count=d["returns_count"],
            returns=mm(d["returns_minor"]),
            taxes=tuple(
                TaxLine(t["code"], Decimal(t["rate"]), mm(t["net_minor"]), mm(t["tax_minor"]), mm(t["gross_minor"]))
                for t in d["taxes"]
            ),
            tenders=tuple(
                TenderLine(
                    t["kind"],
                    t["count"],
                    mm(t["tendered_minor"]),
                    mm(t["change_minor"]),
                    mm(t["amount_minor"]),
                    mm(t["expected_minor"]),
                    mm(t["counted_minor"]),
                    mm(t["difference_minor"]),
                    t["counted_entered"],
                    mm(t.get("refunded_minor", 0)),
                )
                for t in d["tenders"]
            ),
            return_flags=tuple(d.get("return_flags", ())),
            restore_gaps=tuple(d.get("restore_gaps", ())),
            outside_returns_count=d.get("outside_returns_count", 0),
            outside_refunds=mm(d.get("outside_refunds_minor", 0)),
            paid_in_count=d["paid_in_count"],
            paid_in=mm(d["paid_in_minor"]),
            paid_out_count=d["paid_out_count"],
            paid_out=mm(d["paid_out_minor"]),
            no_sale_count=d["no_sale_count"],
            cash_moves=tuple(
                CashMove(c["kind"], c["at"], mm(c["amount_minor"]), c["reason"], c["user"]) for c in d["cash_moves"]
            ),
            cash_expected=mm(d["cash_expected_minor"]),
            cash_counted=opt(d["cash_counted_minor"]),
            cash_difference=opt(d["cash_difference_minor"]),
            counted_pieces=dict(d["counted_pieces"]),
            categories=tuple(_group_in(g, mm) for g in d["categories"]),
            hours=tuple(_group_in(g, mm) for g in d["hours"]),
            clerks=tuple(_group_in(g, mm) for g in d["clerks"]),
            first_receipt=d["first_receipt"],
            last_receipt=d["last_receipt"],
            period_total=mm(d["period_total_minor"]),
            grand_total=mm(d["grand_total_minor"]),
            last_journal_seq=d["last_journal_seq"],
            last_journal_hash=d["last_journal_hash"],
            copy=copy,
        )


def _group_out(g: Group, m) -> dict:
    return {"label": g.label, "count": g.count, "amount_minor": m(g.amount), "quantity": str(g.quantity)}


def _group_in(d: Mapping, mm) -> Group:
    return Group(d["label"], d["count"], mm(d["amount_minor"]), Decimal(d["quantity"]))


# --------------------------------------------------------------------------- computing
def _tender_lines(
    f: ShiftFacts, cash_expected: Decimal, counted_cash: Decimal | None, counted_other: Mapping[str, Decimal]
) -> tuple[TenderLine, ...]:
    cur = f.currency
    given = {t.kind: (t.count, t.amount_minor) for t in f.tenders}
    refunded = {t.kind: t.amount_minor for t in f.refunds}
    kinds = list(TENDER_ORDER) + sorted(k for k in set(given) | set(refunded) if k not in TENDER_ORDER)
    lines = []
    for kind in kinds:
        n, amount = given.get(kind, (0, 0))
        tendered = from_minor(amount, cur)
        change = from_minor(f.change_minor, cur) if kind == CASH else ZERO  # change only comes from cash
        brought = tendered - change
        back = from_minor(refunded.get(kind, 0), cur)
        expected = cash_expected if kind == CASH else brought - back
        entered = counted_cash if kind == CASH else counted_other.get(kind)
        counted = expected if entered is None else entered
        lines.append(
            TenderLine(
                kind, n, tendered, change, brought, expected, counted, counted - expected, entered is not None, back
            )
        )
    return tuple(lines)


def build_report(
    f: ShiftFacts,
    kind: str,
    printed_at: str,
    *,
    z_no: int | None = None,
    closed_by: str = "",
    counted: CashCount | None = None,
    counted_other: Mapping[str, Decimal] | None = None,
) -> ShiftReport:
    """The X or Z report of a shift from its sums. `counted`: the drawer count (None on an X
    taken without counting); `counted_other`: e.g. {"card": terminal total} when entered."""
    if kind not in ("X", "Z"):
        raise ValueError(f"report kind {kind!r}")
    cur = f.currency
    mm = lambda v: from_minor(v, cur)  # noqa: E731
    tz = ZoneInfo(f.timezone)
    opened = local(f.opened_at, tz)

    moves = {PAID_IN: [0, 0], PAID_OUT: [0, 0], NO_SALE: [0, 0]}
    cash_moves = []
    for mv in f.cash_moves:
        acc = moves.setdefault(mv.kind, [0, 0])
        acc[0] += 1
        acc[1] += mv.amount_minor
        cash_moves.append(CashMove(mv.kind, f"{local(mv.at, tz):%H:%M}", mm(mv.amount_minor), mv.reason, mv.user))

    cash_tendered = mm(sum(t.amount_minor for t in f.tenders if t.kind == CASH))
    paid_in, paid_out = mm(moves[PAID_IN][1]), mm(moves[PAID_OUT][1])
    outside_cash = mm(f.outside_cash_minor)
    cash_refunded = mm(sum(t.amount_minor for t in f.refunds if t.kind == CASH))
    outside_refunds = mm(f.outside_refund_cash_minor)
    # What moved while no shift was open was in (or already out of) the drawer when the float was counted.
    cash_expected = (
        mm(f.float_minor)
        + cash_tendered
        - mm(f.change_minor)
        - outside_cash
        + paid_in
        - paid_out
        - (cash_refunded - outside_refunds)
    )
    counted_cash = counted.total if counted is not None else None
    tenders = _tender_lines(f, cash_expected, counted_cash, counted_other or {})

    taxes = tuple(sorted((t.line(cur) for t in f.taxes), key=lambda t: (-t.rate, t.code)))
    categories = tuple(
        sorted(
            (
                Group(c.category or "(no category)", c.lines, mm(c.gross_minor), Decimal(c.quantity_milli) / 1000)
                for c in f.categories
            ),
            key=lambda g: (-g.amount, g.label),
        )
    )
    clerks = tuple(
        sorted((Group(c.key, c.sales, mm(c.gross_minor)) for c in f.clerks), key=lambda g: (-g.amount, g.label))
    )
    gross = mm(f.total_minor)
    returns = mm(f.returns_minor)
    period_total = gross - returns
    return ShiftReport(
        kind=kind,
        currency=cur,
        store_code=f.store_code,
        store_name=f.store_name,
        station_code=f.station_code,
        shift_no=f.shift_no,
        z_no=z_no,
        business_date=opened.date().isoformat(),
        opened_at=f"{opened:%Y-%m-%d %H:%M}",
        opened_by=f.opened_by,
        printed_at=f"{local(printed_at, tz):%Y-%m-%d %H:%M}",
        closed_by=closed_by,
        opening_float=mm(f.float_minor),
        float_counts=dict(f.float_counts),
        sales_count=f.sales_count,
        outside_shift_count=f.outside_shift_count,
        outside_cash=outside_cash,
        subtotal=mm(f.subtotal_minor),
        discount_count=f.discount_count,
        discounts=mm(f.discount_minor),
        gross=gross,
        net=sum((t.net for t in taxes), ZERO),
        tax=sum((t.tax for t in taxes), ZERO),
        rounding=mm(f.rounding_minor),
        voids_count=f.voided_lines,
        voids=voided_amount(f.voided_values, cur),
        returns_count=f.returns_count,
        returns=returns,
        taxes=taxes,
        tenders=tenders,
        paid_in_count=moves[PAID_IN][0],
        paid_in=paid_in,
        paid_out_count=moves[PAID_OUT][0],
        paid_out=paid_out,
        no_sale_count=moves[NO_SALE][0],
        cash_moves=tuple(cash_moves),
        cash_expected=cash_expected,
        cash_counted=counted_cash,
        cash_difference=None if counted_cash is None else counted_cash - cash_expected,
        counted_pieces=counted.to_minor_dict() if counted is not None else {},
        categories=categories,
        hours=hourly(f.hours, tz, cur, (f.opened_at, printed_at)),
        clerks=clerks,
        first_receipt=f.first_receipt,
        last_receipt=f.last_receipt,
        period_total=period_total,
        grand_total=mm(f.prev_grand_total_minor) + period_total,
        last_journal_seq=f.last_journal_seq,
        last_journal_hash=f.last_journal_hash,
        return_flags=f.return_flags,
        restore_gaps=f.restore_gaps,
        outside_returns_count=f.outside_returns_count,
        outside_refunds=outside_refunds,
    )


def totals_event(r: ShiftReport, shift_id: str, opened_at_utc: str, closed_at_utc: str) -> dict:
    """The "shift_close" event for the hub: the Z's totals in minor units (same names as the
    hub's day totals: taxes, tenders, discount, rounding, returns)."""
    z = r.to_frozen()
    keep = (
        "store",
        "station",
        "currency",
        "shift_no",
        "z_no",
        "business_date",
        "sales_count",
        "gross_minor",
        "net_minor",
        "tax_minor",
        "taxes",
        "discount_count",
        "discount_minor",
        "rounding_minor",
        "voided_lines",
        "voided_minor",
        "returns_count",
        "returns_minor",
        "float_minor",
        "paid_in_minor",
        "paid_out_minor",
        "no_sale_count",
        "cash_expected_minor",
        "cash_counted_minor",
        "cash_difference_minor",
        "period_total_minor",
        "grand_total_minor",
        "first_receipt",
        "last_receipt",
        "last_journal_seq",
        "last_journal_hash",
    )
    event = {k: z[k] for k in keep}
    event["tenders"] = [
        {
            k: t[k]
            for k in (
                "kind",
                "count",
                "tendered_minor",
                "change_minor",
                "amount_minor",
                "expected_minor",
                "counted_minor",
                "difference_minor",
            )
        }
        for t in z["tenders"]
    ]
    event.update(
        {
            "type": "shift_close",
            "shift_id": shift_id,
            "opened_at": opened_at_utc,
            "closed_at": closed_at_utc,
            "opened_by": r.opened_by,
            "closed_by": r.closed_by,
        }
    )
    return event
