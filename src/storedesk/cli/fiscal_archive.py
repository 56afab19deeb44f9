"""`storedesk fiscal archive`, `fiscal archive verify` and `fiscal audit-export` (issue 19): a
closed month's signed archive, its check on any machine, and the files a tax inspector asks for.

`archive verify` opens no data folder and no database: it checks the file alone."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.fiscal.archive import Period
from ..services.fiscal import archive, audit_export
from ..services.station import use_language_of_store
from .common import UsageError, add_command, station
from .records import _fingerprint, _iso_date


def cmd_archive(args) -> int:
    """Write the signed archive of a closed month (--period YYYY-MM) to --out FILE.zip: its
    journal entries (from the one after the previous month's closing to the month's closing),
    documents, closings, public keys, and a manifest of each member's SHA-256 signed with the
    station's key. The station also keeps one of each closed month in its data folder
    (fiscal/archives/), made by itself at start and after each Z."""
    if args.period is None or args.out is None:
        raise UsageError("give --period YYYY-MM and --out FILE.zip (or: storedesk fiscal archive verify FILE.zip)")
    out = Path(args.out).expanduser().absolute()
    with station(args.folder) as (_database, uow):
        written = archive.write_archive(uow, args.folder, args.period, out)
        archive.record(uow, written, "elsewhere", by="terminal")
    entries = written.last_seq - written.first_seq + 1
    print(
        f"archive of {written.period} written to {written.path}: journal entries {written.first_seq} to "
        f"{written.last_seq} ({entries}), sha256 {written.sha256}"
    )
    return 0


def cmd_archive_verify(args) -> int:
    """Check an archive on its own, on any machine (no data folder, no database): the manifest's
    signature, each member's SHA-256, the hash chain of its entries, every entry's signature, the
    public keys, and that its documents and closings are its journal's. Exit 0 if it holds; exit
    1 naming each problem: the member, the entry and document, why."""
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"{path} is not a file")
    report = archive.verify_file(path, tuple(args.key or ()))
    facts = archive.manifest_text(report)
    if report.ok:
        keys = ", ".join(report.keys)
        if args.key:
            checked = "checked against the station's key(s) given with --key"
        else:  # any self-consistent key passes: say so, and how to check it
            checked = (
                "keys not checked: give --key FINGERPRINT (the station's key fingerprints: "
                "`storedesk-hub fiscal keys --store S --station T`, or `storedesk init`'s output)"
            )
        print(f"archive OK: {report.entries} entries, {report.signatures} signatures, signed by key(s) {keys}")
        print(checked)
        print(f"manifest: {facts}")
        return 0
    print(f"archive BROKEN: {len(report.problems)} problem(s)")
    for problem in report.problems:
        print(f"  {problem}")
    if facts:
        print(f"manifest: {facts}")
    return 1


def cmd_audit_export(args) -> int:
    """Write, for a tax inspector, the documents (sales and returns), their lines and taxes, the
    journal, the closings and the fiscal events between two business days (inclusive, in the
    store's time zone) as CSV files in --out DIR (a new or empty folder), with README.txt naming
    each file and column in the store's language. The export itself is journaled."""
    if args.start > args.end:
        raise UsageError(f"--from {args.start} is after --to {args.end}")
    out = Path(args.out).expanduser().absolute()
    with station(args.folder) as (_database, uow):
        use_language_of_store(uow)  # README.txt in the store's language
        done = audit_export.export(uow, args.start, args.end, out)
    print(f"audit export of {args.start} to {args.end} written to {done.folder}: " + ", ".join(done.summary()))
    return 0


def _period(text: str) -> str:
    try:
        return str(Period.parse(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add(fsub, common) -> None:
    """Add `archive` (and `archive verify`) and `audit-export` to `storedesk fiscal`."""
    a = add_command(fsub, common, "archive", cmd_archive, help="write a closed month's signed archive (or verify one)")
    a.add_argument(
        "--period", type=_period, metavar="YYYY-MM", help="the month, closed already (storedesk fiscal close month)"
    )
    a.add_argument("--out", metavar="FILE.zip", help="the archive to write")
    asub = a.add_subparsers(dest="archive_command", metavar="verify", required=False)
    v = add_command(asub, common, "verify", cmd_archive_verify, help="check an archive file on any machine")
    v.add_argument("file", metavar="FILE.zip", help="the archive to check")
    v.add_argument(
        "--key",
        action="append",
        type=_fingerprint,
        metavar="FINGERPRINT",
        help="a fingerprint of the station's key, as the hub lists it (repeatable): a key in the archive "
        "that is not one of these is a problem",
    )
    e = add_command(fsub, common, "audit-export", cmd_audit_export, help="documents, journal and closings as CSV")
    e.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="first day")
    e.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="last day")
    e.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder to write the files in")
