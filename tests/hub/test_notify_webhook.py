"""Notifications posted to the web shop (issue 17): `storedesk-hub notify --sender webhook:URL`
posts each notification as JSON signed with `X-Storedesk-Signature: sha256=<HMAC-SHA256 of the
raw body>`, to a REAL HTTP receiver on 127.0.0.1 (http.server in a thread) that checks the
signature. 5xx, timeouts and refused connections are tried again (after 1, 2, 4, 8, 16 minutes),
delivered once; after 6 tries it is given up and listed by `notify --failed`, and
`--retry-failed` sends it again. A notification claimed by one hub process is not sent by another."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storedesk.hub import db
from storedesk.hub.cli import main as hub_main
from storedesk.hub.orders import deliveries
from storedesk.hub.orders.senders import SIGNATURE_HEADER, WebhookSender
from storedesk.hub.times import utc_text

SECRET = b"a shared secret of the web shop"


class Receiver:
    """The web shop's endpoint: answers each POST with the next status of `answers` (the last one
    for ever after), after `delay` seconds; keeps each body whose signature is right."""

    def __init__(self, answers: list[int], delay: float = 0.0):
        self.answers, self.delay = list(answers), delay
        self.posts: list[dict] = []
        self.bad_signatures = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                good = "sha256=" + hmac.new(SECRET, raw, hashlib.sha256).hexdigest()
                if not hmac.compare_digest(self.headers.get(SIGNATURE_HEADER, ""), good):
                    receiver.bad_signatures += 1
                    self.send_response(401)
                else:
                    receiver.posts.append(json.loads(raw))
                    time.sleep(receiver.delay)
                    status = receiver.answers.pop(0) if len(receiver.answers) > 1 else receiver.answers[0]
                    self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/storedesk"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    made: list[Receiver] = []

    def start(answers, delay=0.0) -> Receiver:
        made.append(Receiver(answers, delay))
        return made[-1]

    yield start
    for r in made:
        r.close()


def _placed(api, customer=None) -> str:
    """An order placed (its "received" notification queued, nothing else)."""
    api.store("PAR", "48.8566", "2.3522")
    api.stock("PAR", A=5)
    kw = {"customer": customer} if customer else {}
    return api.order("PAR", [("A", 1, 100)], **kw)["order_id"]


def _in(minutes: float) -> str:
    return utc_text(datetime.now(UTC) + timedelta(minutes=minutes))


def _delivery(api) -> tuple:
    return api.admin.rows("SELECT status, tries, last_error FROM notify_deliveries")[0]


def test_retried_after_two_500s_then_delivered_once(api, receiver):
    shop = receiver([500, 500, 200])
    oid = _placed(api)
    hook = WebhookSender(shop.url, SECRET)
    engine = api.admin.engine
    assert deliveries.run(engine, hook).retrying == 1
    assert _delivery(api) == ("pending", 1, "HTTP 500 Internal Server Error")
    assert deliveries.run(engine, hook, now=_in(0.5)).retrying == 0 and len(shop.posts) == 1  # not due yet
    assert deliveries.run(engine, hook, now=_in(1.1)).retrying == 1  # 1 minute after the first try
    assert deliveries.run(engine, hook, now=_in(3.2)).delivered == 1  # 2 minutes after the second
    assert deliveries.run(engine, hook, now=_in(60)).delivered == 0
    assert shop.bad_signatures == 0 and len(shop.posts) == 3
    first = shop.posts[0]
    assert shop.posts == [first, {**first, "try": 2}, {**first, "try": 3}]  # the same notification
    assert (first["kind"], first["order_id"], first["order_number"], first["store"]) == (
        "received",
        oid,
        "W000001",
        "PAR",
    )
    assert first["recipient"] == "ana@example.com" and first["subject"] == "We have received your order W000001"
    assert _delivery(api)[:2] == ("delivered", 3)


def test_given_up_after_six_tries_listed_and_retried(api, receiver, tmp_path, capsys):
    shop = receiver([503])
    _placed(api)
    hook = WebhookSender(shop.url, SECRET)
    minutes = 0.0
    for tries in range(1, 7):
        outcome = deliveries.run(api.admin.engine, hook, now=_in(minutes))
        assert (outcome.retrying, len(outcome.failed)) == ((1, 0) if tries < 6 else (0, 1))
        minutes += deliveries.wait_after(tries).total_seconds() / 60 + 0.1
    assert len(shop.posts) == 6 == deliveries.MAX_TRIES
    assert deliveries.run(api.admin.engine, hook, now=_in(24 * 60)).delivered == 0 and len(shop.posts) == 6
    assert _delivery(api) == ("failed", 6, "HTTP 503 Service Unavailable")
    url = api.admin.db_url
    assert hub_main(["notify", "--db", url, "--failed"]) == 0
    out = capsys.readouterr()
    (line,) = out.out.splitlines()
    assert line.split("\t")[1:5] == ["W000001", "received", "ana@example.com", "6 tries"] and "HTTP 503" in line
    # the shop is fixed: --retry-failed sends it again (the secret from a file, as the CLI reads it)
    shop.answers = [200]
    secret = tmp_path / "webhook.secret"
    secret.write_bytes(SECRET + b"\n")
    argv = ["notify", "--db", url, "--sender", f"webhook:{shop.url}", "--secret-file", str(secret), "--retry-failed"]
    assert hub_main(argv) == 0
    assert "notify: 1 to try again" in capsys.readouterr().err
    assert _delivery(api)[:2] == ("delivered", 1) and len(shop.posts) == 7
    assert hub_main(["notify", "--db", url, "--failed"]) == 0 and capsys.readouterr().out == ""


def test_timeouts_and_refused_connections_are_tried_again_a_4xx_is_not(api, receiver):
    slow = receiver([200], delay=1.0)
    _placed(api)
    engine = api.admin.engine
    assert deliveries.run(engine, WebhookSender(slow.url, SECRET, timeout=0.2)).retrying == 1
    assert "timed out" in _delivery(api)[2]
    gone = receiver([200])
    gone.close()  # nobody listens on its port any more
    assert deliveries.run(engine, WebhookSender(gone.url, SECRET), now=_in(1.1)).retrying == 1
    assert _delivery(api)[:2] == ("pending", 2) and "refused" in _delivery(api)[2].lower()
    wrong = receiver([404])
    assert len(deliveries.run(engine, WebhookSender(wrong.url, SECRET), now=_in(3.2)).failed) == 1
    assert _delivery(api) == ("failed", 3, "HTTP 404 Not Found")
    bad_key = receiver([200])
    with db.write_tx(engine) as conn:  # retried with the wrong secret: the receiver refuses it
        conn.exec_driver_sql("UPDATE notify_deliveries SET status = 'pending'")
    assert len(deliveries.run(engine, WebhookSender(bad_key.url, b"not the secret"), now=_in(60)).failed) == 1
    assert bad_key.bad_signatures == 1 and bad_key.posts == []


def test_a_notification_claimed_by_one_hub_process_is_not_sent_by_another(api, receiver):
    """While process A is handing a notification over, process B (its own engine on the same
    database) runs too: B finds it claimed and sends nothing; it is delivered once, by A."""
    shop = receiver([200])
    _placed(api)
    other = db.open_hub(api.admin.db_url)
    seen_by_b: list[int] = []

    class A(WebhookSender):
        def send(self, message):
            seen_by_b.append(deliveries.run(other, WebhookSender(shop.url, SECRET)).delivered)
            super().send(message)

    try:
        assert deliveries.run(api.admin.engine, A(shop.url, SECRET)).delivered == 1
        assert seen_by_b == [0] and len(shop.posts) == 1
        assert deliveries.run(other, WebhookSender(shop.url, SECRET), now=_in(60)).delivered == 0
        assert len(shop.posts) == 1
    finally:
        other.dispose()


def test_a_claim_left_by_a_crashed_process_is_taken_over_after_it_runs_out(api, receiver):
    shop = receiver([200])
    _placed(api)
    (nid,) = [r[0] for r in api.admin.rows("SELECT id FROM notifications")]
    now = _in(0)
    assert deliveries._claim(api.admin.engine, nid, "crashed-process", now) is not None  # then it died
    hook = WebhookSender(shop.url, SECRET)
    assert deliveries.run(api.admin.engine, hook, now=_in(1)).delivered == 0  # still claimed
    later = _in(deliveries.CLAIM_SECONDS / 60 + 1)
    assert deliveries.run(api.admin.engine, hook, now=later).delivered == 1
    assert _delivery(api)[:2] == ("delivered", 2) and len(shop.posts) == 1


def test_the_webhook_url_and_secret_are_checked(tmp_path):
    with pytest.raises(ValueError, match="https only"):
        WebhookSender("http://shop.example.com/hook", SECRET)
    with pytest.raises(ValueError, match="webhook:https://HOST/PATH"):
        WebhookSender("ftp://shop.example.com/hook", SECRET)
    empty = tmp_path / "empty"
    empty.write_text("\n")
    argv = ["notify", "--db", f"sqlite:///{tmp_path / 'h.db'}", "--sender", "webhook:https://x.example"]
    assert hub_main(argv) == 1  # no --secret-file
    assert hub_main([*argv, "--secret-file", str(empty)]) == 1
