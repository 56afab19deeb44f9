"""Every domain error keeps its machine code: the class name in snake case, unless the class
names its own (domain/errors.py DomainError.__init_subclass__)."""

from __future__ import annotations

import pytest

from storedesk.domain import errors, pickup
from storedesk.domain.hub_url import HubUrlError

CODES = {
    errors.DomainError: "domain_error",
    errors.UnknownBarcode: "unknown_barcode",
    errors.MalformedBarcode: "malformed_barcode",
    errors.InvalidQuantity: "invalid_quantity",
    errors.InvalidAmount: "invalid_amount",
    errors.BasketError: "basket_error",
    errors.PaymentError: "payment_error",
    errors.AuthError: "auth_error",
    errors.UserLocked: "user_locked",
    errors.PermissionDenied: "permission_denied",
    errors.StorageError: "storage_error",
    errors.ShiftError: "shift_error",
    pickup.PickupError: "pickup_error",
    pickup.OrderCancelled: "order_cancelled",
    pickup.WrongItem: "wrong_item",
    HubUrlError: "hub_url",  # names its own
}


@pytest.mark.parametrize("cls", list(CODES), ids=lambda c: c.__name__)
def test_each_error_keeps_its_code(cls):
    error = cls("why", "refund") if cls is errors.PermissionDenied else cls("why")
    assert cls.code == error.code == CODES[cls]


def test_a_new_error_gets_its_name_in_snake_case_and_its_own_code_wins():
    class OverTheLimitAgain(errors.BasketError):
        pass

    class Named(errors.DomainError):
        code = "named_here"

    class NamedChild(Named):
        pass

    assert OverTheLimitAgain.code == "over_the_limit_again"
    assert Named.code == "named_here"
    assert NamedChild.code == "named_child"
