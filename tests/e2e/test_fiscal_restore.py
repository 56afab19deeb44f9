"""A French station restored from a backup with a real hub (issue 19 with issue 12's restore):
the documents the hub gives back are re-appended and signed by the station's key, so the
journal still verifies, hashes and signatures, before and after the next sale."""

from __future__ import annotations

from storedesk.adapters import fiscal_keys
from storedesk.services import journal, sync

from .test_restore_hub import Till, cli, rows


def test_a_restored_french_station_signs_what_it_catches_up_and_still_verifies(hub, make_station, tmp_path, capsys):
    st = make_station(hub, "T1")
    folder = st.data_dir
    st.close()
    assert cli(capsys, "config", "set", "fiscal_country", "FR", "--data-dir", folder)[0] == 0
    till = Till(folder)
    till.sell(1)
    assert sync.sync_once(till.uow).error is None
    backup = tmp_path / "backup.db"
    assert cli(capsys, "backup", "--out", backup, "--data-dir", folder)[0] == 0
    lost = till.sell(2)  # after the backup, synced, then the disk dies
    assert sync.sync_once(till.uow).waiting == 0
    till.close()

    code, _out, err = cli(capsys, "restore", "--from", backup, "--data-dir", folder)
    assert code == 0, err
    till = Till(folder)
    signed = rows(
        folder,
        "SELECT j.kind, j.doc_ref FROM journal_signatures s JOIN journal j ON j.seq = s.seq ORDER BY s.seq",
    )
    assert signed[-1] == ("sale", lost.receipt_no)  # the hub's copy, re-appended and signed here
    after = till.sell(3)
    res = journal.verify(till.uow)
    assert (res.ok, res.reason) == (True, "")
    assert res.signatures == len(signed) + 1
    # every entry is signed: the key's introduction, the first sale, the restore, the lost sale
    kinds = [k for k, _ in signed]
    assert kinds[0] == "signing_key" and kinds.count("sale") == 2 and "restore" in kinds
    assert rows(folder, "SELECT j.doc_ref FROM journal_signatures s JOIN journal j ON j.seq = s.seq ORDER BY s.seq")[
        -1
    ] == (after.receipt_no,)
    till.close()
    fiscal_keys.forget(folder)
