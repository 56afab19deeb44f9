"""No-shows on SQLite and PostgreSQL: `storedesk-hub tick` queues a reminder before the hold time
ends and expires the order after it (feed item to the store, "expired" notification);
`storedesk-hub notify --sender file:PATH` sends the outbox once; store settings from the CLI."""

from __future__ import annotations

import json

from tests.helpers.hubs import hub_command

from storedesk.hub.orders import expiry, notify

READY_AT = "2026-03-14T10:00:00+00:00"


def cli(db_url, *args):
    return hub_command(*args, "--db", db_url)


def ready_order(api, hold=None, reminder=None, **kw):
    api.store("PAR", "48.8566", "2.3522", hold=hold, reminder=reminder)
    api.stock("PAR", A=5)
    oid = api.order("PAR", [("A", 1, 100)], **kw)["order_id"]
    assert api.pickup("PAR", oid, "ready", at=READY_AT)["status"] == "accepted"
    return oid


def test_reminder_then_expiry_then_notifications_by_file(api, tmp_path):
    oid = ready_order(api, hold=3, reminder=1)
    assert api.get(oid)["expires_at"] == "2026-03-17T10:00:00.000000+00:00"
    url = api.admin.db_url
    r = cli(url, "tick", "--now", "2026-03-15T10:00:00+00:00")  # 2 days before: nothing yet
    assert r.returncode == 0 and "expired 0, reminders 0" in r.stdout, r.stderr
    r = cli(url, "tick", "--now", "2026-03-16T10:00:00+00:00")  # 1 day before: the reminder
    assert r.returncode == 0 and "expired 0, reminders 1" in r.stdout, r.stderr
    assert (
        cli(url, "tick", "--now", "2026-03-16T11:00:00+00:00").stdout.strip()
        == "tick: expired 0, reminders 0, re-routed 0"
    )  # once only
    out = tmp_path / "outbox.jsonl"
    r = cli(url, "notify", "--sender", f"file:{out}")
    assert r.returncode == 0 and "3 sent" in r.stderr
    sent = [json.loads(x) for x in out.read_text().splitlines()]
    assert [m["kind"] for m in sent] == ["received", "ready", "reminder"]
    assert sent[1]["recipient"] == "ana@example.com" and "ready" in sent[1]["subject"]
    assert "pickup code" in sent[1]["body"].lower() and "W000001" in sent[2]["body"]
    r = cli(url, "tick", "--now", "2026-03-17T10:00:01+00:00")
    assert "expired 1" in r.stdout
    got = api.get(oid)
    assert got["status"] == "expired" and got["history"][-1]["by"] == "hub"
    assert "not collected by 2026-03-17T10:00:00" in got["history"][-1]["reason"]
    item = [d for k, d in api.feed("PAR") if k == "order_status"][-1]
    assert (item["status"], item["by"]) == ("expired", "hub")
    # sent once: a second run sends only the new "expired"
    cli(url, "notify", "--sender", f"file:{out}")
    cli(url, "notify", "--sender", f"file:{out}")
    assert [json.loads(x)["kind"] for x in out.read_text().splitlines()] == ["received", "ready", "reminder", "expired"]
    assert api.admin.scalar("SELECT count(*) FROM notifications WHERE sent_at IS NULL") == 0
    # the store's desk confirms "returned to shelf": fine after the hub's expiry
    assert api.pickup("PAR", oid, "expired")["status"] == "accepted"
    # the expired order no longer reserves its stock
    assert api.order("PAR", [("A", 5, 1)])["store"] == "PAR"


def test_collected_after_the_hub_expired_it_is_flagged(api):
    oid = ready_order(api)
    result = expiry.tick(api.admin.engine, "2026-03-22T10:00:00.000000+00:00")
    assert result.expired == [oid]
    res = api.pickup("PAR", oid, "collected", at="2026-03-21T18:00:00+00:00")
    assert res["status"] == "accepted"
    got = api.get(oid)
    assert got["status"] == "collected" and got["conflict"].startswith("collected_after_expiry")


def test_sms_when_no_email_and_console_sender(api, capsys):
    api.store("PAR")
    api.stock("PAR", A=1)
    oid = api.order("PAR", [("A", 1, 100)], key="k", customer={"name": "Bo", "phone": "+33 612345678"})["order_id"]
    api.pickup("PAR", oid, "ready")
    assert notify.send_pending(api.admin.engine, notify.ConsoleSender()) == 2  # received, ready
    assert "[sms to +33 612345678] Order W000001 is ready for pickup" in capsys.readouterr().out
    assert notify.send_pending(api.admin.engine, notify.ConsoleSender()) == 0


def test_orders_waiting_for_a_transfer_are_routed_when_stock_arrives(api):
    api.store("PAR", "48.8566", "2.3522")
    oid = api.order("PAR", [("A", 1, 100)])["order_id"]
    assert expiry.tick(api.admin.engine).routed == []
    assert api.get(oid)["status"] == "needs_transfer"
    api.stock("PAR", A=1)
    assert expiry.tick(api.admin.engine).routed == [oid]
    got = api.get(oid)
    assert (got["status"], got["store"]) == ("routed", "PAR")
    assert [x["action"] for x in got["routing"]] == ["needs_transfer", "route"]


def test_store_settings_from_the_cli(admin):
    url = admin.db_url
    paris = "PAR --name Paris --currency EUR --timezone Europe/Paris --lat 48.8566 --lon 2.3522"
    r = cli(url, "add-store", *paris.split(), "--safety-stock", "2", "--hold-days", "5")
    assert r.returncode == 0, r.stderr
    assert admin.rows("SELECT store, safety_stock_milli, hold_days, reminder_days FROM pickup_stores") == [
        ("PAR", 2000, 5, 2)
    ]
    r = cli(url, "add-store", "LYO", "--name", "Lyon", "--currency", "EUR", "--timezone", "Europe/Paris")
    assert r.returncode == 0 and admin.scalar("SELECT count(*) FROM pickup_stores") == 1  # old options still work
    r = cli(url, "pickup-settings", "LYO", "--lat", "45.764", "--lon", "4.8357", "--reminder-days", "1")
    assert r.returncode == 0 and "hold 7 days, reminder 1 days" in r.stdout, r.stderr
    assert admin.rows("SELECT lat, lon FROM stores WHERE code = 'LYO'") == [("45.764", "4.8357")]
    r = cli(url, "pickup-settings", "LYO", "--hold-days", "1")
    assert r.returncode == 1 and "reminder days < hold days" in r.stderr
    r = cli(url, "pickup-settings", "NOPE", "--hold-days", "3")
    assert r.returncode == 1 and "does not exist" in r.stderr
    r = cli(url, "notify", "--sender", "pigeon")
    assert r.returncode == 1 and "use console, file:PATH, smtp://HOST:PORT or webhook:URL" in r.stderr
