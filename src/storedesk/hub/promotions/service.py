"""The promotions document in force for the chain: put (PUT /v1/promotions, `storedesk-hub promotions
import`, one function for both), shown (GET), and fed to every station.

Checked with the stations' own parser (domain/pricing/file.parse_promotions: its rules are never
copied here), once per currency and time zone of the hub's stores: a time without an offset in the
file is the store's time, so the hub reads the document as each of its stores will, and a document
one of them would refuse is refused here (422 naming the promotion and the reason), changing
nothing. The hub keeps the document as canonical JSON text (sorted keys, compact): the same
promotions sent again, however they are spaced, are the same version, answered unchanged, with no
new feed item. A new version is one "promotions" feed item for every station (store NULL): a
promotion limited to `stores` is still sent to all of them, and each station's engine applies it
only at the stores it names (one document, one version, everywhere).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from ...domain.pricing import PromotionFileError, parse_promotions
from .. import db
from ..errors import Unprocessable
from ..feed import add_items
from ..locations.kinds import STORE
from ..models import stores
from ..times import utcnow_text
from .models import promotion_versions

FEED_KIND = "promotions"
MAX_ID = 200  # sale_line_promotions.promotion_id
DEFAULT_READING = ("EUR", "UTC")  # a hub without a store yet

_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


@dataclass(frozen=True)
class InForce:
    """The document in force: its version, the document, how many promotions, when and who."""

    version: str
    document: dict
    promotions: int
    updated_at: str
    updated_by: str

    def answer(self) -> dict:
        return {
            "version": self.version,
            "promotions": self.promotions,
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
            "document": self.document,
        }


@dataclass(frozen=True)
class PutOutcome:
    version: str
    promotions: int
    changed: bool  # False: the same document was already in force (no new version, no feed item)


def version_of(text: str) -> str:
    """As the station's repo computes it (adapters/promotions_repo.document_version)."""
    return hashlib.sha256(text.encode()).hexdigest()


def _no_constant(name: str) -> Any:
    raise Unprocessable(f"The promotions file is not JSON: {name} is not a number JSON allows")


def canonical_text(data: str | bytes | dict) -> str:
    """The document as the hub keeps and feeds it: canonical JSON text. Text that is not JSON is
    refused by the parser (PromotionFileError), in the words the stations use."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data, parse_constant=_no_constant)
        except ValueError:
            parse_promotions(data)  # raises PromotionFileError: not JSON
            raise
    return _canonical(data)


def readings(conn: Connection) -> set[tuple[str, str]]:
    """(currency, time zone) of each of the hub's stores: how its stations read the document."""
    rows = conn.execute(select(stores.c.currency, stores.c.timezone).where(stores.c.kind == STORE)).all()
    return {(r.currency, r.timezone) for r in rows} or {DEFAULT_READING}


def check(text: str, how: set[tuple[str, str]]) -> int:
    """How many promotions the document holds, once it reads well for every (currency, zone);
    Unprocessable (the parser's Message: the promotion and the reason) otherwise."""
    count = 0
    for currency, zone in sorted(how):
        try:
            promotions = parse_promotions(text, currency, ZoneInfo(zone))
        except PromotionFileError as exc:
            raise Unprocessable(exc.text) from None
        count = len(promotions)
        too_long = next((p.id for p in promotions if len(p.id) > MAX_ID), None)
        if too_long is not None:
            raise Unprocessable(f"Promotion {too_long[:40]}...: an id has at most {MAX_ID} characters")
    return count


def _latest(conn: Connection):
    return conn.execute(select(promotion_versions).order_by(promotion_versions.c.id.desc()).limit(1)).first()


def in_force(conn: Connection) -> InForce | None:
    row = _latest(conn)
    if row is None:
        return None
    return InForce(row.version, json.loads(row.document), row.promotions, row.updated_at, row.updated_by)


def put_in(conn: Connection, text: str, count: int, who: str, now: str) -> PutOutcome:
    """Put the checked `text` in force and feed it, unless it already is. Call inside
    db.write_tx(feed=True)."""
    version = version_of(text)
    latest = conn.execute(
        select(promotion_versions.c.version, promotion_versions.c.promotions)
        .order_by(promotion_versions.c.id.desc())
        .limit(1)
    ).first()
    if latest is not None and latest.version == version:
        return PutOutcome(version, latest.promotions, changed=False)
    conn.execute(
        promotion_versions.insert(),
        {"version": version, "document": text, "promotions": count, "updated_by": who, "updated_at": now},
    )
    add_items(conn, [(None, None, FEED_KIND, {"version": version, "document": text})], now)
    return PutOutcome(version, count, changed=True)


def put(engine: Engine, data: str | bytes | dict, who: str) -> PutOutcome:
    """Check the document as each store will read it and put it in force (all or nothing)."""
    try:
        text = canonical_text(data)
    except PromotionFileError as exc:
        raise Unprocessable(exc.text) from None
    with db.read_conn(engine) as conn:
        checked = readings(conn)
    count = check(text, checked)  # outside the write lock: 10,000 promotions take a moment
    with db.write_tx(engine, feed=True) as conn:
        now = readings(conn)
        if not now <= checked:  # a store added meanwhile, with another currency or zone
            count = check(text, now - checked)
        return put_in(conn, text, count, who, utcnow_text())
