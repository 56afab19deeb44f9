"""Hub tokens a station can always be given (issue 12, item 4).

About one `secrets.token_urlsafe` token in 64 started with "-", and `storedesk init --token TOKEN`
then failed ("expected one argument"). New tokens are letters and digits only (256 bits); a token
already issued that starts with "-" goes as `--token=TOKEN` or in a file (`--token-file`, which
also keeps it out of the shell's history); the hub still accepts it (it stores SHA-256 of any text).
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import sqlite3

import pytest
from tests.e2e import conftest as e2e
from tests.helpers.stations import init_at_hub, init_linked, paris_today, sell_one, waiting

from storedesk.cli import main as station_cli
from storedesk.hub import db as hub_db
from storedesk.hub.admin import add_store
from storedesk.hub.auth import issue_token

hub = e2e.hub  # the e2e fixture: a running hub with store PAR01 and stations T1 and T2


def test_new_tokens_are_letters_and_digits_with_at_least_256_bits(tmp_path):
    engine = hub_db.open_hub(f"sqlite:///{tmp_path / 'hub.db'}")
    try:
        with hub_db.write_tx(engine) as conn:
            add_store(conn, "PAR01", "Paris", "EUR", "Europe/Paris", None, None)
            tokens = [issue_token(conn, "station", "PAR01/T1", "PAR01", "T1")[0] for _ in range(100)]
            tokens += [issue_token(conn, "channel", f"shop{i}")[0] for i in range(100)]
    finally:
        engine.dispose()
    # 200 tokens of the old kind hold a "-" or "_" somewhere with a probability of 1 - 0.26**200
    assert all(re.fullmatch(r"[A-Za-z0-9]+", t) for t in tokens), [t for t in tokens if not t.isalnum()][:3]
    assert all(len(t) * math.log2(62) >= 256 for t in tokens)
    assert len(set(tokens)) == 200


def _old_style_token(hub: e2e.Hub, station: str) -> str:
    """Replace the station's token at the hub by one that starts with "-", as one in 64 did."""
    token = "-" + secrets.token_urlsafe(32)[1:]  # what the hub issued before: 43 characters
    con = sqlite3.connect(hub.db_url.removeprefix("sqlite:///"))
    try:
        with con:
            n = con.execute(
                "UPDATE tokens SET token_sha256 = ? WHERE station = ? AND revoked_at IS NULL",
                (hashlib.sha256(token.encode()).hexdigest(), station),
            ).rowcount
        assert n == 1
    finally:
        con.close()
    return token


def test_a_token_starting_with_a_dash_works_as_token_equals_and_from_a_file(hub, tmp_path, capsys):
    t1, t2 = _old_style_token(hub, "T1"), _old_style_token(hub, "T2")
    token_file = tmp_path / "t1.token"
    token_file.write_text(t1 + "\n")  # as `storedesk-hub add-station > t1.token` writes it
    f1, f2 = tmp_path / "t1", tmp_path / "t2"
    assert init_at_hub(f1, hub.url, "T1", "--token-file", str(token_file)) == 0
    assert init_at_hub(f2, hub.url, "T2", f"--token={t2}") == 0
    out = capsys.readouterr().out
    assert out.count("Registered at the hub") == 2 and t1 not in out and t2 not in out
    assert (f1 / "hub.token").read_text() == t1  # the newline stripped
    assert (f2 / "hub.token").read_text() == t2
    totals = [sell_one(f1), sell_one(f2)]
    for folder in (f1, f2):
        assert station_cli(["sync", "--once", "--data-dir", str(folder)]) == 0, capsys.readouterr().err
    day = hub.get("/v1/stores/PAR01/day-totals", date=paris_today())
    assert day["sales_count"] == 2 and day["gross_minor"] == int(sum(totals) * 100)


def test_token_followed_by_a_dash_word_says_how_to_give_it(tmp_path, capsys):
    token = "-Zx8" * 11
    code = station_cli(
        ["init", "--demo", "--hub", "http://127.0.0.1:8750", "--token", token, "--data-dir", str(tmp_path / "s")]
    )
    err = capsys.readouterr().err
    assert code == 2 and "--token=TOKEN" in err and "--token-file FILE" in err
    assert token not in err  # a secret is not echoed
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "not found"),
        ("", "is empty"),
        ("\n  \n", "is empty"),
        ("abc def ghi jkl mno pqr\n", "the token alone, on one line"),
        ("short\n", "looks wrong"),
    ],
)
def test_a_bad_token_file_is_refused_and_nothing_is_created(tmp_path, capsys, content, message):
    token_file = tmp_path / "hub.token.txt"
    if content is not None:
        token_file.write_text(content)
    folder = tmp_path / "s"
    code = init_linked(folder, "--token-file", str(token_file))
    err = capsys.readouterr().err
    assert code == 1 and message in err, err
    assert not (folder / "storedesk.db").exists()  # checked before the store was made


def test_token_and_token_file_are_exclusive_and_one_of_them_goes_with_hub(tmp_path, capsys):
    token_file = tmp_path / "t"
    token_file.write_text("A" * 43)
    args = ["init", "--demo", "--data-dir", str(tmp_path / "s")]
    assert (
        station_cli([*args, "--hub", "https://h.example.com", "--token", "B" * 43, "--token-file", str(token_file)])
        == 2
    )
    assert "not allowed with argument" in capsys.readouterr().err
    assert station_cli([*args, "--token-file", str(token_file)]) == 2
    assert "--hub and --token go together, or --hub and --token-file" in capsys.readouterr().err
    assert station_cli([*args, "--hub", "https://h.example.com"]) == 2
    assert station_cli([*args, "--ca-file", str(token_file)]) == 2
    assert "--ca-file and --insecure-http are about the hub" in capsys.readouterr().err


def test_register_gives_a_registered_station_a_new_token_from_a_file(hub, tmp_path, capsys):
    """`storedesk-hub add-station` again revokes the old token; the station takes the new one."""
    folder = tmp_path / "t1"
    assert init_at_hub(folder, hub.url, "T1", f"--token={hub.tokens['T1']}") == 0
    new = _old_style_token(hub, "T1")  # the old one no longer works at the hub
    sell_one(folder)
    assert station_cli(["sync", "--once", "--data-dir", str(folder)]) == 3
    assert "401" in capsys.readouterr().err
    token_file = tmp_path / "new.token"
    token_file.write_text(new + "\r\n")
    assert (
        station_cli(["register", "--hub", hub.url + "/", "--token-file", str(token_file), "--data-dir", str(folder)])
        == 0
    )
    assert (folder / "hub.token").read_text() == new
    assert (folder / "hub.token").stat().st_mode & 0o077 == 0
    assert station_cli(["sync", "--once", "--data-dir", str(folder)]) == 0
    assert waiting(folder) == 0
