"""Compiles the translations (resources/i18n/<lang>/*.ts -> storedesk_<lang>.qm) when the package
is built or installed, editable installs included, with Qt's own pyside6-lrelease. Everything
else about the package is in pyproject.toml. (A checkout run without installing compiles them on
first use: storedesk/ui/translation.py.)"""

import os
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

I18N = Path(__file__).resolve().parent / "resources" / "i18n"


def compile_translations() -> None:
    try:
        import PySide6
    except ImportError:  # a build without Qt: the station compiles them on first use
        return
    lrelease = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    for folder in sorted(p for p in I18N.iterdir() if p.is_dir()):
        sources = sorted(str(p) for p in folder.glob("*.ts"))
        if sources:
            qm = I18N / f"storedesk_{folder.name}.qm"
            fresh = qm.with_name(f".{qm.name}.new")  # a running station maps the old file: swap, never overwrite
            subprocess.run([str(lrelease), "-silent", *sources, "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)


class BuildPyWithTranslations(build_py):
    def run(self):
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
