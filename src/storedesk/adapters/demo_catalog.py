"""A deterministic demo catalog: the same seed gives the same products, barcodes and prices."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.scan import make_ean13

CATEGORIES = {
    "Fruit & Vegetables": ("B", ["Apples", "Pears", "Carrots", "Tomatoes", "Onions", "Leeks", "Grapes", "Lemons"]),
    "Bakery": ("B", ["Baguette", "Croissant", "Brioche", "Rye Bread", "Muffin", "Bagel", "Pretzel", "Scone"]),
    "Dairy": ("B", ["Milk", "Yogurt", "Butter", "Cream", "Cheddar", "Brie", "Comte", "Kefir"]),
    "Grocery": ("B", ["Pasta", "Rice", "Flour", "Olive Oil", "Coffee", "Tea", "Honey", "Jam"]),
    "Drinks": ("A", ["Cola", "Lemonade", "Sparkling Water", "Orange Juice", "Beer", "Cider", "Iced Tea", "Tonic"]),
    "Household": ("A", ["Dish Soap", "Sponges", "Bin Bags", "Kitchen Roll", "Detergent", "Candles", "Batteries", "Light Bulb"]),
    "Personal Care": ("A", ["Shampoo", "Toothpaste", "Soap", "Deodorant", "Razor", "Sun Cream", "Lip Balm", "Hand Cream"]),
    "Books & Press": ("C", ["Newspaper", "Magazine", "Novel", "Cookbook", "Atlas", "Comic", "Puzzle Book", "Diary"]),
    "Stationery": ("A", ["Notebook", "Pen", "Pencil", "Stapler", "Envelope", "Glue Stick", "Marker", "Ruler"]),
    "Toys": ("A", ["Ball", "Yo-Yo", "Kite", "Puzzle", "Plush Bear", "Card Game", "Crayons", "Bubbles"]),
}
ADJECTIVES = ["Organic", "Classic", "Premium", "Family", "Mini", "Big", "Light", "Fresh", "Golden", "Rustic",
              "Smooth", "Crunchy", "Spicy", "Sweet", "Wild", "Green", "Red", "Blue", "Natural", "Local"]
SIZES = ["100 g", "250 g", "500 g", "1 kg", "33 cl", "50 cl", "1 L", "1.5 L", "x2", "x4", "x6", "x10", "S", "M", "L", "XL"]
TAX_RATES = {"A": ("20", "VAT 20 %"), "B": ("5.5", "VAT 5.5 %"), "C": ("0", "VAT 0 %")}
GTIN_PREFIX = "376"  # GS1 France range; our demo numbers never collide with in-store "21" codes

# Weighed items sold by price-embedded labels: "21" + PLU + price in cents.
SCALE_ITEMS = [("00001", "Bananas (weighed)", 249), ("00002", "Cherries (weighed)", 899),
               ("00003", "Emmental cut (weighed)", 1590), ("00004", "Olives (weighed)", 1290)]


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
    unit: str = "pc"


def gtin_for(number: int) -> str:
    return make_ean13(f"{GTIN_PREFIX}{number:09d}")


def products(count: int = 2000, seed: int = 42) -> Iterator[DemoProduct]:
    rng = random.Random(seed)
    cats = list(CATEGORIES.items())
    for n in range(1, count + 1):
        cat, (tax, nouns) = cats[(n - 1) % len(cats)]
        name = f"{rng.choice(ADJECTIVES)} {rng.choice(nouns)} {rng.choice(SIZES)}"
        price = rng.choice([49, 99, 129, 149, 199, 249, 299, 349, 399, 499, 599, 799, 999, 1299, 1999, 2499])
        price += rng.randrange(0, 3) * 10 if price > 200 else 0
        yield DemoProduct(n, f"SKU{n:07d}", name, cat, tax, price, gtin_for(n))
    for i, (plu, name, price) in enumerate(SCALE_ITEMS):
        n = count + 1 + i
        yield DemoProduct(n, f"PLU{plu}", name, "Fruit & Vegetables", "B", price, gtin_for(n), plu=plu, unit="kg")


def embedded_barcode(plu: str, price_minor: int) -> str:
    """A scale label: "21" + PLU + price in cents, with its check digit."""
    return make_ean13(f"21{plu}{price_minor:05d}")
