"""VAT per rate, rounded once per rate on the receipt total (not per line)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from .money import ZERO, allocate, from_minor, round_money


@dataclass(frozen=True)
class TaxLine:
    """One row of the receipt's tax table."""

    code: str
    rate: Decimal  # percent, e.g. Decimal("5.5")
    net: Decimal
    tax: Decimal
    gross: Decimal


class TaxTotal(NamedTuple):
    """A total for one tax rate in minor units, as stored: a sale's or a return's tax row, or
    the sum of a Z period's."""

    tax_code: str
    rate: str
    net_minor: int
    tax_minor: int
    gross_minor: int

    def line(self, currency: str) -> TaxLine:
        """Its row of a receipt's or a report's tax table."""
        net, tax, gross = (from_minor(v, currency) for v in (self.net_minor, self.tax_minor, self.gross_minor))
        return TaxLine(self.tax_code, Decimal(self.rate), net, tax, gross)


def tax_table(
    amounts_by_rate: dict[tuple[str, Decimal], Decimal],
    prices_include_tax: bool,
    currency: str = "EUR",
) -> list[TaxLine]:
    """Net, tax and gross per rate from the summed line amounts of each rate.

    With tax-inclusive prices the summed amounts are gross and tax is extracted;
    otherwise they are net and tax is added. Either way net + tax == gross exactly.
    """
    rows = []
    for (code, rate), amount in sorted(amounts_by_rate.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        if prices_include_tax:
            gross = amount
            tax = round_money(gross * rate / (Decimal(100) + rate), currency)
            net = gross - tax
        else:
            net = amount
            tax = round_money(net * rate / Decimal(100), currency)
            gross = net + tax
        rows.append(TaxLine(code, rate, net, tax, gross))
    return rows


def spread_tax(rate_tax: Decimal, line_amounts: list[Decimal], currency: str = "EUR") -> list[Decimal]:
    """Give each line its share of its rate's tax, so the lines add up to the table."""
    if not line_amounts:
        return []
    if sum(line_amounts, ZERO) == 0:
        return allocate(rate_tax, [Decimal(1)] * len(line_amounts), currency)
    return allocate(rate_tax, [abs(a) for a in line_amounts], currency)
