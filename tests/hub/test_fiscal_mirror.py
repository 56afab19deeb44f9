"""The stations' journals and archives kept at the hub (issue 19, hub/fiscal/), over real HTTP on
SQLite and PostgreSQL: PUT /v1/stations/me/journal keeps entries once (the same again changes
nothing), refuses and records a different entry at a seq it has, refuses a batch that skips
entries and says where it is; bad input is refused with nothing stored; archives are kept once,
another one for the same period refused and recorded; `storedesk-hub fiscal verify` walks the
hub's copy with the keys the station registered and names a changed byte, a changed signature, a
removed entry and a removed document by its number; `fiscal closings` and `fiscal archive`."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json

from cryptography.hazmat.primitives.asymmetric import ec
from tests.helpers.threads import run_together

from storedesk.domain.fiscal import signing
from storedesk.domain.journal import GENESIS, canonical_json, chain_hash
from storedesk.hub import db
from storedesk.hub.fiscal import verify

JOURNAL = "/v1/stations/me/journal"
KEYS = "/v1/stations/me/signing-key"


def archive_path(period: str) -> str:
    return f"/v1/stations/me/fiscal-archives/{period}"


class Chain:
    """A station's journal as it would write it: sales PAR01-T1-000001..., hashed and signed."""

    def __init__(self, key=None):
        self.key = key or ec.generate_private_key(ec.SECP256R1())
        self.entries: list[dict] = []

    @property
    def public_pem(self) -> str:
        return signing.public_pem(self.key.public_key())

    def fork(self, keep: int, key=None) -> Chain:
        """The same journal up to seq `keep`, then another (a station restored from a backup)."""
        other = Chain(key or self.key)
        other.entries = [dict(e) for e in self.entries[:keep]]
        return other

    def copy(self, entry: dict) -> dict:
        """`entry`'s document again at the next seq, its text unchanged (a restore's catch-up)."""
        return self._append(entry["kind"], entry["doc_ref"], entry["payload"], entry["created_at"])

    def _append(self, kind: str, doc: str, text: str, at: str, key=None) -> dict:
        seq = len(self.entries) + 1
        prev = self.entries[-1]["hash"] if self.entries else GENESIS
        digest = chain_hash(prev, text)
        key = key or self.key
        entry = {
            "seq": seq,
            "kind": kind,
            "doc_ref": doc,
            "created_at": at,
            "payload": text,
            "prev_hash": prev,
            "hash": digest,
            "signature": signing.sign(key, seq, digest),
            "algorithm": signing.ALGORITHM,
            "key_fingerprint": signing.key_fingerprint(key.public_key()),
        }
        self.entries.append(entry)
        return entry

    def restore(self, kind: str = "restore") -> dict:
        """A restore's entry right after the backup's last one (services/restore/catch_up.py, gap.py)."""
        field = "backup_last_seq" if kind == "restore" else "after_seq"
        return self.add(1, kind=kind, payload={"doc_ref": "restore-1", field: len(self.entries)})[0]

    def add(self, n: int, kind: str = "sale", payload: dict | None = None) -> list[dict]:
        made = []
        for _ in range(n):
            seq = len(self.entries) + 1
            sale_no = f"PAR01-T1-{sum(e['kind'] == 'sale' for e in self.entries) + 1:06d}"
            doc = (payload or {}).get("doc_ref") or (sale_no if kind == "sale" else kind)
            at = f"2026-11-05T10:00:{seq % 60:02d}Z"
            made.append(self._append(kind, doc, canonical_json({"type": kind, "at": at, **(payload or {})}), at))
        return made


def stored(admin, sql: str, **params):
    return admin.rows(sql, **params)


def report(admin, store="PAR01", station="T1") -> verify.Report:
    with db.read_conn(admin.engine) as conn:
        return verify.verify(conn, store, station)


def fiscal_cli(admin, *args: str) -> tuple[int, str, str]:
    from storedesk.hub.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["fiscal", *args, "--db", admin.db_url])
    return code, out.getvalue(), err.getvalue()


def a_station(admin, client, station="T1"):
    admin.store("PAR01")
    t = client(admin.station("PAR01", station))
    chain = Chain()
    assert t.put(KEYS, json={"public_key": chain.public_pem}).status_code == 200
    return t, chain


def test_entries_are_kept_once_in_order_and_the_hub_says_where_it_is(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(5)
    r = t1.put(JOURNAL, json={"entries": chain.entries})
    assert r.status_code == 200, r.text
    assert r.json() == {"added": 5, "duplicate": 0, "last_seq": 5}
    # the same batch again (a retry): nothing changes
    assert t1.put(JOURNAL, json={"entries": chain.entries}).json() == {"added": 0, "duplicate": 5, "last_seq": 5}
    # the next batch starts with the last entry the hub has (the station's anchor)
    chain.add(3)
    r = t1.put(JOURNAL, json={"entries": chain.entries[4:]})
    assert r.json() == {"added": 3, "duplicate": 1, "last_seq": 8}
    # a batch that skips entries: refused, the hub says how far it has the journal
    chain.add(3)
    r = t1.put(JOURNAL, json={"entries": chain.entries[9:]})
    assert r.status_code == 409 and "send from seq 9" in r.json()["detail"]
    assert t1.get(JOURNAL).json() == {"last_seq": 8}
    rows = stored(admin, "SELECT seq, payload, hash, signature FROM station_journal ORDER BY seq")
    assert [r[0] for r in rows] == list(range(1, 9))
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (e["payload"], e["hash"], e["signature"]) for e in chain.entries[:8]
    ]  # byte for byte
    got = report(admin)
    assert got.ok and (got.entries, got.signatures, got.keys, got.last_seq) == (8, 8, 1, 8)


def test_a_rewritten_entry_is_refused_recorded_once_and_named_by_verify(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(4)
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    # the station rewrote entry 3 (and re-chained after it), then sells on
    forged = Chain(chain.key)
    forged.add(2)
    forged.add(1, payload={"total_minor": 1})
    forged.add(3)
    for _ in range(2):  # refused each time, recorded once
        r = t1.put(JOURNAL, json={"entries": forged.entries[2:]})
        assert r.status_code == 409, r.text
        assert "journal entry 3 (PAR01-T1-000003) differs" in r.json()["detail"]
        assert t1.get(JOURNAL).json() == {"last_seq": 4}
    assert admin.scalar("SELECT max(seq) FROM station_journal") == 4  # nothing of the batch kept
    kept = stored(admin, "SELECT seq, payload FROM station_journal_conflicts")
    assert kept == [(3, forged.entries[2]["payload"])]
    got = report(admin)
    assert got.failure is None and not got.ok
    assert [c.what for c in got.conflicts] == ["journal entry 3 (PAR01-T1-000003) sent again with other content"]
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 1 and "journal entry 3 (PAR01-T1-000003) sent again with other content" in out


def test_tampering_with_the_hubs_copy_is_named(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(6)
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 0 and "journal OK: 6 entries up to seq 6, 6 signatures checked with 1 key(s)" in out

    def tamper(sql: str, **params):
        from sqlalchemy import text

        with db.write_tx(admin.engine) as conn:
            conn.execute(text(sql), params)

    # one byte of a payload
    original = chain.entries[2]["payload"]
    tamper("UPDATE station_journal SET payload = :p WHERE seq = 3", p=original.replace("10:00", "10:01", 1))
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 1 and "FAILED at seq 3 (document PAR01-T1-000003): hash does not match its content" in out
    tamper("UPDATE station_journal SET payload = :p WHERE seq = 3", p=original)
    # a signature
    other = signing.sign(chain.key, 4, chain.entries[3]["hash"].replace("a", "b"))
    tamper("UPDATE station_journal SET signature = :s WHERE seq = 4", s=other)
    got = report(admin)
    assert (got.failure.seq, got.failure.doc_ref, got.failure.reason) == (
        4,
        "PAR01-T1-000004",
        "signature does not match the entry",
    )
    tamper("UPDATE station_journal SET signature = :s WHERE seq = 4", s=chain.entries[3]["signature"])
    assert report(admin).ok
    # a removed document: by the chain and by its number
    tamper("DELETE FROM station_journal WHERE seq = 5")
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 1
    assert "FAILED at seq 6 (document PAR01-T1-000006): sequence gap: expected 5, found 6" in out
    assert "document PAR01-T1-000005 is missing (a removed document, found by its number)" in out


def test_missing_numbers_are_found_per_series(admin, client):
    t1, chain = a_station(admin, client)
    for n in (1, 4, 2):
        chain.add(1, payload={"doc_ref": f"PAR01-T1-{n:06d}"})
    chain.add(1, kind="return", payload={"doc_ref": "PAR01-T1-R000002"})
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    got = report(admin)
    assert got.failure is None and not got.ok
    assert got.missing_numbers == ["PAR01-T1-000003", "PAR01-T1-R000001"] and got.missing.count == 2


def test_numbers_a_restore_without_the_hub_skipped_are_not_missing(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(2)
    skipped = {"receipt:T1": [3, 5], "cash_move:T1": [1, 1000]}
    chain.add(1, kind="gap", payload={"doc_ref": "restore-1", "skipped": skipped})
    chain.add(1, payload={"doc_ref": "PAR01-T1-000006"})  # the next sale, after the numbers skipped
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    got = report(admin)
    assert got.missing_numbers == [] and got.ok, got
    assert got.skipped == ["PAR01-T1-3..5 skipped by a restore without the hub (seq 3)"]


def test_bad_input_is_refused_and_nothing_stored(admin, client):
    t1, chain = a_station(admin, client)
    erp = client(admin.erp())
    chain.add(3)
    good = chain.entries

    def bad(**change):
        return [{**good[0], **change}, *good[1:]]

    cases = [
        {"entries": []},
        {"entries": [good[0], good[2]]},  # a hole inside the batch
        {"entries": [good[1], good[0]]},
        {"entries": bad(hash="ABC")},
        {"entries": bad(prev_hash="0" * 63)},
        {"entries": bad(seq="1")},
        {"entries": bad(seq=0)},
        {"entries": bad(payload=42)},
        {"entries": bad(payload="")},
        {"entries": bad(kind="")},
        {"entries": bad(key_fingerprint=None)},  # a signature without its key
        {"entries": bad(extra="x")},
        {"entries": bad(payload="x" * 1_000_001)},
        {"entries": [good[0]] * 501},
        {"things": good},
    ]
    for body in cases:
        r = t1.put(JOURNAL, json=body)
        assert r.status_code == 422, (str(body)[:200], r.status_code, r.text[:300])
    assert erp.put(JOURNAL, json={"entries": good}).status_code == 403
    assert erp.get(JOURNAL).status_code == 403
    assert admin.scalar("SELECT count(*) FROM station_journal") == 0
    # unsigned entries are fine (a store that does not sign)
    plain = [{k: v for k, v in e.items() if k not in ("signature", "algorithm", "key_fingerprint")} for e in good]
    assert t1.put(JOURNAL, json={"entries": plain}).json()["added"] == 3


def test_the_same_batch_twice_at_once_is_kept_once(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(50)
    answers: list = []
    run_together(lambda: answers.append(t1.put(JOURNAL, json={"entries": chain.entries})), [(), ()])
    assert sorted(a.status_code for a in answers) == [200, 200], [a.text for a in answers]
    assert sorted(a.json()["added"] for a in answers) == [0, 50]
    assert admin.scalar("SELECT count(*) FROM station_journal") == 50


def archive_part(content: bytes, start: int = 0, end: int | None = None, **change) -> dict:
    return {
        "sha256": hashlib.sha256(content).hexdigest(),
        "size": len(content),
        "start": start,
        "content_base64": base64.b64encode(content[start:end]).decode(),
        **change,
    }


def test_archives_are_kept_once_and_another_for_the_period_is_refused_and_recorded(admin, client, tmp_path):
    t1, chain = a_station(admin, client)
    t2 = client(admin.station("PAR01", "T2"))
    content = b"PK\x03\x04 an archive of November" * 100
    digest = hashlib.sha256(content).hexdigest()
    body = archive_part(content)
    r = t1.put(archive_path("2026-11"), json=body)
    assert r.status_code == 200, r.text
    first = r.json()
    assert (first["new"], first["complete"], first["received"]) == (True, True, len(content))
    assert (first["period"], first["sha256"], first["size"]) == ("2026-11", digest, len(content))
    assert t1.put(archive_path("2026-11"), json=body).json() == {**first, "new": False}
    assert t2.put(archive_path("2026-11"), json=body).json()["new"] is True  # T2's own
    other = content + b"!"
    r = t1.put(archive_path("2026-11"), json=archive_part(other))
    assert r.status_code == 409 and "another archive for 2026-11" in r.json()["detail"]
    for period, payload in [
        ("2026-13", body),
        ("2026-1", body),
        ("2026-12", {**body, "sha256": "0" * 64}),
        ("2026-12", {**body, "content_base64": "not base64!"}),
        ("2026-12", {**body, "size": 10}),  # the part does not fit
        ("2026-12", {**body, "start": -1}),
        ("2026-12", {**body, "size": "3200"}),
        ("2026-12", {"sha256": digest}),
    ]:
        assert t1.put(archive_path(period), json=payload).status_code == 422, (period, str(payload)[:80])
    assert admin.scalar("SELECT count(*) FROM fiscal_archives") == 2
    assert admin.scalar("SELECT count(*) FROM fiscal_archive_parts") == 0
    assert stored(admin, "SELECT station, period, size FROM fiscal_archive_conflicts") == [
        ("T1", "2026-11", len(other))
    ]

    out_file = tmp_path / "back.zip"
    code, out, _ = fiscal_cli(
        admin, "archive", "--store", "PAR01", "--station", "T1", "--period", "2026-11", "--out", str(out_file)
    )
    assert code == 0 and out_file.read_bytes() == content
    code, _, err = fiscal_cli(
        admin, "archive", "--store", "PAR01", "--station", "T1", "--period", "2026-10", "--out", str(out_file)
    )
    assert code == 1 and "no archive of PAR01/T1 for 2026-10" in err
    # verify names the refused archive
    chain.add(1)
    t1.put(JOURNAL, json={"entries": chain.entries})
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 1 and "archive 2026-11 sent again with other bytes" in out


def test_closings_lists_the_fiscal_close_entries_with_their_totals(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(2)
    figures = {
        "currency": "EUR",
        "rates": [{"rate": "20", "base_minor": 1000, "tax_minor": 200, "total_minor": 1200}],
        "total_minor": 1200,
        "perpetual_minor": 99000,
        "sales": 3,
        "returns": 0,
    }
    totals = {"doc_ref": "DAY-2026-11-05", "kind": "day", "period": "2026-11-05", "by": "station", **figures}
    chain.add(1, kind="fiscal_close", payload=totals)
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    code, out, _ = fiscal_cli(admin, "closings", "--store", "PAR01")
    assert code == 0
    line = out.strip().splitlines()
    assert len(line) == 1
    store, doc, at, shown = line[0].split("\t")
    assert (store, doc, at) == ("PAR01/T1", "DAY-2026-11-05", "2026-11-05T10:00:03Z")
    assert json.loads(shown) == figures
    code, out, err = fiscal_cli(admin, "closings", "--store", "PAR01", "--station", "T2")
    assert code == 0 and out == "" and "no fiscal closings of PAR01/T2" in err
    code, _, err = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T2")
    assert code == 1 and "no journal of PAR01/T2" in err


def test_a_restored_stations_journal_supersedes_the_hubs_entries_after_its_backup(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(5)
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    # put back from a backup of seq 3: its signed "restore" entry, the hub's copies of sales 4 and 5
    # re-appended unchanged (the catch-up), then it sells on
    restored = chain.fork(3)
    restored.restore()
    for lost in chain.entries[3:]:
        restored.copy(lost)
    restored.add(1)
    r = t1.put(JOURNAL, json={"entries": restored.entries[1:]})  # from the station's anchor
    assert r.status_code == 200, r.text
    assert r.json() == {"added": 4, "duplicate": 2, "last_seq": 7}
    kept = stored(admin, "SELECT seq, hash FROM station_journal ORDER BY seq")
    assert kept == [(e["seq"], e["hash"]) for e in restored.entries]
    moved = stored(admin, "SELECT seq, hash, superseded_by FROM station_journal_superseded ORDER BY seq")
    assert moved == [(e["seq"], e["hash"], 4) for e in chain.entries[3:]]  # kept, not deleted
    got = report(admin)
    assert got.ok, got
    assert [(s.by_seq, s.by_doc, s.first, s.last, s.problem, s.lost_count) for s in got.superseded] == [
        (4, "restore-1", 4, 5, "", 0)
    ]
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert (
        code == 0
        and "entries 4..5 superseded" in out
        and "by a restore (seq 4, restore-1): kept; they still chain" in out
    )
    # a changed byte in what was superseded is found too
    admin_sql = "UPDATE station_journal_superseded SET payload = 'x' WHERE seq = 5"
    with db.write_tx(admin.engine) as conn:
        conn.exec_driver_sql(admin_sql)
    got = report(admin)
    assert not got.ok and got.superseded[0].problem == "entry 5 does not chain (hash or previous hash)"


def test_a_superseded_document_not_in_the_journal_since_byte_for_byte_is_named(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(5, payload={"total_minor": 10000})
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    # a restore of seq 3 whose journal then has sale 4 with another amount, and no sale 5
    restored = chain.fork(3)
    restored.restore()
    restored.add(1, payload={"doc_ref": "PAR01-T1-000004", "total_minor": 1})
    assert t1.put(JOURNAL, json={"entries": restored.entries[2:]}).status_code == 200
    got = report(admin)
    assert got.failure is None and not got.ok
    (segment,) = got.superseded
    assert segment.problem == "" and segment.lost_count == 2
    assert segment.lost == ("PAR01-T1-000004 (sale, superseded seq 4)", "PAR01-T1-000005 (sale, superseded seq 5)")
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 1 and "document PAR01-T1-000005 (sale, superseded seq 5) is not in the journal since" in out


def test_a_restore_entry_that_is_not_the_stations_own_or_does_not_chain_is_refused(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(4)
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    stranger = chain.fork(2, key=ec.generate_private_key(ec.SECP256R1()))  # signed by a key the hub does not know
    stranger.restore()
    unsigned = chain.fork(2)  # unsigned, over signed entries: a token without a key
    unsigned.restore()
    unsigned.entries[-1].update(signature=None, algorithm=None, key_fingerprint=None)
    detached = chain.fork(2)
    detached.entries[-1] = {**detached.entries[-1], "hash": "f" * 64}  # what it chains onto is not the hub's
    detached.restore()
    elsewhere = chain.fork(2)  # says its backup ended at another seq than the one before it
    elsewhere.add(1, kind="restore", payload={"doc_ref": "restore-1", "backup_last_seq": 1})
    silent = chain.fork(2)  # says nothing of its backup
    silent.add(1, kind="restore", payload={"doc_ref": "restore-1"})
    gap = chain.fork(2)  # a gap's field is after_seq: a backup_last_seq does not count
    gap.add(1, kind="gap", payload={"doc_ref": "restore-1", "backup_last_seq": 2})
    # a key registered after the hub received the entries it would replace (a token holder's own)
    rogue = ec.generate_private_key(ec.SECP256R1())
    assert t1.put(KEYS, json={"public_key": signing.public_pem(rogue.public_key())}).status_code == 200
    late = chain.fork(2, key=rogue)
    late.restore()
    late.add(3, payload={"total_minor": 1})  # the same receipt numbers, other amounts
    for forged in (stranger, unsigned, detached, elsewhere, silent, gap, late):
        r = t1.put(JOURNAL, json={"entries": forged.entries[2:]})
        assert r.status_code == 409, r.text
    assert stored(admin, "SELECT seq, hash FROM station_journal ORDER BY seq") == [
        (e["seq"], e["hash"]) for e in chain.entries
    ]
    assert admin.scalar("SELECT count(*) FROM station_journal_superseded") == 0
    assert admin.scalar("SELECT count(*) FROM station_journal_conflicts") == 7


def test_an_unsigned_restore_is_refused_over_signed_entries_and_taken_over_unsigned_ones(admin, client):
    def unsigned(entries):
        for e in entries:
            e.update(signature=None, algorithm=None, key_fingerprint=None)

    t1, chain = a_station(admin, client)
    chain.add(2, kind="note")
    unsigned(chain.entries)
    chain.add(3)  # then the store signed
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    forged = chain.fork(1)
    forged.restore()
    forged.add(4, payload={"total_minor": 1})
    unsigned(forged.entries)
    r = t1.put(JOURNAL, json={"entries": forged.entries})
    assert r.status_code == 409, r.text
    assert admin.scalar("SELECT count(*) FROM station_journal_superseded") == 0
    got = report(admin)
    assert not got.ok and got.signatures == 3 and len(got.conflicts) == 1

    # a store that never signed: its restore is unsigned, and taken
    t2 = client(admin.station("PAR01", "T2"))
    plain = Chain()
    plain.add(3)
    unsigned(plain.entries)
    assert t2.put(JOURNAL, json={"entries": plain.entries}).status_code == 200
    restored = plain.fork(2)
    restored.restore()
    restored.copy(plain.entries[2])
    unsigned(restored.entries)
    r = t2.put(JOURNAL, json={"entries": restored.entries[1:]})
    assert r.status_code == 200, r.text
    assert admin.scalar("SELECT count(*) FROM station_journal_superseded WHERE station = 'T2'") == 1


def test_documents_the_hub_received_as_events_must_be_in_its_copy_of_the_journal(admin, client):
    from tests.hub.payloads import sale_event

    t1, _chain = a_station(admin, client)
    sales = [sale_event(n) for n in range(1, 5)]
    assert t1.post("/v1/events", json={"events": sales}).status_code == 200
    texts = dict(admin.rows("SELECT doc_ref, payload FROM events WHERE kind = 'sale'"))
    # the journal has sales 1 and 2 as the events were, sale 3 with another content, and no sale 4
    chain = Chain(_chain.key)
    for n in (1, 2, 3):
        ref = f"PAR01-T1-{n:06d}"
        text = texts[ref] if n < 3 else texts[ref].replace('"PAR01"', '"PAR01" ', 1)
        chain._append("sale", ref, text, "2026-11-05T10:00:00Z")
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    got = report(admin)
    assert got.failure is None and not got.ok and got.unmirrored.count == 2
    assert sorted(got.unmirrored.shown) == [  # in the order of the events' ids
        "PAR01-T1-000003 (sale): in the journal with another content than the event received",
        "PAR01-T1-000004 (sale): received as an event, not in the hub's copy of the journal",
    ]
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 1 and "document PAR01-T1-000004 (sale): received as an event, not in the hub's copy" in out


def test_gaps_that_cover_used_numbers_or_are_not_ranges_excuse_nothing_and_verify_stays_bounded(admin, client):
    t1, chain = a_station(admin, client)
    chain.add(3)  # sales 1..3
    chain.add(1, kind="gap", payload={"doc_ref": "g1", "skipped": {"receipt:T1": [2, 6]}})  # 2 and 3 were made
    chain.add(1, kind="gap", payload={"doc_ref": "g2", "skipped": {"receipt:T1": [4, 50_000_000]}})  # too wide
    chain.add(1, kind="gap", payload={"doc_ref": "g3", "skipped": {"receipt:T1": 5, "return:T1": [1, "x"]}})
    chain.add(1, kind="gap", payload={"doc_ref": "g4", "skipped": ["x"]})
    chain.add(1, payload={"doc_ref": "PAR01-T1-050000000"})  # a number far away
    assert t1.put(JOURNAL, json={"entries": chain.entries}).status_code == 200
    got = report(admin)
    assert not got.ok and got.skipped == []
    assert got.refused_gaps == [
        "the gap at seq 4: PAR01-T1-2..6 covers numbers made before it (up to 3)",
        "the gap at seq 5: PAR01-T1- [4, 50000000] is not a range of at most 1000 numbers",
        "the gap at seq 6: PAR01-T1- 5 is not a range of at most 1000 numbers",
        "the gap at seq 6: PAR01-T1-R [1, 'x'] is not a range of at most 1000 numbers",
        "the gap at seq 7: its skipped numbers are not a table of ranges",
    ]
    assert got.missing.count == 50_000_000 - 4 and len(got.missing_numbers) == verify.SHOWN
    assert got.missing_numbers[0] == "PAR01-T1-000004"
    code, out, _ = fiscal_cli(admin, "verify", "--store", "PAR01", "--station", "T1")
    assert code == 1 and f"... and {50_000_000 - 4 - verify.SHOWN} more" in out
    assert "the gap at seq 7: its skipped numbers are not a table of ranges: refused, it excuses no number" in out


def test_a_big_archive_comes_in_parts_and_is_kept_whole(admin, client, tmp_path):
    t1, _chain = a_station(admin, client)
    content = bytes(range(256)) * 27_000  # 6.9 MB: three parts
    part = 3_000_000
    r = t1.put(archive_path("2026-10"), json=archive_part(content, 0, part))
    assert r.status_code == 200 and (r.json()["complete"], r.json()["received"]) == (False, part)
    # a part further on than what came is refused; the same part again (a retry) changes nothing
    assert t1.put(archive_path("2026-10"), json=archive_part(content, 2 * part)).status_code == 422
    assert t1.put(archive_path("2026-10"), json=archive_part(content, 0, part)).json()["received"] == part
    r = t1.put(archive_path("2026-10"), json=archive_part(content, part, 2 * part))
    assert (r.json()["complete"], r.json()["received"]) == (False, 2 * part)
    assert admin.scalar("SELECT count(*) FROM fiscal_archives") == 0
    r = t1.put(archive_path("2026-10"), json=archive_part(content, 2 * part))
    assert r.status_code == 200 and (r.json()["new"], r.json()["complete"]) == (True, True)
    assert admin.scalar("SELECT count(*) FROM fiscal_archive_parts") == 0
    out_file = tmp_path / "back.zip"
    code, _, _ = fiscal_cli(
        admin, "archive", "--store", "PAR01", "--station", "T1", "--period", "2026-10", "--out", str(out_file)
    )
    assert code == 0 and out_file.read_bytes() == content
    # parts whose whole is not what the sha256 says: dropped, nothing kept
    liar = archive_part(content[:100], sha256="1" * 64)
    r = t1.put(archive_path("2026-09"), json=liar)
    assert r.status_code == 422 and "does not match" in r.json()["detail"]
    assert admin.scalar("SELECT count(*) FROM fiscal_archive_parts") == 0
    assert admin.scalar("SELECT count(*) FROM fiscal_archives") == 1


def test_a_new_archive_for_a_period_drops_the_parts_of_another_and_a_too_big_one_is_refused(admin, client):
    from storedesk.hub.fiscal import archives

    t1, _chain = a_station(admin, client)
    for n in range(3):  # three archives started for one month, each its first part only
        content = bytes([n]) * 4_000_000
        r = t1.put(archive_path("2026-01"), json=archive_part(content, 0, 3_000_000))
        assert r.status_code == 200 and r.json()["complete"] is False
    assert stored(admin, "SELECT count(*), sum(size) FROM fiscal_archive_parts") == [(1, 3_000_000)]
    big = archive_part(b"x" * 10, sha256="2" * 64, size=archives.MAX_ARCHIVE + 1)
    assert t1.put(archive_path("2026-02"), json=big).status_code == 422
    assert archives.MAX_ARCHIVE <= 64_000_000
