"""`storedesk-hub fiscal verify|closings|archive`: the stations' fiscal copy at the hub (issue 19),
their parser and run for hub/cli.py.

verify --store S --station T   walks the station's mirrored journal (verify.py); exit 0 when the
    chain, every signature and the document numbers are whole, every document received as an event
    and every document a restore superseded is in it as it was, and nothing was refused, else 1,
    naming the first failure (seq, document, reason), the conflicts recorded, the gaps refused, and
    the first verify.SHOWN missing numbers and documents of each kind (the rest counted).
closings --store S [--station T]   the "fiscal_close" entries (day, month, year): document,
    closed at, and their figures (currency, totals by rate, the period's and the perpetual grand
    totals, counts), one a line, tab-separated, the figures as JSON.
archive --store S --station T --period YYYY-MM --out FILE.zip   writes a kept archive back out.
keys --store S --station T   the station's registered public keys (fingerprint, registered at): what
    `storedesk journal verify --key` and `storedesk fiscal archive verify --key` pin.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sqlalchemy import select

from ...domain.fiscal import signing
from ...domain.fiscal.archive import Period
from ...domain.fiscal.closings import KIND as CLOSE_KIND
from .. import db
from ..stations.keys import keys_of
from . import archives, verify
from .models import station_journal

PROG = "storedesk-hub"
EXIT_FAIL = 1
# what `fiscal closings` prints of a closing's payload (domain/fiscal/closings.Figures), and any "...total..."
CLOSING_FIGURES = ("currency", "rates", "total_minor", "perpetual_minor", "sales", "returns")


def add_parser(sub, common) -> None:
    s = sub.add_parser("fiscal", parents=[common], help="the stations' fiscal copy: verify, closings, archives")
    cmd = s.add_subparsers(dest="fiscal_command", required=True, parser_class=type(s))
    v = cmd.add_parser("verify", parents=[common], help="check a station's mirrored journal, hashes and signatures")
    v.add_argument("--store", required=True)
    v.add_argument("--station", required=True)
    c = cmd.add_parser("closings", parents=[common], help="list the fiscal closings (day, month, year) the hub has")
    c.add_argument("--store", required=True)
    c.add_argument("--station", default="", help="one station only (default: every station of the store)")
    a = cmd.add_parser("archive", parents=[common], help="write a station's kept archive of a month to a file")
    a.add_argument("--store", required=True)
    a.add_argument("--station", required=True)
    a.add_argument("--period", required=True, help="the month, as YYYY-MM")
    a.add_argument("--out", required=True, type=Path, help="the .zip file to write")
    k = cmd.add_parser("keys", parents=[common], help="a station's registered signing keys, by fingerprint")
    k.add_argument("--store", required=True)
    k.add_argument("--station", required=True)


def run(engine, args) -> int:
    if args.fiscal_command == "verify":
        return _verify(engine, args.store.upper(), args.station.upper())
    if args.fiscal_command == "closings":
        return _closings(engine, args.store.upper(), args.station.upper())
    if args.fiscal_command == "keys":
        return _keys(engine, args.store.upper(), args.station.upper())
    return _archive(engine, args)


def _keys(engine, store: str, station: str) -> int:
    """One line per key the station registered, oldest first: fingerprint, then when."""
    with db.read_conn(engine) as conn:
        found = keys_of(conn, store, station)
    if not found:
        print(f"{PROG}: {store}/{station} has registered no signing key", file=sys.stderr)
        return EXIT_FAIL
    for key in found:  # the short fingerprint journal entries and receipts name (signing.key_fingerprint)
        print(f"{signing.key_fingerprint(signing.load_public_pem(key.public_key))}\t{key.registered_at}")
    return 0


def _verify(engine, store: str, station: str) -> int:
    with db.read_conn(engine) as conn:
        report = verify.verify(conn, store, station)
    who = f"{store}/{station}"
    if report.last_seq == 0:
        print(f"{PROG}: the hub has no journal of {who}", file=sys.stderr)
        return EXIT_FAIL
    if report.failure is None:
        print(
            f"{who}: journal OK: {report.entries} entries up to seq {report.last_seq}, "
            f"{report.signatures} signatures checked with {report.keys} key(s)"
        )
    else:
        f = report.failure
        print(f"{who}: journal FAILED at seq {f.seq} (document {f.doc_ref or '-'}): {f.reason}")
    for s in report.superseded:
        what = f"entries {s.first}..{s.last} superseded at {s.at} by a restore (seq {s.by_seq}, {s.by_doc}): kept"
        print(f"{who}: {what}; " + (f"they no longer chain: {s.problem}" if s.problem else "they still chain"))
        _listed(who, verify.Listed(s.lost, s.lost_count), "document {} is not in the journal since, as it was")
    for c in report.conflicts:
        print(f"{who}: refused and recorded at {c.received_at}: {c.what}")
    for note in report.skipped:
        print(f"{who}: {note}")
    for note in report.refused_gaps:
        print(f"{who}: {note}: refused, it excuses no number")
    _listed(who, report.missing, "document {} is missing (a removed document, found by its number)")
    _listed(who, report.unmirrored, "document {}")
    return 0 if report.ok else EXIT_FAIL


def _listed(who: str, found: verify.Listed, line: str) -> None:
    for name in found.shown:
        print(f"{who}: " + line.format(name))
    if found.count > len(found.shown):
        print(f"{who}: ... and {found.count - len(found.shown)} more")


def _totals(payload: str) -> tuple[str, str]:
    """(closed at, the totals of a closing's payload as compact JSON)."""
    try:
        body = json.loads(payload)
    except ValueError:
        return "", "(payload is not JSON)"
    if not isinstance(body, dict):
        return "", "(payload is not a JSON object)"
    totals = {k: v for k, v in sorted(body.items()) if k in CLOSING_FIGURES or "total" in k}
    return str(body.get("at", "")), json.dumps(totals, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _closings(engine, store: str, station: str) -> int:
    c = station_journal.c
    q = select(c.station, c.seq, c.doc_ref, c.created_at, c.payload).where(c.store == store, c.kind == CLOSE_KIND)
    if station:
        q = q.where(c.station == station)
    with db.read_conn(engine) as conn:
        rows = conn.execute(q.order_by(c.station, c.seq)).all()
    for r in rows:
        closed_at, totals = _totals(r.payload)
        print(f"{store}/{r.station}\t{r.doc_ref}\t{closed_at or r.created_at}\t{totals}")
    if not rows:
        print(f"no fiscal closings of {store}{'/' + station if station else ''} at the hub", file=sys.stderr)
    return 0


def _archive(engine, args) -> int:
    store, station = args.store.upper(), args.station.upper()
    try:
        period = str(Period.parse(args.period))
    except ValueError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_FAIL
    with db.read_conn(engine) as conn:
        content = archives.content_of(conn, store, station, period)
    if content is None:
        print(f"{PROG}: the hub has no archive of {store}/{station} for {period}", file=sys.stderr)
        return EXIT_FAIL
    args.out.write_bytes(content)
    print(f"wrote {args.out} ({len(content)} bytes)")
    return 0
