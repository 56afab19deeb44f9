"""Signed journal entries at a French station (issue 19, "Security"), on real SQLite files:
the station key in the data folder (0600, never in the database), each sale's entry signed in
the sale's transaction, and `storedesk journal verify` naming the first document that fails."""

from __future__ import annotations

import base64
import os
import sqlite3
import stat

import pytest

from storedesk.adapters import fiscal_keys
from storedesk.adapters.db import DB_FILENAME
from storedesk.cli import main
from storedesk.domain.fiscal import signing
from storedesk.services import journal


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def french(station):
    """The demo station once its store follows France's rules: sales are signed."""
    station.set_setting("fiscal_country", "FR")
    yield station
    fiscal_keys.forget(station.data_dir)


def signatures(st) -> list[tuple]:
    con = st.raw()
    try:
        return con.execute(
            "SELECT j.seq, j.kind, j.doc_ref, j.hash, s.algorithm, s.key_fingerprint, s.signature "
            "FROM journal_signatures s JOIN journal j ON j.seq = s.seq ORDER BY s.seq"
        ).fetchall()
    finally:
        con.close()


def tamper(st, *statements: str) -> None:
    """What someone with the file could do: drop the guard triggers and edit rows."""
    st.close()
    con = sqlite3.connect(st.db_path, isolation_level=None)
    try:
        for sql in statements:
            con.execute(sql)
    finally:
        con.close()


def three_sales(st) -> tuple[list[str], dict[str, int]]:
    """Three signed sales: their receipt numbers, and each one's journal seq."""
    receipts = [st.sell(n).receipt_no for n in (1, 2, 5)]
    return receipts, {r[2]: r[0] for r in signatures(st)}


def verify_cli(capsys, st) -> str:
    """`storedesk journal verify` on the station, which must fail: what it printed."""
    code, out, err = run(capsys, "journal", "verify", "--data-dir", st.data_dir)
    assert code == 1 and "Traceback" not in err, out
    return out


def test_a_station_whose_store_signs_makes_its_key_on_first_need_and_signs_each_sale(french):
    st = french
    path = fiscal_keys.key_path(st.data_dir)
    assert not path.exists()  # the demo station was made before its store chose France
    r1 = st.sell(1, 2)
    r2 = st.sell(5)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    key = fiscal_keys.ensure_key(st.data_dir)
    rows = signatures(st)
    # the key's first signature is preceded by the entry that introduces it (its public key)
    assert [(r[1], r[2]) for r in rows] == [
        ("signing_key", key.fingerprint),
        ("sale", r1.receipt_no),
        ("sale", r2.receipt_no),
    ]
    for seq, kind, doc, digest, algorithm, fingerprint, sig in rows:
        # the second form: the entry's kind, document and time are signed too
        assert (algorithm, fingerprint) == (signing.ALGORITHM_V2, key.fingerprint)
        created_at = french.raw().execute("SELECT created_at FROM journal WHERE seq = ?", (seq,)).fetchone()[0]
        row = signing.SignedRow(seq, kind, doc, digest, sig, fingerprint, created_at, algorithm)
        assert signing.is_valid_entry(key.public, row)
        assert not signing.is_valid(key.public, seq, digest, sig)  # not the first form's message
    # the private key is in the file only, never in the database
    con = st.raw()
    try:
        dumped = "\n".join(con.iterdump())
    finally:
        con.close()
    assert "PRIVATE KEY" not in dumped
    res = journal.verify(st.uow)
    assert (res.ok, res.signatures) == (True, 3)


def test_a_store_without_a_fiscal_country_signs_nothing_and_makes_no_key(station):
    station.sell(1)
    assert station.count("journal_signatures") == 0
    assert not fiscal_keys.key_path(station.data_dir).exists()
    res = journal.verify(station.uow)
    assert (res.ok, res.signatures) == (True, 0)


def test_signatures_are_permanent(french):
    french.sell(1)
    con = french.raw()
    try:
        with pytest.raises(sqlite3.IntegrityError, match="permanent"):
            con.execute("UPDATE journal_signatures SET signature = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="permanent"):
            con.execute("DELETE FROM journal_signatures")
    finally:
        con.close()


def test_verify_names_the_sale_whose_payload_byte_changed(french, capsys):
    receipts, seqs = three_sales(french)
    seq = seqs[receipts[1]]
    edit = f'UPDATE journal SET payload = replace(payload, \'"user":"ana"\', \'"user":"anb"\') WHERE seq = {seq}'
    tamper(french, "DROP TRIGGER journal_no_update", edit)
    assert verify_cli(capsys, french).startswith(
        f"journal BROKEN at sequence {seq}: hash does not match its content (document {receipts[1]})"
    )


def test_verify_names_the_sale_rehashed_by_someone_without_the_key(french, capsys):
    """A forger who recomputes the hash chain after editing a sale is caught by its signature."""
    st = french
    r1 = st.sell(1)
    st.sell(2)
    first = signatures(st)[1][0]  # the first sale (after the entry introducing the key)
    con = st.raw()
    try:
        rows = con.execute("SELECT seq, payload FROM journal WHERE seq >= ? ORDER BY seq", (first,)).fetchall()
        prev = con.execute("SELECT prev_hash FROM journal WHERE seq = ?", (first,)).fetchone()[0]
    finally:
        con.close()
    from storedesk.domain.journal import chain_hash

    statements = ["DROP TRIGGER journal_no_update"]
    for seq, payload in rows:
        if seq == first:
            payload = payload.replace('"user":"ana"', '"user":"anb"')
        digest = chain_hash(prev, payload)
        statements.append(
            f"UPDATE journal SET payload = '{payload}', prev_hash = '{prev}', hash = '{digest}' WHERE seq = {seq}"
        )
        prev = digest
    tamper(st, *statements)
    out = verify_cli(capsys, st)
    assert out.startswith(
        f"journal BROKEN at sequence {first}: signature does not match the entry (document {r1.receipt_no})"
    )
    assert "hash chain of" in out


def test_verify_names_the_sale_whose_signature_byte_changed(french, capsys):
    receipts, seqs = three_sales(french)
    seq = seqs[receipts[1]]
    sig = next(r[6] for r in signatures(french) if r[0] == seq)
    raw = bytearray(base64.b64decode(sig))
    raw[40] ^= 0x01
    forged = base64.b64encode(bytes(raw)).decode()
    drop = "DROP TRIGGER journal_signatures_no_update"
    tamper(french, drop, f"UPDATE journal_signatures SET signature = '{forged}' WHERE seq = {seq}")
    assert verify_cli(capsys, french).startswith(
        f"journal BROKEN at sequence {seq}: signature does not match the entry (document {receipts[1]})"
    )


def test_verify_names_a_removed_signature_and_a_removed_entry(french, capsys):
    receipts, seqs = three_sales(french)
    seq = seqs[receipts[1]]
    tamper(french, "DROP TRIGGER journal_signatures_no_delete", f"DELETE FROM journal_signatures WHERE seq = {seq}")
    assert verify_cli(capsys, french).startswith(
        f"journal BROKEN at sequence {seq}: signature missing (document {receipts[1]})"
    )

    # the last sale's entry removed too: the first failure is still the missing signature
    tamper(french, "DROP TRIGGER journal_no_delete", f"DELETE FROM journal WHERE seq = {seqs[receipts[2]]}")
    french.open()
    res = journal.verify(french.uow)
    assert (res.ok, res.broken_seq, str(res.reason)) == (False, seq, "signature missing")


def test_verify_names_a_removed_last_entry_by_its_leftover_signature(french):
    _receipts, seqs = three_sales(french)
    seq = max(seqs.values())
    tamper(french, "DROP TRIGGER journal_no_delete", f"DELETE FROM journal WHERE seq = {seq}")
    french.open()
    res = journal.verify(french.uow)
    assert (res.ok, res.broken_seq, str(res.reason)) == (False, seq, "signed entry missing from the journal")


def test_verify_with_the_key_file_gone_checks_with_the_public_key_the_station_kept(french, capsys):
    """Checking needs only the public key, which the station keeps (s0026) and the journal carries."""
    st = french
    st.sell(1)
    fiscal_keys.key_path(st.data_dir).unlink()
    fiscal_keys.forget(st.data_dir)
    code, out, _ = run(capsys, "journal", "verify", "--data-dir", st.data_dir)
    assert code == 0 and out.splitlines()[0] == "journal OK: 2 entries, 2 signatures"
    assert not fiscal_keys.key_path(st.data_dir).exists()  # checking never makes a key


def test_init_makes_the_station_key_private_to_its_owner(tmp_path, capsys):
    folder = tmp_path / "new"
    code, out, _ = run(
        capsys,
        "init",
        "--data-dir",
        folder,
        "--store",
        "S1",
        "--station",
        "T1",
        "--manager-user",
        "boss",
        "--manager-pin",
        "2468",
    )
    assert code == 0, out
    path = fiscal_keys.key_path(folder)
    key = fiscal_keys.ensure_key(folder)
    assert f"Signing key {key.fingerprint} in {path}" in out
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert b"PRIVATE KEY" in path.read_bytes() and path.name != DB_FILENAME
    fiscal_keys.forget(folder)


def test_a_french_z_is_signed_in_the_close_and_a_forged_z_is_named(french, capsys):
    from storedesk.services import shift

    st = french
    mx = st.user("max")
    shift.open_shift(st.uow, mx, {"10": 1})
    st.sell(1)
    z = shift.close_shift(st.uow, mx, {"10": 1}, data_dir=st.data_dir)
    assert z.z_no == 1
    kinds = [(r[1], r[2]) for r in signatures(st)]
    con = st.raw()
    try:
        z_doc = con.execute("SELECT doc_ref FROM journal WHERE kind = 'shift_close'").fetchone()[0]
    finally:
        con.close()
    assert [k for k, _ in kinds] == ["signing_key", "shift_open", "sale", "shift_close"] and kinds[-1][1] == z_doc
    assert journal.verify(st.uow).ok
    seq = signatures(st)[-1][0]
    tamper(
        st,
        "DROP TRIGGER journal_no_update",
        f"UPDATE journal SET payload = replace(payload, '\"z_no\":1', '\"z_no\":9') WHERE seq = {seq}",
    )
    code, out, _ = run(capsys, "journal", "verify", "--data-dir", st.data_dir)
    assert code == 1
    assert out.startswith(
        f"journal BROKEN at sequence {seq}: hash does not match its content (document {kinds[-1][1]})"
    )


def test_a_french_return_is_signed_too(french):
    from decimal import Decimal

    from storedesk.services.returns import complete, lookup
    from storedesk.services.returns.planning import ReturnLineIn

    st = french
    sold = st.sell(1, 2)
    mx = st.user("max")
    found = lookup.find_sale(st.uow, sold.receipt_no)
    done = complete.complete_return(
        st.uow, mx, found, [ReturnLineIn(1, Decimal(1))], "changed_mind", refund_to="original"
    )
    assert [(r[1], r[2]) for r in signatures(st)][1:] == [("sale", sold.receipt_no), ("return", done.return_no)]
    res = journal.verify(st.uow)
    assert (res.ok, res.signatures) == (True, 3)


def test_verify_counts_the_signatures_it_checked(french, capsys):
    french.sell(1)
    french.sell(2)
    french.close()
    code, out, _ = run(capsys, "journal", "verify", "--data-dir", french.data_dir)
    assert code == 0 and out.splitlines()[0] == "journal OK: 3 entries, 3 signatures"


def test_verify_after_the_key_file_was_replaced_checks_each_document_with_its_own_key(french, capsys):
    """A station whose key file was lost (a new disk) signs with a new key from then on; what
    the old key signed still verifies, and a signature by a key the station never had is named."""
    st = french
    st.sell(1)
    old = fiscal_keys.ensure_key(st.data_dir).fingerprint
    fiscal_keys.key_path(st.data_dir).unlink()
    fiscal_keys.forget(st.data_dir)
    st.sell(2)
    new = fiscal_keys.ensure_key(st.data_dir).fingerprint
    assert new != old
    rows = signatures(st)
    assert [(r[1], r[5]) for r in rows] == [
        ("signing_key", old),
        ("sale", old),
        ("signing_key", new),
        ("sale", new),
    ]
    res = journal.verify(st.uow)
    assert (res.ok, res.signatures) == (True, 4)
    seq = rows[1][0]
    drop = "DROP TRIGGER journal_signatures_no_update"
    tamper(st, drop, f"UPDATE journal_signatures SET key_fingerprint = 'feedfacefeedface' WHERE seq = {seq}")
    assert "signed by another key (feedfacefeedface), not one of this station's" in verify_cli(capsys, st)


def test_turning_signing_off_and_on_again_is_journaled_and_verifies(station, capsys):
    """The country's change is journaled before it takes effect: turning signing off is itself
    signed, the entries while it is off need none, and a signature removed after it is back on
    is still named."""
    from storedesk.services import settings

    st = station
    settings.set_setting(st.uow, "fiscal_country", "FR")
    st.sell(1)
    settings.set_setting(st.uow, "fiscal_country", "")
    unsigned = st.sell(2).receipt_no
    settings.set_setting(st.uow, "fiscal_country", "FR")
    last = st.sell(5).receipt_no
    con = st.raw()
    try:
        kinds = con.execute(
            "SELECT j.kind, j.doc_ref, s.seq IS NOT NULL FROM journal j LEFT JOIN journal_signatures s "
            "ON s.seq = j.seq WHERE j.kind IN ('fiscal_country', 'sale') ORDER BY j.seq"
        ).fetchall()
    finally:
        con.close()
    assert [tuple(k) for k in kinds][-6:] == [
        ("fiscal_country", "FR", 0),
        ("sale", kinds[1][1], 1),
        ("fiscal_country", "", 1),
        ("sale", unsigned, 0),
        ("fiscal_country", "FR", 0),
        ("sale", last, 1),
    ]
    assert journal.verify(st.uow).ok
    seqs = {r[2]: r[0] for r in signatures(st)}
    drop = "DROP TRIGGER journal_signatures_no_delete"
    tamper(st, drop, f"DELETE FROM journal_signatures WHERE seq = {seqs[last]}")
    st.open()
    res = journal.verify(st.uow)
    assert (res.ok, res.broken_seq, str(res.reason), res.broken_doc) == (False, seqs[last], "signature missing", last)
    fiscal_keys.forget(st.data_dir)


# --- review fixes (issue 19, wave 3): what the signature covers, which keys count, the tail ---


def rows_of(st, sql: str, params=()) -> list[tuple]:
    con = st.raw()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_a_sale_relabelled_and_redated_in_the_journal_is_named(french, capsys):
    """kind, doc_ref and created_at are outside the hash: the second signature form covers them,
    so a sale turned into a no-sale dated in another year (payload untouched) is named."""
    receipts, seqs = three_sales(french)
    seq = seqs[receipts[1]]
    tamper(
        french,
        "DROP TRIGGER journal_no_update",
        "UPDATE journal SET kind = 'no_sale', doc_ref = 'X', created_at = '2030-01-01T00:00:00.000000+00:00' "
        f"WHERE seq = {seq}",
    )
    assert verify_cli(capsys, french).startswith(
        f"journal BROKEN at sequence {seq}: signature does not match the entry (document X)"
    )
    # the date alone, too
    seq3 = seqs[receipts[2]]
    tamper(french, f"UPDATE journal SET created_at = '2020-01-01T00:00:00.000000+00:00' WHERE seq = {seq3}")
    french.open()
    res = journal.verify(french.uow)
    assert (res.ok, res.broken_seq) == (False, seq)  # still the first failure
    tamper(french, f"UPDATE journal SET kind = 'sale', doc_ref = '{receipts[1]}' WHERE seq = {seq}")
    french.open()
    res = journal.verify(french.uow)
    # created_at still changed on both: named at the first
    assert (res.ok, res.broken_seq, str(res.reason)) == (False, seq, "signature does not match the entry")


def test_signatures_of_the_first_form_still_verify(french):
    """Entries signed before the second form (algorithm ECDSA-P256-SHA256: seq and hash only)
    still verify with the message they were signed with; the form is the stored algorithm."""
    receipts, seqs = three_sales(french)
    key = fiscal_keys.ensure_key(french.data_dir)
    old = [(signing.sign(key.private, seq, digest), seq) for seq, _k, _d, digest, *_ in signatures(french)][:3]
    tamper(
        french,
        "DROP TRIGGER journal_signatures_no_update",
        *(
            f"UPDATE journal_signatures SET algorithm = '{signing.ALGORITHM}', signature = '{sig}' WHERE seq = {seq}"
            for sig, seq in old
        ),
    )
    french.open()
    assert [r[4] for r in signatures(french)] == [signing.ALGORITHM] * 3 + [signing.ALGORITHM_V2]
    res = journal.verify(french.uow)
    assert (res.ok, res.signatures) == (True, 4)
    # an old signature passed off as the new form fails: the form is part of what is checked
    tamper(
        french, f"UPDATE journal_signatures SET algorithm = '{signing.ALGORITHM_V2}' WHERE seq = {seqs[receipts[0]]}"
    )
    french.open()
    res = journal.verify(french.uow)
    assert (res.ok, res.broken_seq, str(res.reason)) == (False, seqs[receipts[0]], "signature does not match the entry")


def test_a_key_slipped_into_the_key_table_does_not_make_a_rewritten_chain_verify(french, capsys):
    """fiscal_public_keys accepts an INSERT: only a key the journal introduced (a signing_key entry
    in the hash chain) is trusted, so a chain rewritten and re-signed with another key is named."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from storedesk.domain.journal import canonical_json, chain_hash

    receipts, seqs = three_sales(french)
    forger = ec.generate_private_key(ec.SECP256R1())
    fp = signing.key_fingerprint(forger.public_key())
    pem = signing.public_pem(forger.public_key())
    start = seqs[receipts[0]]
    chain = rows_of(
        french, "SELECT seq, kind, doc_ref, created_at, payload FROM journal WHERE seq >= ? ORDER BY seq", (start,)
    )
    prev = rows_of(french, "SELECT hash FROM journal WHERE seq = ?", (start - 1,))[0][0]
    statements = [
        "DROP TRIGGER journal_no_update",
        "DROP TRIGGER journal_signatures_no_update",
        "INSERT INTO fiscal_public_keys(fingerprint, algorithm, public_pem, first_seq, created_at) "
        f"VALUES ('{fp}', '{signing.ALGORITHM}', '{pem}', 1, '2026-01-01')",
    ]
    import json

    for seq, kind, doc_ref, created_at, payload in chain:
        if seq == start:
            payload = canonical_json({**json.loads(payload), "total_minor": 1})
        digest = chain_hash(prev, payload)
        sig = signing.sign_entry(forger, seq, kind, doc_ref, created_at, digest)
        statements += [
            f"UPDATE journal SET payload = '{payload}', prev_hash = '{prev}', hash = '{digest}' WHERE seq = {seq}",
            f"UPDATE journal_signatures SET signature = '{sig}', key_fingerprint = '{fp}', "
            f"algorithm = '{signing.ALGORITHM_V2}' WHERE seq = {seq}",
        ]
        prev = digest
    tamper(french, *statements)
    out = verify_cli(capsys, french)
    assert out.startswith(
        f"journal BROKEN at sequence {start}: signed by another key ({fp}), not one of this station's"
    )
    assert f"(document {receipts[0]})" in out


def test_verify_lists_the_keys_that_signed_and_key_pins_them(french, capsys):
    """The keys that signed, each with the entry that introduced it, for a person to compare with
    the hub's list; --key accepts only the keys given."""
    french.sell(1)
    french.sell(2)
    key = fiscal_keys.ensure_key(french.data_dir).fingerprint
    french.close()
    code, out, _ = run(capsys, "journal", "verify", "--data-dir", french.data_dir)
    assert code == 0
    assert f"signed by key {key}, introduced at entry 1 (3 signatures)" in out.splitlines()
    assert "keys not pinned: give --key FINGERPRINT" in out
    code, out, _ = run(capsys, "journal", "verify", "--data-dir", french.data_dir, "--key", key.upper())
    assert code == 0 and out.startswith("journal OK: 3 entries, 3 signatures") and "not pinned" not in out
    code, out, _ = run(capsys, "journal", "verify", "--data-dir", french.data_dir, "--key", "feedfacefeedface")
    assert code == 1
    assert out.startswith(
        f"journal BROKEN at sequence 1: signed by the key {key}, which is not one of the keys given with --key"
    )
    code, _out, err = run(capsys, "journal", "verify", "--data-dir", french.data_dir, "--key", "nothex")
    assert code == 2 and "16 hexadecimal digits" in err
    french.open()
    res = journal.verify(french.uow)
    assert [(k.fingerprint, k.introduced_seq, k.signatures) for k in res.keys] == [(key, 1, 3)]


def test_the_newest_documents_removed_are_named_by_their_numbers(french, capsys):
    """Cutting off the journal's tail (entries and signatures) leaves a whole chain: the receipt
    counter's last number must be in the journal, so the removed sale is named by its number."""
    receipts, seqs = three_sales(french)
    first = seqs[receipts[1]]
    tamper(
        french,
        "DROP TRIGGER journal_no_delete",
        "DROP TRIGGER journal_signatures_no_delete",
        f"DELETE FROM journal_signatures WHERE seq >= {first}",
        f"DELETE FROM journal WHERE seq >= {first}",
    )
    out = verify_cli(capsys, french)
    assert out.splitlines()[:3] == [
        f"journal BROKEN: document {receipts[1]} missing from the journal, and 1 other number",
        f"  missing: {receipts[1]}",
        f"  missing: {receipts[2]}",
    ]
    french.open()
    res = journal.verify(french.uow)
    assert (res.ok, res.missing, res.missing_count, res.broken_doc) == (False, tuple(receipts[1:]), 2, receipts[1])


def test_a_sale_removed_from_the_middle_is_named_by_its_number_even_on_an_unsigned_station(station):
    """Without signatures the chain can be rebuilt around a removed sale, but not its number."""
    from storedesk.domain.journal import chain_hash

    receipts = [station.sell(n).receipt_no for n in (1, 2, 5)]
    chain = rows_of(station, "SELECT seq, doc_ref, payload FROM journal ORDER BY seq")
    statements = ["DROP TRIGGER journal_no_update", "DROP TRIGGER journal_no_delete", "DELETE FROM journal"]
    prev, seq = "0" * 64, 0
    for _old, doc_ref, payload in chain:
        if doc_ref == receipts[1]:
            continue
        seq += 1
        digest = chain_hash(prev, payload)
        statements.append(
            "INSERT INTO journal(seq, kind, doc_ref, created_at, payload, prev_hash, hash) VALUES "
            f"({seq}, 'sale', '{doc_ref}', '2026-01-01T00:00:00.000000+00:00', '{payload}', '{prev}', '{digest}')"
        )
        prev = digest
    tamper(station, *statements)
    station.open()
    res = journal.verify(station.uow)
    assert (res.ok, res.broken_seq, res.missing) == (False, None, (receipts[1],))
    assert str(res.reason) == f"document {receipts[1]} missing from the journal"


def test_a_restore_without_the_hub_skips_numbers_that_are_not_missing(french, tmp_path, capsys):
    """A French station restored from a backup without its hub: the numbers the restore skipped
    (its signed "gap" entry) are not missing, and the signatures go on verifying."""
    french.sell(1)
    backup = tmp_path / "backup.db"
    assert run(capsys, "backup", "--out", backup, "--data-dir", french.data_dir)[0] == 0
    french.sell(2)  # lost with the disk
    french.close()
    code, _out, err = run(capsys, "restore", "--from", backup, "--data-dir", french.data_dir)
    assert code == 0, err
    french.open()
    after = french.sell(5)
    assert after.receipt_no != "PAR01-T1-000002"
    res = journal.verify(french.uow)
    assert (res.ok, res.missing) == (True, ()), str(res.reason)
