"""Request and response shapes of the stations' sync API and the health check (pydantic), as
wire.py defines them. Each feature package declares its own shapes beside its routes.

These give the OpenAPI document and refuse a malformed envelope with 422. Event payloads
stay untyped here on purpose: each event is validated on its own by its kind's model (validation.py
says how), so one bad event is "rejected" with a reason instead of failing its whole batch.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from ..sync.wire import MAX_BATCH, RESULT_STATUSES


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


class Health(BaseModel):
    status: str
    schema_revision: str
    version: str
