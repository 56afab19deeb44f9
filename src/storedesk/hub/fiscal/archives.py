"""Each station's monthly fiscal archives, kept at the hub (issue 19: "Archives are kept in the
data folder and sent to the hub").

The station sends each archive file it made (`<STORE>-<STATION>-<YYYY-MM>.zip`) once
(PUT /v1/stations/me/fiscal-archives/{period}, api.py; services/journal_hub.py at the station),
in parts of at most PART bytes from the first byte on (a call's body stays under the hub's 5 MB
limit); the parts wait in fiscal_archive_parts until the last one comes, then the whole archive is
checked against its sha256 and kept:

- the same archive again (same sha256), or a part the hub already has (a retry), changes nothing;
- a different archive for a period the hub already has is refused (Conflict, 409) and its sha256
  and size recorded in fiscal_archive_conflicts; the first archive stays as it was;
- parts whose whole does not match the sha256 are dropped (Unprocessable): send again;
- a first part (from byte 0) drops the parts of any other archive of that station and period
  still waiting, so at most one archive a period is on its way (never more than MAX_ARCHIVE).

`storedesk-hub fiscal archive --store S --station T --period P --out FILE.zip` writes a kept
archive back out (cli.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ...domain.fiscal.archive import Period
from ...domain.fiscal.mirror import ARCHIVE_PART
from .. import db
from ..errors import Conflict, HubError, Unprocessable
from ..times import utcnow_text
from .models import fiscal_archive_conflicts, fiscal_archive_parts, fiscal_archives

PART = ARCHIVE_PART  # bytes of one part at most
MAX_ARCHIVE = 64_000_000  # a month of a busy station is a few MB; the whole is assembled in memory once


@dataclass(frozen=True)
class Archive:
    store: str
    station: str
    period: str
    sha256: str
    size: int
    received_at: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Part:
    """One call's part of an archive: the whole's sha256 and size, and where the part starts."""

    sha256: str
    size: int
    start: int
    content: bytes


@dataclass(frozen=True)
class Answer:
    """The archive as the hub has it now: kept (`complete`), `new` when this call completed it,
    else how many of its bytes came so far (`received`)."""

    archive: Archive
    new: bool
    received: int
    complete: bool

    def as_dict(self) -> dict:
        return {**self.archive.as_dict(), "new": self.new, "received": self.received, "complete": self.complete}


def checked_period(period: str) -> str:
    try:
        parsed = Period.parse(period)
    except ValueError:
        raise Unprocessable(f"the period must be a month as YYYY-MM (2026-11), not {period[:20]!r}") from None
    if str(parsed) != period:
        raise Unprocessable(f"the period must be a month as YYYY-MM (2026-11), not {period[:20]!r}")
    return period


def checked_part(part: Part) -> Part:
    if not 0 < part.size <= MAX_ARCHIVE:
        raise Unprocessable(f"size must be 1 to {MAX_ARCHIVE} bytes")
    if not part.content or len(part.content) > PART:
        raise Unprocessable(f"a part must be 1 to {PART} bytes")
    if part.start < 0 or part.start + len(part.content) > part.size:
        raise Unprocessable("the part does not fit in the archive's size")
    return part


FIELDS = ("store", "station", "period", "sha256", "size", "received_at")


def _columns(table) -> list:
    """An archive's description (all but its bytes), from fiscal_archives or the conflicts."""
    return [table.c[name] for name in FIELDS]


def _where(table, store: str, station: str, period: str):
    return and_(table.c.store == store, table.c.station == station, table.c.period == period)


def _kept(conn: Connection, store: str, station: str, period: str) -> Archive | None:
    row = conn.execute(
        select(*_columns(fiscal_archives)).where(_where(fiscal_archives, store, station, period))
    ).first()
    return Archive(*row) if row else None


def _record_conflict(conn: Connection, archive: Archive) -> None:
    seen = conn.execute(
        select(fiscal_archive_conflicts.c.id).where(
            _where(fiscal_archive_conflicts, archive.store, archive.station, archive.period),
            fiscal_archive_conflicts.c.sha256 == archive.sha256,
        )
    ).first()
    if seen is None:
        conn.execute(fiscal_archive_conflicts.insert().values(**archive.as_dict()))


def _parts_where(store: str, station: str, period: str, sha256: str):
    return and_(_where(fiscal_archive_parts, store, station, period), fiscal_archive_parts.c.sha256 == sha256)


def _received(conn: Connection, where) -> int:
    return int(conn.execute(select(func.coalesce(func.sum(fiscal_archive_parts.c.size), 0)).where(where)).scalar() or 0)


def _parts(conn: Connection, where) -> Iterator[bytes]:
    """The parts' bytes in order, one part in memory at a time."""
    c = fiscal_archive_parts.c
    for start in conn.execute(select(c.start).where(where).order_by(c.start)).scalars().all():
        yield bytes(conn.execute(select(c.bytes).where(where, c.start == start)).scalar_one())


def _assemble(conn: Connection, archive: Archive, where) -> Answer | HubError:
    """The whole archive from its parts: kept when it matches its sha256; the parts dropped. The
    sha256 is checked part by part; the bytes are joined only for an archive that matches."""
    digest = hashlib.sha256()
    for part in _parts(conn, where):
        digest.update(part)
    if digest.hexdigest() != archive.sha256:
        conn.execute(fiscal_archive_parts.delete().where(where))
        return Unprocessable("sha256 does not match the archive's bytes: nothing kept, send it again")
    content = b"".join(_parts(conn, where))
    conn.execute(fiscal_archive_parts.delete().where(where))
    conn.execute(fiscal_archives.insert().values(**archive.as_dict(), bytes=content))
    return Answer(archive, True, archive.size, True)


def _keep(conn: Connection, archive: Archive, part: Part) -> Answer | HubError:
    kept = _kept(conn, archive.store, archive.station, archive.period)
    if kept is not None and kept.sha256 == archive.sha256:
        return Answer(kept, False, kept.size, True)
    if kept is not None:
        _record_conflict(conn, archive)
        return Conflict(
            f"the hub already has another archive for {archive.period} (sha256 {kept.sha256[:16]}...): "
            "refused, and recorded"
        )
    where = _parts_where(archive.store, archive.station, archive.period, archive.sha256)
    if part.start == 0:  # another archive of the period on its way is given up
        others = _where(fiscal_archive_parts, archive.store, archive.station, archive.period)
        conn.execute(fiscal_archive_parts.delete().where(others, fiscal_archive_parts.c.sha256 != archive.sha256))
    received = _received(conn, where)
    if part.start > received:
        return Unprocessable(f"send the archive from byte {received}")
    if part.start == received:  # else a part the hub has already (a retry)
        conn.execute(
            fiscal_archive_parts.insert().values(
                store=archive.store,
                station=archive.station,
                period=archive.period,
                sha256=archive.sha256,
                start=part.start,
                size=len(part.content),
                bytes=part.content,
            )
        )
        received += len(part.content)
    if received >= archive.size:
        return _assemble(conn, archive, where)
    return Answer(archive, False, received, False)


def keep(engine: Engine, store: str, station: str, period: str, part: Part) -> Answer:
    """Take one part of a station's archive of `period`; the archive is kept with its last part."""
    checked_period(period)
    checked_part(part)
    archive = Archive(store, station, period, part.sha256.lower(), part.size, utcnow_text())
    for attempt in range(2):
        try:
            outcome = db.run_write(engine, lambda conn: _keep(conn, archive, part))
            break
        except IntegrityError:  # the same part stored meanwhile by another request: compare with it
            if attempt:
                raise
    if isinstance(outcome, HubError):
        raise outcome
    return outcome


def content_of(conn: Connection, store: str, station: str, period: str) -> bytes | None:
    row = conn.execute(select(fiscal_archives.c.bytes).where(_where(fiscal_archives, store, station, period))).first()
    return bytes(row.bytes) if row else None


def conflicts(conn: Connection, store: str, station: str) -> list[Archive]:
    rows = conn.execute(
        select(*_columns(fiscal_archive_conflicts))
        .where(fiscal_archive_conflicts.c.store == store, fiscal_archive_conflicts.c.station == station)
        .order_by(fiscal_archive_conflicts.c.id)
    ).all()
    return [Archive(*r) for r in rows]
