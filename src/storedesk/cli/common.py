"""What every `storedesk` command shares: the exit-2 error, opening the station's database,
writing a file atomically, and the one way a command is declared on the parser."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from .. import logs
from ..adapters import db
from ..adapters.uow import UnitOfWork
from ..domain.errors import StorageError
from ..services import setup

PROG = "storedesk"
NO_STORE = "{folder} has no store yet; run `storedesk init` (or `storedesk init --demo`) first"


class UsageError(Exception):
    """The command line asks for something that cannot work; exit 2."""


@contextmanager
def station(folder: Path, *, create: bool = False, need_store: bool = True) -> Iterator[tuple]:
    """(database, unit of work) for the data folder. Without `create`, a missing database is an
    error and no file is created (a typo in --data-dir must not leave an empty database behind)."""
    if not create and not (folder / db.DB_FILENAME).exists():
        raise StorageError(NO_STORE.format(folder=folder))
    database = db.open_database(folder)
    if create:  # `storedesk init`: the folder now holds a database, the log may live beside it
        logs.setup(folder, f"{PROG} init")
    uow = UnitOfWork(database)
    try:
        if need_store and not setup.is_initialised(uow):
            raise StorageError(NO_STORE.format(folder=folder))
        yield database, uow
    finally:
        uow.close()
        database.dispose()


def write_atomically(path: Path, write: Callable) -> Any:
    """Write through a temporary file next to `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return result


def write_out(out: str | None, write: Callable) -> tuple[Path, Any] | None:
    """`write(stream)` to standard output when no --out FILE is given (None), else atomically
    to FILE: (the file, what `write` returned)."""
    if out is None:
        write(sys.stdout)
        return None
    path = Path(out).expanduser()
    return path, write_atomically(path, write)


def add_command(sub, common, name: str, func: Callable | None, help: str, description: str | None = None):
    """A command (or a group of commands, `func` None) that takes --data-dir after its name too. Its
    description (`storedesk NAME --help`) is the one given, else the docstring of `func`: what a
    command does is said once, on the function that does it (argparse folds the line breaks)."""
    if description is None and func is not None:
        description = func.__doc__
    p = sub.add_parser(name, parents=[common], help=help, description=description)
    if func is not None:
        p.set_defaults(func=func)
    return p


def add_group(sub, common, name: str, help: str, description: str | None):
    """A command whose own commands follow it (`storedesk journal verify`, the one chosen in
    `args.journal_command`); returns their subparsers."""
    p = add_command(sub, common, name, None, help, description)
    return p.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=True)
