"""Request and response shapes of the /v1 API (pydantic), as wire.py defines them.

These give the OpenAPI document and refuse a malformed envelope with 422. Event payloads
stay untyped here on purpose: each event is validated on its own (validation.py), so one bad
event is "rejected" with a reason instead of failing its whole batch.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..domain.units import UNIT_CODES, parse_unit
from ..sync.wire import MAX_BATCH, RESULT_STATUSES
from .values import MAX_MINOR, tax_rate_text

Text64 = Annotated[str, Field(min_length=1, max_length=64)]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


class EventIn(BaseModel):
    id: str = Field(pattern=r"^[0-9a-f]{32}$", description="uuid in lowercase hex: the idempotency key")
    kind: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,32}$")
    created_at: str | None = Field(default=None, max_length=40)
    payload: Any = Field(description="see wire.py; validated per event")


class EventsIn(BaseModel):
    events: list[EventIn] = Field(min_length=1, max_length=MAX_BATCH)


class EventResult(BaseModel):
    id: str
    status: str = Field(description=" | ".join(RESULT_STATUSES))
    reason: str = ""


class EventsOut(BaseModel):
    results: list[EventResult]


class FeedItem(BaseModel):
    cursor: str
    kind: str
    data: dict[str, Any]


class FeedPage(BaseModel):
    items: list[FeedItem]
    next: str
    more: bool


class ProductIn(BaseModel):
    """A catalog entry as an ERP sends it. Strict: 12.0 is not an integer, "1" is not a bool."""

    model_config = ConfigDict(strict=True, extra="forbid")
    sku: Text64
    name: str = Field(min_length=1, max_length=200)
    barcodes: list[Text64] = Field(default_factory=list, max_length=50)
    price_minor: int = Field(ge=0, le=MAX_MINOR)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    tax_code: str = Field(min_length=1, max_length=16)
    tax_rate: str = Field(max_length=16, description='percent as a decimal string, e.g. "5.5"')
    category: str = Field(default="", max_length=100)
    active: bool = True
    unit: str | None = Field(default=None, description=(
        f"{' | '.join(UNIT_CODES)}: pc by the piece (whole quantities), kg 3 decimals, l 3, m 2; "
        "omitted: the product keeps its unit (a new one is sold by the piece)"))

    @field_validator("sku", "name", "tax_code", "category")
    @classmethod
    def _text(cls, v: str) -> str:
        return _no_nul(v)

    @field_validator("barcodes")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        return [_no_nul(c) for c in v]

    @field_validator("tax_rate")
    @classmethod
    def _rate(cls, v: str) -> str:
        return tax_rate_text(v)

    @field_validator("unit")
    @classmethod
    def _unit(cls, v: str | None) -> str | None:
        return None if v is None else parse_unit(v)


class ProductsIn(BaseModel):
    products: list[ProductIn] = Field(min_length=1, max_length=10_000)

    @model_validator(mode="after")
    def _unique(self):
        seen, twice = set(), set()
        for p in self.products:
            (twice if p.sku in seen else seen).add(p.sku)
        if twice:
            raise ValueError(f"SKU listed more than once: {', '.join(sorted(twice)[:10])}")
        return self


class ProductsOut(BaseModel):
    received: int
    created: int
    updated: int
    unchanged: int


class StoreStock(BaseModel):
    store: str
    name: str
    lat: str | None
    lon: str | None
    on_hand: str = Field(description="decimal string, may be negative")
    movements: int


class StockOut(BaseModel):
    sku: str
    known_product: bool
    stores: list[StoreStock]


class TaxTotal(BaseModel):
    code: str
    rate: str
    net_minor: int
    tax_minor: int
    gross_minor: int


class TenderTotal(BaseModel):
    kind: str
    count: int
    tendered_minor: int
    change_minor: int
    amount_minor: int = Field(description="tendered - change: what the drawer or the bank keeps")


class ShiftTotals(BaseModel):
    """Z reports the store's stations closed that business day (their shift_close events)."""

    count: int
    sales_count: int
    gross_minor: int
    cash_expected_minor: int
    cash_counted_minor: int
    cash_difference_minor: int


class DayTotals(BaseModel):
    store: str
    date: str
    currency: str
    sales_count: int
    gross_minor: int
    net_minor: int
    tax_minor: int
    taxes: list[TaxTotal]
    tenders: list[TenderTotal]
    discount_minor: int
    rounding_minor: int
    change_minor: int
    voided_lines: int
    returns_count: int
    returns_minor: int
    refunds: dict[str, int] = Field(default_factory=dict, description="paid back per tender kind by the day's returns")
    shifts: ShiftTotals


class Health(BaseModel):
    status: str
    schema_revision: str
    version: str
