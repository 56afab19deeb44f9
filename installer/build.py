"""Build the storedesk bundle for store PCs: one folder made by PyInstaller, then (Linux) a tar.gz.

    python installer/build.py [--dist DIR] [--work DIR] [--no-archive]

Run it with the Python of a virtual environment where storedesk and PyInstaller are installed
(`.venv/bin/pip install -e '.[test]'` brings both). It writes:

    DIR/storedesk/                                 the bundle (run DIR/storedesk/storedesk)
    DIR/storedesk-<version>-linux-<arch>.tar.gz    Linux: the bundle + install.sh + .desktop + icon

DIR defaults to dist/ in the repository, PyInstaller's work folder to build/ (both ignored by
git). On Windows the next step is Inno Setup: `iscc installer\\windows\\storedesk.iss`
(see installer/README.md); this script runs it when `iscc` is on the PATH.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "storedesk.spec"
LINUX = HERE / "linux"
ISS = HERE / "windows" / "storedesk.iss"


def spec_names(spec: Path = SPEC) -> dict[str, str]:
    """The spec's top-level string constants (APP_NAME, BUNDLE_NAME, ...), read without running it."""
    tree = ast.parse(spec.read_text(encoding="utf-8"), filename=str(spec))
    names = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            names[node.targets[0].id] = node.value.value
    return names


def version() -> str:
    """storedesk's version, as `storedesk --version` prints it (src/storedesk/__init__.py)."""
    text = (ROOT / "src" / "storedesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("build.py: no __version__ in src/storedesk/__init__.py")
    return match.group(1)


def archive_name(ver: str) -> str:
    """storedesk-0.1.0-linux-x86_64: the tarball's name and its top folder."""
    return f"storedesk-{ver}-linux-{platform.machine() or 'unknown'}"


def _size(path: Path) -> str:
    total = (
        path.stat().st_size
        if path.is_file()
        else sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())
    )
    return f"{total / 1024 / 1024:.0f} MB"


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mode &= 0o755 if (info.isdir() or info.mode & 0o111) else 0o644
    return info


def make_tarball(bundle: Path, dist: Path, ver: str) -> Path:
    """DIST/storedesk-<ver>-linux-<arch>.tar.gz holding, under one top folder:
    install.sh, storedesk.desktop, storedesk.png and the bundle folder `storedesk/`."""
    top = archive_name(ver)
    out = dist / f"{top}.tar.gz"
    tmp = out.with_name(out.name + ".partial")
    names = spec_names()
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(LINUX / "install.sh", f"{top}/install.sh", filter=_root_owned)
        tar.add(LINUX / "storedesk.desktop", f"{top}/storedesk.desktop", filter=_root_owned)
        tar.add(ROOT / names["ICON_PNG"], f"{top}/storedesk.png", filter=_root_owned)
        tar.add(bundle, f"{top}/{bundle.name}", filter=_root_owned)  # recursive; symlinks kept as links
    os.replace(tmp, out)
    return out


def check_tools() -> None:
    """Stop early, with the fix, when this machine cannot build the bundle."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            f"build.py: PyInstaller is not installed for {sys.executable}: "
            f"{sys.executable} -m pip install pyinstaller (or -e '.[test]')"
        ) from None
    from PyInstaller.depend.bindepend import get_python_library_path

    try:
        found = get_python_library_path()
    except Exception:  # PythonLibraryNotFoundError and friends
        found = None
    if not found:
        ver = f"{sys.version_info.major}.{sys.version_info.minor}"
        raise SystemExit(
            f"build.py: this Python has no shared library (libpython{ver}.so), which PyInstaller "
            f"needs; Debian/Ubuntu: apt-get install libpython{ver}"
        )
    if sys.platform.startswith("linux"):
        for tool in ("ldd", "objdump"):
            if shutil.which(tool) is None:
                raise SystemExit(f"build.py: PyInstaller needs `{tool}`; Debian/Ubuntu: apt-get install binutils")
        if shutil.which("strip") is None:
            print("build.py: no `strip` (binutils): the bundle will be about 40 MB larger")
    if sys.platform == "win32" and importlib.util.find_spec("tzdata") is None:
        raise SystemExit("build.py: Windows has no time zone database of its own; pip install tzdata first")


def run_pyinstaller(dist: Path, work: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("+", " ".join(cmd), flush=True)
    done = subprocess.run(cmd)
    if done.returncode != 0:
        raise SystemExit(f"build.py: PyInstaller failed (exit {done.returncode})")


def run_inno_setup(bundle: Path, dist: Path, ver: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print(f"next: compile {ISS} with Inno Setup 6 (iscc) to make the Windows installer")
        return None
    cmd = [iscc, f"/DAppVersion={ver}", f"/DBundleDir={bundle}", f"/DOutputDir={dist}", str(ISS)]
    print("+", " ".join(cmd), flush=True)
    if subprocess.run(cmd).returncode != 0:
        raise SystemExit("build.py: Inno Setup failed")
    return next(iter(sorted(dist.glob(f"storedesk-{ver}-*setup.exe"))), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description="Build the storedesk bundle for store PCs.")
    parser.add_argument(
        "--dist",
        metavar="DIR",
        default=str(ROOT / "dist"),
        help="where the bundle and the archive go (default: dist/ in the repository)",
    )
    parser.add_argument(
        "--work", metavar="DIR", default=None, help="PyInstaller's work folder (default: build/ in the repository)"
    )
    parser.add_argument("--no-archive", action="store_true", help="make the bundle folder only")
    args = parser.parse_args(argv)

    dist = Path(args.dist).expanduser().absolute()
    work = Path(args.work).expanduser().absolute() if args.work else ROOT / "build"
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    ver = version()
    names = spec_names()
    check_tools()
    started = time.monotonic()
    run_pyinstaller(dist, work)
    bundle = dist / names["BUNDLE_NAME"]
    exe = bundle / (names["APP_NAME"] + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():
        raise SystemExit(f"build.py: PyInstaller did not make {exe}")
    print(f"bundle:  {bundle} ({_size(bundle)}), built in {time.monotonic() - started:.0f} s")
    print(f"run:     {exe} --version")
    if args.no_archive:
        return 0
    if sys.platform.startswith("linux"):
        out = make_tarball(bundle, dist, ver)
        print(f"archive: {out} ({_size(out)})")
        print(f"install: tar -xzf {out.name} && sudo ./{archive_name(ver)}/install.sh")
    elif sys.platform == "win32":
        setup = run_inno_setup(bundle, dist, ver)
        if setup:
            print(f"setup:   {setup} ({_size(setup)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
