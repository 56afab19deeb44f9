"""The files a tax inspector asks for (issue 19, "Inspection"): `storedesk fiscal audit-export`.

Between two business days (inclusive, in the store's time zone), as CSV files in a new folder:
the documents (sales and returns), their lines, their taxes by rate, the journal's entries with
their hashes and signatures, the closings (fiscal closings and Zs) and the fiscal events (every
other journal entry: reprints, voided lines, settings changed, ...), with README.txt naming each
file and describing each column in the store's language.

Everything comes from the journal's entries, the signed record: a document's figures are its
payload's. The CSV files are UTF-8 with a byte order mark (a spreadsheet then reads accents
right), comma-separated; amounts are decimal text with the currency's decimals and a dot (a
return's amounts are negative); each time is given in the store's local time and in UTC. The
export itself is journaled ("audit_export": the days, the folder's name, each file's SHA-256).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ...adapters.fiscal_archive_repo import FiscalArchiveRepo
from ...domain.errors import DomainError
from ...domain.fiscal.archive import CLOSING_KINDS, DOCUMENT_KINDS, Entry
from ...domain.money import from_minor
from ...i18n import noop, paper
from ..context import config, utcnow
from ..export import utc_bounds
from ..journal import record_change

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork
    from ..context import StoreConfig

KIND = "audit_export"
README = "README.txt"
C = "audit"  # the translation context of README.txt (written out where marked: the extractor reads literals)

# Columns that several files share, described once.
_NUMBER = ("number", noop("audit", "The document's number, as printed on it."))
_DOC_KIND = ("kind", noop("audit", "sale or return."))
_LOCAL_DATE = ("local_date", noop("audit", "The date in the store's local time (YYYY-MM-DD)."))
_LOCAL_TIME = ("local_time", noop("audit", "The time in the store's local time (HH:MM:SS)."))
_UTC = ("utc", noop("audit", "The same moment in UTC (ISO 8601)."))
_SEQ = ("journal_seq", noop("audit", "The number of the document's entry in the journal (journal.csv)."))
_ENTRY_SEQ = ("seq", noop("audit", "The entry's number in the journal: one more for each entry, no gaps."))
_REF = ("doc_ref", noop("audit", "What the entry is about: a document's number, a setting's name, a user, ..."))
_CURRENCY = ("currency", noop("audit", "The currency of the amounts (ISO 4217)."))
_CONTENT = ("details", noop("audit", "The entry's content as it was signed (JSON)."))

FILES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "documents.csv",
        noop("audit", "The sales and returns, one row each."),
        [
            _NUMBER,
            _DOC_KIND,
            _LOCAL_DATE,
            _LOCAL_TIME,
            _UTC,
            ("clerk", noop("audit", "The user who made the document.")),
            ("approver", noop("audit", "The manager who approved a return, when one did.")),
            ("original_document", noop("audit", "For a return: the number of the sale it takes back.")),
            _CURRENCY,
            ("net", noop("audit", "The total without tax.")),
            ("tax", noop("audit", "The tax.")),
            ("total", noop("audit", "The total with tax, after discounts and cash rounding.")),
            ("discount", noop("audit", "The discounts given on the sale.")),
            ("rounding", noop("audit", "The cash rounding.")),
            ("change", noop("audit", "The change given back in cash.")),
            ("payments", noop("audit", "Each payment: its kind, amount and reference, separated by semicolons.")),
            _SEQ,
        ],
    ),
    (
        "lines.csv",
        noop("audit", "The lines of the documents, one row each."),
        [
            _NUMBER,
            _DOC_KIND,
            ("line", noop("audit", "The line's number on the document.")),
            ("sku", noop("audit", "The product's code.")),
            ("name", noop("audit", "The product's name.")),
            ("quantity", noop("audit", "The quantity (negative on a return).")),
            ("unit_price", noop("audit", "The unit price with tax (empty on a return).")),
            ("discount", noop("audit", "The discount on the line, promotions included.")),
            ("tax_code", noop("audit", "The tax code of the line.")),
            ("tax_rate", noop("audit", "The tax rate in per cent.")),
            ("tax", noop("audit", "The tax of the line (empty on a return: see taxes.csv).")),
            ("amount", noop("audit", "The line's amount with tax, after discounts (negative on a return).")),
        ],
    ),
    (
        "taxes.csv",
        noop("audit", "The taxes of each document by rate."),
        [
            _NUMBER,
            _DOC_KIND,
            ("tax_code", noop("audit", "The tax code.")),
            ("tax_rate", noop("audit", "The tax rate in per cent.")),
            ("net", noop("audit", "The amount without tax at this rate.")),
            ("tax", noop("audit", "The tax at this rate.")),
            ("total", noop("audit", "The amount with tax at this rate.")),
        ],
    ),
    (
        "journal.csv",
        noop("audit", "Every entry of the tamper-evident journal, in order."),
        [
            _ENTRY_SEQ,
            ("kind", noop("audit", "The entry's kind: sale, return, shift_close, fiscal_close, reprint, setting, ...")),
            _REF,
            _LOCAL_DATE,
            _LOCAL_TIME,
            _UTC,
            ("hash", noop("audit", "SHA-256 of the previous entry's hash followed by this entry's content.")),
            ("prev_hash", noop("audit", "The previous entry's hash: each entry is chained to the one before.")),
            (
                "signature",
                noop("audit", "The station's ECDSA P-256 signature of the entry's number and hash (base64)."),
            ),
            ("algorithm", noop("audit", "The signature's algorithm.")),
            ("key_fingerprint", noop("audit", "The fingerprint of the station key that signed the entry.")),
        ],
    ),
    (
        "closings.csv",
        noop("audit", "The closings: per day, month and fiscal year, and each Z (shift closing)."),
        [
            _ENTRY_SEQ,
            ("number", noop("audit", "The closing's number: DAY-2026-11-05, MONTH-2026-11, YEAR-2026 or the Z's.")),
            ("kind", noop("audit", "day, month, year or z.")),
            _LOCAL_DATE,
            _LOCAL_TIME,
            _UTC,
            _CURRENCY,
            ("period_total", noop("audit", "The period's grand total with tax.")),
            ("perpetual_total", noop("audit", "The perpetual grand total since the station began.")),
            _CONTENT,
        ],
    ),
    (
        "events.csv",
        noop("audit", "The fiscal events besides documents and closings: reprints, voided lines, settings, ..."),
        [
            _ENTRY_SEQ,
            ("kind", noop("audit", "The event's kind.")),
            _REF,
            _LOCAL_DATE,
            _LOCAL_TIME,
            _UTC,
            ("by", noop("audit", "Who did it: a user, or the terminal or the hub.")),
            _CONTENT,
        ],
    ),
]


class AuditExportError(DomainError):
    """The export cannot be written (a folder that is not empty, days in the wrong order)."""


@dataclass(frozen=True)
class Exported:
    folder: Path
    rows: dict[str, int]  # file name -> rows written
    sha256: dict[str, str]  # file name -> SHA-256 of its bytes

    def summary(self) -> list[str]:
        return [f"{name}: {count}" for name, count in self.rows.items()]


class _Rows:
    """Turns journal entries into each file's rows (amounts in the currency's decimals)."""

    def __init__(self, cfg: StoreConfig):
        self.cfg = cfg

    def when(self, e: Entry) -> dict:
        local = self.cfg.local(e.created_at)
        return {
            "local_date": local.date().isoformat(),
            "local_time": local.strftime("%H:%M:%S"),
            "utc": datetime.fromisoformat(e.created_at).astimezone(UTC).isoformat(timespec="seconds"),
        }

    @staticmethod
    def money(minor: object, currency: str, sign: int = 1) -> str:
        return "" if minor is None else str(from_minor(sign * int(minor), currency))  # type: ignore[call-overload]

    def document(self, e: Entry, p: dict) -> dict:
        cur, sign = p.get("currency", self.cfg.currency), -1 if e.kind == "return" else 1
        taxes = p.get("taxes", [])
        payments = "; ".join(
            " ".join(x for x in (t["kind"], self.money(t["amount_minor"], cur, sign), t.get("reference", "")) if x)
            for t in p.get("payments", [])
        )
        return {
            "number": e.doc_ref,
            "kind": e.kind,
            **self.when(e),
            "clerk": p.get("user", ""),
            "approver": p.get("approver", ""),
            "original_document": p.get("original_ref") or "",
            "currency": cur,
            "net": self.money(sum(t["net_minor"] for t in taxes), cur, sign),
            "tax": self.money(sum(t["tax_minor"] for t in taxes), cur, sign),
            "total": self.money(p.get("total_minor"), cur, sign),
            "discount": self.money(p.get("discount_minor", 0), cur),
            "rounding": self.money(p.get("rounding_minor", 0), cur, sign),
            "change": self.money(p.get("change_minor", 0), cur),
            "payments": payments,
            "journal_seq": e.seq,
        }

    def lines(self, e: Entry, p: dict) -> Iterator[dict]:
        cur, back = p.get("currency", self.cfg.currency), e.kind == "return"
        for line in p.get("lines", []):
            quantity = str(line.get("quantity", ""))
            yield {
                "number": e.doc_ref,
                "kind": e.kind,
                "line": line.get("line", ""),
                "sku": line.get("sku", ""),
                "name": line.get("name", ""),
                "quantity": f"-{quantity}" if back and not quantity.startswith("-") else quantity,
                "unit_price": "" if back else self.money(line.get("unit_price_minor"), cur),
                "discount": "" if back else self.money(line.get("discount_minor", 0), cur),
                "tax_code": line.get("tax_code", ""),
                "tax_rate": line.get("tax_rate", ""),
                "tax": "" if back else self.money(line.get("tax_minor"), cur),
                "amount": self.money(line.get("refund_minor"), cur, -1)
                if back
                else self.money(line["gross_minor"], cur),
            }

    def taxes(self, e: Entry, p: dict) -> Iterator[dict]:
        cur, sign = p.get("currency", self.cfg.currency), -1 if e.kind == "return" else 1
        for t in p.get("taxes", []):
            yield {
                "number": e.doc_ref,
                "kind": e.kind,
                "tax_code": t.get("code", ""),
                "tax_rate": t.get("rate", ""),
                "net": self.money(t["net_minor"], cur, sign),
                "tax": self.money(t["tax_minor"], cur, sign),
                "total": self.money(t["gross_minor"], cur, sign),
            }

    def journal(self, e: Entry) -> dict:
        return {
            "seq": e.seq,
            "kind": e.kind,
            "doc_ref": e.doc_ref,
            **self.when(e),
            "hash": e.hash,
            "prev_hash": e.prev_hash,
            "signature": e.signature or "",
            "algorithm": e.algorithm,
            "key_fingerprint": e.key_fingerprint,
        }

    def closing(self, e: Entry, p: dict) -> dict:
        nested = p.get("figures")
        figures: dict = nested if isinstance(nested, dict) else p
        cur = figures.get("currency") or p.get("currency") or self.cfg.currency
        z = e.kind != "fiscal_close"
        period = figures.get("period_total_minor") if z else figures.get("total_minor")
        perpetual = figures.get("grand_total_minor") if z else figures.get("perpetual_minor")
        return {
            "seq": e.seq,
            "number": e.doc_ref,
            "kind": "z" if z else e.doc_ref.partition("-")[0].lower(),
            **self.when(e),
            "currency": cur,
            "period_total": self.money(period, cur),
            "perpetual_total": self.money(perpetual, cur),
            "details": e.payload,
        }

    def event(self, e: Entry, p: dict) -> dict:
        return {
            "seq": e.seq,
            "kind": e.kind,
            "doc_ref": e.doc_ref,
            **self.when(e),
            "by": p.get("by") or p.get("user") or "",
            "details": e.payload,
        }


def _tables(cfg: StoreConfig, entries: Iterable[Entry]) -> dict[str, list[dict]]:
    """Each file's rows, from the journal's entries of the days exported."""
    make = _Rows(cfg)
    tables: dict[str, list[dict]] = {name: [] for name, _about, _columns in FILES}
    for e in entries:
        payload = json.loads(e.payload)
        tables["journal.csv"].append(make.journal(e))
        if e.kind in DOCUMENT_KINDS:
            tables["documents.csv"].append(make.document(e, payload))
            tables["lines.csv"].extend(make.lines(e, payload))
            tables["taxes.csv"].extend(make.taxes(e, payload))
        elif e.kind in CLOSING_KINDS:
            tables["closings.csv"].append(make.closing(e, payload))
        else:
            tables["events.csv"].append(make.event(e, payload))
    return tables


def _readme(cfg: StoreConfig, start: date, end: date, now: str) -> str:
    t = paper()
    lines = [
        t.translate(
            "audit",
            "Audit export of the store {store}, station {station}, from {start} to {end} (made {at} UTC).",
            store=cfg.store_code,
            station=cfg.station_code,
            start=start.isoformat(),
            end=end.isoformat(),
            at=now[:19].replace("T", " "),
        ),
        t.translate("audit", "Every figure comes from the station's signed journal (journal.csv)."),
        t.translate(
            "audit",
            "The files are CSV (comma-separated), UTF-8. Amounts are decimal numbers with a dot, "
            "in {currency}; a return's amounts are negative.",
            currency=cfg.currency,
        ),
        t.translate("audit", "Times are given in the store's local time ({zone}) and in UTC.", zone=cfg.timezone),
        "",
    ]
    for name, about, columns in FILES:
        lines += [name, f"  {t.translate(C, about)}"]
        lines += [f"  - {column}: {t.translate(C, text)}" for column, text in columns]
        lines.append("")
    return "\n".join(lines)


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        out.flush()
        os.fsync(out.fileno())


def _check_folder(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise AuditExportError(f"{out} exists and is not an empty folder: give a new or empty folder")


def _write_folder(out: Path, write: Callable[[Path], None]) -> None:
    """Write every file in a temporary folder beside `out`, then rename it: a failure leaves no half export."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        write(tmp)
        if out.exists():
            out.rmdir()  # empty, checked before
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def export(uow: UnitOfWork, start: date, end: date, out: Path, now: str | None = None) -> Exported:
    """Write the inspector's files for the business days start..end in the new or empty folder
    `out`, then journal the export; README.txt in the store's language (i18n.paper())."""
    if start > end:
        raise AuditExportError(f"the first day {start} is after the last day {end}")
    out = Path(out)
    _check_folder(out)
    now = now or utcnow()
    cfg = config(uow)
    with uow.read() as tx:
        tables = _tables(cfg, FiscalArchiveRepo(tx.conn).entries_between(*utc_bounds(cfg, start, end)))

    def write(folder: Path) -> None:
        for name, _about, columns in FILES:
            _write_csv(folder / name, [c for c, _text in columns], tables[name])
        (folder / README).write_text(_readme(cfg, start, end, now), encoding="utf-8-sig")

    _write_folder(out, write)
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}
    details = {"from": start.isoformat(), "to": end.isoformat(), "folder": out.name, "files": digests}
    with uow.write() as tx:
        record_change(tx, KIND, f"AUDIT-{start}-{end}", details, now, "terminal")
    return Exported(out, {name: len(tables[name]) for name, _a, _c in FILES}, digests)
