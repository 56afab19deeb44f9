"""Routing rules, each on its own (pure, hand-made candidates), and the state table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storedesk.hub.orders import routing, states
from storedesk.hub.orders.routing import DEFAULT_RULES, Candidate, Context, Need, Rule, apply_rule, route

CHOSEN, NEAREST, TRANSFER = DEFAULT_RULES
D = Decimal


def cand(code, lat=None, lon=None, safety=0, reserved=None, **on_hand):
    return Candidate(
        code,
        D(lat) if lat else None,
        D(lon) if lon else None,
        {k: v * 1000 for k, v in on_hand.items()},
        {k: v * 1000 for k, v in (reserved or {}).items()},
        safety * 1000,
    )


PARIS = ("48.8566", "2.3522")
VERSAILLES = ("48.8049", "2.1204")  # ~17.9 km from Paris
LYON = ("45.7640", "4.8357")  # ~392 km


def need(chosen="PAR", excluded=(), **skus):
    return Need({k: v * 1000 for k, v in skus.items()}, chosen, frozenset(excluded))


def test_haversine_paris_lyon():
    assert routing.haversine_km(*PARIS, *LYON) == pytest.approx(392, abs=2)
    assert routing.haversine_km(*PARIS, *PARIS) == 0


def test_chosen_store_rule_alone():
    ctx = Context(need(A=2), [cand("PAR", *PARIS, A=2), cand("VER", *VERSAILLES, A=9)])
    d = apply_rule(CHOSEN, ctx)
    assert (d.action, d.store, d.rule) == ("route", "PAR", "chosen store")
    assert "has every line" in d.reason
    # one short: the rule does not apply (the next rule is tried)
    assert apply_rule(CHOSEN, Context(need(A=3), [cand("PAR", *PARIS, A=2)])) is None


def test_chosen_store_counts_reservations_and_safety_stock():
    assert apply_rule(CHOSEN, Context(need(A=2), [cand("PAR", *PARIS, A=5, reserved={"A": 3})])) is not None
    assert apply_rule(CHOSEN, Context(need(A=2), [cand("PAR", *PARIS, A=5, reserved={"A": 4})])) is None
    assert apply_rule(CHOSEN, Context(need(A=2), [cand("PAR", *PARIS, safety=1, A=3)])) is not None
    assert apply_rule(CHOSEN, Context(need(A=2), [cand("PAR", *PARIS, safety=2, A=3)])) is None


def test_every_line_must_be_covered():
    ctx = Context(need(A=1, B=1), [cand("PAR", *PARIS, A=5)])
    assert apply_rule(CHOSEN, ctx) is None


def test_nearest_store_rule_alone_picks_by_haversine():
    cands = [
        cand("PAR", *PARIS, A=0),
        cand("LYO", *LYON, A=9),
        cand("VER", *VERSAILLES, A=9),
        cand("ZZZ", A=9),
    ]  # no coordinates: after every located store
    d = apply_rule(NEAREST, Context(need(A=2), cands))
    assert (d.action, d.store) == ("route", "VER")
    assert "the chosen store PAR lacks A 0 available of 2" in d.reason
    assert "VER is the nearest store that has every line, 17.9 km away" in d.reason
    # Versailles short: Lyon, then the store without coordinates
    cands[2] = cand("VER", *VERSAILLES, A=1)
    assert apply_rule(NEAREST, Context(need(A=2), cands)).store == "LYO"
    cands[1] = cand("LYO", *LYON, A=1)
    d = apply_rule(NEAREST, Context(need(A=2), cands))
    assert d.store == "ZZZ" and "distance unknown" in d.reason


def test_nearest_rule_skips_the_chosen_and_excluded_stores():
    cands = [cand("PAR", *PARIS, A=9), cand("VER", *VERSAILLES, A=9), cand("LYO", *LYON, A=9)]
    assert apply_rule(NEAREST, Context(need(A=1, excluded=["VER"]), cands)).store == "LYO"


def test_needs_transfer_rule_alone():
    d = apply_rule(TRANSFER, Context(need(A=2), [cand("PAR", *PARIS, A=1)]))
    assert (d.action, d.store) == ("needs_transfer", None)
    assert "no other store has every line" in d.reason and "A 1 available of 2" in d.reason


def test_route_tries_rules_in_order():
    cands = [cand("PAR", *PARIS, A=1), cand("VER", *VERSAILLES, A=3)]
    assert route(need(A=1), cands).store == "PAR"
    assert route(need(A=2), cands).store == "VER"
    assert route(need(A=4), cands).action == "needs_transfer"


def test_rules_are_data():
    # a shop that never sends customers elsewhere: chosen store or transfer
    rules = (CHOSEN, TRANSFER)
    cands = [cand("PAR", *PARIS, A=1), cand("VER", *VERSAILLES, A=3)]
    assert route(need(A=2), cands, rules).action == "needs_transfer"
    # only within 10 km, else cancel
    rules = (CHOSEN, Rule("near", ("other", "covers", "within_km:10"), ("distance",)), Rule("give up", action="cancel"))
    assert route(need(A=2), cands, rules).action == "cancel"
    rules = (CHOSEN, Rule("near", ("other", "covers", "within_km:20"), ("distance",)), Rule("give up", action="cancel"))
    assert route(need(A=2), cands, rules).store == "VER"
    with pytest.raises(ValueError, match="unknown filter"):
        apply_rule(Rule("bad", ("nosuch",)), Context(need(A=1), cands))


def test_stock_balance_sort():
    cands = [cand("PAR", *PARIS, A=0), cand("VER", *VERSAILLES, A=3), cand("LYO", *LYON, A=30)]
    rule = Rule("most stock", ("other", "covers"), ("stock_balance", "code"))
    assert apply_rule(rule, Context(need(A=2), cands)).store == "LYO"


# --------------------------------------------------------------------------- states
@pytest.mark.parametrize(
    "frm,to,who",
    [
        ("created", "routed", "hub"),
        ("created", "needs_transfer", "hub"),
        ("needs_transfer", "routed", "hub"),
        ("routed", "accepted", "station"),
        ("accepted", "picking", "station"),
        ("picking", "ready", "station"),
        ("ready", "collected", "station"),
        ("ready", "partially_collected", "station"),
        ("partially_collected", "collected", "station"),
        ("ready", "expired", "hub"),
        ("ready", "expired", "station"),
        ("routed", "cancelled", "channel"),
        ("ready", "cancelled", "channel"),
        ("picking", "routed", "hub"),
    ],
)
def test_allowed_transitions(frm, to, who):
    assert states.check(frm, to, who).conflict is None


@pytest.mark.parametrize(
    "frm,to,who,says",
    [
        ("collected", "cancelled", "channel", "cannot become cancelled"),
        ("cancelled", "ready", "station", "cannot become ready"),
        ("expired", "picking", "station", "cannot become picking"),
        ("created", "accepted", "station", "cannot become accepted"),
        ("routed", "accepted", "channel", "only station"),
        ("ready", "cancelled", "station", "only channel, hub"),
        ("routed", "routed", "station", "only hub"),
        ("ready", "teleported", "hub", "unknown order status"),
    ],
)
def test_refused_transitions_say_why(frm, to, who, says):
    with pytest.raises(states.Refused, match=says):
        states.check(frm, to, who)


def test_collection_after_a_central_decision_is_a_flagged_conflict():
    assert states.check("cancelled", "collected", "station").conflict == states.COLLECTED_AFTER_CANCEL
    assert states.check("expired", "partially_collected", "station").conflict == states.COLLECTED_AFTER_EXPIRY
    with pytest.raises(states.Refused):
        states.check("collected", "collected", "station")


def test_the_routing_benchmark_runs():
    """benchmarks/pickup_routing.py (imported by benchmarks/pickup.py) still runs; no timing asserted."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "pickup_routing.py"
    spec = importlib.util.spec_from_file_location("pickup_routing", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.measure_routing(orders=30, stores=5, batch=10) > 0
    assert module.measure_routing(orders=5, stores=3, batch=1) > 0
