"""The string registries resolve: hub/handlers.py (event kind -> "module:function" applied by
ingest.py) and sync/feed_kinds.py (feed kind -> "module:function" applied by the station's puller).

Both load their functions on first use, so a module moved or renamed would only fail when the
first event or feed item of that kind arrives, in production. These tests import every entry,
check the signature its caller uses, and check that every kind of sync/wire.py has a home.
"""

from __future__ import annotations

import inspect
from importlib import import_module

import pytest

from storedesk.hub import handlers, ingest
from storedesk.sync import feed_kinds, wire

HANDLER_PARAMS = ["conn", "store", "station", "event_id", "payload", "now"]  # ingest._apply_deferred's call
APPLIER_PARAMS = ["tx", "data", "cfg", "now"]  # sync/puller.py's call
# Kinds a station may send that this hub answers "rejected" without storing (ingest.LATER), so
# the station sends them again once the hub learns them.
NOT_HANDLED_YET = {"void"}
PULLER_OWN_KINDS = {"product", "stock_movement"}  # applied by sync/puller.py itself


def resolve(spec: str):
    """The function a "package.module:function" entry names (raises if it names nothing)."""
    module, sep, name = spec.partition(":")
    assert sep and module and name, f"{spec!r} is not 'package.module:function'"
    fn = getattr(import_module(module), name)
    assert callable(fn), f"{spec} is not callable"
    return fn


def params(fn) -> list[str]:
    return list(inspect.signature(fn).parameters)


@pytest.mark.parametrize("kind", sorted(handlers.HANDLERS))
def test_every_event_handler_resolves_with_the_signature_ingest_calls(kind):
    fn = resolve(handlers.HANDLERS[kind])
    assert params(fn) == HANDLER_PARAMS, f"{handlers.HANDLERS[kind]}{inspect.signature(fn)}"
    assert handlers.handler(kind) is fn


@pytest.mark.parametrize("kind", sorted(feed_kinds.APPLIERS))
def test_every_feed_applier_resolves_with_the_signature_the_puller_calls(kind):
    fn = resolve(feed_kinds.APPLIERS[kind])
    assert params(fn) == APPLIER_PARAMS, f"{feed_kinds.APPLIERS[kind]}{inspect.signature(fn)}"
    assert feed_kinds.applier(kind) is fn


def test_every_event_kind_is_handled_by_ingest_or_a_handler():
    kinds = set(wire.EVENT_KINDS)
    own, registered = set(ingest.HANDLED), set(handlers.HANDLERS)
    assert not own & registered, "a kind is applied both by ingest.py and by a handler"
    assert registered <= kinds, f"handlers for kinds the wire does not know: {sorted(registered - kinds)}"
    assert own <= kinds
    assert kinds - own - registered == NOT_HANDLED_YET


def test_every_feed_kind_has_an_applier():
    kinds = set(wire.FEED_KINDS)
    registered = set(feed_kinds.APPLIERS)
    assert registered <= kinds, f"appliers for kinds the wire does not know: {sorted(registered - kinds)}"
    assert kinds - registered == PULLER_OWN_KINDS


@pytest.mark.parametrize(
    "spec",
    [
        "storedesk.hub.returns:apply_return",  # the module before issue 14
        "storedesk.hub.nowhere:apply_return",
        "storedesk.hub.stock.counts:apply_nothing",
        "storedesk.hub.stock.counts",
    ],
)
def test_a_stale_entry_is_caught(spec):
    """What these tests guard against: an entry that names a moved module or a missing function."""
    with pytest.raises((ImportError, AttributeError, AssertionError)):
        resolve(spec)
