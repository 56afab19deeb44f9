"""Tokens and sales travel encrypted (issue 12, item 8).

A real `storedesk-hub serve --ssl-certfile --ssl-keyfile` on 127.0.0.1 with a certificate from a
certificate authority made here (as a chain makes its own); a station registered with
`--ca-file` syncs over HTTPS; one without it refuses the unknown certificate, says so, keeps its
events, and syncs once given the CA with `storedesk register`. A station refuses plain http to
any host but loopback unless told `--insecure-http`, when it is set and again when it is used.
"""

from __future__ import annotations

import datetime
import ipaddress
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import Station
from tests.e2e.conftest import Hub
from tests.helpers.stations import init_at_hub, init_linked, paris_today, sell_one, waiting

from storedesk.adapters.hub_client import HubClient, HubConfig, HubRefused
from storedesk.cli import main as station_cli
from storedesk.hub.cli import main as hub_main
from storedesk.services import sync

x509 = pytest.importorskip("cryptography.x509")  # the `test` extras install it
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID  # noqa: E402

# --- a certificate authority and a server certificate for 127.0.0.1 / localhost --------------------------


def _name(cn: str):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _pem_key(key, password: bytes | None = None) -> bytes:
    enc = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)


class Pki:
    """A chain's own CA (ca.pem) and the hub's certificate signed by it (hub.pem, hub.key)."""

    def __init__(self, folder: Path):
        now = datetime.datetime.now(datetime.UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca = (
            x509.CertificateBuilder()
            .subject_name(_name("Test Chain CA"))
            .issuer_name(_name("Test Chain CA"))
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    key_cert_sign=True,
                    crl_sign=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        self.server_key = ec.generate_private_key(ec.SECP256R1())
        server = (
            x509.CertificateBuilder()
            .subject_name(_name("storedesk hub"))
            .issuer_name(ca.subject)
            .public_key(self.server_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        folder.mkdir(parents=True, exist_ok=True)
        self.ca = folder / "ca.pem"
        self.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        self.cert = folder / "hub.pem"
        self.cert.write_bytes(server.public_bytes(serialization.Encoding.PEM))
        self.key = folder / "hub.key"
        self.key.write_bytes(_pem_key(self.server_key))
        self.key.chmod(0o600)
        self.ca_key = folder / "ca.key"
        self.ca_key.write_bytes(_pem_key(ca_key))


class TlsHub(Hub):
    """The e2e Hub (store PAR01, stations T1 and T2), served over HTTPS by `storedesk-hub serve`."""

    scheme = "https"

    def __init__(self, tmp_path: Path, pki: Pki):
        super().__init__(tmp_path)
        self.pki = pki

    @property
    def verify(self) -> str:
        return str(self.pki.ca)

    def args(self) -> list[str]:
        return [*super().args(), "--ssl-certfile", str(self.pki.cert), "--ssl-keyfile", str(self.pki.key)]


@pytest.fixture
def pki(tmp_path):
    return Pki(tmp_path / "pki")


@pytest.fixture
def tls_hub(tmp_path, pki):
    h = TlsHub(tmp_path, pki).start()
    yield h
    h.stop()


def _token_file(tmp_path: Path, token: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(token + "\n")
    path.chmod(0o600)
    return path


# --- the station syncs over HTTPS with the chain's own CA -----------------------------------------------


def test_a_station_syncs_over_https_with_its_chains_ca(tls_hub, pki, tmp_path, capsys, monkeypatch):
    import certifi

    folder = tmp_path / "t1"
    token_file = _token_file(tmp_path, tls_hub.tokens["T1"], "t1.token")
    assert init_at_hub(folder, tls_hub.url, "T1", "--ca-file", str(pki.ca), "--token-file", str(token_file)) == 0
    out = capsys.readouterr().out
    assert f"Registered at the hub {tls_hub.url}" in out and "hub-ca.pem" in out
    assert (folder / "hub-ca.pem").read_bytes() == pki.ca.read_bytes()  # kept in the data folder
    pki.ca.unlink()  # the copy is what the station uses, not the file it was given
    total = sell_one(folder)
    # $REQUESTS_CA_BUNDLE (set on many machines) must not replace the station's own CA
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certifi.where())
    assert station_cli(["sync", "--once", "--data-dir", str(folder)]) == 0, capsys.readouterr().err
    assert "waiting 0" in capsys.readouterr().out
    tls_hub.pki.ca = folder / "hub-ca.pem"
    day = tls_hub.get("/v1/stores/PAR01/day-totals", date=paris_today())
    assert day["sales_count"] == 1 and day["gross_minor"] == int(total * 100)
    assert station_cli(["status", "--data-dir", str(folder)]) == 0
    status = capsys.readouterr().out
    assert f"hub:              {tls_hub.url} (CA hub-ca.pem)" in status and "INSECURE" not in status


def test_without_the_ca_the_station_refuses_the_certificate_and_keeps_its_events(tls_hub, pki, tmp_path, capsys):
    folder = tmp_path / "t2"
    token_file = _token_file(tmp_path, tls_hub.tokens["T2"], "t2.token")
    assert init_at_hub(folder, tls_hub.url, "T2", "--token-file", str(token_file)) == 0
    capsys.readouterr()
    sell_one(folder)
    queued = waiting(folder)
    assert queued >= 2  # the sale and its stock movements
    assert station_cli(["sync", "--once", "--data-dir", str(folder)]) == 3
    err = capsys.readouterr().err
    assert "did not pass the TLS check" in err and "--ca-file" in err and f"{queued} events wait" in err
    assert "certificate" in err and tls_hub.tokens["T2"] not in err
    assert waiting(folder) == queued
    assert tls_hub.get("/v1/stores/PAR01/day-totals", date=paris_today())["sales_count"] == 0

    # the same station given its chain's CA later, its token kept
    assert station_cli(["register", "--hub", tls_hub.url, "--ca-file", str(pki.ca), "--data-dir", str(folder)]) == 0
    assert "token unchanged" in capsys.readouterr().out
    assert station_cli(["sync", "--once", "--data-dir", str(folder)]) == 0
    assert waiting(folder) == 0
    assert tls_hub.get("/v1/stores/PAR01/day-totals", date=paris_today())["sales_count"] == 1


def test_a_ca_that_did_not_sign_the_hubs_certificate_is_refused(tls_hub, tmp_path):
    other = Pki(tmp_path / "other")
    client = HubClient(HubConfig(tls_hub.url, tls_hub.tokens["T1"], str(other.ca)))
    try:
        with pytest.raises(HubRefused, match="does not vouch for it"):
            client.health()
    finally:
        client.close()


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "not found"),
        ("", "holds no PEM certificate"),
        ("not a certificate\n", "holds no PEM certificate"),
        ("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "does not parse"),
        ("key", "holds a private key"),
    ],
)
def test_a_bad_ca_file_is_refused_at_init_and_nothing_is_created(pki, tmp_path, capsys, content, message):
    ca = tmp_path / "bad-ca.pem"
    if content == "key":
        ca.write_bytes(pki.ca.read_bytes() + pki.ca_key.read_bytes())
    elif content is not None:
        ca.write_text(content)
    folder = tmp_path / "s"
    code = init_linked(folder, "--token", "A" * 43, "--ca-file", str(ca))
    err = capsys.readouterr().err
    assert code == 1 and message in err, err
    assert not (folder / "storedesk.db").exists()


# --- plain http: loopback only, unless a lab says --insecure-http ----------------------------------------


def test_plain_http_to_another_host_is_refused_at_init_and_nothing_is_created(tmp_path, capsys):
    folder = tmp_path / "s"
    code = station_cli(
        ["init", "--demo", "--hub", "http://10.0.0.5:8750", "--token", "A" * 43, "--data-dir", str(folder)]
    )
    err = capsys.readouterr().err
    assert code == 1 and "unencrypted" in err and "--insecure-http" in err and "https://" in err
    assert not (folder / "storedesk.db").exists() and not (folder / "hub.token").exists()


def test_insecure_http_is_a_visible_choice(tmp_path, capsys):
    folder = tmp_path / "s"
    assert (
        station_cli(
            [
                "init",
                "--demo",
                "--hub",
                "http://10.0.0.5:8750",
                "--token",
                "A" * 43,
                "--insecure-http",
                "--data-dir",
                str(folder),
            ]
        )
        == 0
    )
    assert "INSECURE" in capsys.readouterr().out
    assert station_cli(["status", "--data-dir", str(folder)]) == 0
    assert "http://10.0.0.5:8750  INSECURE" in capsys.readouterr().out
    assert station_cli(["config", "show", "--data-dir", str(folder)]) == 0
    assert "hub_insecure_http = '1'  (fixed)" in capsys.readouterr().out
    st = Station(folder)
    try:
        cfg = sync.hub_config(st.uow)
        assert cfg.insecure_http and HubClient(cfg).refusal is None
    finally:
        st.close()
    # registering again without the flag drops it: each run states the whole link
    assert station_cli(["register", "--hub", "http://10.0.0.5:8750", "--data-dir", str(folder)]) == 1
    assert station_cli(["register", "--hub", "https://10.0.0.5:8750", "--data-dir", str(folder)]) == 0
    assert station_cli(["status", "--data-dir", str(folder)]) == 0
    assert "INSECURE" not in capsys.readouterr().out


def test_loopback_http_needs_no_flag(tmp_path):
    folder = tmp_path / "s"
    for url in ("http://127.0.0.1:8750", "http://localhost:8750"):
        assert (
            station_cli(
                [
                    "init",
                    "--demo",
                    "--hub",
                    url,
                    "--token",
                    "A" * 43,
                    "--data-dir",
                    str(folder / url[7:].replace(":", "-")),
                ]
            )
            == 0
        )


def test_a_setting_edited_by_hand_cannot_send_the_token_in_clear(station, tmp_path):
    """The rule is checked again at use time: a hub_url changed in the database to plain http
    elsewhere (or a cleared flag) makes every request refuse before anything is sent."""
    sync.register(station.uow, "https://hub.example.com", "A" * 43)
    con = sqlite3.connect(station.db_path)
    with con:
        con.execute("UPDATE settings SET value = 'http://10.0.0.5:9' WHERE key = 'hub_url'")
    con.close()
    station.uow.cache.clear()
    _sell = station.count("outbox")
    report = sync.sync_once(station.uow)
    assert report.error and report.error.startswith("refusing plain http to 10.0.0.5") and report.sent == 0
    assert station.count("outbox") == _sell
    with pytest.raises(HubRefused, match="unencrypted"):
        HubClient(HubConfig("http://10.0.0.5:9", "A" * 43)).health()
    from storedesk.services import hub_link

    assert hub_link.state(station.uow).refusal.startswith("refusing plain http")


def test_the_ca_file_gone_from_the_data_folder_is_named(station, pki):
    sync.register(station.uow, "https://hub.example.com", "A" * 43, str(pki.ca))
    (station.data_dir / "hub-ca.pem").unlink()
    station.set_setting("hub_ca_bundle", str(station.data_dir / "gone.pem"))  # an old station's setting
    with pytest.raises(HubRefused, match="CA file .*gone.pem is missing"):
        sync.client_for(station.uow).health()


# --- storedesk-hub serve: TLS options ----------------------------------------------------------------------


def _serve(tmp_path, *args) -> int:
    return hub_main(["serve", "--db", f"sqlite:///{tmp_path / 'hub.db'}", *map(str, args)])


def test_serve_refuses_a_certificate_without_its_key_and_bad_files(tmp_path, pki, capsys):
    assert _serve(tmp_path, "--ssl-certfile", pki.cert) == 2
    assert "--ssl-certfile and --ssl-keyfile go together" in capsys.readouterr().err
    assert _serve(tmp_path, "--ssl-keyfile", pki.key) == 2
    capsys.readouterr()
    assert _serve(tmp_path, "--ssl-certfile", tmp_path / "nope.pem", "--ssl-keyfile", pki.key) == 1
    assert f"TLS certificate file {tmp_path / 'nope.pem'} not found" in capsys.readouterr().err
    assert _serve(tmp_path, "--ssl-certfile", pki.cert, "--ssl-keyfile", pki.ca_key) == 1  # not its key
    assert "are not a PEM certificate and its private key" in capsys.readouterr().err
    locked = tmp_path / "locked.key"
    locked.write_bytes(_pem_key(pki.server_key, b"secret"))
    assert _serve(tmp_path, "--ssl-certfile", pki.cert, "--ssl-keyfile", locked) == 1  # no password prompt
    assert "is encrypted" in capsys.readouterr().err


def test_serve_warns_about_plain_http_on_a_network_address(tmp_path, capsys, monkeypatch):
    import uvicorn

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(kw))  # do not listen on 0.0.0.0 in a test
    assert _serve(tmp_path, "--host", "0.0.0.0", "--port", "8750") == 0
    err = capsys.readouterr().err
    assert "WARNING: plain http on 0.0.0.0" in err and "--ssl-certfile" in err and "reverse proxy" in err
    assert served[0]["ssl_certfile"] is None
    assert _serve(tmp_path, "--host", "127.0.0.1", "--port", "8750") == 0
    assert "WARNING" not in capsys.readouterr().err
