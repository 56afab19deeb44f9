"""`storedesk promotions import|show` and `storedesk basket price` (services/promotions.py).

A store without a hub loads its promotions from a file at the station (a station linked to a hub
takes them from the hub's feed: `storedesk-hub promotions import`); `basket price` tells support
staff what a basket costs with the station's catalog and promotions, and why. Exit 0 done, 1
refused (the promotion and the reason, or the unknown code, on stderr; nothing changed), 2 the
file cannot be read.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..services import promotions
from .common import UsageError, add_command, add_group, station


def _read(name: str) -> bytes:
    path = Path(name).expanduser()
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def cmd_promotions_import(args) -> int:
    """Put the promotions of FILE.json in force at this station, replacing those in force. The
    whole file is checked first: an unknown kind or field, or a bad value, refuses it with the
    promotion's id and the reason, and nothing changes."""
    data = _read(args.file)
    with station(args.folder) as (_database, uow):
        loaded = promotions.import_file(uow, data)
    print(f"promotions import: {loaded.count} promotions in force (version {loaded.version[:12]})")
    return 0


def cmd_promotions_show(args) -> int:
    """What is in force: how many promotions, where from (hub or file), the version and when it
    was loaded, then the promotions' ids."""
    with station(args.folder) as (_database, uow):
        found = promotions.in_force(uow)
    if found is None:
        print("no promotions loaded")
        return 0
    print(f"promotions: {found.count}")
    print(f"source: {found.source}")
    print(f"version: {found.version}")
    print(f"loaded at: {found.loaded_at}")
    for pid in found.ids:
        print(f"  {pid}")
    return 0


def cmd_basket_price(args) -> int:
    """Price a basket given as JSON ({"lines": [{"code": "3760000000055", "quantity": "2"}],
    "customer": null, "coupons": []}; a code is a barcode or a SKU, as at the counter) with the
    station's catalog and promotions, and print JSON: per line code, sku, quantity, unit_price,
    discount, amount and promotions (ids), then discount_total and total (money as decimal
    strings). Nothing is saved."""
    data = _read(args.file)
    with station(args.folder) as (_database, uow):
        priced = promotions.price_file(uow, data)
    print(json.dumps(priced, indent=2))
    return 0


def add_promotions(sub, common) -> None:
    about = "The promotions in force at this station (a store without a hub loads them from a file)."
    psub = add_group(sub, common, "promotions", help="load or show the station's promotions", description=about)
    p = add_command(psub, common, "import", cmd_promotions_import, help="put the promotions of a JSON file in force")
    p.add_argument("file", metavar="FILE.json")
    add_command(psub, common, "show", cmd_promotions_show, help="what is in force: count, source, version")


def add_basket(sub, common) -> None:
    about = "Price a basket with the station's catalog and promotions (support: why did it cost that?)."
    bsub = add_group(sub, common, "basket", help="price a basket given as JSON", description=about)
    p = add_command(bsub, common, "price", cmd_basket_price, help="print what each line costs, and why")
    p.add_argument("file", metavar="FILE.json")
