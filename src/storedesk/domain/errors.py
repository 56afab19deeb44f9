"""Domain errors: each carries a message a clerk can read as it is."""


class DomainError(Exception):
    """A business rule refused the action; nothing was changed."""

    code = "domain_error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class UnknownBarcode(DomainError):
    code = "unknown_barcode"


class MalformedBarcode(DomainError):
    code = "malformed_barcode"


class InvalidQuantity(DomainError):
    code = "invalid_quantity"


class InvalidAmount(DomainError):
    code = "invalid_amount"


class BasketError(DomainError):
    code = "basket_error"


class PaymentError(DomainError):
    code = "payment_error"


class AuthError(DomainError):
    code = "auth_error"


class UserLocked(AuthError):
    code = "user_locked"


class PermissionDenied(DomainError):
    """The user lacks a permission; a manager override may authorise it."""

    code = "permission_denied"

    def __init__(self, message: str, permission: str):
        super().__init__(message)
        self.permission = permission


class StorageError(DomainError):
    """The database is locked, full, corrupt or from a newer version."""

    code = "storage_error"


class ShiftError(DomainError):
    """No shift open when one is needed, a second shift, a close of the wrong shift."""

    code = "shift_error"
