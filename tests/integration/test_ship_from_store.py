"""Ship-from-store at the station (issue 17) on a real SQLite file: a ship order arrives through
the real feed puller, is accepted, picked by scanning, packed into 2 parcels, its 4x6 in labels
printed (their text read back with pypdf), its tracking numbers scanned, and shipped: the
"packed" and "shipped" events carry the parcels, the stock leaves once with reason "ship", and
the order leaves the To ship queue. A ship order without its address is quarantined; ship and
pickup orders never share a queue.

Worked example (the `pinned` catalog): order W-5001 for Ana Lopez, to ship to 12 rue des Lilas,
75011 Paris: line 1: 2 x SKU0000001 at 2.49; line 2: 1 x SKU0000002 at 5.29. 10 of each on hand;
after shipping 8 and 9, nothing reserved.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from tests.integration import test_pickup
from tests.integration.test_pickup import at, on_hand, order_item, outbox, q, receive, reserved

from storedesk.domain import pickup as dp
from storedesk.i18n.formats import use_store_locale
from storedesk.services.pickup import handover, picking, queues, shipping

desk = test_pickup.desk  # the pinned station with 10 of each product, and its fake hub feed

ADDRESS = {
    "name": "Ana Lopez",
    "line1": "12 rue des Lilas",
    "line2": "Bâtiment B",
    "postcode": "75011",
    "city": "Paris",
    "country": "FR",
    "phone": "+33 6 12 34 56 78",
}


def ship_item(number="W-5001", **kw):
    item = order_item(number, **kw)
    item["fulfilment"] = "ship"
    item["delivery"] = dict(ADDRESS)
    return item


def test_ship_order_packed_labelled_tracked_and_shipped(desk, tmp_path):
    receive(desk, ship_item(), order_item("W-1001"))
    oid = "ord-W-5001"
    assert [r.number for r in queues.queue(desk.uow, "ship")] == ["W-5001"]
    assert [r.number for r in queues.queue(desk.uow, "new")] == ["W-1001"]  # never in each other's queue
    c = queues.counts(desk.uow)
    assert (c.new, c.to_ship) == (1, 1)

    view = picking.accept(desk.uow, desk.ana, oid, now=at(1))
    assert view.ships and view.delivery["city"] == "Paris"
    for code in (desk.barcode(1), desk.barcode(2), desk.barcode(1)):
        view = picking.pick(desk.uow, desk.ana, oid, code, now=at(1.2))
    assert "F11" in str(view.message)
    with pytest.raises(dp.PickupError, match="pack it"):
        picking.mark_ready(desk.uow, desk.ana, oid, now=at(2))
    with pytest.raises(dp.PickupError, match="not packed"):
        shipping.ship(desk.uow, desk.ana, oid, {1: "X"}, now=at(2))

    view = shipping.pack(desk.uow, desk.ana, oid, [shipping.grams("1.2"), shipping.grams("0.35")], now=at(2))
    assert view.label == "Packed" and [(p.number, p.weight_g) for p in view.parcels] == [(1, 1200), (2, 350)]
    assert (on_hand(desk, 1), reserved(desk, 1)) == (10000, 2000)  # set aside, not moved
    packed = outbox(desk, "pickup_status")[-1]
    assert packed["status"] == "packed" and packed["parcels"] == [
        {"number": 1, "weight_g": 1200},
        {"number": 2, "weight_g": 350},
    ]
    with pytest.raises(dp.PickupError, match="no label"):
        shipping.ship(desk.uow, desk.ana, oid, {1: "6A123", 2: "6A124"}, now=at(2.5))

    paths = shipping.print_labels(desk.uow, tmp_path, oid, now=at(2.4))
    assert [p.name for p in paths] == ["label-W-5001-1of2.pdf", "label-W-5001-2of2.pdf"]
    for n, path in enumerate(paths, start=1):
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (288, 432)  # 4 x 6 in at 72 pt/in
        text = reader.pages[0].extract_text()
        for words in ("12 rue des Lilas", "Bâtiment B", "75011 Paris", "FRANCE", "Order W-5001", f"Parcel {n}/2"):
            assert words in text
        assert "storedesk Demo Store" in text and "12 rue de la Paix" in text  # the sender
        assert f"W-5001/{n}" in text  # the barcode's human-readable value
    assert "Weight 1.2 kg" in PdfReader(paths[0]).pages[0].extract_text()

    with pytest.raises(dp.PickupError, match="Parcel 2: type or scan"):
        shipping.ship(desk.uow, desk.ana, oid, {1: "6A123"}, now=at(3))
    with pytest.raises(dp.PickupError, match="same tracking"):
        shipping.ship(desk.uow, desk.ana, oid, {1: "6A123", 2: "6a 123"}, now=at(3))
    assert on_hand(desk, 1) == 10000  # refused: nothing moved

    view = shipping.ship(desk.uow, desk.ana, oid, {1: "6a 123-fr", 2: "6A124FR"}, now=at(3))
    assert view.status == dp.COLLECTED and view.label == "Shipped" and view.order.shipped_at
    assert [(p.carrier, p.tracking) for p in view.parcels] == [("manual", "6A123-FR"), ("manual", "6A124FR")]
    assert (on_hand(desk, 1), reserved(desk, 1)) == (8000, 0)
    assert (on_hand(desk, 2), reserved(desk, 2)) == (9000, 0)
    moves = q(desk, "SELECT product_id, quantity_milli, reason FROM stock_movements WHERE doc_ref = 'W-5001'")
    assert sorted(moves) == [(1, -2000, "ship"), (2, -1000, "ship")]
    shipped = outbox(desk, "pickup_status")[-1]
    assert [(ln["picked"], ln["shipped"]) for ln in shipped["lines"]] == [("2", "2"), ("1", "1")]
    assert all("collected" not in ln for ln in shipped["lines"])  # a ship order's lines say "shipped"
    assert shipped["status"] == "shipped" and shipped["parcels"] == [
        {"number": 1, "weight_g": 1200, "carrier": "manual", "tracking": "6A123-FR"},
        {"number": 2, "weight_g": 350, "carrier": "manual", "tracking": "6A124FR"},
    ]
    sm = outbox(desk, "stock_movements")[-1]
    assert [(m["sku"], m["quantity"], m["reason"]) for m in sm["movements"]] == [
        ("SKU0000001", "-2", "ship"),
        ("SKU0000002", "-1", "ship"),
    ]
    # a second press ships nothing twice
    again = shipping.ship(desk.uow, desk.ana, oid, {}, now=at(3.1))
    assert "already shipped" in str(again.message) and on_hand(desk, 1) == 8000
    assert queues.queue(desk.uow, "ship") == [] and queues.counts(desk.uow).to_ship == 0
    assert [r.number for r in queues.queue(desk.uow, "done")] == []  # the pickup queues never show it
    hist = [h[0] for h in queues.order(desk.uow, oid).history]
    assert hist == ["routed", "accepted", "picking", "packed", "shipped"]
    with pytest.raises(dp.PickupError, match="not handed over here"):
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", now=at(4))
    # a shipped order's parcels are its record: the database refuses to change them
    with pytest.raises(Exception, match="permanent"):
        q(desk, "UPDATE pickup_parcels SET tracking = 'X' WHERE order_id = ?", oid)


def test_ship_order_without_address_is_quarantined_and_fulfilment_checked(desk):
    no_address = ship_item("W-5002")
    del no_address["delivery"]
    no_city = ship_item("W-5003")
    del no_city["delivery"]["city"]
    odd = ship_item("W-5004")
    odd["fulfilment"] = "drone"
    pickup_with_address = order_item("W-5005")
    pickup_with_address["delivery"] = dict(ADDRESS)
    bad_country = ship_item("W-5006")
    bad_country["delivery"]["country"] = "France"
    stats = receive(desk, no_address, no_city, odd, pickup_with_address, bad_country, ship_item("W-5007"))
    assert (stats.applied, stats.quarantined) == (1, 5)
    reasons = [r for (r,) in q(desk, "SELECT reason FROM feed_quarantine ORDER BY id")]
    assert "delivery" in reasons[0] and "city" in reasons[1] and "fulfilment" in reasons[2]
    assert "pickup order has no delivery" in reasons[3] and "country" in reasons[4]
    assert [n for (n,) in q(desk, "SELECT number FROM pickup_orders")] == ["W-5007"]


def test_weights_typed_in_the_store_locale_and_pack_refusals(desk):
    use_store_locale("fr_FR")
    try:
        assert shipping.grams("1,2") == 1200 and shipping.grams("0.35") == 350
        assert shipping.kilograms(1200) == "1,2"
    finally:
        use_store_locale("en_IE")
    for bad in ("", "abc", "0", "-1", "1.2345", "101"):
        with pytest.raises(dp.PickupError):
            shipping.grams(bad)
    receive(desk, ship_item())
    oid = "ord-W-5001"
    picking.accept(desk.uow, desk.ana, oid, now=at(1))
    with pytest.raises(dp.PickupError, match="still to pick"):
        shipping.pack(desk.uow, desk.ana, oid, [1000], now=at(2))
    with pytest.raises(dp.PickupError, match="1 to 20 parcels"):
        shipping.pack(desk.uow, desk.ana, oid, [], now=at(2))
    # a line rejected: the hub re-routes it, as for pickup; the rest is packed
    picking.reject(desk.uow, desk.ana, oid, 2, None, "damaged", now=at(1.5))
    for _ in range(2):
        picking.pick(desk.uow, desk.ana, oid, desk.barcode(1), now=at(1.6))
    view = shipping.pack(desk.uow, desk.ana, oid, [2000], now=at(2))
    assert view.held == {1: D(2)}
    assert queues.queue(desk.uow, "ready") == []  # a packed ship order is not waiting at the desk


def test_a_packed_order_is_packed_again_before_its_labels_are_printed_again(desk, tmp_path):
    """A weight typed wrong: F11 on the packed order packs it again (new parcels, the hub hears
    "packed" again); the new parcels need their labels before it ships; once shipped, never again."""
    receive(desk, ship_item())
    oid = "ord-W-5001"
    picking.accept(desk.uow, desk.ana, oid, now=at(1))
    for code in (desk.barcode(1), desk.barcode(2), desk.barcode(1)):
        picking.pick(desk.uow, desk.ana, oid, code, now=at(1.2))
    shipping.pack(desk.uow, desk.ana, oid, [12000], now=at(2))
    shipping.print_labels(desk.uow, tmp_path, oid, now=at(2.1))
    sent = len(outbox(desk, "pickup_status"))

    view = shipping.pack(desk.uow, desk.ana, oid, [1200, 350, 500], now=at(2.5))
    assert view.status == dp.READY and [(p.number, p.weight_g) for p in view.parcels] == [(1, 1200), (2, 350), (3, 500)]
    assert all(p.label_printed_at is None for p in view.parcels)
    assert (on_hand(desk, 1), reserved(desk, 1)) == (10000, 2000)  # set aside once, not twice
    events = outbox(desk, "pickup_status")
    assert len(events) == sent + 1 and events[-1]["status"] == "packed"
    assert events[-1]["parcels"] == [
        {"number": 1, "weight_g": 1200},
        {"number": 2, "weight_g": 350},
        {"number": 3, "weight_g": 500},
    ]
    with pytest.raises(dp.PickupError, match="no label"):
        shipping.ship(desk.uow, desk.ana, oid, {1: "6A101", 2: "6A102", 3: "6A103"}, now=at(2.6))
    # the same parcels again: only the labels are printed again, the hub hears nothing new
    shipping.pack(desk.uow, desk.ana, oid, [1200, 350, 500], now=at(2.7))
    assert len(outbox(desk, "pickup_status")) == sent + 1
    paths = shipping.print_labels(desk.uow, tmp_path, oid, now=at(2.8))
    assert [p.name for p in paths][-1] == "label-W-5001-3of3.pdf"
    view = shipping.ship(desk.uow, desk.ana, oid, {1: "6A101", 2: "6A102", 3: "6A103"}, now=at(3))
    assert [p.weight_g for p in view.parcels] == [1200, 350, 500]
    assert [h[0] for h in view.history] == ["routed", "accepted", "picking", "packed", "packed", "shipped"]
    assert (on_hand(desk, 1), reserved(desk, 1)) == (8000, 0)
    with pytest.raises(dp.PickupError, match="cannot be packed now"):
        shipping.pack(desk.uow, desk.ana, oid, [1000], now=at(4))
