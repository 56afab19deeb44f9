"""Tamper-evident journal (rule 4): hash = sha256(prev_hash + canonical JSON)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from ..i18n import Message, msg

GENESIS = "0" * 64


def canonical_json(payload: dict) -> str:
    """Sorted keys, compact separators, UTF-8: the same fields always give the same text."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, payload_json: str) -> str:
    return hashlib.sha256((prev_hash + payload_json).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class JournalRow:
    seq: int
    payload: str
    prev_hash: str
    hash: str


def first_broken(rows: Iterable[JournalRow]) -> tuple[int | None, int, Message | str]:
    """Walk the chain. Returns (first broken seq or None, entries checked, reason: a Message whose
    str() is English, "" when whole)."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for row in rows:
        if row.seq != expected_seq:
            return (
                row.seq,
                count,
                msg(
                    "journal", "sequence gap: expected {expected}, found {found}", expected=expected_seq, found=row.seq
                ),
            )
        if row.prev_hash != prev:
            return row.seq, count, msg("journal", "previous hash does not match")
        if chain_hash(prev, row.payload) != row.hash:
            return row.seq, count, msg("journal", "hash does not match its content")
        prev = row.hash
        expected_seq += 1
        count += 1
    return None, count, ""
