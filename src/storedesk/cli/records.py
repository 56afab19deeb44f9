"""`storedesk journal verify`, `storedesk export sales|stock` and `storedesk report x|z`: what the
station has recorded, checked and handed on to the accountant."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from ..i18n.formats import DEFAULT_LOCALE as CLI_LOCALE  # the terminal's words stay English
from ..services import export, journal, reports
from ..services.station import use_language_of_store
from .common import UsageError, add_command, add_group, station, write_out


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: use YYYY-MM-DD, e.g. 2024-03-31") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}: a Z number is a whole number from 1")
    return int(text)


def _fingerprint(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 16 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError(f"invalid key fingerprint {text!r}: 16 hexadecimal digits")
    return value


def cmd_journal_verify(args) -> int:
    """Walk the journal's hash chain, check its signatures (a store whose country signs) and its
    document numbers. Exit 0 if intact; exit 1 naming the first broken sequence number and its
    document, or the first document number missing, otherwise. Lists the keys that signed, each
    with the entry that introduced it, to compare with the hub's list (`--key` pins them)."""
    pinned = tuple(args.key or ())
    with station(args.folder) as (_engine, uow):
        result = journal.verify(uow, pinned)
    signed = f", {result.signatures} signatures" if result.signatures else ""
    if result.ok:
        print(f"journal OK: {result.entries} entries{signed}")
    elif result.broken_seq is None:  # the chain and signatures hold; a document number is missing
        print(f"journal BROKEN: {result.reason}")
        for number in result.missing:
            print(f"  missing: {number}")
        print(f"(the hash chain of {result.entries} entries and its {result.signatures} signatures are intact)")
    else:
        document = f" (document {result.broken_doc})" if result.broken_doc else ""
        print(f"journal BROKEN at sequence {result.broken_seq}: {result.reason}{document}")
        if result.chain_intact:
            good = f"{result.signatures} signatures before it are good"
            print(f"(the hash chain of {result.entries} entries is intact; {good})")
        else:
            print(f"({result.entries} entries before it are intact)")
    _print_keys(result.keys, pinned)
    return 0 if result.ok else 1


def _print_keys(keys, pinned: tuple[str, ...]) -> None:
    """The keys that signed, each with the journal entry that introduced it: what a person
    compares with the hub's list of the station's keys (`storedesk-hub` keeps them)."""
    for used in keys:
        print(
            f"signed by key {used.fingerprint}, introduced at entry {used.introduced_seq} "
            f"({used.signatures} signatures)"
        )
    if keys and not pinned:
        print(
            "keys not pinned: give --key FINGERPRINT to accept only the station's own (its key fingerprints: "
            "`storedesk-hub fiscal keys --store S --station T`, or `storedesk init`'s output)"
        )


def cmd_export_sales(args) -> int:
    """Export sale and return lines between two business days (inclusive, in the store's
    time zone), one row a line, money as decimal strings with a dot (locale-free). Columns:
    receipt_no, time, sku, name, quantity, unit_price, discount, tax_rate, tax, gross,
    tenders ("kind:amount;..."), change, document (sale or return), original_receipt;
    then promotions (what each promotion took off the line, as JSON text:
    [{"id":"COLA-2-FOR-1","amount":"3.19"}], [] when none; part of discount), gift_card
    (the code of a gift card the line sold or reloaded: not revenue, tax 0), customer_id,
    customer_card and points_earned (the sale's customer and the points it earned, on each
    of its lines like tenders and change; empty without a customer and on returns)."""
    if args.start > args.end:
        raise UsageError(f"--from {args.start} is after --to {args.end}")
    with station(args.folder) as (_engine, uow):
        done = write_out(args.out, lambda out: export.write_sales(uow, args.start, args.end, args.format, out))
    if done is not None:
        out, rows = done
        print(f"exported {rows} sale lines ({args.start} to {args.end}) to {out}")
    return 0


def cmd_export_stock(args) -> int:
    """Export every product's on-hand (the stock ledger's balance) and its value
    at the current retail price: SKU, name, unit, on hand, unit price, value."""
    from ..services.stock.export import write_stock

    with station(args.folder) as (_engine, uow):
        done = write_out(args.out, lambda out: write_stock(uow, args.format, out, nonzero=args.nonzero))
    if done is not None:
        out, rows = done
        print(f"exported stock of {rows} products to {out}")
    return 0


def cmd_report(args) -> int:
    """x: the open shift's X report (a reading: nothing is reset). z: reprint a Z
    report from its frozen totals as a numbered duplicate, journaled ("DUPLICATA n° 2";
    a Z itself is made by closing the shift in the app)."""
    if args.kind == "x" and (args.last or args.number is not None):
        raise UsageError("an X report reads the open shift: --last and --number are for Z reports")
    if args.kind == "z" and not args.last and args.number is None:
        raise UsageError(
            "a Z report is made by closing the shift in the app (F11, Shift); to reprint one, give --last or --number N"
        )
    if args.format == "json":
        return _report_json(args)
    if args.out is None:
        raise UsageError("give --out FILE.pdf (or --format json to print the figures)")
    out = Path(args.out).expanduser().absolute()
    with station(args.folder) as (_database, uow):
        use_language_of_store(uow)  # the paper in the store's language and locale
        if args.kind == "x":
            result = reports.x_report(uow, None, args.folder, paper=args.paper, out=out)
        else:
            result = reports.z_report(uow, None, args.folder, number=args.number, paper=args.paper, out=out)
    r = result.report
    from ..domain.money_format import fmt_money

    x_words = f"X report of shift {r.shift_no}"
    what = f"Z report {r.z_no} (duplicate no. {result.duplicate})" if r.kind == "Z" else x_words
    total, expected = (fmt_money(a, r.currency, CLI_LOCALE) for a in (r.period_total, r.cash_expected))
    print(f"{what} written to {result.path}: {r.sales_count} sales, period total {total}, cash expected {expected}")
    return 0


def _report_json(args) -> int:
    """The report's figures as JSON (money as decimal strings) on standard output, or in --out."""
    with station(args.folder) as (_database, uow):
        if args.kind == "x":
            report = reports.x_figures(uow, None)
        else:
            report = reports.z_figures(uow, None, number=args.number)

    def write(out) -> int:
        json.dump(report.figures(), out, indent=1, ensure_ascii=False)
        out.write("\n")
        return 1

    done = write_out(args.out, write)
    if done is not None:
        print(f"{report.kind} report figures written to {done[0]}")
    return 0


# --- the parser ------------------------------------------------------------------------------


def add_journal(sub, common) -> None:
    about = "Commands on the tamper-evident fiscal journal."
    jsub = add_group(sub, common, "journal", help="check the tamper-evident journal", description=about)
    v = add_command(
        jsub,
        common,
        "verify",
        cmd_journal_verify,
        help="walk the hash chain, check the signatures and numbers, and name the first broken entry",
    )
    v.add_argument(
        "--key",
        action="append",
        type=_fingerprint,
        metavar="FINGERPRINT",
        help="a fingerprint of the station's key, as the hub lists it (repeatable): an entry signed by "
        "another key is a failure",
    )


def add_export(sub, common) -> None:
    esub = add_group(
        sub, common, "export", help="export data for the accountant", description="Export data for the accountant."
    )
    s = add_command(esub, common, "sales", cmd_export_sales, help="one row per sale line, money as decimal strings")
    s.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="first day")
    s.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="last day")
    _csv_or_json(s)
    _out_file(s)
    k = add_command(esub, common, "stock", cmd_export_stock, help="on-hand and value per product, as decimal strings")
    _csv_or_json(k)
    k.add_argument("--nonzero", action="store_true", help="only products whose on-hand is not zero")
    _out_file(k)


def _csv_or_json(p) -> None:
    p.add_argument("--format", choices=("csv", "json"), default="csv", help="output format (default: csv)")


def _out_file(p) -> None:
    p.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of standard output")


def add_report(sub, common) -> None:
    p = add_command(sub, common, "report", cmd_report, help="print the X report, or reprint a Z report, to PDF")
    p.add_argument("kind", choices=("x", "z"), help="x or z")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--last", action="store_true", help="the station's last Z report")
    which.add_argument("--number", type=_positive, metavar="N", help="Z report number N")
    p.add_argument("--paper", choices=reports.PAPERS, default="a4", help="A4 page or 80 mm roll (default: a4)")
    p.add_argument(
        "--format",
        choices=("pdf", "json"),
        default="pdf",
        help="pdf (default): write --out FILE.pdf; json: print the figures (money as decimal strings) "
        "to standard output, or to --out FILE",
    )
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write (with --format json: the JSON file)")
