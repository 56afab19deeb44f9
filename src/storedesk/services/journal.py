"""The journal (rule 4): a fiscal document's entry with its outbox event, and the walk of the hash chain."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters import fiscal_keys, journal_signing
from ..adapters.signatures_repo import SignaturesRepo
from ..domain.fiscal import signing
from ..domain.journal import first_broken

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
class VerifyResult:
    ok: bool
    entries: int
    broken_seq: int | None
    reason: str
    signatures: int = 0  # signatures checked (issue 19), all good when ok
    broken_doc: str = ""  # the document of the first failing entry (its doc_ref), when known
    chain_intact: bool = False  # the hash chain is whole and a signature failed


def station_keys(tx: Tx, folder: Path | None = None) -> dict:
    """Every public key the station signed with (fiscal_public_keys, s0026), and its current key
    file's, by fingerprint: what `journal verify` checks signatures against."""
    keys = {fp: signing.load_public_pem(pem) for fp, pem in journal_signing.known_keys(tx.conn).items()}
    current = fiscal_keys.existing_key(folder or fiscal_keys.folder_of(tx.conn))
    if current is not None:
        keys.setdefault(current.fingerprint, current.public)
    return keys


def verify(uow: UnitOfWork, folder: Path | None = None) -> VerifyResult:
    """Walk the hash chain, then check every signature against the key that made it (every key
    the station had, and the one in `folder`, the data folder, by default the database's): names
    the first entry and document that fails."""
    with uow.read() as tx:
        broken, count, reason = first_broken(tx.journal.rows())
        if broken is not None:
            return VerifyResult(False, count, broken, reason, 0, SignaturesRepo(tx.conn).doc_ref(broken))
        repo = SignaturesRepo(tx.conn)
        failure, signed = signing.first_bad_signature(repo.rows(), station_keys(tx, folder))
    if failure is not None:
        return VerifyResult(False, count, failure.seq, failure.reason, signed, failure.doc_ref, True)
    return VerifyResult(True, count, None, "", signed, "", True)
