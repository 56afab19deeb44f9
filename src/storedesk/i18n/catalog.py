"""Translations read from the Qt `.ts` files, for what is printed outside Qt.

The screens load the same sentences compiled to `.qm` into a QTranslator; receipts, reports and
notifications (no Qt there: the hub has none) read the `.ts` files here. One source, one
completeness test (tests/unit/test_translations.py).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale

from ..paths import resources_dir
from .languages import LANGUAGES
from .message import Message, fill


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


@dataclass(frozen=True)
class Entry:
    """One sentence of a `.ts` file: its translation, or its plural forms, or nothing yet."""

    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]  # one item unless numerus
    finished: bool


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type") or ""
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            if kind in ("obsolete", "vanished"):
                continue
            entries.append(Entry(name, message.findtext("source") or "", numerus, forms, kind != "unfinished"))
    return entries


def plural_index(language: str, n: int) -> int:
    """Which plural form a count takes: 0 singular, 1 plural (CLDR's rule through babel: French
    says "0 article", English "0 items"); the languages shipped have two forms."""
    return 0 if Locale.parse(language).plural_form(abs(n)) == "one" else 1


class Translator:
    """The sentences of one language. Unknown or unfinished sentences stay English."""

    def __init__(self, language: str, folder: Path | None = None):
        self.language = language
        self.table: dict[tuple[str, str], tuple[str, ...]] = {}
        for path in sorted(((folder or i18n_dir()) / language).glob("*.ts")):
            for entry in read_ts(path):
                if entry.finished and all(entry.forms):
                    self.table[(entry.context, entry.source)] = entry.forms

    def translate(self, context: str, source: str, n: int | None = None, **params: Any) -> str:
        from .formats import fmt_number

        forms = self.table.get((context, source))
        if forms is None:
            text = source
        elif n is None or len(forms) == 1:
            text = forms[0]
        else:
            text = forms[min(plural_index(self.language, n), len(forms) - 1)]
        return fill(text, n, params, fmt_number)

    def text(self, message: Message | str) -> str:
        """A `Message` in this language (and any value that is a Message too); a plain string as it is."""
        if isinstance(message, str):
            return message
        values = {k: self.text(v) if isinstance(v, Message) else v for k, v in message.params.items()}
        return self.translate(message.context, message.source, message.n, **values)


@cache
def translator(language: str) -> Translator:
    """The translator of a language storedesk has, else English's (cached: the files are read once)."""
    return Translator(language if language in LANGUAGES else "en")
