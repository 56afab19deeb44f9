"""What the station sends of its journal and archives to the hub (issue 19, services/journal_hub.py):
the journal entries after a seq with their signatures, and the archives already offered (s0029):
"kept" and "refused" are final; "failed" is offered again once its `sent_at` is older than the
caller's `retry_before`."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.fiscal.mirror import MirroredEntry
from .repositories import Repo

ANSWERED = "(status IN ('kept', 'refused') OR sent_at > ?)"


@dataclass(frozen=True)
class ArchiveFailure:
    """An archive the hub refused for now (not final): its period, the hub's words, when."""

    period: str
    detail: str
    sent_at: str


class JournalHubRepo(Repo):
    def entries_after(self, seq: int, limit: int) -> list[MirroredEntry]:
        return self.rows_as(
            MirroredEntry,
            "SELECT j.seq, j.kind, j.doc_ref, j.created_at, j.payload, j.prev_hash, j.hash, "
            "s.signature, s.algorithm, s.key_fingerprint FROM journal j "
            "LEFT JOIN journal_signatures s ON s.seq = j.seq WHERE j.seq > ? ORDER BY j.seq LIMIT ?",
            (seq, limit),
        )

    def last_seq(self) -> int:
        return self.value("SELECT max(seq) FROM journal") or 0

    def archive_offered(self, period: str, sha256: str, retry_before: str) -> bool:
        """Whether the hub answered about this archive: kept or refused, or failed since `retry_before`."""
        sql = f"SELECT 1 FROM fiscal_archives_sent WHERE period = ? AND sha256 = ? AND {ANSWERED}"
        return self.value(sql, (period, sha256, retry_before)) == 1

    def archive_sizes(self, period: str, retry_before: str) -> set[int]:
        """The sizes of the archives of `period` the hub answered about (as archive_offered)."""
        sql = f"SELECT size FROM fiscal_archives_sent WHERE period = ? AND {ANSWERED}"
        return {size for (size,) in self.q(sql, (period, retry_before))}

    def archive_answered(self, period: str, sha256: str, size: int, status: str, detail: str, now: str) -> None:
        self.q(
            "INSERT INTO fiscal_archives_sent(period, sha256, size, status, detail, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(period, sha256) DO UPDATE SET "
            "status = excluded.status, detail = excluded.detail, sent_at = excluded.sent_at "
            "WHERE fiscal_archives_sent.status = 'failed'",
            (period, sha256, size, status, detail, now),
        )

    def archive_failures(self) -> list[ArchiveFailure]:
        """The archives the hub refused for now, the latest first."""
        return self.rows_as(
            ArchiveFailure,
            "SELECT period, detail, sent_at FROM fiscal_archives_sent WHERE status = 'failed' ORDER BY sent_at DESC",
        )
