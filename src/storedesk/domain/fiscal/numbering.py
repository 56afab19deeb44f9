"""Gapless document numbers (rule 3, issue 19 "a removed document is found by its number").

A station numbers its receipts, returns and Zs without gaps ("PAR01-T1-000001", "PAR01-T1-R000001",
"PAR01-T1-Z000001"), so a number missing from the journal between 1 and the highest one the station
made is a removed document, found by its number even where the chain was rewritten around it or its
tail cut off. The only numbers left out on purpose are those a restore without the hub skipped (its
"gap" journal entry lists a range per counter, services/restore/gap.py).

`missing_numbers` is used by the station's `journal verify` (services/journal.py) and by the hub's
(hub/fiscal/verify.py). It is bounded whatever the input: it never builds the list of every number
in a series (only the ranges missing between the numbers it is given, and at most `limit` of the
missing numbers as text), and it refuses a skipped range that is not a pair of whole numbers at
most MAX_SKIPPED_WIDTH wide (a forged "gap" entry cannot excuse a removed document it does not
cover, nor make the check build a huge range).

Pure domain: the numbers come in as ints per series prefix.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ...i18n import Message, msg

MAX_SKIPPED_WIDTH = 1000  # services/restore/pending.SKIP numbers per counter, with room to spare
WIDTH = 6  # digits of a document number


@dataclass(frozen=True)
class Series:
    """One gapless series of a station: its counter (services/restore/gap.py names the skipped
    ranges by it), the journal kind of its documents and their number's prefix."""

    counter: str  # "receipt:T1"
    kind: str  # "sale"
    prefix: str  # "PAR01-T1-"


# counter base name, journal kind, letter before the digits (services/sale.py, returns, shift.py)
_SERIES = (("receipt", "sale", ""), ("return", "return", "R"), ("z", "shift_close", "Z"))


def station_series(store: str, station: str) -> tuple[Series, ...]:
    """The numbered series of a station: receipts, returns and Zs."""
    return tuple(Series(f"{base}:{station}", kind, f"{store}-{station}-{letter}") for base, kind, letter in _SERIES)


def skipped_by_prefix(series: Iterable[Series], gap_payloads: Iterable[Mapping]) -> dict[str, list[object]]:
    """The ranges restores skipped, by series prefix, from the "gap" entries' payloads (their
    "skipped": counter -> [first, last]); values are passed on as found, for missing_numbers to check."""
    by_counter = {s.counter: s.prefix for s in series}
    out: dict[str, list[object]] = {}
    for payload in gap_payloads:
        skipped = payload.get("skipped") if isinstance(payload, Mapping) else None
        if not isinstance(skipped, Mapping):
            continue
        for counter, value in skipped.items():
            if counter in by_counter:
                out.setdefault(by_counter[counter], []).append(value)
    return out


def split_number(doc_ref: str, prefix: str) -> int | None:
    """The number of `doc_ref` in the series `prefix` ("PAR01-T1-R000007" in "PAR01-T1-R" -> 7),
    None when it is not one of that series."""
    if not doc_ref.startswith(prefix):
        return None
    digits = doc_ref[len(prefix) :]
    return int(digits) if digits.isdigit() and digits.isascii() else None


def skipped_range(value: object) -> tuple[int, int] | None:
    """A restore's skipped range ([first, last], whole numbers, first >= 1, at most
    MAX_SKIPPED_WIDTH wide) as a pair, None when it is not one."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return None
    first, last = value
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (first, last)):
        return None
    if first < 1 or last < first or last - first + 1 > MAX_SKIPPED_WIDTH:
        return None
    return first, last


@dataclass(frozen=True)
class NumberingProblem:
    """Numbers missing from the journal (the first `limit` of them, in series and number order,
    and how many in all) and the skipped ranges that were refused."""

    missing: tuple[str, ...]
    missing_count: int
    refused_gaps: tuple[str, ...] = ()

    @property
    def first(self) -> str:
        return self.missing[0] if self.missing else ""

    def reason(self) -> Message:
        if self.missing_count == 1:
            return msg("journal", "document {number} missing from the journal", number=self.first)
        if self.missing_count:
            return msg(
                "journal",
                "document {number} missing from the journal, and %n other number(s)",
                n=self.missing_count - 1,
                number=self.first,
            )
        return msg("journal", "a restore's skipped numbers are not valid: {what}", what="; ".join(self.refused_gaps))


@dataclass
class _Series:
    """The numbers of one series, walked once: `ranges` are the [first, last] missing so far."""

    expected: int = 1
    ranges: list[list[int]] = field(default_factory=list)

    def see(self, n: int) -> None:
        if n >= self.expected:
            if n > self.expected:
                self.ranges.append([self.expected, n - 1])
            self.expected = n + 1
            return
        # out of order (never at a station, which numbers under its write lock): fill the hole
        at = bisect.bisect_right(self.ranges, n, key=lambda r: r[0]) - 1
        if at >= 0 and self.ranges[at][0] <= n <= self.ranges[at][1]:
            first, last = self.ranges[at]
            pieces = [p for p in ([first, n - 1], [n + 1, last]) if p[0] <= p[1]]
            self.ranges[at : at + 1] = pieces

    def until(self, last: int) -> None:
        """The series' counter says `last` was made: the numbers after the highest seen are missing."""
        if last >= self.expected:
            self.ranges.append([self.expected, last])
            self.expected = last + 1

    def without(self, skipped: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The missing ranges less the skipped ones (both sorted; a few of each)."""
        out = []
        for first, last in self.ranges:
            pieces = [(first, last)]
            for s_first, s_last in skipped:
                pieces = [
                    p for a, b in pieces for p in ((a, min(b, s_first - 1)), (max(a, s_last + 1), b)) if p[0] <= p[1]
                ]
            out += pieces
        return out


def missing_numbers(
    numbers_by_series: Mapping[str, Iterable[int]],
    skipped_ranges: Mapping[str, Iterable[object]] | None = None,
    limit: int = 20,
    last_made: Mapping[str, int] | None = None,
    width: int = WIDTH,
) -> NumberingProblem | None:
    """The numbers missing from each series (keyed by its prefix, "PAR01-T1-"), 1 to its highest,
    or to `last_made[prefix]` (the station's counter) when higher; `skipped_ranges[prefix]`: the
    [first, last] ranges restores skipped on purpose (refused, and so not excused, when not a pair
    of whole numbers at most MAX_SKIPPED_WIDTH wide). None when nothing is missing."""
    skipped_ranges = skipped_ranges or {}
    last_made = last_made or {}
    refused: list[str] = []
    missing: list[str] = []
    count = 0
    for prefix in sorted(set(numbers_by_series) | set(last_made)):
        series = _Series()
        for n in numbers_by_series.get(prefix, ()):
            series.see(n)
        series.until(last_made.get(prefix, 0))
        excused = []
        for value in skipped_ranges.get(prefix, ()):
            pair = skipped_range(value)
            if pair is None:
                refused.append(f"{prefix}: {str(value)[:40]}")
            else:
                excused.append(pair)
        for first, last in series.without(sorted(excused)):
            count += last - first + 1
            missing += [f"{prefix}{n:0{width}d}" for n in range(first, min(last, first + limit - len(missing) - 1) + 1)]
    if not count and not refused:
        return None
    return NumberingProblem(tuple(missing[:limit]), count, tuple(refused[:limit]))
