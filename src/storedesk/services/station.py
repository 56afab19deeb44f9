"""Open a station's data folder: database checks and migrations, demo seeding on first start."""

from __future__ import annotations

from pathlib import Path

from ..adapters.db import open_database
from ..adapters.uow import UnitOfWork
from . import setup
from .context import config


def open_station(data_dir: Path, demo: bool = False) -> UnitOfWork:
    engine = open_database(Path(data_dir))
    uow = UnitOfWork(engine)
    if demo and not setup.is_initialised(uow):
        setup.init_demo(uow)
    config(uow)  # fails clearly when the folder has no store yet
    return uow


def sign_in_names(uow) -> list[tuple[str, str]]:
    with uow.read() as tx:
        return tx.users.active_usernames()
