"""The pickup desk's words kept in tables: an order's state, the queues' tabs, why a line is
rejected, the ID documents. They are marked with `noop` (English, context "pickup") and
translated where they are shown, when the screen is built in the user's language.

An order's state comes from the services as English words (services.pickup.queues `label`,
from domain.pickup.LABELS, which marks them in the same context); `state_words` shows them in
the screens' language.
tests/ui/test_desks_language.py checks that every state the services can say is here.
"""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_date

from ...domain import pickup as dp
from ...i18n import noop
from ...i18n.formats import fmt_datetime, store_locale
from ..translation import tr

# An order's state: domain.pickup.LABELS (marked there, context "pickup"), and the two states
# services.pickup.queues says of an order whose items must go back on the shelf.
STATE_WORDS = (
    *dp.LABELS.values(),
    noop("pickup", "Expired — return to shelf"),
    noop("pickup", "Cancelled — return to shelf"),
    # a ship order's (services.pickup.queues.SHIP_LABELS)
    noop("pickup", "Packed"),
    noop("pickup", "Shipped"),
)
TAB_WORDS = {
    "new": noop("pickup", "New"),
    "picking": noop("pickup", "Picking"),
    "ready": noop("pickup", "Ready"),
    "return": noop("pickup", "To shelf"),
    "done": noop("pickup", "Done"),
    "ship": noop("pickup", "To ship"),
}
# A rejected line's reason, short, in the lines table (the reject dialog says it in full:
# domain.pickup.REASON_LABELS, context "pickup").
REJECTED_SHORT = {
    dp.OUT_OF_STOCK: noop("pickup", "out of stock"),
    dp.DAMAGED: noop("pickup", "damaged"),
    dp.MISMATCH: noop("pickup", "mismatch"),
}
ID_WORDS = {
    "id_card": noop("pickup", "ID card"),
    "passport": noop("pickup", "Passport"),
    "driving_licence": noop("pickup", "Driving licence"),
    "other": noop("pickup", "Other"),
}


def state_words(label: object) -> str:
    """An order's state ("Ready", "Cancelled — return to shelf") in the screens' language."""
    english = str(label)
    return tr("pickup", english) if english in STATE_WORDS else english


def from_table(table: dict[str, str], code: str | None) -> str:
    """A code's words from one of the tables above, translated; an unknown code as it is."""
    if code is None:
        return ""
    return tr("pickup", table[code]) if code in table else code.replace("_", " ")


def due_words(when: datetime) -> str:
    """A due time with its weekday, in the store's locale: "Sat 28/11/2026 17:00", "sam. 28/11/2026 17:00"."""
    return f"{format_date(when, 'EEE', locale=store_locale())} {fmt_datetime(when)}"
