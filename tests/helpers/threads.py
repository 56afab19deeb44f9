"""Threads that race: each test that asks the same thing from several tills at once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable


def run_together(target: Callable, args_list: Iterable[tuple], timeout: float = 120) -> None:
    """One thread per tuple of arguments, all started, then each joined (`timeout` seconds each)."""
    threads = [threading.Thread(target=target, args=args) for args in args_list]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
