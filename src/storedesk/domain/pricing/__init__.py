"""The pricing engine: promotions as data, one deterministic price for a whole basket.

- `model`: `Promotion` (what a promotion gives, to what, when and to whom) and `PricedLine` (a
  basket line as the engine sees it: money in minor units).
- `file`: the promotions file (`{"promotions": [...]}`) read into Promotions, refusing unknown
  kinds or fields with the promotion's id and the reason.
- `engine`: `price(lines, promotions, at=..., store=...)` and `PromotionIndex`, built once so a
  recompute looks only at the promotions of the basket's SKUs and categories.

Pure domain code: no Qt, SQL or HTTP.
"""

from .engine import LinePrice, PricingResult, PromotionIndex, price
from .file import PromotionFileError, parse_promotions
from .model import KINDS, STACKING, PricedLine, Promotion

__all__ = [
    "KINDS",
    "STACKING",
    "LinePrice",
    "PricedLine",
    "PricingResult",
    "Promotion",
    "PromotionFileError",
    "PromotionIndex",
    "parse_promotions",
    "price",
]
