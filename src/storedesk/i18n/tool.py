"""Keep the translations in step with the code: `python -m storedesk.i18n.tool COMMAND`.

    update [AREA...]  extract every marked sentence from src/storedesk into resources/i18n/<lang>/<area>.ts
    todo LANG [AREA]  print the unfinished sentences of a language as JSON, to translate
    fill LANG FILE    take translations from such a JSON file (a string, or a list of plural forms)
    check             list what is missing, unfinished or has other placeholders; exit 1 if anything
    compile [DIR]     compile each language's .ts files into one storedesk_<lang>.qm (pyside6-lrelease)

Sentences are marked with `tr(context, source)` (screens), `translate(context, source)` (papers),
`msg(context, source)` (errors) and `noop(context, source)` (tables); a third argument or `n=` makes
it a plural. Qt's lupdate is not used: its Python reader loses keyword arguments and plural forms.
The files are Qt's `.ts` format, so Qt Linguist edits them too. The areas only split the files so
that several people can translate at once without touching the same file.
"""

from __future__ import annotations

import ast
import fcntl
import json
import os
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .catalog import Entry, i18n_dir, read_ts
from .languages import LANGUAGES, SOURCE_LANGUAGE

PACKAGE = Path(__file__).resolve().parents[1]  # src/storedesk
MARKERS = {"tr", "translate", "msg", "noop", "QT_TRANSLATE_NOOP"}

# Which file of each language a sentence goes to, by where it is written (first match wins).
AREAS: list[tuple[str, tuple[str, ...]]] = [
    (
        "counter",
        (
            "ui/sale/",
            "ui/payment_dialog.py",
            "ui/keymap.py",
            "ui/keyed_panel.py",
            "ui/widgets.py",
            "ui/wording.py",
            "ui/dialogs.py",
            "ui/focus.py",
            "ui/voucher_bridge.py",
            "ui/translation.py",
        ),
    ),
    ("desks", ("ui/returns/", "ui/pickup/")),
    ("access", ("ui/accessibility.py", "ui/theme.py", "ui/style.py", "ui/palette.py")),
    (
        "station",
        (
            "ui/main_window.py",
            "ui/app.py",
            "ui/single_instance.py",
            "ui/qt_log.py",
            "ui/sync_runner.py",
        ),
    ),
    ("back_office", ("ui/",)),
    (
        "papers",
        (
            "adapters/printing/",
            "domain/receipt.py",
            "domain/shift_report.py",
            "services/receipts.py",
            "services/returns/printing.py",
            "hub/orders/notify",
        ),
    ),
    ("rules", ("domain/", "sync/", "adapters/", "i18n/")),
    ("hub", ("hub/",)),
    ("messages", ("",)),
]


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    numerus: bool
    path: str  # relative to src/storedesk


def area_of(path: str) -> str:
    return next(name for name, prefixes in AREAS if any(path.startswith(p) for p in prefixes))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def extract_file(path: Path) -> list[Found]:
    rel = path.relative_to(PACKAGE).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or _name(node.func) not in MARKERS or len(node.args) < 2:
            continue
        ctx, src = node.args[0], node.args[1]
        if not (isinstance(ctx, ast.Constant) and isinstance(ctx.value, str)):
            continue
        if not (isinstance(src, ast.Constant) and isinstance(src.value, str)):
            continue
        third = node.args[2] if len(node.args) > 2 else None
        numerus = (third is not None and not (isinstance(third, ast.Constant) and third.value is None)) or any(
            k.arg == "n" for k in node.keywords
        )
        found.append(Found(ctx.value, src.value, numerus, rel))
    return found


def extract(package: Path = PACKAGE) -> dict[tuple[str, str], Found]:
    """Every marked sentence of the code, first place first (sorted paths: a stable result)."""
    out: dict[tuple[str, str], Found] = {}
    for path in sorted(package.rglob("*.py")):
        if "migrations" in path.relative_to(package).parts:
            continue
        for f in extract_file(path):
            key = (f.context, f.source)
            if key in out:
                if f.numerus and not out[key].numerus:
                    out[key] = Found(f.context, f.source, True, out[key].path)
                continue
            out[key] = f
    return out


def placeholders(text: str) -> set[str]:
    names = {f[1] for f in string.Formatter().parse(text) if f[1] is not None}
    return names | ({"%n"} if "%n" in text else set())


def _safe_placeholders(text: str) -> set[str] | None:
    try:
        return placeholders(text)
    except ValueError:
        return None  # an unbalanced brace: never equal to the source's


# ---- .ts files -------------------------------------------------------------------------------
def ts_path(language: str, area: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / language / f"{area}.ts"


def existing(language: str, folder: Path | None = None) -> dict[tuple[str, str], Entry]:
    out: dict[tuple[str, str], Entry] = {}
    base = (folder or i18n_dir()) / language
    for path in sorted(base.glob("*.ts")) if base.is_dir() else []:
        for e in read_ts(path):
            key = (e.context, e.source)
            if key not in out or not out[key].finished:  # a sentence that moved keeps its translation
                out[key] = e
    return out


def write_ts(path: Path, language: str, entries: list[tuple[Found, Entry | None]]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[tuple[Found, Entry | None]]] = {}
    for found, entry in sorted(entries, key=lambda fe: (fe[0].context, fe[0].source)):
        by_context.setdefault(found.context, []).append((found, entry))
    for context, items in by_context.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for found, entry in items:
            m = ET.SubElement(ctx, "message", numerus="yes") if found.numerus else ET.SubElement(ctx, "message")
            ET.SubElement(m, "location", filename=f"../../../src/storedesk/{found.path}")
            ET.SubElement(m, "source").text = found.source
            t = ET.SubElement(m, "translation")
            forms: tuple[str, ...] = ()
            if entry is not None and entry.numerus == found.numerus:
                forms = entry.forms
            if language == SOURCE_LANGUAGE and not found.numerus:
                forms = (found.source,)  # English is the source: only its plurals need writing
            finished = bool(forms) and all(forms) and (entry is None or entry.finished or language == SOURCE_LANGUAGE)
            if not finished:
                t.set("type", "unfinished")
            if found.numerus:
                for i in range(2):
                    ET.SubElement(t, "numerusform").text = forms[i] if len(forms) > i else ""
            else:
                t.text = forms[0] if forms else ""
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _write_areas(
    language: str, old: dict, areas: set[str], found: dict[tuple[str, str], Found], folder: Path | None = None
) -> None:
    """Rewrite only these areas' files: people translating other areas keep theirs untouched."""
    per_area: dict[str, list[tuple[Found, Entry | None]]] = {area: [] for area, _ in AREAS}
    for key, f in found.items():
        per_area[area_of(f.path)].append((f, old.get(key)))
    for area in areas:
        write_ts(ts_path(language, area, folder), language, per_area[area])


def update(areas: list[str] | None = None, folder: Path | None = None) -> None:
    chosen = set(areas or [name for name, _ in AREAS])
    unknown = chosen - {name for name, _ in AREAS}
    if unknown:
        raise SystemExit(f"unknown area(s) {sorted(unknown)}; areas: {[name for name, _ in AREAS]}")
    found = extract()  # the code is read once for every language
    for language in LANGUAGES:
        _write_areas(language, existing(language, folder), chosen, found, folder)


def problems(folder: Path | None = None) -> list[str]:
    """What keeps a language from being complete: the completeness test fails on any of these."""
    found = extract()
    out = []
    for language in LANGUAGES:
        have = existing(language, folder)
        for key, f in sorted(found.items()):
            where = f"{language}: [{f.context}] {f.source!r} ({f.path})"
            e = have.get(key)
            if e is None:
                out.append(f"{where}: missing (run `python -m storedesk.i18n.tool update`)")
            elif e.numerus != f.numerus:
                out.append(f"{where}: plural in one place and not the other (run update)")
            elif not e.finished or not e.forms or not all(e.forms):
                out.append(f"{where}: unfinished")
            else:
                want = placeholders(f.source)
                for form in e.forms:
                    if _safe_placeholders(form) != want:
                        out.append(f"{where}: placeholders {sorted(want)} but {form!r}")
    return out


def todo(language: str, area: str | None = None) -> dict[str, dict[str, str | list[str]]]:
    found = extract()
    have = existing(language)
    out: dict[str, dict[str, str | list[str]]] = {}
    for key, f in sorted(found.items()):
        if area and area_of(f.path) != area:
            continue
        e = have.get(key)
        if e is not None and e.finished and e.forms and all(e.forms) and e.numerus == f.numerus:
            continue
        out.setdefault(f.context, {})[f.source] = ["", ""] if f.numerus else ""
    return out


def fill(language: str, data: dict[str, dict[str, str | list[str]]]) -> list[str]:
    """Write translations into the language's files; returns the refusals (placeholders, plurals)."""
    found = extract()
    old = existing(language)
    refused = []
    touched: set[str] = set()
    for context, sources in data.items():
        for source, value in sources.items():
            key = (context, source)
            f = found.get(key)
            if f is None:
                refused.append(f"[{context}] {source!r}: not in the code")
                continue
            forms = tuple(value) if isinstance(value, list) else (value,)
            if f.numerus != (len(forms) == 2) or not all(forms):
                refused.append(f"[{context}] {source!r}: give {'two plural forms' if f.numerus else 'one string'}")
                continue
            if any(_safe_placeholders(form) != placeholders(source) for form in forms):
                refused.append(f"[{context}] {source!r}: placeholders differ in {forms!r}")
                continue
            old[key] = Entry(context, source, f.numerus, forms, True)
            touched.add(area_of(f.path))
    _write_areas(language, old, touched, found)
    return refused


def lrelease() -> Path:
    """Qt's compiler, shipped inside the PySide6 wheel (found without importing Qt)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise OSError("PySide6 is not installed: its pyside6-lrelease compiles the translations")
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(spec.origin).resolve().parent / name


def compile_all(out_dir: Path | None = None, folder: Path | None = None) -> list[Path]:
    """One `.qm` per language from its `.ts` files, with Qt's own compiler (at install and build)."""
    src = folder or i18n_dir()
    out = out_dir or src
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        inputs = sorted(str(p) for p in (src / language).glob("*.ts"))
        if not inputs:
            continue
        qm = out / f"storedesk_{language}.qm"
        # a running station maps the old file: write a new one and swap it in, never overwrite
        fresh = out / f".storedesk_{language}.{os.getpid()}.qm"
        subprocess.run([str(lrelease()), "-silent", *inputs, "-qm", str(fresh)], check=True)
        os.replace(fresh, qm)
        made.append(qm)
    return made


@contextmanager
def _one_writer() -> Iterator[None]:
    """Several people (or helpers) update and fill the .ts files at once: one at a time, so that
    no one's read-modify-write loses another's sentences."""
    with open(i18n_dir() / ".tool.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "check"
    if command in ("update", "fill"):
        with _one_writer():
            return _run(command, args)
    return _run(command, args)


def _run(command: str, args: list[str]) -> int:
    if command == "update":
        update(args)
    elif command == "todo":
        print(json.dumps(todo(args[0], args[1] if len(args) > 1 else None), ensure_ascii=False, indent=1))
    elif command == "fill":
        refused = fill(args[0], json.loads(Path(args[1]).read_text(encoding="utf-8")))
        print("\n".join(refused) or "ok")
        return 1 if refused else 0
    elif command == "check":
        found = problems()
        print("\n".join(found[:200]) + (f"\n... {len(found)} in all" if len(found) > 200 else "") if found else "ok")
        return 1 if found else 0
    elif command == "compile":
        for qm in compile_all(Path(args[0]) if args else None):
            print(qm)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
