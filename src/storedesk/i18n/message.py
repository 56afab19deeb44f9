"""A sentence marked for translation, kept with its values until someone reads it.

Domain and service code raise errors whose words a clerk reads in their own language while the
log keeps English: `msg("scan", "No product has the code {code}", code=code)` builds a
`Message`; `str()` gives English, `ui/translation.text()` the user's language,
`Translator.text()` a paper's. `%n` in the sentence is the count `n`, which also picks the
plural form ("%n line(s)" -> "1 line", "3 lines"; French "0 ligne", "2 lignes").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    n: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        # English: the source itself, with English plurals from the English catalog
        from .catalog import translator

        return translator("en").text(self)


def msg(context: str, source: str, n: int | None = None, **params: Any) -> Message:
    """Mark `source` for translation in `context` (the tool extracts it); nothing is translated yet."""
    return Message(context, source, n, params)


def noop(context: str, source: str) -> str:
    """Mark a sentence kept in a table (key captions, column titles) for the extractor; it is
    translated where it is shown, with the same context."""
    return source


def fill(text: str, n: int | None, params: dict[str, Any], number) -> str:
    """Put the values into a translated sentence: `%n` is the count, `{name}` a value.
    The count is written with `number` (the store's grouping); values are used as they come
    (money, dates and quantities are formatted by the caller, in the store's locale)."""
    if n is not None:
        text = text.replace("%n", number(n))
    if params:
        text = text.format(**params)
    return text
