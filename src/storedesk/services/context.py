"""Store and station facts read from settings, and the signed-in user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from ..domain.errors import StorageError


@dataclass(frozen=True)
class StoreConfig:
    store_code: str
    store_name: str
    store_address: tuple[str, ...]
    store_tax_id: str
    currency: str
    timezone: str
    station_code: str
    prices_include_tax: bool
    cash_step: Decimal
    idle_lock_seconds: int  # 0: never lock on idle
    sync_interval_seconds: int
    printer: str
    receipt_footer: str

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, utc_iso: str) -> datetime:
        return datetime.fromisoformat(utc_iso).astimezone(self.tz)

    @classmethod
    def from_settings(cls, s: dict[str, str]) -> "StoreConfig":
        if "store_code" not in s:
            raise StorageError("This data folder has no store yet; run `storedesk init` (or start with --demo)")
        return cls(
            store_code=s["store_code"],
            store_name=s.get("store_name", s["store_code"]),
            store_address=tuple(x for x in s.get("store_address", "").split("\n") if x),
            store_tax_id=s.get("store_tax_id", ""),
            currency=s.get("currency", "EUR"),
            timezone=s.get("timezone", "UTC"),
            station_code=s["station_code"],
            prices_include_tax=s.get("prices_include_tax", "1") == "1",
            cash_step=Decimal(s.get("cash_step", "0.01")),
            idle_lock_seconds=int(s.get("idle_lock_seconds", "300")),
            sync_interval_seconds=int(s.get("sync_interval_seconds", "10")),
            printer=s.get("printer", ""),
            receipt_footer=s.get("receipt_footer", "Thank you for your visit"),
        )


@dataclass(frozen=True)
class User:
    id: int
    username: str
    name: str
    role: str


def utcnow() -> str:
    """UTC, ISO 8601 with microseconds: sortable text (rule 8)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def config(uow) -> StoreConfig:
    cfg = uow.cache.get("config")
    if cfg is None:
        with uow.read() as tx:
            cfg = StoreConfig.from_settings(tx.settings.all())
        uow.cache["config"] = cfg
    return cfg
