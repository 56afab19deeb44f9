"""A fiscal period's signed archive (issue 19, "Archiving"): what it holds and how it is checked
on any machine, without the station's database. Pure: members come in and go out as bytes; the
zip file and the database are services/fiscal/archive.py's business.

An archive holds the journal entries of one month, contiguous by sequence number: from the
entry after the previous month's closing (the station's first entry for its first archive) up
to and including the month's own closing ("MONTH-2026-11"). Its members:

- journal.jsonl: one entry a line (seq, kind, doc_ref, created_at, the payload text exactly as
  hashed, prev_hash, hash, signature, algorithm, key_fingerprint);
- documents.json: the sales and returns of the range, their payloads as readable JSON;
- closings.json: the closings of the range (the fiscal closings and the Zs), the same way;
- keys.json: every public key that signed an entry of the range, and the key that signed the
  manifest;
- manifest.json: format, store, station, period, first and last seq, the hash before the first
  entry, whether the entry before the range made signatures required, each member's name, size
  and SHA-256, the software and when it was made;
- manifest.sig: the station key's ECDSA signature of manifest.json's bytes.

`verify` checks the manifest's signature, each member's size and SHA-256, the hash chain from
the manifest's hash, every entry's signature, that the public keys are what their fingerprints
say (and, when given, ones the checker trusts), and that documents.json and closings.json are
the journal's own entries. Every problem is named: which member, which entry and document, why.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from cryptography.hazmat.primitives.asymmetric import ec

from ..journal import GENESIS, chain_hash
from . import signing
from .closings import DOCUMENT_KINDS
from .closings import KIND as CLOSE_KIND

FORMAT = "storedesk-fiscal-archive/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
JOURNAL = "journal.jsonl"
DOCUMENTS = "documents.json"
CLOSINGS = "closings.json"
KEYS = "keys.json"
CONTENT = (JOURNAL, DOCUMENTS, CLOSINGS, KEYS)  # the members the manifest lists, in this order

ARCHIVE_KIND = "fiscal_archive"  # the journal entry of an archive made; doc_ref "ARCHIVE-2026-11"
CLOSING_KINDS = (CLOSE_KIND, "shift_close")


# --- periods ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A calendar month, "2026-11"."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Period:
        """ "2026-11"; ValueError for anything else."""
        head, sep, tail = text.strip().partition("-")
        digits = sep and len(head) == 4 and len(tail) == 2 and head.isdigit() and tail.isdigit()
        if not digits or not 1 <= int(tail) <= 12 or int(head) < 1:
            raise ValueError(f"invalid period {text!r}: use YYYY-MM, e.g. 2026-11")
        return cls(int(head), int(tail))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def closing_ref(self) -> str:
        """The doc_ref of the month's closing entry."""
        return f"MONTH-{self}"

    @property
    def archive_ref(self) -> str:
        """The doc_ref of the entry that records the month's archive."""
        return f"ARCHIVE-{self}"

    @classmethod
    def of_closing(cls, doc_ref: str) -> Period:
        """ "MONTH-2026-11" back to its period; ValueError for another doc_ref."""
        if not doc_ref.startswith("MONTH-"):
            raise ValueError(f"{doc_ref!r} is not a month's closing")
        return cls.parse(doc_ref.removeprefix("MONTH-"))


def file_name(store: str, station: str, period: Period) -> str:
    """The archive's name in the data folder (and at the hub): PAR01-T1-2026-11.zip."""
    return f"{store}-{station}-{period}.zip"


# --- what an archive holds -------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One journal entry as archived: its signature None when it has none."""

    seq: int
    kind: str
    doc_ref: str
    created_at: str
    payload: str
    prev_hash: str
    hash: str
    signature: str | None = None
    algorithm: str = ""
    key_fingerprint: str = ""

    @classmethod
    def from_record(cls, record: object) -> Entry:
        """An entry from its journal.jsonl line (parsed); ValueError when it is not one."""
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
        try:
            entry = cls(**record)
        except TypeError as exc:
            raise ValueError(f"not a journal entry ({exc})") from None
        texts = [entry.kind, entry.doc_ref, entry.created_at, entry.payload, entry.prev_hash, entry.hash]
        texts += [entry.signature or "", entry.algorithm, entry.key_fingerprint]
        if not isinstance(entry.seq, int) or not all(isinstance(t, str) for t in texts):
            raise ValueError("a field has the wrong type")
        return entry

    def signed_row(self) -> signing.SignedRow:
        return signing.SignedRow(
            self.seq,
            self.kind,
            self.doc_ref,
            self.hash,
            self.signature,
            self.key_fingerprint,
            self.created_at,
            self.algorithm,
        )


@dataclass(frozen=True)
class PublicKey:
    fingerprint: str
    algorithm: str
    public_pem: str


@dataclass(frozen=True)
class Header:
    """What the manifest says besides its members."""

    store: str
    station: str
    period: str
    first_seq: int
    last_seq: int
    prev_hash: str  # the hash of the entry before the first (GENESIS for the journal's first)
    signing_required: bool  # the entry before the range made the next one need a signature
    software: str
    made_at: str
    signed_by: str  # the fingerprint of the key that signed the manifest
    algorithm: str = signing.ALGORITHM
    format: str = FORMAT


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _readable(entry: Entry) -> dict:
    """A document's or closing's entry with its payload as JSON, for a person to read."""
    return {
        "seq": entry.seq,
        "kind": entry.kind,
        "doc_ref": entry.doc_ref,
        "created_at": entry.created_at,
        "content": json.loads(entry.payload),
    }


def content(entries: list[Entry], keys: Iterable[PublicKey]) -> dict[str, bytes]:
    """The members the manifest lists, as bytes."""
    journal = "".join(json.dumps(asdict(e), ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
    return {
        JOURNAL: journal.encode("utf-8"),
        DOCUMENTS: _json([_readable(e) for e in entries if e.kind in DOCUMENT_KINDS]),
        CLOSINGS: _json([_readable(e) for e in entries if e.kind in CLOSING_KINDS]),
        KEYS: _json([asdict(k) for k in sorted(keys, key=lambda k: k.fingerprint)]),
    }


def manifest(header: Header, members: Mapping[str, bytes]) -> bytes:
    listed = [{"name": n, "size": len(members[n]), "sha256": hashlib.sha256(members[n]).hexdigest()} for n in CONTENT]
    return _json({**asdict(header), "entries": header.last_seq - header.first_seq + 1, "members": listed})


def build(header: Header, entries: list[Entry], keys: Iterable[PublicKey], key: ec.EllipticCurvePrivateKey) -> dict:
    """Every member of the archive, name -> bytes, the manifest signed by `key`."""
    members = content(entries, keys)
    members[MANIFEST] = manifest(header, members)
    members[SIGNATURE] = signing.sign_bytes(key, members[MANIFEST]).encode("ascii")
    return members


# --- checking an archive ---------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an archive: the member, the entry (seq and document) when known, why."""

    member: str
    reason: str
    seq: int | None = None
    doc_ref: str = ""

    def __str__(self) -> str:
        where = self.member
        if self.seq is not None:
            where += f", entry {self.seq}"
        if self.doc_ref:
            where += f" (document {self.doc_ref})"
        return f"{where}: {self.reason}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)
    entries: int = 0
    signatures: int = 0
    keys: list[str] = field(default_factory=list)  # the fingerprints of the archive's good keys

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, member: str, reason: str, seq: int | None = None, doc_ref: str = "") -> None:
        self.problems.append(Problem(member, reason, seq, doc_ref))


def verify(files: Mapping[str, bytes], trusted: Iterable[str] = ()) -> Report:
    """Check an archive's members (name -> bytes, as read from the zip). `trusted`: fingerprints
    of keys the checker knows are the station's (from the hub, say); when given, a key in the
    archive that is not one of them is a problem."""
    report = Report()
    head = _manifest(files, report)
    if head is None:
        return report
    keys = _keys(files, report, set(trusted))
    _signature(files, head, keys, report)
    entries = _journal(files, head, keys, report)
    if entries is not None:
        _key_entries(entries, keys, report)
        _same(files, DOCUMENTS, [e for e in entries if e.kind in DOCUMENT_KINDS], report)
        _same(files, CLOSINGS, [e for e in entries if e.kind in CLOSING_KINDS], report)
    _members(files, head, report)  # last: what changed without changing a meaning (a space, say)
    return report


def _manifest(files: Mapping[str, bytes], report: Report) -> dict | None:
    if MANIFEST not in files:
        report.add(MANIFEST, "missing from the archive")
        return None
    try:
        head = json.loads(files[MANIFEST])
    except ValueError:
        report.add(MANIFEST, "not valid JSON")
        return None
    needed = ("format", "first_seq", "last_seq", "prev_hash", "signed_by", "members", "period")
    if not isinstance(head, dict) or any(k not in head for k in needed):
        report.add(MANIFEST, "not an archive's manifest")
        return None
    if head["format"] != FORMAT:
        report.add(MANIFEST, f"unknown format {head['format']!r} (this program reads {FORMAT})")
        return None
    report.manifest = head
    return head


def _keys(files: Mapping[str, bytes], report: Report, trusted: set[str]) -> dict[str, ec.EllipticCurvePublicKey]:
    """The archive's public keys that are what their fingerprints say, by fingerprint."""
    try:
        listed = json.loads(files.get(KEYS, b""))
        records = [PublicKey(**k) for k in listed]
    except (ValueError, TypeError):
        report.add(KEYS, "missing or not a list of public keys")
        return {}
    keys = {}
    for k in records:
        try:
            key = signing.load_public_pem(k.public_pem)
        except ValueError:
            report.add(KEYS, f"the key {k.fingerprint} is not a readable ECDSA P-256 public key")
            continue
        actual = signing.key_fingerprint(key)
        if actual != k.fingerprint:
            report.add(KEYS, f"the key listed as {k.fingerprint} is another key ({actual})")
        elif trusted and actual not in trusted:
            report.add(KEYS, f"the key {actual} is not one of the keys given as the station's")
        else:
            keys[actual] = key
    report.keys = sorted(keys)
    return keys


def _signature(files: Mapping[str, bytes], head: dict, keys: Mapping, report: Report) -> None:
    key = keys.get(head["signed_by"])
    if SIGNATURE not in files:
        report.add(SIGNATURE, "missing from the archive")
    elif key is None:
        report.add(SIGNATURE, f"made by the key {head['signed_by']}, which is not among the archive's good keys")
    elif not signing.verify_bytes(key, files[MANIFEST], files[SIGNATURE].decode("ascii", "replace")):
        report.add(SIGNATURE, "the signature does not match manifest.json")


def _members(files: Mapping[str, bytes], head: dict, report: Report) -> None:
    members = head["members"] if isinstance(head["members"], list) else []
    listed = {str(m.get("name")): m for m in members if isinstance(m, dict)}
    for name in CONTENT:
        if name not in listed:
            report.add(MANIFEST, f"does not list {name}")
    for name, m in listed.items():
        data = files.get(name)
        if data is None:
            report.add(name, "missing from the archive")
        elif len(data) != m.get("size") or hashlib.sha256(data).hexdigest() != m.get("sha256"):
            report.add(name, "its bytes differ from the manifest's size and SHA-256 (changed after signing)")
    for name in sorted(set(files) - set(listed) - {MANIFEST, SIGNATURE}):
        report.add(name, "not listed in the manifest")


def _journal(files: Mapping[str, bytes], head: dict, keys: Mapping, report: Report) -> list[Entry] | None:
    """The journal's entries when the chain from the manifest's hash holds, else None (reported)."""
    entries = []
    for number, line in enumerate(files.get(JOURNAL, b"").decode("utf-8", "replace").splitlines(), start=1):
        try:
            entries.append(Entry.from_record(json.loads(line)))
        except ValueError as exc:
            report.add(JOURNAL, f"line {number} is not a journal entry: {exc}")
            return None
    report.entries = len(entries)
    broken = chain_problem(entries, head["prev_hash"], head["first_seq"], head["last_seq"])
    if broken is not None:
        report.add(JOURNAL, broken.reason, broken.seq, broken.doc_ref)
        return None
    rows = (e.signed_row() for e in entries)
    failure, report.signatures = signing.first_bad_signature(rows, keys, bool(head.get("signing_required")))
    if failure is not None:
        report.add(JOURNAL, str(failure.reason), failure.seq, failure.doc_ref)
    last = entries[-1]
    if last.kind != CLOSE_KIND or last.doc_ref != f"MONTH-{head['period']}":
        report.add(JOURNAL, f"the last entry is not the closing MONTH-{head['period']}", last.seq, last.doc_ref)
    return entries


def chain_problem(entries: list[Entry], prev_hash: str, first_seq: int, last_seq: int) -> Problem | None:
    """Walk the hash chain of a range of the journal that starts after the entry whose hash is
    `prev_hash` (GENESIS before the journal's first): the first break, or None."""
    if not entries:
        return Problem(JOURNAL, "no entries")
    prev, expected = prev_hash, first_seq
    for e in entries:
        if e.seq != expected:
            return Problem(JOURNAL, f"sequence gap: expected entry {expected}, found {e.seq}", e.seq, e.doc_ref)
        if e.prev_hash != prev:
            return Problem(JOURNAL, "previous hash does not match", e.seq, e.doc_ref)
        if chain_hash(prev, e.payload) != e.hash:
            return Problem(JOURNAL, "hash does not match its content", e.seq, e.doc_ref)
        prev, expected = e.hash, expected + 1
    if expected - 1 != last_seq:
        return Problem(JOURNAL, f"the manifest's last entry {last_seq} is missing", expected - 1)
    return None


def _key_entries(entries: list[Entry], keys: Mapping, report: Report) -> None:
    """A key introduced in the range (its "signing_key" entry) is the archive's key of that name."""
    for e in entries:
        if e.kind != signing.KEY_KIND:
            continue
        try:
            pem = json.loads(e.payload).get("public_key", "")
            same = signing.key_fingerprint(signing.load_public_pem(pem)) == e.doc_ref and e.doc_ref in keys
        except (ValueError, AttributeError):
            same = False
        if not same:
            report.add(KEYS, f"the key {e.doc_ref} the journal introduces is not in the archive", e.seq, e.doc_ref)


def _same(files: Mapping[str, bytes], member: str, entries: list[Entry], report: Report) -> None:
    """A readable member (documents.json, closings.json) holds exactly the journal's entries."""
    try:
        shown = json.loads(files.get(member, b""))
        by_seq = {d["seq"]: d for d in shown}
    except (ValueError, TypeError, KeyError):
        report.add(member, "not a list of the journal's entries")
        return
    for e in entries:
        d = by_seq.pop(e.seq, None)
        if d is None:
            report.add(member, "missing, though the journal has it", e.seq, e.doc_ref)
        elif d != _readable(e):
            report.add(member, "differs from its journal entry", e.seq, e.doc_ref)
    for seq, d in sorted(by_seq.items(), key=lambda item: str(item[0])):
        report.add(member, "not in the journal", seq, str(d.get("doc_ref", "")))


def before_range(prev: Entry | None) -> tuple[str, bool]:
    """(the hash before a range, whether its first entry must be signed) from the entry before it."""
    if prev is None:
        return GENESIS, False
    return prev.hash, signing.required_after(prev.signed_row())
