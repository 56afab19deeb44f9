"""The journal's signatures (issue 19, s0025 journal_signatures): written in the document's own
transaction, read by `storedesk journal verify` and by the receipt."""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.fiscal.countries import SETTING
from ..domain.fiscal.signing import KEY_KIND, IntroducedKey, SignedRow, introduced_key
from .repositories import Repo


class SignaturesRepo(Repo):
    def fiscal_country(self) -> str:
        return self.value("SELECT value FROM settings WHERE key = ?", (SETTING,), default="")

    def add(self, seq: int, algorithm: str, key_fingerprint: str, signature: str) -> None:
        self.q(
            "INSERT INTO journal_signatures(seq, algorithm, key_fingerprint, signature) VALUES (?, ?, ?, ?)",
            (seq, algorithm, key_fingerprint, signature),
        )

    def doc_ref(self, seq: int) -> str:
        return self.value("SELECT doc_ref FROM journal WHERE seq = ?", (seq,), default="")

    def of_document(self, kind: str, doc_ref: str) -> str | None:
        """The signature of a document's journal entry (its last one), None when it has none."""
        return self.value(
            "SELECT s.signature FROM journal j JOIN journal_signatures s ON s.seq = j.seq "
            "WHERE j.kind = ? AND j.doc_ref = ? ORDER BY j.seq DESC LIMIT 1",
            (kind, doc_ref),
        )

    def rows(self) -> Iterator[SignedRow]:
        """Every journal entry with its signature (None when it has none), in sequence order; a
        signature whose entry is gone (removed by hand) comes as a row with an empty hash."""
        for seq, kind, doc_ref, created_at, digest, signature, fingerprint, algorithm in self.q(
            "SELECT j.seq, j.kind, j.doc_ref, j.created_at, j.hash, s.signature, s.key_fingerprint, s.algorithm "
            "FROM journal j LEFT JOIN journal_signatures s ON s.seq = j.seq "
            "UNION ALL SELECT s.seq, '', '', '', '', s.signature, s.key_fingerprint, s.algorithm "
            "FROM journal_signatures s WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.seq = s.seq) ORDER BY 1"
        ):
            yield SignedRow(seq, kind, doc_ref, digest, signature, fingerprint or "", created_at, algorithm or "")

    def introduced_keys(self) -> list[IntroducedKey]:
        """The keys the journal introduced (its KEY_KIND entries), first introduction first; an
        entry whose payload is not the key it names introduces nothing."""
        found: dict[str, IntroducedKey] = {}
        for seq, doc_ref, payload in self.q(
            "SELECT seq, doc_ref, payload FROM journal WHERE kind = ? ORDER BY seq", (KEY_KIND,)
        ):
            key = introduced_key(seq, doc_ref, payload)
            if key is not None:
                found.setdefault(key.fingerprint, key)
        return list(found.values())

    def payloads(self, kind: str) -> Iterator[str]:
        """The payload text of every entry of `kind`, in sequence order."""
        for (payload,) in self.q("SELECT payload FROM journal WHERE kind = ? ORDER BY seq", (kind,)):
            yield payload

    def doc_refs(self, kinds: tuple[str, ...]) -> Iterator[tuple[str, str]]:
        """(kind, doc_ref) of every entry of these kinds, by kind then document (the journal index)."""
        marks = ", ".join("?" * len(kinds))
        yield from self.q(f"SELECT kind, doc_ref FROM journal WHERE kind IN ({marks}) ORDER BY kind, doc_ref", kinds)

    def counter(self, name: str) -> int:
        """A document counter's value: the last number made in its series (0 when none)."""
        return int(self.value("SELECT value FROM counters WHERE name = ?", (name,), default=0) or 0)
