"""A fiscal month's signed archive, checked from its bytes alone (issue 19, "Archiving"): a
whole archive holds; a byte changed in any member, an entry removed, a key swapped, a member
added or missing are each found and named (the member, the entry and document, why)."""

from __future__ import annotations

import base64
import json

import pytest

from storedesk.domain.fiscal import archive, signing
from storedesk.domain.journal import GENESIS, canonical_json, chain_hash

AT = "2026-11-05T10:00:00.000000+00:00"


def chain(key, specs, first_seq=1, prev=GENESIS, signed=True) -> list[archive.Entry]:
    """Journal entries (kind, doc_ref, payload) chained from `prev`, each signed by `key`."""
    fingerprint = signing.key_fingerprint(key.public_key())
    entries = []
    for seq, (kind, ref, payload) in enumerate(specs, start=first_seq):
        text = canonical_json(payload)
        digest = chain_hash(prev, text)
        signature = signing.sign(key, seq, digest) if signed else None
        algorithm, fp = (signing.ALGORITHM, fingerprint) if signed else ("", "")
        entries.append(archive.Entry(seq, kind, ref, AT, text, prev, digest, signature, algorithm, fp))
        prev = digest
    return entries


def month(key, closing="MONTH-2026-11") -> list[tuple[str, str, dict]]:
    fingerprint = signing.key_fingerprint(key.public_key())
    pem = signing.public_pem(key.public_key())
    return [
        ("signing_key", fingerprint, {"type": "signing_key", "fingerprint": fingerprint, "public_key": pem}),
        ("sale", "PAR01-T1-000001", {"type": "sale", "total_minor": 1097, "taxes": []}),
        ("reprint", "PAR01-T1-000001", {"type": "reprint", "count": 1}),
        ("return", "PAR01-T1-R000001", {"type": "return", "total_minor": 319, "taxes": []}),
        ("shift_close", "PAR01-T1-Z000001", {"type": "shift_close", "period_total_minor": 778}),
        ("fiscal_close", closing, {"type": "fiscal_close", "total_minor": 778}),
    ]


def key_of(key) -> archive.PublicKey:
    public = key.public_key()
    return archive.PublicKey(signing.key_fingerprint(public), signing.ALGORITHM, signing.public_pem(public))


def header(key, entries, prev=GENESIS, required=False, period="2026-11") -> archive.Header:
    return archive.Header(
        store="PAR01",
        station="T1",
        period=period,
        first_seq=entries[0].seq,
        last_seq=entries[-1].seq,
        prev_hash=prev,
        signing_required=required,
        software="storedesk test",
        made_at=AT,
        signed_by=signing.key_fingerprint(key.public_key()),
    )


@pytest.fixture(scope="module")
def key():
    return signing.new_private_key()


@pytest.fixture(scope="module")
def entries(key):
    return chain(key, month(key))


@pytest.fixture
def files(key, entries) -> dict[str, bytes]:
    return archive.build(header(key, entries), entries, [key_of(key)], key)


def named(report) -> set[str]:
    return {p.member for p in report.problems}


def test_a_whole_archive_holds_and_counts_its_entries_and_signatures(files, key):
    report = archive.verify(files)
    assert report.ok, [str(p) for p in report.problems]
    assert (report.entries, report.signatures) == (6, 6)
    assert report.keys == [signing.key_fingerprint(key.public_key())]
    assert report.manifest["period"] == "2026-11" and report.manifest["entries"] == 6
    documents = json.loads(files[archive.DOCUMENTS])
    assert [d["doc_ref"] for d in documents] == ["PAR01-T1-000001", "PAR01-T1-R000001"]
    assert documents[0]["content"]["total_minor"] == 1097  # readable JSON, not a payload string
    assert [c["doc_ref"] for c in json.loads(files[archive.CLOSINGS])] == ["PAR01-T1-Z000001", "MONTH-2026-11"]


@pytest.mark.parametrize("member", archive.CONTENT + (archive.MANIFEST, archive.SIGNATURE))
def test_one_byte_changed_in_any_member_is_found_and_named(files, member):
    data = files[member]
    # Bytes at several places: the start, the middle and near the end of the member.
    for at in sorted({0, len(data) // 3, len(data) // 2, len(data) - 3}):
        changed = bytearray(data)
        changed[at] = ord("7") if changed[at] != ord("7") else ord("8")
        report = archive.verify({**files, member: bytes(changed)})
        assert not report.ok, (member, at)
        assert member in named(report) or (member == archive.MANIFEST and archive.SIGNATURE in named(report)), (
            member,
            at,
            [str(p) for p in report.problems],
        )


def test_a_changed_amount_in_the_journal_names_the_entry_and_its_document(files):
    changed = files[archive.JOURNAL].replace(b'total_minor\\":1097', b'total_minor\\":1098')
    assert changed != files[archive.JOURNAL]
    report = archive.verify({**files, archive.JOURNAL: changed})
    first = report.problems[0]
    assert (first.member, first.seq, first.doc_ref) == (archive.JOURNAL, 2, "PAR01-T1-000001")
    assert "hash does not match its content" in str(first)
    assert "journal.jsonl, entry 2 (document PAR01-T1-000001)" in str(first)


def test_a_removed_entry_is_found_by_its_number(files):
    lines = files[archive.JOURNAL].splitlines(keepends=True)
    report = archive.verify({**files, archive.JOURNAL: b"".join(lines[:2] + lines[3:])})
    gap = next(p for p in report.problems if p.member == archive.JOURNAL)
    assert gap.seq == 4 and "expected entry 3" in gap.reason


def test_a_document_changed_in_documents_json_is_named(files):
    shown = json.loads(files[archive.DOCUMENTS])
    shown[1]["content"]["total_minor"] = 1
    report = archive.verify({**files, archive.DOCUMENTS: json.dumps(shown).encode()})
    problem = next(p for p in report.problems if p.reason == "differs from its journal entry")
    assert (problem.member, problem.seq, problem.doc_ref) == (archive.DOCUMENTS, 4, "PAR01-T1-R000001")


def test_a_closing_removed_from_closings_json_is_named(files):
    shown = json.loads(files[archive.CLOSINGS])[:-1]
    report = archive.verify({**files, archive.CLOSINGS: json.dumps(shown).encode()})
    problem = next(p for p in report.problems if p.member == archive.CLOSINGS and p.seq is not None)
    assert (problem.seq, problem.doc_ref) == (6, "MONTH-2026-11") and "missing" in problem.reason


def test_a_swapped_key_with_a_manifest_signed_again_fails_every_entry_signed_by_the_station(key, entries):
    other = signing.new_private_key()
    forged = archive.build(header(other, entries), entries, [key_of(other)], other)
    report = archive.verify(forged)
    assert archive.SIGNATURE not in named(report)  # the forger signed his own manifest...
    journal = next(p for p in report.problems if p.member == archive.JOURNAL)
    assert journal.seq == 1 and "signed by another key" in journal.reason  # ...but not the station's entries
    assert any(p.member == archive.KEYS and p.seq == 1 for p in report.problems)  # the key the journal introduced


def test_a_key_listed_under_another_keys_fingerprint_is_named(files, key):
    other = signing.public_pem(signing.new_private_key().public_key())
    keys = [{**json.loads(files[archive.KEYS])[0], "public_pem": other}]
    report = archive.verify({**files, archive.KEYS: json.dumps(keys).encode()})
    assert any(p.member == archive.KEYS and "is another key" in p.reason for p in report.problems)


def test_trusted_keys_refuse_an_archive_signed_by_any_other_key(files, key):
    mine = signing.key_fingerprint(key.public_key())
    assert archive.verify(files, trusted=[mine]).ok
    report = archive.verify(files, trusted=["0123456789abcdef"])
    assert any(p.member == archive.KEYS and "not one of the keys given" in p.reason for p in report.problems)


def test_a_member_added_or_removed_is_named(files):
    assert archive.verify({**files, "extra.txt": b"x"}).problems[0].member == "extra.txt"
    missing = {k: v for k, v in files.items() if k != archive.DOCUMENTS}
    assert archive.DOCUMENTS in named(archive.verify(missing))
    assert (
        archive.verify({k: v for k, v in files.items() if k != archive.MANIFEST}).problems[0].member == "manifest.json"
    )


def test_a_later_month_chains_from_the_hash_before_it_and_requires_signatures_from_its_first_entry(key, entries):
    prev = entries[-1]
    prev_hash, required = archive.before_range(prev)
    assert (prev_hash, required) == (prev.hash, True)
    specs = month(key, "MONTH-2026-12")[1:]
    later = chain(key, specs, first_seq=prev.seq + 1, prev=prev.hash)
    files = archive.build(header(key, later, prev_hash, required, "2026-12"), later, [key_of(key)], key)
    assert archive.verify(files).ok
    # The same range with its first entry's signature stripped, the manifest signed again: refused.
    stripped = [archive.Entry(*[*vars(later[0]).values()][:7]), *later[1:]]
    files = archive.build(header(key, stripped, prev_hash, required, "2026-12"), stripped, [key_of(key)], key)
    problem = archive.verify(files).problems[0]
    assert (problem.member, problem.seq, problem.reason) == (archive.JOURNAL, 7, "signature missing")
    # Started from another hash than the month before's last: the first entry is named.
    files = archive.build(header(key, later, GENESIS, required, "2026-12"), later, [key_of(key)], key)
    assert archive.verify(files).problems[0].seq == 7


def test_an_archive_must_end_with_its_months_closing(key):
    specs = month(key)[:-1]
    entries = chain(key, specs)
    report = archive.verify(archive.build(header(key, entries), entries, [key_of(key)], key))
    assert any("not the closing MONTH-2026-11" in p.reason for p in report.problems)


def test_a_store_that_never_signed_gets_an_archive_whose_entries_need_no_signature(key):
    entries = chain(key, month(key)[1:], signed=False)
    report = archive.verify(archive.build(header(key, entries), entries, [key_of(key)], key))
    assert report.ok and report.signatures == 0


def test_periods_and_names():
    p = archive.Period.parse("2026-11")
    assert (str(p), p.closing_ref, p.archive_ref) == ("2026-11", "MONTH-2026-11", "ARCHIVE-2026-11")
    assert archive.Period.of_closing("MONTH-2027-01") == archive.Period(2027, 1)
    assert archive.file_name("PAR01", "T1", p) == "PAR01-T1-2026-11.zip"
    for bad in ("2026-13", "2026-1", "26-11", "2026/11", "november"):
        with pytest.raises(ValueError):
            archive.Period.parse(bad)


def test_a_signature_whose_base64_text_was_changed_but_decodes_the_same_is_refused(key):
    data = b"manifest"
    text = signing.sign_bytes(key, data)
    assert signing.verify_bytes(key.public_key(), data, text)
    # The character before "==" carries 4 bits of the signature and 2 unused bits: change those.
    raw = base64.b64decode(text)
    last = text[-3]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    sibling = alphabet[alphabet.index(last) ^ 1]
    same = text[:-3] + sibling + "=="
    assert base64.b64decode(same) == raw  # the same bytes...
    assert not signing.verify_bytes(key.public_key(), data, same)  # ...but not the text that was signed


def test_a_journal_line_that_is_not_an_entry_is_named_by_its_line(files):
    lines = files[archive.JOURNAL].splitlines(keepends=True)
    record = json.loads(lines[1])
    for bad in ({**record, "signature": 12}, {**record, "extra": 1}, [1, 2]):
        broken = b"".join([lines[0], json.dumps(bad).encode() + b"\n", *lines[2:]])
        problem = archive.verify({**files, archive.JOURNAL: broken}).problems[0]
        assert problem.member == archive.JOURNAL and problem.reason.startswith("line 2 is not a journal entry")
