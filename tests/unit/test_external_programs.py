"""No test may run an external program that .ci/run does not install (tests/programs.py).

The run-time guard in tests/conftest.py catches what runs here; this reads every test's source,
so a call behind a skip or a `shutil.which(...)` guard (which hides a missing program by
skipping on a fresh machine) is caught too.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from programs import ALLOWED, BASE, PROJECT, ROOT, refusal  # noqa: E402

RUNNERS = {"run", "Popen", "call", "check_call", "check_output", "getoutput", "getstatusoutput"}


def _program_names(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, name) of each program named by a string literal in a subprocess call or a which()."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
        first = node.args[0]
        if name == "which" or (name == "system" and owner == "os"):
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value.split()[0]))
        elif name in RUNNERS and owner == "subprocess":
            if isinstance(first, (ast.List, ast.Tuple)) and first.elts:
                first = first.elts[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value.split()[0]))
    return found


def _ci_apt_packages() -> set[str]:
    text = (ROOT / ".ci" / "run").read_text()
    packages: set[str] = set()
    for line in text.splitlines():
        if "apt-get install" in line:
            packages.update(w for w in line.split("install", 1)[1].split() if re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", w))
    return packages


def test_every_program_a_test_names_is_installed_by_ci():
    missing = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path == Path(__file__).resolve():
            continue  # its own examples below name programs on purpose
        for line, name in _program_names(ast.parse(path.read_text(), str(path))):
            if name not in ALLOWED:
                missing.append(f"{path.relative_to(ROOT)}:{line} runs {name!r}")
    assert not missing, "programs .ci/run does not install (see tests/programs.py):\n" + "\n".join(missing)


def test_every_allowed_program_has_its_package_in_ci():
    packages = _ci_apt_packages()
    needed = {pkg for pkg in ALLOWED.values() if pkg not in (BASE, PROJECT)}
    assert needed <= packages, f".ci/run installs none of {sorted(needed - packages)}"


def test_the_scanner_finds_the_call_that_once_broke_ci():
    # the shape of the call that once broke CI (a PDF tool run for its text), with made-up names
    source = 'subprocess.run(["pdf-to-text-tool", "-layout", p, "-"])\nif shutil.which("print-spooler"): pass\n'
    assert [n for _, n in _program_names(ast.parse(source))] == ["pdf-to-text-tool", "print-spooler"]


def test_the_run_time_guard_refuses_a_program_ci_does_not_install():
    assert refusal("pdf-to-text-tool") and refusal("/usr/bin/pdf-to-text-tool")
    assert refusal(sys.executable) is None and refusal("sh") is None
    with pytest.raises(AssertionError, match="does not install"):
        subprocess.run(["pdf-to-text-tool", "-v"], capture_output=True)
