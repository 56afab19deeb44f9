"""What each return did to its customer's loyalty points (migration s0022): the return receipt and
the Z read it; written once, in the return's own transaction (services/returns/complete.py)."""

from __future__ import annotations

from typing import NamedTuple

from .repositories import Repo


class ReturnPointsRow(NamedTuple):
    return_id: str
    customer_id: str
    card: str
    points_taken: int  # earned by the sale, taken back
    points_given: int  # the sale was paid with them: given back to the card
    value_given_minor: int  # what those points paid: not refunded in money


class ZReturnPoints(NamedTuple):
    returns: int  # returns that moved points
    points_taken: int
    points_given: int
    value_given_minor: int


class ReturnPointsRepo(Repo):
    def add(self, row: ReturnPointsRow) -> None:
        self.q("INSERT INTO return_points VALUES (?, ?, ?, ?, ?, ?)", row)

    def of_return(self, return_id: str) -> ReturnPointsRow | None:
        return self.row_as(ReturnPointsRow, "SELECT * FROM return_points WHERE return_id = ?", (return_id,))

    def z_points(self, station: str, z: int) -> ZReturnPoints:
        """One Z period's returns and the points they took back and gave back."""
        return self.row_as(
            ZReturnPoints,
            "SELECT count(*), coalesce(sum(p.points_taken), 0), coalesce(sum(p.points_given), 0), "
            "coalesce(sum(p.value_given_minor), 0) "
            "FROM return_points p JOIN returns r ON r.id = p.return_id WHERE r.station_code = ? AND r.z_no = ?",
            (station, z),
        ) or ZReturnPoints(0, 0, 0, 0)
