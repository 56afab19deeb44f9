"""HTTP to the hub (requests). The only module of the station that talks to the network.

Errors come out as two kinds: HubUnavailable (network down, timeout, 5xx: try again later,
nothing is lost) and HubRefused (the hub answered 4xx to the whole request: a wrong token,
an oversized batch; retrying the same request will not help). The token is sent in a
header and never logged or put in an error message.

TLS: the hub URL rule (domain/hub_url.py: https, or http only on loopback or with
`--insecure-http`) is checked again here, before anything is sent, so a setting edited by hand
cannot send the token in clear. Certificates are always verified: against the chain's own CA
when the station was given `--ca-file` (kept in the data folder as hub-ca.pem), else against the
system's. A refusal is a HubRefused with status 0 and a message that says why; nothing was sent.

Language: the requests made for a clerk (a receipt to return, a voucher, a web order, stock
elsewhere, the store's day) say the screens' language (`Accept-Language`,
i18n.formats.screen_language), so the hub's refusals a clerk reads (`HubRefused.detail`: an unknown
receipt, a spent voucher...) come back in the clerk's language. Sync's requests (events, feed,
snapshot, history) ask nothing: their refusals go to the log and the outbox, which stay English.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from urllib.parse import quote

import requests

from ..domain.errors import DomainError
from ..domain.hub_url import HubUrlError, check_hub_url, loggable_path
from ..i18n.formats import screen_language

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
    insecure_http: bool = False  # `--insecure-http`: plain http to a host that is not loopback (labs only)


def _tls_reason(exc: Exception) -> str:
    """The part of an SSL error a person can act on ("self-signed certificate in certificate
    chain", "Hostname mismatch, ..."), without requests' wrapping."""
    text = str(exc)
    found = re.search(r"certificate verify failed: ([^(\'\"]+)", text)
    if found:
        return found.group(1).strip().rstrip(",")
    found = re.search(r"\[SSL: ([A-Z_]+)\]", text)
    return found.group(1).replace("_", " ").lower() if found else type(exc).__name__


class HubClient:
    def __init__(self, cfg: HubConfig):
        self.cfg = cfg
        self.base = cfg.url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {cfg.token}", "Accept": "application/json"})
        # Given on every request too: a session-wide verify loses to $REQUESTS_CA_BUNDLE in requests.
        self.verify: str | bool = cfg.ca_bundle or True
        self.session.verify = self.verify
        self.refusal = self._refusal()

    def _refusal(self) -> str | None:
        """Why nothing may be sent to this hub (the URL rule, a CA file gone), or None."""
        try:
            check_hub_url(self.cfg.url, self.cfg.insecure_http)
        except HubUrlError as exc:
            return exc.message
        if self.cfg.ca_bundle and not os.path.isfile(self.cfg.ca_bundle):
            return (
                f"the hub's CA file {self.cfg.ca_bundle} is missing: register again with "
                f"`storedesk register --hub URL --ca-file CA.pem`"
            )
        return None

    def close(self) -> None:
        self.session.close()

    def _request(self, method: str, path: str, **kwargs) -> dict:
        if self.refusal:
            log.warning("hub %s %s: not sent: %s", method, loggable_path(path), self.refusal)
            raise HubRefused(self.refusal, 0)
        url = f"{self.base}{path}"
        try:
            resp = self.session.request(
                method, url, timeout=(self.cfg.connect_timeout, self.cfg.read_timeout), verify=self.verify, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            log.warning("hub %s %s: TLS check failed (%s)", method, loggable_path(path), _tls_reason(exc))
            hint = (
                "the CA file given with --ca-file does not vouch for it"
                if self.cfg.ca_bundle
                else "if its certificate comes from your chain's own authority, give that with "
                "`storedesk register --hub URL --ca-file CA.pem`"
            )
            raise HubRefused(
                f"the hub {self.base} did not pass the TLS check ({_tls_reason(exc)}): nothing was sent; {hint}", 0
            ) from None
        except requests.RequestException as exc:
            log.warning("hub %s %s: unreachable (%s)", method, loggable_path(path), type(exc).__name__)
            raise HubUnavailable(f"hub {self.base} unreachable ({type(exc).__name__})") from None
        if resp.status_code >= 400:  # the status and the route only: never the token or a body
            log.warning("hub %s %s: answered %d", method, loggable_path(path), resp.status_code)
        if resp.status_code >= 500:
            raise HubUnavailable(f"hub {self.base} answered {resp.status_code}")
        try:
            body = resp.json()
        except ValueError:
            body = None
        if resp.status_code >= 400:
            detail = body.get("detail") if isinstance(body, dict) else None
            raise HubRefused(
                f"hub refused {method} {loggable_path(path)}: {resp.status_code} {detail or resp.reason}",
                resp.status_code,
                detail if isinstance(detail, str) else "",
            )
        if not isinstance(body, dict):
            raise HubUnavailable(f"hub {self.base} sent a body that is not a JSON object")
        return body

    def _for_clerk(self, method: str, path: str, **kwargs) -> dict:
        """A request whose refusal a clerk reads: the hub answers it in the screens' language."""
        return self._request(method, path, headers={"Accept-Language": screen_language()}, **kwargs)

    def post_events(self, events: list[dict]) -> list[dict]:
        """POST a batch; returns the hub's per-event results, in the same order."""
        data = json.dumps({"events": events}, separators=(",", ":"))
        body = self._request("POST", "/v1/events", data=data, headers={"Content-Type": "application/json"})
        results = body.get("results")
        if not isinstance(results, list) or len(results) != len(events):
            raise HubUnavailable("hub answer does not list one result per event")
        return results

    def get_feed(self, after: str, limit: int, catalog_to: int = 0) -> dict:
        """A feed page; `catalog_to`: the loaded catalog snapshot's position (its items left out)."""
        params = {"after": after, "limit": limit, **({"catalog_to": catalog_to} if catalog_to else {})}
        return self._request("GET", "/v1/feed", params=params)

    def catalog_snapshot(self, after: str, limit: int) -> dict:
        """A page of the catalog as it stands, by SKU after `after` (a new station's first load)."""
        return self._request("GET", "/v1/catalog/snapshot", params={"after": after, "limit": limit})

    def station_events(self, after: str, limit: int = 500) -> dict:
        """This station's own events as the hub stored them, paged by id (hub/station_history.py)."""
        return self._request("GET", "/v1/station/events", params={"after": after, "limit": limit})

    def register_signing_key(self, public_pem: str) -> dict:
        """Give the hub this station's public signing key (hub/stations/keys.py): the same key
        again changes nothing; answers {"fingerprint", "registered_at", "new", ...}."""
        return self._request("PUT", "/v1/stations/me/signing-key", json={"public_key": public_pem})

    @staticmethod
    def _with_last_seq(body: dict) -> dict:
        last = body.get("last_seq")
        if not isinstance(last, int) or isinstance(last, bool) or last < 0:
            raise HubUnavailable("hub answer has no last_seq")
        return body

    def journal_position(self) -> int:
        """The last seq of this station's journal the hub keeps (hub/fiscal/journal.py), 0 for none."""
        return self._with_last_seq(self._request("GET", "/v1/stations/me/journal"))["last_seq"]

    def put_journal(self, entries: list[dict]) -> dict:
        """Mirror journal entries at the hub, in seq order (hub/fiscal/journal.py): answers
        {"added", "duplicate", "last_seq"}; HubRefused(409) for a rewritten entry or a hole."""
        data = json.dumps({"entries": entries}, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        return self._with_last_seq(self._request("PUT", "/v1/stations/me/journal", data=data, headers=headers))

    def put_fiscal_archive(self, period: str, sha256: str, size: int, start: int, part_base64: str) -> dict:
        """Give the hub a part of this station's archive of `period` from byte `start`, `sha256`
        and `size` the whole archive's (hub/fiscal/archives.py); answers "complete" once kept. The
        same archive again changes nothing; HubRefused(409) when it has another one for the period."""
        body = {"sha256": sha256, "size": size, "start": start, "content_base64": part_base64}
        return self._request("PUT", f"/v1/stations/me/fiscal-archives/{quote(period, safe='')}", json=body)

    def day_totals(self, store: str, day: str) -> dict:
        return self._for_clerk("GET", f"/v1/stores/{store}/day-totals", params={"date": day})

    def health(self) -> dict:
        return self._request("GET", "/v1/health")

    def order(self, order_id: str) -> dict:
        """A web order as the hub holds it now (its status may have changed centrally)."""
        return self._for_clerk("GET", f"/v1/orders/{quote(order_id, safe='')}")

    def stock(self, sku: str) -> dict:
        """On-hand of one SKU in every store ("where else is it in stock?")."""
        return self._for_clerk("GET", "/v1/stock", params={"sku": sku})

    # ---- returns (hub/returns_api.py): the hub arbitrates returned quantities across stations
    def return_sale(self, ref: str) -> dict:
        """A sale of any store by receipt number, with what was already returned per line."""
        return self._for_clerk("GET", f"/v1/returns/sales/{quote(ref, safe='')}")

    def grant_return(self, grant_id: str, ref: str, lines: list[dict]) -> dict:
        """Ask the hub for these return quantities; HubRefused(409) when more than is left."""
        return self._for_clerk("POST", "/v1/returns/grants", json={"grant_id": grant_id, "ref": ref, "lines": lines})

    def release_grant(self, grant_id: str) -> dict:
        return self._for_clerk("DELETE", f"/v1/returns/grants/{grant_id}")

    def voucher(self, code: str) -> dict:
        return self._for_clerk("GET", f"/v1/vouchers/{quote(code, safe='')}")

    def redeem_voucher(self, code: str, redemption_id: str, amount_minor: int, ref: str) -> dict:
        return self._for_clerk(
            "POST",
            f"/v1/vouchers/{quote(code, safe='')}/redeem",
            json={"redemption_id": redemption_id, "amount_minor": amount_minor, "ref": ref},
        )

    def cancel_redemption(self, redemption_id: str) -> dict:
        return self._for_clerk("POST", f"/v1/vouchers/redemptions/{redemption_id}/cancel", json={})

    # ---- customers and loyalty points (issue 18): the hub is the customer master
    def customers(self, q: str = "", card: str = "") -> list[dict]:
        return self._for_clerk("GET", "/v1/customers", params={"q": q, "card": card})["customers"]

    def customer(self, customer_id: str) -> dict:
        return self._for_clerk("GET", f"/v1/customers/{quote(customer_id, safe='')}")

    def create_customer(self, body: dict) -> dict:
        return self._for_clerk("POST", "/v1/customers", json=body)

    def redeem_points(self, customer_id: str, redemption_id: str, points: int, value_minor: int, ref: str) -> dict:
        body = {"redemption_id": redemption_id, "points": points, "value_minor": value_minor, "ref": ref}
        return self._for_clerk("POST", f"/v1/customers/{quote(customer_id, safe='')}/redeem", json=body)

    def cancel_points(self, redemption_id: str) -> dict:
        return self._for_clerk("POST", f"/v1/customers/redemptions/{redemption_id}/cancel", json={})

    # ---- gift cards (issue 18): balances kept at the hub
    def gift_card(self, code: str) -> dict:
        return self._for_clerk("GET", f"/v1/gift-cards/{quote(code, safe='')}")

    def redeem_gift_card(self, code: str, redemption_id: str, amount_minor: int, ref: str) -> dict:
        return self._for_clerk(
            "POST",
            f"/v1/gift-cards/{quote(code, safe='')}/redeem",
            json={"redemption_id": redemption_id, "amount_minor": amount_minor, "ref": ref},
        )

    def cancel_gift_card_redemption(self, redemption_id: str) -> dict:
        return self._for_clerk("POST", f"/v1/gift-cards/redemptions/{redemption_id}/cancel", json={})

    # ---- the endless aisle: the counter orders what the store does not have on its shelf
    def availability(self, sku: str, fulfilment: str, near: str = "") -> dict:
        """Available to promise of one SKU in every location (hub/availability/); `near`: "LAT,LON"."""
        params = {"sku": sku, "fulfilment": fulfilment, **({"near": near} if near else {})}
        return self._for_clerk("GET", "/v1/availability", params=params)

    def place_store_order(self, body: dict) -> dict:
        """An order paid at this till (channel store:<code>); a repeat of its order_id gives the same order."""
        return self._for_clerk("POST", "/v1/orders", json=body)

    def cancel_store_order(self, order_id: str, sale_ref: str, reason: str) -> dict:
        """This till's own order, when the sale that paid for it (`sale_ref`) could not be written."""
        body = {"sale_ref": sale_ref, "reason": reason}
        return self._for_clerk("POST", f"/v1/orders/{quote(order_id, safe='')}/cancel", json=body)
