"""The chain's category list (h0012), managed at the hub: `storedesk-hub category add|list|rename`.

While the list is empty a product's category is free text, as it always was. Once it lists a
name, a category is one of the list (or none): `storedesk-hub catalog import` reports a row with
another (domain/catalog_rows.py Rules.categories) and imports the rest; PUT /v1/products refuses the
request whole (`refuse_unlisted`, 422). Names are unique ignoring case, so "Fruit" and "fruit" never
both exist.

A rename changes the list's row and every product carrying the old name, in one transaction, with
one "product" feed item per product changed: the stations see the new name. A category the
products carry from before the list can be renamed too (the new name then joins the list, unless
the list is empty). A store's `return_category_days` setting (hub/settings) names categories; a
rename does not rewrite it: `mentioned_by_stores` lets the command say which stores to update.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..errors import Unprocessable
from ..feed import add_items
from ..models import products
from ..settings.models import store_settings
from . import service
from .models import categories

MAX_NAME = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SHOWN = 10  # unknown categories named in a refusal


def names(conn: Connection) -> frozenset[str] | None:
    """The listed categories; None while the list is empty (a category is free text)."""
    listed = frozenset(conn.execute(select(categories.c.name)).scalars())
    return listed or None


def listed(conn: Connection) -> list[str]:
    """The listed categories in name order."""
    return sorted(conn.execute(select(categories.c.name)).scalars())


def _checked_name(name: str, listed_now: Iterable[str], allowed_case_of: str | None = None) -> str:
    """`name` as a new entry of the list, or ValueError saying why not."""
    if not name.strip():
        raise ValueError("a category needs a name")
    if _CONTROL.search(name):
        raise ValueError("a category name must not contain a control character (NUL, tab, line break)")
    if name != name.strip():
        raise ValueError(f"category {name!r} starts or ends with a space")
    if len(name) > MAX_NAME:
        raise ValueError(f"a category name has at most {MAX_NAME} characters")
    for other in listed_now:
        if other == name:
            raise ValueError(f"category {name!r} is already listed")
        if other.casefold() == name.casefold() and other != allowed_case_of:
            raise ValueError(f"category {name!r} differs only by case from the listed {other!r}")
    return name


def add(conn: Connection, name: str, now: str) -> str:
    """List `name`; ValueError when it is empty, too long, has a control character, or is already
    listed (ignoring case)."""
    _checked_name(name, names(conn) or ())
    conn.execute(categories.insert().values(name=name, created_at=now, updated_at=now))
    return name


def rename(conn: Connection, old: str, new: str, now: str) -> int:
    """Rename category `old` to `new` in the list and on every product carrying it; one "product"
    feed item per product changed. Returns how many products changed. Call inside
    db.write_tx(feed=True). ValueError when `old` is neither listed nor on any product, or `new`
    cannot be listed (a new name may differ from `old` by case only: fixing the case)."""
    listed_now = names(conn) or frozenset()
    if new == old:
        raise ValueError(f"category {old!r} already has that name")
    cols = [products.c[k] for k in service.FIELDS]
    carried = [
        dict(zip(service.FIELDS, r, strict=True)) for r in conn.execute(select(*cols).where(products.c.category == old))
    ]
    if old not in listed_now and not carried:
        raise ValueError(f"no category {old!r}: it is neither listed nor on any product")
    _checked_name(new, listed_now, allowed_case_of=old)
    if old in listed_now:
        conn.execute(categories.update().where(categories.c.name == old).values(name=new, updated_at=now))
    elif listed_now:  # a category from before the list: its new name joins the list
        conn.execute(categories.insert().values(name=new, created_at=now, updated_at=now))
    if carried:
        conn.execute(products.update().where(products.c.category == old).values(category=new, updated_at=now))
    add_items(conn, [(None, None, "product", service.feed_data({**row, "category": new})) for row in carried], now)
    return len(carried)


def mentioned_by_stores(conn: Connection, name: str) -> list[str]:
    """The stores whose `return_category_days` setting names category `name`."""
    rows = conn.execute(
        select(store_settings.c.store, store_settings.c.value).where(store_settings.c.key == "return_category_days")
    )
    return sorted(store for store, value in rows if name in _days(value))


def _days(value: str) -> dict:
    try:
        days = json.loads(value or "{}")
    except ValueError:
        return {}
    return days if isinstance(days, dict) else {}


def refuse_unlisted(conn: Connection, rows: Iterable[dict]) -> None:
    """Unprocessable (nothing written: the caller's transaction rolls back) when the list is not
    empty and a product row names a category it does not have; an empty category is allowed."""
    listed_now = names(conn)
    if listed_now is None:
        return
    bad = [(r["sku"], r["category"]) for r in rows if r["category"] and r["category"] not in listed_now]
    if bad:
        shown = ", ".join(f"{sku} ({category!r})" for sku, category in bad[:SHOWN])
        more = f" and {len(bad) - SHOWN} more" if len(bad) > SHOWN else ""
        raise Unprocessable(f"categories not in the hub's category list (storedesk-hub category list): {shown}{more}")
