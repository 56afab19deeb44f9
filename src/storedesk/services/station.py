"""Open a station's data folder: database checks and migrations, demo seeding on first start,
and the store's language and locale made the process's (papers, amounts and dates)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters import instance_lock
from ..adapters.db import DB_FILENAME, Database, open_database, quick_check
from ..adapters.instance_lock import FolderLock, Holder
from ..adapters.uow import UnitOfWork, storage_cause
from ..i18n import Message, use_store_language, use_store_locale
from ..i18n.formats import DEFAULT_LOCALE
from . import setup
from .context import DEFAULT_LANGUAGE, User, config

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

log = logging.getLogger(__name__)


def open_station(data_dir: Path, demo: bool = False, check: bool = True, app: bool = False) -> UnitOfWork:
    """Open the data folder. app=True: the till's own settings (manual WAL checkpoints)."""
    uow = UnitOfWork(open_database(Path(data_dir), check=check), manual_checkpoints=app)
    if demo and not setup.is_initialised(uow):
        setup.init_demo(uow)  # with its promotions: a clerk trying the demo sees them apply (issue 18)
    config(uow)  # fails clearly when the folder has no store yet
    use_language_of_store(uow)
    return uow


@dataclass(frozen=True)
class StoreLanguage:
    """The store's language (the customer's papers) and locale (how amounts and dates are written)."""

    language: str
    locale: str


def store_language(uow: UnitOfWork) -> StoreLanguage:
    """As stored now: the hub's store settings may change them while the app runs."""
    with uow.read() as tx:
        stored = tx.settings.all()
    return StoreLanguage(stored.get("language") or DEFAULT_LANGUAGE, stored.get("locale") or DEFAULT_LOCALE)


def use_language_of_store(uow: UnitOfWork) -> StoreLanguage:
    """Make the store's language and locale this process's: papers are printed in its language,
    amounts and dates written in its locale (i18n.use_store_language / use_store_locale). Run when
    the station opens, by the commands that print papers, and after the hub changed them."""
    found = store_language(uow)
    try:
        use_store_locale(found.locale)
    except ValueError:  # checked when stored (domain/store_settings.py): only a hand-edited file
        log.warning("the store's locale %r is unknown: amounts are written the %s way", found.locale, DEFAULT_LOCALE)
        use_store_locale(None)
        found = StoreLanguage(found.language, DEFAULT_LOCALE)
    use_store_language(found.language)
    return found


def user_language(uow: UnitOfWork, user: User) -> str | None:
    """The language a user chose for their screens (`storedesk user language`), or None."""
    with uow.read() as tx:
        row = tx.staff.by_username(user.username)
    return row.language if row is not None else None


def thread_unit_of_work(db) -> UnitOfWork:
    """A unit of work of its own on the station's open database (`uow.db`), for a thread other
    than the till's database worker (the sync thread): a UnitOfWork belongs to one thread."""
    return UnitOfWork(db)


def storage_words(exc: BaseException) -> Message:
    """What a storage failure was, in the words adapters/uow.py gives it, without its
    "nothing was saved" (for a failure after an earlier commit of the same action): a `Message`,
    shown in the clerk's language with ui/translation.text(), English with str()."""
    return storage_cause(exc)


def hold_folder(data_dir: Path) -> FolderLock | None:
    """Take the data folder's one-till lock (adapters/instance_lock.py) without waiting: the
    held lock, or None when a till holds it. An unwritable folder raises OSError."""
    return instance_lock.acquire(Path(data_dir))


def folder_holder(data_dir: Path) -> Holder | None:
    """Who holds the data folder's one-till lock right now, or None when no till runs on it."""
    return instance_lock.holder(Path(data_dir))


def sign_in_names(uow: UnitOfWork) -> list[tuple[str, str]]:
    with uow.read() as tx:
        return tx.users.active_usernames()


def integrity_check(data_dir: Path) -> bool:
    """PRAGMA quick_check on a connection of its own: WAL lets it read beside the till."""
    db = Database(Path(data_dir) / DB_FILENAME)
    try:
        quick_check(db)
    finally:
        db.dispose()
    return True


def tidy_up(uow: UnitOfWork, min_wal_bytes: int = 0) -> bool:
    """Housekeeping in the till's quiet moments (after a sale, on the status poll)."""
    return uow.checkpoint(min_wal_bytes)
