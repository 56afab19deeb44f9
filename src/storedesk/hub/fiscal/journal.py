"""Each station's journal, mirrored at the hub entry by entry (issue 19: "the hub keeps every
station's signed documents and closings, and can verify a station's chain without it").

At each sync the station sends what the hub lacks of its journal, in order, in batches
(PUT /v1/stations/me/journal, api.py; services/journal_hub.py at the station):

- an entry the hub already has, identical in every field, changes nothing (a retry);
- a DIFFERENT entry at a seq the hub already has (a journal rewritten after it was sent) is
  refused with the whole batch (Conflict, 409) and its copy kept in station_journal_conflicts, so
  `storedesk-hub fiscal verify` names it; the hub's copy stays as it was first received;
- entries must follow the hub's last seq with no hole: a batch that starts further on is
  refused (Conflict) saying the seq the hub expects; GET /v1/stations/me/journal answers the
  hub's last seq so the station resumes from there.

A station restored from a backup (services/restore) writes a "restore" entry (a "gap" entry
without a hub) right after the backup's last entry, so its journal legitimately parts from the
hub's copy there. When the first entry that differs is such an entry, chained onto the hub's copy
(its prev_hash is the hub's hash before it; its own hash right) and signed by a key the station
registered before the hub received the entries it replaces (or unsigned where none of the hub's
entries from that seq on is signed: a store that does not sign), and saying it comes right after
the backup's last entry (the payload's "backup_last_seq", a gap's "after_seq", is seq - 1), the hub
moves its own entries from that seq on to station_journal_superseded (kept, never deleted) and
takes the station's journal from there: the mirror goes on, and verify lists what was superseded,
checks that it still chains, and that every document in it is in the journal since, byte for
byte (a restore's catch-up re-appends the hub's copies unchanged: services/restore/catch_up.py).
So a token alone (no key, or a key registered a moment ago) cannot swap the hub's copy.

One batch is one transaction: nothing of a refused batch is stored (but the conflict record).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import BigInteger, String, and_, func, insert, literal, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ...domain.fiscal import signing
from ...domain.fiscal.mirror import ENTRY_FIELDS, MirroredEntry
from ...domain.journal import GENESIS, chain_hash
from .. import db
from ..errors import Conflict
from ..stations.keys import keys_of
from ..times import utcnow_text
from .models import station_journal, station_journal_conflicts, station_journal_superseded

MAX_BATCH = 500
# services/restore: the first entry after a backup's last one, and its payload's field naming that entry
BACKUP_LAST_SEQ = {"restore": "backup_last_seq", "gap": "after_seq"}


@dataclass(frozen=True)
class Received:
    """What a batch did: entries added, entries the hub already had, and the hub's last seq now."""

    added: int
    duplicate: int
    last_seq: int

    def as_dict(self) -> dict:
        return asdict(self)


class JournalConflict(Conflict):
    """A batch refused: a rewritten entry, or entries that do not follow the hub's last seq (the
    station asks GET /v1/stations/me/journal where the hub is)."""


def mine(table, store: str, station: str):
    """The rows of one station in one of the fiscal tables (they all have store and station)."""
    return and_(table.c.store == store, table.c.station == station)


def last_seq(conn: Connection, store: str, station: str) -> int:
    found = conn.execute(select(func.max(station_journal.c.seq)).where(mine(station_journal, store, station))).scalar()
    return int(found or 0)


def _stored(conn: Connection, store: str, station: str, first: int, last: int) -> dict[int, MirroredEntry]:
    rows = conn.execute(
        select(*(station_journal.c[name] for name in ENTRY_FIELDS)).where(
            mine(station_journal, store, station), station_journal.c.seq.between(first, last)
        )
    ).all()
    return {r.seq: MirroredEntry(**r._mapping) for r in rows}


def _record_conflict(conn: Connection, store: str, station: str, entry: MirroredEntry, now: str) -> None:
    digest = entry.sha256()
    seen = conn.execute(
        select(station_journal_conflicts.c.id).where(
            mine(station_journal_conflicts, store, station),
            station_journal_conflicts.c.seq == entry.seq,
            station_journal_conflicts.c.entry_sha256 == digest,
        )
    ).first()
    if seen is None:
        conn.execute(
            station_journal_conflicts.insert().values(
                store=store, station=station, **asdict(entry), entry_sha256=digest, received_at=now
            )
        )


def _first_rewritten(known: dict[int, MirroredEntry], entries: list[MirroredEntry]) -> MirroredEntry | None:
    return next((e for e in entries if e.seq in known and known[e.seq] != e), None)


def signed_row(r) -> signing.SignedRow:
    """An entry as the signature check sees it, from a MirroredEntry or a row of the fiscal tables."""
    fingerprint, algorithm = r.key_fingerprint or "", r.algorithm or ""
    return signing.SignedRow(r.seq, r.kind, r.doc_ref, r.hash, r.signature, fingerprint, r.created_at, algorithm)


def public_keys(conn: Connection, store: str, station: str, registered_before: str | None = None) -> dict:
    """The keys the station registered at the hub, by the fingerprint its signatures name; only
    those registered before `registered_before` when given."""
    found = {}
    for key in keys_of(conn, store, station):
        if registered_before is None or key.registered_at < registered_before:
            public = signing.load_public_pem(key.public_key)
            found[signing.key_fingerprint(public)] = public
    return found


def hash_at(conn: Connection, store: str, station: str, seq: int) -> str:
    if seq == 0:
        return GENESIS
    found = conn.execute(
        select(station_journal.c.hash).where(mine(station_journal, store, station), station_journal.c.seq == seq)
    ).scalar()
    return found or ""


def _after_backup(entry: MirroredEntry) -> bool:
    """Whether a restore (gap) entry's payload says it follows its backup's last entry, seq - 1."""
    try:
        body = json.loads(entry.payload)
    except ValueError:
        return False
    said = body.get(BACKUP_LAST_SEQ[entry.kind]) if isinstance(body, dict) else None
    return isinstance(said, int) and not isinstance(said, bool) and said == entry.seq - 1


def _replaced(conn: Connection, store: str, station: str, seq: int) -> tuple[bool, str]:
    """(whether any of the hub's entries from `seq` on is signed, when the first of them came)."""
    c = station_journal.c
    row = conn.execute(
        select(func.count(c.signature), func.min(c.received_at)).where(
            mine(station_journal, store, station), c.seq >= seq
        )
    ).one()
    return bool(row[0]), row[1] or ""


def _restarts(conn: Connection, store: str, station: str, entry: MirroredEntry) -> bool:
    """Whether `entry`, the first that differs from the hub's copy, starts the journal of a
    station restored from a backup (see the module's docstring)."""
    if entry.kind not in BACKUP_LAST_SEQ or chain_hash(entry.prev_hash, entry.payload) != entry.hash:
        return False
    if entry.prev_hash != hash_at(conn, store, station, entry.seq - 1) or not _after_backup(entry):
        return False
    signed, received_at = _replaced(conn, store, station, entry.seq)
    if entry.signature is None:
        return not signed
    # a key registered after the hub had those entries cannot replace them (a token holder's own)
    key = public_keys(conn, store, station, registered_before=received_at).get(entry.key_fingerprint or "")
    return key is not None and signing.is_valid_entry(key, signed_row(entry))


def _supersede(conn: Connection, store: str, station: str, by: MirroredEntry, now: str) -> None:
    """Move the hub's entries from `by.seq` on to station_journal_superseded."""
    moving = and_(mine(station_journal, store, station), station_journal.c.seq >= by.seq)
    names = ["store", "station", *ENTRY_FIELDS, "received_at"]
    moved = select(*(station_journal.c[n] for n in names), literal(by.seq, BigInteger), literal(now, String)).where(
        moving
    )
    conn.execute(insert(station_journal_superseded).from_select([*names, "superseded_by", "superseded_at"], moved))
    conn.execute(station_journal.delete().where(moving))


def _receive(conn: Connection, store: str, station: str, entries: list[MirroredEntry]) -> Received | JournalConflict:
    last = last_seq(conn, store, station)
    first = entries[0].seq
    if first > last + 1:
        return JournalConflict(f"the hub has this station's journal up to seq {last}: send from seq {last + 1}")
    known = _stored(conn, store, station, first, min(last, entries[-1].seq))
    now = utcnow_text()
    rewritten = _first_rewritten(known, entries)
    if rewritten is not None and _restarts(conn, store, station, rewritten):
        _supersede(conn, store, station, rewritten, now)
        last = rewritten.seq - 1
    elif rewritten is not None:
        _record_conflict(conn, store, station, rewritten, now)
        return JournalConflict(
            f"journal entry {rewritten.seq} ({rewritten.doc_ref or rewritten.kind}) differs from the one "
            f"this station sent before: refused, and recorded"
        )
    new = [{"store": store, "station": station, **asdict(e), "received_at": now} for e in entries if e.seq > last]
    db.insert_many(conn, station_journal, new)
    return Received(len(new), len(entries) - len(new), max(last, entries[-1].seq))


def receive(engine: Engine, store: str, station: str, entries: list[MirroredEntry]) -> Received:
    """Keep a batch of the station's entries (1..MAX_BATCH, in order, contiguous: the caller
    checked). Raises JournalConflict after recording a rewritten entry, or when the batch does
    not follow the hub's last seq."""
    for attempt in range(2):
        try:
            outcome = db.run_write(engine, lambda conn: _receive(conn, store, station, entries))
            break
        except IntegrityError:
            # the same batch stored meanwhile by another request (a retry served by another
            # process): the second attempt sees those rows and answers them as duplicates
            if attempt:
                raise
    if isinstance(outcome, JournalConflict):
        raise outcome
    return outcome
