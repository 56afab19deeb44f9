"""The hub's refusals a clerk reads come back in the language the request asks for (issue 16).

A real hub process (SQLite and PostgreSQL): the station sends `Accept-Language` with its screens'
language; the hub answers {"detail": ...} in it, with numbers and money written that language's
way. Without the header, or with a language storedesk does not have, the answer is English
exactly as before (integrators read it), and the body keeps its one field.

The sale (payloads.BASKET, PAR01-T1-000001): line 1 Apples 1, line 2 Brioche 2, line 3 Cola 1.
"""

from __future__ import annotations

import uuid

import pytest
from starlette.requests import Request

from storedesk.hub import errors
from storedesk.i18n import msg

from .conftest import Client
from .payloads import BASKET, event, sale
from .test_returns_support import ask, return_event

REF = "PAR01-T1-000001"
CODE = "SC-LANG-0001"

FR = {"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.8"}
DE = {"Accept-Language": "de-DE"}

OVER_EN = (
    "Line 1 (Test Apples 1 kg): only 1 left to return, 1.5 asked; "
    "Line 3 (Test Cola x6): nothing left to return (1 sold, all returned or being returned), 1 asked"
)
OVER_FR = (
    "Ligne 1 (Test Apples 1 kg) : il ne reste que 1 à retourner, 1,5 demandé ; "
    "Ligne 3 (Test Cola x6) : plus rien à retourner (1 vendu, tout est déjà retourné ou en cours de retour), "
    "1 demandé"
)
OVER_DE = (
    "Zeile 1 (Test Apples 1 kg): nur noch 1 zurückzugeben, 1,5 verlangt; "
    "Zeile 3 (Test Cola x6): nichts mehr zurückzugeben (1 verkauft, alles zurückgegeben oder in Rückgabe), "
    "1 verlangt"
)


@pytest.fixture
def shop(admin, client):
    """PAR01 (T1 sold the basket, paid 5000 cash; a return of one Brioche paid as store credit
    CODE, 529) and NYC01 (in dollars), with their stations."""
    admin.store("PAR01")
    admin.store("NYC01", currency="USD", timezone="America/New_York")
    t1, n1 = client(admin.station("PAR01", "T1")), client(admin.station("NYC01", "N1"))
    fiscal = sale(1, BASKET, [("cash", 5000, "")])
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    credit = return_event(fiscal, [(2, "1")], payments=[("store_credit", 529, 0, CODE)])
    assert t1.send(credit)[0]["status"] == "accepted"
    return {"t1": t1, "n1": n1}


def _grant(c: Client, lines, headers: dict | None = None):
    body = {"grant_id": uuid.uuid4().hex, "ref": REF, "lines": [{"line": ln, "quantity": q} for ln, q in lines]}
    return c.session.post(c.base + "/v1/returns/grants", json=body, headers=headers or {}, timeout=60)


def _get(c: Client, path: str, headers: dict | None = None):
    return c.session.get(c.base + path, headers=headers or {}, timeout=60)


def _redeem(c: Client, amount: int, headers: dict | None = None, code: str = CODE):
    body = {"redemption_id": uuid.uuid4().hex, "amount_minor": amount, "ref": ""}
    return c.session.post(f"{c.base}/v1/vouchers/{code}/redeem", json=body, headers=headers or {}, timeout=60)


def test_a_return_refusal_in_the_language_asked_and_english_as_before(shop):
    t1 = shop["t1"]
    assert ask(t1, REF, [(3, "1")]).status_code == 200  # the Cola is being returned
    over = [(1, "1.5"), (3, "1")]
    for headers, expected in (
        (None, OVER_EN),  # no header: an integrator's English, byte for byte as before
        ({"Accept-Language": "ja-JP"}, OVER_EN),  # a language storedesk does not have
        ({"Accept-Language": "*"}, OVER_EN),
        (FR, OVER_FR),
        (DE, OVER_DE),
    ):
        r = _grant(t1, over, headers)
        assert (r.status_code, r.json()) == (409, {"detail": expected}), headers

    r = _get(t1, "/v1/returns/sales/PAR01-T1-000999", FR)
    assert (r.status_code, r.json()) == (404, {"detail": "Le ticket PAR01-T1-000999 est inconnu au serveur central"})
    r = _get(t1, "/v1/returns/sales/PAR01-T1-000999")
    assert r.json() == {"detail": "Receipt PAR01-T1-000999 is not known at the hub"}
    r = _grant(t1, [(9, "1")], {"Accept-Language": "es"})
    assert (r.status_code, r.json()) == (422, {"detail": "El ticket PAR01-T1-000001 no tiene la línea 9"})


def test_voucher_token_and_stock_refusals_in_the_language_asked(shop, admin):
    t1, n1 = shop["t1"], shop["n1"]
    r = _redeem(t1, 600, FR)  # 529 left on it
    assert (r.status_code, r.json()) == (409, {"detail": "Il reste 5,29\u00a0€ sur l'avoir SC-LANG-0001"})
    r = _redeem(t1, 600)
    assert r.json() == {"detail": "Voucher SC-LANG-0001 has 5.29 left"}
    r = _redeem(n1, 100, {"Accept-Language": "it-IT"})
    assert (r.status_code, r.json()) == (409, {"detail": "Il buono SC-LANG-0001 è in EUR; questo negozio accetta USD"})
    r = _get(t1, "/v1/vouchers/SC-NOPE", DE)
    assert (r.status_code, r.json()) == (404, {"detail": "Gutschein SC-NOPE unbekannt"})
    r = _get(t1, "/v1/stock?sku=NOPE1", FR)
    assert (r.status_code, r.json()) == (404, {"detail": "article 'NOPE1' inconnu"})

    revoked = Client(t1.base, "not-a-token")
    r = _get(revoked, "/v1/returns/sales/" + REF, FR)
    assert (r.status_code, r.json(), r.headers["www-authenticate"]) == (
        401,
        {"detail": "jeton inconnu ou révoqué"},
        "Bearer",
    )
    r = _get(revoked, "/v1/returns/sales/" + REF)
    assert r.json() == {"detail": "unknown or revoked token"}


def _request(language: str | None) -> Request:
    headers = [(b"accept-language", language.encode())] if language else []
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers, "query_string": b""})


@pytest.mark.parametrize(
    ("header", "language"),
    [(None, "en"), ("fr", "fr"), ("de-AT,de;q=0.9", "de"), ("es_ES", "es"), ("ja, fr;q=0.5", "en"), ("", "en")],
)
def test_the_first_tag_of_accept_language_decides(header, language):
    assert errors.asked_language(_request(header)) == language


def test_a_refusal_keeps_its_english_detail_and_plain_strings_stay_as_they_are():
    """`detail` is English (logs, the CLI, code that reads it); an English sentence raised as a
    plain string (an integrator's refusal) is answered as it is in every language."""
    exc = errors.Conflict(msg("hub", "Voucher {code} has {left} left", code="V1", left=errors.Amount(1250, "EUR")))
    assert exc.detail == str(exc) == "Voucher V1 has 12.50 left"
    assert errors.render(_request("de"), exc).body.decode() == '{"detail":"Gutschein V1 hat nur noch 12,50\u00a0€"}'
    plain = errors.Unprocessable("orders must be a list of 1..500 orders")
    assert errors.render(_request("fr"), plain).body == b'{"detail":"orders must be a list of 1..500 orders"}'
    yen = errors.Conflict(msg("hub", "Voucher {code} has {left} left", code="V2", left=errors.Amount(1250, "JPY")))
    assert yen.detail == "Voucher V2 has 1250 left"
