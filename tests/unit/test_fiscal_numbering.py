"""Gapless document numbers found missing (issue 19, domain/fiscal/numbering.py): bounded
whatever the input, a restore's skipped ranges excused only when they are sound."""

from __future__ import annotations

from storedesk.domain.fiscal import numbering
from storedesk.domain.fiscal.numbering import missing_numbers
from storedesk.i18n import translator

P = "PAR01-T1-"


def test_nothing_missing_is_none_in_any_order():
    assert missing_numbers({P: [1, 2, 3]}) is None
    assert missing_numbers({P: [3, 1, 2]}) is None  # out of order: the holes fill
    assert missing_numbers({P: []}) is None
    assert missing_numbers({P: [1, 2]}, last_made={P: 2}) is None


def test_a_hole_and_a_cut_tail_are_named_by_number():
    found = missing_numbers({P: [1, 2, 4, 5]}, last_made={P: 7})
    assert found is not None
    assert (found.missing, found.missing_count) == ((f"{P}000003", f"{P}000006", f"{P}000007"), 3)
    assert str(found.reason()) == f"document {P}000003 missing from the journal, and 2 other numbers"
    assert str(missing_numbers({P: [2]}).reason()) == f"document {P}000001 missing from the journal"
    fr = translator("fr").text(found.reason())
    assert fr == f"document {P}000003 absent du journal, et 2 autres numéros"


def test_the_skipped_ranges_of_a_restore_are_not_missing():
    assert missing_numbers({P: [1, 1002]}, {P: [[2, 1001]]}) is None
    found = missing_numbers({P: [1, 1003]}, {P: [(2, 1001)]})
    assert found is not None and found.missing == (f"{P}001002",)


def test_ranges_that_are_not_sound_are_refused_and_excuse_nothing():
    for bad in ([2, 1002], [5, 3], [0, 3], [True, 3], ["2", "3"], [2], "2-3", None, [2.0, 3.0]):
        found = missing_numbers({P: [1, 4]}, {P: [bad]})
        assert found is not None and found.missing[:2] == (f"{P}000002", f"{P}000003"), bad
        assert len(found.refused_gaps) == 1, bad
    found = missing_numbers({P: [1, 2]}, {P: [[5000, 9000]]})
    assert found is not None and found.missing_count == 0
    assert str(found.reason()).startswith("a restore's skipped numbers are not valid")


def test_a_huge_number_is_counted_not_listed():
    found = missing_numbers({P: [1, 10**12]}, limit=3)
    assert found is not None
    assert found.missing == (f"{P}000002", f"{P}000003", f"{P}000004")
    assert found.missing_count == 10**12 - 2


def test_the_limit_holds_across_series():
    found = missing_numbers({P: [5], f"{P}R": [4]}, limit=5)
    assert found is not None and len(found.missing) == 5 and found.missing_count == 7
    assert found.missing[-1] == f"{P}R000001"


def test_station_series_and_gap_payloads():
    series = numbering.station_series("PAR01", "T1")
    assert [(s.counter, s.kind, s.prefix) for s in series] == [
        ("receipt:T1", "sale", "PAR01-T1-"),
        ("return:T1", "return", "PAR01-T1-R"),
        ("z:T1", "shift_close", "PAR01-T1-Z"),
    ]
    gaps = [{"skipped": {"receipt:T1": [2, 1001], "cash_move:T1": [1, 1000]}}, {"skipped": "junk"}, []]
    assert numbering.skipped_by_prefix(series, gaps) == {"PAR01-T1-": [[2, 1001]]}
    assert numbering.split_number("PAR01-T1-R000007", "PAR01-T1-R") == 7
    assert numbering.split_number("PAR01-T1-R000007", "PAR01-T1-") is None
    assert numbering.split_number("PAR01-T1-٣", "PAR01-T1-") is None  # digits, but not ASCII ones
