"""A French station's signed monthly archives (issue 19, "Archiving") on real SQLite stations:
made by themselves once a month is closed, named for the hub, journaled, contiguous from one
month to the next; `storedesk fiscal archive --period` writes one anywhere, refuses a month not
closed yet; `storedesk fiscal archive verify` checks a file with no station at all (a separate
process whose station folder is gone), and names a tampered member."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest
from tests.integration.test_fiscal_closings import Clock, at

from storedesk.adapters import fiscal_keys
from storedesk.cli import main
from storedesk.domain.fiscal import archive as rules
from storedesk.services import settings
from storedesk.services.fiscal import archive, closings, due

NOV_CLOSED = "2026-12-01T05:00:00.000000+00:00"
DEC_CLOSED = "2027-01-01T05:00:00.000000+00:00"


@pytest.fixture
def french(station):
    settings.set_setting(station.uow, "fiscal_country", "FR")
    station.uow.cache.clear()
    yield station
    fiscal_keys.forget(station.data_dir)


def close_month(st, period: str, now: str) -> int:
    """The month's closing entry, as services/fiscal/closings.py journals it: its seq."""
    with st.uow.write() as tx:
        payload = {"type": "fiscal_close", "at": now, "store": "PAR01", "station": "T1", "total_minor": 0}
        return tx.journal.append("fiscal_close", f"MONTH-{period}", payload, now).seq


def journal(st, sql: str, params=()) -> list[tuple]:
    con = st.raw()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def rewrite(path: Path, member: str, data: bytes, out: Path) -> Path:
    """A copy of the archive `path` with one member's bytes replaced."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, data if info.filename == member else src.read(info))
    return out


def test_a_closed_month_is_archived_once_in_the_data_folder_under_the_hubs_name(french, monkeypatch):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 16)))
    st.sell(1, 2, 5)
    assert archive.archive_due(st.uow, st.data_dir) == []  # nothing closed yet
    made = closings.close_due(st.uow, NOV_CLOSED)  # the real closings: days 16 to 30, then November
    assert [c.doc_no for c in made][-2:] == ["DAY-2026-11-30", "MONTH-2026-11"]
    last = made[-1].seq
    written = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    assert written == [st.data_dir / "fiscal" / "archives" / "PAR01-T1-2026-11.zip"]
    assert archive.archive_due(st.uow, st.data_dir, NOV_CLOSED) == []  # once
    assert not [p for p in written[0].parent.iterdir() if p.name.startswith(".")]  # no temporary file left
    ((ref, payload),) = journal(st, "SELECT doc_ref, payload FROM journal WHERE kind = 'fiscal_archive'")
    payload = json.loads(payload)
    assert ref == "ARCHIVE-2026-11" and payload["file"] == "PAR01-T1-2026-11.zip"
    assert payload["sha256"] == __import__("hashlib").sha256(written[0].read_bytes()).hexdigest()
    assert (payload["first_seq"], payload["last_seq"], payload["kept"]) == (1, last, "data_folder")
    report = archive.verify_file(written[0])
    assert report.ok, [str(p) for p in report.problems]
    assert report.entries == last and report.signatures == last - 1  # all but the country's own change
    with zipfile.ZipFile(written[0]) as zf:
        assert sorted(zf.namelist()) == sorted([rules.MANIFEST, rules.SIGNATURE, *rules.CONTENT])
        documents = json.loads(zf.read(rules.DOCUMENTS))
        assert [d["kind"] for d in documents] == ["sale"] and documents[0]["content"]["total_minor"] > 0
        keys = json.loads(zf.read(rules.KEYS))
        assert [k["fingerprint"] for k in keys] == [fiscal_keys.existing_key(st.data_dir).fingerprint]


def test_the_next_month_starts_after_the_month_before_its_closing_and_chains_to_it(french):
    st = french
    st.sell(1)
    close_month(st, "2026-11", NOV_CLOSED)
    (nov,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    st.sell(2)
    last = close_month(st, "2026-12", DEC_CLOSED)
    (dec,) = archive.archive_due(st.uow, st.data_dir, DEC_CLOSED)
    first, second = archive.verify_file(nov), archive.verify_file(dec)
    assert first.ok and second.ok, [str(p) for p in first.problems + second.problems]
    assert second.manifest["first_seq"] == first.manifest["last_seq"] + 1
    assert second.manifest["last_seq"] == last
    with zipfile.ZipFile(nov) as zf:
        nov_last = json.loads(zf.read(rules.JOURNAL).splitlines()[-1])
    assert second.manifest["prev_hash"] == nov_last["hash"] and second.manifest["signing_required"] is True
    with zipfile.ZipFile(dec) as zf:
        kinds = [json.loads(line)["kind"] for line in zf.read(rules.JOURNAL).splitlines()]
    assert kinds[0] == "fiscal_archive" and kinds[-1] == "fiscal_close"  # November's archive is December's


def test_a_store_without_archives_gets_none(station):
    station.sell(1)
    close_month(station, "2026-11", NOV_CLOSED)
    assert archive.archive_due(station.uow, station.data_dir, NOV_CLOSED) == []
    assert not (station.data_dir / "fiscal" / "archives").exists()


def test_the_command_refuses_a_month_not_closed_and_writes_a_closed_one(french, tmp_path, capsys):
    st = french
    st.sell(1)
    out = tmp_path / "out" / "nov.zip"
    argv = ["fiscal", "archive", "--period", "2026-11", "--out", str(out), "--data-dir", str(st.data_dir)]
    assert main(argv) == 1
    assert "close the month first: storedesk fiscal close month" in capsys.readouterr().err
    assert not out.exists()
    assert main([*argv[:3], "2026-13", *argv[4:]]) == 2
    assert "invalid period '2026-13'" in capsys.readouterr().err
    close_month(st, "2026-11", NOV_CLOSED)
    before = journal(st, "SELECT count(*) FROM journal")[0][0]
    assert main(argv) == 0
    assert f"archive of 2026-11 written to {out}" in capsys.readouterr().out
    assert archive.verify_file(out).ok
    (kept,) = journal(st, "SELECT json_extract(payload, '$.kept') FROM journal WHERE seq > ?", (before,))
    assert kept == ("elsewhere",)  # journaled, and the data folder's own archive is still due
    assert [p.name for p in archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)] == ["PAR01-T1-2026-11.zip"]


def test_verify_runs_on_a_machine_without_the_station(french, tmp_path):
    """A separate process, its station folder deleted and no data folder of its own: exit 0; a
    member changed by one byte: exit 1, the member named."""
    st = french
    st.sell(1, 5)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    copy = shutil.copy(made, tmp_path / "copy.zip")
    st.close()
    shutil.rmtree(st.data_dir)
    nowhere = tmp_path / "no-station-here"
    env = {**os.environ, "STOREDESK_DATA_DIR": str(nowhere), "XDG_DATA_HOME": str(nowhere)}

    def verify(path) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "storedesk.cli", "fiscal", "archive", "verify", str(path)]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)

    done = verify(copy)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "archive OK" in done.stdout and '"period": "2026-11"' in done.stdout
    with zipfile.ZipFile(copy) as zf:
        text = zf.read(rules.DOCUMENTS)
    at = text.index(b'"total_minor": ') + len(b'"total_minor": ')
    changed = text[:at] + (b"9" if text[at : at + 1] != b"9" else b"8") + text[at + 1 :]
    done = verify(rewrite(copy, rules.DOCUMENTS, changed, tmp_path / "changed.zip"))
    assert done.returncode == 1
    assert "archive BROKEN" in done.stdout and "documents.json, entry" in done.stdout
    assert "differs from its journal entry" in done.stdout
    assert not nowhere.exists()  # no data folder made, no log written


def test_each_member_changed_by_one_byte_in_the_file_is_named(french, tmp_path):
    st = french
    st.sell(1, 2)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    with zipfile.ZipFile(made) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    for name, data in members.items():
        at = len(data) // 2
        changed = data[:at] + (b"0" if data[at : at + 1] != b"0" else b"1") + data[at + 1 :]
        report = archive.verify_file(rewrite(made, name, changed, tmp_path / f"{name}.zip"))
        assert not report.ok
        where = {p.member for p in report.problems}
        assert name in where or (name == rules.MANIFEST and rules.SIGNATURE in where), (name, where)


def test_a_byte_changed_in_the_zip_file_itself_is_named_by_its_member(french, tmp_path):
    st = french
    st.sell(1)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    with zipfile.ZipFile(made) as zf:
        info = zf.getinfo(rules.JOURNAL)
    raw = bytearray(made.read_bytes())
    at = info.header_offset + 30 + len(info.filename) + info.compress_size // 2  # inside its compressed bytes
    raw[at] ^= 0x55
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bytes(raw))
    report = archive.verify_file(broken)
    assert not report.ok and report.problems[0].member == rules.JOURNAL


def test_an_entry_removed_from_the_archive_is_named_by_its_number(french, tmp_path, capsys):
    st = french
    st.sell(1)
    st.sell(2)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    with zipfile.ZipFile(made) as zf:
        lines = zf.read(rules.JOURNAL).splitlines(keepends=True)
    sale = next(i for i, line in enumerate(lines) if json.loads(line)["kind"] == "sale")
    removed = rewrite(made, rules.JOURNAL, b"".join(lines[:sale] + lines[sale + 1 :]), tmp_path / "gap.zip")
    assert main(["fiscal", "archive", "verify", str(removed)]) == 1
    out = capsys.readouterr().out
    assert f"journal.jsonl, entry {sale + 2}" in out and f"expected entry {sale + 1}" in out


def test_verify_opens_no_data_folder_even_where_a_station_is(french, tmp_path, capsys):
    st = french
    st.sell(1)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    log = st.data_dir / "logs" / "storedesk.log"
    before = log.read_bytes() if log.exists() else None
    assert main(["fiscal", "archive", "verify", str(made), "--data-dir", str(st.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "archive OK" in out and fiscal_keys.existing_key(st.data_dir).fingerprint in out
    assert "keys not checked: give --key FINGERPRINT" in out  # any self-consistent key would pass
    assert (log.read_bytes() if log.exists() else None) == before  # nothing logged in the station's folder


def test_an_archive_file_lost_from_the_data_folder_is_made_again(french):
    st = french
    st.sell(1)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    made.unlink()  # the data folder put back elsewhere without its archives, say
    assert archive.archive_due(st.uow, st.data_dir, NOV_CLOSED) == [made]
    assert archive.verify_file(made).ok
    kept = journal(st, "SELECT json_extract(payload, '$.kept') FROM journal WHERE kind = 'fiscal_archive'")
    assert kept == [("data_folder",), ("data_folder",)]  # both journaled


def test_verify_with_the_stations_key_from_the_hub_refuses_an_archive_signed_by_another(french, capsys):
    st = french
    st.sell(1)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    mine = fiscal_keys.existing_key(st.data_dir).fingerprint
    assert main(["fiscal", "archive", "verify", str(made), "--key", mine.upper()]) == 0
    assert f"signed by key(s) {mine}" in capsys.readouterr().out
    assert main(["fiscal", "archive", "verify", str(made), "--key", "0123456789abcdef"]) == 1
    assert f"keys.json: the key {mine} is not one of the keys given as the station's" in capsys.readouterr().out
    assert main(["fiscal", "archive", "verify", str(made), "--key", "xyz"]) == 2


def test_a_member_twice_in_the_zip_is_named(french, tmp_path):
    """A forged documents.json put before the signed one: a reader taking the last of each name
    would check the signed copy and miss the forged one."""
    st = french
    st.sell(1, 2)
    close_month(st, "2026-11", NOV_CLOSED)
    (made,) = archive.archive_due(st.uow, st.data_dir, NOV_CLOSED)
    twice = tmp_path / "twice.zip"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(twice, "w") as dst:
        documents = json.loads(src.read(rules.DOCUMENTS))
        documents[0]["content"]["total_minor"] = 1
        with pytest.warns(UserWarning, match="Duplicate name"):
            dst.writestr(rules.DOCUMENTS, json.dumps(documents).encode())
            for info in src.infolist():
                dst.writestr(info, src.read(info))
    report = archive.verify_file(twice)
    assert not report.ok
    assert any(p.member == rules.DOCUMENTS and "more than one member" in p.reason for p in report.problems)


def test_sales_over_two_months_and_a_z_the_next_morning_close_and_archive_the_month_without_it(
    pinned, monkeypatch, capsys
):
    """October and November on a simulated clock; November's last shift is closed by a Z on
    1 December after a sale that morning. The first sale of a new day closes what ended before
    it is written, so November's closing and archive hold no December document; the archive is
    made after the Z on a thread of its own, and `storedesk fiscal archive verify` accepts it."""
    from storedesk.services import shift

    settings.set_setting(pinned.uow, "fiscal_country", "FR")
    pinned.uow.cache.clear()
    st = pinned
    clock = Clock(monkeypatch, at(date(2026, 10, 30)))
    archived_on = []
    real_archive_due = archive.archive_due

    def archive_due(*args, **kwargs):
        archived_on.append(threading.current_thread().name)
        return real_archive_due(*args, **kwargs)

    monkeypatch.setattr(archive, "archive_due", archive_due)
    manager, sold = st.user("max"), {}
    try:
        for opened, days, z in (
            (date(2026, 10, 30), [date(2026, 10, 30), date(2026, 11, 2)], date(2026, 11, 2)),
            (date(2026, 11, 27), [date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 1)], date(2026, 12, 1)),
        ):
            clock.set(opened, 7)
            shift.open_shift(st.uow, manager, {"10": 1})
            for d in days:
                clock.set(d, 9)
                sold[st.sell(1).receipt_no] = d
            clock.set(z, 17)
            shift.close_shift(st.uow, manager, {"10": 1}, data_dir=st.data_dir)
            due.wait_apart(60)
        assert archived_on and "fiscal-archive" in set(archived_on)  # never on the Z's own thread
        assert due.run_due(st.uow, st.data_dir, clock.at) == due.DueResult()  # nothing left to do
    finally:
        fiscal_keys.forget(st.data_dir)
    months = journal(st, "SELECT doc_no FROM fiscal_closings WHERE kind = 'month' ORDER BY seq")
    assert months == [("MONTH-2026-10",), ("MONTH-2026-11",)]
    folder = st.data_dir / "fiscal" / "archives"
    nov = folder / "PAR01-T1-2026-11.zip"
    assert sorted(p.name for p in folder.iterdir()) == ["PAR01-T1-2026-10.zip", nov.name]
    capsys.readouterr()
    assert main(["fiscal", "archive", "verify", str(nov)]) == 0
    assert "archive OK" in capsys.readouterr().out
    with zipfile.ZipFile(nov) as zf:
        documents = [d["content"]["receipt_no"] for d in json.loads(zf.read(rules.DOCUMENTS))]
        closed = [json.loads(line)["doc_ref"] for line in zf.read(rules.JOURNAL).splitlines()]
    assert documents == [n for n, d in sold.items() if d.month == 11]  # none of December's
    assert closed[-1] == "MONTH-2026-11" and "DAY-2026-12-01" not in closed
