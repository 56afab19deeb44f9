"""The figures of a fiscal closing (issue 19, "Storage"): France's closings per day, per month
and per fiscal year, each with its totals by tax rate, the period's grand total and the
perpetual grand total. Pure: documents and earlier closings come in as values, no SQL.

Which documents a day closing counts: every sale and return is counted in exactly ONE day
closing. Closing day D counts the documents dated on or before D (the store's local date) that
no earlier closing counted. A document counted earlier is one dated on or before the last
closing's day and written before it (its journal seq is lower): closings are made in order of
day and of seq, so the last one answers for all. A document dated into a day already closed
(the clock was set back, or a sale after a manual close of today) is therefore counted by the
next day closing, never lost and never twice; one dated after D waits for its day.

A month sums the day closings made since the month before it was closed, up to its last day; a
fiscal year the month closings since the year before, up to its last month. So a day closed
after its month was closed by hand lands in the next month, like a document in a closed day.

Money is integer minor units; rates are the documents' own text, normalised ("20", "5.5").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

KIND = "fiscal_close"  # the journal entry of a closing; its doc_ref is the closing's doc_no
DAY, MONTH, YEAR = "day", "month", "year"
KINDS = (DAY, MONTH, YEAR)
PREFIX = {DAY: "DAY", MONTH: "MONTH", YEAR: "YEAR"}
DOCUMENT_KINDS = ("sale", "return")  # the journal kinds a day closing counts


def doc_no(kind: str, period: str) -> str:
    """ "DAY-2026-11-05", "MONTH-2026-11", "YEAR-2026"."""
    return f"{PREFIX[kind]}-{period}"


# --- periods ---------------------------------------------------------------------------------


def day_period(d: date) -> str:
    return d.isoformat()


def month_period(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def parse_day(period: str) -> date:
    return date.fromisoformat(period)


def parse_month(period: str) -> tuple[int, int]:
    year, month = period.split("-")
    return int(year), int(month)


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_last_day(year: int, month: int) -> date:
    ny, nm = next_month(year, month)
    return date(ny, nm, 1) - timedelta(days=1)


def span(kind: str, period: str, start: int) -> tuple[str, str]:
    """The calendar span of a period: (first, last) day of a day or a month, months of a year."""
    if kind == DAY:
        return period, period
    if kind == MONTH:
        year, month = parse_month(period)
        return day_period(date(year, month, 1)), day_period(month_last_day(year, month))
    return month_period(int(period), start), month_period(*year_last_month(int(period), start))


def fiscal_year(year: int, month: int, start: int) -> int:
    """The fiscal year a month belongs to, named by the calendar year of its first month: with
    a year starting in July (start 7), 2026-06 is in 2025's year and 2026-07 in 2026's."""
    return year if month >= start else year - 1


def year_last_month(fy: int, start: int) -> tuple[int, int]:
    """The last month of fiscal year `fy` starting in month `start`."""
    return (fy, 12) if start == 1 else (fy + 1, start - 1)


# --- figures ---------------------------------------------------------------------------------


def rate_text(rate: object) -> str:
    """A tax rate as one key whatever its writing: "20.00", "20" -> "20"; "5.50" -> "5.5"."""
    try:
        value = Decimal(str(rate))
    except InvalidOperation:
        return str(rate)
    text = f"{value.normalize():f}"
    return text if text != "-0" else "0"


@dataclass(frozen=True)
class RateTotal:
    """One tax rate's figures: base (excl. tax), tax, and total incl. tax; sales minus returns."""

    rate: str
    base_minor: int
    tax_minor: int
    total_minor: int


@dataclass(frozen=True)
class Document:
    """A sale or a return as a day closing counts it: its journal seq, local day, and taxes."""

    seq: int
    kind: str  # "sale" | "return"
    number: str
    day: date
    rates: tuple[RateTotal, ...]  # as written on the document (positive amounts)

    @classmethod
    def from_payload(cls, seq: int, kind: str, number: str, day: date, payload: Mapping) -> Document:
        rates = tuple(
            RateTotal(rate_text(t["rate"]), int(t["net_minor"]), int(t["tax_minor"]), int(t["gross_minor"]))
            for t in payload.get("taxes", ())
        )
        return cls(seq, kind, number, day, rates)


@dataclass(frozen=True)
class Figures:
    """What a closing says: totals by rate, the period's grand total, the perpetual grand total
    (every closing of that kind since the station began), counts and first/last document."""

    currency: str
    rates: tuple[RateTotal, ...] = ()
    total_minor: int = 0
    perpetual_minor: int = 0
    sales: int = 0
    returns: int = 0
    first_document: str = ""
    last_document: str = ""
    closings: int = 0  # a month's day closings, a year's month closings (0 for a day)
    # the calendar span of the period: a day's date twice, a month's first and last day, a
    # fiscal year's first and last month ("2026-07", "2027-06")
    starts: str = ""
    ends: str = ""

    @property
    def documents(self) -> int:
        return self.sales + self.returns

    def to_json(self) -> dict:
        return {
            "currency": self.currency,
            "rates": [
                {"rate": r.rate, "base_minor": r.base_minor, "tax_minor": r.tax_minor, "total_minor": r.total_minor}
                for r in self.rates
            ],
            "total_minor": self.total_minor,
            "perpetual_minor": self.perpetual_minor,
            "sales": self.sales,
            "returns": self.returns,
            "first_document": self.first_document,
            "last_document": self.last_document,
            "closings": self.closings,
            "starts": self.starts,
            "ends": self.ends,
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Figures:
        return cls(
            data["currency"],
            tuple(RateTotal(r["rate"], r["base_minor"], r["tax_minor"], r["total_minor"]) for r in data["rates"]),
            data["total_minor"],
            data["perpetual_minor"],
            data["sales"],
            data["returns"],
            data["first_document"],
            data["last_document"],
            data.get("closings", 0),
            data.get("starts", ""),
            data.get("ends", ""),
        )

    def text(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))


def _by_rate(parts: Iterable[tuple[int, RateTotal]]) -> tuple[RateTotal, ...]:
    """Sum (sign, RateTotal) pairs per rate, the rates in numeric order."""
    sums: dict[str, list[int]] = {}
    for sign, r in parts:
        s = sums.setdefault(r.rate, [0, 0, 0])
        s[0] += sign * r.base_minor
        s[1] += sign * r.tax_minor
        s[2] += sign * r.total_minor
    return tuple(RateTotal(rate, *sums[rate]) for rate in sorted(sums, key=_rate_order))


def _rate_order(rate: str) -> tuple[int, Decimal | str]:
    try:
        return (0, Decimal(rate))
    except InvalidOperation:
        return (1, rate)


def counted_by(doc: Document, day: date, last_day: date | None, last_seq: int) -> bool:
    """Whether closing `day` counts `doc`, the last day closing having closed `last_day` as
    journal entry `last_seq` (None, 0: no day closing yet)."""
    if doc.day > day:
        return False
    already = last_day is not None and doc.day <= last_day and doc.seq < last_seq
    return not already


def day_figures(
    documents: Iterable[Document], day: date, last_day: date | None, last_seq: int, perpetual_before: int, currency: str
) -> tuple[Figures, int | None]:
    """The figures of day closing `day` from the candidate documents (every sale and return the
    last closing may have left: see the module's docstring), and the lowest seq among the
    candidates it leaves for a later day (None when it leaves none)."""
    counted: list[Document] = []
    left: list[int] = []
    for doc in documents:
        if counted_by(doc, day, last_day, last_seq):
            counted.append(doc)
        elif doc.day > day:
            left.append(doc.seq)
    counted.sort(key=lambda d: d.seq)
    rates = _by_rate((-1 if d.kind == "return" else 1, r) for d in counted for r in d.rates)
    total = sum(r.total_minor for r in rates)
    figures = Figures(
        currency,
        rates,
        total,
        perpetual_before + total,
        sum(1 for d in counted if d.kind != "return"),
        sum(1 for d in counted if d.kind == "return"),
        counted[0].number if counted else "",
        counted[-1].number if counted else "",
    )
    return figures, min(left) if left else None


def summed_figures(children: Iterable[Figures], perpetual_before: int, currency: str) -> Figures:
    """A month from its day closings, a year from its month closings (in order)."""
    kids = list(children)
    rates = _by_rate((1, r) for f in kids for r in f.rates)
    total = sum(r.total_minor for r in rates)
    firsts = [f.first_document for f in kids if f.first_document]
    lasts = [f.last_document for f in kids if f.last_document]
    return Figures(
        currency,
        rates,
        total,
        perpetual_before + total,
        sum(f.sales for f in kids),
        sum(f.returns for f in kids),
        firsts[0] if firsts else "",
        lasts[-1] if lasts else "",
        len(kids),
    )
