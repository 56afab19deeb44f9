"""Roles and permissions: services call require(); discount limits per role."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from storedesk.domain.errors import PermissionDenied
from storedesk.domain.permissions import DISCOUNT_LIMIT_PCT, LABELS, PERMISSIONS, Perm, allowed, discount_needs, require


def test_every_permission_has_a_label():
    assert set(LABELS) == set(Perm)


@pytest.mark.parametrize(
    "role, perm, ok",
    [
        ("clerk", Perm.SELL, True),
        ("clerk", Perm.DISCOUNT, True),
        ("clerk", Perm.LINE_VOID, True),
        ("clerk", Perm.REPRINT, True),
        ("clerk", Perm.PRICE_OVERRIDE, False),
        ("clerk", Perm.REFUND, False),
        ("clerk", Perm.DISCOUNT_OVER_LIMIT, False),
        ("clerk", Perm.NO_SALE, False),
        ("clerk", Perm.CLOSE_SHIFT, False),
        ("supervisor", Perm.PRICE_OVERRIDE, True),
        ("supervisor", Perm.REFUND, False),  # a refund above the limit needs a manager (issue 5)
        ("clerk", Perm.RETURN, True),
        ("clerk", Perm.NO_RECEIPT_RETURN, False),
        ("supervisor", Perm.CASH_REFUND_OVER_LIMIT, False),
        ("manager", Perm.NO_RECEIPT_RETURN, True),
        ("manager", Perm.REFUND, True),
        ("supervisor", Perm.DISCOUNT_OVER_LIMIT, False),
        ("supervisor", Perm.STOCK_ADJUST, False),
        ("supervisor", Perm.CLOSE_SHIFT, False),
        ("manager", Perm.DISCOUNT_OVER_LIMIT, True),
        ("manager", Perm.CLOSE_SHIFT, True),
        ("manager", Perm.STOCK_ADJUST, True),
        ("nobody", Perm.SELL, False),
    ],
)
def test_allowed(role, perm, ok):
    assert allowed(role, perm) is ok


def test_roles_are_nested():
    assert PERMISSIONS["clerk"] < PERMISSIONS["supervisor"] < PERMISSIONS["manager"]
    assert PERMISSIONS["manager"] == frozenset(Perm)


def test_require_raises_with_a_readable_message_and_the_permission():
    require("manager", Perm.REFUND)  # no error
    with pytest.raises(PermissionDenied) as info:
        require("clerk", Perm.PRICE_OVERRIDE)
    assert info.value.permission == "price_override"
    assert info.value.message == "A clerk may not change a price; a manager can authorise it"
    assert info.value.code == "permission_denied"


@pytest.mark.parametrize(
    "role, pct, needed",
    [
        ("clerk", D("5"), Perm.DISCOUNT),
        ("clerk", D("10"), Perm.DISCOUNT),
        ("clerk", D("10.01"), Perm.DISCOUNT_OVER_LIMIT),
        ("clerk", D("50"), Perm.DISCOUNT_OVER_LIMIT),
        ("supervisor", D("30"), Perm.DISCOUNT),
        ("supervisor", D("31"), Perm.DISCOUNT_OVER_LIMIT),
        ("manager", D("100"), Perm.DISCOUNT),
        ("unknown", D("0.01"), Perm.DISCOUNT_OVER_LIMIT),
    ],
)
def test_discount_needs(role, pct, needed):
    assert discount_needs(role, pct) == needed


def test_discount_limits():
    assert DISCOUNT_LIMIT_PCT == {"clerk": D(10), "supervisor": D(30), "manager": D(100)}
