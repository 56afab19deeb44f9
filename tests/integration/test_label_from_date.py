"""A shelf or price label printed beforehand for a scheduled price (services/prices.py) says from
when that price holds, dated as on the receipts, so a shelf never shows tomorrow's price as
today's; a label for a change already in force says no date."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from storedesk.i18n.formats import fmt_date
from storedesk.services import prices
from storedesk.services.context import config
from storedesk.services.stock import printing


@pytest.mark.parametrize("kind", ["shelf", "price"])
def test_a_label_printed_beforehand_says_from_when_its_price_holds(pinned, tmp_path, kind):
    day = (datetime.now(config(pinned.uow).tz).date() + timedelta(days=2)).isoformat()
    with pinned.uow.write() as tx:
        tx.conn.execute("UPDATE products SET price_minor = 279 WHERE id = 1")  # in force now: a label due
        prices.schedule(tx, 2, f"{day}T00:00", 549, "2026-01-01T00:00:00+00:00")  # Test Brioche, at midnight
        prices.schedule(tx, 5, f"{day}T06:30", 349, "2026-01-01T00:00:00+00:00")  # Test Cola x6, at 06:30
    written = printing.price_change_labels(pinned.uow, kind, data_dir=tmp_path)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(written.path)).pages)
    assert "€5.49" in text and "€3.49" in text and "€2.79" in text
    dated = [ln.strip() for ln in text.splitlines() if ln.strip().startswith("from ")]
    shown = fmt_date(date.fromisoformat(day))  # the store's locale
    assert dated == [f"from {shown}", f"from {shown} 06:30"]  # Brioche, Cola; the change in force (Apples) none
