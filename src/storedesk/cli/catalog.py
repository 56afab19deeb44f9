"""`storedesk catalog import FILE [--dry-run] [--report FILE]`: a store without a hub imports its
catalog at the station (services/catalog_import.py), in the format and with the report of
`storedesk-hub catalog import`. Exit 0 every row imported, 1 some rows rejected (the rest
imported), 2 the file cannot be read or the station takes its catalog from a hub (nothing imported)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.catalog_rows import FileError, report_csv, report_lines
from ..services import catalog_import
from .common import PROG, UsageError, add_command, add_group, station, write_atomically


def cmd_catalog_import(args) -> int:
    """Import products and prices from a CSV (UTF-8, comma or semicolon) or XLSX file. Columns:
    sku, name, price, tax_code (required); barcodes, category, unit, active, valid_from. Every row
    is checked; a rejected row is not written and is listed with its reasons (--report FILE)."""
    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    with station(args.folder) as (_database, uow):
        try:
            outcome, checked = catalog_import.import_file(uow, path.name, data, dry_run=args.dry_run)
        except (FileError, catalog_import.LinkedToHub) as exc:
            raise UsageError(str(exc)) from None
    if args.report is not None:
        write_atomically(Path(args.report).expanduser(), lambda out: out.write(report_csv(checked.problems)))
    else:
        for line in report_lines(checked.problems):
            print(f"{PROG}: {line}", file=sys.stderr)
    print(f"catalog import: {outcome.summary()}")
    return outcome.exit_code


def add_catalog(sub, common) -> None:
    about = cmd_catalog_import.__doc__ or ""
    csub = add_group(sub, common, "catalog", help="import the catalog (a store without a hub)", description=about)
    p = add_command(csub, common, "import", cmd_catalog_import, help="import products and prices from CSV or XLSX")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--report", metavar="FILE", help="write the rejected rows here (CSV: row, column, reason)")
