"""The network lane (ui/ops.py with services/hub_call.py): while the hub takes its time over a
sale lookup, a voucher or a return grant, the database worker goes on with the till's scans.

A stand-in for the hub answers over real HTTP on 127.0.0.1, with the hub's routes and answers,
and holds the requests named in `hold` until the test lets them go (at most HOLD_MAX seconds):
before the lane, a scan waited behind the held request, so these tests failed by timeout."""

from __future__ import annotations

import json
import threading
import time
from decimal import Decimal as D
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storedesk.adapters.uow import UnitOfWork
from storedesk.domain.returns import ReturnError
from storedesk.domain.tenders import CASH, VOUCHER, Tender
from storedesk.services import basket, sale, sync
from storedesk.services.context import utcnow
from storedesk.services.returns import exchange, lookup
from storedesk.services.returns.planning import ReturnLineIn
from storedesk.ui.ops import Ops, message_of
from storedesk.ui.voucher_bridge import VoucherBridge

HOLD_MAX = 5.0  # float-ok: seconds
SCAN_WITHIN = 1.0  # float-ok: seconds; a scan takes milliseconds, the held request HOLD_MAX
REF = "PAR01-T2-000007"
CODE = "SC-ABCD-EFGH-JKLM"


class _Routes(BaseHTTPRequestHandler):
    """Hands every request to the SlowHub serving it."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass  # quiet: the test reads SlowHub.seen

    def do_GET(self):
        self.server.hub.serve(self)  # type: ignore[attr-defined]

    do_POST = do_DELETE = do_GET


class SlowHub:
    """The hub's returns and voucher routes, answering from memory; `hold` holds a route's
    requests (matched by the start of "METHOD /path") until `release` is set."""

    def __init__(self, sku: str):
        self.sku = sku
        self.hold: tuple[str, ...] = ()
        self.down: tuple[str, ...] = ()  # requests answered 503, as a hub that is unwell
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.holding = False  # a held request is in the hub, not answered yet
        self.seen: list[tuple[str, str, dict]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Routes)
        self.server.hub = self  # type: ignore[attr-defined]
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def serve(self, req: BaseHTTPRequestHandler) -> None:
        size = int(req.headers.get("Content-Length") or 0)
        self.seen.append((req.command, req.path, json.loads(req.rfile.read(size)) if size else {}))
        if f"{req.command} {req.path}".startswith(self.hold):
            self.holding = True
            self.arrived.set()
            self.release.wait(HOLD_MAX)
            self.holding = False
        status, answer = self.answer(req.command, req.path)
        data = json.dumps(answer).encode()
        req.send_response(status)
        for name, value in (("Content-Type", "application/json"), ("Content-Length", str(len(data)))):
            req.send_header(name, value)
        req.end_headers()
        req.wfile.write(data)

    def answer(self, method: str, path: str) -> tuple[int, dict]:
        if f"{method} {path}".startswith(self.down):
            return 503, {"detail": "unavailable"}
        if path == f"/v1/returns/sales/{REF}":
            return 200, self.sale()
        if (method, path) == ("POST", "/v1/returns/grants"):
            return 200, {"granted": True}
        if method == "DELETE" and path.startswith("/v1/returns/grants/"):
            return 200, {}
        if path == f"/v1/vouchers/{CODE}/redeem":
            return 200, {"balance_minor": 1000}
        if path.startswith("/v1/vouchers/redemptions/") and path.endswith("/cancel"):
            return 200, {}
        return 404, {"detail": "not found"}

    def sale(self) -> dict:
        """Another station's sale of two puzzle books, one already returned there."""
        line = {"line": 1, "sku": self.sku, "name": "Test Puzzle Book", "quantity": "2", "gross_minor": 3238}
        return {
            "kind": "receipt",
            "ref": REF,
            "sale_id": "f" * 32,
            "store": "PAR01",
            "station": "T2",
            "at": utcnow(),
            "currency": "EUR",
            "change_minor": 0,
            "refunded": {"cash": 1619},
            "lines": [{**line, "tax_code": "C", "tax_rate": "0", "returned": "1"}],
            "payments": [{"kind": "cash", "amount_minor": 3238}],
        }

    def requests(self, method: str, start: str) -> list[dict]:
        return [body for m, path, body in self.seen if m == method and path.startswith(start)]

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


class Till:
    """A registered station, its real Ops (the database worker and the network lane), and the hub."""

    def __init__(self, qtbot, st, hub: SlowHub):
        self.qtbot, self.st, self.hub = qtbot, st, hub
        sync.register(st.uow, hub.url, "h2-lane-test-token-0123456789")
        self.user = st.user("ana")
        self.ops = Ops()
        self.ops.open(UnitOfWork, st.engine)
        self.basket_id = self.result(basket.current, self.user).basket_id

    def result(self, fn, *args, **kwargs):
        """Call through Ops and wait for the answer."""
        out: list = []
        self.ops.call(fn, *args, ok=lambda r: out.append(("ok", r)), err=lambda e: out.append(("err", e)), **kwargs)
        self.qtbot.waitUntil(lambda: bool(out), timeout=10000)
        kind, value = out[0]
        if kind == "err":
            raise value
        return value

    def scans_while_held(self, *product_ids: int) -> basket.BasketView:
        """Scans made once the hub holds a request: each answers at once, the hub still holding it."""
        self.qtbot.waitUntil(self.hub.arrived.is_set, timeout=5000)
        view = None
        for product_id in product_ids:
            started = time.monotonic()
            view = self.result(basket.add_scan, self.user, self.basket_id, self.st.barcode(product_id))
            assert time.monotonic() - started < SCAN_WITHIN
        assert self.hub.holding  # the hub has not answered yet (without the lane it had to, by timeout)
        assert view is not None
        return view

    def close(self) -> None:
        self.hub.release.set()
        self.ops.stop()


@pytest.fixture
def till(qtbot, pinned):
    con = pinned.raw()
    sku = con.execute("SELECT sku FROM products WHERE id = 8").fetchone()[0]
    con.close()
    hub = SlowHub(sku)
    t = Till(qtbot, pinned, hub)
    yield t
    t.close()
    hub.close()


def _wait(till, answers: list) -> None:
    till.qtbot.waitUntil(lambda: bool(answers), timeout=HOLD_MAX * 2000)


def _voucher_taken(till):
    """A puzzle book (16.19) on the basket, 5.00 of it paid by voucher (the hub answering at once)."""
    till.result(basket.add_scan, till.user, till.basket_id, till.st.barcode(8))
    bridge = VoucherBridge(till.ops, lambda: till.basket_id, user_of=lambda: till.user)
    taken: list = []
    bridge.redeem(CODE, D("5.00"), taken.append, taken.append)
    _wait(till, taken)
    assert taken[0].tender.kind == VOUCHER
    return bridge, taken[0]


def test_scans_go_on_while_the_hub_looks_up_a_receipt(till):
    till.hub.hold = (f"GET /v1/returns/sales/{REF}",)
    found: list = []
    till.ops.call(lookup.find_sale, REF, ok=found.append, err=found.append)
    view = till.scans_while_held(5, 2)
    assert [ln.quantity for ln in view.basket.lines] == [D(1), D(1)]
    assert found == [] and till.ops.pending == 1  # the lookup is still at the hub
    till.hub.release.set()
    _wait(till, found)
    sold = found[0]
    assert sold.online and sold.station == "T2" and sold.ref == REF
    assert sold.lines[0].returned_quantity == 1 and sold.lines[0].category  # the catalog, read after the answer


def test_scans_go_on_while_the_hub_redeems_a_voucher_and_the_payment_is_kept_after(till):
    till.result(basket.add_scan, till.user, till.basket_id, till.st.barcode(8))  # 16.19
    till.hub.hold = (f"POST /v1/vouchers/{CODE}/redeem",)
    errors: list = []
    bridge = VoucherBridge(till.ops, lambda: till.basket_id, user_of=lambda: till.user)
    taken: list = []
    bridge.redeem(CODE, D("5.00"), taken.append, errors.append)
    till.scans_while_held(5)
    till.hub.release.set()
    _wait(till, taken)
    assert errors == []
    redemption = taken[0]
    assert redemption.balance_after == D("10.00")
    kept = redemption.view.basket.taken
    assert [(t.tender.kind, t.tender.amount, t.redemption_id) for t in kept] == [
        (VOUCHER, D("5.00"), redemption.redemption_id)
    ]
    assert till.hub.requests("POST", f"/v1/vouchers/{CODE}/redeem")[0]["ref"] == till.basket_id
    assert basket.last_taken(till.st.uow, till.basket_id) == kept[0]  # stored, not only shown


def test_a_sale_completed_while_the_hub_gives_a_voucher_back_does_not_count_that_voucher(till):
    """The voucher payment leaves the basket before the hub is asked to give it back: a sale
    completed meanwhile is paid in full without it."""
    bridge, _taken = _voucher_taken(till)
    till.hub.hold = ("POST /v1/vouchers/redemptions/",)
    back: list = []
    bridge.give_back(back.append, back.append)
    till.qtbot.waitUntil(till.hub.arrived.is_set, timeout=5000)
    assert basket.last_taken(till.st.uow, till.basket_id) is None  # off the basket before the hub's yes
    done = till.result(sale.complete_sale, till.user, till.basket_id, [Tender(CASH, D("16.19"))])
    assert till.hub.holding and back == []  # completed while the hub still holds the give-back
    con = till.st.raw()
    paid = con.execute("SELECT kind, amount_minor FROM sale_payments WHERE sale_id = ?", (done.sale_id,)).fetchall()
    con.close()
    assert paid == [(CASH, 1619)]
    till.hub.release.set()
    _wait(till, back)
    assert not isinstance(back[0], Exception)
    assert [t.tender.kind for t in back[0].basket.taken] == []
    assert len(till.hub.requests("POST", "/v1/vouchers/redemptions/")) == 1


def test_an_exchange_is_refused_when_the_counter_sale_changed_while_the_hub_granted_it(till):
    sold = till.result(lookup.find_sale, REF)
    till.result(basket.add_scan, till.user, till.basket_id, till.st.barcode(8))  # 16.19: the returned book pays it
    till.hub.hold = ("POST /v1/returns/grants",)
    answers: list = []
    till.ops.call(
        exchange.complete_exchange,
        till.user,
        sold,
        [ReturnLineIn(1, D(1))],
        "wrong_size",
        till.basket_id,
        [],
        ok=answers.append,
        err=answers.append,
    )
    till.scans_while_held(5)  # the counter's sale grows while the hub grants the return
    till.hub.release.set()
    _wait(till, answers)
    assert isinstance(answers[0], ReturnError)
    assert "changed while the hub was asked" in message_of(answers[0])
    grant = till.hub.requests("POST", "/v1/returns/grants")[0]
    assert [path for m, path, _ in till.hub.seen if m == "DELETE"] == [f"/v1/returns/grants/{grant['grant_id']}"]
    assert till.st.count("returns") == 0 and till.st.count("sales") == 0


def test_a_voucher_the_hub_cannot_give_back_is_put_back_on_the_basket(till):
    bridge, redemption = _voucher_taken(till)
    till.hub.down = ("POST /v1/vouchers/redemptions/",)
    back: list = []
    bridge.give_back(back.append, back.append)
    _wait(till, back)
    assert back == ["The hub cannot be reached: the voucher payment stays taken; try again later"]
    kept = basket.last_taken(till.st.uow, till.basket_id)
    assert kept is not None and kept.redemption_id == redemption.redemption_id and kept.tender.amount == D("5.00")
