"""The journal (rule 4): a fiscal document's entry with its outbox event, and the walk of the hash chain."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters import fiscal_keys
from ..adapters.signatures_repo import SignaturesRepo
from ..domain.fiscal import signing
from ..domain.fiscal.countries import SETTING, country_of
from ..domain.journal import first_broken

if TYPE_CHECKING:
    from ..adapters.repositories import AppendedEntry
    from ..adapters.uow import Tx, UnitOfWork


def record_document(tx: Tx, kind: str, doc_ref: str, fiscal: dict, now: str) -> AppendedEntry:
    """Journal a fiscal document and queue it for the hub in the caller's transaction (rules 4
    and 6): the outbox payload is the journal entry's canonical text byte for byte, which is
    what lets a restore re-append entries from the hub."""
    entry = tx.journal.append(kind, doc_ref, fiscal, now)
    sign_entry(tx, entry.seq, entry.hash)
    tx.outbox.add(uuid.uuid4().hex, kind, fiscal, now, text=entry.text)
    return entry


def sign_entry(tx: Tx, seq: int, entry_hash: str) -> str | None:
    """Sign a journal entry in the caller's transaction when the store's fiscal country signs
    documents (issue 19): the signature covers the entry's seq and hash, and so the whole chain
    before it. The station's key is made on first need and read once per process. Returns the
    signature (None when the country does not sign)."""
    repo = SignaturesRepo(tx.conn)
    if not country_of({SETTING: repo.fiscal_country()}).signs_documents:
        return None
    key = fiscal_keys.ensure_key(fiscal_keys.folder_of(tx.conn))
    signature = signing.sign(key.private, seq, entry_hash)
    repo.add(seq, signing.ALGORITHM, key.fingerprint, signature)
    return signature


def record_change(tx: Tx, kind: str, doc_ref: str, details: dict, now: str, by: str) -> AppendedEntry:
    """Journal an administrative change (a setting, a tax rate, an import, prices switching) in
    the caller's transaction: who (`by`: a username, "hub", "terminal" or "station"), what (the
    kind and its before/after details), where and when. Journaled only, not sent to the hub."""
    settings = tx.settings.all()
    where = {"store": settings.get("store_code", ""), "station": settings.get("station_code", "")}
    return tx.journal.append(kind, doc_ref, {"type": kind, "at": now, **where, "by": by, **details}, now)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    broken_seq: int | None
    reason: str
    signatures: int = 0  # signatures checked (issue 19), all good when ok
    broken_doc: str = ""  # the document of the first failing entry (its doc_ref), when known
    chain_intact: bool = False  # the hash chain is whole and a signature failed


def verify(uow: UnitOfWork, folder: Path | None = None) -> VerifyResult:
    """Walk the hash chain, then check every signature against the station's public key (the
    key in `folder`, the data folder, by default the database's): names the first entry and
    document that fails."""
    with uow.read() as tx:
        broken, count, reason = first_broken(tx.journal.rows())
        if broken is not None:
            return VerifyResult(False, count, broken, reason, 0, SignaturesRepo(tx.conn).doc_ref(broken))
        repo = SignaturesRepo(tx.conn)
        key = fiscal_keys.existing_key(folder or fiscal_keys.folder_of(tx.conn))
        failure, signed = signing.first_bad_signature(repo.rows(), key.public if key else None, signing.SIGNED_KINDS)
    if failure is not None:
        return VerifyResult(False, count, failure.seq, failure.reason, signed, failure.doc_ref, True)
    return VerifyResult(True, count, None, "", signed, "", True)
