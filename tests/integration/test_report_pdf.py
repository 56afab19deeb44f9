"""X and Z reports as PDF (A4 and 80 mm) and from the command line: checked by their text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_shifts import COUNTED, scripted_day
from tests.helpers.stations import query as q

from storedesk.cli import main
from storedesk.domain.errors import DomainError
from storedesk.i18n import paper
from storedesk.services import reports, shift


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def closed_day(pinned):
    st = pinned
    scripted_day(st)
    z = shift.close_shift(st.uow, st.user("max"), COUNTED, {"card": "17.63"}, data_dir=st.data_dir)
    return st, z


def test_z_pdf_a4_shows_the_figures(closed_day):
    st, z = closed_day
    a4, roll = z.pdfs
    assert a4.name == "PAR01-T1-Z000001.pdf" and roll.name == "PAR01-T1-Z000001-80mm.pdf"
    text = text_of(a4)
    for expected in (
        "Z report no. 1",
        "shift 1",
        "150.00",
        "29.90",
        "20.00",
        "-4.20",
        "195.70",
        "195.60",
        "-0.10",
        "short by",
        "17.63",
        "47.55",
        "48.40",
        "-0.85",
        "-0.02",
        "16.19",
        "45.22",
        "2.33",
        "5.05",
        "1.01",
        "6.06",
        "23.98",
        "1.32",
        "25.30",
        "5.5%",
        "20%",
        "PAR01-T1-000001",
        "PAR01-T1-000004",
        "Period total",
        "Perpetual grand total",
        "Sales by hour",
        "By category",
        "By clerk",
        "Ana",
        "Sam",
        "40.08",
        "7.47",
        "milk for the staff room",
        "coins from the bank",
        "change for a note",
        "Returns (0)",
        "Voided lines (1)",
        "Counted by",
    ):
        assert expected in text, expected
    seq, digest = q(st, "SELECT seq, hash FROM journal WHERE kind = 'no_sale'")[0]
    assert f"no. {seq}" in text and digest in text.replace("\n", "")
    assert "COPY" not in text


def test_z_pdf_80mm_shows_the_figures(closed_day):
    _st, z = closed_day
    text = text_of(z.pdfs[1])
    for expected in (
        "Z REPORT NO. 1",
        "195.70",
        "195.60",
        "-0.10",
        "47.55",
        "17.63",
        "B 5.5%",
        "Perpetual grand total",
    ):
        assert expected in text, expected
    assert len(PdfReader(str(z.pdfs[1])).pages) == 1  # one strip of roll


def test_reprint_is_marked_copy_and_shows_the_same_frozen_figures(closed_day):
    st, z = closed_day
    again = reports.z_report(st.uow, st.user("max"), st.data_dir)
    assert again.report.copy and again.path.name == "PAR01-T1-Z000001-copy-1.pdf"
    text = text_of(again.path)
    assert "DUPLICATE No. 1" in text and "195.60" in text and "47.55" in text  # its journaled number (issue 19)
    roll = reports.z_report(st.uow, st.user("max"), st.data_dir, number=1, paper="80mm")
    assert "DUPLICATE No. 2" in text_of(roll.path) and roll.path.name.endswith("-copy-2-80mm.pdf")
    assert again.report == z.report.as_copy()


def test_x_report_pdf_says_nothing_is_reset(pinned):
    st = pinned
    scripted_day(st)
    x = reports.x_report(st.uow, st.user("sam"), st.data_dir)  # a supervisor may print reports
    text = text_of(x.path)
    assert "X report (reading: nothing reset)" in text and "195.70" in text and "not counted" in text
    assert x.path.parent == st.data_dir / "reports" / x.report.business_date[:7]


def test_cli_report_x_and_z(closed_day, tmp_path, capsys):
    st, _z = closed_day
    folder = str(st.data_dir)
    st.close()  # the command opens the folder itself

    def run(*argv):
        code = main([*argv, "--data-dir", folder])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run("report", "z", "--last", "--out", str(tmp_path / "z.pdf"))
    assert code == 0 and "Z report 1 (duplicate no. 1)" in out and "period total €47.55" in out
    # the paper is in the store's language, which the command set when it opened the station
    assert paper().translate("receipt", "DUPLICATE No. {number}", number=1) in text_of(tmp_path / "z.pdf")
    code, out, _ = run("report", "z", "--number", "1", "--paper", "80mm", "--out", str(tmp_path / "z80.pdf"))
    assert code == 0 and paper().translate("report", "Z report no. {number}", number=1).upper() in text_of(
        tmp_path / "z80.pdf"
    )
    code, _, err = run("report", "z", "--number", "2", "--out", str(tmp_path / "none.pdf"))
    assert code == 1 and "There is no Z report 2" in err and not (tmp_path / "none.pdf").exists()
    code, _, err = run("report", "z", "--out", str(tmp_path / "none.pdf"))
    assert code == 2 and "closing the shift in the app" in err
    code, _, err = run("report", "x", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "No shift is open" in err
    code, _, err = run("report", "x", "--last", "--out", str(tmp_path / "x.pdf"))
    assert code == 2
    code, _, err = run("report", "z", "--number", "0", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "whole number from 1" in err
    st.open()
    shift.open_shift(st.uow, st.user("max"), {"50": 2})
    st.close()
    code, out, _ = run("report", "x", "--out", str(tmp_path / "x.pdf"))
    assert code == 0 and "X report of shift 2" in out and "cash expected €100.00" in out
    assert paper().translate("report", "X report (reading: nothing reset)") in text_of(tmp_path / "x.pdf")
    st.open()


def test_a_z_for_a_long_shift_renders_from_the_frozen_row(closed_day):
    st, _z = closed_day
    frozen = json.loads(q(st, "SELECT totals FROM z_reports")[0][0])
    assert frozen["kind"] == "Z" and frozen["gross_minor"] == 4755 and frozen["cash_difference_minor"] == -10


def fake_lp(folder: Path, code: int = 0) -> Path:
    """An `lp` that records its arguments (and fails with `code` when not 0)."""
    folder.mkdir(parents=True, exist_ok=True)
    lp = folder / "lp"
    lp.write_text(
        f'#!/bin/sh\necho "$@" > {folder}/args\n'
        + (
            "echo 'request id is A4-17 (1 file(s))'\n"
            if code == 0
            else "echo 'lp: The printer or class does not exist.' >&2\n"
        )
        + f"exit {code}\n"
    )
    lp.chmod(0o755)
    return folder


def test_a_report_goes_to_the_system_print_queue(closed_day, tmp_path, monkeypatch):
    st, z = closed_day
    bin_dir = fake_lp(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    assert reports.print_pdf(st.uow, z.pdfs[0]) == "request id is A4-17 (1 file(s))"
    assert (bin_dir / "args").read_text().split() == [str(z.pdfs[0])]
    from storedesk.services import settings

    settings.set_setting(st.uow, "report_printer", "Office_A4")
    reports.print_pdf(st.uow, z.pdfs[0])
    assert (bin_dir / "args").read_text().split() == ["-d", "Office_A4", str(z.pdfs[0])]
    with pytest.raises(DomainError, match="report_printer must be empty"):
        settings.set_setting(st.uow, "report_printer", "bad queue; rm")


def test_printing_problems_are_said_plainly(closed_day, tmp_path, monkeypatch):
    st, z = closed_day
    monkeypatch.setenv("PATH", str(fake_lp(tmp_path / "bad", code=1)))
    with pytest.raises(DomainError, match="refused the report: lp: The printer or class does not exist"):
        reports.print_pdf(st.uow, z.pdfs[0])
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(DomainError, match="no print command"):
        reports.print_pdf(st.uow, z.pdfs[0])
    with pytest.raises(DomainError, match="does not exist"):
        reports.print_pdf(st.uow, tmp_path / "gone.pdf")
