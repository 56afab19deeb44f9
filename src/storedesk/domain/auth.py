"""PINs as salted scrypt hashes and the wrong-PIN lockout rule."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import datetime, timedelta

MAX_ATTEMPTS = 5
LOCK_FOR = timedelta(minutes=5)
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def valid_pin_format(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 8


def after_failure(failed: int, now: datetime) -> tuple[int, datetime | None]:
    """New (failed count, locked until) after a wrong PIN."""
    failed += 1
    if failed >= MAX_ATTEMPTS:
        return 0, now + LOCK_FOR
    return failed, None
