"""The fiscal closings (issue 19, s0027 fiscal_closings) and the journal rows they count: read and
written inside the closing's own transaction (services/fiscal/closings.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.fiscal.signing import COUNTRY_KIND
from .repositories import Repo

_COLUMNS = (
    "c.seq, c.kind, c.period, c.doc_no, c.closed_at, c.currency, c.total_minor, c.perpetual_minor, "
    "c.documents, c.open_seq, c.figures"
)


@dataclass(frozen=True)
class StoredClosing:
    """One row of fiscal_closings; `figures` the canonical JSON text of domain Figures."""

    seq: int
    kind: str
    period: str
    doc_no: str
    closed_at: str
    currency: str
    total_minor: int
    perpetual_minor: int
    documents: int
    open_seq: int
    figures: str


@dataclass(frozen=True)
class SignedClosing:
    closing: StoredClosing
    signature: str  # "" when its journal entry is unsigned


@dataclass(frozen=True)
class JournalDocument:
    """A sale's or a return's journal entry: what a day closing reads of it."""

    seq: int
    kind: str
    doc_ref: str
    created_at: str
    payload: str


class ClosingsRepo(Repo):
    """`+kind` in the document queries keeps SQLite on the journal's seq range (the last closing's
    few days) rather than the (kind, doc_ref) index, which would read every sale ever made."""

    def last(self, kind: str) -> StoredClosing | None:
        return self.row_as(
            StoredClosing,
            f"SELECT {_COLUMNS} FROM fiscal_closings c WHERE c.kind = ? ORDER BY c.seq DESC LIMIT 1",
            (kind,),
        )

    def first(self, kind: str) -> StoredClosing | None:
        return self.row_as(
            StoredClosing, f"SELECT {_COLUMNS} FROM fiscal_closings c WHERE c.kind = ? ORDER BY c.seq LIMIT 1", (kind,)
        )

    def get(self, doc_no: str) -> StoredClosing | None:
        return self.row_as(StoredClosing, f"SELECT {_COLUMNS} FROM fiscal_closings c WHERE c.doc_no = ?", (doc_no,))

    def exists(self, kind: str, period: str) -> bool:
        return self.value("SELECT 1 FROM fiscal_closings WHERE kind = ? AND period = ?", (kind, period)) is not None

    def uncounted(self, kind: str, up_to: str, last_period: str, last_seq: int) -> list[StoredClosing]:
        """The closings of `kind` of a period up to `up_to` that the last closing above them (which
        closed periods up to `last_period` as journal entry `last_seq`) did not count: those of a
        later period, and those made after it (ISO text compares in time order). In order made."""
        return self.rows_as(
            StoredClosing,
            f"SELECT {_COLUMNS} FROM fiscal_closings c WHERE c.kind = ? AND c.period <= ? "
            "AND (c.period > ? OR c.seq > ?) ORDER BY c.seq",
            (kind, up_to, last_period, last_seq),
        )

    def insert(self, c: StoredClosing) -> None:
        self.q(
            "INSERT INTO fiscal_closings(seq, kind, period, doc_no, closed_at, currency, total_minor, "
            "perpetual_minor, documents, open_seq, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                c.seq,
                c.kind,
                c.period,
                c.doc_no,
                c.closed_at,
                c.currency,
                c.total_minor,
                c.perpetual_minor,
                c.documents,
                c.open_seq,
                c.figures,
            ),
        )

    def entries_from(self, seq: int, before: str) -> Iterator[JournalDocument]:
        """The journal's entries from `seq` on written before `before` (UTC ISO text), in order:
        a day closing tells its documents by their signed payload, not by the kind column."""
        for row in self.q(
            "SELECT seq, kind, doc_ref, created_at, payload FROM journal WHERE seq >= ? AND created_at < ? "
            "ORDER BY seq",
            (seq, before),
        ):
            yield JournalDocument(*row)

    def first_entry(self, seq: int, at_or_after: str) -> JournalDocument | None:
        """The first journal entry from `seq` on written at or after `at_or_after`."""
        return self.row_as(
            JournalDocument,
            "SELECT seq, kind, doc_ref, created_at, payload FROM journal WHERE seq >= ? AND created_at >= ? "
            "ORDER BY seq LIMIT 1",
            (seq, at_or_after),
        )

    def first_document(self, seq: int, kinds: tuple[str, ...]) -> JournalDocument | None:
        """The first document of `kinds` from entry `seq` on (where a station's first closing starts)."""
        marks = ", ".join("?" for _ in kinds)
        return self.row_as(
            JournalDocument,
            f"SELECT seq, kind, doc_ref, created_at, payload FROM journal WHERE seq >= ? AND +kind IN ({marks}) "
            "ORDER BY seq LIMIT 1",
            (seq, *kinds),
        )

    def closings_start(self, codes: tuple[str, ...]) -> int:
        """The journal seq after which a station's first closing counts documents: the last time
        the store's country became one with closings (0 when the journal never said: the country
        was set before its changes were journaled)."""
        if not codes:
            return 0
        marks = ", ".join("?" for _ in codes)
        return (
            self.value(
                f"SELECT MAX(seq) FROM journal WHERE kind = ? AND doc_ref IN ({marks})",
                (COUNTRY_KIND, *codes),
                default=0,
            )
            or 0
        )

    def listed(self, kind: str | None, limit: int) -> list[SignedClosing]:
        """The closings, newest first, each with its journal entry's signature."""
        where, params = ("WHERE c.kind = ?", (kind,)) if kind else ("", ())
        rows = self.q(
            f"SELECT {_COLUMNS}, COALESCE(s.signature, '') FROM fiscal_closings c "
            f"LEFT JOIN journal_signatures s ON s.seq = c.seq {where} ORDER BY c.seq DESC LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [SignedClosing(StoredClosing(*r[:-1]), r[-1]) for r in rows]

    def entry(self, seq: int) -> tuple[str, str] | None:
        """(doc_ref, payload) of journal entry `seq`, None when it is gone."""
        row = self.q("SELECT doc_ref, payload FROM journal WHERE seq = ?", (seq,)).fetchone()
        return (row[0], row[1]) if row else None

    def printed(self, kind: str, doc_ref: str) -> bool:
        """Whether the journal has an entry of `kind` for `doc_ref` (the (kind, doc_ref) index)."""
        return self.value("SELECT 1 FROM journal WHERE kind = ? AND doc_ref = ? LIMIT 1", (kind, doc_ref)) is not None

    def signature(self, seq: int) -> str:
        return self.value("SELECT signature FROM journal_signatures WHERE seq = ?", (seq,), default="") or ""
