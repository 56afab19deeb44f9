"""`storedesk-hub staff ...` (hub/staff/): the store's staff kept at the hub (SQLite and PostgreSQL),
PINs as hashes only, each change a "staff" feed item; then applied at a demo station by the
station's own puller (services/staff_feed.py): sign-in with the one-time PIN, the hub's user
winning over the station's own of the same username, stale and bad items, a disabled member's
open sale parked."""

from __future__ import annotations

import contextlib
import io
import json
import sys

import pytest
from tests.helpers.stations import query, ring
from tests.hub.test_catalog_import import HubFeed

from storedesk.domain import auth as pins
from storedesk.domain.errors import AuthError
from storedesk.domain.staff import StaffError
from storedesk.hub import cli
from storedesk.services import auth, basket, staff
from storedesk.sync import puller

ITEM_KEYS = {"store", "username", "name", "role", "active", "pin_hash", "pin_change_required", "rev", "pin_rev"}


@pytest.fixture
def hub_db(admin):
    admin.store("PAR01")
    admin.store("LYO01")
    return admin


def run(admin, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """`storedesk-hub staff ARGS`: (exit code, standard output, standard error)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        old, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            code = cli.main(["staff", *args, "--db", admin.db_url])
        finally:
            sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def add(admin, username: str = "lea", role: str = "clerk", store: str = "PAR01", name: str = "Léa Martin") -> str:
    """Add a member; the one-time PIN the hub printed."""
    code, out, err = run(admin, "add", "--store", store, username, "--name", name, "--role", role)
    assert code == 0, err
    assert "shown once" in err
    return out.splitlines()[-1]


def items(admin) -> list[dict]:
    return [json.loads(d) for (d,) in admin.rows("SELECT data FROM feed_items WHERE kind = 'staff' ORDER BY seq")]


def test_add_prints_a_one_time_pin_once_and_keeps_only_its_hash(hub_db):
    pin = add(hub_db)
    assert pin.isdigit() and len(pin) == 6
    (row,) = hub_db.rows("SELECT store, username, name, role, active, pin_hash, pin_change_required, rev FROM staff")
    assert row[:5] == ("PAR01", "lea", "Léa Martin", "clerk", True)
    assert pins.check_pin(pin, row[5]) and row[6] and row[7] == 1  # the stations' scheme verifies it
    (item,) = items(hub_db)
    assert set(item) == ITEM_KEYS and item["pin_hash"] == row[5] and item["rev"] == 1
    assert hub_db.rows("SELECT store, origin_station FROM feed_items WHERE kind = 'staff'") == [("PAR01", None)]


def test_list_role_disable_enable_pin_reset_each_sent_to_the_store(hub_db):
    add(hub_db)
    add(hub_db, "max.b", "manager", name="Max B")
    assert run(hub_db, "role", "--store", "PAR01", "lea", "supervisor")[0] == 0
    code, out, _ = run(hub_db, "disable", "--store", "PAR01", "lea")
    assert code == 0 and "disabled lea (Léa Martin) at store PAR01" in out and "next sync" in out
    code, out, _ = run(hub_db, "list", "--store", "PAR01")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == ["USERNAME", "max.b", "lea"]  # active first
    assert out.splitlines()[2].endswith("disabled")
    assert run(hub_db, "enable", "--store", "PAR01", "lea")[0] == 0
    code, out, err = run(hub_db, "pin-reset", "--store", "PAR01", "lea", "--pin-stdin", stdin="480315\n")
    assert code == 0 and "480315" not in out + err  # a PIN read from stdin is never printed
    code, out, _ = run(hub_db, "list", "--store", "PAR01", "--format", "json")
    lea = next(m for m in json.loads(out) if m["username"] == "lea")
    assert (lea["role"], lea["active"], lea["pin_change_required"]) == ("supervisor", True, True)
    sent = [(i["username"], i["rev"], i["pin_rev"], i["role"], i["active"]) for i in items(hub_db)]
    assert sent == [
        ("lea", 1, 1, "clerk", True),
        ("max.b", 1, 1, "manager", True),
        ("lea", 2, 1, "supervisor", True),
        ("lea", 3, 1, "supervisor", False),
        ("lea", 4, 1, "supervisor", True),
        ("lea", 5, 2, "supervisor", True),
    ]
    assert pins.check_pin("480315", items(hub_db)[-1]["pin_hash"])
    assert run(hub_db, "list", "--store", "LYO01")[1].splitlines() == [
        "USERNAME                 NAME                           ROLE        STATUS"
    ]


@pytest.mark.parametrize(
    "args, stdin, says",
    [
        (("add", "--store", "NOPE", "lea", "--name", "Lea", "--role", "clerk"), "", "unknown store 'NOPE'"),
        (("add", "--store", "PAR01", "lea", "--name", "Lea B", "--role", "clerk"), "", "'lea' is taken at store PAR01"),
        (("add", "--store", "PAR01", "9lives", "--name", "N", "--role", "clerk"), "", "not a valid username"),
        (("add", "--store", "PAR01", "zoe", "--name", " ", "--role", "clerk"), "", "Give the person's name"),
        (("add", "--store", "PAR01", "zoe", "--name", "Zoe", "--role", "clerk", "--pin-stdin"), "1111\n", "too easy"),
        (("add", "--store", "PAR01", "zoe", "--name", "Zoe", "--role", "clerk", "--pin-stdin"), "12a45\n", "4 to 8"),
        (("add", "--store", "PAR01", "zoe", "--name", "Zoe", "--role", "clerk", "--pin-stdin"), "", "holds no PIN"),
        (("disable", "--store", "PAR01", "zoe"), "", "no staff member 'zoe' at store PAR01"),
        (("enable", "--store", "PAR01", "lea"), "", "Léa Martin is already active"),
        (("role", "--store", "PAR01", "lea", "clerk"), "", "already a clerk"),
        (("pin-reset", "--store", "LYO01", "lea"), "", "no staff member 'lea' at store LYO01"),
    ],
)
def test_refusals_exit_1_say_why_and_change_nothing(hub_db, args, stdin, says):
    add(hub_db)
    before = hub_db.rows("SELECT * FROM staff"), items(hub_db)
    code, out, err = run(hub_db, *args, stdin=stdin)
    assert (code, out) == (1, "") and says in err
    assert (hub_db.rows("SELECT * FROM staff"), items(hub_db)) == before


def test_a_role_that_is_not_one_is_a_usage_error(hub_db):
    code, _, err = run(hub_db, "add", "--store", "PAR01", "lea", "--name", "Lea", "--role", "owner")
    assert code == 2 and "invalid choice: 'owner'" in err
    assert hub_db.rows("SELECT * FROM staff") == []


# --------------------------------------------------------------------------- at a station
# The station's side does not depend on the hub's database: these run once, on SQLite.
sqlite_only = pytest.mark.parametrize("hub_db_url", ["sqlite"], indirect=True)


def pull(admin, station) -> tuple[int, int]:
    stats, _ = puller.pull_page(station.uow, HubFeed(admin, "PAR01", "T1"))
    return stats.applied, stats.quarantined


def member(station, username: str):
    with station.uow.read() as tx:
        return tx.staff.by_username(username)


@sqlite_only
def test_a_member_added_at_the_hub_signs_in_with_the_one_time_pin(hub_db, station):
    pin = add(hub_db)
    add(hub_db, "remy", store="LYO01")  # another store's: never sent here
    assert pull(hub_db, station) == (1, 0)
    lea = member(station, "lea")
    assert (lea.origin, lea.name, lea.role, lea.active, lea.pin_change_required) == (
        "hub",
        "Léa Martin",
        "clerk",
        True,
        True,
    )
    assert auth.login(station.uow, "lea", pin).username == "lea"
    assert member(station, "remy") is None
    (entry,) = query(station, "SELECT payload FROM journal WHERE kind = 'user_hub'")
    assert json.loads(entry[0])["user"] == "lea" and pin not in entry[0] and "pin_hash" not in entry[0]
    assert pull(hub_db, station) == (0, 0)  # nothing new


@sqlite_only
def test_the_hubs_user_wins_over_the_stations_own_of_the_same_username(hub_db, station):
    """The demo station made ana (a clerk, PIN 1234) and she sold; the chain adds ana: the same
    person, now the hub's. Her row (and so her sales) stays; name, role and PIN are the hub's."""
    ana = station.user("ana")
    station.sell(1)
    pin = add(hub_db, "ana", "supervisor", name="Ana Lopez")
    assert pull(hub_db, station) == (1, 0)
    now = member(station, "ana")
    assert (now.id, now.origin, now.name, now.role) == (ana.id, "hub", "Ana Lopez", "supervisor")
    with pytest.raises(AuthError):
        auth.login(station.uow, "ana", "1234")  # the station's PIN no longer works
    assert auth.login(station.uow, "ana", pin).id == ana.id
    assert query(station, "SELECT count(*) FROM sales WHERE user_id = ?", (ana.id,)) == [(1,)]
    (entry,) = query(station, "SELECT payload FROM journal WHERE kind = 'user_hub'")
    assert json.loads(entry[0])["took_over"] == {"name": "Ana", "role": "clerk", "active": True}


@sqlite_only
def test_station_commands_refuse_a_hub_managed_user_but_unlock_them(hub_db, station):
    add(hub_db)
    pull(hub_db, station)
    manager = station.user("max")
    for change, extra in (
        (staff.disable_user, ()),
        (staff.enable_user, ()),
        (staff.set_role, ("manager",)),
        (staff.reset_pin, ("480315", "480315")),
    ):
        with pytest.raises(
            StaffError, match="Léa Martin is managed by the hub: change them with `storedesk-hub staff`"
        ):
            change(station.uow, manager, "lea", *extra)
    with pytest.raises(StaffError, match=r"'lea' is taken by Léa Martin \(managed by the hub\)"):
        staff.add_user(station.uow, manager, "lea", "Lea Two", "clerk", "480315", "480315")
    with pytest.raises(AuthError):
        auth.login(station.uow, "lea", "000000")  # a wrong PIN, counted at this till
    assert staff.unlock_user(station.uow, manager, "lea").member.failed_attempts == 0


@sqlite_only
def test_a_pin_chosen_at_the_station_stays_until_the_hub_resets_it(hub_db, station):
    first = add(hub_db)
    pull(hub_db, station)
    lea = member(station, "lea")
    with station.uow.write() as tx:  # what signing in with the one-time PIN ends with
        tx.staff.set_pin(lea.id, pins.hash_pin("480315"), False)
    assert run(hub_db, "role", "--store", "PAR01", "lea", "supervisor")[0] == 0
    assert pull(hub_db, station) == (1, 0)
    assert member(station, "lea").role == "supervisor" and not member(station, "lea").pin_change_required
    assert auth.login(station.uow, "lea", "480315").role == "supervisor"
    with pytest.raises(AuthError):
        auth.login(station.uow, "lea", first)
    code, out, _ = run(hub_db, "pin-reset", "--store", "PAR01", "lea")
    assert code == 0
    assert pull(hub_db, station) == (1, 0)
    assert member(station, "lea").pin_change_required
    assert auth.login(station.uow, "lea", out.splitlines()[-1]).username == "lea"


@sqlite_only
def test_disabled_at_the_hub_refused_at_the_next_sync_and_their_open_sale_parked(hub_db, station):
    pin = add(hub_db)
    pull(hub_db, station)
    lea = auth.login(station.uow, "lea", pin)
    ring(station, lea, [station.barcode(1), station.barcode(2)])
    assert run(hub_db, "disable", "--store", "PAR01", "lea")[0] == 0
    assert auth.login(station.uow, "lea", pin).username == "lea"  # not synced yet
    assert pull(hub_db, station) == (1, 0)
    with pytest.raises(AuthError, match="Léa Martin is disabled"):
        auth.login(station.uow, "lea", pin)
    with station.uow.read() as tx:
        assert tx.baskets.open_id() is None
        (parked,) = tx.baskets.parked()
    assert parked.label.startswith("Léa Martin ")
    (entry,) = query(station, "SELECT payload FROM journal WHERE kind = 'user_hub' ORDER BY seq DESC LIMIT 1")
    assert json.loads(entry[0])["parked_sale"] is True
    assert basket.current(station.uow, station.user("ana")).totals.item_count == 0  # the next person starts clean


class Page:
    """A hub that serves one page of items (cursors 1..n)."""

    def __init__(self, *datas: object):
        self.items = [{"cursor": str(n), "kind": "staff", "data": d} for n, d in enumerate(datas, 1)]

    def get_feed(self, cursor: str, limit: int) -> dict:
        todo = [i for i in self.items if int(i["cursor"]) > int(cursor)]
        return {"items": todo, "next": todo[-1]["cursor"] if todo else cursor, "more": False}


def staff_item(**changes) -> dict:
    good = {
        "store": "PAR01",
        "username": "zoe",
        "name": "Zoé",
        "role": "clerk",
        "active": True,
        "pin_hash": pins.hash_pin("480315"),
        "pin_change_required": True,
        "rev": 2,
        "pin_rev": 1,
    }
    return {**good, **changes}


@pytest.mark.parametrize(
    "bad, reason",
    [
        ({"store": "LYO01"}, "staff of store 'LYO01' sent to store PAR01"),
        ({"role": "owner"}, "not a role"),
        ({"username": "Z"}, "not a valid username"),
        ({"pin_hash": "480315"}, "not a PIN hash"),
        ({"active": 1}, "active should be true or false"),
        ({"rev": "2"}, "rev should be a whole number"),
    ],
)
def test_a_bad_item_is_quarantined_alone_and_an_older_one_changes_nothing(station, bad, reason):
    hub = Page(staff_item(**bad), staff_item(), staff_item(rev=1, role="manager", pin_rev=9), staff_item())
    stats, _ = puller.pull_page(station.uow, hub)
    assert (stats.applied, stats.quarantined) == (3, 1)
    zoe = member(station, "zoe")
    assert (zoe.role, zoe.hub_rev, zoe.hub_pin_rev) == ("clerk", 2, 1)  # the older rev 1 changed nothing
    (why,) = query(station, "SELECT reason FROM feed_quarantine")
    assert reason in why[0]
    assert query(station, "SELECT count(*) FROM journal WHERE kind = 'user_hub'") == [(1,)]
