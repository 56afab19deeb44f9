"""A journal entry as the hub mirrors it (issue 19): the station's journal row and its
signature, field for field (station: adapters/journal_hub_repo.py reads it; hub:
hub/fiscal/journal.py keeps it), and the size of an archive's part on the wire. Pure data: one
definition for both ends of the wire."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class MirroredEntry:
    """One journal entry as stored (journal + journal_signatures); the signature, its algorithm
    and its key's fingerprint None when the entry is not signed."""

    seq: int
    kind: str
    doc_ref: str
    created_at: str
    payload: str  # the canonical JSON text, byte for byte
    prev_hash: str
    hash: str
    signature: str | None = None
    algorithm: str | None = None
    key_fingerprint: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    def sha256(self) -> str:
        """A digest of every field: two copies of an entry are the same when their digests are."""
        return hashlib.sha256(json.dumps(self.as_dict(), sort_keys=True).encode("utf-8")).hexdigest()


ENTRY_FIELDS = tuple(f.name for f in fields(MirroredEntry))
ARCHIVE_PART = 3_000_000  # bytes of an archive per call: 4 MB as base64, under the hub's 5 MB body limit
