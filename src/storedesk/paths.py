"""Where the station keeps its files: --data-dir, else STOREDESK_DATA_DIR, else the platform default."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "STOREDESK_DATA_DIR"
APP_NAME = "storedesk"
APP_AUTHOR = "storedesk"


def data_dir(arg: str | None = None) -> Path:
    """The data folder: the command-line argument, the environment variable, or platformdirs' default.

    An empty value counts as not given. The folder is not created here.
    """
    if arg:
        return Path(arg).expanduser().absolute()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """storedesk/resources inside an installed package or the bundle, else the checkout's resources/."""
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    return packaged if packaged.is_dir() else here.parent.parent / "resources"
