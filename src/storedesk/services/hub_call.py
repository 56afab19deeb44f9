"""Services that ask the hub before they act, written so that the question runs off the database worker.

Such a service is a generator decorated with `@hub_call`. It reads what it needs, then hands
its question over and waits for the answer at a `yield`:

    client = hub_client(uow)                       # a step: the settings (database)
    try:
        data = yield Ask(client.return_sale, ref)  # the question: HTTP, no database
    except HubUnavailable:                         # the hub's error is raised at the yield
        ...
    return _hub_sale(data, _local_sale(uow, ref), uow)  # the next step: database again

Who runs it decides where each part runs:
- called as a function, `find_sale(uow, ref)` runs the steps and the questions in turn on the
  calling thread (the CLI, tests, any sync code): nothing changes for them;
- `ui/ops.py` (`Ops.call`) runs the steps on the database worker and each question on the
  network lane, so a slow or silent hub holds up no scan: the worker runs other jobs meanwhile.

Two rules follow, because other jobs run between the steps:
- no transaction is open at a `yield` (checked: the call stops with a RuntimeError and the
  transaction is rolled back);
- what was read before a `yield` may have changed after it (a second click, a scan, another
  return): the write re-checks, under the write lock, what it relies on.

A service made of several questions (a return: the grant, then the release of the grant if the
write failed) yields each in turn; helpers are plain generators used with `yield from`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, TypeVarTuple

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

A = TypeVar("A")
T = TypeVar("T")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")


@dataclass(frozen=True)
class Answer:
    """What a question came back with: its result, or the exception it raised."""

    ok: bool
    value: Any


class Ask(Generic[A]):
    """One question to the hub: `fn(*args)`, run where there is no database (no unit of work)."""

    def __init__(self, fn: Callable[[*Ts], A], *args: *Ts) -> None:
        self.fn = fn
        self.args = args

    def answer(self) -> Answer:
        try:
            return Answer(True, self.fn(*self.args))
        except Exception as exc:  # handed back to the service, raised at its `yield`
            return Answer(False, exc)


# A service's steps: it yields its questions, receives their answers, returns its result.
Steps = Generator[Ask[Any], Any, T]


@dataclass(frozen=True)
class Done(Generic[T]):
    value: T


def advance(uow: UnitOfWork, steps: Steps[T], answer: Answer | None) -> Ask[Any] | Done[T]:
    """Run the service on this thread up to its next question, or to its end. `answer`: the
    previous question's (None to start)."""
    try:
        if answer is None:
            ask = next(steps)
        elif answer.ok:
            ask = steps.send(answer.value)
        else:
            ask = steps.throw(answer.value)
    except StopIteration as end:
        return Done(end.value)
    if not isinstance(ask, Ask):
        steps.close()
        raise TypeError(f"a hub call yielded {ask!r}: it may only yield Ask(...)")
    if uow.in_transaction:
        steps.close()  # its `with uow.read()/write()` rolls back
        raise RuntimeError("a hub call asked the hub inside a database transaction")
    return ask


def run(uow: UnitOfWork, steps: Steps[T]) -> T:
    """Every step and every question in turn, on the calling thread."""
    answer = None
    while True:
        step = advance(uow, steps, answer)
        if isinstance(step, Done):
            return step.value
        answer = step.answer()


class HubCall(Generic[P, T]):
    """A service that asks the hub (see the module docstring). Called like the function it wraps,
    it runs there and then; `steps` is the generator itself, for `Ops` and for `yield from`."""

    def __init__(self, steps: Callable[Concatenate[UnitOfWork, P], Steps[T]]) -> None:
        self.steps = steps
        functools.update_wrapper(self, steps)

    def __call__(self, uow: UnitOfWork, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return run(uow, self.steps(uow, *args, **kwargs))


def hub_call(steps: Callable[Concatenate[UnitOfWork, P], Steps[T]]) -> HubCall[P, T]:
    return HubCall(steps)
