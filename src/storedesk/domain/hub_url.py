"""Where a station may send its token and its sales: the hub URL rule.

Every request to the hub carries the station's bearer token, and the bodies carry its sales and
its customers' orders (names, phone numbers). Over plain http anyone on the network between the
store and the hub reads them and can reuse the token. So a hub URL is https, except:

- loopback (127.0.0.0/8, ::1, localhost): the traffic never leaves this computer (tests, a hub
  on the same PC, a TLS tunnel or proxy running here);
- `--insecure-http`, a deliberate choice for a lab, stored with the station's settings and shown
  as INSECURE by `storedesk status`.

The rule is checked where a URL is set (`storedesk init`, `storedesk register`) and again on
every request (adapters/hub_client.py), so a setting edited by hand cannot get around it.
Plain Python: no HTTP here, only the parsing of the text.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import DomainError

LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


class HubUrlError(DomainError):
    """The text is not a usable hub URL, or plain http would leave this computer."""

    code = "hub_url"


@dataclass(frozen=True)
class HubUrl:
    url: str  # normalised: no trailing slash
    scheme: str  # "https" or "http"
    host: str  # without brackets, lower case

    @property
    def loopback(self) -> bool:
        return is_loopback_host(self.host)

    @property
    def insecure(self) -> bool:
        """Plain http that leaves this computer: token and sales unencrypted on the network."""
        return self.scheme == "http" and not self.loopback


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 (also as ::ffff:127.x.x.x) or the name localhost; nothing else (a name
    such as 127.0.0.1.example.com is someone else's machine)."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(addr, "ipv4_mapped", None)
    return addr.is_loopback or bool(mapped and mapped.is_loopback)


def parse_hub_url(url: str) -> HubUrl:
    """The URL's parts, or HubUrlError for anything that is not a plain http(s)://host[:port][/path]."""
    text = (url or "").strip()
    example = "https://hub.example.com or https://hub.example.com:8750"
    if not text or any(c.isspace() or ord(c) < 32 or c == "\\" for c in text):
        raise HubUrlError(f"hub URL must look like {example}, not {url!r}")
    try:
        parts = urlsplit(text)
        port = parts.port  # raises on a port that is not a number in 0..65535
    except ValueError:
        raise HubUrlError(f"hub URL {url!r}: the port must be a number from 1 to 65535") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise HubUrlError(f"hub URL must look like {example}, not {url!r}")
    if port == 0:
        raise HubUrlError(f"hub URL {url!r}: the port must be a number from 1 to 65535")
    if "@" in parts.netloc:
        raise HubUrlError(f"hub URL {url!r}: leave out the user name and password (the station uses its token)")
    if parts.query or parts.fragment:
        raise HubUrlError(f"hub URL {url!r}: leave out the '?...' and '#...' parts")
    netloc = parts.netloc.lower()
    return HubUrl(f"{scheme}://{netloc}{parts.path.rstrip('/')}", scheme, parts.hostname.lower())


def insecure_message(hub: HubUrl) -> str:
    return (
        f"refusing plain http to {hub.host}: the station's token, its sales and its customers' orders would "
        f"cross the network unencrypted. Use https:// (the hub's own TLS, or a reverse proxy in front of it), "
        f"or, for a lab only, --insecure-http"
    )


def check_hub_url(url: str, insecure_http: bool = False) -> HubUrl:
    """The parsed URL when a station may use it; HubUrlError saying why not otherwise."""
    hub = parse_hub_url(url)
    if hub.insecure and not insecure_http:
        raise HubUrlError(insecure_message(hub))
    return hub


# A voucher's or a gift card's code is money to whoever reads it: masked wherever a hub path is
# logged, by the station (adapters/hub_client.py) and by the hub (hub/request_log.py) alike.
_SECRET_IN_PATH = re.compile(r"^(/v1/(?:vouchers|gift-cards)/)(?!redemptions/)[^/?]+")


def loggable_path(path: str) -> str:
    """A request path fit for a log: a voucher's or a gift card's code masked."""
    return _SECRET_IN_PATH.sub(r"\1***", path)
