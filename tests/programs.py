"""The external programs tests may run, and the package that `.ci/run` installs for each.

A test that runs a program CI does not install passes on a developer's machine and fails on a
fresh one (three tests once called `pdftotext`). Two guards use this list: tests/conftest.py
refuses, at run time, any subprocess whose program is not here (or is not Python, the project's
own entry points, or a file the tests built); tests/unit/test_external_programs.py reads every
test's source for program names, including calls a skip or a `shutil.which` guard hides here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Essential on every Debian/Ubuntu system: never needs an install line.
BASE = "base"
# The project's own console scripts, installed by `pip install -e .`.
PROJECT = "project"

ALLOWED: dict[str, str] = {
    "sh": BASE,  # dash
    "tar": BASE,
    "runuser": BASE,  # util-linux: the hub tests start PostgreSQL as `postgres` when run as root
    "initdb": "postgresql",
    "pg_ctl": "postgresql",
    "desktop-file-validate": "desktop-file-utils",
    "Xvfb": "xvfb",  # the kiosk test: a real X display without a window manager (tests/ui/test_kiosk_x11.py)
    "xdotool": "xdotool",  # types keys through the X server, as a scanner does
    "storedesk": PROJECT,
    "storedesk-hub": PROJECT,
}


def _under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except (ValueError, OSError):
        return False


TESTS = ROOT / "tests"


def called_from_tests(frame) -> bool:
    """True when the first caller outside the subprocess module is a test file."""
    while frame is not None and frame.f_code.co_filename.endswith("subprocess.py"):
        frame = frame.f_back
    return frame is not None and _under(Path(frame.f_code.co_filename), TESTS)


def refusal(program: str | os.PathLike) -> str | None:
    """Why a test may not run `program`, or None when it may."""
    text = os.fspath(program)
    path = Path(text)
    if text == sys.executable or _under(path, Path(sys.prefix)):
        return None  # Python and what pip installed in the test environment
    if path.is_absolute() and (_under(path, ROOT) or _under(path, Path(tempfile.gettempdir()))):
        return None  # the repository's scripts, or a bundle the test built in its tmp folder
    if path.name in ALLOWED:
        return None
    return (
        f"a test ran {text!r}, which .ci/run does not install: use a Python library instead, "
        f"or install it in .ci/run and add it to tests/programs.py ALLOWED"
    )
