"""A ship order's delivery address as the hub sends it (sync/wire.py): with the "lat" and "lon"
the web shop gave (decimal text; the hub routed the order by them). The station took them for
unknown fields and quarantined the order, so an order placed with coordinates never reached the
To ship queue (found by tests/e2e/test_ship_from_store_e2e.py)."""

from __future__ import annotations

from tests.integration import test_ship_from_store
from tests.integration.test_pickup import q, receive
from tests.integration.test_ship_from_store import ship_item

from storedesk.services.pickup import queues

desk = test_ship_from_store.desk  # the pinned station with stock, and its fake hub feed


def test_a_ship_order_with_the_address_coordinates_reaches_the_to_ship_queue(desk):
    placed = ship_item("W-5101")
    placed["delivery"] |= {"lat": "48.8650", "lon": "2.3780"}
    other = ship_item("W-5102")
    other["delivery"]["floor"] = "3"  # a field the wire does not name is still refused
    stats = receive(desk, placed, other)
    assert (stats.applied, stats.quarantined) == (1, 1)
    assert [r.number for r in queues.queue(desk.uow, "ship")] == ["W-5101"]
    address = queues.order(desk.uow, "ord-W-5101").delivery
    assert (address["city"], address["lat"], address["lon"]) == ("Paris", "48.8650", "2.3780")
    assert q(desk, "SELECT reason FROM feed_quarantine") == [("delivery: unknown field(s) floor",)]
