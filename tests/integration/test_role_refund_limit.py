"""A role's own refund limit (issue 15: each role's limits are data a manager changes per store):
`refund_limit` set with services/staff.py (what `storedesk user limits` and the Manager screen's
F10 call) decides when a return needs a manager's approval for that role; empty, the store's
`refund_limit` setting applies as before. On a real demo station file, through the real services.

Demo users: ana (clerk), sam (supervisor), max (manager, 9876). Pinned prices: Test Puzzle Book
16.19, Test Brioche 5.29, Test Cola x6 3.19, Test Apples 2.49 (tests/conftest.py)."""

from __future__ import annotations

import io
import json
from decimal import Decimal as D

import pytest
from tests.helpers.stations import sell_items

from storedesk.cli import main
from storedesk.domain.errors import DomainError, PermissionDenied
from storedesk.domain.permissions import StoreLimits
from storedesk.domain.tenders import Tender
from storedesk.services import staff
from storedesk.services.returns import complete, lookup, planning
from storedesk.services.returns.planning import ReturnLineIn

MAX = ("max", "9876")


def set_limits(st, role: str, *pairs: str):
    return staff.set_role_limits(st.uow, st.user("max"), role, list(pairs))


def sale_of(st, items):
    """A sale of `items` ((product id, how many)), paid in cash: the sale as the return desk finds it."""
    res = sell_items(st, items, tenders=[Tender("cash", D("40.00"))])
    return lookup.find_sale(st.uow, res.receipt_no)


def everything(sale) -> list[ReturnLineIn]:
    return [ReturnLineIn(ln.line_no, ln.quantity) for ln in sale.lines]


def overrides(st) -> list[tuple[str, str]]:
    con = st.raw()
    try:
        return con.execute("SELECT action, doc_ref FROM overrides ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.fixture
def big_and_small(pinned):
    """A refund of 27.16 (book, brioche, cola, apples) and one of 16.19 (the book)."""
    big = sale_of(pinned, [(8, 1), (2, 1), (5, 1), (1, 1)])
    small = sale_of(pinned, [(8, 1)])
    assert (sum(ln.gross for ln in big.lines), sum(ln.gross for ln in small.lines)) == (D("27.16"), D("16.19"))
    return pinned, big, small


def test_a_clerk_with_a_refund_limit_of_20_needs_a_manager_above_it(big_and_small):
    st, big, small = big_and_small
    ana = st.user("ana")
    set_limits(st, "clerk", "refund_limit=20")  # the store's refund_limit stays 200
    assert planning.preview(st.uow, big, everything(big), role="clerk").approvals == ("refund",)
    assert planning.preview(st.uow, big, everything(big)).approvals == ()  # no role: the store's 200
    with pytest.raises(PermissionDenied, match="refund above the refund limit"):
        complete.complete_return(st.uow, ana, big, everything(big), "faulty")
    assert st.count("returns") == 0  # refused: nothing written
    with pytest.raises(Exception, match="(?i)pin"):
        complete.complete_return(st.uow, ana, big, everything(big), "faulty", approver=("max", "0000"))
    r = complete.complete_return(st.uow, ana, big, everything(big), "faulty", approver=MAX)
    assert r.total == D("27.16") and overrides(st) == [("refund", r.return_no)]

    # 16.19 is within the clerk's 20: no manager, no override
    assert planning.preview(st.uow, small, everything(small), role="clerk").approvals == ()
    r2 = complete.complete_return(st.uow, ana, small, everything(small), "faulty")
    assert r2.total == D("16.19") and overrides(st) == [("refund", r.return_no)]


def test_a_supervisor_limit_differs_and_an_empty_one_is_the_store_limit(big_and_small):
    st, big, small = big_and_small
    st.set_setting("refund_limit", "10.00")  # the store's own limit
    set_limits(st, "clerk", "refund_limit=20")
    set_limits(st, "supervisor", "refund_limit=50")  # above the store's 10: the role's own wins
    assert planning.preview(st.uow, big, everything(big), role="clerk").approvals == ("refund",)
    assert planning.preview(st.uow, big, everything(big), role="supervisor").approvals == ()
    assert planning.preview(st.uow, small, everything(small), role="clerk").approvals == ()  # 16.19 <= 20
    r = complete.complete_return(st.uow, st.user("sam"), big, everything(big), "faulty")
    assert r.total == D("27.16") and overrides(st) == []

    after = set_limits(st, "clerk", "refund_limit=")  # empty: back to the store's 10
    assert after.refund_limit is None
    assert planning.preview(st.uow, small, everything(small), role="clerk").approvals == ("refund",)
    with pytest.raises(PermissionDenied):
        complete.complete_return(st.uow, st.user("ana"), small, everything(small), "faulty")
    # a manager refunds whatever the roles' limits say
    assert planning.preview(st.uow, small, everything(small), role="manager").approvals == ("refund",)
    r2 = complete.complete_return(st.uow, st.user("max"), small, everything(small), "faulty")
    assert r2.total == D("16.19")


@pytest.mark.parametrize("bad", ["abc", "-1", "1.234"])
def test_bad_refund_limits_are_refused_and_change_nothing(pinned, bad):
    def state():
        con = pinned.raw()
        try:
            rows = con.execute("SELECT key, value FROM settings WHERE key LIKE 'limit.%' ORDER BY key").fetchall()
            return rows, con.execute("SELECT count(*) FROM journal").fetchone()[0]
        finally:
            con.close()

    before = state()
    with pytest.raises(DomainError, match="refund_limit must be an amount of 0 or more in EUR"):
        set_limits(pinned, "clerk", "discount_pct=15", f"refund_limit={bad}")
    assert state() == before  # not even the good discount_pct: all or none


def test_the_change_is_journaled_with_the_amounts(pinned):
    set_limits(pinned, "clerk", "refund_limit=20")
    set_limits(pinned, "clerk", "refund_limit=25.5")
    con = pinned.raw()
    try:
        rows = con.execute("SELECT doc_ref, payload FROM journal WHERE kind = 'role_limits' ORDER BY seq").fetchall()
        stored = con.execute("SELECT value FROM settings WHERE key = 'limit.clerk.refund_limit'").fetchone()
    finally:
        con.close()
    assert [(ref, json.loads(p)["changes"]) for ref, p in rows] == [
        ("clerk", {"refund_limit": ["", "20.00"]}),
        ("clerk", {"refund_limit": ["20.00", "25.50"]}),
    ]
    assert stored == ("25.5",)


def test_storedesk_user_limits_shows_and_sets_the_refund_limit(pinned, capsys, monkeypatch):
    def user_limits(*argv):
        monkeypatch.setattr("sys.stdin", io.StringIO("9876\n"))
        code = main(["user", "limits", *argv, "--data-dir", str(pinned.data_dir), "--pin-stdin", "--manager", "max"])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = user_limits("clerk", "--set", "refund_limit=20")
    assert code == 0, err
    assert out.splitlines()[0].split()[-1] == "refund_limit" and out.splitlines()[1].split()[-1] == "20.00"
    code, out, _ = user_limits("--format", "json")
    shown = json.loads(out)
    assert (shown["clerk"]["refund_limit"], shown["supervisor"]["refund_limit"]) == ("20.00", "")
    code, _, err = user_limits("clerk", "--set", "refund_limit=1.234")
    assert code != 0 and "refund_limit must be an amount of 0 or more in EUR" in err
    assert StoreLimits.from_settings(settings_of(pinned)).of("clerk").refund_limit == D("20.00")


def settings_of(st) -> dict[str, str]:
    con = st.raw()
    try:
        return dict(con.execute("SELECT key, value FROM settings").fetchall())
    finally:
        con.close()
