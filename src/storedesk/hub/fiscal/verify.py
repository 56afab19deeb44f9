"""Checking a station's journal at the hub, without the station (issue 19): `storedesk-hub fiscal
verify --store S --station T`.

The hub's copy (station_journal, journal.py) is walked with the station's own rules, the very
functions `storedesk journal verify` runs at the station: the hash chain
(domain/journal.first_broken: a changed byte, a removed or inserted entry) and then every
signature against the public keys the station registered at the hub
(domain/fiscal/signing.first_bad_signature with hub/stations/keys.keys_of: an older key too).
The first failure is named by seq, document and reason. Besides:

- the conflicts recorded: entries the station sent again, different, after sending them (a
  journal rewritten at the station), and archives sent twice with other bytes;
- what a restored station's journal superseded (journal.py): listed, checked to chain from the
  entry before it, hashes and signatures, as it did when it came; and every sale, return and Z
  in it must be in the journal since under its number, byte for byte (a restore's catch-up
  re-appends the hub's copies unchanged), else it is named as lost;
- the documents the hub received as events (sales, returns, Zs accepted from the station) that
  are not in its copy of the journal, or are there with another content: the journal's end
  cut off, or a document changed, is found even where the chain is whole;
- document numbers that are missing: receipts (kind "sale", PAR01-T1-000001...) and returns
  (PAR01-T1-R000001...) are numbered without gaps at the station, so a number missing between 1
  and the highest one is a removed document, found by its number even where the chain was
  rewritten around it (domain/fiscal/numbering.py, the station's own check); the numbers a
  restore without the hub skipped on purpose (its "gap" entry says which) are not missing, if
  its ranges are ranges (at most numbering.MAX_SKIPPED_WIDTH wide) starting after the highest
  number made before it: else the gap is refused, named, and excuses nothing.

Every walk is bounded: rows are streamed or read by pages, and only the first SHOWN numbers or
documents of each finding are listed, the rest counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Connection

from ...domain.fiscal import numbering, signing
from ...domain.journal import JournalRow, chain_hash, first_broken
from ..ingest import payload_hash
from ..models import events
from . import archives, journal
from .journal import mine, signed_row
from .models import station_journal, station_journal_conflicts, station_journal_superseded

GAP_KIND = "gap"  # services/restore/gap.py: a restore without the hub, its skipped numbers in the payload
PAGE = 2000
SHOWN = 20  # numbers or documents listed per finding; the rest counted
Z_KIND, Z_NUMBER = "shift_close", "doc_no"  # a Z's journal doc_ref is its payload's doc_no
DOCUMENT_KINDS = ("sale", "return", Z_KIND)  # journaled and sent to the hub as events, the same text


@dataclass(frozen=True)
class Series:
    """A gapless series of the station's documents: its journal kind, the station's counter (the
    keys of a gap's "skipped": "receipt:T1") and the letter after "STORE-STATION-"."""

    kind: str
    counter: str
    letter: str


SERIES = (Series("sale", "receipt", ""), Series("return", "return", "R"))


@dataclass(frozen=True)
class Failure:
    seq: int
    doc_ref: str
    reason: str


@dataclass(frozen=True)
class RecordedConflict:
    """A copy the hub refused: a journal entry (seq, document) or an archive (period)."""

    what: str
    received_at: str


@dataclass(frozen=True)
class Superseded:
    """The hub's entries `first`..`last` replaced by a restored station's journal from `by_seq`;
    `lost`: its documents not in the journal since, byte for byte (the first SHOWN of `lost_count`)."""

    by_seq: int
    by_doc: str
    first: int
    last: int
    at: str
    problem: str  # "" when they still chain, hashes and signatures
    lost: tuple[str, ...] = ()
    lost_count: int = 0


@dataclass(frozen=True)
class Listed:
    """The first SHOWN of what a check found, and how many in all."""

    shown: tuple[str, ...] = ()
    count: int = 0


@dataclass
class Report:
    store: str
    station: str
    entries: int = 0
    last_seq: int = 0
    signatures: int = 0
    keys: int = 0
    failure: Failure | None = None
    conflicts: list[RecordedConflict] = field(default_factory=list)
    missing: Listed = Listed()  # document numbers missing from the journal
    superseded: list[Superseded] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # numbers a restore without the hub skipped
    refused_gaps: list[str] = field(default_factory=list)  # skipped numbers that are not valid
    unmirrored: Listed = Listed()  # documents received as events, not in the journal as sent

    @property
    def missing_numbers(self) -> list[str]:
        return list(self.missing.shown)

    @property
    def ok(self) -> bool:
        whole = not any(s.problem or s.lost_count for s in self.superseded)
        found = self.missing.count or self.unmirrored.count or self.refused_gaps or self.conflicts
        return self.last_seq > 0 and self.failure is None and not found and whole


def _stream(conn: Connection, store: str, station: str, *columns) -> Iterator:
    q = select(*columns).where(mine(station_journal, store, station)).order_by(station_journal.c.seq)
    yield from conn.execution_options(stream_results=True, yield_per=PAGE).execute(q)


def _chain(conn: Connection, store: str, station: str) -> Iterator[JournalRow]:
    c = station_journal.c
    for r in _stream(conn, store, station, c.seq, c.payload, c.prev_hash, c.hash):
        yield JournalRow(r.seq, r.payload, r.prev_hash, r.hash)


SIGNED_COLUMNS = ("seq", "kind", "doc_ref", "hash", "signature", "key_fingerprint", "created_at", "algorithm")


def _signed(conn: Connection, store: str, station: str) -> Iterator[signing.SignedRow]:
    for r in _stream(conn, store, station, *(station_journal.c[n] for n in SIGNED_COLUMNS)):
        yield signed_row(r)


def _pages(conn: Connection, query, key) -> Iterator[list]:
    """The rows of `query` by pages of PAGE, in the order of the unique column `key` (keyset)."""
    after = None
    while True:
        page = query if after is None else query.where(key > after)
        rows = list(conn.execute(page.order_by(key).limit(PAGE)))
        if not rows:
            return
        yield rows
        after = rows[-1]._mapping[key]


def _doc_ref(conn: Connection, store: str, station: str, seq: int) -> str:
    found = conn.execute(
        select(station_journal.c.doc_ref).where(mine(station_journal, store, station), station_journal.c.seq == seq)
    ).scalar()
    return found or ""


def _listed(names: Iterator[str]) -> Listed:
    shown: list[str] = []
    count = 0
    for name in names:
        count += 1
        if len(shown) < SHOWN:
            shown.append(name)
    return Listed(tuple(shown), count)


# --- document numbers --------------------------------------------------------------------------


@dataclass
class _Numbers:
    """The walk of the numbered entries and the gaps, in journal order."""

    prefixes: dict[str, str]  # journal kind -> "PAR01-T1-"
    counters: dict[str, str]  # "receipt:T1" -> "PAR01-T1-"
    numbers: dict[str, list[int]] = field(default_factory=dict)
    highest: dict[str, int] = field(default_factory=dict)
    excused: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def number(self, kind: str, doc_ref: str) -> None:
        prefix = self.prefixes[kind]
        n = numbering.split_number(doc_ref, prefix)
        if n is not None:
            self.numbers.setdefault(prefix, []).append(n)
            self.highest[prefix] = max(self.highest.get(prefix, 0), n)

    def gap(self, seq: int, payload: str) -> None:
        try:
            body = json.loads(payload)
        except ValueError:
            body = None
        skipped = body.get("skipped", {}) if isinstance(body, dict) else None
        if not isinstance(skipped, dict):
            self.refused.append(f"the gap at seq {seq}: its skipped numbers are not a table of ranges")
            return
        for counter, prefix in self.counters.items():
            if counter in skipped:
                self._range(seq, prefix, skipped[counter])

    def _range(self, seq: int, prefix: str, value: object) -> None:
        pair = numbering.skipped_range(value)
        if pair is None:
            self.refused.append(
                f"the gap at seq {seq}: {prefix} {str(value)[:40]} is not a range of at most "
                f"{numbering.MAX_SKIPPED_WIDTH} numbers"
            )
        elif pair[0] <= self.highest.get(prefix, 0):
            self.refused.append(
                f"the gap at seq {seq}: {prefix}{pair[0]}..{pair[1]} covers numbers made before it "
                f"(up to {self.highest[prefix]})"
            )
        else:
            self.excused.setdefault(prefix, []).append(pair)
            self.notes.append(f"{prefix}{pair[0]}..{pair[1]} skipped by a restore without the hub (seq {seq})")


def _numbering(conn: Connection, store: str, station: str, report: Report) -> None:
    """The missing numbers, the skipped ones and the gaps refused, into `report`."""
    walk = _Numbers(
        {s.kind: f"{store}-{station}-{s.letter}" for s in SERIES},
        {f"{s.counter}:{station}": f"{store}-{station}-{s.letter}" for s in SERIES},
    )
    c = station_journal.c
    gap_text = case((c.kind == GAP_KIND, c.payload), else_=None).label("gap_text")
    q = select(c.seq, c.kind, c.doc_ref, gap_text).where(
        mine(station_journal, store, station), c.kind.in_([*walk.prefixes, GAP_KIND])
    )
    for r in conn.execution_options(stream_results=True, yield_per=PAGE).execute(q.order_by(c.seq)):
        if r.kind == GAP_KIND:
            walk.gap(r.seq, r.gap_text)
        else:
            walk.number(r.kind, r.doc_ref)
    found = numbering.missing_numbers(walk.numbers, walk.excused, limit=SHOWN)
    if found is not None:
        report.missing = Listed(found.missing, found.missing_count)
    report.skipped, report.refused_gaps = walk.notes, walk.refused


# --- documents: the events against the journal, what a restore superseded -------------------


def _in_journal(conn: Connection, store: str, station: str, refs: set[str]) -> dict[tuple[str, str], str]:
    """(kind, doc_ref) -> payload of the journal's entries of those numbers."""
    c = station_journal.c
    q = select(c.kind, c.doc_ref, c.payload).where(mine(station_journal, store, station), c.doc_ref.in_(refs))
    return {(r.kind, r.doc_ref): r.payload for r in conn.execute(q)}


def _event_ref(kind: str, doc_ref: str | None, z_payload: str | None) -> str:
    """The journal's doc_ref of a document the hub received as an event."""
    if kind != Z_KIND:
        return doc_ref or ""
    try:
        body = json.loads(z_payload or "")
    except ValueError:
        return ""
    number = body.get(Z_NUMBER) if isinstance(body, dict) else None
    return number if isinstance(number, str) else ""


def _unmirrored(conn: Connection, store: str, station: str) -> Iterator[str]:
    e = events.c
    z_text = case((e.kind == Z_KIND, e.payload), else_=None).label("z_text")
    q = select(e.id, e.kind, e.doc_ref, e.payload_sha256, z_text).where(
        e.store == store, e.station == station, e.status == "accepted", e.kind.in_(DOCUMENT_KINDS)
    )
    for page in _pages(conn, q, e.id):
        wanted = [(r.kind, _event_ref(r.kind, r.doc_ref, r.z_text), r.payload_sha256) for r in page]
        kept = _in_journal(conn, store, station, {ref for _, ref, _ in wanted if ref})
        for kind, ref, digest in wanted:
            text = kept.get((kind, ref))
            if text is None:
                yield f"{ref or '?'} ({kind}): received as an event, not in the hub's copy of the journal"
            elif payload_hash(kind, text) != digest:
                yield f"{ref} ({kind}): in the journal with another content than the event received"


def _lost(conn: Connection, store: str, station: str, segment) -> Iterator[str]:
    """The documents of a superseded segment not in the journal since, byte for byte."""
    c = station_journal_superseded.c
    q = select(c.seq, c.kind, c.doc_ref, c.payload).where(segment, c.kind.in_(DOCUMENT_KINDS))
    for page in _pages(conn, q, c.seq):
        kept = _in_journal(conn, store, station, {r.doc_ref for r in page})
        for r in page:
            if kept.get((r.kind, r.doc_ref)) != r.payload:
                yield f"{r.doc_ref} ({r.kind}, superseded seq {r.seq})"


def _before(conn: Connection, store: str, station: str, first) -> str:
    """The hash the first superseded entry chains from: the journal's entry before it, or one an
    earlier restore superseded (the segments of two restores follow each other)."""
    live = journal.hash_at(conn, store, station, first.seq - 1)
    if live == first.prev_hash:
        return live
    c = station_journal_superseded.c
    earlier = conn.execute(
        select(c.hash).where(
            mine(station_journal_superseded, store, station), c.seq == first.seq - 1, c.hash == first.prev_hash
        )
    ).first()
    return earlier.hash if earlier else live


def _segment_problem(conn: Connection, store: str, station: str, segment, keys: dict) -> str:
    """Why superseded entries no longer chain ("" when they do), walked twice, streaming."""
    c = station_journal_superseded.c
    q = select(station_journal_superseded).where(segment).order_by(c.seq)
    prev, expected = None, None
    for r in conn.execution_options(stream_results=True, yield_per=PAGE).execute(q):
        if prev is None:
            prev, expected = _before(conn, store, station, r), r.seq
        if r.seq != expected:
            return f"sequence gap: expected {expected}, found {r.seq}"
        if r.prev_hash != prev or chain_hash(prev, r.payload) != r.hash:
            return f"entry {r.seq} does not chain (hash or previous hash)"
        prev, expected = r.hash, r.seq + 1
    signed = (signed_row(r) for r in conn.execution_options(stream_results=True, yield_per=PAGE).execute(q))
    bad, _ = signing.first_bad_signature(signed, keys)
    return f"entry {bad.seq}: {bad.reason}" if bad else ""


def superseded(conn: Connection, store: str, station: str, keys: dict) -> list[Superseded]:
    c = station_journal_superseded.c
    where = mine(station_journal_superseded, store, station)
    groups = conn.execute(
        select(c.superseded_by, c.superseded_at, func.min(c.seq), func.max(c.seq))
        .where(where)
        .group_by(c.superseded_by, c.superseded_at)
        .order_by(c.superseded_at, c.superseded_by)
    ).all()
    found = []
    for by_seq, at, first, last in groups:
        segment = and_(where, c.superseded_by == by_seq, c.superseded_at == at)
        problem = _segment_problem(conn, store, station, segment, keys)
        lost = _listed(_lost(conn, store, station, segment))
        doc = _doc_ref(conn, store, station, by_seq)
        found.append(Superseded(by_seq, doc, first, last, at, problem, lost.shown, lost.count))
    return found


def recorded_conflicts(conn: Connection, store: str, station: str) -> list[RecordedConflict]:
    c = station_journal_conflicts.c
    rows = conn.execute(
        select(c.seq, c.kind, c.doc_ref, c.received_at)
        .where(mine(station_journal_conflicts, store, station))
        .order_by(c.seq, c.id)
    ).all()
    found = [
        RecordedConflict(f"journal entry {r.seq} ({r.doc_ref or r.kind}) sent again with other content", r.received_at)
        for r in rows
    ]
    found += [
        RecordedConflict(f"archive {a.period} sent again with other bytes (sha256 {a.sha256[:16]})", a.received_at)
        for a in archives.conflicts(conn, store, station)
    ]
    return found


def verify(conn: Connection, store: str, station: str) -> Report:
    report = Report(store, station)
    broken, report.entries, reason = first_broken(_chain(conn, store, station))
    report.last_seq = journal.last_seq(conn, store, station)
    keys = journal.public_keys(conn, store, station)
    if broken is not None:
        report.failure = Failure(broken, _doc_ref(conn, store, station, broken), str(reason))
    else:
        report.keys = len(keys)
        bad, report.signatures = signing.first_bad_signature(_signed(conn, store, station), keys)
        if bad is not None:
            report.failure = Failure(bad.seq, bad.doc_ref, str(bad.reason))
    report.conflicts = recorded_conflicts(conn, store, station)
    _numbering(conn, store, station, report)
    report.unmirrored = _listed(_unmirrored(conn, store, station))
    report.superseded = superseded(conn, store, station, keys)
    return report
