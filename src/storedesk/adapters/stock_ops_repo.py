"""Receiving, adjustments, counts, transfers and reorder points (migration s0006)."""

from __future__ import annotations

from .repositories import Repo


class StockOpsRepo(Repo):
    pass
