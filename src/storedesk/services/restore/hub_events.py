"""What the hub holds of this station: its own events read back page by page, the highest
number of each document series found in them, and the journal entries the backup lacks, in the
order they were first written."""

from __future__ import annotations

import heapq
import json
import re
from dataclasses import dataclass, field
from typing import NamedTuple

HUB_PAGE = 500
JOURNALED = {"sale": ("receipt_no", "receipt"), "return": ("return_no", "return"), "shift_close": ("doc_no", "z")}
LETTERS = {"R": "return", "S": "shift", "M": "cash_move", "Z": "z"}


class Numbered(NamedTuple):
    """Where a document number stands: its series ("receipt", "return", "z", "rec", ...) and number."""

    series: str
    number: int


def series_of(ref: str, store: str, station: str) -> Numbered | None:
    """The series and number of one of this station's document numbers, else None:
    STORE-STATION-000123 receipt; STORE-STATION-R000001 return (S shift, M drawer move, Z);
    REC-STORE-STATION-000001 and the other stock documents (ADJ, CNT, TRF)."""
    s, t = re.escape(store), re.escape(station)
    m = re.fullmatch(rf"{s}-{t}-(\d+)", ref)
    if m:
        return Numbered("receipt", int(m.group(1)))
    m = re.fullmatch(rf"{s}-{t}-([A-Z])(\d+)", ref)
    if m and m.group(1) in LETTERS:
        return Numbered(LETTERS[m.group(1)], int(m.group(2)))
    m = re.fullmatch(rf"([A-Z]{{2,5}})-{s}-{t}-(\d+)", ref)
    if m:
        return Numbered(m.group(1).lower(), int(m.group(2)))
    return None


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def highest_numbers(events: list[dict], store: str, station: str) -> dict[str, int]:
    """The highest number of each series of this station found anywhere in the hub's events."""
    top: dict[str, int] = {}

    def see(series: str, n: int) -> None:
        top[series] = max(top.get(series, 0), n)

    for ev in events:
        payload = ev["data"]
        for ref in (ev.get("doc_ref") or "", *_strings(payload)):
            found = series_of(ref, store, station) if ref else None
            if found:
                see(found.series, found.number)
        if ev["kind"] == "shift_close" and isinstance(payload, dict):
            for series, key in (("z", "z_no"), ("shift", "shift_no")):
                if isinstance(payload.get(key), int):
                    see(series, payload[key])
    return top


# --------------------------------------------------------------------------- reading the hub
def read_own_events(client) -> list[dict]:
    """Every event this station sent that the hub stored, with its payload parsed (`data`)."""
    out, after = [], ""
    while True:
        page = client.station_events(after, HUB_PAGE)
        for ev in page.get("events", []):
            out.append({**ev, "data": json.loads(ev["payload"])})
        after = page.get("next") or after
        if not page.get("more"):
            return out


@dataclass(frozen=True)
class Entry:
    """A journal entry the hub holds: its kind, document number, time and canonical text."""

    kind: str
    doc_ref: str
    at: str
    text: str
    series: str
    number: int
    event: dict = field(compare=False)


def journal_order(entries: list[Entry]) -> list[Entry]:
    """Each series by its number (gapless, so exact); the series merged by the station's clock."""
    by_series: dict[str, list[Entry]] = {}
    for e in entries:
        by_series.setdefault(e.series, []).append(e)
    runs = [sorted(run, key=lambda e: e.number) for run in by_series.values()]
    return list(heapq.merge(*runs, key=lambda e: e.at))


def journal_entries(events: list[dict], store: str, station: str, held: set[tuple[str, str]]) -> list[Entry]:
    out = []
    for ev in events:
        if ev["status"] != "accepted" or ev["kind"] not in JOURNALED:
            continue
        key, series = JOURNALED[ev["kind"]]
        ref = ev["data"].get(key)
        found = series_of(ref, store, station) if isinstance(ref, str) else None
        if found is None or (ev["kind"], ref) in held:
            continue
        at = ev.get("created_at") or ev["data"].get("at") or ev["data"].get("closed_at") or ""
        out.append(Entry(ev["kind"], ref, at, ev["payload"], series, found.number, ev))
    return journal_order(out)
