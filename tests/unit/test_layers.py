"""Imports go one way (docs/ARCHITECTURE.md, the layers): walk the AST of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PKG = SRC / "storedesk"

# package -> forbidden top-level modules or dotted prefixes
RULES = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "requests",
        "fastapi",
        "uvicorn",
        "reportlab",
        "escpos",
        "sqlite3",
        "alembic",
        "storedesk.adapters",
        "storedesk.services",
        "storedesk.ui",
        "storedesk.hub",
        "storedesk.sync",
    ),
    # the store's language: babel and the standard library only, so that every layer may use it
    "i18n": (
        "PySide6",
        "sqlalchemy",
        "requests",
        "fastapi",
        "sqlite3",
        "reportlab",
        "storedesk.domain",
        "storedesk.adapters",
        "storedesk.services",
        "storedesk.ui",
        "storedesk.hub",
        "storedesk.sync",
    ),
    "services": ("PySide6", "requests", "storedesk.ui", "storedesk.hub"),
    "hub": ("PySide6", "storedesk.ui"),
    # the store-PC bundle leaves the hub out (installer/storedesk.spec): the station never imports it
    "ui": ("sqlalchemy", "requests", "sqlite3", "storedesk.hub", "storedesk.adapters"),
    "adapters": ("storedesk.ui", "storedesk.hub"),  # Qt's print support is an adapter of its own
    "sync": ("PySide6", "storedesk.ui", "storedesk.hub"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module an `import` or `from ... import` anywhere in the file refers to, made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.append((node.lineno, mod))
            # `from . import x` / `from storedesk import ui` name submodules too
            found += [(node.lineno, f"{mod}.{alias.name}") for alias in node.names]
    return found


def forbidden(name: str, rules: tuple[str, ...]) -> str | None:
    for rule in rules:
        if name == rule or name.startswith(rule + "."):
            return rule
    return None


def test_import_resolution_handles_relative_imports(tmp_path):
    # sanity check of the walker on this repository's own files
    names = [n for _, n in imported_names(PKG / "domain" / "tax.py")]
    assert "storedesk.domain.money" in names
    names = [n for _, n in imported_names(PKG / "services" / "receipts.py")]
    assert "storedesk.adapters.printing.receipt_pdf" in names  # a lazy import inside a function


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer):
    folder = PKG / layer
    if not folder.is_dir():
        pytest.skip(f"src/storedesk/{layer} does not exist (yet)")
    files = sorted(folder.rglob("*.py"))
    if not files:
        pytest.skip(f"src/storedesk/{layer} has no modules (yet)")
    violations = []
    for path in files:
        for lineno, name in imported_names(path):
            rule = forbidden(name, RULES[layer])
            if rule:
                violations.append(f"{path.relative_to(SRC)}:{lineno} imports {name} (no {rule} in {layer})")
    assert not violations, "\n".join(violations)


def test_domain_and_services_exist():
    assert (PKG / "domain").is_dir() and (PKG / "services").is_dir()
