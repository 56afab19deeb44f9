"""Row <-> domain mapping for the station tables, in plain SQL for speed.

The first design suggested ORM-mapped classes; the counter's hot path (scan, complete sale) must
commit within a few times a bare SQLite transaction, so repositories issue plain SQL on the
standard library's sqlite3 connection that the unit of work holds (adapters/uow.py). SQLAlchemy
only creates and upgrades the schema (adapters/db.py). Money columns are integer minor units.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple, TypeVar

from ..domain.basket import Basket
from ..domain.fiscal import signing
from ..domain.journal import GENESIS, JournalRow, canonical_json, chain_hash
from . import journal_signing

MILLI = Decimal(1000)
T = TypeVar("T")


def to_milli(q: Decimal) -> int:
    return int(q * MILLI)


def from_milli(m: int) -> Decimal:
    return (Decimal(m) / MILLI).normalize() if m % 1000 else Decimal(m // 1000)


@dataclass(frozen=True)
class Product:
    id: int
    sku: str
    name: str
    price_minor: int
    tax_code: str
    tax_rate: Decimal
    category: str
    unit: str
    barcode: str = ""
    kind: str = "goods"  # "goods" | "gift_card" (s0021): scanning a gift card asks for its code and amount


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    name: str
    role: str
    pin_hash: str
    failed_attempts: int
    locked_until: str | None
    active: bool


@dataclass(frozen=True)
class StoredBasket:
    """A basket as saved: its status, the basket itself (may be changed and saved), its park label."""

    status: str
    basket: Basket
    label: str | None


@dataclass(frozen=True)
class ParkedBasket:
    id: str
    label: str
    updated_at: str
    data: str  # the basket's JSON


@dataclass(frozen=True)
class BalanceRow:
    """A row of the stock view."""

    product_id: int
    sku: str
    name: str
    on_hand_milli: int | None  # None: no balance row yet (a product never moved)


@dataclass(frozen=True)
class MovementRow:
    created_at: str
    quantity_milli: int
    reason: str
    doc_ref: str
    station_code: str


class NewMovement(NamedTuple):
    """A stock movement to write (a tuple: the INSERT's parameters as it is, on the sale's hot path)."""

    id: str  # global: the stations of a store converge by it (rule 5)
    product_id: int
    quantity_milli: int  # signed: + in, - out
    reason: str
    doc_ref: str
    station_code: str
    created_at: str


@dataclass(frozen=True)
class AppendedEntry:
    """A journal entry just chained."""

    seq: int
    hash: str
    text: str  # the payload's canonical JSON (what the outbox sends, byte for byte)


_PRODUCT_COLS = "p.id, p.sku, p.name, p.price_minor, p.tax_code, t.rate, coalesce(c.name, ''), p.unit, p.kind"
_JOINS = "JOIN tax_rates t ON t.code = p.tax_code LEFT JOIN categories c ON c.id = p.category_id"
_PRODUCT_FROM = "products p " + _JOINS


def _product(row, barcode: str = "") -> Product:
    return Product(row[0], row[1], row[2], row[3], row[4], Decimal(row[5]), row[6], row[7], barcode, row[8])


class Cursor(sqlite3.Cursor):
    def scalar_one(self):
        row = self.fetchone()
        if row is None:
            raise LookupError("no row")
        return row[0]

    def inserted_id(self) -> int:
        """The rowid of the row the INSERT just executed wrote."""
        if self.lastrowid is None:
            raise LookupError("no row inserted")
        return self.lastrowid


class Repo:
    """`conn` is the unit of work's DB-API sqlite3 connection (no SQLAlchemy here: its statement
    layer cost half a millisecond per sale on the counter's hot path)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def q(self, sql: str, params=()) -> Cursor:
        cur = self.conn.cursor(Cursor)
        if isinstance(params, list):
            cur.executemany(sql, params)
        else:
            cur.execute(sql, params)
        return cur

    def value(self, sql: str, params=(), default=None):
        """The first column of the first row, or `default` when there is no row."""
        row = self.q(sql, params).fetchone()
        return row[0] if row else default

    def added(self, sql: str, params=()) -> bool:
        """Run an INSERT of one row that skips a row already there (OR IGNORE, ON CONFLICT DO NOTHING):
        whether it wrote it."""
        return self.q(sql, params).rowcount == 1

    def rows_as(self, make: Callable[..., T], sql: str, params=()) -> list[T]:
        """Every row of a query, each made into `make` (a row dataclass: the columns in its field order)."""
        return [make(*r) for r in self.q(sql, params)]

    def row_as(self, make: Callable[..., T], sql: str, params=()) -> T | None:
        """The first row of a query made into `make`, or None."""
        row = self.q(sql, params).fetchone()
        return make(*row) if row else None


class SettingsRepo(Repo):
    def all(self) -> dict[str, str]:
        return dict(self.q("SELECT key, value FROM settings").fetchall())

    def some(self, *keys: str) -> dict[str, str]:
        """Only these settings (those set): for a path that reads a few on every scan."""
        marks = ",".join("?" * len(keys))
        return dict(self.q(f"SELECT key, value FROM settings WHERE key IN ({marks})", keys).fetchall())

    def set(self, key: str, value: str) -> None:
        self.q(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


class CatalogRepo(Repo):
    def by_barcode(self, code: str) -> Product | None:
        row = self.q(
            f"SELECT {_PRODUCT_COLS} FROM barcodes b JOIN products p ON p.id = b.product_id {_JOINS} "
            "WHERE b.code = ? AND p.active = 1",
            (code,),
        ).fetchone()
        return _product(row, code) if row else None

    def by_sku(self, sku: str) -> Product | None:
        row = self.q(f"SELECT {_PRODUCT_COLS} FROM {_PRODUCT_FROM} WHERE p.sku = ? AND p.active = 1", (sku,)).fetchone()
        return _product(row) if row else None

    def by_plu(self, plu: str) -> Product | None:
        row = self.q(f"SELECT {_PRODUCT_COLS} FROM {_PRODUCT_FROM} WHERE p.plu = ? AND p.active = 1", (plu,)).fetchone()
        return _product(row) if row else None

    def by_id(self, product_id: int) -> Product | None:
        row = self.q(f"SELECT {_PRODUCT_COLS} FROM {_PRODUCT_FROM} WHERE p.id = ?", (product_id,)).fetchone()
        return _product(row) if row else None

    def first_barcode(self, product_id: int) -> str:
        return self.value("SELECT code FROM barcodes WHERE product_id = ? LIMIT 1", (product_id,), default="")

    def search(self, fts_query: str, limit: int) -> list[Product]:
        rows = self.q(
            f"SELECT {_PRODUCT_COLS} FROM products_fts f JOIN products p ON p.id = f.rowid {_JOINS} "
            "WHERE products_fts MATCH ? AND p.active = 1 LIMIT ?",
            (fts_query, limit),
        ).fetchall()
        return [_product(r) for r in rows]

    def count(self) -> int:
        return self.q("SELECT count(*) FROM products").scalar_one()

    def upsert_tax_rate(self, code: str, rate: str, label: str) -> None:
        self.q(
            "INSERT INTO tax_rates(code, rate, label) VALUES (?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET rate = excluded.rate, label = excluded.label",
            (code, rate, label),
        )

    def category_id(self, name: str) -> int:
        self.q("INSERT OR IGNORE INTO categories(name) VALUES (?)", (name,))
        return self.q("SELECT id FROM categories WHERE name = ?", (name,)).scalar_one()

    def bulk_insert(self, products: list[tuple], barcodes: list[tuple]) -> None:
        """products: (id, sku, name, category_id, price_minor, tax_code, unit, plu); barcodes: (code, product_id)."""
        self.q(
            "INSERT INTO products(id, sku, name, category_id, price_minor, tax_code, unit, plu) "
            "VALUES (?,?,?,?,?,?,?,?)",
            products,
        )
        self.q("INSERT INTO barcodes(code, product_id) VALUES (?, ?)", barcodes)

    def tax_rates(self) -> dict[str, Decimal]:
        return {c: Decimal(r) for c, r in self.q("SELECT code, rate FROM tax_rates").fetchall()}

    def set_kind(self, product_id: int, kind: str) -> None:
        """A product's kind (s0021): "goods" or "gift_card"."""
        self.q("UPDATE products SET kind = ? WHERE id = ?", (kind, product_id))


class UsersRepo(Repo):
    _COLS = "id, username, name, role, pin_hash, failed_attempts, locked_until, active"

    @staticmethod
    def _user(*cols) -> UserRow:
        fields = list(cols)
        fields[7] = bool(cols[7])  # active
        return UserRow(*fields)

    def by_username(self, username: str) -> UserRow | None:
        return self.row_as(
            self._user, f"SELECT {self._COLS} FROM users WHERE username = ?", (username.strip().lower(),)
        )

    def by_id(self, user_id: int) -> UserRow | None:
        return self.row_as(self._user, f"SELECT {self._COLS} FROM users WHERE id = ?", (user_id,))

    def active_usernames(self) -> list[tuple[str, str]]:
        """(username, name) of the active users, by name."""
        return self.q("SELECT username, name FROM users WHERE active = 1 ORDER BY name").fetchall()

    def record_attempt(self, user_id: int, failed: int, locked_until: str | None) -> None:
        self.q("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?", (failed, locked_until, user_id))

    def add(self, username: str, name: str, role: str, pin_hash: str) -> int:
        return self.q(
            "INSERT INTO users(username, name, role, pin_hash) VALUES (?, ?, ?, ?)",
            (username.strip().lower(), name.strip(), role, pin_hash),
        ).inserted_id()


class BasketsRepo(Repo):
    """Baskets are saved as JSON on every change; the open one is also kept parsed in memory
    (`cache`, owned by the unit of work) so a scan does not re-read and re-parse it."""

    def __init__(self, conn, cache: dict | None = None):
        super().__init__(conn)
        self.cache = cache if cache is not None else {}

    def get(self, basket_id: str) -> StoredBasket | None:
        """The basket as saved, or None. The basket returned may be changed and saved."""
        row = self.q("SELECT status, label, updated_at FROM baskets WHERE id = ?", (basket_id,)).fetchone()
        if not row:
            return None
        status, label, updated_at = row
        cached = self.cache.get(basket_id)
        if cached is not None and cached[0] == updated_at:
            return StoredBasket(status, cached[1], label)
        data = self.q("SELECT data FROM baskets WHERE id = ?", (basket_id,)).scalar_one()
        basket = Basket.from_dict(json.loads(data))
        self.cache.clear()
        self.cache[basket_id] = (updated_at, basket)
        return StoredBasket(status, basket, label)

    def open_id(self) -> str | None:
        return self.value("SELECT id FROM baskets WHERE status = 'open' ORDER BY updated_at DESC LIMIT 1")

    def insert(self, basket_id: str, basket: Basket, user_id: int | None, now: str) -> None:
        self.q(
            "INSERT INTO baskets(id, status, user_id, data, created_at, updated_at) VALUES (?, 'open', ?, ?, ?, ?)",
            (basket_id, user_id, json.dumps(basket.to_dict()), now, now),
        )

    def save(self, basket_id: str, basket: Basket, now: str) -> None:
        self.q(
            "UPDATE baskets SET data = ?, updated_at = ? WHERE id = ?",
            (json.dumps(basket.to_dict()), now, basket_id),
        )
        self.cache.clear()
        self.cache[basket_id] = (now, basket)

    def set_status(
        self, basket_id: str, status: str, now: str, label: str | None = None, sale_id: str | None = None
    ) -> None:
        self.cache.pop(basket_id, None)
        self.q(
            "UPDATE baskets SET status = ?, updated_at = ?, label = coalesce(?, label), sale_id = coalesce(?, sale_id) "
            "WHERE id = ?",
            (status, now, label, sale_id, basket_id),
        )

    def parked(self) -> list[ParkedBasket]:
        """Parked baskets, oldest first."""
        return self.rows_as(
            ParkedBasket, "SELECT id, label, updated_at, data FROM baskets WHERE status = 'parked' ORDER BY updated_at"
        )

    def sale_of(self, basket_id: str) -> str | None:
        return self.value("SELECT sale_id FROM baskets WHERE id = ?", (basket_id,))

    def owner(self, basket_id: str) -> int | None:
        """The id of the user whose sale this is (who opened it, or a manager who took it over)."""
        return self.value("SELECT user_id FROM baskets WHERE id = ?", (basket_id,))

    def set_owner(self, basket_id: str, user_id: int, now: str) -> None:
        self.cache.pop(basket_id, None)
        self.q("UPDATE baskets SET user_id = ?, updated_at = ? WHERE id = ?", (user_id, now, basket_id))

    def parked_count(self, user_id: int) -> int:
        """How many parked sales belong to this user."""
        return self.q("SELECT count(*) FROM baskets WHERE status = 'parked' AND user_id = ?", (user_id,)).scalar_one()


class CountersRepo(Repo):
    def next(self, name: str) -> int:
        """Gapless: incremented inside the caller's transaction, rolled back with it."""
        row = self.q(
            "INSERT INTO counters(name, value) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            (name,),
        ).fetchone()
        return row[0]


class StockRepo(Repo):
    def add_movements(self, rows: list[NewMovement]) -> None:
        self.q("INSERT INTO stock_movements VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self.q(
            "INSERT INTO stock_balances(product_id, on_hand_milli) VALUES (?, ?) "
            "ON CONFLICT(product_id) DO UPDATE SET on_hand_milli = on_hand_milli + excluded.on_hand_milli",
            [(pid, milli) for _id, pid, milli, *_ in rows],  # NewMovement rows, or plain tuples of its fields
        )

    def on_hand_milli(self, product_id: int) -> int:
        return self.value("SELECT on_hand_milli FROM stock_balances WHERE product_id = ?", (product_id,), default=0)

    def ledger_sum_milli(self, product_id: int) -> int:
        return self.q(
            "SELECT coalesce(sum(quantity_milli), 0) FROM stock_movements WHERE product_id = ?", (product_id,)
        ).scalar_one()

    def history(self, product_id: int, limit: int = 200) -> list[MovementRow]:
        return self.rows_as(
            MovementRow,
            "SELECT created_at, quantity_milli, reason, doc_ref, station_code FROM stock_movements "
            "WHERE product_id = ? ORDER BY created_at DESC LIMIT ?",
            (product_id, limit),
        )

    def balances(self, fts_query: str | None, limit: int) -> list[BalanceRow]:
        """The stock view's rows."""
        params: tuple
        if fts_query:
            sql = (
                "SELECT p.id, p.sku, p.name, coalesce(b.on_hand_milli, 0) FROM products_fts f "
                "JOIN products p ON p.id = f.rowid LEFT JOIN stock_balances b ON b.product_id = p.id "
                "WHERE products_fts MATCH ? LIMIT ?"
            )
            params = (fts_query, limit)
        else:
            sql = (
                "SELECT p.id, p.sku, p.name, b.on_hand_milli "
                "FROM stock_balances b JOIN products p ON p.id = b.product_id "
                "ORDER BY b.on_hand_milli ASC LIMIT ?"
            )
            params = (limit,)
        return self.rows_as(BalanceRow, sql, params)


class JournalRepo(Repo):
    def last(self) -> tuple[int, str]:
        row = self.q("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def append(self, kind: str, doc_ref: str, payload: dict, now: str) -> AppendedEntry:
        """Chain one entry, signed when the store's fiscal country signs (issue 19; a key's
        first signature is preceded by the entry that introduces it: adapters/journal_signing.py)."""
        key = journal_signing.key_if_signing(self.conn)
        if key is not None and not journal_signing.is_known(self.conn, key):
            intro = self._chain(signing.KEY_KIND, key.fingerprint, journal_signing.key_entry(self.conn, key, now), now)
            journal_signing.remember(self.conn, key, intro.seq, now)
            journal_signing.sign(self.conn, key, intro.seq, intro.hash)
        entry = self._chain(kind, doc_ref, payload, now)
        if key is not None:
            journal_signing.sign(self.conn, key, entry.seq, entry.hash)
        return entry

    def _chain(self, kind: str, doc_ref: str, payload: dict, now: str) -> AppendedEntry:
        seq, prev = self.last()
        text = canonical_json(payload)
        digest = chain_hash(prev, text)
        self.q(
            "INSERT INTO journal(seq, kind, doc_ref, created_at, payload, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq + 1, kind, doc_ref, now, text, prev, digest),
        )
        return AppendedEntry(seq + 1, digest, text)

    def rows(self):
        for seq, payload, prev, digest in self.q("SELECT seq, payload, prev_hash, hash FROM journal ORDER BY seq"):
            yield JournalRow(seq, payload, prev, digest)


class OverridesRepo(Repo):
    def add(self, action: str, user_id: int, approver_id: int, doc_ref: str, detail: str, now: str) -> None:
        self.q(
            "INSERT INTO overrides(action, user_id, approver_id, doc_ref, detail, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (action, user_id, approver_id, doc_ref, detail, now),
        )
