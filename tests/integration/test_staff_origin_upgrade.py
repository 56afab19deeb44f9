"""s0013 on a station that already has users: each stays the station's own (origin 'station', no hub
version), so `storedesk user` keeps managing them until the hub sends a user of the same name."""

from __future__ import annotations

import sqlite3

import pytest
from tests.conftest import upgraded


def test_existing_users_stay_the_stations_and_origin_is_checked(tmp_path):
    script = "INSERT INTO users(username, name, role, pin_hash) VALUES ('ana', 'Ana', 'clerk', 'x')"
    with upgraded(tmp_path / "old", "s0012", script) as con:
        assert con.execute("SELECT username, origin, hub_rev, hub_pin_rev FROM users").fetchall() == [
            ("ana", "station", 0, 0)
        ]
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            con.execute("UPDATE users SET origin = 'erp'")
