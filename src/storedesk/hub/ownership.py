"""Does a document belong to the token that sends it? (DESIGN rule 11) The one place that says.

A station numbers its own documents, gapless and per station (services/*): receipts
"STORE-STATION-000123", returns "STORE-STATION-R000002", a Z "STORE-STATION-Z000007", stock
documents "TRF-STORE-STATION-000001" (transfers), "REC-..." (receivings), "CNT-..." (counts),
"ADJ-..." (adjustments). A station token (store, station) owns exactly the numbers made with its
own prefix. The hub refuses any event whose store, station or document number does not belong
to the token: otherwise one store could take another's numbers first, and the owner's real
documents would be refused as "already received" (issue 12).

DOCUMENTS declares, for every event kind of sync/wire.EVENT_KINDS, where its payload names its
store, station and document numbers. ingest.py checks every event against it before applying
it; a kind without a declaration is refused, and a test checks that every kind has one, so a
new kind cannot slip past. Such an event is rejected alone, with a reason naming the mismatch
(the rest of its batch is applied).

Documents the hub already holds (a return grant, a voucher redemption, an ASN, a transfer, a
web order) are checked where they are read, with `belongs` and `elsewhere`: the answer says the
document belongs to another store or station, and never names that store or any of its data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .validation import Invalid

DIGITS = re.compile(r"[0-9]+")
# Any station's document number, whoever made it: [PREFIX-]STORE-STATION-[LETTER]DIGITS.
STATION_DOCUMENT = re.compile(r"^(?:[A-Z]{3}-)?[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9][A-Za-z0-9_-]*-[A-Z]?[0-9]{6,}$")


class NotOwned(Invalid):
    """The event names a store, station or document number that is not the token's."""


@dataclass(frozen=True)
class Numbering:
    """How a station numbers one kind of document."""

    name: str  # for messages: "receipt", "return", ...
    prefix: str = ""  # before the store: "TRF" -> TRF-STORE-STATION-000001
    letter: str = ""  # before the digits: "R" -> STORE-STATION-R000002

    def head(self, store: str, station: str) -> str:
        return f"{self.prefix}-" * bool(self.prefix) + f"{store}-{station}-{self.letter}"

    def serial(self, number: str, store: str, station: str) -> int | None:
        """The number's serial when `store`/`station` made it, else None."""
        head = self.head(store, station)
        if not number.startswith(head) or not DIGITS.fullmatch(number[len(head) :]):
            return None
        return int(number[len(head) :])

    def example(self, store: str, station: str) -> str:
        return f"{self.head(store, station)}000001"


RECEIPT = Numbering("receipt")
RETURN = Numbering("return", letter="R")
Z = Numbering("Z", letter="Z")
SHIFT_OPEN = Numbering("shift", letter="S")
CASH_MOVE = Numbering("cash movement", letter="M")
TRANSFER = Numbering("transfer", prefix="TRF")
RECEIVING = Numbering("receiving", prefix="REC")
COUNT = Numbering("count", prefix="CNT")
ADJUSTMENT = Numbering("adjustment", prefix="ADJ")
NUMBERINGS = (RECEIPT, RETURN, Z, SHIFT_OPEN, CASH_MOVE, TRANSFER, RECEIVING, COUNT, ADJUSTMENT)


@dataclass(frozen=True)
class Number:
    """A payload field holding a document number."""

    field: str
    numbering: Numbering
    required: bool = True
    by: str = "station"  # the payload field naming the station that numbered it (a count: "origin")
    serial_of: str | None = None  # an integer field the number's digits must equal (a Z: "z_no")


@dataclass(frozen=True)
class Rule:
    """What an event kind's payload says about whose it is."""

    numbers: tuple[Number, ...] = ()
    refs: str | None = None  # a list field whose items' "doc_ref" may name documents (stock movements)
    sender_is_origin: bool = False  # the "origin" field must be the sending station


def _count(sender_is_origin: bool) -> Rule:
    return Rule((Number("doc_no", COUNT, by="origin"),), sender_is_origin=sender_is_origin)


DOCUMENTS: dict[str, Rule] = {
    "sale": Rule((Number("receipt_no", RECEIPT),)),
    "stock_movements": Rule(refs="movements"),
    "void": Rule((Number("receipt_no", RECEIPT, required=False),)),  # checked once the hub handles "void"
    "return": Rule((Number("return_no", RETURN),)),  # + its grant and vouchers: returns/events.py
    "shift_close": Rule((Number("doc_no", Z, required=False, serial_of="z_no"),)),
    "pickup_status": Rule((Number("receipt_no", RECEIPT, required=False),)),  # + its order: orders/events.py
    "transfer": Rule((Number("number", TRANSFER),)),
    "receiving": Rule((Number("number", RECEIVING),)),  # + its ASN or transfer: stock/transfers.py
    # A count is numbered by the station that started it (its origin); the store's other
    # stations send scans under that number, only the origin starts and closes it.
    "count_started": _count(True),
    "count_scans": _count(False),
    "count_closed": _count(True),
    # A PIN chosen at the sending station: no document; the member must be the store's (staff/events.py).
    "staff_pin": Rule(),
}


def party(payload, store: str, station: str) -> None:
    """The payload's store and station are the token's."""
    if not isinstance(payload, dict):
        raise Invalid("payload must be an object")
    missing = [k for k in ("store", "station") if k not in payload]
    if missing:
        raise Invalid(f"payload: missing {', '.join(missing)}")
    if payload["store"] != store or payload["station"] != station:
        raise NotOwned(f"payload names {payload['store']}/{payload['station']}, the token is {store}/{station}")


def check(kind: str, payload, store: str, station: str) -> None:
    """Raise NotOwned (or Invalid) unless everything `payload` names belongs to (store, station)."""
    rule = DOCUMENTS.get(kind)
    if rule is None:
        raise NotOwned(f"this hub does not know which documents a {kind!r} event carries; it cannot accept it")
    party(payload, store, station)
    if rule.sender_is_origin and "origin" in payload and payload["origin"] != station:
        raise NotOwned(
            f"{kind}.origin {payload['origin']!r}: only the station that started a count "
            f"({station} is the token) announces or closes it"
        )
    for spec in rule.numbers:
        _number(kind, payload, spec, store, station)
    if rule.refs is not None and isinstance(payload.get(rule.refs), list):
        for i, item in enumerate(payload[rule.refs], start=1):
            if isinstance(item, dict) and isinstance(item.get("doc_ref"), str):
                doc_ref(item["doc_ref"], f"{rule.refs}[{i}].doc_ref", store, station)


def _number(kind: str, payload: dict, spec: Number, store: str, station: str) -> None:
    where = f"{kind}.{spec.field}"
    value = payload.get(spec.field)
    if value is None or value == "":
        if spec.required:
            raise Invalid(
                f"{where} must be the {spec.numbering.name} number, e.g. {spec.numbering.example(store, station)}"
            )
        return
    if not isinstance(value, str):
        raise Invalid(f"{where} must be a string")
    maker = station if spec.by == "station" else payload.get(spec.by)
    if not isinstance(maker, str):
        raise Invalid(f"{kind}.{spec.by} must name the station that numbered {spec.field}")
    serial = spec.numbering.serial(value, store, maker)
    if serial is None:
        whose = f"station {store}/{maker}" if spec.by == "station" else f"count origin {store}/{maker}"
        raise NotOwned(
            f"{where} {value} is not a {spec.numbering.name} number of {whose} (the token is "
            f"{store}/{station}; its numbers look like {spec.numbering.example(store, maker)})"
        )
    if spec.serial_of is not None and payload.get(spec.serial_of) != serial:
        raise NotOwned(f"{where} {value} does not match {kind}.{spec.serial_of} {payload.get(spec.serial_of)!r}")


def doc_ref(ref: str, where: str, store: str, station: str) -> None:
    """A reference to a document (a stock movement's doc_ref): one of this station's numbers, or
    something that is no station's number at all (a web order "W000042", a delivery note).
    Another store's or station's document number is refused."""
    if not STATION_DOCUMENT.match(ref):
        return
    if any(n.serial(ref, store, station) is not None for n in NUMBERINGS):
        return
    raise NotOwned(f"{where} {ref} is not a document of station {store}/{station}, the token")


def belongs(store: str, station: str | None, owner_store: str, owner_station: str | None = None) -> bool:
    """A stored document of (owner_store, owner_station) belongs to the token (store, station).
    Without stations, only the stores are compared."""
    if store != owner_store:
        return False
    return station is None or owner_station is None or station == owner_station


def elsewhere(store: str, owner_store: str) -> str:
    """Whose it is, in words that name no other store: "another store" or "another station"."""
    return "another station" if store == owner_store else "another store"
