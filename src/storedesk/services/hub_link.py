"""This station's link to its hub: the URL, the token, the certificate authority, the lab exception.

Set by `storedesk init --hub ...` and changed later by `storedesk register` (a new token after
`storedesk-hub add-station` replaced a lost one, a hub that moved to https). Everything is checked
before anything is written, so a bad value changes nothing.

Secrets and certificates are files in the data folder, never rows in the database (a backup or
an export of the database carries no token):
  hub.token    the bearer token, readable by this user only (mode 600)
  hub-ca.pem   the chain's own certificate authority, copied from --ca-file, when the hub's
               certificate does not come from a public CA; without it the system's CAs are used
Settings: hub_url, and hub_insecure_http = "1" when plain http to a host that is not loopback was
allowed on purpose (a lab); `storedesk status` then shows INSECURE.
"""

from __future__ import annotations

import os
import re
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters.hub_client import HubConfig
from ..domain.errors import DomainError
from ..domain.hub_url import HubUrlError, check_hub_url, parse_hub_url

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

TOKEN_FILE = "hub.token"
CA_FILE = "hub-ca.pem"
INSECURE_SETTING = "hub_insecure_http"
LEGACY_CA_SETTING = "hub_ca_bundle"  # before hub-ca.pem: a path outside the data folder
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,512}")  # what `storedesk-hub add-station` prints, old and new
MAX_FILE = 1 << 20
PEM_CERT = "-----BEGIN CERTIFICATE-----"


@dataclass(frozen=True)
class HubLink:
    """A checked request to link this station to a hub."""

    url: str
    token: str | None  # None: keep the token the station already has
    ca_pem: str | None  # None: trust the system's certificate authorities
    insecure_http: bool = False


@dataclass(frozen=True)
class LinkState:
    """What `storedesk status` says about the link."""

    registered: bool
    url: str
    ca: str  # "hub-ca.pem" or "system"
    insecure: bool  # plain http leaves this computer (allowed with --insecure-http)
    refusal: str | None  # why the station will not talk to this hub as configured


def data_dir(uow: UnitOfWork) -> Path:
    return Path(uow.db.path).parent


def _read_small(path: str | os.PathLike, what: str) -> str:
    p = Path(path).expanduser()
    try:
        if p.is_dir():
            raise DomainError(f"{what} {p} is a folder, not a file")
        with open(p, "rb") as f:
            data = f.read(MAX_FILE + 1)
    except FileNotFoundError:
        raise DomainError(f"{what} {p} not found") from None
    except PermissionError:
        raise DomainError(f"{what} {p} cannot be read by this user (permission denied)") from None
    except OSError as exc:
        raise DomainError(f"{what} {p} cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE:
        raise DomainError(f"{what} {p} is too large to be a {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(f"{what} {p} is not a text file") from None


def check_token(token: str) -> str:
    if not TOKEN_RE.fullmatch(token):
        raise DomainError("the hub token looks wrong (copy it exactly as `storedesk-hub add-station` printed it)")
    return token


def read_token_file(path: str | os.PathLike) -> str:
    """The token in a file of its own (so it never sits in the shell's history): one line, the
    trailing newline (and spaces an editor added) stripped."""
    text = _read_small(path, "token file").strip()
    if not text:
        raise DomainError(
            f"token file {Path(path).expanduser()} is empty: put the token that "
            f"`storedesk-hub add-station` printed in it"
        )
    if any(c.isspace() for c in text):
        raise DomainError(f"token file {Path(path).expanduser()} must hold the token alone, on one line")
    return check_token(text)


def read_ca_file(path: str | os.PathLike) -> str:
    """The certificates of a CA file, checked: PEM, every certificate parses, no private key."""
    p = Path(path).expanduser()
    text = _read_small(p, "CA file")
    if "PRIVATE KEY-----" in text:
        raise DomainError(
            f"CA file {p} holds a private key: give the CA's certificate only (the key stays with "
            f"whoever issues the hub's certificate)"
        )
    if PEM_CERT not in text:
        raise DomainError(f"CA file {p} holds no PEM certificate ({PEM_CERT}); export the CA certificate as PEM")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        ctx.load_verify_locations(cadata=text)
    except (ssl.SSLError, ValueError) as exc:
        reason = re.sub(r"\s*\(_ssl\.c:\d+\)$", "", getattr(exc, "reason", None) or str(exc))
        raise DomainError(f"CA file {p}: a certificate in it does not parse ({reason})") from None
    if not ctx.cert_store_stats()["x509"]:  # pragma: no cover - load_verify_locations refuses such a file
        raise DomainError(f"CA file {p} holds no certificate")
    return text


def check(
    url: str,
    token: str | None = None,
    token_file: str | None = None,
    ca_file: str | None = None,
    insecure_http: bool = False,
) -> HubLink:
    """Everything checked, nothing written: a HubLink to save(), or DomainError saying what is wrong."""
    hub = check_hub_url(url, insecure_http)
    if token is not None and token_file is not None:
        raise DomainError("give the token once: --token or --token-file, not both")
    if token_file is not None:
        token = read_token_file(token_file)
    elif token is not None:
        token = check_token(token.strip())
    ca_pem = read_ca_file(ca_file) if ca_file else None
    return HubLink(hub.url, token, ca_pem, insecure_http and hub.insecure)


def _write_private(path: Path, text: str, mode: int) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save(uow: UnitOfWork, link: HubLink) -> None:
    """Write the link. It states the whole link: a CA or --insecure-http not given again is dropped;
    only the token is kept when none is given (it is a secret nobody should have to type twice)."""
    folder = data_dir(uow)
    token_path = folder / TOKEN_FILE
    if link.token is None and not token_path.exists():
        raise DomainError("this station has no hub token yet: give --token TOKEN or --token-file FILE")
    if link.ca_pem is not None:
        _write_private(folder / CA_FILE, link.ca_pem, 0o644)
    else:
        (folder / CA_FILE).unlink(missing_ok=True)
    if link.token is not None:
        _write_private(token_path, link.token, 0o600)
    with uow.write() as tx:
        tx.settings.set("hub_url", link.url)
        tx.settings.set(INSECURE_SETTING, "1" if link.insecure_http else "0")
        tx.settings.set(LEGACY_CA_SETTING, "")
    uow.cache.clear()


def _ca_path(folder: Path, settings: dict[str, str]) -> str:
    own = folder / CA_FILE
    return str(own) if own.exists() else settings.get(LEGACY_CA_SETTING, "")


def load(uow: UnitOfWork) -> HubConfig | None:
    """The link as stored, for a HubClient (which checks the URL rule again before each request);
    None when the station is not registered."""
    with uow.read() as tx:
        settings = tx.settings.all()
    url = settings.get("hub_url")
    folder = data_dir(uow)
    token_path = folder / TOKEN_FILE
    if not url or not token_path.exists():
        return None
    return HubConfig(
        url=url,
        token=token_path.read_text(encoding="utf-8").strip(),
        ca_bundle=_ca_path(folder, settings),
        insecure_http=settings.get(INSECURE_SETTING) == "1",
    )


def state(uow: UnitOfWork) -> LinkState:
    with uow.read() as tx:
        settings = tx.settings.all()
    folder = data_dir(uow)
    url = settings.get("hub_url", "")
    allowed = settings.get(INSECURE_SETTING) == "1"
    ca = CA_FILE if (folder / CA_FILE).exists() else (settings.get(LEGACY_CA_SETTING) or "system")
    insecure, refusal = False, None
    if url:
        try:
            insecure = parse_hub_url(url).insecure
            check_hub_url(url, allowed)
        except HubUrlError as exc:
            refusal = exc.message
    return LinkState(bool(url) and (folder / TOKEN_FILE).exists(), url, ca, insecure and refusal is None, refusal)
