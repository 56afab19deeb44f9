"""The screens' language: Qt's translator, loaded with the compiled `.qm` of one language.

Screens write every word through `tr(context, source, n=None, **values)`, which is
`QCoreApplication.translate` with `{name}` values filled in afterwards (no sentence is glued
from pieces), and show a domain error's `Message` with `text()`. Which language: the signed-in
user's, else the system's (as desktop programs do), else the store's (`ui_language`). The
`.qm` files are compiled from `resources/i18n` when the package is installed or built; a checkout
without them gets them compiled on first use into the user's cache.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..i18n import Message, is_rtl, known_language
from ..i18n.catalog import i18n_dir
from ..i18n.formats import fmt_number, use_screen_language

log = logging.getLogger(__name__)

_installed: QTranslator | None = None
_language = "en"


def tr(context: str, source: str, n: int | None = None, **values: Any) -> str:
    """The sentence in the screens' language: tr("sale", "Total"), tr("sale", "%n line(s)", n=3),
    tr("sale", "Change {amount}", amount=money(...)). Counts are written in the store's locale."""
    if n is None:
        text = QCoreApplication.translate(context, source)
    else:
        # Qt picks the plural form and writes %n as plain digits: a large count gets the
        # store's grouping ("1 204 produits")
        text = QCoreApplication.translate(context, source, None, n)
        if text == source.replace("%n", str(n)):
            # no .qm loaded has it (none installed yet, or a function tested without the app):
            # the .ts files' forms, so that English never says "1 line(s)"
            from ..i18n import translator

            text = translator(_language).translate(context, source, n)
        elif abs(n) >= 1000:
            text = text.replace(str(n), fmt_number(n), 1)
    return text.format(**values) if values else text


def text(message: Message | str | BaseException) -> str:
    """What a person reads for an error or a message: a `Message` in the screens' language."""
    if isinstance(message, BaseException):
        message = getattr(message, "text", None) or getattr(message, "message", None) or str(message)
    if isinstance(message, str):
        return message
    values = {k: text(v) if isinstance(v, Message) else v for k, v in message.params.items()}
    return tr(message.context, message.source, message.n, **values)


def system_language() -> str | None:
    return known_language(QLocale.system().name())


def ui_language(user_language: str | None, store_language: str | None, system: str | None = None) -> str:
    """The user's language, else the system's, else the store's, else English."""
    return (
        known_language(user_language)
        or known_language(system if system is not None else system_language())
        or known_language(store_language)
        or "en"
    )


def current_language() -> str:
    return _language


def qm_path(language: str) -> Path | None:
    """The compiled file for a language: beside the .ts files (installed, built), else the cache."""
    shipped = i18n_dir() / f"storedesk_{language}.qm"
    sources = list((i18n_dir() / language).glob("*.ts"))
    newest = max((p.stat().st_mtime for p in sources), default=0.0)
    if shipped.is_file() and shipped.stat().st_mtime >= newest:
        return shipped
    import hashlib

    import platformdirs

    from ..i18n.tool import compile_all

    # one cache per checkout: two checkouts' sentences never mix
    tag = hashlib.sha1(str(i18n_dir().resolve()).encode()).hexdigest()[:12]
    cache = Path(platformdirs.user_cache_dir("storedesk", "storedesk")) / "i18n" / tag
    cached = cache / f"storedesk_{language}.qm"
    if not cached.is_file() or cached.stat().st_mtime < newest:
        try:
            compile_all(cache)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("cannot compile the translations: %s", exc)
            return None
    return cached if cached.is_file() else None


def install_language(language: str, app: QCoreApplication | None = None) -> str:
    """Make `language` the screens' language (widgets built afterwards use it); returns it."""
    global _installed, _language
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication")
    language = known_language(language) or "en"
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed.deleteLater()
        _installed = None
    path = qm_path(language)  # English too: its plural forms are written there
    if path is not None:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed = translator
        else:
            log.warning("cannot load %s", path)
    _language = language
    use_screen_language(language)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight)
    return language
