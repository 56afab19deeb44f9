"""Journal hash chain: canonical JSON, sha256(prev + json), tampering is found at the right seq."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.journal import GENESIS, JournalRow, canonical_json, chain_hash, first_broken


def walk(rows):
    """first_broken with its reason as the English text (a Message, translated on the till)."""
    broken, checked, reason = first_broken(rows)
    return broken, checked, str(reason)


def build(payloads: list[dict]) -> list[JournalRow]:
    rows, prev = [], GENESIS
    for seq, p in enumerate(payloads, start=1):
        text = canonical_json(p)
        digest = chain_hash(prev, text)
        rows.append(JournalRow(seq, text, prev, digest))
        prev = digest
    return rows


def chain(n: int = 5) -> list[JournalRow]:
    return build([{"type": "sale", "receipt_no": f"PAR01-T1-{i:06d}", "total_minor": 100 * i} for i in range(1, n + 1)])


def test_canonical_json_sorted_compact_utf8():
    assert canonical_json({"b": 1, "a": {"d": [1, 2], "c": "é"}}) == '{"a":{"c":"é","d":[1,2]},"b":1}'
    assert canonical_json({"x": 1, "y": 2}) == canonical_json({"y": 2, "x": 1})


def test_chain_hash_is_sha256_of_prev_plus_json():
    text = canonical_json({"a": 1})
    assert chain_hash(GENESIS, text) == hashlib.sha256((GENESIS + '{"a":1}').encode()).hexdigest()
    assert len(GENESIS) == 64 and set(GENESIS) == {"0"}


def test_intact_chain_verifies():
    assert walk(chain(5)) == (None, 5, "")
    assert walk([]) == (None, 0, "")


@pytest.mark.parametrize("k", [1, 3, 5])
def test_tampered_payload_is_found_at_its_seq(k):
    rows = chain(5)
    r = rows[k - 1]
    forged = json.loads(r.payload)
    forged["total_minor"] = 1
    rows[k - 1] = JournalRow(r.seq, canonical_json(forged), r.prev_hash, r.hash)
    assert walk(rows) == (k, k - 1, "hash does not match its content")


@pytest.mark.parametrize("k", [1, 2, 4])
def test_tampered_payload_with_recomputed_hash_breaks_the_next_link(k):
    rows = chain(5)
    r = rows[k - 1]
    forged = canonical_json({**json.loads(r.payload), "total_minor": 1})
    rows[k - 1] = JournalRow(r.seq, forged, r.prev_hash, chain_hash(r.prev_hash, forged))
    assert walk(rows) == (k + 1, k, "previous hash does not match")


@pytest.mark.parametrize("k", [1, 3, 5])
def test_tampered_hash_is_found_at_its_seq(k):
    rows = chain(5)
    r = rows[k - 1]
    rows[k - 1] = JournalRow(r.seq, r.payload, r.prev_hash, "f" * 64)
    broken, checked, reason = first_broken(rows)
    assert (broken, checked) == (k, k - 1)
    assert str(reason) == "hash does not match its content"


@pytest.mark.parametrize("k", [1, 2, 4])
def test_removed_row_is_found_as_a_sequence_gap(k):
    rows = chain(5)
    del rows[k - 1]
    broken, checked, reason = first_broken(rows)
    assert broken == k + 1 and checked == k - 1
    assert str(reason) == f"sequence gap: expected {k}, found {k + 1}"


def test_rows_swapped_are_detected():
    rows = chain(4)
    rows[1], rows[2] = rows[2], rows[1]
    assert first_broken(rows)[0] == 3


def test_forged_prev_hash_is_detected():
    rows = chain(3)
    r = rows[1]
    rows[1] = JournalRow(r.seq, r.payload, GENESIS, chain_hash(GENESIS, r.payload))
    assert walk(rows) == (2, 1, "previous hash does not match")


@given(
    st.lists(
        st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=8), max_size=4), min_size=1, max_size=12
    ),
    st.data(),
)
def test_any_single_payload_change_is_detected_at_that_seq(payloads, data):
    rows = build(payloads)
    assert first_broken(rows)[0] is None
    k = data.draw(st.integers(min_value=1, max_value=len(rows)))
    r = rows[k - 1]
    rows[k - 1] = JournalRow(r.seq, r.payload + " ", r.prev_hash, r.hash)
    assert first_broken(rows)[0] == k
