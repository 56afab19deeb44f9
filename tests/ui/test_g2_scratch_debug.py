import pytest
from tests.ui.test_text_size_fit import big_till, LOOKS, Walk  # noqa
from tests.ui.test_fit_and_touch import the_sale_taken_back


@pytest.mark.parametrize("big_till", [("de", "125"), ("en", "150")], ids=["de-125", "en-150"], indirect=True)
def test_debug(big_till):
    c, till = big_till
    walk = Walk(c, till)
    rt = the_sale_taken_back(c)
    walk.screen("returns")
    side = rt.side
    print("\nside", side.geometry(), "min", side.minimumSizeHint(), side.minimumSize(), "hfw", side.heightForWidth(side.width()), side.hasHeightForWidth())
    print("layout hfw", side.layout().hasHeightForWidth(), side.layout().heightForWidth(side.width()), side.layout().totalHeightForWidth(side.width()))
    for w in (side.total_caption, side.total, side.parts, side.refund_to, side.reason, side.approvals, side.result, side.voucher):
        print(type(w).__name__, repr(w.text()[:30]), w.geometry(), "hfw", w.heightForWidth(w.width()), "minsh", w.minimumSizeHint(), "sh", w.sizeHint(), w.isVisible())
    print(walk.cut_elsewhere, walk.problems)
