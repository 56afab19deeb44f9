"""The hub URL rule (issue 12, item 8): https, or plain http only where it never leaves this
computer (loopback) or where a lab said so with --insecure-http."""

from __future__ import annotations

import pytest

from storedesk.domain.hub_url import HubUrlError, check_hub_url, is_loopback_host, parse_hub_url


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.5",
        "http://10.0.0.5:8750",
        "http://hub.example.com:8750/",
        "HTTP://192.168.1.20:8750",
        "http://[2001:db8::1]:8750",
        "http://127.0.0.1.example.com:8750",  # a name, not the loopback address
        "http://0.0.0.0:8750",
        "http://[::]:8750",
    ],
)
def test_plain_http_that_leaves_this_computer_is_refused_and_says_why(url):
    with pytest.raises(HubUrlError) as refused:
        check_hub_url(url)
    text = refused.value.message
    assert "unencrypted" in text and "token" in text and "--insecure-http" in text and "https://" in text


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1",
        "http://127.0.0.1:8750",
        "http://127.8.9.10:8750/",
        "http://localhost:8750",
        "http://LOCALHOST:8750",
        "http://[::1]:8750",
        "http://[::ffff:127.0.0.1]:8750",
    ],
)
def test_plain_http_on_loopback_needs_no_flag(url):
    hub = check_hub_url(url)
    assert hub.loopback and not hub.insecure and hub.scheme == "http"


@pytest.mark.parametrize(
    "url", ["https://hub.example.com", "https://10.0.0.5:8750/", "https://[2001:db8::1]/storedesk"]
)
def test_https_is_accepted_anywhere(url):
    hub = check_hub_url(url)
    assert hub.scheme == "https" and not hub.insecure


def test_insecure_http_is_accepted_only_when_asked_for():
    hub = check_hub_url("http://10.0.0.5:8750/", insecure_http=True)
    assert hub.insecure and hub.url == "http://10.0.0.5:8750"


def test_the_url_is_normalised_without_a_trailing_slash():
    assert parse_hub_url(" https://Hub.Example.com:8750/storedesk/ ").url == "https://hub.example.com:8750/storedesk"


@pytest.mark.parametrize(
    "url",
    [
        "",
        "hub.example.com",
        "ftp://hub.example.com",
        "https://",
        "https://hub.example.com:99999",
        "https://hub.example.com:0",
        "https://hub.example.com:port",
        "https://user:pw@hub.example.com",
        "https://hub.example.com/?x=1",
        "https://hub.example.com/#top",
        "https://hub example.com",
        "http://127.0.0.1\\@10.0.0.5:8750",  # parsers disagree on backslashes: refuse the text
        "http://localhost@10.0.0.5:8750",  # user info naming a loopback host, the host is 10.0.0.5
    ],
)
def test_malformed_urls_are_refused(url):
    with pytest.raises(HubUrlError):
        check_hub_url(url, insecure_http=True)


def test_loopback_hosts():
    assert is_loopback_host("127.0.0.1") and is_loopback_host("[::1]") and is_loopback_host("localhost")
    assert not is_loopback_host("10.0.0.5") and not is_loopback_host("localhost.example.com")
    assert not is_loopback_host("0.0.0.0") and not is_loopback_host("")


def test_a_vouchers_code_is_masked_in_a_logged_path_by_station_and_hub_alike():
    """One rule for the station's client log and the hub's request log (domain/hub_url.py)."""
    from storedesk.domain.hub_url import loggable_path

    assert loggable_path("/v1/vouchers/SC-9F3K/redeem") == "/v1/vouchers/***/redeem"
    assert loggable_path("/v1/vouchers/SC-9F3K?store=PAR01") == "/v1/vouchers/***?store=PAR01"
    assert loggable_path("/v1/vouchers/redemptions/R1/cancel") == "/v1/vouchers/redemptions/R1/cancel"
    assert loggable_path("/v1/orders/SC-9F3K") == "/v1/orders/SC-9F3K"
    # a gift card's code is bearer money too (issue 18)
    assert loggable_path("/v1/gift-cards/GC-0000-0001/redeem") == "/v1/gift-cards/***/redeem"
    assert loggable_path("/v1/gift-cards/GC-0000-0001") == "/v1/gift-cards/***"
    assert loggable_path("/v1/gift-cards/redemptions/R1/cancel") == "/v1/gift-cards/redemptions/R1/cancel"
