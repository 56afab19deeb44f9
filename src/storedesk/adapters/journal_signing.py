"""Signing each journal entry as it is appended (issue 19, "Security").

When the store's fiscal country signs documents, every entry the journal appends (a sale, a
return, a Z, a closing, a reprint, a voided line, a setting changed, ...) is signed in the same
transaction with the station's key (adapters/fiscal_keys.py). The first time a key signs, the
journal first gets a "signing_key" entry carrying that key's public PEM (signed by it), and the
key is kept in fiscal_public_keys (s0026): a station whose key is replaced still verifies the
documents its older keys signed.

Called by JournalRepo.append (adapters/repositories.py); reads the country each time (one
indexed row), so a setting changed in the same transaction takes effect at once.
"""

from __future__ import annotations

import sqlite3

from ..domain.fiscal import signing
from ..domain.fiscal.countries import SETTING, country_of
from . import fiscal_keys
from .fiscal_keys import StationKey


def key_if_signing(conn: sqlite3.Connection) -> StationKey | None:
    """The station's key when its store's country signs documents, else None (made on first need)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
    if not country_of({SETTING: row[0] if row else ""}).signs_documents:
        return None
    return fiscal_keys.ensure_key(fiscal_keys.folder_of(conn))


def is_known(conn: sqlite3.Connection, key: StationKey) -> bool:
    return (
        conn.execute("SELECT 1 FROM fiscal_public_keys WHERE fingerprint = ?", (key.fingerprint,)).fetchone()
        is not None
    )


def key_entry(conn: sqlite3.Connection, key: StationKey, now: str) -> dict:
    """The payload of the journal entry that introduces a key."""
    where = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('store_code', 'station_code')").fetchall())
    return {
        "type": signing.KEY_KIND,
        "at": now,
        "store": where.get("store_code", ""),
        "station": where.get("station_code", ""),
        "fingerprint": key.fingerprint,
        "algorithm": signing.ALGORITHM,
        "public_key": key.public_pem,
    }


def remember(conn: sqlite3.Connection, key: StationKey, seq: int, now: str) -> None:
    conn.execute(
        "INSERT INTO fiscal_public_keys(fingerprint, algorithm, public_pem, first_seq, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (key.fingerprint, signing.ALGORITHM, key.public_pem, seq, now),
    )


def sign(conn: sqlite3.Connection, key: StationKey, seq: int, entry_hash: str) -> str:
    """Sign the entry `seq` as stored (ALGORITHM_V2: its kind, document and time too, read back
    from the row just written, so what is signed is what the journal holds)."""
    kind, doc_ref, created_at = conn.execute(
        "SELECT kind, doc_ref, created_at FROM journal WHERE seq = ? AND hash = ?", (seq, entry_hash)
    ).fetchone()
    signature = signing.sign_entry(key.private, seq, kind, doc_ref, created_at, entry_hash)
    conn.execute(
        "INSERT INTO journal_signatures(seq, algorithm, key_fingerprint, signature) VALUES (?, ?, ?, ?)",
        (seq, signing.ALGORITHM_V2, key.fingerprint, signature),
    )
    return signature


def known_keys(conn: sqlite3.Connection) -> dict[str, str]:
    """Every key the station signed with: fingerprint -> public PEM."""
    return dict(conn.execute("SELECT fingerprint, public_pem FROM fiscal_public_keys ORDER BY first_seq").fetchall())
