"""What falls due when a period ends (issue 19, "Storage" and "Archiving"): at the station's next
start, and after each Z, every ended day, month and fiscal year is closed (closings.close_due),
then every month closed gets its archive in the data folder (archive.archive_due). A store whose
country has no closings gets nothing. Each closing and archive is its own transaction: one that
fails (a full disk) leaves those before it made, and the next start or Z tries again."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


@dataclass(frozen=True)
class DueResult:
    closed: list[str] = field(default_factory=list)  # the closings made: "DAY-2026-11-05", ...
    archives: list[Path] = field(default_factory=list)  # the archive files written


def run_due(uow: UnitOfWork, data_dir: Path, now: str | None = None) -> DueResult:
    """Close what has ended and archive what was closed; `now` (UTC ISO text) for a simulated clock."""
    from . import archive, closings

    closed = closings.close_due(uow, now)
    archives = archive.archive_due(uow, data_dir, now)
    return DueResult([c.doc_no for c in closed], archives)
