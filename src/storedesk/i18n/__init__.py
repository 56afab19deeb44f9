"""The store's language: translations and local formats, without Qt.

- `msg(context, source, n=None, **params)` marks a sentence for translation and keeps it
  unformatted (`Message`): a clerk's error is shown in the user's language, logged in English.
- `translator(language).translate(context, source, n=None, **params)` translates what is printed
  outside Qt (receipts, reports, pick lists, notifications) in the store's language.
- `formats` writes money, numbers, percentages, dates and times in the store's locale (babel).

The screens use Qt's own system (`ui/translation.py`: `tr()`, a compiled `.qm` per language);
both read the same Qt `.ts` files under `resources/i18n/<language>/`, which
`python -m storedesk.i18n.tool` extracts from the code and checks.
"""

from __future__ import annotations

from .catalog import Translator, translator
from .formats import store_language, store_locale, use_store_language, use_store_locale
from .languages import LANGUAGES, SOURCE_LANGUAGE, is_rtl, known_language
from .message import Message, msg, noop

__all__ = [
    "LANGUAGES",
    "SOURCE_LANGUAGE",
    "Message",
    "Translator",
    "is_rtl",
    "known_language",
    "msg",
    "noop",
    "translator",
    "paper",
    "store_language",
    "store_locale",
    "use_store_language",
    "use_store_locale",
]


def paper() -> Translator:
    """The translator of what the customer reads: the store's language (receipts, reports)."""
    return translator(store_language())
