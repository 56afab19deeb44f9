"""The hub keeps each station's public signing keys (issue 19, hub/stations/keys.py), over real
HTTP on SQLite and PostgreSQL: PUT /v1/stations/me/signing-key with the station token registers
the key once (the same key again changes nothing), a new key is kept beside the earlier ones
(never replacing them), each station has its own list, and anything but an ECDSA P-256 public
key in PEM, or a token that is not a station's, is refused with nothing stored."""

from __future__ import annotations

import hashlib
import threading

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from tests.helpers.threads import run_together

from storedesk.hub import db
from storedesk.hub.stations.keys import keys_of, register

PATH = "/v1/stations/me/signing-key"


def public_pem(private) -> str:
    return (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def fingerprint(pem: str) -> str:
    key = serialization.load_pem_public_key(pem.encode())
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def stored(admin, store: str, station: str):
    with db.read_conn(admin.engine) as conn:
        return keys_of(conn, store, station)


def test_a_station_registers_its_key_once_and_a_new_key_beside_the_old(admin, client):
    admin.store("PAR01")
    t1, t2 = client(admin.station("PAR01", "T1")), client(admin.station("PAR01", "T2"))
    first, second = (
        public_pem(ec.generate_private_key(ec.SECP256R1())),
        public_pem(ec.generate_private_key(ec.SECP256R1())),
    )

    r = t1.put(PATH, json={"public_key": first})
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["new"] is True and (got["store"], got["station"]) == ("PAR01", "T1")
    assert got["fingerprint"] == fingerprint(first) and got["public_key"] == first

    # the same key again (a retry, the next sync; here with CRLF line ends): the first registration
    again = t1.put(PATH, json={"public_key": first.replace("\n", "\r\n")})
    assert again.status_code == 200, again.text
    assert again.json() == {**got, "new": False}

    # a new key for the same station: kept as a new key with its date; the first one stays as it was
    r = t1.put(PATH, json={"public_key": second})
    assert r.status_code == 200 and r.json()["new"] is True
    keys = stored(admin, "PAR01", "T1")
    assert [(k.fingerprint, k.public_key) for k in keys] == [(fingerprint(first), first), (fingerprint(second), second)]
    assert keys[0].registered_at == got["registered_at"] <= keys[1].registered_at
    # and the old key again does not move it to the end nor add a row
    assert t1.put(PATH, json={"public_key": first}).json()["new"] is False
    assert stored(admin, "PAR01", "T1") == keys

    # each station its own list: T2 sending T1's first key is T2's key, T1's list unchanged
    assert t2.put(PATH, json={"public_key": first}).json()["new"] is True
    assert [k.fingerprint for k in stored(admin, "PAR01", "T2")] == [fingerprint(first)]
    assert stored(admin, "PAR01", "T1") == keys


def test_anything_but_a_p256_public_key_or_a_station_token_is_refused_and_nothing_stored(admin, client):
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    p384 = public_pem(ec.generate_private_key(ec.SECP384R1()))
    rsa_key = public_pem(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    private_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        .decode()
    )
    for bad in ("not a key", private_pem, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"):
        r = t1.put(PATH, json={"public_key": bad})
        assert r.status_code == 422 and r.json()["detail"] == "public_key must be a public key in PEM", r.text
    for other in (p384, rsa_key):
        r = t1.put(PATH, json={"public_key": other})
        assert r.status_code == 422, r.text
        assert r.json()["detail"] == "public_key must be an ECDSA P-256 (secp256r1) public key"
    assert t1.put(PATH, json={"public_key": ""}).status_code == 422
    assert t1.put(PATH, json={"public_key": "x" * 5000}).status_code == 422
    assert t1.put(PATH, json={}).status_code == 422

    good = public_pem(ec.generate_private_key(ec.SECP256R1()))
    assert client(admin.erp()).put(PATH, json={"public_key": good}).status_code == 403
    assert client(admin.channel()).put(PATH, json={"public_key": good}).status_code == 403
    assert client(None).put(PATH, json={"public_key": good}).status_code == 401
    assert admin.scalar("SELECT count(*) FROM station_keys") == 0

    # a clerk's station asks in its language: the refusal comes in French
    r = t1.put(PATH, json={"public_key": p384}, headers={"Accept-Language": "fr"})
    assert r.status_code == 422 and "P-256" in r.json()["detail"]
    assert r.json()["detail"] != "public_key must be an ECDSA P-256 (secp256r1) public key"


def test_the_same_key_sent_at_once_by_several_requests_is_kept_once(admin):
    admin.store("PAR01")
    pem = public_pem(ec.generate_private_key(ec.SECP256R1()))
    answers: list = []
    barrier = threading.Barrier(4)

    def send():
        barrier.wait()
        answers.append(register(admin.engine, "PAR01", "T1", pem))

    run_together(send, [()] * 4)
    assert len(answers) == 4 and [a.new for a in answers].count(True) == 1
    assert {a.key for a in answers} == set(stored(admin, "PAR01", "T1"))
