"""Routing rules as data, HotWax brokering style: an ordered list of rules, each a filter (names
of predicates over candidate stores), a sort (names of keys) and an action. Pure Python: the
candidates' availability is computed beforehand (availability.py), so each rule can be tested
on its own with hand-made candidates.

`route(need, candidates, rules)` tries the rules in order; the first rule whose filters leave at
least one store (or whose action needs none) decides. The decision carries the rule's name and a
reason a person can read ("the chosen store PAR01 lacks ...; PAR02 is the nearest that has
every line, 3.4 km away").

Distances are haversine kilometres between the chosen pickup store and each candidate (floats
are fine here: a distance is never stored or summed as money). A store without coordinates
sorts after every located one.

Ship orders (issue 17) use SHIP_RULES: the distance is from the delivery address (Need.origin,
when the channel sent its lat/lon; else unknown and locations sort by code), a location whose
daily ship capacity is used up is skipped ("has_capacity", named in the reason), and with
Need.allow_split the "split" action plans parts over several locations (`plan_split`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from ..values import milli_text

ROUTE, NEEDS_TRANSFER, CANCEL, NEXT, SPLIT = "route", "needs_transfer", "cancel", "next", "split"
EARTH_KM = 6371.0088


@dataclass(frozen=True)
class Candidate:
    """A store as routing sees it: available = on-hand - reserved - safety stock, per SKU."""

    code: str
    lat: Decimal | None = None
    lon: Decimal | None = None
    on_hand: dict = field(default_factory=dict)  # sku -> milli
    reserved: dict = field(default_factory=dict)
    safety_milli: int = 0
    ship_capacity: int | None = None  # ship orders a day; None: no limit
    ship_used: int = 0  # ship orders routed here today (the location's day)

    def available(self, sku: str) -> int:
        return self.on_hand.get(sku, 0) - self.reserved.get(sku, 0) - self.safety_milli

    def full(self) -> bool:
        return self.ship_capacity is not None and self.ship_used >= self.ship_capacity


@dataclass(frozen=True)
class Need:
    """What an order asks for: milli per SKU (lines of one SKU summed), and where."""

    skus: dict  # sku -> milli
    chosen: str | None  # the pickup store; None for a ship order
    excluded: frozenset = frozenset()  # stores that rejected this order
    origin: tuple | None = None  # (lat, lon) of the delivery address (ship orders)
    allow_split: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    filters: tuple = ()  # names in FILTERS
    sort: tuple = ()  # names in SORTS
    action: str = ROUTE


@dataclass(frozen=True)
class Decision:
    rule: str
    action: str
    store: str | None
    reason: str
    parts: tuple = ()  # SPLIT: ((store, {sku: milli}), ...), nearest first


DEFAULT_RULES = (
    Rule("chosen store", filters=("chosen", "not_excluded", "covers"), action=ROUTE),
    Rule("nearest store", filters=("other", "not_excluded", "covers"), sort=("distance", "code"), action=ROUTE),
    Rule("needs transfer", action=NEEDS_TRANSFER),
)
SHIP_RULES = (
    Rule("nearest location", filters=("not_excluded", "has_capacity", "covers"), sort=("distance", "code")),
    Rule("split", filters=("not_excluded", "has_capacity", "supplies"), sort=("distance", "code"), action=SPLIT),
    Rule("needs transfer", action=NEEDS_TRANSFER),
)


def haversine_km(lat1, lon1, lat2, lon2) -> float:  # float-ok: a distance, never money
    p1, p2 = math.radians(float(lat1)), math.radians(float(lat2))  # float-ok
    dp, dl = p2 - p1, math.radians(float(lon2) - float(lon1))  # float-ok
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


class Context:
    """One routing run: the need, the candidates by code, distances from the chosen store."""

    def __init__(self, need: Need, candidates: list[Candidate]):
        self.need = need
        self.by_code = {c.code: c for c in candidates}
        self.home = self.by_code.get(need.chosen or "")
        self.distance = _Distances(self)

    def shortfall(self, c: Candidate) -> list[str]:
        """What `c` lacks, one text per SKU short."""
        out = []
        for sku, want in sorted(self.need.skus.items()):
            have = c.available(sku)
            if have < want:
                out.append(
                    f"{sku} {milli_text(max(have, 0))} available of {milli_text(want)} "
                    f"(on hand {milli_text(c.on_hand.get(sku, 0))}, reserved "
                    f"{milli_text(c.reserved.get(sku, 0))}, safety {milli_text(c.safety_milli)})"
                )
        return out


class _Distances(dict):
    """km from the chosen store, worked out on first use (most stores never need one)."""

    def __init__(self, ctx: Context):
        super().__init__()
        self.ctx = ctx

    def get(self, code: str, default=None):
        if code not in self:
            c = self.ctx.by_code.get(code)
            home = self.ctx.need.origin or (self.ctx.home and (self.ctx.home.lat, self.ctx.home.lon))
            if not home or c is None or None in (*home, c.lat, c.lon):
                self[code] = None
            else:
                self[code] = haversine_km(home[0], home[1], c.lat, c.lon)
        return dict.get(self, code, default)


# Filters: (context, candidate) -> bool. Parametrised ones are "name:value".
def _covers(ctx: Context, c: Candidate) -> bool:
    return all(c.available(sku) >= want for sku, want in ctx.need.skus.items())


def _within_km(ctx: Context, c: Candidate, km: str) -> bool:
    d = ctx.distance.get(c.code)
    return d is not None and d <= float(km)  # float-ok: a distance


FILTERS: dict[str, Callable[..., bool]] = {
    "chosen": lambda ctx, c: c.code == ctx.need.chosen,
    "other": lambda ctx, c: c.code != ctx.need.chosen,
    "not_excluded": lambda ctx, c: c.code not in ctx.need.excluded,
    "covers": _covers,
    "located": lambda ctx, c: ctx.distance.get(c.code) is not None,
    "within_km": _within_km,
    "has_capacity": lambda ctx, c: not c.full(),
    "supplies": lambda ctx, c: any(c.available(sku) > 0 for sku in ctx.need.skus),
}
# Sorts: (context, candidate) -> key, ascending.
SORTS = {
    "distance": lambda ctx, c: (ctx.distance.get(c.code) is None, ctx.distance.get(c.code) or 0.0),
    "code": lambda ctx, c: c.code,
    # the most stock left after this order first (spreads the load)
    "stock_balance": lambda ctx, c: -min((c.available(s) - w for s, w in ctx.need.skus.items()), default=0),
}


def _passes(ctx: Context, c: Candidate, names: tuple) -> bool:
    for spec in names:
        name, _, arg = spec.partition(":")
        fn = FILTERS[name]
        if not (fn(ctx, c, arg) if arg else fn(ctx, c)):
            return False
    return True


def apply_rule(rule: Rule, ctx: Context) -> Decision | None:
    """The rule's decision, or None when its filters leave no store (try the next rule)."""
    for spec in rule.filters:
        if spec.partition(":")[0] not in FILTERS:
            raise ValueError(f"rule {rule.name!r}: unknown filter {spec!r}")
    if rule.action in (NEEDS_TRANSFER, CANCEL) and not rule.filters:
        return Decision(rule.name, rule.action, None, _nobody_reason(ctx, rule.action))
    found = [c for c in ctx.by_code.values() if _passes(ctx, c, rule.filters)]
    if not found:
        return None
    if rule.action == NEXT:
        return None
    found.sort(key=lambda c: tuple(SORTS[s](ctx, c) for s in rule.sort))
    if rule.action == SPLIT:
        parts = plan_split(ctx.need, found) if ctx.need.allow_split else None
        return Decision(rule.name, SPLIT, None, _split_reason(ctx, parts), parts) if parts else None
    best = found[0]
    if rule.action != ROUTE:
        return Decision(rule.name, rule.action, None, _nobody_reason(ctx, rule.action))
    return Decision(rule.name, ROUTE, best.code, _route_reason(ctx, best))


def plan_split(need: Need, found: list[Candidate]) -> tuple | None:
    """Parts over several locations, or None when they cannot cover the order together. Greedy:
    the location that covers the most SKUs wholly (then the most units) takes all it can of what
    is left; ties go to the first in `found` (the nearest). At least two parts."""
    left = dict(need.skus)
    pool, parts = list(found), []
    while left and pool:

        def score(c: Candidate) -> tuple[int, int]:
            wholly = sum(1 for sku, want in left.items() if c.available(sku) >= want)
            return wholly, sum(min(max(c.available(sku), 0), want) for sku, want in left.items())

        best = max(pool, key=score)
        take = {sku: min(best.available(sku), want) for sku, want in left.items() if best.available(sku) > 0}
        if not take:
            break
        parts.append((best.code, take))
        pool.remove(best)
        for sku, q in take.items():
            left[sku] -= q
            if left[sku] <= 0:
                del left[sku]
    return tuple(parts) if not left and len(parts) >= 2 else None


def route(need: Need, candidates: list[Candidate], rules=DEFAULT_RULES) -> Decision:
    ctx = Context(need, candidates)
    for rule in rules:
        decision = apply_rule(rule, ctx)
        if decision is not None:
            return decision
    return Decision("none", NEEDS_TRANSFER, None, _nobody_reason(ctx, NEEDS_TRANSFER))


def _chosen_text(ctx: Context) -> str:
    home = ctx.by_code.get(ctx.need.chosen or "")
    if home is None:
        return f"the chosen store {ctx.need.chosen} is unknown"
    if home.code in ctx.need.excluded:
        return f"the chosen store {home.code} rejected the order"
    return f"the chosen store {home.code} lacks " + "; ".join(ctx.shortfall(home))


def _full_text(ctx: Context) -> str:
    full = sorted(c.code for c in ctx.by_code.values() if c.full() and c.code not in ctx.need.excluded)
    if not full:
        return ""
    each = ", ".join(f"{code} ({ctx.by_code[code].ship_capacity} a day)" for code in full)
    return f"; skipped, ship capacity reached today: {each}"


def _far(ctx: Context, code: str) -> str:
    d = ctx.distance.get(code)
    return f"{d:.1f} km away" if d is not None else "distance unknown (no coordinates)"


def _split_reason(ctx: Context, parts: tuple | None) -> str:
    each = "; ".join(
        f"part {i} from {code} ({', '.join(f'{sku} {milli_text(q)}' for sku, q in sorted(take.items()))}, "
        f"{_far(ctx, code)})"
        for i, (code, take) in enumerate(parts or (), start=1)
    )
    return f"no single location has every line{_full_text(ctx)}; split into {len(parts or ())} shipments: {each}"


def _route_reason(ctx: Context, best: Candidate) -> str:
    if ctx.need.chosen is None:
        return (
            f"{best.code} is the nearest location with every line after reservations and safety stock, "
            f"{_far(ctx, best.code)} from the delivery address{_full_text(ctx)}"
        )
    if best.code == ctx.need.chosen:
        return f"the chosen store {best.code} has every line after reservations and safety stock"
    d = ctx.distance.get(best.code)
    far = f"{d:.1f} km away" if d is not None else "distance unknown (no coordinates)"
    return f"{_chosen_text(ctx)}; {best.code} is the nearest store that has every line, {far}"


def _nobody_reason(ctx: Context, action: str) -> str:
    what = "needs a transfer" if action == NEEDS_TRANSFER else "is cancelled"
    if ctx.need.chosen is None:
        split = "no split covers it either" if ctx.need.allow_split else "splitting is not allowed for this order"
        short = f"no location has every line after reservations and safety stock{_full_text(ctx)}"
        return f"{short}; {split}; the order {what}"
    return f"{_chosen_text(ctx)}; no other store has every line, so the order {what}"
