"""The "shift_close" event: a station's Z totals (domain/shift_report.totals_event), checked and
turned into the shift_closes row that ingest.py writes in its fast path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import PlainValidator, model_validator
from sqlalchemy import select
from sqlalchemy.engine import Connection

from .. import ownership
from ..times import utc_text
from ..validation import (
    Given,
    Instant,
    Minor,
    Payload,
    StoreCurrency,
    StoreFacts,
    Uuid,
    already,
    field,
    minor,
    parse,
    whole,
)
from .models import shift_closes


def _day(value) -> date:
    try:
        if isinstance(value, str) and len(value) <= 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    field("must be YYYY-MM-DD")


class ShiftTax(Payload):
    gross_minor: Minor


class ShiftClose(Payload):
    store: Given
    station: Given
    currency: StoreCurrency
    shift_id: Uuid
    shift_no: Given
    z_no: Annotated[int, minor(1)]
    business_date: Annotated[date, PlainValidator(_day)]
    closed_at: Instant
    sales_count: Minor
    gross_minor: Minor
    net_minor: Minor
    tax_minor: Minor
    taxes: list[ShiftTax]
    tenders: list[Any]
    cash_expected_minor: Minor
    cash_counted_minor: Minor
    cash_difference_minor: Minor

    @model_validator(mode="after")
    def _adds_up(self) -> ShiftClose:
        if self.net_minor + self.tax_minor != self.gross_minor:
            whole("shift_close: net + tax must equal gross")
        if self.cash_counted_minor - self.cash_expected_minor != self.cash_difference_minor:
            whole("shift_close: counted - expected cash must equal the difference")
        if sum(t.gross_minor for t in self.taxes) != self.gross_minor:
            whole("shift_close: the taxes' gross must add up to gross_minor")
        return self


@dataclass
class ShiftRows:
    shift: dict
    occurred_at: str
    business_date: date
    doc_ref: str

    def tables(self, event_id: str) -> list[tuple[Any, list[dict]]]:
        return [(shift_closes, [{**self.shift, "event_id": event_id}])]

    def clash(self, conn: Connection) -> str | None:
        """Which Z was already recorded, when a unique key refused this one: its number at this
        station, or its shift id (maybe another station's, not named)."""
        s, c = self.shift, shift_closes.c
        mine = (c.store == s["store"]) & (c.station == s["station"]) & (c.z_no == s["z_no"])
        hit = conn.execute(select(c.event_id).where(mine)).first()
        if hit:
            return f"Z {s['z_no']} of this station was already received in event {hit.event_id}"
        hit = conn.execute(select(c.event_id, c.store, c.station).where(c.shift_id == s["shift_id"])).first()
        return already(f"shift {s['shift_id']}", hit, s["store"], s["station"]) if hit else None


def validate(payload: Any, store: StoreFacts, station: str) -> ShiftRows:
    """The Z's row, or Invalid with the reason."""
    z = parse(ShiftClose, payload, "shift_close", store)
    ownership.party(payload, store.code, station)
    closed = utc_text(z.closed_at)
    row = {
        "store": store.code,
        "station": station,
        "shift_id": z.shift_id,
        "z_no": z.z_no,
        "business_date": z.business_date,
        "closed_at": closed,
        "sales_count": z.sales_count,
        "gross_minor": z.gross_minor,
        "cash_expected_minor": z.cash_expected_minor,
        "cash_counted_minor": z.cash_counted_minor,
        "cash_difference_minor": z.cash_difference_minor,
    }
    return ShiftRows(row, occurred_at=closed, business_date=z.business_date, doc_ref=f"Z{z.z_no}")
