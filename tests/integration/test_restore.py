"""`storedesk restore` on real SQLite files, without a hub (issue 12, item 3; DESIGN rule 11).

With no hub to catch up from, the documents made after the backup cannot come back: the
restore journals the unrecoverable range as a "gap", skips numbers the lost documents may
have used (never reused), and the next Z report shows the gap. A bad backup changes nothing.
"""

from __future__ import annotations

import json
import sqlite3

from pypdf import PdfReader

from storedesk.cli import main
from storedesk.services import journal, shift
from storedesk.services.restore.pending import SKIP


def sell(st, *products: int):
    return st.sell(*products, extra_cash="5")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_without_a_hub_the_lost_range_is_a_journaled_gap_shown_on_the_next_z(station, tmp_path, capsys):
    sell(station, 1)
    backup = tmp_path / "backup.db"
    assert run(capsys, "backup", "--out", backup, "--data-dir", station.data_dir)[0] == 0
    lost = [sell(station, 2), sell(station, 3)]  # printed for customers, then the disk dies
    assert [s.receipt_no for s in lost] == ["PAR01-T1-000002", "PAR01-T1-000003"]
    station.close()

    code, out, err = run(capsys, "restore", "--from", backup, "--data-dir", station.data_dir)
    assert code == 0, err
    assert "GAP journaled" in out and "no hub registered" in out
    station.open()
    after = sell(station, 1)
    # never one of the lost numbers: the series skipped SKIP numbers past the backup's
    assert after.receipt_no == f"PAR01-T1-{1 + SKIP + 1:06d}"
    assert journal.verify(station.uow).ok
    con = station.raw()
    (gap,) = [json.loads(p) for (p,) in con.execute("SELECT payload FROM journal WHERE kind = 'gap'")]
    con.close()
    assert gap["after_seq"] == 1 and gap["skipped"]["receipt:T1"] == [2, 1 + SKIP]

    mx = station.user("max")
    shift.open_shift(station.uow, mx, {"20": 1})
    z = shift.close_shift(station.uow, mx, {"20": 1, "10": 1}, data_dir=station.data_dir)
    assert len(z.report.restore_gaps) == 1 and "receipt 2-1001" in z.report.restore_gaps[0]
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(str(z.pdfs[0])).pages).split())
    assert "RESTORED FROM BACKUP WITHOUT THE HUB" in text and "receipt 2-1001" in text
    # the Z after it no longer shows it
    shift.open_shift(station.uow, mx, {"20": 1})
    assert shift.close_shift(station.uow, mx, {"20": 1}, data_dir=station.data_dir).report.restore_gaps == ()


def test_a_damaged_backup_or_a_broken_journal_changes_nothing(station, tmp_path, capsys):
    sell(station, 1)
    station.close()
    before = station.db_path.read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    code, _out, err = run(capsys, "restore", "--from", junk, "--data-dir", station.data_dir)
    assert code == 1 and "nothing was changed" in err
    # a backup whose journal was tampered with
    tampered = tmp_path / "tampered.db"
    assert run(capsys, "backup", "--out", tampered, "--data-dir", station.data_dir)[0] == 0
    con = sqlite3.connect(tampered)
    con.execute("DROP TRIGGER journal_no_update")
    con.execute("UPDATE journal SET payload = replace(payload, 'cash', 'card') WHERE seq = 1")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "restore", "--from", tampered, "--data-dir", station.data_dir)
    assert code == 1 and "journal is broken at sequence 1" in err
    assert station.db_path.read_bytes() == before
    assert not [p for p in station.data_dir.iterdir() if p.name.startswith(("before-restore-", ".restore"))]


def test_a_restore_refuses_while_the_database_is_in_use(station, tmp_path, capsys):
    import subprocess
    import sys

    backup = tmp_path / "backup.db"
    assert run(capsys, "backup", "--out", backup, "--data-dir", station.data_dir)[0] == 0
    # another program (a till) holds the database open
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM sales')"
                ".fetchall(); print('ready', flush=True); time.sleep(60)"
            ),
            str(station.db_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        station.close()
        code, _out, err = run(capsys, "restore", "--from", backup, "--data-dir", station.data_dir)
        assert code == 1 and "in use" in err
    finally:
        holder.kill()
        holder.wait()
    assert not [p for p in station.data_dir.iterdir() if p.name.startswith("before-restore-")]
