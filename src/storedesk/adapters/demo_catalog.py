"""A deterministic demo catalog: the same seed gives the same products, barcodes and prices."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.scan import make_ean13

# category: (VAT code, products, sizes, price range in cents)
CATEGORIES = {
    "Fruit & Vegetables": (
        "B",
        ["Apples", "Pears", "Carrots", "Tomatoes", "Onions", "Leeks", "Grapes", "Lemons"],
        ["500 g", "1 kg", "2 kg", "x6"],
        (99, 499),
    ),
    "Bakery": (
        "B",
        ["Baguette", "Croissant", "Brioche", "Rye Bread", "Muffin", "Bagel", "Pretzel", "Scone"],
        ["x1", "x2", "x4", "x6"],
        (95, 649),
    ),
    "Dairy": (
        "B",
        ["Milk", "Yogurt", "Butter", "Cream", "Cheddar", "Brie", "Comte", "Kefir"],
        ["125 g", "250 g", "500 g", "1 L"],
        (89, 899),
    ),
    "Grocery": (
        "B",
        ["Pasta", "Rice", "Flour", "Olive Oil", "Coffee", "Tea", "Honey", "Jam"],
        ["250 g", "500 g", "1 kg", "75 cl"],
        (99, 1499),
    ),
    "Drinks": (
        "A",
        ["Cola", "Lemonade", "Sparkling Water", "Orange Juice", "Beer", "Cider", "Iced Tea", "Tonic"],
        ["33 cl", "50 cl", "1 L", "1.5 L", "x6"],
        (69, 999),
    ),
    "Household": (
        "A",
        ["Dish Soap", "Sponges", "Bin Bags", "Kitchen Roll", "Detergent", "Candles", "Batteries", "Light Bulb"],
        ["x1", "x2", "x4", "x10"],
        (149, 1999),
    ),
    "Personal Care": (
        "A",
        ["Shampoo", "Toothpaste", "Soap", "Deodorant", "Razor", "Sun Cream", "Lip Balm", "Hand Cream"],
        ["50 ml", "100 ml", "250 ml", "x2"],
        (199, 2499),
    ),
    "Books & Press": (
        "C",
        ["Newspaper", "Magazine", "Novel", "Cookbook", "Atlas", "Comic", "Puzzle Book", "Diary"],
        ["", "Vol. 1", "Vol. 2", "Pocket"],
        (190, 3500),
    ),
    "Stationery": (
        "A",
        ["Notebook", "Pen", "Pencil", "Stapler", "Envelope", "Glue Stick", "Marker", "Ruler"],
        ["x1", "x3", "x10", "A4", "A5"],
        (79, 1299),
    ),
    "Toys": (
        "A",
        ["Ball", "Yo-Yo", "Kite", "Puzzle", "Plush Bear", "Card Game", "Crayons", "Bubbles"],
        ["Small", "Medium", "Large", "Set"],
        (299, 3999),
    ),
}
ADJECTIVES = [
    "Organic",
    "Classic",
    "Premium",
    "Family",
    "Mini",
    "Big",
    "Light",
    "Fresh",
    "Golden",
    "Rustic",
    "Smooth",
    "Crunchy",
    "Spicy",
    "Sweet",
    "Wild",
    "Farm",
    "Daily",
    "House",
    "Natural",
    "Local",
]
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


def embedded_barcode(plu: str, price_minor: int) -> str:
    """A scale label: "21" + PLU + price in cents, with its check digit."""
    return make_ean13(f"21{plu}{price_minor:05d}")
