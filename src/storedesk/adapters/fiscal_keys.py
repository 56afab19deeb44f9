"""The station's signing key (issue 19): one ECDSA P-256 key per station, in the data folder.

The private key lives in `<data folder>/fiscal/signing_key.pem`, readable by its owner only
(0600), never in the database (a backup or a copy of the database does not carry it). It is
made at `storedesk init`, or the first time a station whose store now signs documents needs
it (after `storedesk config set fiscal_country FR`, say). It is read once per process and per
data folder: a sale's transaction then signs in a fraction of a millisecond.

The database a transaction works on tells which data folder it belongs to (`folder_of`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from ..domain.fiscal import signing

KEY_DIR = "fiscal"
KEY_FILE = "signing_key.pem"

_lock = threading.Lock()
_cache: dict[Path, StationKey] = {}


@dataclass(frozen=True)
class StationKey:
    """The station's key pair, and what the rest of the station shows of it."""

    private: ec.EllipticCurvePrivateKey
    public: ec.EllipticCurvePublicKey
    public_pem: str
    fingerprint: str


def key_path(folder: Path) -> Path:
    return Path(folder) / KEY_DIR / KEY_FILE


def _of(private: ec.EllipticCurvePrivateKey) -> StationKey:
    public = private.public_key()
    return StationKey(private, public, signing.public_pem(public), signing.key_fingerprint(public))


def _write_new(path: Path) -> None:
    """Write a new key, 0600 from its first byte; never replaces a key that exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    pem = signing.private_pem(signing.new_private_key())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_key(folder: Path) -> StationKey:
    """The station's key, made when it has none yet; read once per process."""
    folder = Path(folder).resolve()
    with _lock:
        key = _cache.get(folder)
        if key is None:
            path = key_path(folder)
            if not path.exists():
                _write_new(path)
            key = _of(signing.load_private_pem(path.read_bytes()))
            _cache[folder] = key
        return key


def existing_key(folder: Path) -> StationKey | None:
    """The station's key if it has one (checking signatures never makes a key)."""
    if not key_path(folder).exists():
        return None
    return ensure_key(folder)


def folder_of(conn: sqlite3.Connection) -> Path:
    """The data folder of the database this connection works on (a few microseconds)."""
    rows = conn.execute("PRAGMA database_list").fetchall()
    return Path(next(row[2] for row in rows if row[1] == "main")).parent


def forget(folder: Path) -> None:
    """Drop the cached key of a folder (a test that replaces the key file)."""
    with _lock:
        _cache.pop(Path(folder).resolve(), None)
