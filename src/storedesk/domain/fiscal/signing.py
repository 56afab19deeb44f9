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
import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from ...i18n import Message, msg
from .countries import COUNTRIES, NONE

ALGORITHM = "ECDSA-P256-SHA256"  # the first form: seq and hash signed (`message`)
# The form written now: also the entry's kind, doc_ref and created_at (`message_v2`); an entry's
# algorithm (journal_signatures.algorithm) says which form its signature is, so the signatures
# made before still verify.
ALGORITHM_V2 = "ECDSA-P256-SHA256;v2"
_HALF = 32  # bytes of r and of s for P-256
_ECDSA = ec.ECDSA(hashes.SHA256())  # made once: a verify per journal entry
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
    """The bytes signed for one journal entry by the first form (ALGORITHM): its seq and hash."""
    return f"storedesk-journal:{seq}:{entry_hash}".encode("ascii")


def message_v2(seq: int, kind: str, doc_ref: str, created_at: str, entry_hash: str) -> bytes:
    """The bytes signed for one journal entry by the second form (ALGORITHM_V2): also its kind,
    document and time, the journal's columns outside the hash, so none of them can be changed
    (a sale relabelled a no-sale, re-dated into another day). Each text field is preceded by its
    length, so no field can run into the next ("sale:X" + "1" is not "sale" + "X:1")."""
    return (
        f"storedesk-journal-2:{seq}:{len(kind)}:{kind}:{len(doc_ref)}:{doc_ref}:"
        f"{len(created_at)}:{created_at}:{entry_hash}"
    ).encode()


def entry_message(row: SignedRow) -> bytes | None:
    """The bytes `row`'s signature is over, by its algorithm; None for an algorithm not known."""
    if row.algorithm == ALGORITHM_V2:
        return message_v2(row.seq, row.kind, row.doc_ref, row.created_at, row.hash)
    if row.algorithm in (ALGORITHM, ""):
        return message(row.seq, row.hash)
    return None


def sign_entry(
    key: ec.EllipticCurvePrivateKey, seq: int, kind: str, doc_ref: str, created_at: str, entry_hash: str
) -> str:
    """Sign a journal entry as it is written now (ALGORITHM_V2)."""
    return sign_bytes(key, message_v2(seq, kind, doc_ref, created_at, entry_hash))


def is_valid_entry(key: ec.EllipticCurvePublicKey, row: SignedRow) -> bool:
    """Whether `row`'s signature is `key`'s over the entry, in the form its algorithm names."""
    data = entry_message(row)
    return data is not None and verify_bytes(key, data, row.signature or "")


def sign(key: ec.EllipticCurvePrivateKey, seq: int, entry_hash: str) -> str:
    return sign_bytes(key, message(seq, entry_hash))


def is_valid(key: ec.EllipticCurvePublicKey, seq: int, entry_hash: str, signature: str) -> bool:
    return verify_bytes(key, message(seq, entry_hash), signature)


def sign_bytes(key: ec.EllipticCurvePrivateKey, data: bytes) -> str:
    """Sign any bytes (an archive's manifest, say): base64 of the raw r||s pair, as an entry's."""
    der = key.sign(data, _ECDSA)
    r, s = decode_dss_signature(der)
    return base64.b64encode(r.to_bytes(_HALF, "big") + s.to_bytes(_HALF, "big")).decode("ascii")


def verify_bytes(key: ec.EllipticCurvePublicKey, data: bytes, signature: str) -> bool:
    """Whether `signature` (as sign_bytes writes it) is `key`'s over exactly `data`. Only the
    canonical base64 text is accepted: a changed character that decodes the same is a change."""
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(raw) != 2 * _HALF or base64.b64encode(raw).decode("ascii") != signature:
        return False
    der = encode_dss_signature(int.from_bytes(raw[:_HALF], "big"), int.from_bytes(raw[_HALF:], "big"))
    try:
        key.verify(der, data, _ECDSA)
    except InvalidSignature:
        return False
    return True


def receipt_fingerprint(signature: str) -> str:
    """What the receipt prints of a document's signature: its first characters."""
    return signature[:RECEIPT_FINGERPRINT_CHARS]


@dataclass(frozen=True)
class SignedRow:
    """One journal entry as the signature check sees it; `signature` None when it has none, `hash`
    empty for a signature whose entry is gone; `algorithm` the form of its signature."""

    seq: int
    kind: str
    doc_ref: str
    hash: str
    signature: str | None
    key_fingerprint: str = ""  # the fingerprint of the key that made the signature
    created_at: str = ""
    algorithm: str = ALGORITHM


@dataclass(frozen=True)
class SignatureFailure:
    seq: int
    doc_ref: str
    reason: Message  # str() is English (the CLI, logs); the till shows it translated


@dataclass(frozen=True)
class IntroducedKey:
    """A key as the journal introduced it: its KEY_KIND entry's seq and public key."""

    fingerprint: str
    seq: int
    public: ec.EllipticCurvePublicKey


def introduced_key(seq: int, doc_ref: str, payload: str) -> IntroducedKey | None:
    """The key a KEY_KIND entry introduces, None when its payload is not a P-256 public key
    whose fingerprint is the one the entry names (payload and doc_ref)."""
    try:
        found = json.loads(payload)
        public = load_public_pem(found["public_key"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    fingerprint = key_fingerprint(public)
    if fingerprint != found.get("fingerprint") or fingerprint != doc_ref:
        return None
    return IntroducedKey(fingerprint, seq, public)


@dataclass
class SignatureWalk:
    """What first_bad_signature's walk found: the first failure, the signatures checked, and
    how many each key made (fingerprint -> count)."""

    failure: SignatureFailure | None = None
    checked: int = 0
    by_key: dict[str, int] = field(default_factory=dict)


def _signature_problem(
    row: SignedRow,
    keys: Mapping[str, ec.EllipticCurvePublicKey],
    introduced: Mapping[str, int] | None = None,
    pinned: Collection[str] = (),
) -> Message | None:
    """Why a signed row fails (None when its signature is good); `keys`: the public keys the
    station had, by fingerprint; `introduced`: when given, the seq of each key's KEY_KIND entry
    (a key signs from there on); `pinned`: when given, the only fingerprints a person accepts."""
    if not row.hash:
        return msg("journal", "signed entry missing from the journal")
    if not keys:
        return msg("journal", "no public key to check the signature with")
    fingerprint = row.key_fingerprint
    key = keys.get(fingerprint)
    if key is None:
        known = ", ".join(sorted(keys))
        return msg(
            "journal",
            "signed by another key ({key}), not one of this station's ({known})",
            key=fingerprint,
            known=known,
        )
    if pinned and fingerprint not in pinned:
        return msg("journal", "signed by the key {key}, which is not one of the keys given with --key", key=fingerprint)
    if introduced is not None and (fingerprint not in introduced or row.seq < introduced[fingerprint]):
        return msg("journal", "signed by the key {key} before the station introduced it", key=fingerprint)
    data = entry_message(row)
    if data is None:
        return msg("journal", "signed with an unknown algorithm ({algorithm})", algorithm=row.algorithm)
    if not verify_bytes(key, data, row.signature or ""):
        return msg("journal", "signature does not match the entry")
    return None


def _signs(country_code: str) -> bool:
    return COUNTRIES.get(country_code.strip().upper(), NONE).signs_documents


def walk_signatures(
    rows: Iterable[SignedRow],
    keys: Mapping[str, ec.EllipticCurvePublicKey],
    required: bool = False,
    introduced: Mapping[str, int] | None = None,
    pinned: Collection[str] = (),
) -> SignatureWalk:
    """Check every signature, in sequence order, streaming, up to the first failure. A signature
    that does not match its entry fails, and so does one made by a key the station never had
    (or, with `introduced`, before the journal introduced it; with `pinned`, a key not pinned).
    Once the station signs, every entry must be signed, until a signed COUNTRY_KIND entry turns
    signing off (a country that does not sign): the entries of such a window need none, and the
    next signed entry starts the rule again. Entries before the first signature were written
    before the store signed. `required`: the rows continue a chain whose entry before them made
    signatures required (a period's archive)."""
    walk = SignatureWalk()
    for row in rows:
        if row.signature is None:
            if required:
                walk.failure = SignatureFailure(row.seq, row.doc_ref, msg("journal", "signature missing"))
                return walk
            continue
        problem = _signature_problem(row, keys, introduced, pinned)
        if problem is not None:
            walk.failure = SignatureFailure(row.seq, row.doc_ref, problem)
            return walk
        walk.checked += 1
        walk.by_key[row.key_fingerprint] = walk.by_key.get(row.key_fingerprint, 0) + 1
        required = required_after(row)
    return walk


def first_bad_signature(
    rows: Iterable[SignedRow], keys: Mapping[str, ec.EllipticCurvePublicKey], required: bool = False
) -> tuple[SignatureFailure | None, int]:
    """(the first failure or None, signatures checked): walk_signatures without keys introduced."""
    walk = walk_signatures(rows, keys, required)
    return walk.failure, walk.checked


def required_after(row: SignedRow) -> bool:
    """Whether the entry after a good `row` must be signed: after any signed entry but a signed
    change to a country that does not sign (an unsigned entry never makes signatures required)."""
    return row.signature is not None and not (row.kind == COUNTRY_KIND and not _signs(row.doc_ref))
