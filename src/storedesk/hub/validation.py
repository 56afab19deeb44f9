"""The building blocks of the event payload models, and the one place a pydantic error becomes the
reason a person reads.

Each event kind has one pydantic model beside its feature (sales/events.py, stock/movements.py,
shifts/events.py, returns/events.py, stock/transfers.py, stock/counts.py, orders/events.py).
They are built from the field types below, which check exactly what the station promises
(DESIGN rule 1): money is a JSON integer of minor units (a float, True or "1e3" is refused, never
rounded), quantities and tax rates are plain decimal strings, times carry their UTC offset, ids
are lowercase uuid hex. Unknown extra fields are tolerated (the whole payload is
stored), so a newer station adding a field is not rejected by an older hub.

`parse(Model, payload, kind, store)` validates one payload and turns the first error into one short
sentence naming the field, the way a station's Sync screen shows it: "sale.total_minor must be an
integer of minor units, got 32.45", "lines[2].quantity: '1e3' is not a decimal string",
"payments[1]: missing reference". Lists are numbered from 1, like the station's lines. A payload
that fails raises Invalid: ingest.py rejects that event alone and applies the rest of its batch.

Field validators raise `field(...)` ("<where> <message>"), `detail(...)` ("<where>: <message>") or,
for a rule over several fields, `whole(...)` (the message alone, or "<where>: <message>" inside a
list). The models are built once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, NoReturn, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, PlainValidator, ValidationError, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from .times import parse_instant
from .values import is_int, quantity_milli, tax_rate_text

UUID_HEX = re.compile(r"^[0-9a-f]{32}$")
FIELD, DETAIL, WHOLE = "storedesk_field", "storedesk_detail", "storedesk_whole"
NOT_AN_OBJECT = ("model_type", "dict_type", "model_attributes_type")


class Invalid(ValueError):
    """The payload does not validate; str() is the reason sent back to the station."""


@dataclass(frozen=True)
class StoreFacts:
    code: str
    currency: str
    tz: ZoneInfo


class Payload(BaseModel):
    """Base of every event payload model: extra fields tolerated, no input echoed in errors."""

    model_config = ConfigDict(extra="ignore", frozen=True, hide_input_in_errors=True)


M = TypeVar("M", bound=BaseModel)


# --------------------------------------------------------------------------- errors
def field(message: str) -> NoReturn:
    """Raise "<where> <message>", e.g. "sale.user must not be empty"."""
    raise PydanticCustomError(FIELD, message)


def detail(message: str) -> NoReturn:
    """Raise "<where>: <message>", e.g. "sale.at: 'x' is not an ISO 8601 time"."""
    raise PydanticCustomError(DETAIL, message)


def whole(message: str) -> NoReturn:
    """A rule over several fields: the message says it all ("lines add up to 3245, ...")."""
    raise PydanticCustomError(WHOLE, message)


def field_at(name: str, message: str) -> NoReturn:
    """From a rule over several fields, blame one of them: "return.original_ref must name ..."."""
    raise PydanticCustomError(FIELD, message, {"at": name})


def parse(model: type[M], payload: Any, kind: str, store: StoreFacts | None = None) -> M:
    """`payload` as a `model`, or Invalid with one readable sentence. `store` is the context of
    the fields that depend on it (the store's currency)."""
    try:
        return model.model_validate(payload, context=store)
    except ValidationError as exc:
        raise Invalid(reason(exc, kind)) from None


def reason(exc: ValidationError, kind: str) -> str:
    """The first error as a sentence; the missing fields of one object are named together."""
    errors = exc.errors(include_url=False, include_input=False)
    top_missing = [e for e in errors if e["type"] == "missing" and len(e["loc"]) == 1]
    first = top_missing[0] if top_missing else errors[0]
    loc, kind_of = first["loc"], first["type"]
    if kind_of == "missing":
        parent = loc[:-1]
        names = [str(e["loc"][-1]) for e in errors if e["type"] == "missing" and e["loc"][:-1] == parent]
        return f"{where(kind, parent)}: missing {', '.join(names)}"
    if kind_of == FIELD and "at" in first.get("ctx", {}):
        loc = (*loc, first["ctx"]["at"])
    here = where(kind, loc)
    if kind_of == FIELD:
        return f"{here} {first['msg']}"
    if kind_of == WHOLE and not loc:
        return first["msg"]
    if kind_of in NOT_AN_OBJECT:
        return f"{'payload' if not loc else here} must be an object"
    if kind_of == "list_type":
        return f"{here} must be a list"
    if kind_of == "too_short":
        return f"{here} must not be empty"
    if kind_of == "too_long":
        return f"{here}: at most {first['ctx']['max_length']} per event"
    return f"{here}: {first['msg']}"  # DETAIL, WHOLE inside a list, and pydantic's own few


def where(kind: str, loc: tuple) -> str:
    """("total_minor",) -> "sale.total_minor"; ("lines", 1, "quantity") -> "lines[2].quantity"."""
    if not loc:
        return kind
    if len(loc) == 1:
        return f"{kind}.{loc[0]}"
    parts: list[str] = []
    for step in loc:
        if isinstance(step, int):
            parts[-1] += f"[{step + 1}]"
        else:
            parts.append(str(step))
    return ".".join(parts)


def already(what: str, hit: Any, store: str, station: str) -> str:
    """`what` was stored before (`hit`: its event_id, store, station): name the event only when it
    is the token's own; another store's or station's fact is not named (its event id is its data)."""
    from . import ownership  # ownership.py imports Invalid from here

    if ownership.belongs(store, station, hit.store, hit.station):
        return f"{what} was already received in event {hit.event_id}"
    return f"{what} was already received from {ownership.elsewhere(store, hit.store)}; send it under a new id"


def once(values: Iterable, list_name: str, key: str, message: str = "appears twice") -> None:
    """Each value at most once in a list: "lines[2].line 1 appears twice"."""
    seen = set()
    for i, value in enumerate(values, start=1):
        if value in seen:
            whole(f"{list_name}[{i}].{key} {value} {message}")
        seen.add(value)


# --------------------------------------------------------------------------- field types
# Each factory gives the validator of an `Annotated[...]` field: `sku: Annotated[str, text(64)]`.
def minor(minimum: int | None = None) -> PlainValidator:
    """Money (or a count): a JSON integer, not a float, a bool or a string; within MAX_MINOR."""

    def check(value):
        if not is_int(value):
            field(f"must be an integer of minor units, got {value!r}")
        if minimum is not None and value < minimum:
            field(f"must be at least {minimum}, got {value}")
        return value

    return PlainValidator(check)


def text(max_len: int, allow_empty: bool = False) -> PlainValidator:
    """A string, not blank unless `allow_empty`, at most `max_len` characters, no NUL."""

    def check(value):
        if not isinstance(value, str):
            field("must be a string")
        if not allow_empty and not value.strip():
            field("must not be empty")
        if len(value) > max_len:
            field(f"is longer than {max_len} characters")
        if "\x00" in value:
            field("contains a NUL character")
        return value

    return PlainValidator(check)


def one_of(*choices: str) -> PlainValidator:
    """One of a few words: "return.kind must be one of receipt, no_receipt, web_order, got 'gift'"."""

    def check(value):
        if value not in choices:
            field(f"must be one of {', '.join(choices)}, got {value!r}")
        return value

    return PlainValidator(check)


def exactly(word: str) -> PlainValidator:
    """The payload's own "type" field: "sale.type must be 'sale', got 'return'"."""

    def check(value):
        if value != word:
            field(f"must be {word!r}, got {value!r}")
        return value

    return PlainValidator(check)


def quantity(rule: str = "") -> PlainValidator:
    """A decimal string with at most 3 decimals, as integer thousandths. `rule`: "positive",
    "nonzero" or "not_negative"."""

    def check(value):
        try:
            milli = quantity_milli(value)
        except ValueError as exc:
            detail(str(exc))
        if rule == "positive" and milli <= 0:
            field("must be more than zero")
        if rule == "nonzero" and milli == 0:
            field("must not be zero")
        if rule == "not_negative" and milli < 0:
            field("must not be negative")
        return milli

    return PlainValidator(check)


def _rate(value) -> str:
    try:
        return tax_rate_text(value)
    except ValueError as exc:
        detail(str(exc))


def _instant(value) -> datetime:
    try:
        return parse_instant(value)
    except ValueError as exc:
        detail(str(exc))


def _uuid(value) -> str:
    if not isinstance(value, str) or not UUID_HEX.match(value):
        field("must be a uuid in lowercase hex (32 characters)")
    return value


def _flag(value) -> bool:
    if not isinstance(value, bool):
        field("must be true or false")
    return value


def _store_currency(value, info: ValidationInfo) -> str:
    store = info.context
    if store is not None and value != store.currency:
        field(f"{value!r} is not the store's currency {store.currency}")
    return value


def _anything(value) -> Any:
    return value


Minor = Annotated[int, minor()]
Count = Annotated[int, minor(0)]
Quantity = Annotated[int, quantity()]
TaxRate = Annotated[str, PlainValidator(_rate)]
Instant = Annotated[datetime, PlainValidator(_instant)]
Uuid = Annotated[str, PlainValidator(_uuid)]
Flag = Annotated[bool, PlainValidator(_flag)]
StoreCurrency = Annotated[str, PlainValidator(_store_currency)]
Given = Annotated[Any, PlainValidator(_anything)]  # must be there; checked elsewhere (ownership.py) or kept as is
Code = Annotated[str, text(16)]


class TaxRow(Payload):
    """A tax row of a sale or a return: net + tax == gross."""

    code: Code
    rate: TaxRate
    net_minor: Minor
    tax_minor: Minor
    gross_minor: Minor

    @model_validator(mode="after")
    def _adds_up(self) -> TaxRow:
        if self.net_minor + self.tax_minor != self.gross_minor:
            whole(f"net {self.net_minor} + tax {self.tax_minor} != gross {self.gross_minor}")
        return self


def one_row_per_rate(taxes: Iterable[TaxRow]) -> dict[tuple[str, str], TaxRow]:
    """The tax table by (code, rate); a rate listed twice is refused."""
    table: dict[tuple[str, str], TaxRow] = {}
    for t in taxes:
        if (t.code, t.rate) in table:
            whole(f"tax {t.code} at {t.rate} % appears twice in taxes")
        table[(t.code, t.rate)] = t
    return table


def taxes_add_up(taxes: Iterable[TaxRow], total: int) -> None:
    """A document's tax table adds up to its total (gross)."""
    gross = sum(t.gross_minor for t in taxes)
    if gross != total:
        whole(f"taxes add up to {gross} gross, total_minor is {total}")


Sums = tuple[int, ...]


def rate_mismatch(
    taxes: Iterable[TaxRow], lines: Iterable[Any], of_line: Callable[[Any], Sums], of_row: Callable[[TaxRow], Sums]
) -> tuple[str, str, Sums, Sums] | None:
    """The first tax rate (by code and rate) whose lines do not add up to its row of the tax table:
    (code, rate, the lines' sums, the row's), else None. `of_line` and `of_row` give the amounts
    compared (a sale: gross and tax; a return: the refund and the gross). A rate listed twice in
    the table is refused (one_row_per_rate)."""
    table = {key: of_row(t) for key, t in one_row_per_rate(taxes).items()}
    sums: dict[tuple[str, str], Sums] = {}
    for ln in lines:
        key, amounts = (ln.tax_code, ln.tax_rate), of_line(ln)
        sums[key] = tuple(map(sum, zip(sums.get(key, (0,) * len(amounts)), amounts, strict=True)))
    for key in sorted(set(table) | set(sums)):
        want, got = table.get(key), sums.get(key)
        zero = (0,) * len(want or got or ())
        if (got or zero) != (want or zero):
            return key[0], key[1], got or zero, want or zero
    return None


def tax_rows(taxes: Iterable[TaxRow], owner: dict) -> list[dict]:
    """A document's tax rows; `owner` names the document: {"sale_id": ...}."""
    return [
        {**owner, "position": i, "code": t.code, "rate": t.rate, "net_minor": t.net_minor}
        | {"tax_minor": t.tax_minor, "gross_minor": t.gross_minor}
        for i, t in enumerate(taxes, start=1)
    ]
