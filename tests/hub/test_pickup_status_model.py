"""The "pickup_status" payload model (orders/events.py), without a hub: it refuses exactly what the
hand-written checks refused, with the same sentences, and reads "lines" the same way (absent,
null or empty: no line changes; a quantity left out: unchanged)."""

from __future__ import annotations

import pytest

from storedesk.hub.orders.events import PickupStatus
from storedesk.hub.validation import Invalid, parse

ORDER = "a" * 32


def status(**changes) -> dict:
    payload = {
        "store": "PAR",
        "station": "P1",
        "order_id": ORDER,
        "status": "picking",
        "at": "2026-11-27T11:00:00+01:00",
        "user": " ana ",
    }
    payload.update(changes)
    return payload


def refused(payload) -> str:
    with pytest.raises(Invalid) as err:
        parse(PickupStatus, payload, "pickup_status")
    return str(err.value)


@pytest.mark.parametrize(
    "payload, reason",
    [
        ("x", "payload must be an object"),
        ({k: v for k, v in status().items() if k != "user"}, "pickup_status: missing user"),
        (status(status="teleported"), "pickup_status.status 'teleported': a station sends one of "),
        (status(at="2026-11-27T10:00:00"), "pickup_status.at: '2026-11-27T10:00:00' has no UTC offset"),
        (status(user="  "), "pickup_status.user must be the clerk's name (1-64 characters)"),
        (status(user="x" * 65), "pickup_status.user must be the clerk's name (1-64 characters)"),
        (status(order_id="A" * 32), "pickup_status.order_id must be the hub's order id (32 lowercase hex)"),
        (status(lines="abc"), "pickup_status.lines must be a list"),
        (status(lines=[7]), "lines[1] must be an object with an integer line"),
        (status(lines=[{"line": True}]), "lines[1] must be an object with an integer line"),
        (status(lines=[{"line": 1}, {"line": 2, "picked": 1}]), "lines[2].picked: 1 is not a decimal string"),
        (status(lines=[{"line": 1, "collected": "-1"}]), "lines[1].collected must not be negative"),
        (
            status(lines=[{"line": 1, "rejected": "1", "reason": "lost"}]),
            "lines[1]: a rejected quantity needs a reason, one of out_of_stock, damaged, mismatch",
        ),
        # checked in the order the station's Sync screen always showed: status before the order id
        (status(status="x", order_id="y"), "pickup_status.status 'x': a station sends one of "),
    ],
)
def test_a_broken_pickup_status_is_refused_with_the_reason(payload, reason):
    assert refused(payload).startswith(reason)


@pytest.mark.parametrize("lines", [None, [], "", 0, {}])
def test_lines_absent_null_or_empty_change_no_line(lines):
    assert parse(PickupStatus, status(lines=lines), "pickup_status").lines == []
    assert parse(PickupStatus, status(), "pickup_status").lines == []  # no "lines" at all


def test_a_line_sets_only_the_quantities_it_names():
    p = parse(
        PickupStatus,
        status(
            lines=[{"line": 2, "picked": "1.5", "collected": None}, {"line": 3, "rejected": "1", "reason": "damaged"}]
        ),
        "pickup_status",
    )
    assert p.user == "ana" and p.status == "picking"
    assert [ln.update() for ln in p.lines] == [
        {"picked": 1500, "reason": None},
        {"rejected": 1000, "reason": "damaged"},
    ]
