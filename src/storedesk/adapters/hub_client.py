"""HTTP to the hub (requests). The only module of the station that talks to the network.

Errors come out as two kinds: HubUnavailable (network down, timeout, 5xx: try again later,
nothing is lost) and HubRefused (the hub answered 4xx to the whole request: a wrong token,
an oversized batch; retrying the same request will not help). The token is sent in a
header and never logged or put in an error message.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from urllib.parse import quote

import requests

from ..domain.errors import DomainError

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 3.05
READ_TIMEOUT = 15.0


class HubUnavailable(DomainError):
    code = "hub_unavailable"


class HubRefused(DomainError):
    code = "hub_refused"

    def __init__(self, message: str, status: int, detail: str = ""):
        super().__init__(message)
        self.status = status
        self.detail = detail or message  # the hub's own words, to show a clerk


@dataclass(frozen=True)
class HubConfig:
    url: str
    token: str
    ca_bundle: str = ""  # a CA file for a private TLS certificate; TLS is always verified
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT


class HubClient:
    def __init__(self, cfg: HubConfig):
        self.cfg = cfg
        self.base = cfg.url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {cfg.token}", "Accept": "application/json"})
        self.session.verify = cfg.ca_bundle or True

    def close(self) -> None:
        self.session.close()

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base}{path}"
        try:
            resp = self.session.request(method, url, timeout=(self.cfg.connect_timeout, self.cfg.read_timeout), **kwargs)
        except requests.exceptions.SSLError as exc:
            raise HubRefused(f"TLS certificate of {self.base} not trusted: {type(exc).__name__}", 0) from None
        except requests.RequestException as exc:
            raise HubUnavailable(f"hub {self.base} unreachable ({type(exc).__name__})") from None
        if resp.status_code >= 500:
            raise HubUnavailable(f"hub {self.base} answered {resp.status_code}")
        try:
            body = resp.json()
        except ValueError:
            body = None
        if resp.status_code >= 400:
            detail = body.get("detail") if isinstance(body, dict) else None
            raise HubRefused(f"hub refused {method} {path}: {resp.status_code} {detail or resp.reason}", resp.status_code,
                             detail if isinstance(detail, str) else "")
        if not isinstance(body, dict):
            raise HubUnavailable(f"hub {self.base} sent a body that is not a JSON object")
        return body

    def post_events(self, events: list[dict]) -> list[dict]:
        """POST a batch; returns the hub's per-event results, in the same order."""
        data = json.dumps({"events": events}, separators=(",", ":"))
        body = self._request("POST", "/v1/events", data=data, headers={"Content-Type": "application/json"})
        results = body.get("results")
        if not isinstance(results, list) or len(results) != len(events):
            raise HubUnavailable("hub answer does not list one result per event")
        return results

    def get_feed(self, after: str, limit: int) -> dict:
        return self._request("GET", "/v1/feed", params={"after": after, "limit": limit})

    def day_totals(self, store: str, day: str) -> dict:
        return self._request("GET", f"/v1/stores/{store}/day-totals", params={"date": day})

    def health(self) -> dict:
        return self._request("GET", "/v1/health")

    def order(self, order_id: str) -> dict:
        """A web order as the hub holds it now (its status may have changed centrally)."""
        return self._request("GET", f"/v1/orders/{quote(order_id, safe='')}")

    def stock(self, sku: str) -> dict:
        """On-hand of one SKU in every store ("where else is it in stock?")."""
        return self._request("GET", "/v1/stock", params={"sku": sku})

    # ---- returns (hub/returns_api.py): the hub arbitrates returned quantities across stations
    def return_sale(self, ref: str) -> dict:
        """A sale of any store by receipt number, with what was already returned per line."""
        return self._request("GET", f"/v1/returns/sales/{quote(ref, safe='')}")

    def grant_return(self, grant_id: str, ref: str, lines: list[dict]) -> dict:
        """Ask the hub for these return quantities; HubRefused(409) when more than is left."""
        return self._request("POST", "/v1/returns/grants", json={"grant_id": grant_id, "ref": ref, "lines": lines})

    def release_grant(self, grant_id: str) -> dict:
        return self._request("DELETE", f"/v1/returns/grants/{grant_id}")

    def voucher(self, code: str) -> dict:
        return self._request("GET", f"/v1/vouchers/{quote(code, safe='')}")

    def redeem_voucher(self, code: str, redemption_id: str, amount_minor: int, ref: str) -> dict:
        return self._request("POST", f"/v1/vouchers/{quote(code, safe='')}/redeem",
                             json={"redemption_id": redemption_id, "amount_minor": amount_minor, "ref": ref})

    def cancel_redemption(self, redemption_id: str) -> dict:
        return self._request("POST", f"/v1/vouchers/redemptions/{redemption_id}/cancel", json={})

