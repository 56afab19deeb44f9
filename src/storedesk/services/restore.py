"""Restore a station from a backup, then catch up from the hub before it sells again (rule 11).

Why: a backup is older than the station's last documents. Put back as it was, the station
numbered its next sale with a receipt number the hub already held: the hub refused the sale
but took its stock movements, and every document made since the backup was lost here.

`restore_from(folder, FILE)` (the app closed):
  1. the backup is copied next to the database and checked there BEFORE anything is touched:
     PRAGMA integrity_check, a schema this version knows, a store and station (the current
     database's, when that one is readable), an intact journal chain;
  2. the current storedesk.db, -wal and -shm are moved to before-restore-YYYYMMDD-HHMMSS/;
  3. the checked copy becomes storedesk.db, is migrated, and records a PENDING restore: from
     then on every numbered document is refused (`refuse_if_pending`, RestorePending).
`catch_up(uow, client)`: reads back every event this station sent (GET /v1/station/events)
  and, in ONE transaction:
  - journal: a "restore" entry (the backup's last sequence and hash, the file's SHA-256, what
    came back), then every journal entry the hub holds that the backup lacks — a sale's,
    a return's and a Z's event payload IS its entry's canonical text — re-appended unchanged
    with its original time and document number: the chain continues, `journal verify` passes.
    Order: each numbered series by its number (exact); the series merged by the station's own
    time stamps (`journal_order`). Sequence numbers differ from the lost originals, since the
    entries the hub never receives (shift opens, drawer moves, pickup steps, stock overrides)
    cannot come back; the restore entry says so, and a Z keeps its original last seq and hash;
  - documents: sales (lines, taxes, payments), returns, stock movements (by global id) and Zs
    (shift closed, Z row with its totals): receipts reprint and take returns, on-hand is right,
    the next Z's grand total continues. Other kinds (pickup, transfers, counts...) come back as
    their stock movements and their numbers;
  - outbox: every event the hub holds is recorded as answered (sent, or rejected with the
    hub's reason), so nothing is sent twice and a rejection stays visible;
  - counters: each numbered series moves past the highest number of this station found in the
    hub's events (receipts, returns, Z and shift numbers, REC/ADJ/CNT/TRF documents). Drawer
    moves (M...) never reach the hub: that series jumps SKIP numbers, recorded in the entry;
  - the restore is done: the station sells again.
`record_gap(uow)`: without a hub (none registered, or `--no-hub` when it is out of reach) the
  documents made after the backup cannot come back. A journaled "gap" entry records the range
  (after the backup's last entry and time, up to now) and every counter jumps SKIP numbers, so
  no number that may have been printed before the loss is used again; the next Z prints it.
Residual risk, documented: events still waiting in the lost database's outbox when it was lost
never reached the hub; a restore cannot see them (the till syncs every few seconds).
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from ..adapters import db
from ..adapters.repositories import to_milli
from ..adapters.restore_repo import RestoreRepo
from ..domain.errors import DomainError, StorageError
from ..domain.journal import JournalRow, first_broken
from .context import config, utcnow

log = logging.getLogger(__name__)
RESUME = "storedesk restore --resume"
PENDING_MESSAGE = (
    f"This station was restored from a backup and has not caught up with the hub yet: "
    f"nothing can be numbered until it has. Run `{RESUME}` (with the hub reachable)."
)
SKIP = 1000  # numbers skipped per series when the hub cannot say which were used
INCOMING = ".restore-incoming.db"
HUB_PAGE = 500
JOURNALED = {"sale": ("receipt_no", "receipt"), "return": ("return_no", "return"), "shift_close": ("doc_no", "z")}
BLIND_SERIES = ("cash_move",)  # documents that never reach the hub
LETTERS = {"R": "return", "S": "shift", "M": "cash_move", "Z": "z"}


class RestorePending(DomainError):
    code = "restore_pending"


def refuse_if_pending(tx) -> None:
    """Inside a document's write transaction: refuse while a restore has not caught up."""
    if RestoreRepo(tx.conn).pending() is not None:
        raise RestorePending(PENDING_MESSAGE)


def pending(uow) -> bool:
    with uow.read() as tx:
        return RestoreRepo(tx.conn).pending() is not None


# --------------------------------------------------------------------------- the backup file
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str
    store: str
    station: str
    journal_entries: int
    last_seq: int
    last_hash: str
    last_at: str | None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def inspect_backup(path: Path, label: str | None = None) -> BackupInfo:
    """Integrity, schema, store and journal chain of a database file. Raises StorageError."""
    label = label or str(path)
    try:
        db.check_version(path)
    except StorageError as exc:
        raise StorageError(f"{label}: {exc.message.replace(str(path), 'the backup')}; nothing was changed") from None
    con = sqlite3.connect(path, isolation_level=None)
    try:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        if problems:
            raise StorageError(f"{label} failed its integrity check ({'; '.join(problems[:3])}); nothing was changed")
        try:
            settings = dict(con.execute("SELECT key, value FROM settings").fetchall())
            rows = [
                JournalRow(*r) for r in con.execute("SELECT seq, payload, prev_hash, hash FROM journal ORDER BY seq")
            ]
            last_at = con.execute("SELECT max(created_at) FROM journal").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{label} is not a storedesk station database ({exc}); nothing was changed") from None
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{label} is not a readable database ({exc}); nothing was changed") from None
    finally:
        con.close()
    if "store_code" not in settings or "station_code" not in settings:
        raise StorageError(f"{label} holds no store: it is not a station backup; nothing was changed")
    broken, count, reason = first_broken(rows)
    if broken is not None:
        raise StorageError(f"{label}: its journal is broken at sequence {broken} ({reason}); nothing was changed")
    last = rows[-1] if rows else None
    return BackupInfo(
        path,
        _sha256(path),
        settings["store_code"],
        settings["station_code"],
        count,
        last.seq if last else 0,
        last.hash if last else "0" * 64,
        last_at,
    )


def _current_station(live: Path) -> tuple[str, str] | None:
    """(store, station) of the database being replaced, when it can still be read."""
    try:
        con = sqlite3.connect(f"file:{live}?mode=ro", uri=True, timeout=1)
        try:
            s = dict(con.execute("SELECT key, value FROM settings WHERE key IN ('store_code', 'station_code')"))
        finally:
            con.close()
        return (s["store_code"], s["station_code"]) if len(s) == 2 else None
    except (sqlite3.DatabaseError, KeyError):
        return None


def _refuse_if_in_use(live: Path) -> None:
    """The app (or a `storedesk sync` loop) keeps the database open: refuse, change nothing."""
    if not live.exists():
        return
    con = sqlite3.connect(live, timeout=0, isolation_level=None)
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError:
        raise StorageError(
            f"{live} is in use (is the storedesk app or a `storedesk sync` running?): "
            "close it, then restore again; nothing was changed"
        ) from None
    finally:
        con.close()


def _fsync_copy(src: Path, dst: Path) -> None:
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())


@dataclass(frozen=True)
class RestoreStarted:
    backup: BackupInfo
    kept_aside: Path


def restore_from(folder: Path, backup: Path, now: datetime | None = None) -> RestoreStarted:
    """Check the backup, keep the current files aside, put the backup in place and record a
    pending restore (the station refuses to number anything until `catch_up` or `record_gap`)."""
    folder, backup = Path(folder), Path(backup).expanduser().absolute()
    live = folder / db.DB_FILENAME
    if not backup.is_file():
        raise StorageError(f"{backup}: no such backup file; nothing was changed")
    if live.exists() and backup.resolve() in {live.resolve(), Path(f"{live}-wal").resolve()}:
        raise StorageError("the backup to restore cannot be the live database itself; nothing was changed")
    lock = _folder_lock(folder)
    try:
        _refuse_if_in_use(live)
        incoming = folder / INCOMING
        _fsync_copy(backup, incoming)
        try:
            info = inspect_backup(incoming, label=str(backup))
            current = _current_station(live) if live.exists() else None
            if current is not None and current != (info.store, info.station):
                raise StorageError(
                    f"{backup} is a backup of {info.store}/{info.station}, but this data folder is "
                    f"{current[0]}/{current[1]}; nothing was changed"
                )
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
        aside = folder / f"before-restore-{(now or datetime.now()):%Y%m%d-%H%M%S}"
        aside.mkdir()
        for name in (db.DB_FILENAME, f"{db.DB_FILENAME}-wal", f"{db.DB_FILENAME}-shm"):
            if (folder / name).exists():
                os.replace(folder / name, aside / name)
        os.replace(incoming, live)
        database = db.open_database(folder)  # migrates an older backup, quick check
        try:
            from ..adapters.uow import UnitOfWork

            uow = UnitOfWork(database)
            with uow.write() as tx:
                RestoreRepo(tx.conn).start(utcnow(), str(backup), info.sha256, str(aside), info.last_seq, info.last_at)
            uow.close()
        finally:
            database.dispose()
    finally:
        if lock is not None:
            lock.release()
    log.warning(
        "restored from the backup %s (sha256 %s, journal up to #%s); the replaced files are in %s; "
        "numbering waits for the catch-up",
        backup,
        info.sha256,
        info.last_seq,
        aside,
    )
    return RestoreStarted(info, aside)


def _folder_lock(folder: Path):
    """Hold the till's single-instance lock while the files are swapped (when that lock exists)."""
    try:
        from ..adapters import instance_lock
    except ImportError:  # TODO(issue 12): the single-instance lock lands with another change
        return None
    lock = instance_lock.acquire(folder)
    if lock is None:
        raise StorageError(
            f"the storedesk app is running on {folder}: close it, then restore again; nothing was changed"
        )
    return lock


# --------------------------------------------------------------------------- numbers
def series_of(ref: str, store: str, station: str) -> tuple[str, int] | None:
    """(series, number) of one of this station's document numbers, else None:
    STORE-STATION-000123 receipt; STORE-STATION-R000001 return (S shift, M drawer move, Z);
    REC-STORE-STATION-000001 and the other stock documents (ADJ, CNT, TRF)."""
    s, t = re.escape(store), re.escape(station)
    m = re.fullmatch(rf"{s}-{t}-(\d+)", ref)
    if m:
        return "receipt", int(m.group(1))
    m = re.fullmatch(rf"{s}-{t}-([A-Z])(\d+)", ref)
    if m and m.group(1) in LETTERS:
        return LETTERS[m.group(1)], int(m.group(2))
    m = re.fullmatch(rf"([A-Z]{{2,5}})-{s}-{t}-(\d+)", ref)
    if m:
        return m.group(1).lower(), int(m.group(2))
    return None


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def highest_numbers(events: list[dict], store: str, station: str) -> dict[str, int]:
    """The highest number of each series of this station found anywhere in the hub's events."""
    top: dict[str, int] = {}

    def see(series: str, n: int) -> None:
        top[series] = max(top.get(series, 0), n)

    for ev in events:
        payload = ev["data"]
        for ref in (ev.get("doc_ref") or "", *_strings(payload)):
            found = series_of(ref, store, station) if ref else None
            if found:
                see(*found)
        if ev["kind"] == "shift_close" and isinstance(payload, dict):
            for series, key in (("z", "z_no"), ("shift", "shift_no")):
                if isinstance(payload.get(key), int):
                    see(series, payload[key])
    return top


# --------------------------------------------------------------------------- reading the hub
def read_own_events(client) -> list[dict]:
    """Every event this station sent that the hub stored, with its payload parsed (`data`)."""
    out, after = [], ""
    while True:
        page = client.station_events(after, HUB_PAGE)
        for ev in page.get("events", []):
            out.append({**ev, "data": json.loads(ev["payload"])})
        after = page.get("next") or after
        if not page.get("more"):
            return out


@dataclass(frozen=True)
class Entry:
    """A journal entry the hub holds: its kind, document number, time and canonical text."""

    kind: str
    doc_ref: str
    at: str
    text: str
    series: str
    number: int
    event: dict = field(compare=False)


def journal_order(entries: list[Entry]) -> list[Entry]:
    """Each series by its number (gapless, so exact); the series merged by the station's clock."""
    by_series: dict[str, list[Entry]] = {}
    for e in entries:
        by_series.setdefault(e.series, []).append(e)
    runs = [sorted(run, key=lambda e: e.number) for run in by_series.values()]
    return list(heapq.merge(*runs, key=lambda e: e.at))


def _entries(events: list[dict], store: str, station: str, held: set[tuple[str, str]]) -> list[Entry]:
    out = []
    for ev in events:
        if ev["status"] != "accepted" or ev["kind"] not in JOURNALED:
            continue
        key, series = JOURNALED[ev["kind"]]
        ref = ev["data"].get(key)
        found = series_of(ref, store, station) if isinstance(ref, str) else None
        if found is None or (ev["kind"], ref) in held:
            continue
        at = ev.get("created_at") or ev["data"].get("at") or ev["data"].get("closed_at") or ""
        out.append(Entry(ev["kind"], ref, at, ev["payload"], series, found[1], ev))
    return journal_order(out)


# --------------------------------------------------------------------------- catching up
@dataclass(frozen=True)
class CatchUp:
    events: int  # events of this station the hub holds
    journal: int  # journal entries re-appended (after the restore entry)
    sales: int
    returns: int
    zs: int
    movements: int
    outbox_marked: int  # events of the backup's outbox the hub already had
    counters: dict  # series -> new value
    unresolved: tuple[str, ...] = ()  # what could not be rebuilt (an unknown SKU...)


def catch_up(uow, client) -> CatchUp:
    """Bring back from the hub what the backup lacks, move every counter past the hub's, and end
    the pending restore. Raises HubUnavailable / HubRefused (nothing changed) when unreachable."""
    cfg = config(uow)
    with uow.read() as tx:
        if RestoreRepo(tx.conn).pending() is None:
            raise DomainError("No restore is waiting to catch up on this station")
    events = read_own_events(client)  # the network, outside any transaction
    with uow.write() as tx:
        repo = RestoreRepo(tx.conn)
        restore = repo.pending()
        if restore is None:
            raise DomainError("No restore is waiting to catch up on this station")
        done = _catch_up(tx, repo, cfg, restore, events)
    log.info(
        "restore caught up from the hub: %d events read, %d journal entries, %d sales, %d returns, %d Z, "
        "%d movements brought back; counters %s",
        done.events,
        done.journal,
        done.sales,
        done.returns,
        done.zs,
        done.movements,
        done.counters,
    )
    for problem in done.unresolved:
        log.warning("restore: not rebuilt: %s", problem)
    return done


def _catch_up(tx, repo: RestoreRepo, cfg, restore, events: list[dict]) -> CatchUp:
    now = utcnow()
    store, station = cfg.store_code, cfg.station_code
    entries = _entries(events, store, station, repo.journal_refs())
    top = highest_numbers(events, store, station)
    old = repo.counters()
    moved = {}
    for series, n in top.items():
        name = f"{series}:{station}"
        if n > old.get(name, 0):
            moved[name] = n
    for series in BLIND_SERIES:
        name = f"{series}:{station}"
        moved[name] = old.get(name, 0) + SKIP
    last_seq, last_hash = tx.journal.last()
    tx.journal.append(
        "restore",
        f"restore-{restore.id}",
        {
            "type": "restore",
            "store": store,
            "station": station,
            "at": now,
            "source": "hub",
            "backup_sha256": restore.backup_sha256,
            "backup_last_seq": restore.backup_last_seq,
            "backup_last_at": restore.backup_last_at,
            "chain_before": {"seq": last_seq, "hash": last_hash},
            "recovered_entries": len(entries),
            "recovered": [f"{e.kind} {e.doc_ref}" for e in entries],
            "counters": dict(sorted(moved.items())),
            "note": "entries after this one are the hub's copies of the documents the backup lacked, in their "
            "original text; entries the hub never receives (shift opens, drawer moves, pickup steps, stock "
            "overrides) made after the backup are not recovered, and drawer-move numbers are skipped",
        },
        now,
    )
    unresolved: list[str] = []
    counts = {"sale": 0, "return": 0, "shift_close": 0}
    shifts = _shift_windows(repo, station, entries)
    # In journal order, as they were first written: each document takes the Z period open at its
    # place (a Z entry closes one), so every rebuilt document is in the Z that counted it (rule 12).
    for e in entries:
        seq, _digest, text = tx.journal.append(e.kind, e.doc_ref, json.loads(e.text), e.at)
        if text != e.text:
            unresolved.append(f"{e.doc_ref}: its text changed when re-appended")
        data = e.event["data"]
        if e.kind == "shift_close":
            counts["shift_close"] += _rebuild_z(repo, cfg, data, seq)
            repo.raise_counter(f"z:{station}", data["z_no"])
        elif e.kind == "sale":
            counts["sale"] += _rebuild_sale(repo, cfg, data, e.number, _shift_at(shifts, data["at"]), unresolved)
        else:
            counts["return"] += _rebuild_return(repo, cfg, data, e.number, _shift_at(shifts, data["at"]), unresolved)
    for name, value in moved.items():
        repo.raise_counter(name, value)
    movements = _rebuild_movements(tx, repo, cfg, events, unresolved)
    marked = sum(
        repo.mark_event(
            ev["id"], ev["kind"], ev["payload"], ev.get("created_at") or now, ev["status"], ev.get("reason") or "", now
        )
        == "marked"
        for ev in events
    )
    result = CatchUp(
        len(events),
        len(entries),
        counts["sale"],
        counts["return"],
        counts["shift_close"],
        movements,
        marked,
        dict(sorted(moved.items())),
        tuple(unresolved),
    )
    repo.finish(restore.id, now, "hub", dict(result.__dict__))
    return result


# --------------------------------------------------------------------------- rebuilding documents
def _shift_windows(repo: RestoreRepo, station: str, entries: list[Entry]) -> list[tuple[str, str, str | None]]:
    """(shift id, opened at, closed at or None) of the shifts a rebuilt document may belong to:
    those of the Zs coming back, and the shift the backup has open."""
    out = [
        (e.event["data"]["shift_id"], e.event["data"]["opened_at"], e.event["data"]["closed_at"])
        for e in entries
        if e.kind == "shift_close"
    ]
    open_shift = repo.open_shift(station)
    if open_shift:
        out.append((open_shift[0], open_shift[1], None))
    return out


def _shift_at(windows, at: str) -> str | None:
    for shift_id, opened, closed in windows:
        if opened <= at and (closed is None or at <= closed):
            return shift_id
    return None


def _with_z(repo: RestoreRepo, cfg, table: str, row: dict) -> dict:
    """The row with the open Z period, where the schema stamps one (migration s0009)."""
    if "z_no" not in repo.columns(table):
        return row
    return {**row, "z_no": repo.counters().get(f"z:{cfg.station_code}", 0) + 1}


def _rebuild_sale(repo: RestoreRepo, cfg, p: dict, number: int, shift_id: str | None, unresolved: list[str]) -> int:
    """`number`: the receipt's number in its series (the Entry read it from receipt_no)."""
    if repo.exists("sales", "id", p["sale_id"]) or repo.exists("sales", "receipt_no", p["receipt_no"]):
        return 0
    sid = p["sale_id"]
    lines, subtotal = [], 0
    for ln in p["lines"]:
        found = repo.product(ln["sku"])
        if found is None:
            unresolved.append(f"{p['receipt_no']} line {ln['line']}: SKU {ln['sku']} is not in the catalog")
        pid, category = found or (0, "")
        amount = ln["gross_minor"] if p["prices_include_tax"] else ln["gross_minor"] - ln["tax_minor"]
        subtotal += amount + ln["discount_minor"]
        lines.append(
            (
                sid,
                ln["line"],
                pid,
                ln["sku"],
                ln["name"],
                category,
                to_milli(Decimal(ln["quantity"])),
                ln["unit_price_minor"],
                0,
                ln["discount_minor"],
                0,
                amount,
                ln["tax_code"],
                ln["tax_rate"],
                ln["tax_minor"],
                ln["gross_minor"],
            )
        )
    repo.insert_row(
        "sales",
        _with_z(
            repo,
            cfg,
            "sales",
            {
                "id": sid,
                "receipt_no": p["receipt_no"],
                "number": number,
                "store_code": p["store"],
                "station_code": p["station"],
                "user_id": repo.user_id(p["user"]),
                "shift_id": shift_id,
                "basket_id": f"restored-{sid}",
                "created_at": p["at"],
                "currency": p["currency"],
                "prices_include_tax": int(p["prices_include_tax"]),
                "subtotal_minor": subtotal,
                "discount_minor": p["discount_minor"],
                "net_minor": sum(t["net_minor"] for t in p["taxes"]),
                "tax_minor": sum(t["tax_minor"] for t in p["taxes"]),
                "total_minor": p["total_minor"],
                "rounding_minor": p["rounding_minor"],
                "change_minor": p["change_minor"],
                "voided_lines": p["voided_lines"],
                "overrides": json.dumps(p["overrides"]),
            },
        ),
    )
    repo.insert_rows("sale_lines", lines)
    repo.insert_rows(
        "sale_taxes",
        [(sid, t["code"], t["rate"], t["net_minor"], t["tax_minor"], t["gross_minor"]) for t in p["taxes"]],
    )
    repo.insert_rows(
        "sale_payments",
        [(sid, i, t["kind"], t["amount_minor"], t.get("reference", "")) for i, t in enumerate(p["payments"], start=1)],
    )
    return 1


def _rebuild_return(repo: RestoreRepo, cfg, p: dict, number: int, shift_id: str | None, unresolved: list[str]) -> int:
    """`number`: the return's number in its series (the Entry read it from return_no)."""
    if repo.exists("returns", "id", p["return_id"]) or repo.exists("returns", "return_no", p["return_no"]):
        return 0
    rid = p["return_id"]
    lines = []
    for ln in p["lines"]:
        found = repo.product(ln["sku"])
        if found is None:
            unresolved.append(f"{p['return_no']} line {ln['line']}: SKU {ln['sku']} is not in the catalog")
        pid, category = found or (0, "")
        lines.append(
            (
                rid,
                ln["line"],
                ln["original_line"],
                pid,
                ln["sku"],
                ln["name"],
                category,
                to_milli(Decimal(ln["quantity"])),
                ln["refund_minor"],
                ln["tax_code"],
                ln["tax_rate"],
                ln["condition"],
            )
        )
    repo.insert_row(
        "returns",
        _with_z(
            repo,
            cfg,
            "returns",
            {
                "id": rid,
                "return_no": p["return_no"],
                "number": number,
                "store_code": p["store"],
                "station_code": p["station"],
                "user_id": repo.user_id(p["user"]),
                "approver_id": repo.user_id(p["approver"]) if p.get("approver") else None,
                "shift_id": shift_id,
                "created_at": p["at"],
                "currency": p["currency"],
                "kind": p["kind"],
                "original_ref": p["original_ref"],
                "original_sale_id": p["original_sale_id"],
                "original_store": p["original_store"],
                "reason": p["reason"],
                "net_minor": p["net_minor"],
                "tax_minor": p["tax_minor"],
                "total_minor": p["total_minor"],
                "rounding_minor": p["rounding_minor"],
                "grant_id": p["grant_id"],
                "offline": int(p["offline"]),
                "exchange_basket_id": "",
            },
        ),
    )
    repo.insert_rows("return_lines", lines)
    repo.insert_rows(
        "return_taxes",
        [(rid, t["code"], t["rate"], t["net_minor"], t["tax_minor"], t["gross_minor"]) for t in p["taxes"]],
    )
    repo.insert_rows(
        "return_payments",
        [
            (rid, i, t["kind"], t["amount_minor"], t.get("rounding_minor", 0), t.get("reference", ""))
            for i, t in enumerate(p["payments"], start=1)
        ],
    )
    return 1


def _frozen_z(cfg, p: dict) -> dict:
    """A Z's frozen totals from its hub event (what the event lacks is empty: a reprint says COPY)."""
    frozen = {
        "version": 1,
        "kind": "Z",
        "store_name": cfg.store_name,
        "printed_at": p["closed_at"],
        "float_counts": {},
        "outside_shift_count": 0,
        "outside_cash_minor": 0,
        "subtotal_minor": p["gross_minor"] + p["discount_minor"],
        "return_flags": [],
        "paid_in_count": 0,
        "paid_out_count": 0,
        "cash_moves": [],
        "counted_pieces": {},
        "categories": [],
        "hours": [],
        "clerks": [],
        "recovered_from_hub": True,
    }
    frozen.update({k: v for k, v in p.items() if k not in ("type", "overrides", "tenders")})
    frozen["store"], frozen["station"] = p["store"], p["station"]
    frozen["tenders"] = [
        {**t, "counted_entered": t.get("counted_minor") is not None, "refunded_minor": 0} for t in p["tenders"]
    ]
    return frozen


def _rebuild_z(repo: RestoreRepo, cfg, p: dict, journal_seq: int) -> int:
    station = cfg.station_code
    if repo.exists("z_reports", "shift_id", p["shift_id"]):
        return 0
    known = repo.shift(p["shift_id"])
    closer = repo.user_id(display_name=p.get("closed_by", ""))
    if known is None:
        repo.insert_row(
            "shifts",
            {
                "id": p["shift_id"],
                "number": p["shift_no"],
                "station_code": station,
                "opened_at": p["opened_at"],
                "opened_by": repo.user_id(display_name=p.get("opened_by", "")),
                "float_counts": "{}",
                "float_minor": p["float_minor"],
                "closed_at": p["closed_at"],
                "closed_by": closer,
                "status": "closed",
            },
        )
    elif known[0] == "open":
        repo.close_shift(p["shift_id"], p["closed_at"], closer)
    first = series_of(p.get("first_receipt") or "", cfg.store_code, station)
    last = series_of(p.get("last_receipt") or "", cfg.store_code, station)
    before = max((r[1] for r in repo.z_ranges(station)), default=0)
    repo.insert_row(
        "z_reports",
        {
            "station_code": station,
            "number": p["z_no"],
            "shift_id": p["shift_id"],
            "created_at": p["closed_at"],
            "business_date": p["business_date"],
            "currency": p["currency"],
            "totals": json.dumps(_frozen_z(cfg, p), sort_keys=True, separators=(",", ":")),
            "counted": "{}",
            "counted_cash_minor": p["cash_counted_minor"] or 0,
            "expected_cash_minor": p["cash_expected_minor"],
            "sales_count": p["sales_count"],
            "first_number": first[1] if first else None,
            "last_number": max(last[1] if last else 0, before),
            "period_total_minor": p["period_total_minor"],
            "grand_total_minor": p["grand_total_minor"],
            "last_journal_seq": p["last_journal_seq"],
            "last_journal_hash": p["last_journal_hash"],
            "journal_seq": journal_seq,
            "pdf_path": f"reports/{p['business_date'][:7]}/{p.get('doc_no', 'Z')}.pdf",
        },
    )
    return 1


def _rebuild_movements(tx, repo: RestoreRepo, cfg, events: list[dict], unresolved: list[str]) -> int:
    rows = []
    for ev in events:
        if ev["status"] != "accepted" or ev["kind"] != "stock_movements":
            continue
        for m in ev["data"].get("movements", []):
            if repo.exists("stock_movements", "id", m["id"]):
                continue
            found = repo.product(m["sku"])
            if found is None:
                unresolved.append(f"movement {m['id']}: SKU {m['sku']} is not in the catalog")
                continue
            rows.append(
                (
                    m["id"],
                    found[0],
                    to_milli(Decimal(m["quantity"])),
                    m["reason"],
                    m["doc_ref"],
                    cfg.station_code,
                    m["at"],
                )
            )
    if rows:
        tx.stock.add_movements(rows)
    return len(rows)


# --------------------------------------------------------------------------- without a hub
@dataclass(frozen=True)
class Gap:
    journal_seq: int
    from_seq: int
    from_at: str | None
    to_at: str
    skipped: dict  # counter -> [first skipped, last skipped]
    text: str


def record_gap(uow, reason: str) -> Gap:
    """No hub to catch up from: journal the unrecoverable range and skip SKIP numbers per series."""
    cfg = config(uow)
    with uow.write() as tx:
        repo = RestoreRepo(tx.conn)
        restore = repo.pending()
        if restore is None:
            raise DomainError("No restore is waiting on this station")
        now = utcnow()
        station = cfg.station_code
        skipped = {}
        for name, value in sorted(repo.counters().items()):
            if name.endswith(f":{station}"):
                skipped[name] = [value + 1, value + SKIP]
                repo.raise_counter(name, value + SKIP)
        seq, _digest, _text = tx.journal.append(
            "gap",
            f"restore-{restore.id}",
            {
                "type": "gap",
                "store": cfg.store_code,
                "station": station,
                "at": now,
                "reason": reason,
                "backup_sha256": restore.backup_sha256,
                "after_seq": restore.backup_last_seq,
                "after_at": restore.backup_last_at,
                "until": now,
                "skipped": skipped,
            },
            now,
        )
        numbers = ", ".join(f"{name.split(':')[0]} {a}-{b}" for name, (a, b) in skipped.items()) or "none"
        text = (
            f"journal #{seq}: documents after #{restore.backup_last_seq} "
            f"({restore.backup_last_at or 'start'}) until {now[:16]} UTC not recovered ({reason}); "
            f"numbers skipped: {numbers}"
        )
        repo.finish(restore.id, now, "gap", {"skipped": skipped, "reason": reason, "journal_seq": seq}, text)
    log.warning("restore without the hub: GAP %s", text)
    return Gap(seq, restore.backup_last_seq, restore.backup_last_at, now, skipped, text)
