"""services/hub_call.py, called directly (the CLI, tests, sync code): the steps and the questions
run in turn on the calling thread, the hub's errors come back at the `yield`, and a question asked
with a transaction open is refused with that transaction rolled back."""

from __future__ import annotations

import threading

import pytest

from storedesk.adapters.hub_client import HubUnavailable
from storedesk.services.hub_call import Ask, Steps, hub_call


def _setting(uow, key: str) -> str | None:
    with uow.read() as tx:
        return tx.settings.all().get(key)


@hub_call
def _remember(uow, question, key: str) -> Steps[str]:
    """Asks the hub, then writes what it said (or that it could not be reached)."""
    try:
        said = yield Ask(question)
    except HubUnavailable:
        said = "offline"
    with uow.write() as tx:
        tx.settings.set(key, said)
    return said


def test_called_directly_each_question_runs_in_turn_and_its_error_comes_back_at_the_yield(station):
    where = []

    def answers():
        where.append(threading.current_thread().name)
        return "yes"

    def silent():
        raise HubUnavailable("hub http://127.0.0.1:9 unreachable (ConnectionError)")

    assert _remember(station.uow, answers, "h2_said") == "yes"
    assert where == [threading.current_thread().name]  # no other thread when called directly
    assert _setting(station.uow, "h2_said") == "yes"
    assert _remember(station.uow, silent, "h2_said") == "offline"
    assert _setting(station.uow, "h2_said") == "offline"
    assert _remember.__name__ == "_remember" and "Asks the hub" in (_remember.__doc__ or "")


@hub_call
def _asks_inside_a_transaction(uow) -> Steps[None]:
    with uow.write() as tx:
        tx.settings.set("h2_half_done", "1")
        yield Ask(lambda: "never asked")


def test_a_question_inside_a_transaction_is_refused_and_the_transaction_rolled_back(station):
    """The worker runs other jobs while the hub thinks: a transaction left open across the
    question would mix them with this one."""
    with pytest.raises(RuntimeError, match="inside a database transaction"):
        _asks_inside_a_transaction(station.uow)
    assert not station.uow.in_transaction
    assert _setting(station.uow, "h2_half_done") is None
