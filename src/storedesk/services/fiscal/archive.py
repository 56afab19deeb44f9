"""A fiscal month's signed archive (issue 19, "Archiving"): written as a zip file, checked on any
machine without the station's database.

`write_archive` puts a month's journal range in a zip (domain/fiscal/archive.py says what it
holds), the manifest signed with the station's key. `archive_due` runs at the station's start
and after each Z (services/fiscal/due.py): every month closed without an archive yet gets one in
`<data folder>/fiscal/archives/<STORE>-<STATION>-<YYYY-MM>.zip` (the hub fetches that folder's
files: keep the name), then a "fiscal_archive" entry in the journal in its own transaction.
`verify_file` reads an archive and checks it: it needs no data folder and no database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import zipfile
import zlib
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ... import __version__
from ...adapters import fiscal_keys
from ...adapters.fiscal_archive_repo import FiscalArchiveRepo
from ...adapters.restore_repo import RestoreRepo
from ...domain.errors import DomainError
from ...domain.fiscal import archive as rules
from ...domain.fiscal.archive import Period
from ...domain.fiscal.countries import country_of
from ...domain.fiscal.signing import ALGORITHM
from ..context import utcnow
from ..journal import record_change

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork

log = logging.getLogger(__name__)

ARCHIVE_DIR = ("fiscal", "archives")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # members carry no clock of their own: the manifest says when


class ArchiveError(DomainError):
    """An archive cannot be made (the month is not closed, the station has no key)."""


@dataclass(frozen=True)
class Written:
    path: Path
    period: str
    sha256: str
    size: int
    first_seq: int
    last_seq: int


def archive_folder(data_dir: Path) -> Path:
    return Path(data_dir).joinpath(*ARCHIVE_DIR)


def _members(tx: Tx, data_dir: Path, period: Period, now: str) -> tuple[rules.Header, dict[str, bytes]]:
    """The archive's members for a closed month, the manifest signed with the station's key."""
    repo = FiscalArchiveRepo(tx.conn)
    last = repo.closing_seq(period.closing_ref)
    if last is None:
        raise ArchiveError(f"the month {period} is not closed yet: close the month first: storedesk fiscal close month")
    key = fiscal_keys.existing_key(data_dir)
    if key is None:
        raise ArchiveError("this station has no signing key: its store's fiscal country does not sign")
    first = repo.previous_month_closing(last) + 1
    entries = repo.entries(first, last)
    prev_hash, required = rules.before_range(repo.entry(first - 1) if first > 1 else None)
    signers = {e.key_fingerprint for e in entries if e.key_fingerprint} | {key.fingerprint}
    keys = repo.public_keys(signers)
    if key.fingerprint not in {k.fingerprint for k in keys}:
        keys.append(rules.PublicKey(key.fingerprint, ALGORITHM, key.public_pem))
    settings = tx.settings.all()
    header = rules.Header(
        store=settings.get("store_code", ""),
        station=settings.get("station_code", ""),
        period=str(period),
        first_seq=first,
        last_seq=last,
        prev_hash=prev_hash,
        signing_required=required,
        software=f"storedesk {__version__}",
        made_at=now,
        signed_by=key.fingerprint,
    )
    return header, rules.build(header, entries, keys, key.private)


def _write_zip(path: Path, members: dict[str, bytes]) -> None:
    """Write through a temporary file beside `path`, fsync it, rename it, fsync the folder: a
    crash leaves the old file or the new one, never half an archive."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
                for name in (rules.MANIFEST, rules.SIGNATURE, *rules.CONTENT):
                    zf.writestr(zipfile.ZipInfo(name, _ZIP_TIME), members[name], zipfile.ZIP_DEFLATED)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            tmp.unlink()
        raise
    with suppress(OSError):  # a folder cannot be opened for fsync on every system
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_archive(uow: UnitOfWork, data_dir: Path, period: str, out: Path, now: str | None = None) -> Written:
    """Write the signed archive of a closed month to `out`; ArchiveError when it cannot be made."""
    try:
        month = Period.parse(period)
    except ValueError as exc:
        raise ArchiveError(str(exc)) from None
    now = now or utcnow()
    with uow.read() as tx:
        header, members = _members(tx, data_dir, month, now)
    _write_zip(Path(out), members)
    data = Path(out).read_bytes()
    return Written(
        Path(out), str(month), hashlib.sha256(data).hexdigest(), len(data), header.first_seq, header.last_seq
    )


def record(uow: UnitOfWork, written: Written, kept: str, now: str | None = None, by: str = "station") -> None:
    """Journal an archive made ("fiscal_archive", doc_ref "ARCHIVE-2026-11") in its own
    transaction; `kept`: "data_folder" for the station's own copy, "elsewhere" for --out."""
    details = {
        "period": written.period,
        "file": written.path.name,
        "sha256": written.sha256,
        "size": written.size,
        "first_seq": written.first_seq,
        "last_seq": written.last_seq,
        "kept": kept,
    }
    with uow.write() as tx:
        record_change(tx, rules.ARCHIVE_KIND, Period.parse(written.period).archive_ref, details, now or utcnow(), by)


def archive_due(uow: UnitOfWork, data_dir: Path, now: str | None = None) -> list[Path]:
    """Archive every closed month that has no archive in the data folder yet (none journaled, or
    its file gone); the files written. A store whose country keeps no archives gets none. Each
    archive is its own transaction: one that fails (a full disk) leaves those before it, and the
    next start or Z tries again."""
    with uow.read() as tx:
        settings = tx.settings.all()
        if not country_of(settings).archives or RestoreRepo(tx.conn).pending() is not None:
            return []  # no country's archives, or a restore waiting: nothing enters the journal before it
        repo = FiscalArchiveRepo(tx.conn)
        done = repo.archived_in_folder()
        months = [Period.of_closing(ref) for _seq, ref in repo.month_closings()]
    written = []
    for month in months:
        path = archive_folder(data_dir) / rules.file_name(settings["store_code"], settings["station_code"], month)
        if month.archive_ref in done and path.exists():
            continue  # one made and journaled; a file lost since (a restore elsewhere) is made again
        result = write_archive(uow, data_dir, str(month), path, now)
        record(uow, result, "data_folder", now)
        log.info("fiscal archive of %s written: %s (sha256 %s)", month, result.path, result.sha256)
        written.append(result.path)
        done.add(month.archive_ref)
    return written


# --- checking a file -------------------------------------------------------------------------


def read_members(path: Path) -> tuple[dict[str, bytes], list[rules.Problem]]:
    """Every member of a zip by name, and the members the zip itself says are damaged or holds
    twice (a second member of one name could hide a forged copy behind the one checked)."""
    files: dict[str, bytes] = {}
    damaged: list[rules.Problem] = []
    seen: set[str] = set()
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename in seen:
                damaged.append(rules.Problem(info.filename, "the zip holds more than one member of this name"))
                continue
            seen.add(info.filename)
            try:
                files[info.filename] = zf.read(info)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                damaged.append(rules.Problem(info.filename, f"damaged in the zip file ({exc})"))
    return files, damaged


def verify_file(path: Path, trusted: tuple[str, ...] = ()) -> rules.Report:
    """Check an archive file on its own (no data folder, no database): every problem named."""
    try:
        files, damaged = read_members(Path(path))
    except (zipfile.BadZipFile, OSError) as exc:
        return rules.Report([rules.Problem(Path(path).name, f"not a readable zip file ({exc})")])
    report = rules.verify(files, trusted)
    report.problems[:0] = damaged
    return report


def manifest_text(report: rules.Report) -> str:
    """The manifest's facts a person checks (store, station, period, range), one line."""
    m = report.manifest
    if not m:
        return ""
    return json.dumps({k: m.get(k) for k in ("store", "station", "period", "first_seq", "last_seq", "made_at")})
