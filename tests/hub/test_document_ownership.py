"""A document belongs to its station (DESIGN rule 11, issue 12 item 2), on SQLite and PostgreSQL,
against a real hub process.

Store S2 (station T2) is the victim: it has sales, a return with a store-credit voucher and a
redemption of it, a return grant, a Z, a transfer, an ASN, a count and a web order. Store S1's
token (S1/T1) posts every event kind naming S2's store, station or document numbers, in a batch
between two good events of its own: each such event is rejected alone with a reason naming the
mismatch, the good ones are applied, and no row of S2 (nor any row other than S1's own events,
movements and feed items) changes. The answers never name S2's data.
"""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from storedesk.domain import auth as pins
from storedesk.hub import db
from storedesk.hub.models import metadata
from storedesk.hub.staff import service as staff_service
from storedesk.sync.wire import EVENT_KINDS

from .payloads import AT, event, movements, new_id, sale
from .test_returns_support import ask, return_payload, returned
from .test_shift_close import z
from .test_stock_docs import receiving_payload, transfer_payload

DAY = "2026-03-14"
VOUCHER = "SC-S2T2-0001"
CREDIT = 529  # the returned brioche (line 2 of payloads.BASKET)


# --------------------------------------------------------------------------- the world
def _count_head(store="S2", station="T2", origin="T2", doc_no="CNT-S2-T2-000001", count_id=None) -> dict:
    return {
        "store": store,
        "station": station,
        "count_id": count_id or new_id(),
        "doc_no": doc_no,
        "kind": "cycle",
        "started_at": AT,
        "origin": origin,
        "started_by": "ana",
        "note": "",
    }


def _scan() -> dict:
    return {"id": new_id(), "sku": "A", "quantity": "1", "at": AT, "user": "ana"}


def _accepted(results: list[dict]) -> None:
    assert [r["status"] for r in results] == ["accepted"] * len(results), results


@pytest.fixture
def world(admin, client):
    """S1 (the sender) and S2 (the victim) with one of each of S2's documents."""
    for code, lat, lon in (("S1", "48.8566", "2.3522"), ("S2", "48.8049", "2.1204")):
        admin.store(code, lat=lat, lon=lon)
    t1, t2, t3 = (client(admin.station(s, st)) for s, st in (("S1", "T1"), ("S2", "T2"), ("S2", "T3")))
    erp, channel = client(admin.erp()), client(admin.channel())
    sales2 = [sale(n, store="S2", station="T2", payments=[("cash", 5000, "")]) for n in (1, 2, 3)]
    _accepted(
        t2.send(
            *(event("sale", s) for s in sales2),
            event(
                "stock_movements",
                movements([("A", "5")], store="S2", station="T2", reason="receiving", doc_ref="REC-S2-T2-000001"),
            ),
        )
    )
    g = ask(t2, "S2-T2-000001", [(1, "1")])
    assert g.status_code == 200, g.text
    ret2 = return_payload(
        sales2[0], [(2, "1")], store="S2", station="T2", payments=[("store_credit", CREDIT, 0, VOUCHER)]
    )
    count2 = _count_head()
    _accepted(
        t2.send(
            event("return", ret2),
            event("shift_close", z(store="S2", station="T2", doc_no="S2-T2-Z000001")),
            event(
                "transfer",
                transfer_payload(new_id(), store="S2", station="T2", to_store="S1", number="TRF-S2-T2-000001"),
            ),
            event("count_started", count2),
        )
    )
    redemption = uuid.uuid4().hex
    r = t2.post(
        f"/v1/vouchers/{VOUCHER}/redeem", json={"redemption_id": redemption, "amount_minor": 100, "ref": "S2-T2-000004"}
    )
    assert r.status_code == 200, r.text
    r = erp.put(
        "/v1/asns",
        json={
            "asns": [
                {
                    "store": "S2",
                    "number": "ASN-S2",
                    "supplier": "Acme",
                    "expected_at": AT,
                    "lines": [{"sku": "A", "quantity": "3"}],
                }
            ]
        },
    )
    assert r.status_code == 200, r.text
    asn2 = r.json()["asns"][0]["asn_id"]
    r = channel.post(
        "/v1/orders",
        json={
            "idempotency_key": new_id(),
            "pickup_store": "S2",
            "payment": "paid_online",
            "customer": {"name": "Ana Silva", "email": "ana@example.com", "phone": "+33 6 12 34 56 78"},
            "lines": [{"sku": "A", "quantity": "1", "unit_price_minor": 500}],
        },
    )
    assert r.status_code == 201, r.text
    order2 = r.json()["order_id"]
    assert admin.scalar("SELECT store FROM orders WHERE id = :i", i=order2) == "S2"
    with db.write_tx(admin.engine, feed=True) as conn:  # S2's clerk, whose PIN S1 must not set
        staff_service.add(conn, "S2", "lea", "Léa Martin", "clerk", pins.hash_pin("135790"), AT)
    return SimpleNamespace(
        admin=admin,
        t1=t1,
        t2=t2,
        t3=t3,
        erp=erp,
        sales2=sales2,
        ret2=ret2,
        grant2=g.json(),
        count2=count2,
        redemption=redemption,
        asn2=asn2,
        order2=order2,
    )


def snapshot(admin) -> dict[str, set[tuple]]:
    """Every row of every hub table, as text."""
    out = {}
    with admin.engine.connect() as conn:
        for table in metadata.sorted_tables:
            out[table.name] = {tuple(str(v) for v in row) for row in conn.execute(table.select())}
    return out


def only_the_senders_rows_were_added(before: dict, after: dict) -> None:
    """Nothing changed or went away; what is new is the sender's (S1) events, movements (and the
    on-hand balances kept beside them), feed."""
    for name in before:
        assert before[name] <= after[name], f"{name}: rows changed or removed: {before[name] - after[name]}"
        added = after[name] - before[name]
        if not added:
            continue
        assert name in ("events", "stock_movements", "stock_balances", "feed_items"), f"{name} got rows: {added}"
        store_at = [c.name for c in metadata.tables[name].columns].index("store")
        assert {row[store_at] for row in added} == {"S1"}, added


# --------------------------------------------------------------------------- each kind
def _own_sale(n: int) -> dict:
    return sale(n, store="S1", station="T1", payments=[("cash", 5000, "")])


def _pickup(w, **changes) -> dict:
    return {
        "store": "S1",
        "station": "T1",
        "order_id": w.order2,
        "status": "accepted",
        "at": AT,
        "user": "ana",
        "lines": [],
        "id_check": None,
        "receipt_no": None,
        **changes,
    }


def foreign(kind: str, w) -> list[tuple[dict, str]]:
    """(payload, words of the reason) of S1/T1's events naming another store's or station's data."""
    party = "payload names S2/T2, the token is S1/T1"
    s2_sale = w.sales2[0]
    if kind == "sale":
        return [
            (sale(9, store="S2", station="T2"), party),
            (
                dict(_own_sale(9), receipt_no="S2-T2-000009"),
                "sale.receipt_no S2-T2-000009 is not a receipt number of station S1/T1",
            ),
            (
                dict(_own_sale(9), receipt_no="S1-T9-000001"),  # another station of the sender's store
                "sale.receipt_no S1-T9-000001 is not a receipt number of station S1/T1",
            ),
        ]
    if kind == "stock_movements":
        return [
            (movements([("A", "-1")], store="S2", station="T2"), party),
            (
                movements([("A", "-1")], store="S1", station="T1", doc_ref="S2-T2-000001"),
                "movements[1].doc_ref S2-T2-000001 is not a document of station S1/T1",
            ),
        ]
    if kind == "void":  # not applied by this hub yet: refused, and not stored
        return [({"store": "S2", "station": "T2", "receipt_no": "S2-T2-000001"}, "does not handle 'void'")]
    if kind == "return":
        return [
            (return_payload(s2_sale, [(1, "1")], number=9, store="S2", station="T2"), party),
            (
                dict(return_payload(s2_sale, [(1, "1")], store="S1", station="T1"), return_no="S2-T2-R000002"),
                "return.return_no S2-T2-R000002 is not a return number of station S1/T1",
            ),
            (
                return_payload(s2_sale, [(1, "1")], store="S1", station="T1", grant_id=w.grant2["grant_id"]),
                f"return.grant_id {w.grant2['grant_id']} is a grant of another store",
            ),
            (
                return_payload(
                    s2_sale, [(3, "1")], store="S1", station="T1", payments=[("store_credit", 319, 0, VOUCHER)]
                ),
                f"voucher code {VOUCHER} was already issued by another return, of another store",
            ),
            (
                return_payload(s2_sale, [(3, "1")], store="S1", station="T1", return_id=w.ret2["return_id"]),
                f"return {w.ret2['return_id']} was already received from another store",
            ),
        ]
    if kind == "shift_close":
        return [
            (z(store="S2", station="T2", z_no=2, doc_no="S2-T2-Z000002"), party),
            (
                z(store="S1", station="T1", doc_no="S2-T2-Z000001"),
                "shift_close.doc_no S2-T2-Z000001 is not a Z number of station S1/T1",
            ),
        ]
    if kind == "pickup_status":
        return [
            (_pickup(w), f"order {w.order2} was never routed to store S1"),
            (_pickup(w, store="S2", station="T2"), party),
            (
                _pickup(w, status="collected", receipt_no="S2-T2-000004"),
                "pickup_status.receipt_no S2-T2-000004 is not a receipt number of station S1/T1",
            ),
        ]
    if kind == "transfer":
        return [
            (transfer_payload(new_id(), store="S2", station="T2", to_store="S1", number="TRF-S2-T2-000002"), party),
            (
                transfer_payload(new_id(), store="S1", station="T1", to_store="S2", number="TRF-S2-T2-000002"),
                "transfer.number TRF-S2-T2-000002 is not a transfer number of station S1/T1",
            ),
        ]
    if kind == "receiving":
        return [
            (receiving_payload(w.asn2, "asn", store="S2", station="T2"), party),
            (
                dict(receiving_payload(w.asn2, "asn", store="S1", station="T1"), number="REC-S2-T2-000002"),
                "receiving.number REC-S2-T2-000002 is not a receiving number of station S1/T1",
            ),
            (
                receiving_payload(w.asn2, "asn", store="S1", station="T1"),
                f"receiving: ASN {w.asn2} is a delivery of another store, not of S1",
            ),
        ]
    if kind == "staff_pin":
        chosen = {"username": "lea", "pin_hash": pins.hash_pin("480315"), "pin_rev": 1, "at": AT}
        return [
            ({"store": "S2", "station": "T2", **chosen}, party),
            (
                {"store": "S1", "station": "T1", **chosen},
                "staff_pin.username 'lea' is not a member of store S1's staff",
            ),
        ]
    head = dict(w.count2)  # S2's count: its id, its number
    extra = {
        "count_started": {},
        "count_scans": {"scans": [_scan()]},
        "count_closed": {"status": "approved", "at": AT, "user": "max"},
    }[kind]
    return [
        ({**head, **extra}, party),
        (
            {**head, **extra, "store": "S1", "station": "T1", "origin": "T1"},
            f"{kind}.doc_no CNT-S2-T2-000001 is not a count number of count origin S1/T1",
        ),
        (
            {**head, **extra, "store": "S1", "station": "T1", "origin": "T2"},
            f"{kind}.doc_no CNT-S2-T2-000001 is not a count number of count origin S1/T2"
            if kind == "count_scans"
            else f"{kind}.origin 'T2': only the station that started a count",
        ),
    ]


@pytest.mark.parametrize("kind", EVENT_KINDS)
def test_each_kind_naming_another_store_is_rejected_alone_and_changes_nothing_of_it(world, kind):
    w = world
    cases = foreign(kind, w)
    good = [
        event(
            "stock_movements",
            movements([("A", "2")], store="S1", station="T1", reason="receiving", doc_ref=f"REC-S1-T1-00000{i}"),
        )
        for i in (1, 2)
    ]
    before = snapshot(w.admin)
    r = w.t1.post("/v1/events", json={"events": [good[0], *(event(kind, p) for p, _ in cases), good[1]]})
    assert r.status_code == 200, r.text  # was 403 for the whole batch: the station's sync stopped there
    results = r.json()["results"]
    assert results[0]["status"] == results[-1]["status"] == "accepted", results
    for (payload, words), res in zip(cases, results[1:-1], strict=True):
        assert res["status"] == "rejected" and words in res["reason"], (payload, res)
    only_the_senders_rows_were_added(before, snapshot(w.admin))
    # S2's own documents are still S2's: its numbers stay free for it, its grant, voucher, ASN,
    # order and count are untouched (the snapshot), and its stations' feeds got nothing from S1.
    assert w.admin.scalar("SELECT count(*) FROM feed_items WHERE store = 'S2' AND origin_station = 'T1'") == 0


# --------------------------------------------------------------------------- the repro
def day_totals(w, store: str) -> dict:
    r = w.erp.get(f"/v1/stores/{store}/day-totals", params={"date": DAY})
    assert r.status_code == 200, r.text
    return r.json()


def test_another_stores_receipt_number_cannot_be_taken_first(world):
    w = world
    squat = dict(_own_sale(1), receipt_no="S2-T2-000004")  # S1/T1's sale under S2-T2's next number
    res = w.t1.send(event("sale", _own_sale(1)), event("sale", squat))
    assert [r["status"] for r in res] == ["accepted", "rejected"], res
    assert "S2-T2-000004 is not a receipt number of station S1/T1" in res[1]["reason"]
    fourth = sale(4, store="S2", station="T2", payments=[("cash", 5000, "")])
    assert w.t2.send(event("sale", fourth))[0]["status"] == "accepted"  # was "already received"
    s2, s1 = day_totals(w, "S2"), day_totals(w, "S1")
    assert (s2["sales_count"], s2["gross_minor"]) == (4, 4 * fourth["total_minor"])
    assert (s1["sales_count"], s1["gross_minor"]) == (1, fourth["total_minor"])


def test_another_stores_return_number_cannot_be_taken_first(world):
    w = world
    s2_sale = w.sales2[1]  # S2-T2-000002
    squat = dict(return_payload(s2_sale, [(1, "1")], store="S1", station="T1"), return_no="S2-T2-R000002")
    (res,) = w.t1.send(event("return", squat))
    assert res["status"] == "rejected" and "S2-T2-R000002 is not a return number of station S1/T1" in res["reason"]
    code = "SC-S2T2-0002"
    real = return_payload(
        s2_sale, [(2, "1")], number=2, store="S2", station="T2", payments=[("store_credit", CREDIT, 0, code)]
    )
    (res,) = w.t2.send(event("return", real))
    assert res["status"] == "accepted", res  # was "return number S2-T2-R000002 was already received"
    v = w.t2.get(f"/v1/vouchers/{code}")
    assert v.status_code == 200 and v.json()["balance_minor"] == CREDIT, v.text  # the customer's credit exists
    totals = day_totals(w, "S2")
    assert (totals["returns_count"], totals["returns_minor"]) == (2, 2 * CREDIT)
    assert totals["refunds"] == {"store_credit": 2 * CREDIT}
    assert day_totals(w, "S1")["returns_count"] == 0


# --------------------------------------------------------------------------- answers name no other store's data
def test_voucher_and_grant_answers_name_no_other_stores_data(world):
    w = world
    grant_id, rid = w.grant2["grant_id"], w.redemption
    secrets = ("S2", VOUCHER, "1.00", "5.29", "S2-T2-000001", w.ret2["return_id"])

    def clean(detail: str) -> None:
        assert not [s for s in secrets if s in detail], detail

    # a redemption id S2/T2 used, reused by S1 (another store) and by S2/T3 (another station)
    for c, whose in ((w.t1, "another store"), (w.t3, "another station")):
        r = c.post("/v1/vouchers/SC-OTHER/redeem", json={"redemption_id": rid, "amount_minor": 100, "ref": ""})
        assert r.status_code == 409 and whose in r.json()["detail"], r.text
        clean(r.json()["detail"])
        r = c.post(f"/v1/vouchers/redemptions/{rid}/cancel", json={})
        assert r.status_code == 403 and whose in r.json()["detail"], r.text
        clean(r.json()["detail"])
    assert w.t2.get(f"/v1/vouchers/{VOUCHER}").json()["balance_minor"] == CREDIT - 100  # nothing given back
    # a grant id S2/T2 used, asked again by S1 for its own receipt, released by S1 and S2/T3
    assert w.t1.send(event("sale", _own_sale(1)))[0]["status"] == "accepted"
    r = ask(w.t1, "S1-T1-000001", [(1, "1")], grant_id)
    assert r.status_code == 409 and "another store" in r.json()["detail"], r.text
    clean(r.json()["detail"])
    for c in (w.t1, w.t3):
        r = c.session.delete(f"{c.base}/v1/returns/grants/{grant_id}")
        assert r.status_code == 403, r.text
        clean(r.json()["detail"])
    assert returned(w.t2, "S2-T2-000001")[1] == "1"  # still held by S2's grant
    # the right station still can
    assert w.t2.post(f"/v1/vouchers/redemptions/{rid}/cancel", json={}).status_code == 200
    assert w.t2.session.delete(f"{w.t2.base}/v1/returns/grants/{grant_id}").status_code == 200


def test_event_reasons_name_no_other_stores_data(world):
    w = world
    s2_event = w.admin.scalar("SELECT event_id FROM returns WHERE store = 'S2'")
    cases = [
        return_payload(w.sales2[0], [(3, "1")], store="S1", station="T1", payments=[("store_credit", 319, 0, VOUCHER)]),
        return_payload(w.sales2[0], [(3, "1")], store="S1", station="T1", return_id=w.ret2["return_id"]),
        dict(_own_sale(2), sale_id=w.sales2[0]["sale_id"]),
    ]
    results = w.t1.send(*(event(k, p) for k, p in zip(("return", "return", "sale"), cases, strict=True)))
    for res in results:
        assert res["status"] == "rejected" and "another store" in res["reason"], res
        assert s2_event not in res["reason"] and "S2" not in res["reason"].replace(VOUCHER, ""), res


# --------------------------------------------------------------------------- the rule itself
def test_every_event_kind_declares_its_documents():
    """A new kind of wire.EVENT_KINDS without a declaration fails here (and is refused by ingest)."""
    from storedesk.hub import ownership

    assert set(ownership.DOCUMENTS) == set(EVENT_KINDS)
    for kind in EVENT_KINDS:
        with pytest.raises(ownership.NotOwned, match="payload names S2/T2, the token is S1/T1"):
            ownership.check(kind, {"store": "S2", "station": "T2"}, "S1", "T1")
    with pytest.raises(ownership.NotOwned, match="does not know which documents"):
        ownership.check("gift_card", {"store": "S1", "station": "T1"}, "S1", "T1")


def test_the_hub_reads_numbers_as_the_station_makes_them(monkeypatch):
    from storedesk.hub import ownership
    from storedesk.services import shift
    from storedesk.services.returns.lookup import return_number
    from storedesk.services.sale import receipt_number
    from storedesk.services.stock import posting

    monkeypatch.setattr(posting, "refuse_if_pending", lambda tx: None, raising=False)  # no station database here
    cfg = SimpleNamespace(store_code="NORTH-1", station_code="T_2")
    tx = SimpleNamespace(counters=SimpleNamespace(next=lambda key: 42))
    made = [
        (ownership.RECEIPT, receipt_number("NORTH-1", "T_2", 42)),
        (ownership.RETURN, return_number("NORTH-1", "T_2", 42)),
        (ownership.Z, shift._doc(cfg, "Z", 42)),
        (ownership.SHIFT_OPEN, shift._doc(cfg, "S", 42)),
        (ownership.CASH_MOVE, shift._doc(cfg, "M", 42)),
    ]
    made += [
        (n, posting.doc_no(tx, cfg, n.prefix))
        for n in (ownership.TRANSFER, ownership.RECEIVING, ownership.COUNT, ownership.ADJUSTMENT)
    ]
    for numbering, number in made:
        assert numbering.serial(number, "NORTH-1", "T_2") == 42, number
        assert numbering.serial(number, "NORTH-1", "T_3") is None and numbering.serial(number, "NORTH", "T_2") is None
        ownership.doc_ref(number, "doc_ref", "NORTH-1", "T_2")  # its own: fine
        with pytest.raises(ownership.NotOwned):
            ownership.doc_ref(number, "doc_ref", "NORTH-1", "T_3")
    assert ownership.RECEIPT.serial("NORTH-1-T_2-R000042", "NORTH-1", "T_2") is None  # a return is no receipt
    for ref in ("", "W000042", "DN-77", "seed", "ASN-9"):  # no station's number: references, not documents
        ownership.doc_ref(ref, "doc_ref", "S1", "T1")


def test_a_number_taken_before_the_upgrade_no_longer_blocks_its_owner(hub_db_url):
    """h0006 on a database with data: the old rows stay, with their children and vouchers; an
    S2 number that S1 took before the upgrade is free again for S2; a real duplicate is refused."""
    from alembic import command

    from storedesk.hub import db

    engine = db.make_engine(hub_db_url)
    try:
        cfg = db._alembic_config()
        with db.write_tx(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "h0005")
        event_cols = "id, kind, store, station, payload, payload_sha256, status, reason, received_at"
        sale_row = (
            "'{sid}', '{eid}', '{no}', '{store}', '{station}', 'ana', '{at}', '2026-03-14', 'EUR', true, "
            "100, 0, 0, 0, 0, '[]'"
        )
        with db.write_tx(engine) as conn:
            run = lambda sql: conn.execute(text(sql))  # noqa: E731
            for code in ("S1", "S2"):
                run(f"INSERT INTO stores VALUES ('{code}', '{code}', 'EUR', 'Europe/Paris', NULL, NULL, '{AT}')")
            for eid in ("e1", "e2", "e3"):
                run(
                    f"INSERT INTO events ({event_cols}) VALUES ('{eid}', 'x', 'S1', 'T1', '{{}}', 'h', 'accepted', "
                    f"'', '{AT}')"
                )
            run(
                "INSERT INTO sales VALUES ("
                + sale_row.format(sid="s1", eid="e1", no="S2-T2-000004", store="S1", station="T1", at=AT)
                + ")"
            )
            run("INSERT INTO sale_lines VALUES ('s1', 1, 'A', 'a', 1000, 100, 0, 'A', '20', 17, 100)")
            run(
                "INSERT INTO returns (return_id, event_id, return_no, store, station, user_name, approver, at, "
                "business_date, currency, kind, original_ref, original_sale_id, original_store, grant_id, "
                "grant_consumed, offline, reason, net_minor, tax_minor, total_minor, rounding_minor) VALUES "
                f"('r1', 'e2', 'S2-T2-R000002', 'S1', 'T1', 'ana', '', '{AT}', '2026-03-14', 'EUR', 'no_receipt', "
                "'', '', 'S1', '', false, true, '', 1, 0, 1, 0)"
            )
            run("INSERT INTO return_lines VALUES ('r1', 1, 0, 'A', 'a', 1000, 1, 'A', '20', 'restock')")
            run(f"INSERT INTO vouchers VALUES ('SC-1', 'EUR', 1, 1, 'S1', 'r1', '{AT}', '{AT}')")
            run(f"INSERT INTO voucher_redemptions VALUES ('d1', 'SC-1', 'S1', 'T1', 1, '', 0, '{AT}', NULL)")
            run(
                "INSERT INTO transfers (id, event_id, number, from_store, from_station, to_store, at, lines, status) "
                f"VALUES ('t1', 'e3', 'TRF-S2-T2-000001', 'S1', 'T1', 'S2', '{AT}', '[]', 'sent')"
            )
        assert db.migrate(engine) == db.head_revision()
        with db.write_tx(engine) as conn:
            counts = [
                conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in (
                    "sales",
                    "sale_lines",
                    "returns",
                    "return_lines",
                    "vouchers",
                    "voucher_redemptions",
                    "transfers",
                )
            ]
            assert counts == [1] * 7
            conn.execute(
                text(
                    f"INSERT INTO events ({event_cols}) VALUES ('e4', 'sale', 'S2', 'T2', '{{}}', 'h', "
                    f"'accepted', '', '{AT}')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO sales VALUES ("
                    + sale_row.format(sid="s2", eid="e4", no="S2-T2-000004", store="S2", station="T2", at=AT)
                    + ")"
                )
            )
        from sqlalchemy.exc import IntegrityError

        with pytest.raises(IntegrityError):
            with db.write_tx(engine) as conn:
                conn.execute(
                    text(
                        "INSERT INTO sales VALUES ("
                        + sale_row.format(sid="s3", eid="e3", no="S2-T2-000004", store="S2", station="T2", at=AT)
                        + ")"
                    )
                )
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
