"""The three cancel routes of a tender taken at the hub (vouchers, gift cards, points) answer
alike (hub/redemptions.cancel_route): a redemption id that is no uuid is not known (404), in the
language the request asks for. The points route used to answer in English whatever was asked."""

from __future__ import annotations

import pytest

FR = {"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.8"}


@pytest.mark.parametrize("kind", ["vouchers", "gift-cards", "customers"])
def test_a_malformed_redemption_id_is_not_known_in_the_language_asked(admin, client, kind):
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    url = f"{t1.base}/v1/{kind}/redemptions/not-a-uuid/cancel"
    english = t1.session.post(url, json={}, timeout=60)
    french = t1.session.post(url, json={}, headers=FR, timeout=60)
    assert (english.status_code, english.json()) == (404, {"detail": "redemption not-a-uuid is not known"})
    assert (french.status_code, french.json()) == (404, {"detail": "paiement par avoir not-a-uuid inconnu"})
