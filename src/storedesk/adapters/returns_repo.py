"""Returns: return documents, their lines and refunds, vouchers (migration s0004)."""

from __future__ import annotations

from .repositories import Repo


class ReturnsRepo(Repo):
    pass
