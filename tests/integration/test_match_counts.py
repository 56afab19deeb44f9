"""The search screens say how many products match when they show only the first ones ("20 of
1,204"): the counts, on a real demo station (SKUs SKU0000001 ... SKU0002004). A count stops
at its cap, so typing one letter in a catalog of a million products stays fast."""

from __future__ import annotations

from storedesk.services import catalog
from storedesk.services.stock import ledger


def _sql(st, query: str) -> int:
    con = st.raw()
    try:
        return con.execute(query).fetchone()[0]
    finally:
        con.close()


def test_catalog_counts_active_matches_up_to_the_cap(station):
    # "SKU00001" is the prefix of SKU0000100 ... SKU0000199: a hundred products
    assert catalog.count_matches(station.uow, "SKU00001") == (100, False)
    assert catalog.count_matches(station.uow, "SKU00001", cap=50) == (50, True)
    assert catalog.count_matches(station.uow, "SKU00001", cap=100) == (100, False)
    assert catalog.count_matches(station.uow, "  ") == (0, False)
    con = station.raw()
    con.execute("UPDATE products SET active = 0 WHERE sku = 'SKU0000150'")  # as the search: active only
    con.close()
    assert catalog.count_matches(station.uow, "SKU00001") == (99, False)


def test_a_search_says_how_many_match_only_when_more_than_it_shows(station):
    found = catalog.search_counted(station.uow, "SKU00001", 20)
    assert len(found.rows) == 20 and (found.total, found.capped, found.more) == (100, False, True)
    assert [p.sku for p in found.rows] == [p.sku for p in catalog.search(station.uow, "SKU00001", 20)]
    capped = catalog.search_counted(station.uow, "SKU00001", 20, cap=60)
    assert (len(capped.rows), capped.total, capped.capped, capped.more) == (20, 60, True, True)
    one = catalog.search_counted(station.uow, "SKU0000007", 20)
    assert [p.sku for p in one.rows] == ["SKU0000007"] and (one.total, one.more) == (1, False)
    none = catalog.search_counted(station.uow, "zzzz nothing", 20)
    assert none.rows == [] and (none.total, none.more) == (0, False)


def test_the_stock_view_counts_its_rows(station):
    page = ledger.stock_page(station.uow, "SKU0001", 200)  # SKU0001000 ... SKU0001999
    assert len(page.rows) == 200 and (page.total, page.capped, page.more) == (1000, False, True)
    assert page.rows == ledger.stock_list(station.uow, "SKU0001", 200)
    capped = ledger.stock_page(station.uow, "SKU0001", 200, cap=500)
    assert (capped.total, capped.capped) == (500, True)
    everything = ledger.stock_page(station.uow, "", 200)  # no text: every product with a balance
    balances = _sql(station, "SELECT count(*) FROM stock_balances b JOIN products p ON p.id = b.product_id")
    assert balances > 200 and (everything.total, everything.more) == (balances, True)
    few = ledger.stock_page(station.uow, "SKU000000", 200)  # SKU0000001 ... SKU0000009
    assert (len(few.rows), few.total, few.more) == (9, 9, False)


def test_the_counted_lists_are_the_lists_the_screens_showed_before(station):
    """One FTS lookup gives the first rows and the count: the rows are those of search() and
    stock_list(), in the same order."""
    for text in ("rice", "organic", "fam app", "SKU00001", "s", "zzzz"):
        found = catalog.search_counted(station.uow, text, 20)
        assert found.rows == catalog.search(station.uow, text, 20), text
        page = ledger.stock_page(station.uow, text, 200)
        assert page.rows == ledger.stock_list(station.uow, text, 200), text
        if not found.more:
            assert found.total == len(found.rows), text
