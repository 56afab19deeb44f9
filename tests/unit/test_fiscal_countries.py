"""The country layer (issue 19, domain/fiscal/countries.py) and its store setting
`fiscal_country` (domain/store_settings.py): a store with no country follows no country's rules
(today's behaviour), France signs and shows the fingerprint, and the setting accepts only the
countries storedesk has, at the station and for the hub's store settings alike."""

from __future__ import annotations

import pytest

from storedesk.domain.errors import DomainError
from storedesk.domain.fiscal.countries import COUNTRIES, FRANCE, NONE, Country, country_of
from storedesk.domain.store_settings import STATION_ONLY, STORE_KEYS, check_setting, check_store_setting


def test_no_country_is_todays_behaviour_and_france_signs_and_shows_the_fingerprint():
    assert NONE == Country("", False, False) and not NONE.active
    assert (NONE.closings, NONE.archives, NONE.exports) == ((), False, ())
    assert (FRANCE.code, FRANCE.signs_documents, FRANCE.receipt_shows_fingerprint) == ("FR", True, True)
    assert FRANCE.active and FRANCE.closings == ("day", "month", "year") and FRANCE.archives
    assert COUNTRIES == {"": NONE, "FR": FRANCE}
    assert all(code == country.code for code, country in COUNTRIES.items())


@pytest.mark.parametrize(
    ("settings", "country"),
    [
        ({}, NONE),
        ({"fiscal_country": ""}, NONE),
        ({"fiscal_country": "FR"}, FRANCE),
        ({"fiscal_country": "fr "}, FRANCE),
        ({"fiscal_country": "ZZ"}, NONE),  # never stored (the setting refuses it); read as no country
        ({"store_code": "PAR01", "language": "fr"}, NONE),  # a French-speaking store is not a French fiscal store
    ],
)
def test_country_of_reads_the_store_setting(settings, country):
    assert country_of(settings) is country


def test_the_setting_takes_the_known_countries_and_refuses_others_listing_them():
    assert check_setting("fiscal_country", "FR") == "FR"
    assert check_setting("fiscal_country", " fr") == "FR"
    assert check_setting("fiscal_country", "") == ""
    for bad in ("DE", "France", "F", "xx"):
        with pytest.raises(DomainError) as exc:
            check_setting("fiscal_country", bad)
        assert exc.value.message == f"fiscal_country must be empty (no country) or one of FR (got {bad!r})"


def test_the_hub_may_set_it_for_the_whole_store():
    assert "fiscal_country" in STORE_KEYS and "fiscal_country" not in STATION_ONLY
    assert check_store_setting("fiscal_country", "fr") == "FR"
    with pytest.raises(DomainError, match="one of FR"):
        check_store_setting("fiscal_country", "IT")
