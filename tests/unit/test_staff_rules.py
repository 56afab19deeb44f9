"""Staff rules (domain/staff.py) and role limits as the store's data (domain/permissions.py): no database."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from storedesk.domain.errors import DomainError
from storedesk.domain.permissions import (
    PERMISSIONS,
    ROLES,
    Perm,
    StoreLimits,
    allowed,
    discount_needs,
    parse_limit,
    setting_key,
)
from storedesk.domain.staff import (
    StaffError,
    check_disable,
    check_name,
    check_new_pin,
    check_role,
    check_role_change,
    check_username,
    guessable,
)


@pytest.mark.parametrize(
    "given, stored", [("ana", "ana"), (" J.Smith ", "j.smith"), ("bob_2", "bob_2"), ("x-y", "x-y")]
)
def test_usernames_accepted_and_lower_cased(given, stored):
    assert check_username(given) == stored


@pytest.mark.parametrize("bad", ["", "a", "2ana", "ana smith", "ana@shop", "é" + "x", "a" * 25, "ana;drop"])
def test_usernames_refused_with_what_is_allowed(bad):
    with pytest.raises(StaffError, match="2 to 24 letters"):
        check_username(bad)


def test_names_and_roles():
    assert check_name("  Ana   Lopez ") == "Ana Lopez"
    with pytest.raises(StaffError, match="name"):
        check_name("   ")
    with pytest.raises(StaffError, match="at most 60"):
        check_name("x" * 61)
    assert check_role(" Supervisor ") == "supervisor"
    assert check_role("Auditor") == "auditor"  # issue 19: the read-only role
    with pytest.raises(StaffError, match="clerk, supervisor, manager or auditor"):
        check_role("admin")


@pytest.mark.parametrize(
    "pin", ["0000", "7777", "99999999", "1234", "4321", "0123", "7890", "8901", "98765", "3210", "1212", "252525"]
)
def test_guessable_pins_refused(pin):
    assert guessable(pin)
    with pytest.raises(StaffError, match="too easy to guess"):
        check_new_pin(pin, pin)


@pytest.mark.parametrize("pin", ["2580", "1357", "9021", "4815", "12345670", "1122", "1213"])
def test_other_pins_accepted(pin):
    assert not guessable(pin)
    assert check_new_pin(pin, pin) == pin


@pytest.mark.parametrize("pin", ["12", "12a4", "123456789"])
def test_malformed_pins_refused(pin):
    with pytest.raises(StaffError, match="4 to 8 digits"):
        check_new_pin(pin, pin)


def test_a_mistyped_pin_is_refused():
    with pytest.raises(StaffError, match="differ"):
        check_new_pin("2580", "2581")


def test_disable_refuses_yourself_and_the_last_manager():
    with pytest.raises(StaffError, match="yourself"):
        check_disable(actor_id=3, target_id=3, target_role="manager", active_managers=2)
    with pytest.raises(StaffError, match="last active manager"):
        check_disable(actor_id=3, target_id=4, target_role="manager", active_managers=1)
    check_disable(actor_id=3, target_id=4, target_role="manager", active_managers=2)
    check_disable(actor_id=3, target_id=1, target_role="clerk", active_managers=1)


def test_role_change_keeps_the_last_manager():
    with pytest.raises(StaffError, match="last active manager"):
        check_role_change("manager", "clerk", target_active=True, active_managers=1)
    with pytest.raises(StaffError, match="already a clerk"):
        check_role_change("clerk", "clerk", target_active=True, active_managers=1)
    check_role_change("manager", "supervisor", target_active=True, active_managers=2)
    check_role_change("manager", "clerk", target_active=False, active_managers=1)  # a disabled manager
    check_role_change("clerk", "manager", target_active=True, active_managers=1)


def test_default_limits_are_the_table_the_code_had():
    """A store that set no limit keeps exactly the permissions and discount limits of before."""
    limits = StoreLimits.from_settings({})
    for role in ROLES:
        for perm in Perm:
            assert allowed(role, perm, limits) == (perm in PERMISSIONS[role]), (role, perm)
    assert [discount_needs(r, D(10), limits) for r in ROLES] == [Perm.DISCOUNT] * 3
    assert discount_needs("clerk", D("10.01"), limits) == Perm.DISCOUNT_OVER_LIMIT
    assert discount_needs("supervisor", D(31)) == Perm.DISCOUNT_OVER_LIMIT
    assert discount_needs("manager", D(100)) == Perm.DISCOUNT


def test_stored_limits_change_what_a_role_may_do():
    limits = StoreLimits.from_settings(
        {
            setting_key("clerk", "discount_pct"): "15",
            setting_key("clerk", "no_sale"): "yes",
            setting_key("supervisor", "void"): "no",
            setting_key("manager", "void"): "no",  # a manager's limits are fixed
            setting_key("clerk", "price_override"): "maybe",  # malformed: the default stays
        }
    )
    assert discount_needs("clerk", D(15), limits) == Perm.DISCOUNT
    assert discount_needs("clerk", D(16), limits) == Perm.DISCOUNT_OVER_LIMIT
    assert allowed("clerk", Perm.NO_SALE, limits) and not allowed("clerk", Perm.NO_SALE)
    assert not allowed("supervisor", Perm.LINE_VOID, limits)
    assert allowed("manager", Perm.LINE_VOID, limits)
    assert not allowed("clerk", Perm.PRICE_OVERRIDE, limits)
    assert not allowed("clerk", Perm.CLOSE_SHIFT, limits)  # not a limit: the table decides


@pytest.mark.parametrize("text", ["101", "-1", "1.234", "ten", "NaN"])
def test_bad_discount_limits_refused(text):
    with pytest.raises(DomainError, match="0 to 100"):
        parse_limit("discount_pct", text)


def test_a_switch_limit_is_yes_or_no_and_other_keys_are_refused():
    with pytest.raises(DomainError, match="yes or no"):
        parse_limit("void", "1")
    with pytest.raises(DomainError, match="not a role limit"):
        parse_limit("refund", "yes")


def test_limit_values_parsed():
    assert parse_limit("discount_pct", " 12.5 ") == D("12.5")
    assert parse_limit("void", "YES") is True and parse_limit("no_sale", "no") is False


@pytest.mark.parametrize(
    ("text", "currency"), [("abc", "EUR"), ("-1", "EUR"), ("1.234", "EUR"), ("NaN", "EUR"), ("2.5", "JPY")]
)
def test_bad_refund_limits_refused(text, currency):
    with pytest.raises(DomainError, match=f"refund_limit must be an amount of 0 or more in {currency}"):
        parse_limit("refund_limit", text, currency)


def test_a_refund_limit_is_money_in_the_store_currency_or_empty():
    assert parse_limit("refund_limit", " 20 ") == D("20.00") and str(parse_limit("refund_limit", "20")) == "20.00"
    assert parse_limit("refund_limit", "1.234", "BHD") == D("1.234")  # three decimals in dinars
    assert parse_limit("refund_limit", "", "EUR") is None  # empty: the store's refund_limit applies
    assert not isinstance(parse_limit("refund_limit", "0.10"), float)


def test_a_role_refund_limit_replaces_the_store_one_and_empty_keeps_it():
    store = D("200.00")
    limits = StoreLimits.from_settings(
        {
            setting_key("clerk", "refund_limit"): "20",
            setting_key("supervisor", "refund_limit"): "500",  # above the store's: the role's own wins
            setting_key("manager", "refund_limit"): "1",  # a manager's limits are fixed
        }
    )
    assert limits.refund_limit("clerk", store) == D("20.00")
    assert limits.refund_limit("supervisor", store) == D("500.00")
    assert limits.refund_limit("manager", store) == store
    assert StoreLimits.from_settings({}).refund_limit("clerk", store) == store  # nothing set: as before
    assert StoreLimits.from_settings({setting_key("clerk", "refund_limit"): ""}).of("clerk").refund_limit is None
    malformed = StoreLimits.from_settings({setting_key("clerk", "refund_limit"): "lots"})
    assert malformed.refund_limit("clerk", store) == store  # a bad row keeps the default
    assert limits.of("clerk").shown()["refund_limit"] == "20.00"
    assert StoreLimits.from_settings({}).of("clerk").shown()["refund_limit"] == ""
    yen = StoreLimits.from_settings({"currency": "JPY", setting_key("clerk", "refund_limit"): "3000"})
    assert yen.of("clerk").shown()["refund_limit"] == "3000"


def test_approvals_follow_the_refund_limit_given():
    from storedesk.domain.returns import ReturnPolicy, approvals_needed

    policy = ReturnPolicy(refund_limit=D(200), cash_refund_limit=D(100))
    assert approvals_needed(policy, D(25), [], False) == []  # the store's 200
    assert approvals_needed(policy, D(25), [], False, refund_limit=D(20)) == ["refund"]
    assert approvals_needed(policy, D(15), [], False, refund_limit=D(20)) == []
    assert approvals_needed(policy, D(250), [], False, refund_limit=D(500)) == []


def test_the_hub_checks_a_role_refund_limit_as_money():
    from storedesk.domain.store_settings import ROLE_LIMIT_KEYS, check_store_setting

    assert "limit.clerk.refund_limit" in ROLE_LIMIT_KEYS and "limit.manager.refund_limit" not in ROLE_LIMIT_KEYS
    assert check_store_setting("limit.clerk.refund_limit", "20.50") == "20.5"
    assert check_store_setting("limit.supervisor.refund_limit", "") == ""  # the store's limit again
    for bad in ("abc", "-1", "1.234"):
        with pytest.raises(DomainError, match="refund_limit must be an amount"):
            check_store_setting("limit.clerk.refund_limit", bad)
