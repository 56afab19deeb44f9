"""The customer at the counter (issue 18), through the real window (offscreen) and a real hub
process: Ctrl+K opens the customer dialog; a new customer is created with their consent and
attached, and the counter shows their name and card; the sale earns points (credited at sync);
the next sale finds the customer at the hub by card, and F9 in the payment dialog pays part of it
with points. The dialog and the counter fit 1024 x 768 in English and German (STOREDESK_SHOTS
keeps the pictures)."""

from __future__ import annotations

import json
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import Qt
from tests.helpers.shots import shoot
from tests.ui.conftest import Counter
from tests.ui.test_gift_cards_counter import fits, hub, registered_counter, sync_station  # noqa: F401

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.i18n import msg, use_store_language, use_store_locale
from storedesk.ui.payment_dialog import PaymentDialog
from storedesk.ui.sale.customer_dialog import CustomerDialog
from storedesk.ui.translation import install_language, text

RULES = {"promotions": [], "loyalty": {"points_per_unit": "10", "point_value": "0.01"}}


def with_rules(c: Counter) -> None:
    with c.db() as con:
        con.execute(
            "INSERT INTO promotion_sets (id, document, source, version, loaded_at) VALUES (1, ?, 'hub', 'v1', ?)",
            (json.dumps(RULES), "2026-01-01T00:00:00Z"),
        )


def open_customer(c: Counter) -> CustomerDialog:
    c.qtbot.keyClick(c.sale.scan, Qt.Key_K, Qt.ControlModifier)
    dlg = c.sale.dialog
    assert isinstance(dlg, CustomerDialog)
    return dlg


def test_create_attach_earn_then_pay_with_points(qtbot, hub, demo_templates, tmp_path):  # noqa: F811
    c = registered_counter(qtbot, hub, demo_templates, tmp_path)
    try:
        with_rules(c)
        c.login()
        c.scan(gtin_for(1))
        c.scan(gtin_for(1))
        dlg = open_customer(c)
        fits(c, dlg, "customer-dialog-en")
        qtbot.keyClicks(dlg.name, "Ada Lovelace")
        qtbot.keyClicks(dlg.phone, "06 12 34 56 78")
        dlg.consent.setChecked(True)
        qtbot.keyClick(dlg.name, Qt.Key_F3)
        qtbot.waitUntil(lambda: c.sale.dialog is None, timeout=10000)
        customer = c.sale.view.basket.customer
        assert customer is not None and customer.name == "Ada Lovelace" and customer.card.startswith("LOY")
        assert c.sale.customer_line.isVisible() and customer.card in c.sale.customer_line.text()
        c.window.resize(1024, 768)
        c.idle()
        shoot(c.window, "customer-counter-en")
        total = c.sale.view.totals.total
        c.key(Qt.Key_F12, c.sale.scan)  # exact cash
        c.qtbot.waitUntil(lambda: c.sale.view is not None and c.sale.view.basket.is_empty, timeout=10000)
        assert not c.sale.customer_line.isVisible()
        earned = int(total * 10)
        with c.db() as con:
            assert con.execute("SELECT card, points_earned FROM sale_customers").fetchall() == [(customer.card, earned)]
        sync_station(c)
        found = hub.get("/v1/customers", token=hub.tokens["T2"], q=customer.card)["customers"]
        assert found[0]["points"] == earned

        # the next sale: found by the card at the hub, pays 0.10 with points (F9)
        c.scan(gtin_for(2))
        dlg = open_customer(c)
        qtbot.keyClicks(dlg.query, customer.card)
        qtbot.keyClick(dlg.query, Qt.Key_Return)
        qtbot.waitUntil(lambda: dlg.results.count() == 1, timeout=10000)
        assert "Ada Lovelace" in dlg.results.item(0).text()
        qtbot.keyClick(dlg.results, Qt.Key_Return)
        qtbot.waitUntil(lambda: c.sale.dialog is None, timeout=10000)
        assert c.sale.view.basket.customer.id == customer.id
        c.key(Qt.Key_F10, c.sale.scan)
        pay = c.sale.dialog
        assert isinstance(pay, PaymentDialog)
        fits(c, pay, "customer-payment-en")
        pay.amount.setText("0.10")
        qtbot.keyClick(pay.amount, Qt.Key_F9)
        qtbot.waitUntil(lambda: len(pay.tenders) == 1, timeout=10000)
        assert pay.tenders[0].kind == "points" and pay.tenders[0].amount == Decimal("0.10")
        assert "10 points taken" in pay.message.text()
        qtbot.keyClick(pay.amount, Qt.Key_Return)  # the rest in cash
        c.qtbot.waitUntil(lambda: c.sale.view is not None and c.sale.view.basket.is_empty, timeout=10000)
        with c.db() as con:
            assert con.execute("SELECT kind, amount_minor FROM sale_payments WHERE kind = 'points'").fetchall() == [
                ("points", 10)
            ]
            assert sorted(con.execute("SELECT points_redeemed FROM sale_customers").fetchall()) == [(0,), (10,)]
        assert hub.get(f"/v1/customers/{customer.id}", token=hub.tokens["T2"])["points"] == earned - 10
        c.qtbot.waitUntil(lambda: c.sale.last_receipt is not None and c.sale.last_receipt.exists(), timeout=10000)
        printed = " ".join(page.extract_text() for page in PdfReader(str(c.sale.last_receipt)).pages)
        # the store speaks French
        assert f"Carte de fidélité {customer.card}" in printed and "Points utilisés : 10" in printed
        assert "Solde de points" in printed  # the balance was known: found at the hub

        # the card scanned in the counter's field attaches its customer at once
        c.scan(customer.card)
        c.qtbot.waitUntil(lambda: c.sale.view.basket.customer is not None, timeout=10000)
        assert c.sale.view.basket.customer.id == customer.id and c.sale.customer_line.isVisible()
    finally:
        c.close()


def test_the_customer_dialog_in_german(qtbot, hub, demo_templates, tmp_path):  # noqa: F811
    c = registered_counter(qtbot, hub, demo_templates, tmp_path, language="de")
    try:
        c.login()
        c.scan(gtin_for(1))
        dlg = open_customer(c)
        fits(c, dlg, "customer-dialog-de")
        dlg.name.setText("Grete Müller")  # keyClicks types ASCII only
        qtbot.keyClicks(dlg.email, "kein-email")
        qtbot.keyClick(dlg.name, Qt.Key_F3)
        qtbot.waitUntil(lambda: dlg.message.kind == "error", timeout=10000)
        said = text(msg("loyalty", "{email} is not an email address", email="kein-email"))
        assert said != "kein-email is not an email address"  # German is installed
        assert said in dlg.message.text()  # refused, said in German
        dlg.email.setText("grete@example.de")
        qtbot.keyClick(dlg.name, Qt.Key_F3)
        qtbot.waitUntil(lambda: c.sale.dialog is None, timeout=10000)
        c.window.resize(1024, 768)
        c.idle()
        shoot(c.window, "customer-counter-de")
        assert "Grete Müller" in c.sale.customer_line.text()
    finally:
        c.close()
        install_language("en")
        use_store_locale("en_IE")
        use_store_language("en")
