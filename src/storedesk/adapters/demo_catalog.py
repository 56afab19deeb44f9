"""A deterministic demo catalog: the same seed gives the same products, barcodes and prices."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.scan import make_ean13

# One product family a line: category|VAT code|price range in cents|sizes|products, the lists
# comma-separated (the first Books & Press size is empty: no size). The seed walks them in this order.
_FAMILIES = """\
Fruit & Vegetables|B|99-499|500 g,1 kg,2 kg,x6|Apples,Pears,Carrots,Tomatoes,Onions,Leeks,Grapes,Lemons
Bakery|B|95-649|x1,x2,x4,x6|Baguette,Croissant,Brioche,Rye Bread,Muffin,Bagel,Pretzel,Scone
Dairy|B|89-899|125 g,250 g,500 g,1 L|Milk,Yogurt,Butter,Cream,Cheddar,Brie,Comte,Kefir
Grocery|B|99-1499|250 g,500 g,1 kg,75 cl|Pasta,Rice,Flour,Olive Oil,Coffee,Tea,Honey,Jam
Drinks|A|69-999|33 cl,50 cl,1 L,1.5 L,x6|Cola,Lemonade,Sparkling Water,Orange Juice,Beer,Cider,Iced Tea,Tonic
Household|A|149-1999|x1,x2,x4,x10|Dish Soap,Sponges,Bin Bags,Kitchen Roll,Detergent,Candles,Batteries,Light Bulb
Personal Care|A|199-2499|50 ml,100 ml,250 ml,x2|Shampoo,Toothpaste,Soap,Deodorant,Razor,Sun Cream,Lip Balm,Hand Cream
Books & Press|C|190-3500|,Vol. 1,Vol. 2,Pocket|Newspaper,Magazine,Novel,Cookbook,Atlas,Comic,Puzzle Book,Diary
Stationery|A|79-1299|x1,x3,x10,A4,A5|Notebook,Pen,Pencil,Stapler,Envelope,Glue Stick,Marker,Ruler
Toys|A|299-3999|Small,Medium,Large,Set|Ball,Yo-Yo,Kite,Puzzle,Plush Bear,Card Game,Crayons,Bubbles
"""


def _family(line: str) -> tuple[str, tuple[str, list[str], list[str], tuple[int, int]]]:
    category, tax, prices, sizes, nouns = line.split("|")
    low, high = prices.split("-")
    return category, (tax, nouns.split(","), sizes.split(","), (int(low), int(high)))


# category: (VAT code, products, sizes, price range in cents)
CATEGORIES = dict(_family(line) for line in _FAMILIES.splitlines())
ADJECTIVES = (
    "Organic Classic Premium Family Mini Big Light Fresh Golden Rustic "
    "Smooth Crunchy Spicy Sweet Wild Farm Daily House Natural Local"
).split()
TAX_RATES = {"A": ("20", "VAT 20 %"), "B": ("5.5", "VAT 5.5 %"), "C": ("0", "VAT 0 %")}
GTIN_PREFIX = "376"  # GS1 France range; our demo numbers never collide with in-store "21" codes

# Weighed items sold by price-embedded labels: "21" + PLU + price in cents.
SCALE_ITEMS = [
    ("00001", "Bananas (weighed)", 249),
    ("00002", "Cherries (weighed)", 899),
    ("00003", "Emmental cut (weighed)", 1590),
    ("00004", "Olives (weighed)", 1290),
]


@dataclass(frozen=True)
class DemoProduct:
    number: int
    sku: str
    name: str
    category: str
    tax_code: str
    price_minor: int
    barcode: str
    plu: str | None = None
    unit: str = "pc"  # domain/units.py: pieces take whole quantities; the scale items are weighed ("kg")


def gtin_for(number: int) -> str:
    return make_ean13(f"{GTIN_PREFIX}{number:09d}")


def products(count: int = 2000, seed: int = 42) -> Iterator[DemoProduct]:
    rng = random.Random(seed)
    cats = list(CATEGORIES.items())
    for n in range(1, count + 1):
        cat, (tax, nouns, sizes, (lo, hi)) = cats[(n - 1) % len(cats)]
        name = f"{rng.choice(ADJECTIVES)} {rng.choice(nouns)} {rng.choice(sizes)}".strip()
        price = rng.randrange(lo // 10, hi // 10 + 1) * 10 + 9  # shelf prices end in 9
        yield DemoProduct(n, f"SKU{n:07d}", name, cat, tax, price, gtin_for(n))
    for i, (plu, name, price) in enumerate(SCALE_ITEMS):
        n = count + 1 + i
        yield DemoProduct(n, f"PLU{plu}", name, "Fruit & Vegetables", "B", price, gtin_for(n), plu=plu, unit="kg")


# The demo's gift card (issue 18): scanning it asks for the card's code and the amount loaded.
GIFT_CARD = DemoProduct(999_999_001, "GIFTCARD", "Gift card", "", "C", 0, gtin_for(999_999_001))


def embedded_barcode(plu: str, price_minor: int) -> str:
    """A scale label: "21" + PLU + price in cents, with its check digit."""
    return make_ean13(f"21{plu}{price_minor:05d}")


# The demo store's promotions (issue 18), put in force when `storedesk --demo` makes the store
# (services/promotions.load_demo), so that a clerk trying the demo sees them apply: scan the
# Daily Cola x6 (3760000000055) twice, a dairy product, spend 30 euros, or scan the coupon BIENVENUE5.
DEMO_PROMOTIONS = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1, "percent": "100"},
        {"id": "DAIRY-10", "kind": "percent_off", "categories": ["Dairy"], "percent": "10"},
        {"id": "SPEND-30", "kind": "threshold", "min_total": "30.00", "amount": "3.00"},
        {"id": "WELCOME-5", "kind": "threshold", "min_total": "15.00", "amount": "5.00", "coupon": "BIENVENUE5"},
    ]
}
