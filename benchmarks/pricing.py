"""Pricing engine benchmark: one scan added to a large basket with many active promotions.

    python benchmarks/pricing.py [--promotions 10000] [--lines 200] [--skus 20000] [--runs 300]

Builds the promotions once into a PromotionIndex (as a station keeps them loaded), then for
each run adds one line to a --lines basket and prices the whole basket again, first with the
promotions as loaded (`price_recompute_unfrozen_p99_ms`: a full garbage collection now and then
walks them all), then after `gc.freeze()` (what the station does once it has loaded them:
services/promotions.py). `price_recompute_counter_p99_ms` is the same scan through the counter's
own path: the domain Basket with its BasketPricer, priced whole by `Basket.totals()` (promotions,
then the clerk's discounts, the basket discount and the tax table), as every scan at the till is.
Prints
`name value unit` lines; the target for `price_recompute_p99_ms` is <= 5 ms. Not a test: it
asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storedesk.domain.basket import Basket, BasketLine  # noqa: E402
from storedesk.domain.money import from_minor  # noqa: E402
from storedesk.domain.pricing import PricedLine, Promotion, PromotionIndex, price  # noqa: E402
from storedesk.domain.pricing.counter import BasketPricer  # noqa: E402


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:.3f} {unit}", flush=True)


def sku(n: int) -> str:
    return f"SKU{n:07d}"


def category(n: int) -> str:
    return f"CAT{n % 100:03d}"


def make_promotions(count: int, skus: int, rnd: random.Random, now: datetime) -> list[Promotion]:
    """A store's promotions: mostly per SKU, some per category, a few on the whole basket."""
    window = {"valid_from": now - timedelta(days=7), "valid_to": now + timedelta(days=7)}
    out: list[Promotion] = []
    for n in range(count):
        pid, r = f"PROMO{n:06d}", rnd.random()
        stacking = "exclusive" if rnd.random() < 0.2 else "combinable"
        common = {"priority": rnd.randint(0, 5), "stacking": stacking, **window}
        if n < 10:
            out.append(Promotion(pid, "threshold", min_total=rnd.randint(1000, 50000), amount=200, **common))
        elif r < 0.02:
            cats = frozenset({f"CAT{rnd.randrange(100):03d}"})
            out.append(Promotion(pid, "percent_off", categories=cats, percent=Decimal(rnd.randint(5, 30)), **common))
        elif r < 0.40:
            skus_ = frozenset({sku(rnd.randrange(skus))})
            out.append(Promotion(pid, "percent_off", skus=skus_, percent=Decimal(rnd.randint(5, 50)), **common))
        elif r < 0.60:
            out.append(Promotion(pid, "amount_off", skus=frozenset({sku(rnd.randrange(skus))}), amount=50, **common))
        elif r < 0.80:
            group = frozenset(sku(rnd.randrange(skus)) for _ in range(3))
            out.append(Promotion(pid, "buy_x_get_y", skus=group, buy=2, get=1, percent=Decimal(100), **common))
        elif r < 0.95:
            group = frozenset(sku(rnd.randrange(skus)) for _ in range(4))
            out.append(Promotion(pid, "mix_match", skus=group, quantity=3, price=500, **common))
        else:
            prices = {sku(rnd.randrange(skus)): rnd.randint(50, 500) for _ in range(5)}
            out.append(Promotion(pid, "price_list", prices=prices, customer_groups=frozenset({"staff"}), **common))
    return out


def promotion_file(promo: Promotion, currency: str) -> dict:
    """`promo` as the promotions file writes it (benchmarks/counter.py loads them at a station)."""

    def money(minor: int) -> str:
        return str(from_minor(minor, currency))

    item: dict = {"id": promo.id, "kind": promo.kind, "priority": promo.priority, "stacking": promo.stacking}
    for name in ("skus", "categories", "customer_groups", "stores"):
        if getattr(promo, name):
            item[name] = sorted(getattr(promo, name))
    for name in ("valid_from", "valid_to"):
        if getattr(promo, name) is not None:
            item[name] = getattr(promo, name).isoformat()
    if promo.percent is not None:
        item["percent"] = str(promo.percent)
    for name in ("amount", "price", "min_total"):
        if getattr(promo, name) is not None:
            item[name] = money(getattr(promo, name))
    if promo.kind == "buy_x_get_y":
        item.update(buy=promo.buy, get=promo.get)
    if promo.kind == "mix_match":
        item["quantity"] = promo.quantity
    if promo.prices:
        item["prices"] = {sku: money(value) for sku, value in promo.prices.items()}
    return item


def counter_recompute(lines: list[PricedLine], index: PromotionIndex, now: datetime, runs: int, random_line, extra):
    """One scan added to the counter's Basket (with its BasketPricer), priced whole: ms per run."""

    def basket_line(line: PricedLine) -> BasketLine:
        return BasketLine(
            product_id=int(line.sku[3:]),
            sku=line.sku,
            name=line.sku,
            unit_price=from_minor(line.unit_price, "EUR"),
            quantity=line.quantity,
            tax_code="A",
            tax_rate=Decimal(20),
            category=line.category or "",
        )

    basket = Basket("EUR", True, pricer=BasketPricer(index, "S1", lambda: now))
    for line in lines:
        basket.add(basket_line(line), merge=False)
    times = []
    for _ in range(runs):
        added = basket.add(basket_line(random_line(next(extra))), merge=False)
        t = time.perf_counter()
        basket.totals()
        times.append((time.perf_counter() - t) * 1000)
        basket.lines.remove(added)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--promotions", type=int, default=10000)
    ap.add_argument("--lines", type=int, default=200)
    ap.add_argument("--skus", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--dir", help="unused (the benchmark keeps nothing on disk); accepted like the others")
    args = ap.parse_args()
    rnd = random.Random(18)
    now = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)

    promos = make_promotions(args.promotions, args.skus, rnd, now)
    # one basket of popular SKUs: a third of the lines have a promotion of their own
    promoted = sorted({s for p in promos for s in p.skus})
    t = time.perf_counter()
    index = PromotionIndex(promos)
    emit("price_index_build_ms", (time.perf_counter() - t) * 1000, "ms")

    def random_line(n: int) -> PricedLine:
        code = rnd.choice(promoted) if promoted and rnd.random() < 0.33 else sku(rnd.randrange(args.skus))
        qty = Decimal(rnd.randint(1, 4))
        return PricedLine(f"L{n}", code, category(int(code[3:])), qty, rnd.randint(50, 5000))

    basket = [random_line(n) for n in range(args.lines)]
    extra = iter(range(args.lines, args.lines + 3 * args.runs))  # the added lines of the three runs

    def recompute() -> tuple[list[float], int, int]:
        times, applied, discount = [], 0, 0
        for run in range(args.runs):
            lines = [*basket, random_line(next(extra))]
            t = time.perf_counter()
            result = price(lines, index, at=now, store="S1", customer_group="staff" if run % 2 else None)
            times.append((time.perf_counter() - t) * 1000)
            applied, discount = len(result.applied), result.discount_total
        return times, applied, discount

    # As loaded: Python's full garbage collections walk the 10,000 promotions now and then.
    unfrozen, _, _ = recompute()
    # As a station should keep them: loaded once, then moved out of the collector's way (gc.freeze).
    gc.collect()
    gc.freeze()
    times, applied, discount = recompute()
    emit("price_recompute_p50_ms", pct(times, 50), "ms")
    emit("price_recompute_p99_ms", pct(times, 99), "ms")
    emit("price_recompute_unfrozen_p99_ms", pct(unfrozen, 99), "ms")
    counter = counter_recompute(basket, index, now, args.runs, random_line, extra)
    emit("price_recompute_counter_p99_ms", pct(counter, 99), "ms")
    emit("price_promotions_applied", applied, "promotions")
    emit("price_basket_discount", discount / 100, "currency")
    print(f"# {args.promotions} promotions, {args.lines + 1}-line basket, {args.runs} recomputes", flush=True)


if __name__ == "__main__":
    main()
