"""Signing the journal (issue 19, "Security"): each fiscal document's journal entry is signed
with the station's own ECDSA P-256 key when the store's country signs documents.

What is signed is the entry's sequence number and hash (`message`): the hash already covers
the entry's canonical text and the hash of the entry before it (domain/journal.py), so the
signatures chain too: changing, inserting or removing any entry breaks the hash chain, and
no one without the station's private key can sign a rewritten chain again.

Pure domain: keys and signatures come in as `cryptography` objects and bytes/text; the key
file is adapters/fiscal_keys.py's business. Signatures are stored as base64 text of the raw
r||s pair (64 bytes, IEEE P1363), so a person can compare a receipt's fingerprint with it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

ALGORITHM = "ECDSA-P256-SHA256"
_HALF = 32  # bytes of r and of s for P-256
RECEIPT_FINGERPRINT_CHARS = 8
# the journal kinds signed when the country signs: the documents services/journal.py
# record_document writes (sales, returns) and the Z (services/shift.py close)
SIGNED_KINDS = frozenset({"sale", "return", "shift_close"})


def new_private_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def private_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def load_private_pem(pem: bytes) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ValueError("the station's signing key is not an ECDSA P-256 key")
    return key


def public_pem(key: ec.EllipticCurvePublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def load_public_pem(pem: str | bytes) -> ec.EllipticCurvePublicKey:
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ValueError("not an ECDSA P-256 public key")
    return key


def key_fingerprint(key: ec.EllipticCurvePublicKey) -> str:
    """A short name for a public key: the first 16 hex digits of SHA-256 of its DER form."""
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()[:16]


def message(seq: int, entry_hash: str) -> bytes:
    """The bytes signed for one journal entry."""
    return f"storedesk-journal:{seq}:{entry_hash}".encode("ascii")


def sign(key: ec.EllipticCurvePrivateKey, seq: int, entry_hash: str) -> str:
    der = key.sign(message(seq, entry_hash), ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    return base64.b64encode(r.to_bytes(_HALF, "big") + s.to_bytes(_HALF, "big")).decode("ascii")


def is_valid(key: ec.EllipticCurvePublicKey, seq: int, entry_hash: str, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(raw) != 2 * _HALF:
        return False
    der = encode_dss_signature(int.from_bytes(raw[:_HALF], "big"), int.from_bytes(raw[_HALF:], "big"))
    try:
        key.verify(der, message(seq, entry_hash), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def receipt_fingerprint(signature: str) -> str:
    """What the receipt prints of a document's signature: its first characters."""
    return signature[:RECEIPT_FINGERPRINT_CHARS]


@dataclass(frozen=True)
class SignedRow:
    """One journal entry as the signature check sees it; `signature` None when it has none, `hash`
    empty for a signature whose entry is gone."""

    seq: int
    kind: str
    doc_ref: str
    hash: str
    signature: str | None
    key_fingerprint: str = ""  # the fingerprint of the key that made the signature


@dataclass(frozen=True)
class SignatureFailure:
    seq: int
    doc_ref: str
    reason: str


def _signature_problem(row: SignedRow, key: ec.EllipticCurvePublicKey | None, own: str) -> str:
    """Why a signed row fails ("" when its signature is good); `own`: the key's fingerprint."""
    if not row.hash:
        return "signed entry missing from the journal"
    if key is None:
        return "no public key to check the signature with"
    if row.key_fingerprint and row.key_fingerprint != own:
        return f"signed by another key ({row.key_fingerprint}), not this station's ({own})"
    if not is_valid(key, row.seq, row.hash, row.signature or ""):
        return "signature does not match the entry"
    return ""


def first_bad_signature(
    rows: Iterable[SignedRow], key: ec.EllipticCurvePublicKey | None, signed_kinds: frozenset[str]
) -> tuple[SignatureFailure | None, int]:
    """Check every signature, in sequence order, streaming. Returns (the first failure or None,
    signatures checked). A signature that does not match its entry fails, and so does one made
    by another key than the station's; so does an entry of a signed kind without one between two
    signed entries (its signature removed). Before the first signature the store did not sign
    yet; after the last one it may have stopped (its country changed, which is journaled)."""
    own = key_fingerprint(key) if key is not None else ""
    checked = 0
    unsigned: SignedRow | None = None  # the first signed-kind entry without a signature since the last signed one
    for row in rows:
        if row.signature is None:
            if checked and unsigned is None and row.kind in signed_kinds:
                unsigned = row
            continue
        if unsigned is not None:
            return SignatureFailure(unsigned.seq, unsigned.doc_ref, "signature missing"), checked
        problem = _signature_problem(row, key, own)
        if problem:
            return SignatureFailure(row.seq, row.doc_ref, problem), checked
        checked += 1
    return None, checked
