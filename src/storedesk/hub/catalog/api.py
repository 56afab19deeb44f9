"""HTTP routes of the catalog: PUT /v1/products (ERP token), and the shape of what it takes;
GET /v1/catalog/snapshot (station token), a new station's first load (snapshot.py).

The request is validated as a whole (pydantic, strict: 12.0 is not an integer, "1" is not a
bool) before service.upsert runs, so the import is all or nothing.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy.engine import Engine

from ...domain.catalog_rows import product_kind
from ...domain.units import UNIT_CODES, parse_unit
from .. import deps
from ..auth import Principal, authenticate, require_erp, require_station
from ..values import MAX_MINOR, tax_rate_text
from . import service, snapshot

router = APIRouter()
Text64 = Annotated[str, Field(min_length=1, max_length=64)]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


class ProductIn(BaseModel):
    """A catalog entry as an ERP sends it. Strict: 12.0 is not an integer, "1" is not a bool."""

    model_config = ConfigDict(strict=True, extra="forbid")
    sku: Text64
    name: str = Field(min_length=1, max_length=200)
    barcodes: list[Text64] = Field(default_factory=list, max_length=50)
    price_minor: int = Field(ge=0, le=MAX_MINOR)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    tax_code: str = Field(min_length=1, max_length=16)
    tax_rate: str = Field(
        max_length=16,
        description='percent as a decimal string, e.g. "5.5"; for a code the hub\'s tax table has (storedesk-hub '
        "tax set), a rate of the table: the product carries the rate in force, another rate is refused (422)",
    )
    category: str = Field(
        default="",
        max_length=100,
        description="free text while the hub lists no category; then one of `storedesk-hub category list` or empty",
    )
    active: bool = True
    unit: str | None = Field(
        default=None,
        description=(
            f"{' | '.join(UNIT_CODES)}: pc by the piece (whole quantities), kg 3 decimals, l 3, m 2; "
            "omitted: the product keeps its unit (a new one is sold by the piece)"
        ),
    )

    kind: str | None = Field(
        default=None,
        description='"goods" | "gift_card" (scanning it asks for a card\'s code and amount); '
        "omitted: the product keeps its kind (a new one is goods)",
    )

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str | None) -> str | None:
        try:
            return None if v is None else product_kind(v)
        except ValueError as exc:
            raise ValueError(str(exc)) from None

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
        seen: set[str] = set()
        twice: set[str] = set()
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


@router.put("/v1/products", response_model=ProductsOut, tags=["erp"])
def put_products(body: ProductsIn, who: Principal = Depends(authenticate), engine: Engine = Depends(deps.engine)):
    """Catalog import (ERP token): upsert by SKU; each new or changed product goes to every
    station's feed. All or nothing. A tax code the hub's tax table has takes the table's rate.
    Once the hub lists categories (storedesk-hub category add), a category not listed is refused
    (422, naming the SKUs and categories; an empty category is allowed)."""
    require_erp(who)
    return service.upsert(engine, [p.model_dump() for p in body.products])


@router.get("/v1/catalog/snapshot", tags=["stations"])
def catalog_snapshot(
    after: str = Query("", max_length=64),
    limit: int = Query(5000, ge=1, le=snapshot.MAX_PAGE),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """The catalog as it stands (station token): products after SKU `after`, in SKU order, with
    their scheduled prices, the dated tax rates and the feed position the page was read at. A new
    station loads every page, then pulls the feed with `catalog_to` = the first page's position."""
    require_station(who)
    with snapshot.snapshot_conn(engine) as conn:
        return JSONResponse(snapshot.page(conn, after, limit))
