"""`storedesk-hub catalog import FILE [--dry-run] [--report FILE] [--currency C] [--tax-rate CODE=RATE]`:
its parser and its run, for hub/cli.py. Exit 0 every row imported, 1 some rows rejected (the rest
imported; the report says which and why), 2 the file cannot be read (nothing imported)."""

from __future__ import annotations

import sys
from pathlib import Path

from ...domain.catalog_rows import FileError, Problem, report_csv, report_lines

EXIT_UNREADABLE = 2


def add_parser(sub, common) -> None:
    s = sub.add_parser("catalog", parents=[common], help="the chain's catalog: import a CSV or XLSX file")
    cat = s.add_subparsers(dest="catalog_command", required=True, parser_class=type(s))
    i = cat.add_parser(
        "import",
        parents=[common],
        help="import products and prices from a CSV (UTF-8, comma or semicolon) or XLSX file",
        description="Columns: sku, name, price, tax_code (required); barcodes, category, unit, active, "
        "valid_from. Exit 0 all rows imported, 1 some rejected (see --report), 2 the file cannot be read.",
    )
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    i.add_argument(
        "--report", type=Path, metavar="FILE", help="write the rejected rows here (CSV: row, column, reason)"
    )
    i.add_argument("--currency", help="ISO 4217 code of the prices (default: the one currency of the hub's stores)")
    i.add_argument(
        "--tax-rate",
        action="append",
        default=[],
        metavar="CODE=RATE",
        help="a tax code neither the hub's tax table (storedesk-hub tax set) nor the catalog has yet, "
        "with its rate in percent (repeatable), e.g. A=20",
    )


def _tax_rates(given: list[str]) -> dict[str, str]:
    rates = {}
    for spec in given:
        code, eq, rate = spec.partition("=")
        if not eq or not code.strip() or not rate.strip():
            raise FileError(f"--tax-rate {spec!r}: write CODE=RATE, e.g. A=20")
        if len(code.strip()) > 8:  # what a station takes (sync/feed_items.py)
            raise FileError(f"--tax-rate {spec!r}: a tax code has at most 8 characters")
        rates[code.strip()] = rate.strip()
    return rates


def deliver_report(problems: list[Problem], path: Path | None) -> None:
    """The report into --report FILE, else the first rejected rows on standard error."""
    if path is not None:
        path.write_text(report_csv(problems), encoding="utf-8", newline="")
    for line in [] if path is not None else report_lines(problems):
        print(f"storedesk-hub: {line}", file=sys.stderr)


def run(engine, args) -> int:
    from .import_file import import_file

    prog = "storedesk-hub"
    try:
        data = args.file.read_bytes()
        outcome, checked = import_file(
            engine,
            args.file.name,
            data,
            currency=args.currency,
            tax_rates=_tax_rates(args.tax_rate),
            dry_run=args.dry_run,
        )
    except FileError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except OSError as exc:
        print(f"{prog}: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    deliver_report(checked.problems, args.report)
    print(f"catalog import: {outcome.summary()}")
    return outcome.exit_code
