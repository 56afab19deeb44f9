"""Every sentence a person reads is translated in every language, with the same placeholders.

The sentences are those the code marks (`tr`, `translate`, `msg`, `noop`); the translations are
Qt `.ts` files under resources/i18n/<language>/. This test fails on a sentence missing from a
language, an unfinished one, and a translation whose `{placeholders}` or `%n` differ from the
source's. `python -m storedesk.i18n.tool check` prints the same list; `todo`/`fill` mend it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storedesk.i18n import LANGUAGES, Translator, msg
from storedesk.i18n.catalog import Entry, plural_index
from storedesk.i18n.tool import Found, extract_file, placeholders, problems, write_ts


def test_every_sentence_is_translated_in_every_language():
    found = problems()
    assert not found, f"{len(found)} translation problems:\n" + "\n".join(found[:60])


def test_five_languages_are_shipped():
    assert set(LANGUAGES) == {"en", "fr", "de", "es", "it"}
    root = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    for language in LANGUAGES:
        assert sorted(p.name for p in (root / language).glob("*.ts")), language


def test_the_extractor_reads_contexts_plurals_and_skips_what_it_cannot_know(tmp_path):
    package = tmp_path / "storedesk"
    (package / "ui").mkdir(parents=True)
    source = package / "ui" / "x.py"
    source.write_text(
        "tr('sale', 'Total')\n"
        "tr('sale', '%n line(s)', n=count)\n"
        "msg('scan', 'No product has the code {code}', code=c)\n"
        "translate('receipt', 'Change '\n 'due')\n"
        "'abc'.translate(table)\n"
        "tr('sale', caption)\n",
        encoding="utf-8",
    )
    import storedesk.i18n.tool as tool

    saved = tool.PACKAGE
    tool.PACKAGE = package
    try:
        found = extract_file(source)
    finally:
        tool.PACKAGE = saved
    assert found == [
        Found("sale", "Total", False, "ui/x.py"),
        Found("sale", "%n line(s)", True, "ui/x.py"),
        Found("scan", "No product has the code {code}", False, "ui/x.py"),
        Found("receipt", "Change due", False, "ui/x.py"),
    ]


def test_placeholders_are_names_and_the_count():
    assert placeholders("Change {amount} for %n item(s)") == {"amount", "%n"}
    assert placeholders("Total") == set()


@pytest.mark.parametrize(
    ("language", "n", "form"),
    [("fr", 0, 0), ("fr", 1, 0), ("fr", 2, 1), ("en", 0, 1), ("en", 1, 0), ("de", 1, 0), ("de", 0, 1), ("es", 2, 1)],
)
def test_plural_forms_follow_the_language(language, n, form):
    assert plural_index(language, n) == form


def test_a_translator_reads_ts_files_and_fills_values(tmp_path):
    total = Found("sale", "Change {amount}", False, "ui/sale/x.py")
    lines = Found("sale", "%n line(s)", True, "ui/sale/x.py")
    half = Found("sale", "Half done", False, "ui/sale/x.py")
    write_ts(
        tmp_path / "fr" / "counter.ts",
        "fr",
        [
            (total, Entry("sale", total.source, False, ("Rendu {amount}",), True)),
            (lines, Entry("sale", lines.source, True, ("%n ligne", "%n lignes"), True)),
            (half, Entry("sale", half.source, False, ("À moitié",), False)),  # unfinished: not used
        ],
    )
    fr = Translator("fr", tmp_path)
    assert fr.translate("sale", "Change {amount}", amount="2,00 €") == "Rendu 2,00 €"
    assert [fr.translate("sale", "%n line(s)", n=k) for k in (0, 1, 2)] == ["0 ligne", "1 ligne", "2 lignes"]
    assert fr.translate("sale", "Half done") == "Half done"
    assert fr.text(msg("sale", "Change {amount}", amount="1,00 €")) == "Rendu 1,00 €"
    assert fr.text("plain words") == "plain words"


def test_a_message_reads_english_in_logs():
    assert str(msg("scan", "No product has the code {code}", code="123")) == "No product has the code 123"


def test_a_value_that_is_a_message_is_translated_too(tmp_path):
    outer = Found("disk", "Not written ({reason})", False, "services/x.py")
    inner = Found("disk", "the disk is full", False, "services/x.py")
    write_ts(
        tmp_path / "fr" / "messages.ts",
        "fr",
        [
            (outer, Entry("disk", outer.source, False, ("Non écrit ({reason})",), True)),
            (inner, Entry("disk", inner.source, False, ("le disque est plein",), True)),
        ],
    )
    fr = Translator("fr", tmp_path)
    nested = msg("disk", "Not written ({reason})", reason=msg("disk", "the disk is full"))
    assert fr.text(nested) == "Non écrit (le disque est plein)"
    assert str(nested) == "Not written (the disk is full)"
