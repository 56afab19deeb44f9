"""Redemptions asked of the hub, recorded before the question (migration s0024): what the station
gives back at the hub when the answer was lost (services/hub_tender.py)."""

from __future__ import annotations

from typing import NamedTuple

from .repositories import Repo

ASKING = "asking"  # the question is out: the hub's answer decides
GIVE_BACK = "give_back"  # the answer was lost or the basket could not keep it: give it back at the hub
SETTLED = "settled"  # nothing more to do (outcome says why)


class PendingRedemption(NamedTuple):
    redemption_id: str
    kind: str  # domain/tenders: voucher, gift_card, points
    reference: str  # the voucher's or gift card's code; points: the customer's id
    amount_minor: int
    basket_id: str
    asked_at: str  # UTC ISO


class PendingRedemptionsRepo(Repo):
    def add(self, row: PendingRedemption) -> None:
        self.q(
            "INSERT INTO pending_redemptions (redemption_id, kind, reference, amount_minor, basket_id, asked_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            row,
        )

    def get(self, redemption_id: str) -> PendingRedemption | None:
        return self.row_as(
            PendingRedemption,
            "SELECT redemption_id, kind, reference, amount_minor, basket_id, asked_at "
            "FROM pending_redemptions WHERE redemption_id = ?",
            (redemption_id,),
        )

    def state(self, redemption_id: str) -> tuple[str, str] | None:
        """(state, outcome) of a redemption, or None when it was never recorded."""
        row = self.q(
            "SELECT state, outcome FROM pending_redemptions WHERE redemption_id = ?", (redemption_id,)
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def to_give_back(self, redemption_id: str) -> None:
        self.q(
            f"UPDATE pending_redemptions SET state = '{GIVE_BACK}' WHERE redemption_id = ? AND state <> '{SETTLED}'",
            (redemption_id,),
        )

    def settle(self, redemption_id: str, outcome: str, at: str) -> None:
        self.q(
            f"UPDATE pending_redemptions SET state = '{SETTLED}', outcome = ?, settled_at = ? "
            f"WHERE redemption_id = ? AND state <> '{SETTLED}'",
            (outcome, at, redemption_id),
        )

    def due(self, asked_before: str) -> list[PendingRedemption]:
        """What the sync gives back: those whose answer was lost or that the basket could not
        keep, and those still 'asking' since before `asked_before` (the till stopped mid-question)."""
        return self.rows_as(
            PendingRedemption,
            "SELECT redemption_id, kind, reference, amount_minor, basket_id, asked_at FROM pending_redemptions "
            f"WHERE state = '{GIVE_BACK}' OR (state = '{ASKING}' AND asked_at < ?) ORDER BY asked_at",
            (asked_before,),
        )
