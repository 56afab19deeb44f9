"""`storedesk fiscal close|archive|audit-export` (issue 19): a French store's closings, archives
and the inspector's export. The group is made here; each command lives with its own module:
fiscal_close.py (close, closings), fiscal_archive.py (archive, archive verify, audit-export)."""

from __future__ import annotations

from . import fiscal_archive, fiscal_close
from .common import add_group


def add_fiscal(sub, common) -> None:
    about = (
        "The fiscal country's closings (day, month, fiscal year), the signed archives of a period "
        "and their check on any machine, and the export a tax inspector asks for."
    )
    fsub = add_group(
        sub, common, "fiscal", help="fiscal closings, archives and the inspector's export", description=about
    )
    fiscal_close.add(fsub, common)
    fiscal_archive.add(fsub, common)
