"""Carriers a ship order leaves with: a small interface, so a carrier's API (booking a parcel,
getting its tracking number and label) can be added as an adapter without touching the desk.

The built-in carrier is "manual": the clerk books the parcel however the store does (a carrier's
own site, a counter at the post office) and types or scans the tracking number it gives. An API
carrier would return the number from `tracking_for` and the desk would not ask for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ...domain.pickup import PickupError
from ...i18n import msg

MANUAL = "manual"
_TRACKING = re.compile(r"^[A-Z0-9][A-Z0-9-]{3,39}$")


class Carrier(Protocol):
    """What the desk needs of a carrier."""

    @property
    def code(self) -> str:
        """Stored with each parcel and sent to the hub."""
        ...

    @property
    def name(self) -> str:
        """Printed on the label as it is (a carrier's name is not translated)."""
        ...

    def tracking_for(self, order_number: str, parcel: int, weight_g: int) -> str | None:
        """The parcel's tracking number when the carrier gives one itself (an API booking), or
        None: the clerk types or scans it."""
        ...

    def check_tracking(self, text: str, parcel: int) -> str:
        """A typed or scanned tracking number, normalised; PickupError when it cannot be one."""
        ...


@dataclass(frozen=True)
class ManualCarrier:
    """The clerk types or scans the tracking number the carrier gave (letters, digits, dashes)."""

    code: str = MANUAL
    name: str = "Manual"

    def tracking_for(self, order_number: str, parcel: int, weight_g: int) -> str | None:
        return None

    def check_tracking(self, text: str, parcel: int) -> str:
        number = re.sub(r"\s+", "", text or "").upper()
        if not number:
            raise PickupError(msg("pickup", "Parcel {parcel}: type or scan its tracking number", parcel=parcel))
        if not _TRACKING.match(number):
            raise PickupError(
                msg(
                    "pickup",
                    "Parcel {parcel}: {tracking} is not a tracking number (4 to 40 letters, digits or dashes)",
                    parcel=parcel,
                    tracking=repr(text.strip()),
                )
            )
        return number


CARRIERS: dict[str, Carrier] = {MANUAL: ManualCarrier()}


def carrier(code: str) -> Carrier:
    """The carrier of that code; PickupError for one this station does not have."""
    found = CARRIERS.get(code)
    if found is None:
        raise PickupError(msg("pickup", "Unknown carrier {carrier}", carrier=repr(code)))
    return found
