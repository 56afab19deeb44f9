"""The rules' refusals a clerk reads are translated; their English stays for the logs and the CLI.

A domain error carries `text` (a Message, read in the clerk's language) and `message` (English).
Numbers a person types are read in the store's locale: "2,5" kg at a French till.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from storedesk.adapters.uow import storage_refusal
from storedesk.domain.errors import DomainError, InvalidQuantity, MalformedBarcode, PermissionDenied, StorageError
from storedesk.domain.money import parse_amount
from storedesk.domain.permissions import Perm, require
from storedesk.domain.scan import parse_quantity, parse_scan
from storedesk.domain.stock_ops import parse_qty_milli
from storedesk.domain.units import check_quantity_for
from storedesk.i18n import Message, translator, use_store_locale


@pytest.fixture
def store_locale():
    """Set the store's locale for one test; en_IE (the default) again afterwards."""
    yield use_store_locale
    use_store_locale("en_IE")


def _refusal(fn, *args) -> DomainError:
    with pytest.raises(DomainError) as caught:
        fn(*args)
    return caught.value


def test_a_scan_that_is_no_barcode_reads_in_french_and_german_and_logs_english():
    exc = _refusal(parse_scan, "ab!cd")
    assert isinstance(exc, MalformedBarcode) and isinstance(exc.text, Message)
    assert exc.message == "'ab!cd' is not a barcode or SKU"
    assert translator("fr").text(exc.text) == "« ab!cd » n'est ni un code-barres ni une référence"
    assert translator("de").text(exc.text) == "„ab!cd“ ist weder Barcode noch Artikelnummer"


def test_a_wrong_check_digit_reads_in_french():
    exc = _refusal(parse_scan, "4006381333932")
    assert exc.message == "4006381333932: check digit is wrong; scan it again"
    assert translator("fr").text(exc.text) == "4006381333932 : clé de contrôle fausse, scannez à nouveau"


def test_a_bad_quantity_reads_in_french_and_german():
    exc = _refusal(parse_quantity, "2x")
    assert isinstance(exc, InvalidQuantity) and exc.message == "'2x' is not a quantity"
    assert translator("fr").text(exc.text) == "« 2x » n'est pas une quantité"
    assert translator("de").text(exc.text) == "„2x“ ist keine Menge"
    pieces = _refusal(check_quantity_for, Decimal("1.5"), "pc", "Cola")
    assert pieces.message == "Cola is sold by the piece: type a whole number"
    assert translator("fr").text(pieces.text) == "Cola se vend à la pièce : saisissez un nombre entier"
    assert translator("de").text(pieces.text) == "Cola wird stückweise verkauft: ganze Zahl eingeben"


def test_a_refused_permission_reads_in_french_and_german():
    exc = _refusal(require, "clerk", Perm.PRICE_OVERRIDE)
    assert isinstance(exc, PermissionDenied) and exc.permission == "price_override"
    assert exc.message == "A clerk may not change a price; a manager can authorise it"
    assert (
        translator("fr").text(exc.text) == "Un caissier ne peut pas modifier un prix : un responsable peut l'autoriser"
    )
    assert (
        translator("de").text(exc.text)
        == "Als Kassierer nicht erlaubt: Preis ändern. Ein Filialleiter kann es freigeben"
    )


def test_a_locked_database_reads_in_french_and_german():
    exc = StorageError(storage_refusal(sqlite3.OperationalError("database is locked")))
    assert exc.message == "The database is busy (another program holds it). Nothing was saved; try again."
    fr = translator("fr").text(exc.text)
    assert fr == "La base de données est occupée (un autre programme l'utilise). Rien n'a été enregistré : réessayez."
    assert translator("de").text(exc.text).startswith("Die Datenbank ist belegt")


def test_a_weight_typed_with_a_comma_at_a_french_till(store_locale):
    store_locale("fr_FR")
    assert parse_quantity("2,5") == Decimal("2.5")  # the counter's 2,5*code and F4
    assert check_quantity_for(parse_quantity("2,5"), "kg", "Pommes") == Decimal("2.5")
    assert parse_qty_milli("2,5") == 2500  # receiving, counts, adjustments
    assert parse_amount("1 234,50") == Decimal("1234.50")
    assert parse_quantity("2.5") == Decimal("2.5")  # a point is a decimal point too
    with pytest.raises(InvalidQuantity):
        parse_quantity("2,5,1")
    # as the till writes it (a narrow no-break space groups thousands in French): read back
    assert parse_amount("1\u202f234,50") == Decimal("1234.50")
    store_locale("de_DE")
    assert parse_amount("1.234,50") == Decimal("1234.50")  # the German grouping point
    assert parse_qty_milli("0,25") == 250


def test_a_refusal_carries_the_stores_number_format(store_locale):
    store_locale("fr_FR")
    exc = _refusal(check_quantity_for, Decimal("1.2345"), "kg", "Pommes")
    assert translator("fr").text(exc.text) == "Pommes se pèse en kg : 3 décimales au plus"
    from storedesk.domain.tenders import CASH, Tender, settle

    short = _refusal(settle, Decimal("10.50"), [Tender(CASH, Decimal("5"))])
    assert translator("fr").text(short.text) == "Reste à payer en espèces : 5,50\u00a0€"
