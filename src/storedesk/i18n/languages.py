"""The languages storedesk speaks, named in their own words (as a language menu shows them)."""

from __future__ import annotations

SOURCE_LANGUAGE = "en"  # the code's own sentences are English

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
}

# Written right to left: Qt mirrors the layout for these (none is shipped yet; see README).
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})


def _base(code: str) -> str:
    return code.replace("-", "_").split("_")[0].lower()


def known_language(code: str | None) -> str | None:
    """ "fr", "fr_FR", "fr-CA" -> "fr" when storedesk has French; anything else -> None."""
    if not code:
        return None
    base = _base(code)
    return base if base in LANGUAGES else None


def is_rtl(code: str) -> bool:
    return _base(code) in RIGHT_TO_LEFT
