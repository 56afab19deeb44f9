"""The words after a save whose printing failed on the disk: one place (ui/ops.message_after)
turns an OSError into the clerk's words, for a sale's receipt, a return's and a handover slip."""

from __future__ import annotations

import errno
import os

import pytest

from storedesk.ui.ops import message_after

SAVED = "Sale PAR01-T1-000009 is saved; its receipt was not printed:"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "the receipts folder may not be written to (permission denied)"),
        (errno.EROFS, "the disk is read-only"),
    ],
)
def test_a_disk_problem_after_a_save_reads_in_a_clerks_words(code, words):
    exc = OSError(code, os.strerror(code), "receipts/2026-12/PAR01-T1-000009.pdf")
    assert message_after(SAVED, exc) == f"{SAVED} {words}."
