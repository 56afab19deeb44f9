"""The customer of a French store hears from the hub in French (issue 16, "papers"): the ready
notification is written in the store's language and locale (the hub's store settings), with
the time in the store's time zone; a store without a language set stays English."""

from __future__ import annotations

from storedesk.hub import db
from storedesk.hub.orders import notify
from storedesk.hub.settings.models import store_settings

READY_AT = "2026-03-14T10:00:00+00:00"  # kept 3 days: until 17/03/2026 11:00 in Paris


def _speaks(api, store: str, **settings: str) -> None:
    """The hub's store settings for the store's language and locale (as `store-settings --set` keeps them)."""
    with db.write_tx(api.admin.engine) as conn:
        for key, value in settings.items():
            conn.execute(store_settings.insert().values(store=store, key=key, value=value, updated_at=READY_AT))


def _ready(api, store: str, **settings: str) -> dict:
    api.store(store, "48.8566", "2.3522", hold=3)
    _speaks(api, store, **settings)
    api.stock(store, A=5)
    oid = api.order(store, [("A", 1, 100)], customer={"name": "Zoé", "email": "zoe@example.com"})["order_id"]
    api.pickup(store, oid, "ready", at=READY_AT)
    sent: list[dict] = []

    class Keep:
        name = "test"

        def send(self, message: dict) -> None:
            sent.append(message)

    assert notify.send_pending(api.admin.engine, Keep()) == 2
    assert [m["kind"] for m in sent] == ["received", "ready"]
    return sent[1]


def test_a_french_store_notifies_its_customer_in_french(api):
    message = _ready(api, "PAR", language="fr", locale="fr_FR")
    assert message["subject"] == "Votre commande W000001 est prête à retirer"
    assert message["body"].startswith("Bonjour Zoé, votre commande W000001 est prête chez Store PAR.")
    assert "Nous la gardons jusqu'au 17/03/2026 11:00." in message["body"]  # Paris time, French date


def test_a_store_without_a_language_stays_english(api):
    message = _ready(api, "PAR")
    assert message["subject"] == "Order W000001 is ready for pickup"
    assert "We keep it until 17/03/2026 11:00." in message["body"]  # en_IE, the store's time zone


def test_the_store_voice_defaults_and_follows_the_locale(api):
    api.store("LYS", "45.76", "4.83")
    api.store("BER", "52.52", "13.40")
    _speaks(api, "BER", locale="de_DE")
    with db.read_conn(api.admin.engine) as conn:
        assert notify.store_voice(conn, "LYS") == notify.StoreVoice("Store LYS", "en", "en_IE", "Europe/Paris")
        assert notify.store_voice(conn, "BER").language == "de"
