"""Click-and-collect orders, picks and the reservation ledger (migration s0005)."""

from __future__ import annotations

from .repositories import Repo


class PickupRepo(Repo):
    pass
