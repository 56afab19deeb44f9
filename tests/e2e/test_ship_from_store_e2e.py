"""Ship-from-store end to end with real processes (issue 17's evidence): a hub (`storedesk-hub
serve`) on 127.0.0.1, a web shop posting orders over HTTP, two stores' stations on their own
SQLite files syncing with it, and `storedesk-hub notify` (the installed console script, a
process of its own) delivering the customer's notifications to a real SMTP server (aiosmtpd)
or to a webhook receiver that checks each signature.

    PAR01 (Paris): 2 apples on hand, both held by a click-and-collect order
    VER01 (Versailles, speaks French): 5 apples, 3 brioches
    web shop --POST /v1/orders "ship" to Paris 11e--> hub: PAR01 is nearer but has nothing to
        promise; routed to VER01 (the decision in the order's routing and history)
    VER01's station: the To ship queue, accept, pick by scanning, pack into 2 weighed parcels,
        4x6 in labels in French (the text and the Code 128 read back from the PDF's drawing),
        tracking numbers, shipped -> sync
    hub: the order shipped with its tracking; VER01's stock down once (one "ship" movement a line)
    notify: "received" after the order, "shipped" with the tracking after it left, in French

The email test and the webhook test run the same story; each checks what its channel received.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path

import pytest
import requests
from aiosmtpd.controller import Controller
from pypdf import PdfReader
from tests.conftest import copy_station_files
from tests.helpers import code128
from tests.helpers.hubs import free_port, hub_script
from tests.helpers.stations import query
from tests.hub.payloads import product
from tests.hub.test_notify_smtp import Inbox
from tests.hub.test_notify_webhook import SECRET, Receiver

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services import auth, sync
from storedesk.services.context import config
from storedesk.services.pickup import picking, queues, shipping, slips
from storedesk.services.station import StoreLanguage, use_language_of_store
from storedesk.services.stock import adjust

from .conftest import Hub, SyncStation, hub_cli

SKUS = {1: "SKU0000001", 2: "SKU0000002"}
SHOP = "orders@shop.example.com"
PARIS_11 = {"lat": "48.8650", "lon": "2.3780"}  # the customer: 4 km from PAR01, 20 km from VER01
ZOE = "zoe.martin@example.com"
DELIVERY = {
    "name": "Zoé Martin",
    "line1": "8 rue Oberkampf",
    "line2": "Escalier B",
    "postcode": "75011",
    "city": "Paris",
    "country": "FR",
    "phone": "+33 6 98 76 54 32",
    **PARIS_11,
}
TRACKING = {1: "6a 1234 5678 fr", 2: "6A12345679FR"}  # typed with spaces, scanned
SHIPPED_TRACKING = ["6A12345678FR", "6A12345679FR"]


@dataclass
class Chain:
    hub: Hub
    channel: str  # the web shop's token
    par: SyncStation  # PAR01/T1
    ver: SyncStation  # VER01/V1


@dataclass(frozen=True)
class Placed:
    pickup_number: str
    oid: str
    number: str


@pytest.fixture
def chain(hub, make_station, demo_templates, tmp_path):
    """The hub with PAR01 and VER01 (French); a station of each, stock received and synced."""
    hub_cli(
        hub.db_url,
        *("add-store", "VER01", "--name", "Demo Versailles", "--currency", "EUR", "--timezone", "Europe/Paris"),
        *("--lat", "48.8049", "--lon", "2.1204"),
    )
    hub_cli(hub.db_url, "store-settings", "VER01", "--set", "language=fr", "--set", "locale=fr_FR")
    hub.tokens["V1"] = hub_cli(hub.db_url, "add-station", "--store", "VER01", "--station", "V1")
    copy_station_files(demo_templates("VER01", "V1"), tmp_path / "station-V1")
    ver = SyncStation(tmp_path / "station-V1", hub, "V1")
    try:
        made = Chain(hub, hub_cli(hub.db_url, "add-channel", "webshop"), make_station(hub, "T1"), ver)
        chain_catalog(made, SKUS)
        receive(made.par, {1: 2})
        receive(made.ver, {1: 5, 2: 3})
        yield made
    finally:
        ver.close()


# --------------------------------------------------------------------------- the story
def synced(st: SyncStation):
    report = sync.sync_once(st.uow, st.client())
    quarantined = query(st, "SELECT kind, reason FROM feed_quarantine")
    assert report.error is None and report.rejected == 0 and report.quarantined == 0, (report, quarantined)
    return report


def chain_catalog(chain: Chain, skus: dict[int, str]) -> None:
    """The chain's catalog at the hub holds these products as the stations know them (the web
    shop's availability lists only products the catalog knows)."""
    sql = (
        "SELECT p.sku, p.name, p.price_minor, p.tax_code, t.rate, c.name FROM products p "
        "JOIN tax_rates t ON t.code = p.tax_code JOIN categories c ON c.id = p.category_id WHERE p.sku = ?"
    )
    rows = [query(chain.ver, sql, (sku,))[0] for sku in skus.values()]
    chain.hub.put_products(
        [
            product(sku, price, name=name, tax_code=code, tax_rate=rate, category=category, barcodes=[gtin_for(pid)])
            for pid, (sku, name, price, code, rate, category) in zip(skus, rows, strict=True)
        ]
    )


def receive(st: SyncStation, found: dict[int, int]) -> None:
    """The manager books stock found on the shelf (a real adjustment), sent to the hub."""
    boss = auth.login(st.uow, "max", "9876")
    for pid, qty in found.items():
        adjust.adjust(st.uow, boss, gtin_for(pid), str(qty), "found")
    synced(st)


def web(chain: Chain, method: str, path: str, body: dict | None = None, **params):
    r = requests.request(
        method,
        f"{chain.hub.url}{path}",
        json=body,
        params=params,
        headers={"Authorization": f"Bearer {chain.channel}"},
        timeout=10,
    )
    assert r.status_code in (200, 201), r.text
    return r.json()


def hub_on_hand(chain: Chain) -> dict[tuple[str, str], D]:
    """(store, sku) -> on hand at the hub (GET /v1/stock)."""
    return {
        (s["store"], sku): D(s["on_hand"])
        for sku in SKUS.values()
        for s in chain.hub.get("/v1/stock", sku=sku)["stores"]
    }


def hub_ledger(chain: Chain, doc_ref: str) -> list[tuple]:
    """The hub's stock ledger rows of a document, read from its database file."""
    con = sqlite3.connect(chain.hub.db_url.removeprefix("sqlite:///"))
    try:
        sql = "SELECT store, station, sku, quantity_milli, reason FROM stock_movements WHERE doc_ref = ? ORDER BY sku"
        return [tuple(r) for r in con.execute(sql, (doc_ref,))]
    finally:
        con.close()


def place_orders(chain: Chain) -> Placed:
    """A click-and-collect order holds PAR01's apples; then the ship order goes to VER01."""
    pickup = web(
        chain,
        "POST",
        "/v1/orders",
        {
            "idempotency_key": "web-pickup-1",
            "pickup_store": "PAR01",
            "payment": "paid_online",
            "currency": "EUR",
            "customer": {"name": "Léa Durand", "email": "lea.durand@example.com"},
            "lines": [{"sku": SKUS[1], "quantity": "2", "unit_price_minor": 249}],
        },
    )
    assert (pickup["status"], pickup["store"]) == ("routed", "PAR01")
    near = f"{PARIS_11['lat']},{PARIS_11['lon']}"
    seen = web(chain, "GET", "/v1/availability", sku=list(SKUS.values()), near=near, fulfilment="ship")
    promise = {s["sku"]: [(x["location"], x["available"], x["reserved"]) for x in s["locations"]] for s in seen["skus"]}
    assert promise == {SKUS[1]: [("VER01", "5", "0")], SKUS[2]: [("VER01", "3", "0")]}  # PAR01's 2 are held

    placed = web(
        chain,
        "POST",
        "/v1/orders",
        {
            "idempotency_key": "web-ship-1",
            "fulfilment": "ship",
            "payment": "paid_online",
            "currency": "EUR",
            "customer": {"name": "Zoé Martin", "email": ZOE, "phone": DELIVERY["phone"]},
            "delivery": DELIVERY,
            "lines": [
                {"sku": SKUS[1], "quantity": "1", "unit_price_minor": 249},
                {"sku": SKUS[2], "quantity": "1", "unit_price_minor": 529},
            ],
        },
    )
    oid, number = placed["order_id"], placed["number"]
    assert (placed["fulfilment"], placed["status"], placed["store"]) == ("ship", "routed", "VER01")
    decision = placed["routing"][-1]
    assert (decision["rule"], decision["action"], decision["store"]) == ("nearest location", "route", "VER01")
    assert decision["reason"].startswith("VER01 is the nearest location with every line after reservations")
    assert "km away from the delivery address" in decision["reason"]
    assert [h["to"] for h in web(chain, "GET", f"/v1/orders/{oid}")["history"]] == ["created", "routed"]
    return Placed(pickup["number"], oid, number)


def check_label(path: Path, number: str, parcel: int, weight: str, sender: tuple[str, ...]) -> None:
    """One parcel's 4x6 in label: the words (French), the addresses, and the Code 128 read from its bars."""
    [page] = PdfReader(path).pages
    box = page.mediabox
    assert (round(float(box.width)), round(float(box.height))) == (288, 432)  # 4 x 6 in at 72 pt/in
    text = page.extract_text()
    for words in (
        "Expéditeur",
        *sender,
        "Destinataire",
        "Zoé Martin",
        "8 rue Oberkampf",
        "Escalier B",
        "75011 Paris",
        "FRANCE",
        "Tél. +33 6 98 76 54 32",
        f"Commande {number}",
        f"Colis {parcel}/2",
        f"Poids {weight} kg",
    ):
        assert words in text, (words, text)
    value, bars = code128.read(page)
    assert value == f"{number}/{parcel}"  # what a scanner reads from the bars
    [under] = [t for t in code128.texts(page) if t.text == value]  # the human-readable line
    assert under.y < min(b.y for b in bars) and bars[0].x < under.x < bars[-1].x + bars[-1].width
    assert bars[0].x > 0 and bars[-1].x + bars[-1].width < 288  # the whole barcode on the label


def ship_at_b(chain: Chain, placed: Placed) -> None:
    """VER01's desk ships it; PAR01's desk never sees it; the hub and the stock follow."""
    par, ver, oid, number = chain.par, chain.ver, placed.oid, placed.number
    before = hub_on_hand(chain)
    assert before == {("PAR01", SKUS[1]): 2, ("PAR01", SKUS[2]): 0, ("VER01", SKUS[1]): 5, ("VER01", SKUS[2]): 3}
    synced(par)
    assert queues.queue(par.uow, "ship") == []
    assert [r.number for r in queues.queue(par.uow, "new")] == [placed.pickup_number]
    synced(ver)
    assert [(r.order_id, r.number, r.customer) for r in queues.queue(ver.uow, "ship")] == [(oid, number, "Zoé Martin")]
    assert use_language_of_store(ver.uow) == StoreLanguage("fr", "fr_FR")  # from the hub's store settings

    view = picking.accept(ver.uow, ver.ana, oid)
    assert view.ships and view.delivery["line1"] == "8 rue Oberkampf"
    assert number in PdfReader(slips.print_pick_list(ver.uow, ver.data_dir, oid)).pages[0].extract_text()
    for ln in view.lines:
        view = picking.pick(ver.uow, ver.ana, oid, gtin_for(ln.product_id))
    assert all(ln.done for ln in view.lines)
    view = shipping.pack(ver.uow, ver.ana, oid, [shipping.grams("0,8"), shipping.grams("1,25")])
    assert [(p.number, p.weight_g) for p in view.parcels] == [(1, 800), (2, 1250)]

    cfg = config(ver.uow)
    paths = shipping.print_labels(ver.uow, ver.data_dir, oid)
    assert [p.name for p in paths] == [f"label-{number}-1of2.pdf", f"label-{number}-2of2.pdf"]
    for parcel, (path, weight) in enumerate(zip(paths, ("0,8", "1,25"), strict=True), start=1):
        check_label(path, number, parcel, weight, (cfg.store_name, *cfg.store_address))

    view = shipping.ship(ver.uow, ver.ana, oid, TRACKING)
    assert [(p.carrier, p.tracking) for p in view.parcels] == [("manual", t) for t in SHIPPED_TRACKING]
    moves = query(ver, "SELECT product_id, quantity_milli, reason FROM stock_movements WHERE doc_ref = ?", (number,))
    assert sorted(moves) == [(1, -1000, "ship"), (2, -1000, "ship")]
    assert queues.queue(ver.uow, "ship") == []

    synced(ver)
    assert sync.health(ver.uow).waiting == 0
    at_hub = web(chain, "GET", f"/v1/orders/{oid}")
    assert at_hub["status"] == "shipped" and [ln["shipped"] for ln in at_hub["lines"]] == ["1", "1"]
    assert [(p["number"], p["weight_g"], p["carrier"], p["tracking"]) for p in at_hub["parcels"]] == [
        (1, 800, "manual", SHIPPED_TRACKING[0]),
        (2, 1250, "manual", SHIPPED_TRACKING[1]),
    ]
    assert all(p["shipped_at"] for p in at_hub["parcels"])
    assert [h["to"] for h in at_hub["history"]][-2:] == ["packed", "shipped"]

    # the stock left VER01 once: one "ship" movement a line, the station's; PAR01 untouched
    expected = {**before, ("VER01", SKUS[1]): 4, ("VER01", SKUS[2]): 2}
    ledger = [("VER01", "V1", SKUS[1], -1000, "ship"), ("VER01", "V1", SKUS[2], -1000, "ship")]
    assert hub_on_hand(chain) == expected and hub_ledger(chain, number) == ledger
    synced(ver)  # the feed brings the shipped order back: nothing moves again
    synced(par)
    assert hub_on_hand(chain) == expected and hub_ledger(chain, number) == ledger
    assert sorted(query(ver, "SELECT quantity_milli FROM stock_movements WHERE doc_ref = ?", (number,))) == [
        (-1000,),
        (-1000,),
    ]


# --------------------------------------------------------------------------- the channels
def notify(*args: str) -> str:
    """`storedesk-hub notify ARGS` through the installed console script: what it said on stderr."""
    done = hub_script("notify", *args)
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1]


@pytest.fixture
def smtp_inbox():
    """A real SMTP server on 127.0.0.1 (aiosmtpd in a thread of this process): (Inbox, port)."""
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def mail(message) -> tuple[str, str, str, str]:
    """To, subject, the plain text and the HTML alternative of a received email."""
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    return message["To"], message["Subject"], plain.get_content().strip(), html.get_content()


def test_ship_order_routed_past_reserved_stock_shipped_by_b_and_emailed(chain, smtp_inbox):
    inbox, port = smtp_inbox
    by_smtp = ("--db", chain.hub.db_url, "--sender", f"smtp://127.0.0.1:{port}", "--from", SHOP)
    placed = place_orders(chain)

    assert notify(*by_smtp) == "notify: 2 sent, 0 to try again later, 0 given up"
    lea, zoe = inbox.messages
    assert mail(lea)[:2] == ("lea.durand@example.com", f"We have received your order {placed.pickup_number}")
    to, subject, plain, html = mail(zoe)
    assert (to, subject) == (ZOE, f"Nous avons bien reçu votre commande {placed.number}")
    assert plain == (
        f"Bonjour Zoé Martin, merci pour votre commande {placed.number}. "
        "Nous vous écrirons de nouveau dès son expédition."
    )
    assert f"<h1>{subject}</h1>" in html and "merci pour votre commande" in html
    assert [e[:2] for e in inbox.envelopes] == [(SHOP, ["lea.durand@example.com"]), (SHOP, [ZOE])]

    ship_at_b(chain, placed)

    assert notify(*by_smtp) == "notify: 1 sent, 0 to try again later, 0 given up"  # the received ones not again
    to, subject, plain, html = mail(inbox.messages[2])
    assert (to, subject) == (ZOE, f"Votre commande {placed.number} a été expédiée")
    assert plain == (
        f"Bonjour Zoé Martin, votre commande {placed.number} est partie de Demo Versailles en 2 colis. "
        f"Suivi : {', '.join(SHIPPED_TRACKING)}."
    )
    assert all(t in html for t in SHIPPED_TRACKING)
    assert len(inbox.messages) == 3


def test_ship_order_notifications_reach_the_web_shop_signed(chain, tmp_path):
    shop = Receiver([200])  # answers 401 to a body whose X-Storedesk-Signature is not its secret's
    try:
        good, wrong = tmp_path / "webhook-secret", tmp_path / "not-the-secret"
        good.write_bytes(SECRET + b"\n")
        wrong.write_bytes(b"someone else's secret\n")
        hook = ("--db", chain.hub.db_url, "--sender", f"webhook:{shop.url}")
        placed = place_orders(chain)

        # signed with another secret: the receiver refuses both (401), so they are given up at once
        assert notify(*hook, "--secret-file", str(wrong)) == "notify: 0 sent, 0 to try again later, 2 given up"
        assert (shop.bad_signatures, shop.posts) == (2, [])
        assert notify(*hook, "--secret-file", str(good), "--retry-failed") == (
            "notify: 2 sent, 0 to try again later, 0 given up"
        )
        received = {p["order_number"]: p for p in shop.posts}
        assert set(received) == {placed.pickup_number, placed.number}
        zoe = received[placed.number]
        assert (zoe["kind"], zoe["store"], zoe["medium"], zoe["recipient"], zoe["order_id"]) == (
            "received",
            "VER01",
            "email",
            ZOE,
            placed.oid,
        )
        assert zoe["subject"] == f"Nous avons bien reçu votre commande {placed.number}"

        ship_at_b(chain, placed)

        assert notify(*hook, "--secret-file", str(good)) == "notify: 1 sent, 0 to try again later, 0 given up"
        shipped = shop.posts[-1]
        assert (shipped["kind"], shipped["order_number"], shipped["recipient"]) == ("shipped", placed.number, ZOE)
        assert shipped["body"].endswith(f"en 2 colis. Suivi : {', '.join(SHIPPED_TRACKING)}.")
        assert len(shop.posts) == 3 and shop.bad_signatures == 2  # each post after the first two verified
    finally:
        shop.close()
