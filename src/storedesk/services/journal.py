"""The journal (rule 4): a fiscal document's entry with its outbox event, and the walk of the hash chain."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..adapters.signatures_repo import SignaturesRepo
from ..domain.fiscal import numbering, signing
from ..domain.journal import first_broken
from ..i18n import Message

GAP_KIND = "gap"  # services/restore/gap.py: a restore without the hub, its skipped ranges

if TYPE_CHECKING:
    from ..adapters.repositories import AppendedEntry
    from ..adapters.uow import Tx, UnitOfWork


def record_document(tx: Tx, kind: str, doc_ref: str, fiscal: dict, now: str) -> AppendedEntry:
    """Journal a fiscal document and queue it for the hub in the caller's transaction (rules 4
    and 6): the outbox payload is the journal entry's canonical text byte for byte, which is
    what lets a restore re-append entries from the hub. A signing country's entry is signed by
    the append itself (adapters/journal_signing.py)."""
    entry = tx.journal.append(kind, doc_ref, fiscal, now)
    tx.outbox.add(uuid.uuid4().hex, kind, fiscal, now, text=entry.text)
    return entry


def record_change(tx: Tx, kind: str, doc_ref: str, details: dict, now: str, by: str) -> AppendedEntry:
    """Journal an administrative change (a setting, a tax rate, an import, prices switching) in
    the caller's transaction: who (`by`: a username, "hub", "terminal" or "station"), what (the
    kind and its before/after details), where and when. Journaled only, not sent to the hub."""
    settings = tx.settings.all()
    where = {"store": settings.get("store_code", ""), "station": settings.get("station_code", "")}
    return tx.journal.append(kind, doc_ref, {"type": kind, "at": now, **where, "by": by, **details}, now)


def record_country_change(tx: Tx, before: str, after: str, now: str, by: str) -> None:
    """Journal a change of the store's fiscal country BEFORE the setting changes (issue 19): the
    entry is signed when the country it leaves signs, so turning signing off is itself signed,
    and `journal verify` needs no signature on the entries after it until signing starts again
    (domain/fiscal/signing.first_bad_signature). Its doc_ref is the new country's code."""
    if (before or "").strip().upper() == (after or "").strip().upper():
        return
    details = {"before": before or "", "after": after or ""}
    record_change(tx, signing.COUNTRY_KIND, (after or "").strip().upper(), details, now, by)


@dataclass(frozen=True)
class KeyUse:
    """A key that signed the journal: the entry that introduced it and how many entries it signed."""

    fingerprint: str
    introduced_seq: int
    signatures: int


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    broken_seq: int | None
    reason: Message | str  # str(reason) is English (the CLI); the till shows it translated
    signatures: int = 0  # signatures checked (issue 19), all good when ok
    broken_doc: str = ""  # the document of the first failing entry (its doc_ref), when known
    chain_intact: bool = False  # the hash chain is whole and a signature failed
    keys: tuple[KeyUse, ...] = ()  # the keys that signed, in the order the journal introduced them
    missing: tuple[str, ...] = ()  # document numbers missing from the journal (the first ones)
    missing_count: int = 0


def station_keys(tx: Tx) -> list[signing.IntroducedKey]:
    """The keys `journal verify` trusts: those the journal itself introduced (KEY_KIND entries,
    each with its public key), from the entry that introduced it on. A row added to
    fiscal_public_keys, or a key file, is not enough: a key must be in the hash chain."""
    return SignaturesRepo(tx.conn).introduced_keys()


def numbering_problem(tx: Tx, limit: int = 20) -> numbering.NumberingProblem | None:
    """The receipt, return and Z numbers missing from the journal (rule 3): 1 to the counter's
    last number in each series, less the numbers a restore without the hub skipped."""
    settings = tx.settings.all()
    series = numbering.station_series(settings.get("store_code", ""), settings.get("station_code", ""))
    repo = SignaturesRepo(tx.conn)
    prefix_of = {s.kind: s.prefix for s in series}
    by_prefix: dict[str, list[int]] = {s.prefix: [] for s in series}
    for kind, doc_ref in repo.doc_refs(tuple(prefix_of)):
        number = numbering.split_number(doc_ref, prefix_of[kind])
        if number is not None:
            by_prefix[prefix_of[kind]].append(number)
    gaps = (_json_object(text) for text in repo.payloads(GAP_KIND))
    skipped = numbering.skipped_by_prefix(series, gaps)
    last_made = {s.prefix: repo.counter(s.counter) for s in series}
    return numbering.missing_numbers(by_prefix, skipped, limit, last_made)


def _json_object(text: str) -> dict:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def verify(uow: UnitOfWork, pinned: Collection[str] = ()) -> VerifyResult:
    """Walk the hash chain, then check every signature against the key that made it (the keys
    the journal introduced, each from its entry on; `pinned`: when given, the only fingerprints
    accepted), then the document numbers: names the first entry and document that fails, or the
    first document number missing. No key file is read: a key file proves nothing about the
    journal, the keys it introduced do."""
    with uow.read() as tx:
        broken, count, reason = first_broken(tx.journal.rows())
        repo = SignaturesRepo(tx.conn)
        if broken is not None:
            return VerifyResult(False, count, broken, reason, 0, repo.doc_ref(broken))
        introduced = station_keys(tx)
        keys = {k.fingerprint: k.public for k in introduced}
        at = {k.fingerprint: k.seq for k in introduced}
        walk = signing.walk_signatures(repo.rows(), keys, introduced=at, pinned=frozenset(pinned))
        used = tuple(
            KeyUse(k.fingerprint, k.seq, walk.by_key[k.fingerprint]) for k in introduced if k.fingerprint in walk.by_key
        )
        failure = walk.failure
        if failure is not None:
            return VerifyResult(False, count, failure.seq, failure.reason, walk.checked, failure.doc_ref, True, used)
        gone = numbering_problem(tx)
    if gone is not None:
        return VerifyResult(
            False, count, None, gone.reason(), walk.checked, gone.first, True, used, gone.missing, gone.missing_count
        )
    return VerifyResult(True, count, None, "", walk.checked, "", True, used)
