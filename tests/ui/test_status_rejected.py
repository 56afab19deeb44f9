"""The status bar shows events the hub rejected as a fault (red, "N rejected by hub — F6"),
not as one more count (issue 12, item 3): a rejected event never reaches the hub by itself."""

from __future__ import annotations


def test_rejected_events_show_as_a_red_fault_in_the_status_bar(counter):
    counter.login()
    label = counter.window.labels["events"]
    counter.window.refresh_status()
    counter.idle()
    assert "rejected" not in label.text() and not label.property("fault") and label.styleSheet() == ""

    con = counter.db()
    con.execute(
        "INSERT INTO outbox(id, kind, payload, created_at, status, reason) VALUES "
        "('badbadbadbadbadbadbadbadbadbad00', 'sale', '{}', '2026-01-01T00:00:00+00:00', 'rejected', "
        "'receipt PAR01-T1-000002 was already received')"
    )
    con.commit()
    con.close()
    counter.window.refresh_status()
    counter.idle()
    counter.qtbot.waitUntil(lambda: "1 rejected by hub — F6" in label.text(), timeout=5000)
    assert label.property("fault") is True
    assert "#c62828" in label.styleSheet()  # red: a fault to act on
    assert "Sync screen (F6)" in label.toolTip()
