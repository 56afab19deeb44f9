"""The installable bundle (installer/): its pieces agree with each other, and the built bundle starts.

Fast tests read the PyInstaller spec, the Inno Setup script, the .desktop file, the icons and
install.sh. The slow test builds the bundle into tmp_path (about a minute), runs it, checks the
tar.gz and installs it with install.sh into tmp_path. Nothing is written into the repository.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "storedesk.spec"
ISS = INSTALLER / "windows" / "storedesk.iss"
DESKTOP = INSTALLER / "linux" / "storedesk.desktop"
INSTALL_SH = INSTALLER / "linux" / "install.sh"
LINUX = sys.platform.startswith("linux")


def _load(name: str, path: Path):
    """Import an installer script by path, without leaving __pycache__ in installer/."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = saved
    return module


build = _load("storedesk_installer_build", INSTALLER / "build.py")
trim = _load("storedesk_installer_trim", INSTALLER / "trim.py")
NAMES = build.spec_names()
VERSION = build.version()


# --- the Inno Setup script ---------------------------------------------------------------------


def _iss_values(line: str) -> dict[str, str]:
    """One line of Inno parameters: `Name: "a ""b"" c"; Flags: x y` -> {"Name": 'a "b" c', "Flags": "x y"}."""
    out: dict[str, str] = {}
    i, n = 0, len(line)
    while i < n:
        colon = line.index(":", i)
        key, j = line[i:colon].strip(), colon + 1
        while j < n and line[j] == " ":
            j += 1
        if j < n and line[j] == '"':  # quoted: "" is a quote
            value, j = [], j + 1
            while not (line[j] == '"' and line[j + 1 : j + 2] != '"'):
                value.append(line[j])
                j += 2 if line[j] == '"' else 1
            out[key] = "".join(value)
            semi = line.find(";", j + 1)
        else:
            semi = line.find(";", j)
            out[key] = line[j : semi if semi >= 0 else n].strip()
        if semi < 0:
            break
        i = semi + 1
    return out


def parse_iss(path: Path = ISS) -> tuple[dict[str, str], dict[str, list]]:
    """(#define values, {section: [entries]}): [Setup] entries are (key, value), the others dicts."""
    defines: dict[str, str] = {}
    sections: dict[str, list] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r'#define\s+(\w+)\s+"(.*)"', line)
        if m:
            defines.setdefault(m.group(1), m.group(2))
            continue
        if line.startswith("#"):
            continue  # #ifndef / #endif
        line = re.sub(r"\{#(\w+)\}", lambda mm: defines[mm.group(1)], line)
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current == "Setup":
            key, _, value = line.partition("=")
            sections[current].append((key.strip(), value.strip()))
        else:
            sections[current].append(_iss_values(line))
    return defines, sections


def _iss_path(value: str) -> Path:
    """An Inno source path, relative to the script's folder, as a path on this machine."""
    return (ISS.parent / Path(*PureWindowsPath(value).parts)).resolve()


def test_iss_parser_reads_inno_parameter_syntax():
    assert _iss_values('Name: "{group}\\a"; Parameters: "--data-dir ""C:\\x"""; Flags: a b') == {
        "Name": "{group}\\a",
        "Parameters": '--data-dir "C:\\x"',
        "Flags": "a b",
    }


def test_iss_files_are_the_bundle_the_spec_makes():
    defines, sections = parse_iss()
    bundle = _iss_path(defines["BundleDir"])
    # build.py's default: dist/<BUNDLE_NAME> in the repository
    assert bundle == ROOT / "dist" / NAMES["BUNDLE_NAME"]
    assert defines["AppExe"] == NAMES["APP_NAME"] + ".exe"
    assert defines["CliExe"] == NAMES["CLI_NAME"] + ".exe"

    installed = set()  # what lands in {app}, as Windows paths
    sources = set()
    for entry in sections["Files"]:
        source = PureWindowsPath(entry["Source"])
        rel = PureWindowsPath(*source.parts[len(PureWindowsPath(defines["BundleDir"]).parts) :])
        assert str(source).startswith(str(PureWindowsPath(defines["BundleDir"]))), entry
        sources.add(str(rel))
        flags = entry.get("Flags", "").split()
        if rel.name == "*":
            assert "recursesubdirs" in flags and "createallsubdirs" in flags, entry
            assert entry["DestDir"] == "{app}\\" + str(rel.parent), entry
        else:
            assert entry["DestDir"] == "{app}", entry
            installed.add("{app}\\" + rel.name)
    # every top-level item of a Windows bundle: the two executables and the contents folder
    assert sources == {NAMES["APP_NAME"] + ".exe", NAMES["CLI_NAME"] + ".exe", NAMES["CONTENTS_DIR"] + "\\*"}

    app_icons = [e for e in sections["Icons"] if e["Filename"].startswith("{app}\\")]
    assert app_icons, "no shortcut starts the program"
    for entry in app_icons + sections["Run"]:
        assert entry["Filename"] in installed, entry
    main = next(e for e in sections["Icons"] if e["Name"] == "{group}\\storedesk")
    assert main["Filename"] == "{app}\\" + NAMES["APP_NAME"] + ".exe"
    assert main["Parameters"] == f'--data-dir "{defines["DataDir"]}"'
    cli = next(e for e in sections["Icons"] if e["Filename"] == "{cmd}")
    assert NAMES["CLI_NAME"] + ".exe" in cli["Parameters"]

    setup = dict(sections["Setup"])
    assert setup["UninstallDisplayIcon"] in installed
    assert _iss_path(setup["SetupIconFile"]) == ROOT / NAMES["ICON_ICO"]
    assert (ROOT / NAMES["ICON_ICO"]).is_file()
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"] == "{autopf}\\storedesk"
    assert _iss_path(defines["OutputDir"]) == ROOT / "dist"


def test_iss_version_is_the_package_version():
    defines, sections = parse_iss()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert defines["AppVersion"] == VERSION == pyproject["project"]["version"]
    assert VERSION in dict(sections["Setup"])["OutputBaseFilename"]


def test_iss_data_folder_is_per_machine_writable_and_kept():
    from storedesk.paths import ENV_VAR

    defines, sections = parse_iss()
    data = defines["DataDir"]
    assert data == "{commonappdata}\\storedesk"
    dirs = [e for e in sections["Dirs"] if e["Name"] == data]
    assert dirs and dirs[0]["Permissions"] == "users-modify"
    assert "uninsneveruninstall" in dirs[0]["Flags"].split()
    env = [e for e in sections["Registry"] if e.get("ValueName") == ENV_VAR]
    assert env and env[0]["Root"] == "HKLM" and env[0]["ValueData"] == data
    assert "uninsdeletevalue" in env[0]["Flags"].split()
    assert dict(sections["Setup"])["ChangesEnvironment"] == "yes"


# --- the spec ----------------------------------------------------------------------------------


def test_spec_names_and_icons():
    for key in ("APP_NAME", "CLI_NAME", "BUNDLE_NAME", "CONTENTS_DIR", "MIGRATIONS_DEST", "RESOURCES_DEST"):
        assert NAMES.get(key), key
    png = (ROOT / NAMES["ICON_PNG"]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (ROOT / NAMES["ICON_ICO"]).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}  # width byte, 0 means 256
    assert {16, 32, 48, 256} <= sizes


def test_spec_builds_gui_and_windows_console_executables():
    calls = [
        node
        for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_exe"
    ]
    made = {(c.args[0].id, next(k.value.value for k in c.keywords if k.arg == "console")) for c in calls}
    assert made == {("APP_NAME", False), ("CLI_NAME", True)}


def test_spec_ships_migrations_where_the_app_reads_them():
    import storedesk
    from storedesk.adapters import db

    package = Path(storedesk.__file__).resolve().parent
    assert NAMES["MIGRATIONS_DEST"] == "storedesk/" + db.MIGRATIONS.relative_to(package).as_posix()
    assert NAMES["RESOURCES_DEST"] == "storedesk/resources"
    assert (db.MIGRATIONS / "env.py").is_file() and list((db.MIGRATIONS / "versions").glob("s*.py"))


# --- the Linux pieces --------------------------------------------------------------------------

DESKTOP_KEYS = {
    "Type",
    "Version",
    "Name",
    "GenericName",
    "NoDisplay",
    "Comment",
    "Icon",
    "Hidden",
    "OnlyShowIn",
    "NotShowIn",
    "DBusActivatable",
    "TryExec",
    "Exec",
    "Path",
    "Terminal",
    "Actions",
    "MimeType",
    "Categories",
    "Implements",
    "Keywords",
    "StartupNotify",
    "StartupWMClass",
    "URL",
    "PrefersNonDefaultGPU",
    "SingleMainWindow",
}


def test_desktop_file_is_valid():
    text = DESKTOP.read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    assert first == "[Desktop Entry]"
    parser = configparser.ConfigParser(interpolation=None, strict=True)  # strict: no duplicate keys
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    entry = parser["Desktop Entry"]
    assert set(entry) <= DESKTOP_KEYS, set(entry) - DESKTOP_KEYS
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Comment"]
    assert entry["Exec"].split()[0] == NAMES["APP_NAME"]
    assert entry["Icon"] == Path(NAMES["ICON_PNG"]).stem == "storedesk"
    assert entry["Terminal"] == "false" and entry.get("StartupNotify", "true") in ("true", "false")
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


FAKE_PROGRAM = """#!/bin/sh
if [ "${1:-}" = "--version" ]; then echo "storedesk 0.1.0"; exit 0; fi
echo "args=$* data=${STOREDESK_DATA_DIR:-} umask=$(umask)"
"""


def _unpacked(tmp_path: Path) -> Path:
    """What the tar.gz unpacks to, with a stand-in program instead of the real bundle."""
    top = tmp_path / "unpacked"
    (top / "storedesk").mkdir(parents=True)
    program = top / "storedesk" / "storedesk"
    program.write_text(FAKE_PROGRAM)
    program.chmod(0o755)
    shutil.copy(INSTALL_SH, top / "install.sh")
    shutil.copy(DESKTOP, top / "storedesk.desktop")
    shutil.copy(ROOT / NAMES["ICON_PNG"], top / "storedesk.png")
    return top


def _install_args(tmp_path: Path) -> tuple[list[str], dict[str, Path]]:
    where = {
        "prefix": tmp_path / "opt" / "storedesk",
        "bindir": tmp_path / "bin",
        "data": tmp_path / "var" / "storedesk",
        "apps": tmp_path / "apps",
        "icons": tmp_path / "icons",
    }
    args = [
        "--prefix",
        str(where["prefix"]),
        "--bindir",
        str(where["bindir"]),
        "--data-dir",
        str(where["data"]),
        "--appsdir",
        str(where["apps"]),
        "--iconsdir",
        str(where["icons"]),
        "--no-group",
    ]
    return args, where


def _clean_env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "STOREDESK_DATA_DIR"}
    env.update(extra)
    return env


@pytest.mark.skipif(not LINUX, reason="install.sh is for Linux")
def test_install_sh_installs_upgrades_and_uninstalls(tmp_path):
    top = _unpacked(tmp_path)
    args, where = _install_args(tmp_path)
    done = subprocess.run(["sh", str(top / "install.sh"), *args], capture_output=True, text=True, env=_clean_env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "installed storedesk 0.1.0" in done.stdout

    launcher = where["bindir"] / "storedesk"
    assert os.access(launcher, os.X_OK)
    assert (where["prefix"] / "storedesk").is_file()
    # the launcher names the per-machine data folder, unless the caller already chose one
    out = subprocess.run([str(launcher), "status"], capture_output=True, text=True, env=_clean_env()).stdout
    assert out.strip() == f"args=status data={where['data']} umask=0007"
    out = subprocess.run(
        [str(launcher), "status"], capture_output=True, text=True, env=_clean_env(STOREDESK_DATA_DIR="/elsewhere")
    ).stdout
    assert "data=/elsewhere " in out
    assert stat.S_IMODE(where["data"].stat().st_mode) == 0o2770
    desktop = (where["apps"] / "storedesk.desktop").read_text()
    assert f"\nExec={launcher}\n" in desktop and "\nIcon=storedesk\n" in desktop
    icon = where["icons"] / "256x256" / "apps" / "storedesk.png"
    assert icon.read_bytes() == (ROOT / NAMES["ICON_PNG"]).read_bytes()

    # an upgrade replaces the program and keeps the data
    (where["data"] / "storedesk.db").write_bytes(b"sales")
    (top / "storedesk" / "new-file").write_text("2")
    done = subprocess.run(["sh", str(top / "install.sh"), *args], capture_output=True, text=True, env=_clean_env())
    assert done.returncode == 0, done.stderr
    assert (where["prefix"] / "new-file").is_file()
    assert (where["data"] / "storedesk.db").read_bytes() == b"sales"
    assert not list(where["prefix"].parent.glob("storedesk.*"))  # no .new / .old left behind

    done = subprocess.run(["sh", str(top / "install.sh"), "--uninstall", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not where["prefix"].exists() and not launcher.exists() and not icon.exists()
    assert not (where["apps"] / "storedesk.desktop").exists()
    assert (where["data"] / "storedesk.db").read_bytes() == b"sales"


@pytest.mark.skipif(not LINUX, reason="install.sh is for Linux")
def test_install_sh_refuses_without_a_bundle(tmp_path):
    top = _unpacked(tmp_path)
    shutil.rmtree(top / "storedesk")
    args, where = _install_args(tmp_path)
    done = subprocess.run(["sh", str(top / "install.sh"), *args], capture_output=True, text=True)
    assert done.returncode != 0
    assert "no bundle" in done.stderr
    assert not where["prefix"].exists() and not where["bindir"].exists()


def test_tarball_layout_and_ownership(tmp_path):
    bundle = tmp_path / "storedesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "storedesk").write_text("#!/bin/sh\n")
    (bundle / "storedesk").chmod(0o755)
    (bundle / "_internal" / "data.txt").write_text("x")
    (bundle / "_internal" / "data.txt").chmod(0o664)
    (bundle / "_internal" / "link.so").symlink_to("data.txt")
    out = build.make_tarball(bundle, tmp_path, "9.9.9")
    top = build.archive_name("9.9.9")
    assert out == tmp_path / f"{top}.tar.gz" and top.startswith("storedesk-9.9.9-linux-")
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert {
        f"{top}/install.sh",
        f"{top}/storedesk.desktop",
        f"{top}/storedesk.png",
        f"{top}/storedesk/storedesk",
        f"{top}/storedesk/_internal/data.txt",
    } <= set(members)
    assert all(m.uid == 0 and m.gid == 0 and m.uname == "root" for m in members.values())
    assert members[f"{top}/storedesk/storedesk"].mode == 0o755
    assert members[f"{top}/install.sh"].mode == 0o755
    assert members[f"{top}/storedesk/_internal/data.txt"].mode == 0o644
    assert members[f"{top}/storedesk/_internal/link.so"].issym()
    assert not list(tmp_path.glob("*.partial"))


# --- trim.py -----------------------------------------------------------------------------------


@pytest.mark.skipif(not LINUX, reason="ELF files")
def test_elf_needed_reads_direct_dependencies():
    needed = trim.elf_needed(os.path.realpath("/bin/sh"))
    assert "libc.so.6" in needed
    assert trim.elf_needed(ROOT / NAMES["ICON_PNG"]) == []  # not an ELF file


def test_trim_keeps_the_app_and_leaves_the_desktop_stack_to_the_system(tmp_path):
    plain = tmp_path / "not-elf"
    plain.write_bytes(b"x")
    site = str(plain)  # stands for a file from site-packages: no ELF dependencies
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", site, "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", site, "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", site, "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", site, "BINARY"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", site, "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", site, "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", site, "BINARY"),
        ("PySide6/QtCore.abi3.so", site, "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Network.so.6", site, "BINARY"),  # nothing needs it: pruned
        ("libfontconfig.so.1", "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1", "BINARY"),
        ("libxcb-icccm.so.4", "/lib/x86_64-linux-gnu/libxcb-icccm.so.4", "BINARY"),
        ("libcups.so.2", "/lib/x86_64-linux-gnu/libcups.so.2", "BINARY"),  # the system's, as `lp` uses
        ("libxcb-9065bb12.so.1.1.0", site, "BINARY"),  # Pillow's own copy: kept
        ("libpython3.11.so.1.0", site, "BINARY"),
    ]
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fr.qm", site, "DATA"),
        ("PySide6/Qt/translations/qt_help_fr.qm", site, "DATA"),
        ("storedesk/migrations/env.py", site, "DATA"),
    ]
    kept_b, kept_d, dropped = trim.trim_linux(binaries, datas)
    kept = {e[0] for e in kept_b + kept_d}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",  # QPrinterInfo lists the printers through it
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/QtCore.abi3.so",
        "libxcb-9065bb12.so.1.1.0",
        "libpython3.11.so.1.0",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "storedesk/migrations/env.py",
    }
    assert set(dropped) == {e[0] for e in binaries + datas} - kept


# --- the real bundle ---------------------------------------------------------------------------


def _run(cmd, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("env", _clean_env(QT_QPA_PLATFORM="offscreen"))
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=kw.pop("timeout", 180), **kw)


@pytest.mark.slow
@pytest.mark.skipif(not LINUX, reason="builds the Linux bundle (the Windows one is built on Windows)")
def test_bundle_builds_starts_and_installs(tmp_path):
    absent = [name for name in ("build", "dist") if not (ROOT / name).exists()]
    installer_before = sorted(str(p) for p in INSTALLER.rglob("*"))
    dist, work = tmp_path / "dist", tmp_path / "build"
    done = _run([sys.executable, INSTALLER / "build.py", "--dist", dist, "--work", work], timeout=1200, cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    print(done.stdout)  # build time and sizes, shown with -s

    bundle = dist / NAMES["BUNDLE_NAME"]
    program = bundle / NAMES["APP_NAME"]
    internal = bundle / NAMES["CONTENTS_DIR"]
    # the migrations and resources are files where the app looks for them
    from storedesk.adapters import db

    shipped = internal / NAMES["MIGRATIONS_DEST"]
    assert (shipped / "env.py").is_file()
    assert sorted(p.name for p in (shipped / "versions").glob("s*.py")) == sorted(
        p.name for p in (db.MIGRATIONS / "versions").glob("s*.py")
    )
    assert (internal / NAMES["RESOURCES_DEST"] / "icons" / "storedesk.png").is_file()
    assert (internal / "babel" / "locale-data" / "en_IE.dat").is_file()
    assert (internal / "escpos" / "capabilities.json").is_file()
    assert list((internal / "reportlab" / "fonts").glob("*.afm"))
    assert list(internal.glob("PySide6/QtPrintSupport.*"))
    # the report print dialog: the printers through Qt's CUPS plugin, the PDF's pages through PDFium
    assert (internal / "PySide6" / "Qt" / "plugins" / "printsupport" / "libcupsprintersupport.so").is_file()
    assert not list(internal.rglob("libcups.so*"))  # the system's CUPS library, not the build machine's
    assert list(internal.rglob("libpdfium*")) and (internal / "pypdfium2_raw" / "version.json").is_file()
    assert not list(internal.glob("PySide6/QtWebEngine*")) and not list(internal.glob("PySide6/QtQuick*"))
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"

    # modules loaded by name at run time are frozen in; the hub is not
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(program)).open_embedded_archive("PYZ.pyz").toc)
    for name in (
        "alembic.op",
        "alembic.context",
        "sqlalchemy.dialects.sqlite.pysqlite",
        "babel.numbers",
        "reportlab.graphics.barcode.code128",
        "escpos.printer",
        "storedesk.ui.app",
        "storedesk.cli",
        "storedesk.ui.report_print_dialog",
        "pypdfium2",
        "pypdfium2_raw",
    ):
        assert name in modules, name
    assert not {
        m for m in modules if m.split(".")[0] in ("fastapi", "uvicorn", "pytest") or m.startswith("storedesk.hub")
    }

    done = _run([program, "--version"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"storedesk {VERSION}"

    data = tmp_path / "data"
    done = _run([program, "--demo", "--smoke", "--data-dir", data], cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (data / "storedesk.db").is_file()
    done = _run([program, "status", "--data-dir", data], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "PAR01" in done.stdout and "schema revision:  " + db.HEAD in done.stdout

    # the tar.gz holds the program, and install.sh installs it
    top = build.archive_name(VERSION)
    archive = dist / f"{top}.tar.gz"
    with tarfile.open(archive) as tar:
        member = tar.getmember(f"{top}/{NAMES['BUNDLE_NAME']}/{NAMES['APP_NAME']}")
        assert member.isfile() and member.mode & 0o111
        assert tar.getmember(f"{top}/install.sh").mode & 0o111
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    assert _run(["tar", "-xzf", archive, "-C", unpacked]).returncode == 0
    args, where = _install_args(tmp_path)
    done = _run([unpacked / top / "install.sh", *args])
    assert done.returncode == 0, done.stdout + done.stderr
    launcher = where["bindir"] / "storedesk"
    done = _run([launcher, "--demo", "--smoke"], cwd=tmp_path)  # no --data-dir: the launcher's folder
    assert done.returncode == 0, done.stdout + done.stderr
    assert (where["data"] / "storedesk.db").is_file()
    done = _run([launcher, "backup", "--out", tmp_path / "backup.db"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "backup.db").stat().st_size > 0

    # everything went to tmp_path: no build/ or dist/ in the repository, nothing new in installer/
    assert [name for name in absent if (ROOT / name).exists()] == []
    assert sorted(str(p) for p in INSTALLER.rglob("*")) == installer_before
