"""A French station's journal and archives at a real hub (issue 19: "the hub keeps every
station's signed documents and closings, and can verify a station's chain without it"): real
stations on SQLite, a real `storedesk-hub serve` on 127.0.0.1, `storedesk sync`'s own step
(services/journal_hub.py) and `storedesk-hub fiscal verify|archive`.

Sales at a French station, a sync: the hub holds the station's journal byte for byte with its
signatures and verifies it; a changed byte, a changed signature and a removed document in the
hub's copy are named; a station that rewrote an entry after sending it is refused and named; a
replaced key still verifies with both keys; an archive file is sent once."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from decimal import Decimal as D
from pathlib import Path

from storedesk.adapters import fiscal_keys
from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.tenders import Tender
from storedesk.services import basket, journal_hub, sale, settings, sync

ENTRY = "seq, kind, doc_ref, created_at, payload, prev_hash, hash"


def sell(st, n: int = 1):
    view = basket.current(st.uow, st.ana)
    view = basket.add_scan(st.uow, st.ana, view.basket_id, gtin_for(n))
    return sale.complete_sale(st.uow, st.ana, view.basket_id, [Tender("cash", view.totals.total + D(5))])


def french(make_station, hub, code="T1"):
    st = make_station(hub, code)
    settings.set_setting(st.uow, "fiscal_country", "FR")
    return st


def hub_file(hub) -> Path:
    return Path(hub.db_url.removeprefix("sqlite:///"))


def hub_sql(hub, sql: str, params=()) -> list:
    con = sqlite3.connect(hub_file(hub), timeout=10)
    try:
        with con:
            return con.execute(sql, params).fetchall()
    finally:
        con.close()


def station_sql(st, sql: str, params=()) -> list:
    con = sqlite3.connect(st.data_dir / "storedesk.db", timeout=10)
    try:
        with con:
            return con.execute(sql, params).fetchall()
    finally:
        con.close()


def hub_fiscal(hub, *args: str) -> tuple[int, str]:
    """`storedesk-hub fiscal ARGS --db HUB` (in this process): exit code and what it printed."""
    from storedesk.hub.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["fiscal", *args, "--db", hub.db_url])
    return code, out.getvalue()


def verify_t1(hub) -> tuple[int, str]:
    return hub_fiscal(hub, "verify", "--store", "PAR01", "--station", "T1")


def test_the_hub_keeps_a_french_stations_journal_and_names_tampering(hub, make_station):
    st = french(make_station, hub)
    receipts = [sell(st, n).receipt_no for n in (1, 2, 3)]
    assert sync.sync_once(st.uow).error is None
    mine = station_sql(
        st,
        f"SELECT {', '.join('j.' + c for c in ENTRY.split(', '))}, s.signature, s.algorithm, s.key_fingerprint "
        "FROM journal j LEFT JOIN journal_signatures s ON s.seq = j.seq ORDER BY j.seq",
    )
    at_hub = hub_sql(
        hub,
        f"SELECT {ENTRY}, signature, algorithm, key_fingerprint FROM station_journal "
        "WHERE store = 'PAR01' AND station = 'T1' ORDER BY seq",
    )
    assert at_hub == mine  # the whole journal, byte for byte, with its signatures
    signed = sum(1 for row in mine if row[7] is not None)
    assert signed >= 4 and mine[-1][2] == receipts[-1]
    code, out = verify_t1(hub)
    assert code == 0, out
    assert f"journal OK: {len(mine)} entries up to seq {len(mine)}, {signed} signatures checked with 1 key(s)" in out
    # the fingerprint the hub lists is the one the station's signatures name: what `--key` pins
    code, out = hub_fiscal(hub, "keys", "--store", "PAR01", "--station", "T1")
    assert code == 0 and out.split("\t")[0] == mine[-1][9] and len(out.strip().splitlines()) == 1

    # a sync with nothing new sends nothing; a new sale sends only what the hub lacks
    assert journal_hub.send_journal(st.uow, st.client()) == (0, len(mine), "")
    sell(st, 1)
    client = st.client()
    added, last, refused = journal_hub.send_journal(st.uow, client)
    client.close()
    assert (added, refused) == (1, "") and last == len(mine) + 1

    # a byte of a payload in the hub's copy
    seq, payload = hub_sql(hub, "SELECT seq, payload FROM station_journal WHERE doc_ref = ?", (receipts[1],))[0]
    hub_sql(hub, "UPDATE station_journal SET payload = ? WHERE seq = ?", (payload.replace('"', "'", 1), seq))
    code, out = verify_t1(hub)
    assert code == 1 and f"FAILED at seq {seq} (document {receipts[1]}): hash does not match its content" in out
    hub_sql(hub, "UPDATE station_journal SET payload = ? WHERE seq = ?", (payload, seq))
    # a signature (another entry's: a valid signature, of something else)
    (other,) = hub_sql(hub, "SELECT signature FROM station_journal WHERE doc_ref = ?", (receipts[0],))[0]
    hub_sql(hub, "UPDATE station_journal SET signature = ? WHERE seq = ?", (other, seq))
    code, out = verify_t1(hub)
    assert code == 1 and f"FAILED at seq {seq} (document {receipts[1]}): signature does not match the entry" in out
    hub_sql(hub, "UPDATE station_journal SET signature = ? WHERE seq = ?", (mine[seq - 1][7], seq))
    assert verify_t1(hub)[0] == 0
    # a removed document: by the chain and by its number
    hub_sql(hub, "DELETE FROM station_journal WHERE seq = ?", (seq,))
    code, out = verify_t1(hub)
    assert code == 1
    assert f"FAILED at seq {seq + 1}" in out and f"sequence gap: expected {seq}, found {seq + 1}" in out
    assert f"document {receipts[1]} is missing (a removed document, found by its number)" in out


def test_the_hub_lists_a_french_stations_closings(hub, make_station):
    from storedesk.services.fiscal import closings

    st = french(make_station, hub)
    sell(st, 1)
    sell(st, 2)
    (day,) = [c for c in closings.close(st.uow, "day") if c.doc_no.startswith("DAY-")]
    assert sync.sync_once(st.uow).error is None
    code, out = hub_fiscal(hub, "closings", "--store", "PAR01")
    assert code == 0, out
    (line,) = out.strip().splitlines()
    where, doc, _closed_at, figures = line.split("\t")
    assert (where, doc) == ("PAR01/T1", day.doc_no)
    shown = json.loads(figures)
    assert (shown["total_minor"], shown["sales"], shown["currency"]) == (day.figures.total_minor, 2, "EUR")
    assert verify_t1(hub)[0] == 0


def test_a_station_that_rewrote_an_entry_after_sending_it_is_refused_and_named(hub, make_station):
    st = french(make_station, hub)
    sell(st, 1)
    second = sell(st, 2).receipt_no
    assert sync.sync_once(st.uow).error is None
    seq, payload, prev = station_sql(st, "SELECT seq, payload, prev_hash FROM journal WHERE doc_ref = ?", (second,))[0]
    kept = hub_sql(hub, "SELECT payload, hash FROM station_journal WHERE seq = ?", (seq,))
    # someone rewrites the sale at the station, with a hash that fits, and sells on
    from storedesk.domain.journal import chain_hash

    forged = payload.replace('"cash"', '"card"', 1)
    assert forged != payload
    station_sql(st, "DROP TRIGGER journal_no_update")  # with a database tool, the permanence guard off
    station_sql(st, "UPDATE journal SET payload = ?, hash = ? WHERE seq = ?", (forged, chain_hash(prev, forged), seq))
    sell(st, 3)
    report = sync.sync_once(st.uow)
    assert report.error is None  # the sales still flow; the mirror is refused
    with st.uow.read() as tx:
        assert f"journal entry {seq} ({second}) differs" in tx.sync_state.get(journal_hub.REFUSED, "")
    assert hub_sql(hub, "SELECT payload, hash FROM station_journal WHERE seq = ?", (seq,)) == kept
    assert hub_sql(hub, "SELECT max(seq) FROM station_journal") == [(seq,)]  # nothing after it taken
    assert hub_sql(hub, "SELECT seq, payload FROM station_journal_conflicts") == [(seq, forged)]
    code, out = verify_t1(hub)
    assert code == 1 and f"journal entry {seq} ({second}) sent again with other content" in out
    sync.sync_once(st.uow)  # the next sync is refused again, recorded once
    assert hub_sql(hub, "SELECT count(*) FROM station_journal_conflicts") == [(1,)]


def test_a_replaced_key_still_verifies_with_both_keys(hub, make_station):
    st = french(make_station, hub)
    sell(st, 1)
    assert sync.sync_once(st.uow).error is None
    fiscal_keys.key_path(st.data_dir).unlink()
    fiscal_keys.forget(st.data_dir)
    sell(st, 2)
    assert sync.sync_once(st.uow).error is None
    fingerprints = {
        r[0] for r in hub_sql(hub, "SELECT key_fingerprint FROM station_journal WHERE signature IS NOT NULL")
    }
    assert len(fingerprints) == 2
    code, out = verify_t1(hub)
    assert code == 0 and "checked with 2 key(s)" in out, out
    fiscal_keys.forget(st.data_dir)


def test_an_archive_is_sent_once_and_another_for_its_month_is_refused(hub, make_station, tmp_path):
    st = french(make_station, hub)
    folder = st.data_dir / "fiscal" / "archives"
    folder.mkdir(parents=True, exist_ok=True)
    import zipfile

    path = folder / "PAR01-T1-2026-11.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("journal.jsonl", '{"seq":1}\n' * 50)
        z.writestr("manifest.json", "{}")
    (folder / "PAR01-T2-2026-11.zip").write_bytes(b"another station's")  # not ours: not sent
    (folder / "PAR01-T1-2026-11.zip.tmp").write_bytes(b"being written")
    assert sync.sync_once(st.uow).error is None
    kept = hub_sql(hub, "SELECT station, period, size, received_at FROM fiscal_archives")
    assert [k[:3] for k in kept] == [("T1", "2026-11", path.stat().st_size)]
    assert sync.sync_once(st.uow).error is None
    assert hub_sql(hub, "SELECT station, period, size, received_at FROM fiscal_archives") == kept  # not sent again
    out_file = tmp_path / "back.zip"
    code, out = hub_fiscal(
        hub, "archive", "--store", "PAR01", "--station", "T1", "--period", "2026-11", "--out", str(out_file)
    )
    assert code == 0 and out_file.read_bytes() == path.read_bytes()

    original = path.read_bytes()
    path.write_bytes(original + b"rewritten")
    assert sync.sync_once(st.uow).error is None
    assert hub_sql(hub, "SELECT period, size FROM fiscal_archive_conflicts") == [("2026-11", len(original) + 9)]
    assert station_sql(st, "SELECT period, size, status FROM fiscal_archives_sent ORDER BY sent_at") == [
        ("2026-11", len(original), "kept"),
        ("2026-11", len(original) + 9, "refused"),
    ]
    assert sync.sync_once(st.uow).error is None  # answered: not offered again
    assert len(station_sql(st, "SELECT 1 FROM fiscal_archives_sent")) == 2
    assert hub_sql(hub, "SELECT count(*) FROM fiscal_archive_conflicts") == [(1,)]
    # a big month goes in parts and is kept whole
    import os

    big = os.urandom(7_000_000)
    (folder / "PAR01-T1-2026-12.zip").write_bytes(big)
    assert sync.sync_once(st.uow).error is None
    assert hub_sql(hub, "SELECT bytes FROM fiscal_archives WHERE period = '2026-12'") == [(big,)]
    assert hub_sql(hub, "SELECT count(*) FROM fiscal_archive_parts") == [(0,)]


def test_a_hub_without_the_routes_does_not_stop_the_sync_and_the_journal_goes_later(hub, make_station, monkeypatch):
    from storedesk.adapters.hub_client import HubClient

    st = french(make_station, hub)
    sell(st, 1)

    def older_hub(self, *args, **kwargs) -> dict:  # what an older hub answers: 404, no such route
        return self._request("GET", "/v1/stations/me/no-such-route")

    with monkeypatch.context() as m:
        for name in ("journal_position", "put_journal", "put_fiscal_archive"):
            m.setattr(HubClient, name, older_hub)
        report = sync.sync_once(st.uow)
    assert report.error is None and report.waiting == 0  # the sale went as an event all the same
    assert hub_sql(hub, "SELECT count(*) FROM station_journal") == [(0,)]
    refused = sync.health(st.uow).fiscal_refused  # shown on the Sync screen, in a whole sentence
    assert refused is not None and "404" in refused.params["reason"]
    assert sync.sync_once(st.uow).error is None  # the hub has the route now, but tried again a day later only
    assert hub_sql(hub, "SELECT count(*) FROM station_journal") == [(0,)]
    a_day_ago(st)
    assert sync.sync_once(st.uow).error is None
    assert verify_t1(hub)[0] == 0
    assert sync.health(st.uow).fiscal_refused is None


def a_day_ago(st) -> None:
    """The station's last refusals (the journal's, the archives') as if a day and a minute old."""
    from datetime import UTC, datetime, timedelta

    then = (datetime.now(UTC) - timedelta(days=1, minutes=1)).isoformat(timespec="microseconds")
    with st.uow.write() as tx:
        if tx.sync_state.get(journal_hub.REFUSED_AT, ""):
            tx.sync_state.set(journal_hub.REFUSED_AT, then)
        tx.conn.execute("UPDATE fiscal_archives_sent SET sent_at = ? WHERE status = 'failed'", (then,))


def test_a_refused_journal_is_not_sent_again_before_a_day(hub, make_station, monkeypatch):
    from storedesk.adapters.hub_client import HubClient

    st = french(make_station, hub)
    sell(st, 1)
    assert sync.sync_once(st.uow).error is None
    (seq,) = station_sql(st, "SELECT max(seq) FROM journal")[0]
    hub_sql(hub, "UPDATE station_journal SET payload = payload || ' ' WHERE seq = ?", (seq,))  # the hub differs
    sell(st, 2)
    calls: list[str] = []
    put = HubClient.put_journal
    monkeypatch.setattr(HubClient, "put_journal", lambda self, e: calls.append("PUT") or put(self, e))
    assert sync.sync_once(st.uow).error is None
    assert calls == ["PUT"] and hub_sql(hub, "SELECT count(*) FROM station_journal_conflicts") == [(1,)]
    for _ in range(3):  # the next syncs send nothing of the journal (their sales go)
        sell(st, 3)
        assert sync.sync_once(st.uow).waiting == 0
    assert calls == ["PUT"]
    assert f"journal entry {seq}" in sync.health(st.uow).fiscal_refused.params["reason"]
    a_day_ago(st)
    sync.sync_once(st.uow)
    assert calls == ["PUT", "PUT"]  # a day later: tried again (and refused again)


def test_a_failing_fiscal_step_does_not_keep_the_sales_from_the_hub(hub, make_station, monkeypatch):
    from storedesk.adapters.hub_client import HubClient, HubUnavailable

    st = french(make_station, hub)
    folder = st.data_dir / "fiscal" / "archives"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "PAR01-T1-2026-11.zip").write_bytes(b"x" * 5_000)

    def timeout(self, *args, **kwargs):
        raise HubUnavailable("hub did not answer in time (read timeout)")

    sell(st, 1)
    with monkeypatch.context() as m:
        m.setattr(HubClient, "put_fiscal_archive", timeout)
        m.setattr(HubClient, "put_journal", timeout)
        report = sync.sync_once(st.uow)
    assert report.error is None and report.sent >= 1 and report.waiting == 0
    assert hub_sql(hub, "SELECT count(*) FROM events WHERE kind = 'sale'") == [(1,)]
    assert hub_sql(hub, "SELECT count(*) FROM station_journal") == [(0,)]
    assert sync.sync_once(st.uow).error is None  # the hub answers again: all of it goes
    assert hub_sql(hub, "SELECT count(*) FROM fiscal_archives") == [(1,)]
    assert verify_t1(hub)[0] == 0


def test_an_archive_refused_other_than_409_is_offered_again_a_day_later(hub, make_station, monkeypatch):
    from storedesk.adapters.hub_client import HubClient, HubRefused

    st = french(make_station, hub)
    folder = st.data_dir / "fiscal" / "archives"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "PAR01-T1-2026-11.zip").write_bytes(b"an archive")
    calls: list[str] = []

    def unprocessable(self, period, *args):
        calls.append(period)
        raise HubRefused("the archive is too big", 422)

    with monkeypatch.context() as m:
        m.setattr(HubClient, "put_fiscal_archive", unprocessable)
        for _ in range(2):
            assert sync.sync_once(st.uow).error is None
        assert calls == ["2026-11"]  # not again at the next sync
        assert station_sql(st, "SELECT status FROM fiscal_archives_sent") == [("failed",)]
        assert "too big" in sync.health(st.uow).fiscal_refused.params["reason"]
    a_day_ago(st)
    assert sync.sync_once(st.uow).error is None
    assert station_sql(st, "SELECT status FROM fiscal_archives_sent") == [("kept",)]
    assert hub_sql(hub, "SELECT count(*) FROM fiscal_archives") == [(1,)]


def test_a_station_restored_from_a_backup_goes_on_mirroring_and_the_hub_keeps_what_it_superseded(
    hub, make_station, tmp_path, capsys
):
    from .test_restore_hub import Till, cli

    st = make_station(hub, "T1")
    folder = st.data_dir
    st.close()
    assert cli(capsys, "config", "set", "fiscal_country", "FR", "--data-dir", folder)[0] == 0
    till = Till(folder)
    till.sell(1)
    assert sync.sync_once(till.uow).error is None
    backup = tmp_path / "backup.db"
    assert cli(capsys, "backup", "--out", backup, "--data-dir", folder)[0] == 0
    till.sell(2)  # after the backup, synced and mirrored, then the disk dies
    assert sync.sync_once(till.uow).error is None
    till.close()
    code, _out, err = cli(capsys, "restore", "--from", backup, "--data-dir", folder)
    assert code == 0, err
    till = Till(folder)
    till.sell(3)
    try:
        assert sync.sync_once(till.uow).error is None
        with till.uow.read() as tx:
            assert tx.sync_state.get(journal_hub.REFUSED, "") == ""
        mine = station_sql(till, f"SELECT {ENTRY} FROM journal ORDER BY seq")
        assert hub_sql(hub, f"SELECT {ENTRY} FROM station_journal ORDER BY seq") == mine
        assert hub_sql(hub, "SELECT count(*) FROM station_journal_superseded")[0][0] >= 1
        code, out = verify_t1(hub)
        assert code == 0, out
        assert "superseded at" in out and "by a restore" in out and "they still chain" in out
    finally:
        till.close()
        fiscal_keys.forget(folder)


def test_a_restored_station_whose_mark_is_behind_its_journal_sends_its_restore_entry(
    hub, make_station, tmp_path, capsys, monkeypatch
):
    """The backup's journal_hub_seq is behind its journal (entries made after its last sync), and
    the station sends in batches that end before its restore entry: it must not count as sent the
    hub's last seq, ahead of it."""
    from .test_restore_hub import Till, cli

    st = make_station(hub, "T1")
    folder = st.data_dir
    st.close()
    assert cli(capsys, "config", "set", "fiscal_country", "FR", "--data-dir", folder)[0] == 0
    till = Till(folder)
    till.sell(1)
    assert sync.sync_once(till.uow).error is None
    till.sell(2)  # in the backup, not yet mirrored
    backup = tmp_path / "backup.db"
    assert cli(capsys, "backup", "--out", backup, "--data-dir", folder)[0] == 0
    till.sell(3)
    till.sell(1)
    assert sync.sync_once(till.uow).error is None  # the hub has more than the backup
    till.close()
    assert cli(capsys, "restore", "--from", backup, "--data-dir", folder)[0] == 0
    till = Till(folder)
    monkeypatch.setattr(journal_hub, "BATCH", 2)
    try:
        with till.uow.read() as tx:
            mark = int(tx.sync_state.get(journal_hub.SENT, "0"))
        (backup_last,) = station_sql(till, "SELECT backup_last_seq FROM restores")[0]
        assert mark < backup_last  # the case: the mark is behind the backup's journal
        till.sell(2)
        assert sync.sync_once(till.uow).error is None
        with till.uow.read() as tx:
            assert tx.sync_state.get(journal_hub.REFUSED, "") == ""
        mine = station_sql(till, f"SELECT {ENTRY} FROM journal ORDER BY seq")
        assert hub_sql(hub, f"SELECT {ENTRY} FROM station_journal ORDER BY seq") == mine
        assert hub_sql(hub, "SELECT count(*) FROM station_journal_conflicts") == [(0,)]
        code, out = verify_t1(hub)
        assert code == 0, out
    finally:
        till.close()
        fiscal_keys.forget(folder)


def test_a_hub_that_lost_entries_gets_them_again_from_the_station(hub, make_station):
    st = french(make_station, hub)
    for n in (1, 2, 3):
        sell(st, n)
    assert sync.sync_once(st.uow).error is None
    (last,) = hub_sql(hub, "SELECT max(seq) FROM station_journal")[0]
    hub_sql(hub, "DELETE FROM station_journal WHERE seq > 2")  # the hub put back from an older backup
    sell(st, 1)
    assert sync.sync_once(st.uow).error is None
    mine = station_sql(st, f"SELECT {ENTRY} FROM journal ORDER BY seq")
    assert len(mine) > last and hub_sql(hub, f"SELECT {ENTRY} FROM station_journal ORDER BY seq") == mine
    assert verify_t1(hub)[0] == 0


def test_a_long_journal_goes_in_batches_by_count_and_by_size(hub, make_station, monkeypatch):
    st = french(make_station, hub)
    with st.uow.write() as tx:
        for n in range(30):
            tx.journal.append("note", f"N{n}", {"type": "note", "at": "2026-11-05T10:00:00Z", "text": "x" * 300}, "t")
    calls: list[int] = []
    from storedesk.adapters.hub_client import HubClient

    put = HubClient.put_journal

    def counted(self, entries):
        calls.append(len(entries))
        return put(self, entries)

    monkeypatch.setattr(HubClient, "put_journal", counted)
    monkeypatch.setattr(journal_hub, "BATCH", 7)
    monkeypatch.setattr(journal_hub, "BATCH_BYTES", 3 * (300 + journal_hub.ENTRY_OVERHEAD))
    assert sync.sync_once(st.uow).error is None
    mine = station_sql(st, f"SELECT {ENTRY} FROM journal ORDER BY seq")
    assert hub_sql(hub, f"SELECT {ENTRY} FROM station_journal ORDER BY seq") == mine
    assert max(calls) <= 7 and len(calls) >= len(mine) // 3  # by size: 2 new entries and the anchor a call
    assert verify_t1(hub)[0] == 0
