"""The "stock_movements" event: a station's ledger lines, checked and turned into rows that
ingest.py writes in its fast path, each also a "stock_movement" feed item for the store's other
stations (DESIGN rule 5: the ledger is the truth, on-hand is its sum: ledger.py).

Movements are a set keyed by their global id: one already held with the same content is skipped
(stations converge by union); the same id with other content is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from pydantic import Field, model_validator
from sqlalchemy import select
from sqlalchemy.engine import Connection

from .. import ownership
from ..models import stock_movements
from ..times import business_date, utc_text
from ..validation import Given, Instant, Invalid, Payload, StoreFacts, Uuid, already, once, parse, quantity, text
from ..values import milli_text

MOVE_KEYS = ("store", "station", "sku", "quantity_milli", "reason", "doc_ref", "at")  # store, station first
CHUNK = 500


class Movement(Payload):
    id: Uuid
    sku: Annotated[str, text(64)]
    quantity: Annotated[int, quantity("nonzero")]
    reason: Annotated[str, text(32)]
    doc_ref: Annotated[str, text(64, allow_empty=True)]
    at: Instant


class Movements(Payload):
    store: Given
    station: Given
    movements: list[Movement] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_once(self) -> Movements:
        once((m.id for m in self.movements), "movements", "id")
        return self


@dataclass
class MovementRows:
    movements: list[dict] = field(default_factory=list)
    occurred_at: str | None = None
    business_date: date | None = None
    doc_ref: str | None = None

    def tables(self, event_id: str) -> list[tuple[Any, list[dict]]]:
        return [(stock_movements, [{**m, "event_id": event_id} for m in self.movements])]

    def feed(self) -> list[tuple]:
        return [(m["store"], m["station"], "stock_movement", feed_data(m)) for m in self.movements]

    def clash(self, conn: Connection) -> str | None:
        """Which movement was already recorded, when the primary key refused one."""
        ids = [m["id"] for m in self.movements]
        c = stock_movements.c
        hit = conn.execute(select(c.id, c.event_id, c.store, c.station).where(c.id.in_(ids))).first()
        if hit:
            return already(f"movement {hit.id}", hit, self.movements[0]["store"], self.movements[0]["station"])
        return None


def validate(payload: Any, store: StoreFacts, station: str) -> MovementRows:
    """The movements' rows (the event's time, day and document: its first movement's)."""
    p = parse(Movements, payload, "stock_movements")
    ownership.party(payload, store.code, station)
    first = p.movements[0]
    out = MovementRows(
        occurred_at=utc_text(first.at), business_date=business_date(first.at, store.tz), doc_ref=first.doc_ref or None
    )
    out.movements = [
        {
            "id": m.id,
            "store": store.code,
            "station": station,
            "sku": m.sku,
            "quantity_milli": m.quantity,
            "reason": m.reason,
            "doc_ref": m.doc_ref,
            "at": utc_text(m.at),
        }
        for m in p.movements
    ]
    return out


def feed_data(row: dict) -> dict:
    """A stored movement as the feed's "stock_movement" item (wire.py)."""
    return {
        "id": row["id"],
        "store": row["store"],
        "station": row["station"],
        "sku": row["sku"],
        "quantity": milli_text(row["quantity_milli"]),
        "reason": row["reason"],
        "doc_ref": row["doc_ref"],
        "at": row["at"],
    }


def content(m: dict) -> tuple:
    return tuple(m[k] for k in MOVE_KEYS)


def ids_in(payload: Any) -> list[str]:
    """The movement ids a raw payload names (before it is checked), to read them all at once."""
    raw = payload.get("movements") if isinstance(payload, dict) else None
    if not isinstance(raw, list):
        return []
    return [m["id"] for m in raw if isinstance(m, dict) and isinstance(m.get("id"), str)]


def held_in_db(conn: Connection, ids: list[str]) -> dict:
    """The stored movements among `ids`, as {id: (event_id, content)}."""
    out = {}
    for i in range(0, len(ids), CHUNK):
        for r in conn.execute(select(stock_movements).where(stock_movements.c.id.in_(ids[i : i + CHUNK]))):
            out[r.id] = (r.event_id, tuple(getattr(r, k) for k in MOVE_KEYS))
    return out


def fresh(rows: MovementRows, held: dict) -> None:
    """Drop the movements already held with the same content; refuse an id held with other content."""
    keep = []
    for m in rows.movements:
        old = held.get(m["id"])
        if old is None:
            keep.append(m)
        elif old[1][:2] != (m["store"], m["station"]):
            raise Invalid(
                f"movement {m['id']} was already received from {ownership.elsewhere(m['store'], old[1][0])}"
                f"; send this movement under a new id"
            )
        elif old[1] != content(m):
            raise Invalid(f"movement {m['id']} was already received (event {old[0]}) with other content")
    rows.movements = keep
