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

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
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
    promotions: tuple[Group, ...] = ()  # discounts by promotion: id, sales, amount (part of `discounts`)
    gift_cards_count: int = 0  # gift cards sold or reloaded: in `gross` (paid for), not revenue
    gift_cards_sold: Decimal = ZERO
    gift_cards_redeemed: Decimal = ZERO  # paid with gift cards (a tender line too)
    points_issued_count: int = 0  # sales that earned loyalty points (issue 18)
    points_issued: int = 0
    points_issued_value: Decimal = ZERO  # at the point value in force at each sale
    points_redeemed_count: int = 0  # sales paid partly with points
    points_redeemed: int = 0
    points_redeemed_value: Decimal = ZERO  # what they paid (a tender line too)
    points_returns_count: int = 0  # returns that took back or gave back points (issue 18)
    points_taken_back: int = 0  # earned by the sales returned
    points_given_back: int = 0  # the sales returned were paid with them
    points_given_back_value: Decimal = ZERO  # part of the returns, not paid out in money

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

    # ---- frozen form: integers of minor units, plain JSON (see _FROZEN) -------------------
    def to_frozen(self) -> dict:
        m = lambda v: to_minor(v, self.currency)  # noqa: E731
        return {"version": 1, **_frozen_out(_FROZEN, self, m)}

    @classmethod
    def from_frozen(cls, d: Mapping, copy: bool = False) -> ShiftReport:
        cur = d["currency"]
        mm = lambda v: from_minor(v, cur)  # noqa: E731
        return cls(**_frozen_in(_FROZEN, d, mm), copy=copy)


# --------------------------------------------------------------------------- the frozen form
# One table per record serves both directions: (field of the record, key in the frozen JSON,
# kind of value). The rows stand in the frozen form's key order: a frozen Z is stored and sent
# to the hub as it is, so keep the order and the keys. A key added after the first Zs were
# frozen has a `missing` value, read in its place from an older Z.
@dataclass(frozen=True)
class _Kind:
    """How a value is frozen (`out`, with `m`: Decimal -> minor units) and read back (`into`,
    with `mm`: minor units -> Decimal)."""

    out: Callable[[Any, Callable], Any]
    into: Callable[[Any, Callable], Any]


AS_IS = _Kind(lambda v, m: v, lambda v, mm: v)
MONEY = _Kind(lambda v, m: m(v), lambda v, mm: mm(v))
MONEY_OR_NONE = _Kind(lambda v, m: None if v is None else m(v), lambda v, mm: None if v is None else mm(v))
DECIMAL_TEXT = _Kind(lambda v, m: str(v), lambda v, mm: Decimal(v))  # a rate or a quantity, not money
MAPPING = _Kind(lambda v, m: dict(v), lambda v, mm: dict(v))
TEXTS = _Kind(lambda v, m: list(v), lambda v, mm: tuple(v))
_REQUIRED = object()


@dataclass(frozen=True)
class _Key:
    field: str
    key: str
    kind: _Kind = AS_IS
    missing: Any = _REQUIRED  # what an older frozen Z without this key reads as


def _frozen_out(table: tuple[_Key, ...], record, m) -> dict:
    return {k.key: k.kind.out(getattr(record, k.field), m) for k in table}


def _frozen_in(table: tuple[_Key, ...], d: Mapping, mm) -> dict:
    return {k.field: k.kind.into(d[k.key] if k.missing is _REQUIRED else d.get(k.key, k.missing), mm) for k in table}


def _rows(make: Callable[..., Any], table: tuple[_Key, ...]) -> _Kind:
    """A list of records, each frozen by its own table."""
    return _Kind(
        lambda v, m: [_frozen_out(table, r, m) for r in v],
        lambda v, mm: tuple(make(**_frozen_in(table, r, mm)) for r in v),
    )


_TAX = (
    _Key("code", "code"),
    _Key("rate", "rate", DECIMAL_TEXT),
    _Key("net", "net_minor", MONEY),
    _Key("tax", "tax_minor", MONEY),
    _Key("gross", "gross_minor", MONEY),
)
_TENDER = (
    _Key("kind", "kind"),
    _Key("count", "count"),
    _Key("tendered", "tendered_minor", MONEY),
    _Key("change", "change_minor", MONEY),
    _Key("amount", "amount_minor", MONEY),
    _Key("expected", "expected_minor", MONEY),
    _Key("counted", "counted_minor", MONEY),
    _Key("difference", "difference_minor", MONEY),
    _Key("counted_entered", "counted_entered"),
    _Key("refunded", "refunded_minor", MONEY, missing=0),
)
_CASH_MOVE = (
    _Key("kind", "kind"),
    _Key("at", "at"),
    _Key("amount", "amount_minor", MONEY),
    _Key("reason", "reason"),
    _Key("user", "user"),
)
_GROUP = (
    _Key("label", "label"),
    _Key("count", "count"),
    _Key("amount", "amount_minor", MONEY),
    _Key("quantity", "quantity", DECIMAL_TEXT),
)
GROUPS = _rows(Group, _GROUP)
_FROZEN = (
    _Key("kind", "kind"),
    _Key("currency", "currency"),
    _Key("store_code", "store"),
    _Key("store_name", "store_name"),
    _Key("station_code", "station"),
    _Key("shift_no", "shift_no"),
    _Key("z_no", "z_no"),
    _Key("business_date", "business_date"),
    _Key("opened_at", "opened_at"),
    _Key("opened_by", "opened_by"),
    _Key("printed_at", "printed_at"),
    _Key("closed_by", "closed_by"),
    _Key("opening_float", "float_minor", MONEY),
    _Key("float_counts", "float_counts", MAPPING),
    _Key("sales_count", "sales_count"),
    _Key("outside_shift_count", "outside_shift_count"),
    _Key("outside_cash", "outside_cash_minor", MONEY),
    _Key("subtotal", "subtotal_minor", MONEY),
    _Key("discount_count", "discount_count"),
    _Key("discounts", "discount_minor", MONEY),
    _Key("gross", "gross_minor", MONEY),
    _Key("net", "net_minor", MONEY),
    _Key("tax", "tax_minor", MONEY),
    _Key("rounding", "rounding_minor", MONEY),
    _Key("voids_count", "voided_lines"),
    _Key("voids", "voided_minor", MONEY),
    _Key("returns_count", "returns_count"),
    _Key("returns", "returns_minor", MONEY),
    _Key("taxes", "taxes", _rows(TaxLine, _TAX)),
    _Key("tenders", "tenders", _rows(TenderLine, _TENDER)),
    _Key("return_flags", "return_flags", TEXTS, missing=()),
    _Key("restore_gaps", "restore_gaps", TEXTS, missing=()),
    _Key("outside_returns_count", "outside_returns_count", missing=0),
    _Key("outside_refunds", "outside_refunds_minor", MONEY, missing=0),
    _Key("paid_in_count", "paid_in_count"),
    _Key("paid_in", "paid_in_minor", MONEY),
    _Key("paid_out_count", "paid_out_count"),
    _Key("paid_out", "paid_out_minor", MONEY),
    _Key("no_sale_count", "no_sale_count"),
    _Key("cash_moves", "cash_moves", _rows(CashMove, _CASH_MOVE)),
    _Key("cash_expected", "cash_expected_minor", MONEY),
    _Key("cash_counted", "cash_counted_minor", MONEY_OR_NONE),
    _Key("cash_difference", "cash_difference_minor", MONEY_OR_NONE),
    _Key("counted_pieces", "counted_pieces", MAPPING),
    _Key("categories", "categories", GROUPS),
    _Key("hours", "hours", GROUPS),
    _Key("clerks", "clerks", GROUPS),
    _Key("first_receipt", "first_receipt"),
    _Key("last_receipt", "last_receipt"),
    _Key("period_total", "period_total_minor", MONEY),
    _Key("grand_total", "grand_total_minor", MONEY),
    _Key("last_journal_seq", "last_journal_seq"),
    _Key("last_journal_hash", "last_journal_hash"),
    _Key("promotions", "promotions", GROUPS, missing=()),
    _Key("gift_cards_count", "gift_cards_count", missing=0),
    _Key("gift_cards_sold", "gift_cards_sold_minor", MONEY, missing=0),
    _Key("gift_cards_redeemed", "gift_cards_redeemed_minor", MONEY, missing=0),
    _Key("points_issued_count", "points_issued_count", missing=0),
    _Key("points_issued", "points_issued", missing=0),
    _Key("points_issued_value", "points_issued_value_minor", MONEY, missing=0),
    _Key("points_redeemed_count", "points_redeemed_count", missing=0),
    _Key("points_redeemed", "points_redeemed", missing=0),
    _Key("points_redeemed_value", "points_redeemed_value_minor", MONEY, missing=0),
    _Key("points_returns_count", "points_returns_count", missing=0),
    _Key("points_taken_back", "points_taken_back", missing=0),
    _Key("points_given_back", "points_given_back", missing=0),
    _Key("points_given_back_value", "points_given_back_value_minor", MONEY, missing=0),
)


# --------------------------------------------------------------------------- computing
def _by_amount(groups: Iterable[Group]) -> tuple[Group, ...]:
    """The largest amount first; equal amounts by label."""
    return tuple(sorted(groups, key=lambda g: (-g.amount, g.label)))


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
        change = from_minor(f.sales.change_minor, cur) if kind == CASH else ZERO  # change only comes from cash
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
    outside_refunds = mm(f.outside_returns.cash_minor)
    # What moved while no shift was open was in (or already out of) the drawer when the float was counted.
    cash_expected = (
        mm(f.float_minor)
        + cash_tendered
        - mm(f.sales.change_minor)
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
    clerks = _by_amount(Group(c.key, c.sales, mm(c.gross_minor)) for c in f.clerks)
    gross = mm(f.sales.total_minor)
    returns = mm(f.returns.refunded_minor)
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
        sales_count=f.sales.count,
        outside_shift_count=f.sales.outside_shift,
        outside_cash=outside_cash,
        subtotal=mm(f.sales.subtotal_minor),
        discount_count=f.sales.discounted,
        discounts=mm(f.sales.discount_minor),
        gross=gross,
        net=sum((t.net for t in taxes), ZERO),
        tax=sum((t.tax for t in taxes), ZERO),
        rounding=mm(f.sales.rounding_minor),
        voids_count=f.sales.voided_lines,
        voids=voided_amount(f.voided_values, cur),
        returns_count=f.returns.count,
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
        outside_returns_count=f.outside_returns.count,
        outside_refunds=outside_refunds,
        promotions=_by_amount(Group(p.key, p.sales, mm(p.gross_minor)) for p in f.promotions),
        gift_cards_count=f.gift_cards_sold,
        gift_cards_sold=mm(f.gift_cards_sold_minor),
        gift_cards_redeemed=mm(f.gift_cards_redeemed_minor),
        points_issued_count=f.points_issued[0],
        points_issued=f.points_issued[1],
        points_issued_value=mm(f.points_issued_value_minor),
        points_redeemed_count=f.points_redeemed[0],
        points_redeemed=f.points_redeemed[1],
        points_redeemed_value=mm(f.points_redeemed[2]),
        points_returns_count=f.points_returned[0],
        points_taken_back=f.points_returned[1],
        points_given_back=f.points_returned[2],
        points_given_back_value=mm(f.points_returned[3]),
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
