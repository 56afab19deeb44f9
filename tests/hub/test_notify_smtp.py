"""Notifications that reach people by email (issue 17): `storedesk-hub notify --sender
smtp://HOST:PORT` hands each notification to a REAL SMTP server started here (aiosmtpd on
127.0.0.1), which keeps what it received: the subject, the plain and HTML parts, in the store's
language, the pickup code; STARTTLS with a certificate made by the test; the login from a file
and from the environment (never the command line); an address the server refuses is given up at
once and listed by --failed."""

from __future__ import annotations

import email
import socket
import ssl
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from storedesk.hub import db
from storedesk.hub.cli import main as hub_main
from storedesk.hub.orders import deliveries, notify
from storedesk.hub.orders.senders import SenderOptions, SmtpLogin, SmtpSender, sender_from_spec
from storedesk.hub.settings.models import store_settings

from .test_orders_support import ANA

READY_AT = "2026-03-14T10:00:00+00:00"
SHOP = "shop@example.com"


class Inbox:
    """What the SMTP server received: each message parsed, its envelope, whether it came over TLS,
    and each login it accepted."""

    def __init__(self, refuse: str | None = None):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str], bool]] = []
        self.logins: list[tuple[str, str]] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos), session.ssl is not None))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=(auth_data.login, auth_data.password) == (b"shop", b"s3cret pass"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    """start(**smtp_options) -> (Inbox, port): a real SMTP server on 127.0.0.1, stopped after the test."""
    running: list[Controller] = []

    def start(refuse: str | None = None, **options):
        inbox = Inbox(refuse)
        port = _free_port()
        controller = Controller(
            inbox, hostname="127.0.0.1", port=port, authenticator=inbox.authenticate, auth_require_tls=False, **options
        )
        controller.start()
        running.append(controller)
        return inbox, port

    yield start
    for controller in running:
        controller.stop()


def _speaks_french(api, store: str) -> None:
    with db.write_tx(api.admin.engine) as conn:
        for key, value in (("language", "fr"), ("locale", "fr_FR")):
            conn.execute(store_settings.insert().values(store=store, key=key, value=value, updated_at=READY_AT))


def _ready_order(api, store="PAR", french=False, customer=None) -> str:
    api.store(store, "48.8566", "2.3522", hold=3)
    if french:
        _speaks_french(api, store)
    api.stock(store, A=5)
    oid = api.order(store, [("A", 1, 100)], customer=customer or {"name": "Zoé", "email": "zoe@example.com"})
    api.pickup(store, oid["order_id"], "ready", at=READY_AT)
    return oid["order_id"]


def _parts(message) -> tuple[str, str]:
    return message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()


def test_a_french_store_emails_its_customer_in_french_with_the_pickup_code(api, smtp_server):
    inbox, port = smtp_server()
    oid = _ready_order(api, french=True)
    code = api.admin.scalar("SELECT pickup_code FROM orders WHERE id = :id", id=oid)
    sender = SmtpSender("127.0.0.1", port, SHOP)
    outcome = deliveries.run(api.admin.engine, sender)
    assert (outcome.delivered, outcome.retrying, outcome.failed) == (2, 0, [])
    received, ready = inbox.messages
    assert inbox.envelopes[1] == (SHOP, ["zoe@example.com"], False)
    assert (ready["From"], ready["To"]) == (SHOP, "zoe@example.com")
    assert received["Subject"] == "Nous avons bien reçu votre commande W000001"
    assert "merci pour votre commande W000001" in _parts(received)[0]
    assert ready["Subject"] == "Votre commande W000001 est prête à retirer"
    plain, html = _parts(ready)
    assert plain.startswith("Bonjour Zoé, votre commande W000001 est prête chez Store PAR.")
    assert f"Présentez le code de retrait {code}." in plain and "jusqu'au 17/03/2026 11:00" in plain
    assert "<h1>Votre commande W000001 est prête à retirer</h1>" in html
    assert f"code de retrait {code}" in html and "jusqu&#x27;au 17/03/2026 11:00" in html
    # delivered once: another run sends nothing, and the outbox says by whom
    assert deliveries.run(api.admin.engine, SmtpSender("127.0.0.1", port, SHOP)).delivered == 0
    assert len(inbox.messages) == 2
    assert api.admin.rows("SELECT DISTINCT status, tries FROM notify_deliveries") == [("delivered", 1)]
    assert api.admin.scalar("SELECT count(*) FROM notifications WHERE sender = :s", s=f"smtp://127.0.0.1:{port}") == 2


def test_starttls_with_the_chains_own_certificate_and_a_login_from_a_file(api, smtp_server, tmp_path):
    from tests.integration.test_hub_tls import Pki

    pki = Pki(tmp_path / "pki")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(pki.cert, pki.key)
    inbox, port = smtp_server(tls_context=server_tls, require_starttls=True)
    _ready_order(api)
    login = tmp_path / "smtp-login"
    login.write_text("shop\ns3cret pass\n", encoding="utf-8")
    options = SenderOptions(SHOP, starttls=True, credentials_file=str(login), cafile=str(pki.ca))
    outcome = deliveries.run(api.admin.engine, sender_from_spec(f"smtp://127.0.0.1:{port}", options))
    assert outcome.delivered == 2, api.admin.rows("SELECT last_error FROM notify_deliveries")
    assert inbox.logins == [("shop", "s3cret pass")]  # one connection for the run
    assert [tls for _f, _t, tls in inbox.envelopes] == [True, True]
    assert inbox.messages[1]["Subject"] == "Order W000001 is ready for pickup"


def test_a_server_that_is_not_the_chains_is_not_trusted(api, smtp_server, tmp_path):
    from tests.integration.test_hub_tls import Pki

    pki = Pki(tmp_path / "pki")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(pki.cert, pki.key)
    inbox, port = smtp_server(tls_context=server_tls, require_starttls=True)
    _ready_order(api)
    outcome = deliveries.run(api.admin.engine, SmtpSender("127.0.0.1", port, SHOP, starttls=True))  # system CAs
    assert (outcome.delivered, outcome.retrying) == (0, 2) and inbox.messages == []
    errors = [e for (e,) in api.admin.rows("SELECT last_error FROM notify_deliveries")]
    assert all("CERTIFICATE_VERIFY_FAILED" in e for e in errors), errors


def test_the_cli_takes_the_login_from_the_environment(api, smtp_server, monkeypatch, capsys):
    inbox, port = smtp_server()
    _ready_order(api)
    monkeypatch.setenv("STOREDESK_SMTP_USER", "shop")
    monkeypatch.setenv("STOREDESK_SMTP_PASSWORD", "s3cret pass")
    url = api.admin.db_url
    argv = ["notify", "--db", url, "--sender", f"smtp://127.0.0.1:{port}", "--from", SHOP]
    assert hub_main(argv) == 0
    assert "notify: 2 sent, 0 to try again later, 0 given up" in capsys.readouterr().err
    assert inbox.logins == [("shop", "s3cret pass")] and len(inbox.messages) == 2
    # no --from: a clear refusal; a login in the URL is refused (it would show in `ps`)
    assert hub_main(["notify", "--db", url, "--sender", f"smtp://127.0.0.1:{port}"]) == 1
    assert "smtp needs --from ADDRESS" in capsys.readouterr().err
    assert hub_main(["notify", "--db", url, "--sender", f"smtp://shop:pw@127.0.0.1:{port}", "--from", SHOP]) == 1
    assert "the login goes in --credentials-file or the environment" in capsys.readouterr().err


def test_a_refused_address_is_given_up_at_once_and_listed(api, smtp_server, capsys):
    inbox, port = smtp_server(refuse="nobody@example.com")
    _ready_order(api, customer={**ANA, "email": "nobody@example.com"})
    outcome = deliveries.run(api.admin.engine, SmtpSender("127.0.0.1", port, SHOP))
    assert (outcome.delivered, outcome.retrying, len(outcome.failed)) == (0, 0, 2) and inbox.messages == []
    assert hub_main(["notify", "--db", api.admin.db_url, "--failed"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:4] for line in listed] == [
        ["W000001", k, "nobody@example.com"] for k in ("received", "ready")
    ]
    assert "550 5.1.1 no such mailbox" in listed[0]


def test_logins_travel_over_tls_only_unless_the_relay_is_on_this_machine():
    with pytest.raises(ValueError, match="add --starttls"):
        SmtpSender("mail.example.com", 587, SHOP, login=SmtpLogin("shop", "pw"))
    SmtpSender("mail.example.com", 587, SHOP, starttls=True, login=SmtpLogin("shop", "pw"))
    SmtpSender("127.0.0.1", 25, SHOP, login=SmtpLogin("shop", "pw"))


def test_a_shipped_order_says_its_tracking_in_the_stores_language():
    order = {
        "number": "W000042",
        "customer_name": "Zoé",
        "pickup_code": "123456",
        "expires_at": None,
        "fulfilment": "ship",
        "parcels": [{"tracking": "1Z999AA10123456784", "carrier": "UPS"}, {"tracking": "1Z999AA10123456785"}],
    }
    paris = notify.StoreVoice("Paris Rivoli", "fr", "fr_FR", "Europe/Paris")
    subject, body = notify.text_of("shipped", order, paris)
    assert subject == "Votre commande W000042 a été expédiée"
    assert body == (
        "Bonjour Zoé, votre commande W000042 est partie de Paris Rivoli en 2 colis. "
        "Suivi : UPS 1Z999AA10123456784, 1Z999AA10123456785."
    )
    one = {**order, "parcels": [{"tracking_number": "JJD0001", "carrier": "manual"}]}
    english = notify.StoreVoice("Dublin", "en", "en_IE", "Europe/Dublin")
    assert notify.text_of("shipped", one, english)[1] == (
        "Hello Zoé, your order W000042 has left Dublin in 1 parcel. Tracking: JJD0001."
    )
    assert notify.text_of("received", order, english)[1].endswith("when it has been shipped.")
    berlin = notify.StoreVoice("Berlin", "de", "de_DE", "Europe/Berlin")
    assert notify.text_of("shipped", {**order, "parcels": [{}, {}]}, berlin)[1] == (
        "Hallo Zoé, Ihre Bestellung W000042 hat Berlin in 2 Paketen verlassen."
    )
