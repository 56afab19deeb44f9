"""Every benchmark still runs on a small data set and prints `name value unit` lines.

Benchmarks are not pass/fail tests: no figure is asserted. But a schema change once broke three
of them silently (a new column, a number the hub now refuses); this keeps them runnable.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIGURE = re.compile(r"^[a-z0-9_]+ -?[0-9.]+ \S+$")


def _run(script: str, *args: str, tmp: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = [line for line in done.stdout.splitlines() if FIGURE.match(line)]
    assert figures, done.stdout[-3000:]
    return figures


@pytest.mark.slow
@pytest.mark.parametrize(
    "script, args",
    [
        ("counter.py", ["--products", "2000"]),
        ("reports.py", ["--receipts", "60"]),
        ("stock.py", ["--products", "2000", "--movements", "120000", "--samples", "5"]),
        ("sync.py", ["--sales", "40"]),
        ("hub_ingest.py", ["--events", "100", "--batch", "50"]),
        ("pickup.py", ["--open", "40", "--closed", "40", "--runs", "5"]),
        ("search_count.py", ["--products", "2000", "--runs", "2"]),
        ("catalog.py", ["--rows", "2000"]),
        ("fiscal.py", ["--entries", "2000", "--samples", "50"]),
        ("pricing.py", ["--promotions", "500", "--lines", "20", "--skus", "500", "--runs", "20"]),
        (
            "availability.py",
            ["--locations", "20", "--rows", "20000", "--skus", "500", "--per-location", "100", "--orders", "200"]
            + ["--queries", "20"],
        ),
    ],
)
def test_benchmark_runs(script, args, tmp_path):
    dir_args = ["--dir", str(tmp_path / "data")] if script != "sync.py" and script != "hub_ingest.py" else []
    figures = _run(script, *args, *dir_args, tmp=tmp_path)
    assert len({line.split()[0] for line in figures}) == len(figures)  # each figure named once
