"""Trim what PyInstaller collects for the Linux bundle (used by storedesk.spec).

PyInstaller copies every shared library a collected binary needs, including the build
machine's desktop stack: X11/xcb, xkbcommon, fontconfig/freetype, D-Bus, GLib, libstdc++.
Those must match the store PC's display server, fonts configuration and GPU driver (an old
bundled libstdc++ breaks a newer Mesa driver, for one), and the PySide6 wheel expects them
from the system anyway; so the bundle leaves them to the system packages listed in
installer/README.md, exactly as a pip install of storedesk does.

Qt plugins a till does not use are dropped too (GTK theme, framebuffer/EGLFS/VNC platforms,
evdev input, exotic image formats), then every library that nothing left in the bundle needs,
so the bundle carries no dead weight. Qt's CUPS plugin stays (QPrinterInfo lists the printers
in the report print dialog through it); the CUPS library it loads is the system's (libcups2),
like the `lp` command reports are sent with.
"""

from __future__ import annotations

import posixpath
import re
import struct
from pathlib import Path, PurePosixPath

# host libraries left to the system (matched on the file name, only for files from /usr or /lib)
SYSTEM_LIBS = re.compile(
    r"^(libstdc\+\+|libgcc_s|libX11|libX11-xcb|libXau|libXdmcp|libXext|libXrender|libxcb(-[a-z0-9-]+)?"
    r"|libxkbcommon(-x11)?|libfontconfig|libfreetype|libdbus-1|libsystemd|libglib-2\.0|libgobject-2\.0"
    r"|libgio-2\.0|libgmodule-2\.0|libgthread-2\.0|libcups)\.so(\.[0-9.]+)?$"
)

# Qt plugins left out: (plugin folder, file-name regex)
DROPPED_PLUGINS = [
    # the GTK3 theme (pulls GTK, cairo, pango) and the XDG portal: the app sets the Fusion style
    ("platformthemes", r".*"),
    # framebuffer, EGLFS, Vulkan display and VNC platforms: keep xcb, wayland, offscreen, minimal
    ("platforms", r"lib(qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc)\.so"),
    ("egldeviceintegrations", r".*"),
    # evdev/TUIO input for framebuffer platforms: X11 and Wayland deliver input themselves
    ("generic", r".*"),
    ("imageformats", r"libq(icns|tga|tiff|wbmp|webp)\.so"),
]

# Qt translations kept: the Qt widgets' own strings (buttons of standard dialogs)
KEPT_TRANSLATIONS = re.compile(r"^qtbase_.*\.qm$")

PLUGINS = PurePosixPath("PySide6/Qt/plugins")
TRANSLATIONS = PurePosixPath("PySide6/Qt/translations")
QT_LIBS = PurePosixPath("PySide6/Qt/lib")


def elf_needed(path: str | Path) -> list[str]:
    """The DT_NEEDED names of an ELF file (its direct link-time dependencies; ldd lists all)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        return []
    if data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: only 64-bit little-endian ELF files are read")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    needed = []
    for _name, sh_type, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        str_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize or 16):
            tag, val = struct.unpack_from("<qQ", data, pos)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", str_offset + val)
                needed.append(data[str_offset + val : end].decode())
    return needed


def _is_host_lib(src: str) -> bool:
    return src.startswith(("/usr/", "/lib/", "/lib64/"))


def _dropped_plugin(dest: PurePosixPath) -> bool:
    if PLUGINS not in dest.parents or len(dest.relative_to(PLUGINS).parts) != 2:
        return False
    folder, name = dest.relative_to(PLUGINS).parts
    return any(folder == f and re.fullmatch(pattern, name) for f, pattern in DROPPED_PLUGINS)


def trim_linux(binaries: list, datas: list) -> tuple[list, list, list[str]]:
    """(binaries, datas, dropped destination names) for a Linux bundle."""
    dropped: list[str] = []
    binaries = _without_system_libs_and_plugins(binaries, dropped)
    binaries = _without_unneeded_libs(binaries, dropped)
    datas = _without_foreign_translations(datas, dropped)
    return _without_dangling_symlinks(binaries, datas, dropped)


def _without_system_libs_and_plugins(binaries: list, dropped: list[str]) -> list:
    """The binaries less the host libraries left to the system and the Qt plugins a till does not use."""

    def keep(entry) -> bool:
        dest, src, typecode = entry
        d = PurePosixPath(dest)
        if _dropped_plugin(d) or (typecode == "BINARY" and _is_host_lib(src) and SYSTEM_LIBS.match(d.name)):
            dropped.append(dest)
            return False
        return True

    return [e for e in binaries if keep(e)]


def _without_unneeded_libs(binaries: list, dropped: list[str]) -> list:
    """Drop libraries nothing kept needs any more, until nothing changes."""

    def prunable(entry) -> bool:
        dest, src, typecode = entry
        return typecode == "BINARY" and (_is_host_lib(src) or PurePosixPath(dest).parent == QT_LIBS)

    while True:
        needed: set[str] = set()
        try:
            for _dest, src, typecode in binaries:
                if typecode in ("BINARY", "EXTENSION"):
                    needed.update(elf_needed(src))
        except ValueError:  # a 32-bit or big-endian build: keep every library rather than guess
            return binaries
        kept = []
        for entry in binaries:
            if prunable(entry) and PurePosixPath(entry[0]).name not in needed:
                dropped.append(entry[0])
            else:
                kept.append(entry)
        if len(kept) == len(binaries):
            return binaries
        binaries = kept


def _without_foreign_translations(datas: list, dropped: list[str]) -> list:
    """The datas less Qt's translations other than its widgets' own strings."""

    def keep_data(entry) -> bool:
        d = PurePosixPath(entry[0])
        if d.parent == TRANSLATIONS and not KEPT_TRANSLATIONS.match(d.name):
            dropped.append(entry[0])
            return False
        return True

    return [e for e in datas if keep_data(e)]


def _without_dangling_symlinks(binaries: list, datas: list, dropped: list[str]) -> tuple[list, list, list[str]]:
    """A symlink (e.g. _internal/libQt6Core.so.6 -> PySide6/Qt/lib/...) goes with its target."""
    dests = {PurePosixPath(e[0]) for e in binaries + datas if e[2] != "SYMLINK"}

    def target_kept(entry) -> bool:
        dest, target, typecode = entry
        if typecode != "SYMLINK":
            return True
        if PurePosixPath(posixpath.normpath(posixpath.join(posixpath.dirname(dest), target))) in dests:
            return True
        dropped.append(dest)
        return False

    return [e for e in binaries if target_kept(e)], [e for e in datas if target_kept(e)], dropped
