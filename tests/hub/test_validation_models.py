"""The pydantic model of each event kind, without a hub process: a valid payload passes, a broken
one is refused with one short sentence naming the field (never a pydantic dump), money refuses
floats, bools and strings exactly like the hand-written checks did, and no private name crosses
module lines in the hub."""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import get_args

import pytest
from pydantic import BaseModel

from storedesk.hub import ingest
from storedesk.hub.returns import events as returns
from storedesk.hub.sales import events as sales
from storedesk.hub.shifts import events as shifts
from storedesk.hub.stock import counts, movements, transfers
from storedesk.hub.times import zone
from storedesk.hub.validation import Invalid, StoreFacts, parse
from storedesk.sync.wire import SALE_FIELDS, SALE_LINE_FIELDS

from .payloads import movements as movement_payload
from .payloads import new_id, sale
from .test_returns_support import return_payload
from .test_shift_close import z

PARIS = StoreFacts("PAR01", "EUR", zone("Europe/Paris"))
AT = "2026-11-27T10:00:00+00:00"
HUB = Path(ingest.__file__).resolve().parent


def transfer() -> dict:
    lines = [{"sku": "SKU1", "name": "Apples", "quantity": "2"}]
    return {"store": "PAR01", "station": "T1", "transfer_id": new_id(), "number": "TRF-PAR01-T1-000001"} | {
        "to_store": "LYO01",
        "at": AT,
        "lines": lines,
    }


def receiving() -> dict:
    head = {"store": "PAR01", "station": "T1", "delivery_id": new_id(), "source": "typed", "reference": "DN 1"}
    return head | {"number": "REC-PAR01-T1-000001", "at": AT, "lines": [{"sku": "A", "expected": "1", "received": "2"}]}


def count_scans() -> dict:
    scan = {"id": new_id(), "sku": "SKU1", "quantity": "1", "at": AT, "user": "ana"}
    head = {"store": "PAR01", "station": "T1", "count_id": new_id(), "doc_no": "CNT-PAR01-T1-000001"}
    return head | {"kind": "cycle", "started_at": AT, "origin": "T1", "scans": [scan]}


def a_return() -> dict:
    return return_payload(sale(1), [(2, "1")])


# (kind, model, a valid payload, its money fields as paths)
KINDS = [
    (
        "sale",
        sales.Sale,
        lambda: sale(1),
        [("total_minor",), ("lines", 0, "gross_minor"), ("payments", 0, "amount_minor")],
    ),
    ("shift_close", shifts.ShiftClose, z, [("gross_minor",), ("cash_counted_minor",), ("taxes", 0, "gross_minor")]),
    ("return", returns.Return, a_return, [("total_minor",), ("lines", 0, "refund_minor"), ("taxes", 0, "net_minor")]),
    ("stock_movements", movements.Movements, lambda: movement_payload([("SKU1", "-1")]), []),
    ("transfer", transfers.Transfer, transfer, []),
    ("receiving", transfers.Receiving, receiving, []),
    ("count_scans", counts.CountScans, count_scans, []),
]


def _of_objects(model, name: str) -> bool:
    """The field is a list of objects with a model of their own (not a list kept as it is)."""
    (item,) = get_args(model.model_fields[name].annotation) or (None,)
    return isinstance(item, type) and issubclass(item, BaseModel)


def _set(payload: dict, path: tuple, value) -> dict:
    out = copy.deepcopy(payload)
    obj = out
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value
    return out


def _refused(kind: str, model, payload) -> str:
    with pytest.raises(Invalid) as err:
        parse(model, payload, kind, PARIS)
    text = str(err.value)
    assert "\n" not in text and len(text) < 200, text  # one short sentence ...
    for pydantic_words in ("validation error", "Input should", "type=", "For further information", "[type"):
        assert pydantic_words not in text, text  # ... never pydantic's own dump
    return text


@pytest.mark.parametrize("kind, model, good, money", KINDS, ids=[k[0] for k in KINDS])
def test_each_kind_accepts_its_valid_payload(kind, model, good, money):
    assert isinstance(parse(model, good(), kind, PARIS), model)


@pytest.mark.parametrize("kind, model, good, money", KINDS, ids=[k[0] for k in KINDS])
def test_each_kind_names_the_broken_field_in_one_sentence(kind, model, good, money):
    payload = good()
    assert _refused(kind, model, "not an object") == "payload must be an object"
    first = next(iter(model.model_fields))
    assert _refused(kind, model, {k: v for k, v in payload.items() if k != first}) == f"{kind}: missing {first}"
    lists = [k for k, v in payload.items() if isinstance(v, list) and v and _of_objects(model, k)]
    for name in lists:
        assert _refused(kind, model, _set(payload, (name,), "x")) == f"{kind}.{name} must be a list"
        assert _refused(kind, model, _set(payload, (name, 0), 7)) == f"{name}[1] must be an object"


@pytest.mark.parametrize("kind, model, good, money", [k for k in KINDS if k[3]], ids=[k[0] for k in KINDS if k[3]])
@pytest.mark.parametrize("bad", [12.0, 12.5, "12", "1e3", True, None, 10**16])
def test_money_is_an_integer_of_minor_units_in_every_money_field(kind, model, good, money, bad):
    for path in money:
        text = _refused(kind, model, _set(good(), path, bad))
        assert text.endswith(f"must be an integer of minor units, got {bad!r}"), text


@pytest.mark.parametrize("bad", [1.5, 2, "1e3", "1,5", "NaN", ""])
def test_quantities_are_decimal_strings(bad):
    text = _refused("transfer", transfers.Transfer, _set(transfer(), ("lines", 0, "quantity"), bad))
    assert text.startswith("lines[1].quantity: ") and "is not a decimal string" in text


def test_a_rule_over_several_fields_blames_the_right_one():
    credit = _set(a_return(), ("payments", 0), {"kind": "store_credit", "amount_minor": 529, "rounding_minor": 0})
    credit["payments"][0]["reference"] = ""
    assert _refused("return", returns.Return, credit).startswith("payments[1].reference must be the voucher code")
    assert _refused("return", returns.Return, _set(a_return(), ("lines", 0, "original_line"), 0)) == (
        "lines[1].original_line must be at least 1, got 0"
    )
    too_many = count_scans()
    too_many["scans"] = [dict(too_many["scans"][0], id=new_id()) for _ in range(counts.MAX_SCANS + 1)]
    assert _refused("count_scans", counts.CountScans, too_many) == "count_scans.scans: at most 1000 per event"


def test_the_shift_close_reads_into_its_row():
    rows = shifts.validate(z(z_no=7), PARIS, "T1")
    assert rows.doc_ref == "Z7" and str(rows.business_date) == "2026-11-27"
    assert rows.shift["cash_difference_minor"] == -50 and rows.occurred_at == "2026-11-27T19:00:00.000000+00:00"
    assert _refused("shift_close", shifts.ShiftClose, z(business_date="27/11/2026")) == (
        "shift_close.business_date must be YYYY-MM-DD"
    )
    assert _refused("shift_close", shifts.ShiftClose, z(currency="USD")) == (
        "shift_close.currency 'USD' is not the store's currency EUR"
    )


def test_the_sale_model_asks_for_exactly_the_wire_fields():
    """wire.py is the contract: the model requires every field it lists, and no other."""
    required = {name for name, f in sales.Sale.model_fields.items() if f.is_required()}
    assert required == set(SALE_FIELDS)
    assert {n for n, f in sales.SaleLine.model_fields.items() if f.is_required()} == set(SALE_LINE_FIELDS)


def test_no_private_name_crosses_module_lines_in_the_hub():
    """`from .validation import _text` made every module depend on another's insides (issue 14)."""
    crossing = []
    for path in sorted(HUB.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("storedesk")):
                crossing += [f"{path.relative_to(HUB)}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert [c for c in crossing if not c.endswith("__version__")] == []
