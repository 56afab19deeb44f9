"""`storedesk fiscal close day|month|year`, `storedesk fiscal closings` and `storedesk fiscal
closing print` (issue 19, "Storage"): a French store's closings, made by hand (the current
period, and any ended one before it not yet closed), listed, and printed as an A4 PDF (the
first print is the original; each later one is journaled and says "DUPLICATA n° n").
English output, like every command."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.money import from_minor
from .common import add_command, add_group, station


def add(fsub, common) -> None:
    """Add this module's commands to `storedesk fiscal`."""
    p = add_command(fsub, common, "close", _close, help="close the current business day, month or fiscal year now")
    p.add_argument("kind", choices=("day", "month", "year"))
    p = add_command(fsub, common, "closings", _list, help="list the fiscal closings, newest first")
    p.add_argument("--kind", choices=("day", "month", "year"), default=None)
    p.add_argument("--limit", type=int, default=400)
    p.add_argument("--json", action="store_true", help="machine-readable output (amounts as decimal strings)")
    closing = add_group(fsub, common, "closing", help="one fiscal closing", description="One fiscal closing.")
    p = add_command(closing, common, "print", _print, help="write a closing as an A4 PDF")
    p.add_argument("doc_no", help="the closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026")
    p.add_argument("--out", type=Path, required=True, help="the PDF file to write")


def _close(args) -> int:
    """Close the current business day, month or fiscal year now, with every ended period before it
    that is not closed yet (a month's days first, a year's months first). Refused when it is
    closed already, and at a store whose fiscal country has no closings."""
    from ..services.fiscal import closings

    with station(args.folder) as (_database, uow):
        made = closings.close(uow, args.kind)
    for c in made:
        total = from_minor(c.figures.total_minor, c.figures.currency)
        print(f"{c.doc_no}: {c.figures.documents} document(s), total {total} {c.figures.currency}")
    return 0


def _list(args) -> int:
    """The fiscal closings, newest first: number, when, the period's total, the perpetual grand
    total and the signature's fingerprint."""
    from ..services.fiscal import closings

    with station(args.folder) as (_database, uow):
        rows = closings.list_closings(uow, args.kind, args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "kind": r.kind,
                        "period": r.period,
                        "doc_no": r.doc_no,
                        "closed_at": r.closed_at,
                        "total": str(r.total),
                        "perpetual_total": str(r.perpetual_total),
                        "fingerprint": r.fingerprint,
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return 0
    if not rows:
        print("No fiscal closings yet.")
    for r in rows:
        print(
            f"{r.doc_no:<16} {r.closed_at[:19]}  total {r.total:>14}  "
            f"perpetual {r.perpetual_total:>16}  {r.fingerprint}"
        )
    return 0


def _print(args) -> int:
    """Write a closing as an A4 PDF in the store's language: its first print is the original,
    every later one a duplicate (journaled with its count, printed DUPLICATA n° n)."""
    from ..services.fiscal import closings

    with station(args.folder) as (_database, uow):
        path = closings.print_closing(uow, args.folder, args.doc_no, out=args.out)
    print(f"Wrote {path}")
    return 0
