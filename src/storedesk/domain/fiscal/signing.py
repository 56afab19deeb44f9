"""Signing the journal (issue 19, "Security"): each fiscal document's journal entry is signed
with the station's own ECDSA P-256 key when the store's country signs documents.

What is signed is the entry's sequence number and hash (`message`): the hash already covers
the entry's canonical text and the hash of the entry before it (domain/journal.py), so the
signatures chain too: changing, inserting or removing any entry breaks the hash chain, and
no one without the station's private key can sign a rewritten chain again.

Every journal entry is signed while the store's country signs (the documents, closings and
every fiscal event: adapters/journal_signing.py, called by the journal's append), so the
signatures chain entry by entry.

Pure domain: keys and signatures come in as `cryptography` objects and bytes/text; the key
file is adapters/fiscal_keys.py's business. Signatures are stored as base64 text of the raw
r||s pair (64 bytes, IEEE P1363), so a person can compare a receipt's fingerprint with it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from .countries import COUNTRIES, NONE

ALGORITHM = "ECDSA-P256-SHA256"
_HALF = 32  # bytes of r and of s for P-256
RECEIPT_FINGERPRINT_CHARS = 8
# The journal entry that says a store's fiscal country changed; its doc_ref is the new country's
# code ("" for none). It is written before the setting changes, so turning signing off is
# itself signed, and the entries after it need no signature until the country signs again.
COUNTRY_KIND = "fiscal_country"
# The journal entry that introduces a station key (its fingerprint and public PEM), written and
# signed by that key before the first entry it signs: every key the station had is in its chain.
KEY_KIND = "signing_key"


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


def _signature_problem(row: SignedRow, keys: Mapping[str, ec.EllipticCurvePublicKey]) -> str:
    """Why a signed row fails ("" when its signature is good); `keys`: the public keys the
    station had, by fingerprint."""
    if not row.hash:
        return "signed entry missing from the journal"
    if not keys:
        return "no public key to check the signature with"
    key = keys.get(row.key_fingerprint)
    if key is None:
        known = ", ".join(sorted(keys))
        return f"signed by another key ({row.key_fingerprint}), not one of this station's ({known})"
    if not is_valid(key, row.seq, row.hash, row.signature or ""):
        return "signature does not match the entry"
    return ""


def _signs(country_code: str) -> bool:
    return COUNTRIES.get(country_code.strip().upper(), NONE).signs_documents


def first_bad_signature(
    rows: Iterable[SignedRow], keys: Mapping[str, ec.EllipticCurvePublicKey]
) -> tuple[SignatureFailure | None, int]:
    """Check every signature, in sequence order, streaming. Returns (the first failure or None,
    signatures checked). A signature that does not match its entry fails, and so does one made
    by a key the station never had. Once the station signs, every entry must be signed, until a
    signed COUNTRY_KIND entry turns signing off (a country that does not sign): the entries of
    such a window need none, and the next signed entry starts the rule again. Entries before the
    first signature were written before the store signed."""
    checked = 0
    required = False
    for row in rows:
        if row.signature is None:
            if required:
                return SignatureFailure(row.seq, row.doc_ref, "signature missing"), checked
            continue
        problem = _signature_problem(row, keys)
        if problem:
            return SignatureFailure(row.seq, row.doc_ref, problem), checked
        checked += 1
        required = not (row.kind == COUNTRY_KIND and not _signs(row.doc_ref))
    return None, checked
