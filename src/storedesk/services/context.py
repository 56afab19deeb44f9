"""Store and station facts read from settings, and the signed-in user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..domain import gift_cards
from ..domain.errors import StorageError
from ..domain.limits import SaleLimits
from ..i18n.formats import DEFAULT_LOCALE

DEFAULT_LANGUAGE = "en"  # a store without a language setting (made before issue 16)

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork


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
    # More cash than is due plus this asks the clerk to confirm; None: the currency's largest note.
    cash_tender_margin: Decimal | None = None
    # Quantities and totals that ask a confirmation, or a supervisor (domain/limits.py).
    sale_limits: SaleLimits = SaleLimits.default("EUR")
    # The customer's language (papers) and how amounts and dates are written (issue 16).
    language: str = DEFAULT_LANGUAGE
    locale: str = DEFAULT_LOCALE
    # This till's look (issue 16): "standard" or "high_contrast", and the text size in per cent.
    theme: str = "standard"
    text_size: int = 100
    # The most one sale loads onto a gift card (setting gift_card_max; issue 18).
    gift_card_max: Decimal = gift_cards.DEFAULT_MAX

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, utc_iso: str) -> datetime:
        return datetime.fromisoformat(utc_iso).astimezone(self.tz)

    @classmethod
    def from_settings(cls, s: dict[str, str]) -> StoreConfig:
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
            cash_tender_margin=Decimal(s["cash_tender_margin"]) if s.get("cash_tender_margin") else None,
            sale_limits=_sale_limits(s, s.get("currency", "EUR")),
            language=s.get("language") or DEFAULT_LANGUAGE,
            locale=s.get("locale") or DEFAULT_LOCALE,
            theme=s.get("theme") or "standard",
            text_size=int(s.get("text_size") or 100),
            gift_card_max=gift_cards.most_of(s),
        )


def _sale_limits(s: dict[str, str], currency: str) -> SaleLimits:
    """The settings services/settings.py validates; an empty or missing one takes its default."""
    default = SaleLimits.default(currency)

    def get(key: str) -> Decimal:
        return Decimal(s[key]) if s.get(key) else getattr(default, key)

    return SaleLimits(
        get("confirm_line_quantity"),
        get("supervisor_line_quantity"),
        get("confirm_sale_total"),
        get("supervisor_sale_total"),
    )


@dataclass(frozen=True)
class User:
    id: int
    username: str
    name: str
    role: str


def utcnow() -> str:
    """UTC, ISO 8601 with microseconds: sortable text (rule 8)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def config(uow: UnitOfWork) -> StoreConfig:
    """The store's settings, read once and again whenever another connection committed (the
    hub's store settings applied by the sync, a `storedesk config set` beside the app): a
    setting the hub changed is in force at the next scan, not at the next start. This
    connection's own changes clear the cache where they are made (services/settings.py)."""
    version = uow.others_version()
    cached = uow.cache.get("config")
    if cached is None or cached[0] != version:
        cfg = StoreConfig.from_settings(uow.settings_now())
        uow.cache["config"] = cached = (version, cfg)
    return cached[1]
