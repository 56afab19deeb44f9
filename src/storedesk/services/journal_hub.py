"""The station's journal and fiscal archives, given to the hub at each sync (issue 19: "the hub
keeps every station's signed documents and closings, and can verify a station's chain without
it"; "archives are kept in the data folder and sent to the hub").

Journal: every entry (its text exactly as stored, hashes, and signature when signed) goes to the
hub in seq order, in batches (PUT /v1/stations/me/journal, hub/fiscal/journal.py). This is a
stream of its own: the outbox's events (sales, returns, Z) are sent as before. The station
remembers how far the hub has it (sync_state "journal_hub_seq"), so a sync with nothing new
makes no call at all. Each send starts with the last entry the hub already has (an anchor): a
journal rewritten at the station since it was sent changes that entry's hash (hashes chain), so
the hub refuses the batch (409) and records the copy, and `storedesk-hub fiscal verify` names it.
The station then stops mirroring (logged, kept in sync_state "journal_hub_refused" with its time,
shown by the sync's health; its events still flow) and tries again once a day, no sooner: a
rewritten journal is for a person to look at. When the hub has less than the station thinks (a
hub restored from a backup), the station asks where the hub is and resumes there. After each
batch the station counts as sent what IT sent (the batch's last seq), never the hub's last seq:
a station restored from a backup is behind the hub, and must send its own "restore" entry.

Archives: each `fiscal/archives/<STORE>-<STATION>-<YYYY-MM>.zip` of the data folder is sent
once (PUT /v1/stations/me/fiscal-archives/{period}, in parts of domain/fiscal/mirror.ARCHIVE_PART);
the hub's answer is kept in fiscal_archives_sent (s0029), so it is not sent again: "kept", or
"refused" (409: the hub has another archive for that period, and recorded it), both final; any
other refusal (too big, an older hub) is "failed" and offered again a day later. A file whose
size changed is offered again. A station restored from a backup (services/restore) starts its
journal anew after the backup's last entry: the hub takes it from its signed "restore" entry on
and keeps what it superseded (hub/fiscal/journal.py).

The step runs after the sync's events and feed (services/sync.py): a refusal or a hub that does
not answer here is logged and stops neither the sync's other work nor the next part of the step.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ..adapters.journal_hub_repo import JournalHubRepo
from ..domain.fiscal.archive import Period, file_name
from ..domain.fiscal.mirror import ARCHIVE_PART, MirroredEntry
from .context import utcnow
from .fiscal.archive import archive_folder

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

log = logging.getLogger(__name__)

SENT = "journal_hub_seq"
REFUSED = "journal_hub_refused"
REFUSED_AT = "journal_hub_refused_at"
RETRY_AFTER = timedelta(days=1)  # a refusal (journal or archive) is tried again no sooner
BATCH = 500  # entries per call: the hub's MAX_BATCH
BATCH_BYTES = 3_000_000  # payload text per call: with JSON escaping, under the hub's 5 MB body limit
ENTRY_OVERHEAD = 400  # the JSON of an entry's other fields


@dataclass(frozen=True)
class Mirrored:
    """What one sync gave the hub: journal entries it added, its last seq now, archives kept."""

    entries: int
    last_seq: int
    archives: int
    refused: str = ""


def _retry_before(now: str) -> str:
    """A refusal answered before this time may be tried again."""
    return (datetime.fromisoformat(now) - RETRY_AFTER).isoformat(timespec="microseconds")


def _sent(uow: UnitOfWork) -> tuple[int, int, str]:
    """(the seq the hub has up to, as last sent; the station's last seq; the refusal still standing)."""
    with uow.read() as tx:
        state = tx.sync_state
        refused = state.get(REFUSED, "") or ""
        if refused and (state.get(REFUSED_AT, "") or "") <= _retry_before(utcnow()):
            refused = ""  # a day later: try again
        return int(state.get(SENT, "0") or 0), JournalHubRepo(tx.conn).last_seq(), refused


def _remember(uow: UnitOfWork, done: int, refused: str = "") -> None:
    with uow.write() as tx:
        tx.sync_state.set(SENT, str(done))
        tx.sync_state.set(REFUSED, refused)
        tx.sync_state.set(REFUSED_AT, utcnow() if refused else "")


def _within_bytes(batch: list[MirroredEntry]) -> list[MirroredEntry]:
    """The first entries of `batch` within BATCH_BYTES, at least two (the anchor and one new)."""
    size = 0
    for n, entry in enumerate(batch):
        size += len(entry.payload.encode("utf-8")) + ENTRY_OVERHEAD
        if size > BATCH_BYTES and n > 1:
            return batch[:n]
    return batch


def send_journal(uow: UnitOfWork, client: HubClient) -> tuple[int, int, str]:
    """Send what the hub lacks of the journal: (entries added, the seq sent up to, the refusal or
    ""). While a refusal stands (less than RETRY_AFTER old), nothing is sent."""
    done, last, refused = _sent(uow)
    if refused or last <= done:
        return 0, done, refused
    added, resumed = 0, False
    while done < last:
        with uow.read() as tx:  # from the anchor: the last entry the hub has
            batch = _within_bytes(JournalHubRepo(tx.conn).entries_after(max(done - 1, 0), BATCH))
        try:
            answer = client.put_journal([e.as_dict() for e in batch])
        except HubRefused as exc:
            where = client.journal_position() if exc.status == 409 and not resumed else done
            if where < done:  # the hub has less than we thought: resume where it is
                done, resumed = where, True
                _remember(uow, done)
                continue
            log.warning("journal entries after seq %d not mirrored at the hub: %s", done, exc.message)
            _remember(uow, done, exc.message)
            return added, done, exc.message
        # what this station sent, not the hub's last seq: a restored station is behind the hub
        before, done, resumed = done, batch[-1].seq, False
        if done <= before:  # the hub took nothing of it: no loop for ever, try at the next sync
            raise HubUnavailable(f"the hub did not take journal entries after seq {before}")
        added += int(answer.get("added", 0))
        _remember(uow, done)
    return added, done, ""


def _archives(uow: UnitOfWork) -> list[tuple[Period, Path]]:
    """This station's archive files in the data folder (named by domain/fiscal/archive.file_name), by period."""
    with uow.read() as tx:
        settings = tx.settings.all()
    store, station = settings.get("store_code", ""), settings.get("station_code", "")
    folder = archive_folder(Path(uow.db.path).parent)
    found = []
    for path in sorted(folder.glob("*.zip")) if folder.is_dir() else []:
        try:
            period = Period.parse(path.name[-len("2026-11.zip") : -len(".zip")])
        except ValueError:
            continue
        if path.name == file_name(store, station, period):
            found.append((period, path))
    return found


def _send_parts(client: HubClient, period: str, content: bytes, digest: str) -> None:
    """The archive in parts, in order; the hub keeps it with the last part (or answers that it
    has it already, complete, at the first)."""
    for start in range(0, len(content), ARCHIVE_PART):
        part = base64.b64encode(content[start : start + ARCHIVE_PART]).decode("ascii")
        if client.put_fiscal_archive(period, digest, len(content), start, part).get("complete"):
            return
    raise HubUnavailable(f"the hub did not keep the archive {period} after its last part")


def _offer(uow: UnitOfWork, client: HubClient, period: str, content: bytes, retry_before: str) -> bool:
    """Send one archive unless answered before; True when the hub kept it now."""
    digest = hashlib.sha256(content).hexdigest()
    with uow.read() as tx:
        if JournalHubRepo(tx.conn).archive_offered(period, digest, retry_before):
            return False
    status, detail = "kept", ""
    try:
        _send_parts(client, period, content, digest)
    except HubRefused as exc:  # 409: another archive of the period is there (final); else a day later
        status, detail = ("refused" if exc.status == 409 else "failed"), exc.message
        log.warning("archive %s not kept at the hub: %s", period, detail)
    with uow.write() as tx:
        JournalHubRepo(tx.conn).archive_answered(period, digest, len(content), status, detail, utcnow())
    return status == "kept"


def send_archives(uow: UnitOfWork, client: HubClient) -> int:
    """Send each archive file the hub was not offered yet: how many it kept now. A file already
    answered with the same size is not even read again."""
    retry_before = _retry_before(utcnow())
    kept = 0
    for period, path in _archives(uow):
        with uow.read() as tx:
            answered = JournalHubRepo(tx.conn).archive_sizes(str(period), retry_before)
        if path.stat().st_size not in answered:
            kept += _offer(uow, client, str(period), path.read_bytes(), retry_before)
    return kept


def problem(uow: UnitOfWork) -> str:
    """What the hub refused of the fiscal copy and will be tried again ("" when nothing): the
    journal's refusal, else the latest archive's (services/sync.health shows it)."""
    with uow.read() as tx:
        refused = tx.sync_state.get(REFUSED, "") or ""
        failures = JournalHubRepo(tx.conn).archive_failures()
    if refused:
        return refused
    return f"{failures[0].period}: {failures[0].detail}" if failures else ""


def mirror(uow: UnitOfWork, client: HubClient) -> Mirrored:
    """The sync's fiscal step: the journal the hub lacks, then the archives it was not offered.
    A refusal or a hub that does not answer stops that part only (logged; the next sync tries again)."""
    added, last, refused, kept = 0, 0, "", 0
    try:
        added, last, refused = send_journal(uow, client)
    except (HubRefused, HubUnavailable) as exc:  # an older hub without the route, a timeout
        log.warning("journal not mirrored at the hub: %s", exc.message)
        refused = exc.message
    try:
        kept = send_archives(uow, client)
    except (HubRefused, HubUnavailable) as exc:
        log.warning("archives not sent to the hub: %s", exc.message)
    return Mirrored(added, last, kept, refused)
