"""Store stock rules (pure): reason codes, who may adjust, receiving over/short, count
snapshots and variances, low stock. Quantities here are integer thousandths ("milli") as the
ledger keeps them; money is integer minor units. No SQL, Qt or HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import msg, noop
from .errors import DomainError
from .permissions import Perm
from .typed import typed_decimal


class StockError(DomainError):
    code = "stock_error"


# --------------------------------------------------------------------------- reasons
# Adjustment reason codes, their label and the sign they must have (None: either).
# The labels are captions in context "stock": shown with tr("stock", label).
REASONS: dict[str, tuple[str, int | None]] = {
    "damaged": (noop("stock", "Damaged"), -1),
    "theft": (noop("stock", "Theft"), -1),
    "found": (noop("stock", "Found"), +1),
    "expired": (noop("stock", "Expired"), -1),
    "sample": (noop("stock", "Sample"), -1),
    "own_use": (noop("stock", "Own use"), -1),
}
# Ledger reasons written by the stock operations (besides the adjustment codes above).
RECEIVING, COUNT, TRANSFER_OUT, TRANSFER_IN = "receiving", "count", "transfer_out", "transfer_in"

# Who may record an adjustment on their own: supervisors and managers (a clerk needs a
# manager's PIN for any adjustment). Above LARGE_* even a supervisor needs the manager
# (Perm.STOCK_ADJUST, which only the manager role holds).
SMALL_ADJUST_ROLES = frozenset({"supervisor", "manager"})
LARGE_QTY_MILLI = 10_000  # more than 10 units
LARGE_VALUE_MINOR = 5_000  # or more than 50.00 at retail price

# What each stock action needs (Perm values of domain/permissions.py).
APPROVE_COUNT = Perm.STOCK_ADJUST
TRANSFER = Perm.STOCK_ADJUST


def parse_qty_milli(text, allow_negative: bool = False, allow_zero: bool = False) -> int:
    """A typed quantity ("2", "0.25", "-1"; "0,25" in a French store) as thousandths; refused
    with a clear message."""
    try:
        q = typed_decimal(str(text))
    except ValueError:
        raise StockError(
            msg("stock", "'{text}' is not a quantity: type a number such as 3 or 0.25", text=text)
        ) from None
    scaled = q * 1000
    if scaled != scaled.to_integral_value():
        raise StockError(msg("stock", "{text}: at most 3 decimals", text=text))
    milli = int(scaled)
    if abs(milli) > 10**9:
        raise StockError(msg("stock", "{text}: too large for one line", text=text))
    if milli < 0 and not allow_negative:
        raise StockError(msg("stock", "{text}: the quantity may not be negative", text=text))
    if milli == 0 and not allow_zero:
        raise StockError(msg("stock", "The quantity may not be zero"))
    return milli


def signed_adjustment(reason: str, milli: int) -> int:
    """The ledger quantity of an adjustment: the reason decides the sign when it has one
    ("damaged 2" takes 2 out); a reason without a sign keeps the typed sign."""
    if reason not in REASONS:
        raise StockError(f"Unknown reason {reason!r}: use one of {', '.join(REASONS)}")
    if milli == 0:
        raise StockError(msg("stock", "The quantity may not be zero"))
    sign = REASONS[reason][1]
    return abs(milli) * sign if sign is not None else milli


def value_minor(milli: int, price_minor: int) -> int:
    """Value of a quantity at a unit price, rounded half away from zero to the minor unit."""
    num = milli * price_minor
    q, r = divmod(abs(num), 1000)
    if r * 2 >= 1000:
        q += 1
    return q if num >= 0 else -q


def is_large(milli: int, price_minor: int) -> bool:
    return abs(milli) > LARGE_QTY_MILLI or abs(value_minor(milli, price_minor)) > LARGE_VALUE_MINOR


def adjustment_needs(role: str, milli: int, price_minor: int) -> bool:
    """True when `role` needs a manager override for this adjustment."""
    if role == "manager":
        return False
    if role not in SMALL_ADJUST_ROLES:
        return True
    return is_large(milli, price_minor)


# --------------------------------------------------------------------------- receiving
@dataclass(frozen=True)
class ReceivedLine:
    product_id: int
    sku: str
    name: str
    expected_milli: int
    received_milli: int

    @property
    def difference_milli(self) -> int:
        """Positive: over (more arrived than expected); negative: short."""
        return self.received_milli - self.expected_milli

    @property
    def status(self) -> str:
        d = self.difference_milli
        if self.expected_milli == 0:
            return "unexpected"
        return "over" if d > 0 else "short" if d < 0 else "ok"


def receiving_summary(lines: list[ReceivedLine]) -> dict[str, int]:
    """Counts of lines by status and the totals of what was expected and received."""
    out = {"ok": 0, "over": 0, "short": 0, "unexpected": 0, "expected_milli": 0, "received_milli": 0}
    for ln in lines:
        out[ln.status] += 1
        out["expected_milli"] += ln.expected_milli
        out["received_milli"] += ln.received_milli
    return out


# --------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class CountLine:
    """One product of a count.

    snapshot_milli: the on-hand when its first unit was counted (the expected quantity; never
    shown to the counter). counted_milli: the sum of every scan. moved_since_milli: the ledger
    movements after the snapshot up to posting (sales made during the count, deliveries...).
    """

    product_id: int
    sku: str
    name: str
    price_minor: int
    snapshot_milli: int
    counted_milli: int
    moved_since_milli: int = 0

    @property
    def variance_milli(self) -> int:
        return self.counted_milli - self.snapshot_milli

    @property
    def variance_minor(self) -> int:
        return value_minor(self.variance_milli, self.price_minor)

    @property
    def on_hand_after_milli(self) -> int:
        """What the ledger says after posting: what was counted, plus what moved since."""
        return self.counted_milli + self.moved_since_milli


def correction_milli(snapshot_milli: int, counted_milli: int) -> int:
    """The correcting movement: counted minus expected at the snapshot. Movements after the
    snapshot are already in the ledger and stay there, so on-hand becomes counted + moved since."""
    return counted_milli - snapshot_milli


@dataclass(frozen=True)
class VarianceTotals:
    lines: int
    lines_with_variance: int
    over_milli: int
    short_milli: int
    value_minor: int  # net value of the variance at retail price
    over_minor: int
    short_minor: int


def variance_totals(lines: list[CountLine]) -> VarianceTotals:
    over = short = over_v = short_v = n = 0
    for ln in lines:
        v = ln.variance_milli
        if v:
            n += 1
        if v > 0:
            over += v
            over_v += ln.variance_minor
        elif v < 0:
            short += v
            short_v += ln.variance_minor
    return VarianceTotals(len(lines), n, over, short, over_v + short_v, over_v, short_v)


# --------------------------------------------------------------------------- low stock
def is_low(on_hand_milli: int, reorder_point_milli: int) -> bool:
    return on_hand_milli <= reorder_point_milli


def suggested_order_milli(on_hand_milli: int, reorder_point_milli: int, reorder_qty_milli: int) -> int:
    """Enough to get back above the reorder point, at least the usual reorder quantity."""
    if on_hand_milli > reorder_point_milli:
        return 0
    return max(reorder_qty_milli, reorder_point_milli - on_hand_milli)
