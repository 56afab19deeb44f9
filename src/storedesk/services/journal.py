"""Walk the journal's hash chain (rule 4)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.journal import first_broken


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    broken_seq: int | None
    reason: str


def verify(uow) -> VerifyResult:
    with uow.read() as tx:
        broken, count, reason = first_broken(tx.journal.rows())
    return VerifyResult(broken is None, count, broken, reason)
