"""Journal signatures (issue 19), the pure part: sign and check an entry's seq and hash, and
walk the signatures naming the first that fails (domain/fiscal/signing.py)."""

from __future__ import annotations

import base64

import pytest

from storedesk.domain.fiscal import signing
from storedesk.domain.fiscal.signing import SignedRow, first_bad_signature
from storedesk.domain.journal import GENESIS, canonical_json, chain_hash

KEY = signing.new_private_key()
OWN = signing.key_fingerprint(KEY.public_key())
KEYS = {OWN: KEY.public_key()}


def chain(kinds: list[str], signed: bool = True, refs: dict[int, str] | None = None) -> list[SignedRow]:
    """Journal rows, each signed by KEY (when `signed`); `refs`: doc_refs by seq (a country's code)."""
    rows, prev = [], GENESIS
    for seq, kind in enumerate(kinds, start=1):
        digest = chain_hash(prev, canonical_json({"n": seq}))
        sig = signing.sign(KEY, seq, digest) if signed else None
        rows.append(SignedRow(seq, kind, (refs or {}).get(seq, f"DOC-{seq}"), digest, sig, OWN if signed else ""))
        prev = digest
    return rows


def test_a_signature_checks_against_its_entry_and_no_other():
    digest = chain_hash(GENESIS, "{}")
    sig = signing.sign(KEY, 7, digest)
    assert len(base64.b64decode(sig)) == 64  # raw r||s
    assert signing.is_valid(KEY.public_key(), 7, digest, sig)
    assert not signing.is_valid(KEY.public_key(), 8, digest, sig)  # another seq
    assert not signing.is_valid(KEY.public_key(), 7, chain_hash(GENESIS, "[]"), sig)  # another hash
    assert not signing.is_valid(signing.new_private_key().public_key(), 7, digest, sig)  # another key
    assert not signing.is_valid(KEY.public_key(), 7, digest, "not base64!")
    assert not signing.is_valid(KEY.public_key(), 7, digest, base64.b64encode(b"short").decode())


def test_keys_round_trip_through_pem_and_have_a_stable_fingerprint():
    pem = signing.private_pem(KEY)
    again = signing.load_private_pem(pem)
    public = signing.load_public_pem(signing.public_pem(again.public_key()))
    assert signing.key_fingerprint(public) == signing.key_fingerprint(KEY.public_key())
    assert len(signing.key_fingerprint(public)) == 16 and int(signing.key_fingerprint(public), 16) >= 0
    assert signing.key_fingerprint(signing.new_private_key().public_key()) != signing.key_fingerprint(public)


def test_an_intact_signed_chain_passes_and_counts_its_signatures():
    rows = chain(["shift_open", "sale", "sale", "setting", "return", "sale"])
    assert first_bad_signature(rows, KEYS) == (None, 6)
    assert first_bad_signature(chain(["sale", "sale"], signed=False), {}) == (None, 0)


def test_a_changed_signature_byte_is_named_by_seq_and_document():
    rows = chain(["sale", "sale", "return", "sale"])
    raw = bytearray(base64.b64decode(rows[2].signature or ""))
    raw[10] ^= 1
    rows[2] = SignedRow(3, "return", "DOC-3", rows[2].hash, base64.b64encode(bytes(raw)).decode(), OWN)
    failure, checked = first_bad_signature(rows, KEYS)
    assert failure is not None and (failure.seq, failure.doc_ref, checked) == (3, "DOC-3", 2)
    assert str(failure.reason) == "signature does not match the entry"


def test_an_entry_whose_hash_changed_no_longer_matches_its_signature():
    rows = chain(["sale", "sale"])
    rows[1] = SignedRow(2, "sale", "DOC-2", chain_hash(rows[0].hash, "{}"), rows[1].signature, OWN)
    failure, _ = first_bad_signature(rows, KEYS)
    assert failure is not None and failure.seq == 2


def test_a_removed_signature_after_the_first_is_named_whatever_the_entrys_kind():
    for kind in ("sale", "reprint", "setting"):
        rows = chain(["sale", kind, "sale"])
        rows[1] = SignedRow(2, kind, "DOC-2", rows[1].hash, None)
        failure, checked = first_bad_signature(rows, KEYS)
        assert failure is not None and (failure.seq, failure.doc_ref, str(failure.reason)) == (
            2,
            "DOC-2",
            "signature missing",
        )
        assert checked == 1


def test_a_removed_signature_on_the_last_entry_is_named():
    rows = chain(["sale", "sale"])
    rows[1] = SignedRow(2, "sale", "DOC-2", rows[1].hash, None)
    failure, _ = first_bad_signature(rows, KEYS)
    assert failure is not None and (failure.seq, str(failure.reason)) == (2, "signature missing")


def test_documents_before_the_store_began_signing_need_no_signature():
    rows = chain(["sale", "sale", "sale"], signed=False)
    signed = chain(["sale", "sale", "sale", "sale"])[3]
    assert first_bad_signature([*rows, signed], KEYS) == (None, 1)


def test_a_signed_change_to_a_country_that_does_not_sign_opens_a_window_without_signatures():
    kinds = ["sale", "fiscal_country", "sale", "sale", "fiscal_country", "sale"]
    rows = chain(kinds, refs={2: "", 5: "FR"})
    # off (signed by the country it leaves), two unsigned sales, on again (unsigned), signed again
    rows[2] = SignedRow(3, "sale", "DOC-3", rows[2].hash, None)
    rows[3] = SignedRow(4, "sale", "DOC-4", rows[3].hash, None)
    rows[4] = SignedRow(5, "fiscal_country", "FR", rows[4].hash, None)
    assert first_bad_signature(rows, KEYS) == (None, 3)
    # a change to a country that signs opens no window: the next entry must be signed
    rows = chain(["sale", "fiscal_country", "sale"], refs={2: "FR"})
    rows[2] = SignedRow(3, "sale", "DOC-3", rows[2].hash, None)
    failure, _ = first_bad_signature(rows, KEYS)
    assert failure is not None and (failure.seq, str(failure.reason)) == (3, "signature missing")


def test_signatures_without_the_public_key_fail():
    failure, _ = first_bad_signature(chain(["sale"]), {})
    assert failure is not None and str(failure.reason) == "no public key to check the signature with"


def test_the_receipt_fingerprint_is_the_signatures_first_characters():
    sig = signing.sign(KEY, 1, GENESIS)
    assert signing.receipt_fingerprint(sig) == sig[:8]


def test_a_key_that_is_not_p256_is_refused():
    from cryptography.hazmat.primitives.asymmetric import ec

    other = ec.generate_private_key(ec.SECP384R1())
    with pytest.raises(ValueError):
        signing.load_private_pem(signing.private_pem(other))


def test_a_signature_whose_entry_is_gone_is_named():
    rows = chain(["sale", "sale"])
    rows[1] = SignedRow(2, "", "", "", rows[1].signature, OWN)
    failure, _ = first_bad_signature(rows, KEYS)
    assert failure is not None and (failure.seq, str(failure.reason)) == (2, "signed entry missing from the journal")


def test_each_signature_is_checked_with_the_key_that_made_it():
    rows = chain(["sale", "sale"])
    other = signing.new_private_key()
    theirs = signing.key_fingerprint(other.public_key())
    rows[1] = SignedRow(2, "sale", "DOC-2", rows[1].hash, signing.sign(other, 2, rows[1].hash), theirs)
    # an older key the station had: both verify
    assert first_bad_signature(rows, {**KEYS, theirs: other.public_key()}) == (None, 2)
    # a key it never had: named with the station's own
    failure, checked = first_bad_signature(rows, KEYS)
    assert failure is not None and checked == 1
    assert str(failure.reason) == f"signed by another key ({theirs}), not one of this station's ({OWN})"
    # a signature claiming an older key it was not made with
    rows[1] = SignedRow(2, "sale", "DOC-2", rows[1].hash, rows[1].signature, OWN)
    failure, _ = first_bad_signature(rows, KEYS)
    assert failure is not None and str(failure.reason) == "signature does not match the entry"


# --- the second form (kind, doc_ref and created_at signed), keys introduced by the journal ---

AT = "2026-11-05T10:00:00.000000+00:00"


def v2_row(seq: int, kind: str, doc_ref: str, created_at: str, digest: str, key=KEY) -> SignedRow:
    sig = signing.sign_entry(key, seq, kind, doc_ref, created_at, digest)
    fp = signing.key_fingerprint(key.public_key())
    return SignedRow(seq, kind, doc_ref, digest, sig, fp, created_at, signing.ALGORITHM_V2)


def test_the_second_form_signs_the_kind_the_document_and_the_time():
    digest = chain_hash(GENESIS, "{}")
    row = v2_row(7, "sale", "PAR01-T1-000001", AT, digest)
    assert signing.is_valid_entry(KEY.public_key(), row)
    for changed in (
        SignedRow(7, "no_sale", row.doc_ref, digest, row.signature, OWN, AT, row.algorithm),
        SignedRow(7, "sale", "PAR01-T1-000002", digest, row.signature, OWN, AT, row.algorithm),
        SignedRow(
            7, "sale", row.doc_ref, digest, row.signature, OWN, "2030-01-01T00:00:00.000000+00:00", row.algorithm
        ),
        SignedRow(7, "sale", row.doc_ref, digest, row.signature, OWN, AT, signing.ALGORITHM),  # passed off as old
    ):
        assert not signing.is_valid_entry(KEY.public_key(), changed), changed
        failure, _ = first_bad_signature([changed], KEYS)
        assert failure is not None and str(failure.reason) == "signature does not match the entry"
    # a field cannot run into the next: "a:b" + "c" is not "a" + "b:c"
    assert signing.message_v2(1, "a:b", "c", AT, digest) != signing.message_v2(1, "a", "b:c", AT, digest)


def test_first_form_signatures_still_verify_next_to_second_form_ones():
    old = chain(["signing_key", "sale"])  # algorithm ECDSA-P256-SHA256 (the default): seq and hash
    assert old[0].algorithm == signing.ALGORITHM
    new = v2_row(3, "sale", "DOC-3", AT, chain_hash(old[1].hash, "{}"))
    assert first_bad_signature([*old, new], KEYS) == (None, 3)
    unknown = SignedRow(3, "sale", "DOC-3", new.hash, new.signature, OWN, AT, "RSA-PSS")
    failure, _ = first_bad_signature([*old, unknown], KEYS)
    assert failure is not None and str(failure.reason) == "signed with an unknown algorithm (RSA-PSS)"


def test_a_key_counts_only_from_the_entry_that_introduced_it():
    rows = chain(["sale", "signing_key", "sale"])
    # the key's signature on entry 1 comes before its introduction at entry 2
    walk = signing.walk_signatures(rows, KEYS, introduced={OWN: 2})
    assert walk.failure is not None and walk.failure.seq == 1
    assert str(walk.failure.reason) == f"signed by the key {OWN} before the station introduced it"
    # a key the journal never introduced counts for nothing, whatever the key table says
    walk = signing.walk_signatures(rows[1:], KEYS, introduced={})
    assert walk.failure is not None and walk.failure.seq == 2
    walk = signing.walk_signatures(rows[1:], KEYS, introduced={OWN: 2})
    assert (walk.failure, walk.checked, walk.by_key) == (None, 2, {OWN: 2})


def test_pinned_keys_are_the_only_ones_accepted():
    rows = chain(["signing_key", "sale"])
    assert signing.walk_signatures(rows, KEYS, pinned={OWN}).failure is None
    walk = signing.walk_signatures(rows, KEYS, pinned={"feedfacefeedface"})
    assert walk.failure is not None and walk.failure.seq == 1
    assert str(walk.failure.reason) == f"signed by the key {OWN}, which is not one of the keys given with --key"


def test_a_key_entry_introduces_only_the_key_it_carries():
    pem = signing.public_pem(KEY.public_key())
    payload = canonical_json({"type": "signing_key", "fingerprint": OWN, "public_key": pem})
    key = signing.introduced_key(4, OWN, payload)
    assert key is not None and (key.fingerprint, key.seq) == (OWN, 4)
    other = signing.key_fingerprint(signing.new_private_key().public_key())
    assert signing.introduced_key(4, other, payload) is None  # doc_ref names another key
    lying = canonical_json({"type": "signing_key", "fingerprint": other, "public_key": pem})
    assert signing.introduced_key(4, other, lying) is None  # payload names another key
    assert signing.introduced_key(4, OWN, "not json") is None
    assert signing.introduced_key(4, OWN, canonical_json({"fingerprint": OWN, "public_key": "junk"})) is None


def test_failure_reasons_are_translatable_and_english_as_text():
    from storedesk.i18n import Message, translator

    failure, _ = first_bad_signature(chain(["sale"]), {})
    assert isinstance(failure.reason, Message) and failure.reason.context == "journal"
    assert translator("fr").text(failure.reason) == "aucune clé publique pour vérifier la signature"
    assert translator("de").text(failure.reason) == "kein öffentlicher Schlüssel zum Prüfen der Signatur"
