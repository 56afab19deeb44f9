"""France's fiscal closings per day, month and fiscal year (issue 19, "Storage"), on real SQLite
stations with a simulated clock: one closing per business day whatever the shifts, every day
even an empty one, each document counted exactly once (a clock set back included), months and
years summing their closings, the perpetual grand total, and closings that cannot be changed."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D

import pytest
from tests.helpers.stations import sell_items

from storedesk.adapters import fiscal_keys
from storedesk.cli import main
from storedesk.domain.errors import DomainError
from storedesk.services import settings, shift
from storedesk.services.fiscal import closings
from storedesk.services.returns import complete, lookup
from storedesk.services.returns.planning import ReturnLineIn


class Clock:
    """The station's clock for the services that stamp documents (sale, return, shift)."""

    def __init__(self, monkeypatch, start: str):
        self.at = start
        from storedesk.services import sale
        from storedesk.services.returns import planning

        for module in (sale, shift, complete, planning):
            monkeypatch.setattr(module, "utcnow", lambda: self.at)

    def set(self, local_day: date, hour: int = 10, minute: int = 0) -> str:
        """`hour`:`minute` UTC on `local_day` (Paris is UTC+1/+2: 10:00 UTC is the same day)."""
        self.at = datetime(local_day.year, local_day.month, local_day.day, hour, minute, tzinfo=UTC).isoformat(
            timespec="microseconds"
        )
        return self.at


def at(day: date, hour: int = 12) -> str:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC).isoformat(timespec="microseconds")


@pytest.fixture
def french(pinned):
    """The pinned demo station once its store follows France's rules."""
    settings.set_setting(pinned.uow, "fiscal_country", "FR")
    yield pinned
    fiscal_keys.forget(pinned.data_dir)


def rows(st, sql: str, params=()) -> list[tuple]:
    con = st.raw()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def stored(st, kind: str) -> list[dict]:
    """The closings of `kind` in the order made, with their figures."""
    return [
        {"period": p, "doc_no": n, "seq": s, **json.loads(f)}
        for p, n, s, f in rows(
            st, "SELECT period, doc_no, seq, figures FROM fiscal_closings WHERE kind = ? ORDER BY seq", (kind,)
        )
    ]


def document_totals(st) -> int:
    """Sales minus returns, incl. tax, from the documents' own journal entries."""
    total = 0
    for kind, payload in rows(st, "SELECT kind, payload FROM journal WHERE kind IN ('sale', 'return')"):
        gross = sum(t["gross_minor"] for t in json.loads(payload)["taxes"])
        total += -gross if kind == "return" else gross
    return total


def return_one(st, receipt_no: str, line_no: int = 1):
    sale = lookup.find_sale(st.uow, receipt_no)
    return complete.complete_return(st.uow, st.user("ana"), sale, [ReturnLineIn(line_no, D(1))], "wrong_size")


def test_a_day_closing_totals_each_rate_sales_minus_returns(french, monkeypatch):
    st = french
    clock = Clock(monkeypatch, at(date(2026, 11, 5)))
    clock.set(date(2026, 11, 5), 9)
    first = sell_items(st, [(5, 2), (2, 1)])  # 2 x 3.19 at 20 %, 5.29 at 5.5 %
    clock.set(date(2026, 11, 5), 15)
    sell_items(st, [(8, 1)])  # 16.19 at 0 %
    back = return_one(st, first.receipt_no, 1)  # one cola back
    made = closings.close_due(st.uow, at(date(2026, 11, 6), 8))
    assert [c.doc_no for c in made] == ["DAY-2026-11-05"]
    day = stored(st, "day")[0]
    by_rate = {r["rate"]: r for r in day["rates"]}
    assert set(by_rate) == {"0", "5.5", "20"}
    assert by_rate["20"]["total_minor"] == 319  # 638 sold, 319 returned
    assert by_rate["5.5"]["total_minor"] == 529 and by_rate["0"]["total_minor"] == 1619
    for r in day["rates"]:  # base + tax = total, rate by rate
        assert r["base_minor"] + r["tax_minor"] == r["total_minor"]
    assert by_rate["20"]["tax_minor"] == 53  # 3.19 incl. 20 %: 2.66 + 0.53
    assert day["total_minor"] == 319 + 529 + 1619 == document_totals(st)
    assert day["perpetual_minor"] == day["total_minor"]
    assert (day["sales"], day["returns"]) == (2, 1)
    assert day["first_document"] == first.receipt_no and day["last_document"] == back.return_no
    # the journal entry carries the same figures, signed at a French station
    (payload, signed) = rows(
        st,
        "SELECT j.payload, s.signature IS NOT NULL FROM journal j LEFT JOIN journal_signatures s ON s.seq = j.seq "
        "WHERE j.kind = 'fiscal_close' AND j.doc_ref = 'DAY-2026-11-05'",
    )[0]
    entry = json.loads(payload)
    assert entry["type"] == "fiscal_close" and entry["rates"] == day["rates"] and signed


def test_closings_are_permanent(french, monkeypatch):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    closings.close_due(st.uow, at(date(2026, 11, 6)))
    con = st.raw()
    try:
        for sql in (
            "UPDATE fiscal_closings SET total_minor = 0",
            "DELETE FROM fiscal_closings",
            "INSERT INTO fiscal_closings SELECT * FROM fiscal_closings",
        ):
            with pytest.raises(sqlite3.IntegrityError if sql.startswith("INSERT") else sqlite3.DatabaseError):
                con.execute(sql)
    finally:
        con.close()
    assert rows(st, "SELECT doc_no FROM fiscal_closings") == [("DAY-2026-11-05",)]


def test_one_day_closing_for_two_shifts_made_by_the_next_z(french, monkeypatch):
    st = french
    clock = Clock(monkeypatch, at(date(2026, 11, 5)))
    mx = st.user("max")
    for hour in (8, 14):  # two shifts on 5 November
        clock.set(date(2026, 11, 5), hour)
        shift.open_shift(st.uow, mx, {"10": 1})
        st.sell(1)
        clock.set(date(2026, 11, 5), hour + 4)
        shift.close_shift(st.uow, mx, {"10": 1}, data_dir=st.data_dir)
    assert stored(st, "day") == []  # the day has not ended
    clock.set(date(2026, 11, 6), 8)
    shift.open_shift(st.uow, mx, {"10": 1})
    st.sell(2)
    clock.set(date(2026, 11, 6), 12)
    shift.close_shift(st.uow, mx, {"10": 1}, data_dir=st.data_dir)  # the Z closes the ended day
    days = stored(st, "day")
    assert [d["doc_no"] for d in days] == ["DAY-2026-11-05"]
    assert days[0]["sales"] == 2 and days[0]["total_minor"] == 2 * 249


def test_every_day_gets_a_closing_even_empty_and_the_perpetual_total_carries(french, monkeypatch):
    st = french
    clock = Clock(monkeypatch, at(date(2026, 11, 2)))
    st.sell(1)
    clock.set(date(2026, 11, 6))
    st.sell(2)
    made = closings.close_due(st.uow, at(date(2026, 11, 8)))
    # the first sale of the 6th closed the 2nd to the 5th before it was written
    assert [c.doc_no for c in made] == ["DAY-2026-11-06", "DAY-2026-11-07"]
    days = stored(st, "day")
    assert [d["doc_no"] for d in days] == [f"DAY-2026-11-0{n}" for n in range(2, 8)]
    assert [d["total_minor"] for d in days] == [249, 0, 0, 0, 529, 0]
    assert [d["perpetual_minor"] for d in days] == [249, 249, 249, 249, 778, 778]
    assert closings.close_due(st.uow, at(date(2026, 11, 8), 20)) == []  # nothing more has ended


def test_a_document_in_a_closed_day_goes_to_the_next_closing(french, monkeypatch):
    st = french
    clock = Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    made = closings.close(st.uow, "day", at(date(2026, 11, 5), 13))  # closed by hand at 13:00
    assert [c.doc_no for c in made] == ["DAY-2026-11-05"]
    clock.set(date(2026, 11, 5), 15)
    late = st.sell(2)  # the same day, after its closing
    with pytest.raises(DomainError, match="Today is already closed"):
        closings.close(st.uow, "day", at(date(2026, 11, 5), 16))
    closings.close_due(st.uow, at(date(2026, 11, 7)))
    days = stored(st, "day")
    assert [(d["doc_no"], d["total_minor"]) for d in days] == [("DAY-2026-11-05", 249), ("DAY-2026-11-06", 529)]
    assert days[1]["first_document"] == late.receipt_no


def test_no_country_no_closings(pinned, monkeypatch, capsys):
    st = pinned
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    assert closings.close_due(st.uow, at(date(2026, 11, 9))) == []
    with pytest.raises(DomainError, match="no fiscal closings"):
        closings.close(st.uow, "day", at(date(2026, 11, 9)))
    code = main(["fiscal", "close", "day", "--data-dir", str(st.data_dir)])
    err = capsys.readouterr().err
    assert code == 1 and "fiscal country has no fiscal closings" in err
    assert st.count("fiscal_closings") == 0


def test_a_fiscal_year_starting_in_july(french, monkeypatch):
    st = french
    settings.set_setting(st.uow, "fiscal_year_start", "7")
    with pytest.raises(DomainError, match="fiscal_year_start must be the number of a month"):
        settings.set_setting(st.uow, "fiscal_year_start", "13")
    clock = Clock(monkeypatch, at(date(2026, 6, 29)))
    st.sell(1)
    clock.set(date(2026, 7, 1))
    st.sell(2)
    closings.close_due(st.uow, at(date(2026, 7, 2)))
    assert [m["doc_no"] for m in stored(st, "month")] == ["MONTH-2026-06"]
    years = stored(st, "year")
    assert [y["doc_no"] for y in years] == ["YEAR-2025"]  # July 2025 - June 2026 ended with June
    assert years[0]["total_minor"] == 249
    assert (years[0]["starts"], years[0]["ends"]) == ("2025-07", "2026-06")
    closings.close(st.uow, "year", at(date(2026, 7, 2), 18))  # the current year by hand: its months first
    assert [m["doc_no"] for m in stored(st, "month")] == ["MONTH-2026-06", "MONTH-2026-07"]
    assert [y["doc_no"] for y in stored(st, "year")] == ["YEAR-2025", "YEAR-2026"]
    assert stored(st, "year")[1]["total_minor"] == 529
    assert stored(st, "year")[1]["perpetual_minor"] == 249 + 529


def test_a_year_of_daily_closings_with_a_new_tax_rate_and_a_clock_set_back(french, monkeypatch):
    """Jan 2026 to Jan 2027 on a simulated clock: a few sales a week, a return, the 20 % rate
    becoming 21 % on 1 July, and a clock set back into a closed day."""
    st = french
    clock = Clock(monkeypatch, at(date(2026, 1, 1)))
    first_day, end = date(2026, 1, 2), date(2027, 1, 1)
    day, sold = first_day, []
    while day < end:
        if day == date(2026, 7, 1):
            con = st.raw()
            con.execute("UPDATE tax_rates SET rate = '21' WHERE code = 'A'")
            con.close()
            st.uow.cache.clear()
        if day.weekday() in (0, 3, 5):  # Mondays, Thursdays, Saturdays
            clock.set(day, 10)
            sold.append(sell_items(st, [(5, 1), (2, 1)]).receipt_no)
        if day == date(2026, 3, 12):
            clock.set(day, 11)
            return_one(st, sold[-1], 1)
        if day.weekday() == 6:  # the station starts on Sundays: what has ended is closed
            closings.close_due(st.uow, at(day, 7))
        day += timedelta(days=1)
    # the clock goes back into a closed day: a sale dated 2026-12-20 (closed long before) made after the 31st's
    closings.close_due(st.uow, at(date(2026, 12, 28), 7))
    clock.set(date(2026, 12, 20), 16)
    back_dated = st.sell(8).receipt_no
    made = closings.close_due(st.uow, at(date(2027, 1, 2), 7))
    assert [c.doc_no for c in made][-2:] == ["MONTH-2026-12", "YEAR-2026"]

    days, months, years = stored(st, "day"), stored(st, "month"), stored(st, "year")
    opened = date(2026, 1, 3)  # the first sale: a Saturday
    assert [d["period"] for d in days] == [
        (opened + timedelta(days=n)).isoformat() for n in range((date(2027, 1, 2) - opened).days)
    ]  # every day from the first document's to the last ended one, none twice, none missing
    assert [m["period"] for m in months] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert [y["doc_no"] for y in years] == ["YEAR-2026"]
    # each document counted once: the closings add up to the documents
    assert sum(d["total_minor"] for d in days) == document_totals(st)
    assert sum(d["sales"] + d["returns"] for d in days) == len(sold) + 2  # with the return and the late sale
    assert sum(m["total_minor"] for m in months) == years[0]["total_minor"] == document_totals(st)
    for m in months:  # a month is the sum of its days
        of_month = [d for d in days if d["period"].startswith(m["period"])]
        assert m["total_minor"] == sum(d["total_minor"] for d in of_month) and m["closings"] == len(of_month)
    running = 0
    for d in days:
        running += d["total_minor"]
        assert d["perpetual_minor"] == running
    # the back-dated sale is in the next day closing made after it, not in its closed day: the
    # sale of the 31st had closed the 27th to the 30th before it, so the 31st counts it
    by_period = {d["period"]: d for d in days}
    assert by_period["2026-12-31"]["last_document"] == back_dated
    assert by_period["2026-12-31"]["rates"][0] == {"rate": "0", "base_minor": 1619, "tax_minor": 0, "total_minor": 1619}
    # the rate changed in July: the year shows both rates, June one, July the new one
    assert {r["rate"] for r in years[0]["rates"]} == {"5.5", "20", "21", "0"}
    assert {r["rate"] for r in months[5]["rates"]} == {"5.5", "20"}
    assert {r["rate"] for r in months[6]["rates"]} == {"5.5", "21"}
    march = months[2]
    assert march["returns"] == 1
    assert closings.list_closings(st.uow, "year")[0].total == D(years[0]["total_minor"]) / 100


def test_a_tampered_closing_is_named_by_journal_verify(french, monkeypatch, capsys):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    closings.close_due(st.uow, at(date(2026, 11, 7)))
    assert main(["journal", "verify", "--data-dir", str(st.data_dir)]) == 0
    capsys.readouterr()
    st.close()
    con = sqlite3.connect(st.db_path, isolation_level=None)
    con.execute("DROP TRIGGER IF EXISTS journal_no_update")
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'journal'"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute(
        "UPDATE journal SET payload = replace(payload, '\"total_minor\":249', '\"total_minor\":149') "
        "WHERE doc_ref = 'DAY-2026-11-05'"
    )
    con.close()
    st.open()
    code = main(["journal", "verify", "--data-dir", str(st.data_dir)])
    out = capsys.readouterr().out
    assert code == 1 and "DAY-2026-11-05" in out


def test_a_closing_row_changed_behind_its_journal_entry_is_not_printed(french, monkeypatch, tmp_path):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    closings.close_due(st.uow, at(date(2026, 11, 7)))
    st.close()
    con = sqlite3.connect(st.db_path, isolation_level=None)
    con.execute("DROP TRIGGER fiscal_closings_no_update")
    con.execute(
        "UPDATE fiscal_closings SET figures = replace(figures, '\"total_minor\":249', '\"total_minor\":149') "
        "WHERE doc_no = 'DAY-2026-11-05'"
    )
    con.close()
    st.open()
    with pytest.raises(DomainError, match="does not match its journal entry"):
        closings.print_closing(st.uow, st.data_dir, "DAY-2026-11-05", out=tmp_path / "x.pdf")
    closings.print_closing(st.uow, st.data_dir, "DAY-2026-11-06", out=tmp_path / "y.pdf")  # the others print


def test_the_cli_closes_lists_and_prints(french, monkeypatch, capsys, tmp_path):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    data = ["--data-dir", str(st.data_dir)]
    assert main(["fiscal", "close", "day", *data]) == 0
    out = capsys.readouterr().out
    assert "DAY-" in out  # today by the machine's clock, and the ended days before it
    assert main(["fiscal", "close", "day", *data]) == 1
    assert "Today is already closed" in capsys.readouterr().err
    assert main(["fiscal", "closings", "--kind", "day", "--json", *data]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[-1]["doc_no"] == "DAY-2026-11-05" and listed[-1]["total"] == "2.49"
    assert all(len(r["fingerprint"]) == 8 for r in listed)  # signed at a French station
    pdf = tmp_path / "day.pdf"
    for _ in range(3):  # the first print is the original, the others duplicates, whatever is asked
        assert main(["fiscal", "closing", "print", "DAY-2026-11-05", "--out", str(pdf), *data]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert rows(st, "SELECT doc_ref FROM journal WHERE kind = 'closing_print'") == [("DAY-2026-11-05",)]
    counts = rows(st, "SELECT payload FROM journal WHERE kind = 'reprint' AND doc_ref = 'DAY-2026-11-05'")
    assert [json.loads(p)["count"] for (p,) in counts] == [1, 2]
    assert main(["fiscal", "closing", "print", "DAY-1999-01-01", "--out", str(pdf), *data]) == 1
    assert "No closing is numbered DAY-1999-01-01" in capsys.readouterr().err


@pytest.fixture
def in_french():
    from storedesk.i18n.formats import use_store_language, use_store_locale

    use_store_language("fr")
    use_store_locale("fr_FR")
    yield
    use_store_language("en")
    use_store_locale("en_IE")


def test_a_closing_prints_in_the_store_language_and_a_reprint_says_duplicata(french, monkeypatch, in_french):
    from pypdf import PdfReader

    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    sell_items(st, [(5, 1), (2, 1)])
    closings.close_due(st.uow, at(date(2026, 11, 6)))
    row = closings.list_closings(st.uow)[0]
    original = closings.print_closing(st.uow, st.data_dir, "DAY-2026-11-05")
    assert original == st.data_dir / "closings" / "2026" / "DAY-2026-11-05.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(original).pages)
    assert "Clôture journalière du 05/11/2026" in text and "DUPLICATA" not in text
    assert "Grand total perpétuel" in text and "8,48 €" in text  # 3.19 + 5.29
    assert "20 %" in text and "5,5 %" in text
    assert f"clôture DAY-2026-11-05 - signature {row.fingerprint}" in text and len(row.fingerprint) == 8
    copy = closings.print_closing(st.uow, st.data_dir, "DAY-2026-11-05", now=at(date(2026, 11, 6), 9))
    again = closings.print_closing(st.uow, st.data_dir, "DAY-2026-11-05", now=at(date(2026, 11, 6), 9))
    assert "DUPLICATA n° 1" in PdfReader(copy).pages[0].extract_text()
    assert "DUPLICATA n° 2" in PdfReader(again).pages[0].extract_text()
    counts = rows(st, "SELECT payload FROM journal WHERE kind = 'reprint' ORDER BY seq")
    assert [json.loads(p)["count"] for (p,) in counts] == [1, 2]


def test_days_after_a_month_closed_by_hand_go_to_the_next_month(french, monkeypatch):
    st = french
    clock = Clock(monkeypatch, at(date(2026, 11, 19)))
    st.sell(1)
    made = closings.close(st.uow, "month", at(date(2026, 11, 20), 18))  # its days first, up to today
    assert [c.doc_no for c in made] == ["DAY-2026-11-19", "DAY-2026-11-20", "MONTH-2026-11"]
    with pytest.raises(DomainError, match="This month is already closed"):
        closings.close(st.uow, "month", at(date(2026, 11, 21)))
    clock.set(date(2026, 11, 25))
    st.sell(2)
    clock.set(date(2026, 12, 3))
    st.sell(5)
    closings.close_due(st.uow, at(date(2027, 1, 1), 7))
    months = stored(st, "month")
    assert [(m["doc_no"], m["total_minor"], m["closings"]) for m in months] == [
        ("MONTH-2026-11", 249, 2),
        ("MONTH-2026-12", 529 + 319, 10 + 31),  # 21-30 November and every day of December
    ]
    assert months[1]["perpetual_minor"] == 249 + 529 + 319 == document_totals(st)
    (year,) = stored(st, "year")  # December ended: the year is closed too
    assert (year["doc_no"], year["total_minor"], year["closings"]) == ("YEAR-2026", 249 + 529 + 319, 2)


def test_a_changed_fiscal_year_start_counts_every_month_once(french, monkeypatch):
    """The year's first month goes from July to January after the 2026 year (July 2026 - June
    2027) was closed: the next year starts after the month the last one ended with, as ITS
    closing says (never recomputed from the new setting), so the years add up to the documents."""
    st = french
    settings.set_setting(st.uow, "fiscal_year_start", "7")
    clock = Clock(monkeypatch, at(date(2026, 7, 2)))
    month = (2026, 7)
    while month <= (2027, 12):
        clock.set(date(*month, 2), 10)
        st.sell(1)
        closings.close_due(st.uow, at(date(*month, 3), 7))
        if month == (2027, 7):
            settings.set_setting(st.uow, "fiscal_year_start", "1")
        month = (month[0] + 1, 1) if month[1] == 12 else (month[0], month[1] + 1)
    closings.close_due(st.uow, at(date(2028, 1, 3), 7))
    years = stored(st, "year")
    assert [(y["doc_no"], y["starts"], y["ends"], y["closings"]) for y in years] == [
        ("YEAR-2026", "2026-07", "2027-06", 12),
        ("YEAR-2027", "2027-07", "2027-12", 6),  # the months left of 2027 once, none twice
    ]
    assert sum(y["total_minor"] for y in years) == document_totals(st) == 18 * 249


def tamper(st, table: str, sql: str) -> None:
    """Change a permanent table behind the station's back (its UPDATE triggers dropped)."""
    st.close()
    con = sqlite3.connect(st.db_path, isolation_level=None)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)):
        con.execute(f"DROP TRIGGER {name}")
    con.execute(sql)
    con.close()
    st.open()


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE fiscal_closings SET perpetual_minor = 0, figures = "
        "replace(figures, '\"perpetual_minor\":249', '\"perpetual_minor\":0') WHERE doc_no = 'DAY-2026-11-05'",
        "UPDATE fiscal_closings SET open_seq = 1 WHERE doc_no = 'DAY-2026-11-05'",
    ],
    ids=["perpetual total", "open seq"],
)
def test_the_next_closing_carries_what_the_signed_journal_entry_says_not_the_row(french, monkeypatch, change):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    closings.close_due(st.uow, at(date(2026, 11, 6), 7))
    (payload,) = rows(st, "SELECT payload FROM journal WHERE doc_ref = 'DAY-2026-11-05'")[0]
    assert "open_seq" in json.loads(payload)  # the carried state is signed with the closing
    tamper(st, "fiscal_closings", change)
    with pytest.raises(DomainError, match="The closing DAY-2026-11-05 does not match its journal entry"):
        closings.close_due(st.uow, at(date(2026, 11, 7), 7))
    assert [d["doc_no"] for d in stored(st, "day")] == ["DAY-2026-11-05"]  # nothing closed on a false total


def test_a_day_closing_tells_documents_by_their_signed_payload_not_the_kind_column(french, monkeypatch):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    relabelled = st.sell(8).receipt_no
    tamper(st, "journal", f"UPDATE journal SET kind = 'no_sale' WHERE doc_ref = '{relabelled}'")
    closings.close_due(st.uow, at(date(2026, 11, 6), 7))
    (day,) = stored(st, "day")
    assert (day["sales"], day["total_minor"], day["last_document"]) == (2, 249 + 1619, relabelled)


def test_closing_today_with_the_clock_behind_the_last_closed_day_is_refused(french, monkeypatch, capsys):
    st = french
    clock = Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    closings.close(st.uow, "day", at(date(2026, 11, 5), 13))
    clock.set(date(2026, 11, 3), 10)
    with pytest.raises(DomainError, match=r"clock \(03/11/2026\) is behind the last closing DAY-2026-11-05"):
        closings.close(st.uow, "day", at(date(2026, 11, 3), 13))
    assert [d["doc_no"] for d in stored(st, "day")] == ["DAY-2026-11-05"]


def test_a_month_sums_its_days_as_their_journal_entries_say(french, monkeypatch):
    st = french
    Clock(monkeypatch, at(date(2026, 11, 5)))
    st.sell(1)
    closings.close_due(st.uow, at(date(2026, 11, 10), 7))
    tamper(
        st,
        "fiscal_closings",
        "UPDATE fiscal_closings SET total_minor = 149, figures = replace(figures, '\"total_minor\":249', "
        "'\"total_minor\":149') WHERE doc_no = 'DAY-2026-11-05'",
    )
    with pytest.raises(DomainError, match="The closing DAY-2026-11-05 does not match its journal entry"):
        closings.close_due(st.uow, at(date(2026, 12, 1), 7))
    assert stored(st, "month") == []  # no month summed from a changed day
