"""`storedesk user ...` on a real demo station file, through the real `main()`: each command with
its bad input, PINs from standard input (--pin-stdin) or the terminal (getpass), the journal,
sign-in of disabled and locked users, and role limits that the services obey.

Demo users: ana (clerk, 1234), sam (supervisor, 5555), max (manager, 9876)."""

from __future__ import annotations

import io
import json
import sqlite3
from decimal import Decimal as D

import pytest
from tests.conftest import upgraded

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.cli import main
from storedesk.cli import users as users_cli
from storedesk.domain.basket import Discount
from storedesk.domain.errors import AuthError, PermissionDenied, UserLocked
from storedesk.services import auth, basket
from storedesk.services import journal as journal_service

MAX = "9876"


def user_cmd(capsys, monkeypatch, st, *argv, pins=(MAX,), manager="max"):
    """Run `storedesk user ARGV` with the PINs on standard input; (exit code, stdout, stderr)."""
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{p}\n" for p in pins)))
    args = ["user", *argv, "--data-dir", str(st.data_dir), "--pin-stdin"]
    code = main(args + (["--manager", manager] if manager else []))
    out, err = capsys.readouterr()
    return code, out, err


def users_of(st) -> dict[str, tuple]:
    con = st.raw()
    try:
        rows = con.execute("SELECT username, name, role, active, failed_attempts, locked_until FROM users")
        return {r[0]: r[1:] for r in rows}
    finally:
        con.close()


def settings_of(st) -> list[tuple]:
    con = st.raw()
    try:
        return con.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    finally:
        con.close()


def journal(st) -> list[tuple[str, str, dict]]:
    con = st.raw()
    try:
        return [(k, ref, json.loads(p)) for k, ref, p in con.execute("SELECT kind, doc_ref, payload FROM journal")]
    finally:
        con.close()


def test_add_a_clerk_who_then_signs_in(station, capsys, monkeypatch):
    code, out, err = user_cmd(
        capsys, monkeypatch, station, "add", "Bob", "--name", "Bob Stone", "--role", "clerk", pins=(MAX, "2580", "2580")
    )
    assert code == 0, err
    assert "Added bob (Bob Stone), clerk." in out
    assert auth.login(station.uow, "bob", "2580").role == "clerk"
    [(kind, ref, entry)] = journal(station)
    assert (kind, ref) == ("user_add", "bob")
    assert entry["by"] == "max" and entry["user"] == "bob" and entry["role"] == "clerk" and entry["at"]
    con = station.raw()
    try:
        pin_hash = con.execute("SELECT pin_hash FROM users WHERE username = 'bob'").fetchone()[0]
        payloads = " ".join(p for (p,) in con.execute("SELECT payload FROM journal"))
    finally:
        con.close()
    assert "2580" not in payloads and pin_hash not in payloads and "scrypt" not in payloads
    assert journal_service.verify(station.uow).ok


@pytest.mark.parametrize(
    "argv, pins, words",
    [
        (("add", "ana", "--name", "Ana Two", "--role", "clerk"), (MAX, "2580", "2580"), "'ana' is taken by Ana"),
        (("add", "bob", "--name", "Bob", "--role", "clerk"), (MAX, "25", "25"), "4 to 8 digits"),
        (("add", "bob", "--name", "Bob", "--role", "clerk"), (MAX, "7777", "7777"), "too easy to guess"),
        (("add", "bob", "--name", "Bob", "--role", "clerk"), (MAX, "1234", "1234"), "too easy to guess"),
        (("add", "bob", "--name", "Bob", "--role", "clerk"), (MAX, "2580", "2581"), "two PINs differ"),
        (("add", "bob", "--name", "Bob", "--role", "clerk"), ("1111", "2580", "2580"), "wrong PIN"),
        (("add", "b b", "--name", "Bob", "--role", "clerk"), (MAX, "2580", "2580"), "not a valid username"),
        (("add", "bob", "--name", " ", "--role", "clerk"), (MAX, "2580", "2580"), "person's name"),
        (("disable", "max"), (MAX,), "cannot disable yourself"),
        (("disable", "nobody"), (MAX,), "No user 'nobody'"),
        (("enable", "ana"), (MAX,), "already active"),
        (("role", "max", "clerk"), (MAX,), "last active manager"),
        (("role", "ana", "boss"), (MAX,), "not a role"),
        (("unlock", "ana"), (MAX,), "not locked"),
        (("pin-reset", "ana"), (MAX, "0000", "0000"), "too easy to guess"),
        (("limits", "manager", "--set", "void=no"), (MAX,), "manager's limits are fixed"),
        (("limits", "clerk", "--set", "discount_pct=150"), (MAX,), "0 to 100"),
        (("limits", "clerk", "--set", "discount_pct=20", "void=maybe"), (MAX,), "yes or no"),
        (("limits", "clerk", "--set", "refund=10"), (MAX,), "KEY=VALUE"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(station, capsys, monkeypatch, argv, pins, words):
    before_users, before_settings = users_of(station), settings_of(station)
    code, out, err = user_cmd(capsys, monkeypatch, station, *argv, pins=pins)
    assert code == 1, (out, err)
    assert words in err and "Traceback" not in err
    assert journal(station) == []
    after = users_of(station)
    if words == "wrong PIN":  # the manager's wrong PIN counts toward their lockout, as at the till
        assert after.pop("max")[3] == 1 and before_users.pop("max")[3] == 0
    assert after == before_users
    assert settings_of(station) == before_settings


@pytest.mark.parametrize("as_manager, pin", [("ana", "1234"), ("sam", "5555")])
def test_only_a_manager_authorises(station, capsys, monkeypatch, as_manager, pin):
    code, _, err = user_cmd(capsys, monkeypatch, station, "list", pins=(pin,), manager=as_manager)
    assert code == 1 and "only a manager may manage staff" in err
    code, _, err = user_cmd(capsys, monkeypatch, station, "disable", "ana", pins=(pin,), manager=as_manager)
    assert code == 1 and users_of(station)["ana"][2] == 1


def test_pins_are_never_arguments_and_stdin_needs_the_manager(station, capsys, monkeypatch):
    code, _, err = user_cmd(capsys, monkeypatch, station, "list", manager=None)
    assert code == 2 and "--manager USERNAME" in err
    code, _, err = user_cmd(capsys, monkeypatch, station, "pin-reset", "ana", pins=(MAX, "2580"))
    assert code == 2 and "standard input ended before the new pin again" in err
    assert auth.login(station.uow, "ana", "1234")  # unchanged
    code, _, err = user_cmd(capsys, monkeypatch, station, "list", "--pin", MAX)
    assert code == 2 and "unrecognized arguments" in err


def test_terminal_asks_the_manager_and_pins_without_echo(station, capsys, monkeypatch):
    asked: list[str] = []
    answers = iter([MAX, "4815", "4815"])

    def getpass(prompt):
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(users_cli.getpass, "getpass", getpass)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "max")
    code = main(["user", "pin-reset", "sam", "--data-dir", str(station.data_dir)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert asked == ["Manager: ", "PIN of max: ", "New PIN: ", "New PIN again: "]
    assert "4815" not in out
    assert auth.login(station.uow, "sam", "4815").username == "sam"
    with pytest.raises(AuthError):
        auth.login(station.uow, "sam", "5555")
    assert journal(station)[0][:2] == ("user_pin_reset", "sam")


def test_list_shows_roles_and_status(station, capsys, monkeypatch):
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.login(station.uow, "ana", "0000")
    assert user_cmd(capsys, monkeypatch, station, "disable", "sam")[0] == 0
    code, out, err = user_cmd(capsys, monkeypatch, station, "list", "--format", "json")
    assert code == 0, err
    listed = {u["username"]: (u["role"], u["status"]) for u in json.loads(out)}
    assert listed == {"ana": ("clerk", "locked"), "max": ("manager", "active"), "sam": ("supervisor", "disabled")}
    assert "pin" not in out.lower()
    code, out, _ = user_cmd(capsys, monkeypatch, station, "list")
    assert code == 0 and "sam" in out and "disabled" in out and "locked" in out


def test_a_disabled_user_cannot_sign_in_and_their_open_sale_is_parked(pinned, capsys, monkeypatch):
    ana = auth.login(pinned.uow, "ana", "1234")
    view = basket.current(pinned.uow, ana)
    basket.add_scan(pinned.uow, ana, view.basket_id, gtin_for(2))  # Test Brioche
    code, out, err = user_cmd(capsys, monkeypatch, pinned, "disable", "ana")
    assert code == 0, err
    assert "Disabled ana (Ana)." in out and "parked" in out and "F9" in out
    with pytest.raises(AuthError, match="Ana is disabled"):
        auth.login(pinned.uow, "ana", "1234")
    with pytest.raises(AuthError, match="^Unknown user or wrong PIN$"):  # a wrong PIN learns nothing
        auth.login(pinned.uow, "ana", "9999")
    with pinned.uow.read() as tx:
        assert tx.baskets.open_id() is None
        [parked] = tx.baskets.parked()
        assert parked.id == view.basket_id and parked.label.startswith("Ana ")
        assert "ana" not in dict(tx.users.active_usernames())  # the login screen's list
    kind, ref, entry = journal(pinned)[0]
    assert (kind, ref, entry["by"], entry["parked_sale"]) == ("user_disable", "ana", "max", True)

    assert user_cmd(capsys, monkeypatch, pinned, "enable", "ana")[0] == 0
    assert auth.login(pinned.uow, "ana", "1234").username == "ana"
    assert [k for k, _, _ in journal(pinned)] == ["user_disable", "user_enable"]


def test_role_changes_and_the_last_manager(station, capsys, monkeypatch):
    code, out, err = user_cmd(capsys, monkeypatch, station, "role", "sam", "manager")
    assert code == 0 and "sam (Sam) is now a manager." in out, err
    code, _, err = user_cmd(capsys, monkeypatch, station, "role", "max", "clerk")  # sam is a manager now
    assert code == 0, err
    code, _, err = user_cmd(capsys, monkeypatch, station, "list")  # max may no longer manage staff
    assert code == 1 and "only a manager" in err
    code, _, err = user_cmd(capsys, monkeypatch, station, "role", "sam", "clerk", pins=("5555",), manager="sam")
    assert code == 1 and "last active manager" in err
    code, _, err = user_cmd(capsys, monkeypatch, station, "disable", "max", pins=("5555",), manager="sam")
    assert code == 0, err
    assert [(e["user"], e.get("role"), e["by"]) for _, _, e in journal(station)] == [
        ("sam", "manager", "max"),
        ("max", "clerk", "max"),
        ("max", None, "sam"),
    ]


def test_unlock_after_wrong_pins(station, capsys, monkeypatch):
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.login(station.uow, "ana", "0000")
    with pytest.raises(UserLocked):
        auth.login(station.uow, "ana", "1234")
    code, out, err = user_cmd(capsys, monkeypatch, station, "unlock", "ana")
    assert code == 0 and "Unlocked ana" in out, err
    assert auth.login(station.uow, "ana", "1234").username == "ana"
    kind, _, entry = journal(station)[0]
    assert kind == "user_unlock" and entry["by"] == "max"


def test_role_limits_are_data_the_services_obey(pinned, capsys, monkeypatch):
    ana = pinned.user("ana")
    view = basket.current(pinned.uow, ana)
    view = basket.add_scan(pinned.uow, ana, view.basket_id, gtin_for(8))  # Test Puzzle Book, 16.19
    with pytest.raises(PermissionDenied):  # 15 % is above a clerk's 10 %
        basket.discount_basket(pinned.uow, ana, view.basket_id, Discount("pct", D(15)))

    code, out, err = user_cmd(
        capsys, monkeypatch, pinned, "limits", "clerk", "--set", "discount_pct=15", "void=no", "no_sale=yes"
    )
    assert code == 0, err
    assert out.split("\n")[1].split() == ["clerk", "15", "no", "yes", "no", "store's"]  # refund: the store's
    view = basket.discount_basket(pinned.uow, ana, view.basket_id, Discount("pct", D(15)))
    assert view.totals.total < D("16.19")
    with pytest.raises(PermissionDenied, match="void a line"):
        basket.void_line(pinned.uow, ana, view.basket_id, view.basket.lines[0].line_id)
    view = basket.void_line(pinned.uow, ana, view.basket_id, view.basket.lines[0].line_id, approver=("max", MAX))

    code, out, _ = user_cmd(capsys, monkeypatch, pinned, "limits", "--format", "json")
    shown = json.loads(out)
    assert shown["clerk"] == {
        "discount_pct": "15",
        "price_override": "no",
        "no_sale": "yes",
        "void": "no",
        "refund_limit": "",  # empty: the store's refund_limit applies
    }
    assert shown["supervisor"]["discount_pct"] == "30" and shown["manager"]["void"] == "yes"
    (kind, ref, entry), (void_kind, _ref, void) = journal(pinned)
    assert (kind, ref, entry["by"]) == ("role_limits", "clerk", "max")
    assert (void_kind, void["user"], void["approver"]) == ("line_void", "ana", "max")  # the approved void (issue 19)
    assert entry["changes"] == {"discount_pct": ["10", "15"], "no_sale": ["no", "yes"], "void": ["yes", "no"]}


def test_users_are_never_deleted(station):
    con = station.raw()
    try:
        with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
            con.execute("DELETE FROM users WHERE username = 'ana'")
    finally:
        con.close()


def test_an_older_station_is_upgraded_with_its_users(tmp_path):
    script = "INSERT INTO users(username, name, role, pin_hash) VALUES ('eve', 'Eve', 'manager', 'x')"
    with upgraded(tmp_path / "old", "s0011", script) as con:
        assert con.execute("SELECT username, active, pin_change_required FROM users").fetchall() == [("eve", 1, 0)]
