"""Domain errors: each carries a message a clerk can read as it is.

Every error has a `code` for machines (logs, tests): the class name in snake case
(`UnknownBarcode` -> "unknown_barcode") unless the class names its own.
"""

import re

from ..i18n import Message


class DomainError(Exception):
    """A business rule refused the action; nothing was changed.

    `message` is English (logs, the CLI); `text` is what a clerk reads: a `Message` shown in their
    own language by the screens (`ui/translation.text`), or a plain string not yet translated."""

    code = "domain_error"

    def __init__(self, message: str | Message):
        super().__init__(str(message))
        self.message = str(message)
        self.text: str | Message = message

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "code" not in cls.__dict__:
            cls.code = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


class UnknownBarcode(DomainError):
    """No product has the code that was scanned or typed; nothing was added."""


class MalformedBarcode(DomainError):
    """What was scanned is not a barcode or SKU (length, check digit)."""


class InvalidQuantity(DomainError):
    """A quantity that is not a number, or not one the line or the product's unit allows."""


class InvalidAmount(DomainError):
    """An amount of money that is not a number, or below or above what is allowed."""


class BasketError(DomainError):
    """The open sale cannot change that way: empty, gone, paid, or another user's."""


class PaymentError(DomainError):
    """A tender cannot be taken, or the payment does not settle the sale."""


class AuthError(DomainError):
    """Unknown user or wrong PIN."""


class UserLocked(AuthError):
    """Too many wrong PINs: the user must wait, or a manager unlocks them."""


class PermissionDenied(DomainError):
    """The user lacks a permission; a manager override may authorise it."""

    def __init__(self, message: str | Message, permission: str):
        super().__init__(message)
        self.permission = permission


class StorageError(DomainError):
    """The database is locked, full, corrupt or from a newer version."""


class ShiftError(DomainError):
    """No shift open when one is needed, a second shift, a close of the wrong shift."""
