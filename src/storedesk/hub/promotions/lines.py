"""A sale line's promotions as the station sends them (the sale event's optional per-line
"promotions": [{"id": "COLA-2-FOR-1", "amount_minor": 150}, ...], issue 18), checked and turned into
sale_line_promotions rows. A station that does not send the field (older, or a line no promotion
touched) is accepted as before."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Protocol

from .. import validation as v
from .models import sale_line_promotions
from .service import MAX_ID

__all__ = ["LinePromotion", "check_line", "rows", "sale_line_promotions"]


class LinePromotion(v.Payload):
    id: Annotated[str, v.text(MAX_ID)]
    amount_minor: Annotated[int, v.minor(1)]


class _Line(Protocol):
    line: int
    discount_minor: int
    promotions: list[LinePromotion] | None


def check_line(ln: _Line) -> None:
    """Each promotion once on the line; together they are part of the line's discount."""
    given = ln.promotions or []
    v.once((p.id for p in given), f"line {ln.line} promotions", "id")
    total = sum(p.amount_minor for p in given)
    if total > ln.discount_minor:
        v.whole(f"line {ln.line}: its promotions add up to {total}, more than its discount_minor {ln.discount_minor}")


def rows(sale_id: str, lines: Iterable[_Line]) -> list[dict]:
    """The sale's sale_line_promotions rows."""
    return [
        {"sale_id": sale_id, "line": ln.line, "promotion_id": p.id, "amount_minor": p.amount_minor}
        for ln in lines
        for p in ln.promotions or []
    ]
