"""The unit a product is sold in, and what quantities of it a person may type.

Pieces ("pc") take whole quantities only: half a pack of batteries cannot be sold, received,
counted or returned. Weighed and measured goods take decimals to their unit's precision:

    code  sold                  decimals  why
    pc    by the piece          0         a piece is whole
    kg    by weight, kilograms  3         a counter scale reads grams
    l     by volume, litres     3         a pump or a jug reads millilitres
    m     by length, metres     2         a tape measure at the counter reads centimetres

Every quantity a person types (the counter's `2.5*code` and F4, returns, stock receiving,
adjustments, counts, transfers, reorder points, the pickup desk) goes through
check_quantity_for() before anything is written; a refusal is an InvalidQuantity (a
DomainError, shown to the clerk as it is) that names the product and says what to type.

Only new input is checked. Quantities already stored (a sale of 2.5 pieces made before units
were enforced, a parked basket, ledger movements, a web order the hub accepted) are never
rewritten: they are facts. A return of such a line may still give back the fraction it sold.
Scale labels (price-embedded barcodes) carry the price, not a quantity: their line counts
labels, so it stays whole whatever the product's unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..i18n import msg, noop
from .errors import InvalidQuantity


@dataclass(frozen=True)
class Unit:
    code: str  # as stored on the product and sent on the wire
    decimals: int  # how many decimals a quantity may have
    refusal: str  # the whole sentence a clerk reads, with {name} for the product (context "units")

    @property
    def whole_only(self) -> bool:
        return self.decimals == 0

    def allows(self, quantity: Decimal) -> bool:
        """Whether `quantity` has no more decimals than this unit takes (any sign)."""
        exponent = quantity.normalize().as_tuple().exponent
        return isinstance(exponent, int) and -exponent <= self.decimals

    def refuse(self, name: str) -> InvalidQuantity:
        return InvalidQuantity(msg("units", self.refusal, name=name))


PIECE = Unit("pc", 0, noop("units", "{name} is sold by the piece: type a whole number"))
KILOGRAM = Unit("kg", 3, noop("units", "{name} is weighed in kg: at most 3 decimals"))
LITRE = Unit("l", 3, noop("units", "{name} is measured in litres: at most 3 decimals"))
METRE = Unit("m", 2, noop("units", "{name} is measured in metres: at most 2 decimals"))
UNITS: dict[str, Unit] = {u.code: u for u in (PIECE, KILOGRAM, LITRE, METRE)}
UNIT_CODES = tuple(UNITS)
DEFAULT_UNIT = PIECE.code
# A scale label's line counts labels, whatever the product's unit.
LABEL = Unit("pc", 0, noop("units", "{name} is priced by its scale label: type a whole number of labels"))


def parse_unit(code) -> str:
    """A unit code from outside (an ERP, the hub's feed): one of UNIT_CODES, or ValueError."""
    if not isinstance(code, str) or code.strip().lower() not in UNITS:
        raise ValueError(f"unit {code!r} is not one of {', '.join(UNIT_CODES)}")
    return code.strip().lower()


def unit_of(code: str | None) -> Unit:
    """The Unit of a stored code. The station's schema refuses unknown codes (s0011); were
    one there anyway, it is read as pieces: the strictest rule, never a fraction by mistake."""
    return UNITS.get((code or DEFAULT_UNIT).strip().lower(), PIECE)


def check_quantity_for(quantity: Decimal, unit: Unit | str | None, name: str) -> Decimal:
    """`quantity` if the unit takes it; else the unit's refusal. The sign and the size are
    checked elsewhere (a stock count may be 0, an adjustment negative)."""
    u = unit if isinstance(unit, Unit) else unit_of(unit)
    if not isinstance(quantity, Decimal) or not quantity.is_finite():
        raise InvalidQuantity(msg("units", "{name}: the quantity must be a number", name=name))
    if not u.allows(quantity):
        raise u.refuse(name)
    return quantity


def check_milli_for(milli: int, unit: Unit | str | None, name: str) -> int:
    """check_quantity_for() on a ledger quantity in thousandths."""
    check_quantity_for(Decimal(milli).scaleb(-3), unit, name)
    return milli
