"""The country whose fiscal rules a store follows (issue 19).

A store chooses its country with the store setting `fiscal_country` (set at the station with
`storedesk config set fiscal_country FR`, or for every station of a store at the hub). Each
country is one `Country` value in COUNTRIES; a country module supplies:

- what is signed: whether the station signs each document it writes (sales, returns, closings)
  with its own key, chained to the document before (`signs_documents`);
- what the receipt must show: the fingerprint of the sale's signature (`receipt_shows_fingerprint`)
  and whatever mentions that country's law asks for;
- which closings exist: the periods the station closes and signs as cumulative totals
  (`closings`: "day", "month", "year");
- which archives exist: whether the signed journal is sealed into periodic archives that can be
  checked away from the till (`archives`);
- which exports exist: the files an inspector or an accountant may ask for (`exports`).

A store with no country (the empty code, NONE) gets today's behaviour: nothing is signed, the
receipt shows no fingerprint, there are no fiscal closings, archives or exports. Adding a country
means adding one value here and the code behind each of its flags (docs/ARCHITECTURE.md, "How
to add a country").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SETTING = "fiscal_country"


@dataclass(frozen=True)
class Country:
    """One country's fiscal rules, as flags the rest of the program asks about."""

    code: str
    signs_documents: bool
    receipt_shows_fingerprint: bool
    closings: tuple[str, ...] = ()
    archives: bool = False
    exports: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        """True when the store follows some country's rules (not NONE)."""
        return bool(self.code)


NONE = Country("", False, False)

# France (loi anti-fraude TVA, art. 286 I 3° bis CGI; NF525 principles): every document signed
# and chained, the receipt shows the signature's fingerprint, day/month/year closings, archives,
# and the journal export. Only the signing and the fingerprint exist so far; the flags say what
# the country asks for, so each later piece can check its flag.
FRANCE = Country(
    "FR",
    True,
    True,
    closings=("day", "month", "year"),
    archives=True,
    exports=("journal",),
)

COUNTRIES: dict[str, Country] = {c.code: c for c in (NONE, FRANCE)}


def country_of(settings: Mapping[str, str]) -> Country:
    """The country of a store's settings: "fiscal_country" empty or missing is NONE.

    An unknown code (a value stored by a newer version, say) is refused by the setting's check
    before it is stored; here it reads as NONE rather than breaking the till.
    """
    code = (settings.get(SETTING) or "").strip().upper()
    return COUNTRIES.get(code, NONE)
