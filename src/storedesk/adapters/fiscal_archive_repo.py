"""What the fiscal archives and the inspector's export read of the journal (issue 19): ranges of
entries with their signatures, the month closings, the archives already made, and the public
keys that signed. Read only: the journal is written by JournalRepo.append alone."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..domain.fiscal.archive import ARCHIVE_KIND, CLOSE_KIND, Entry, PublicKey
from .repositories import Repo

_ENTRIES = (
    "SELECT j.seq, j.kind, j.doc_ref, j.created_at, j.payload, j.prev_hash, j.hash, "
    "s.signature, COALESCE(s.algorithm, ''), COALESCE(s.key_fingerprint, '') "
    "FROM journal j LEFT JOIN journal_signatures s ON s.seq = j.seq "
)


class FiscalArchiveRepo(Repo):
    def closing_seq(self, doc_ref: str) -> int | None:
        """The seq of a closing's journal entry ("MONTH-2026-11"), None when it is not made yet."""
        return self.value(
            "SELECT MIN(seq) FROM journal WHERE kind = ? AND doc_ref = ?", (CLOSE_KIND, doc_ref), default=None
        )

    def month_closings(self) -> list[tuple[int, str]]:
        """(seq, doc_ref) of every month closing, in journal order."""
        return [
            (seq, ref)
            for seq, ref in self.q(
                "SELECT seq, doc_ref FROM journal WHERE kind = ? AND doc_ref LIKE 'MONTH-%' ORDER BY seq",
                (CLOSE_KIND,),
            )
        ]

    def previous_month_closing(self, seq: int) -> int:
        """The seq of the last month closing before `seq` (0 when none: the range starts at 1)."""
        return (
            self.value(
                "SELECT MAX(seq) FROM journal WHERE kind = ? AND doc_ref LIKE 'MONTH-%' AND seq < ?",
                (CLOSE_KIND, seq),
                default=None,
            )
            or 0
        )

    def entry(self, seq: int) -> Entry | None:
        return self.row_as(Entry, _ENTRIES + "WHERE j.seq = ?", (seq,))

    def entries(self, first: int, last: int) -> list[Entry]:
        return self.rows_as(Entry, _ENTRIES + "WHERE j.seq BETWEEN ? AND ? ORDER BY j.seq", (first, last))

    def entries_between(self, start_utc: str, end_utc: str) -> Iterator[Entry]:
        """The entries written in [start, end) (UTC ISO text), in journal order."""
        for row in self.q(
            _ENTRIES + "WHERE j.created_at >= ? AND j.created_at < ? ORDER BY j.seq", (start_utc, end_utc)
        ):
            yield Entry(*row)

    def archived_in_folder(self) -> set[str]:
        """The doc_refs ("ARCHIVE-2026-11") of the archives already written in the data folder."""
        done = set()
        for ref, payload in self.q("SELECT doc_ref, payload FROM journal WHERE kind = ?", (ARCHIVE_KIND,)):
            if json.loads(payload).get("kept") == "data_folder":
                done.add(ref)
        return done

    def public_keys(self, fingerprints: set[str]) -> list[PublicKey]:
        """The station's public keys of these fingerprints (fiscal_public_keys, s0026)."""
        rows = self.rows_as(PublicKey, "SELECT fingerprint, algorithm, public_pem FROM fiscal_public_keys")
        return [k for k in rows if k.fingerprint in fingerprints]
