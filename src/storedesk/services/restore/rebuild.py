"""Rebuilding the documents the backup lacks from the hub's event payloads: sales (with their
promotions, gift cards and customer), returns, Zs (each in the shift and Z period it was first
counted in, rule 12) and stock movements by id."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import NewMovement, to_milli
from ...adapters.restore_repo import RestoreRepo
from .hub_events import Entry, series_of

if TYPE_CHECKING:
    from ...adapters.uow import Tx


@dataclass(frozen=True)
class ShiftWindow:
    shift_id: str
    opened_at: str
    closed_at: str | None  # None: still open


def shift_windows(repo: RestoreRepo, station: str, entries: list[Entry]) -> list[ShiftWindow]:
    """The shifts a rebuilt document may belong to: those of the Zs coming back, and the shift
    the backup has open."""
    out = [
        ShiftWindow(e.event["data"]["shift_id"], e.event["data"]["opened_at"], e.event["data"]["closed_at"])
        for e in entries
        if e.kind == "shift_close"
    ]
    open_shift = repo.open_shift(station)
    if open_shift:
        shift_id, opened_at = open_shift
        out.append(ShiftWindow(shift_id, opened_at, None))
    return out


def shift_at(windows: list[ShiftWindow], at: str) -> str | None:
    for w in windows:
        if w.opened_at <= at and (w.closed_at is None or at <= w.closed_at):
            return w.shift_id
    return None


def _with_z(repo: RestoreRepo, cfg, table: str, row: dict) -> dict:
    """The row with the open Z period, where the schema stamps one (migration s0009)."""
    if "z_no" not in repo.columns(table):
        return row
    return {**row, "z_no": repo.counters().get(f"z:{cfg.station_code}", 0) + 1}


def _insert_taxes(repo: RestoreRepo, table: str, doc_id: str, taxes: list[dict]) -> None:
    """A sale's or a return's tax rows, from its event's "taxes"."""
    repo.insert_rows(
        table, [(doc_id, t["code"], t["rate"], t["net_minor"], t["tax_minor"], t["gross_minor"]) for t in taxes]
    )


def rebuild_sale(repo: RestoreRepo, cfg, p: dict, number: int, shift_id: str | None, unresolved: list[str]) -> int:
    """`number`: the receipt's number in its series (the Entry read it from receipt_no)."""
    if repo.exists("sales", "id", p["sale_id"]) or repo.exists("sales", "receipt_no", p["receipt_no"]):
        return 0
    sid = p["sale_id"]
    lines, subtotal = [], 0
    for ln in p["lines"]:
        found = repo.product(ln["sku"])
        if found is None:
            unresolved.append(f"{p['receipt_no']} line {ln['line']}: SKU {ln['sku']} is not in the catalog")
        pid, category = found or (0, "")
        amount = ln["gross_minor"] if p["prices_include_tax"] else ln["gross_minor"] - ln["tax_minor"]
        subtotal += amount + ln["discount_minor"]
        lines.append(
            (
                sid,
                ln["line"],
                pid,
                ln["sku"],
                ln["name"],
                category,
                to_milli(Decimal(ln["quantity"])),
                ln["unit_price_minor"],
                0,
                ln["discount_minor"],
                0,
                amount,
                ln["tax_code"],
                ln["tax_rate"],
                ln["tax_minor"],
                ln["gross_minor"],
            )
        )
    repo.insert_row(
        "sales",
        _with_z(
            repo,
            cfg,
            "sales",
            {
                "id": sid,
                "receipt_no": p["receipt_no"],
                "number": number,
                "store_code": p["store"],
                "station_code": p["station"],
                "user_id": repo.user_id(p["user"]),
                "shift_id": shift_id,
                "basket_id": f"restored-{sid}",
                "created_at": p["at"],
                "currency": p["currency"],
                "prices_include_tax": int(p["prices_include_tax"]),
                "subtotal_minor": subtotal,
                "discount_minor": p["discount_minor"],
                "net_minor": sum(t["net_minor"] for t in p["taxes"]),
                "tax_minor": sum(t["tax_minor"] for t in p["taxes"]),
                "total_minor": p["total_minor"],
                "rounding_minor": p["rounding_minor"],
                "change_minor": p["change_minor"],
                "voided_lines": p["voided_lines"],
                "overrides": json.dumps(p["overrides"]),
            },
        ),
    )
    repo.insert_rows("sale_lines", lines)
    _insert_taxes(repo, "sale_taxes", sid, p["taxes"])
    repo.insert_rows(
        "sale_payments",
        [(sid, i, t["kind"], t["amount_minor"], t.get("reference", "")) for i, t in enumerate(p["payments"], start=1)],
    )
    _rebuild_sale_extras(repo, sid, p)
    return 1


def _rebuild_sale_extras(repo: RestoreRepo, sid: str, p: dict) -> None:
    """Issue 18's rows of a sale, from its event's optional fields (absent: none): what each
    promotion gave each line (returns refund it, the Z counts it), the gift card each line sold
    or reloaded, and the sale's customer with the points earned and redeemed (the balance the
    receipt printed is not in the event: unknown, as offline)."""
    repo.insert_rows(
        "sale_line_promotions",
        [(sid, ln["line"], pr["id"], pr["amount_minor"]) for ln in p["lines"] for pr in ln.get("promotions", [])],
    )
    repo.insert_rows(
        "sale_line_gift_cards",
        [(sid, ln["line"], ln["gift_card"], ln["gross_minor"]) for ln in p["lines"] if ln.get("gift_card")],
    )
    customer = p.get("customer")
    if customer:
        repo.insert_row(
            "sale_customers",
            {
                "sale_id": sid,
                "customer_id": customer["id"],
                "card": customer.get("card", ""),
                "points_earned": customer.get("points_earned", 0),
                "points_redeemed": customer.get("points_redeemed", 0),
                "balance": None,
                "earned_value_minor": customer.get("earned_value_minor", 0),
            },
        )


def rebuild_return(repo: RestoreRepo, cfg, p: dict, number: int, shift_id: str | None, unresolved: list[str]) -> int:
    """`number`: the return's number in its series (the Entry read it from return_no)."""
    if repo.exists("returns", "id", p["return_id"]) or repo.exists("returns", "return_no", p["return_no"]):
        return 0
    rid = p["return_id"]
    lines = []
    for ln in p["lines"]:
        found = repo.product(ln["sku"])
        if found is None:
            unresolved.append(f"{p['return_no']} line {ln['line']}: SKU {ln['sku']} is not in the catalog")
        pid, category = found or (0, "")
        lines.append(
            (
                rid,
                ln["line"],
                ln["original_line"],
                pid,
                ln["sku"],
                ln["name"],
                category,
                to_milli(Decimal(ln["quantity"])),
                ln["refund_minor"],
                ln["tax_code"],
                ln["tax_rate"],
                ln["condition"],
            )
        )
    repo.insert_row(
        "returns",
        _with_z(
            repo,
            cfg,
            "returns",
            {
                "id": rid,
                "return_no": p["return_no"],
                "number": number,
                "store_code": p["store"],
                "station_code": p["station"],
                "user_id": repo.user_id(p["user"]),
                "approver_id": repo.user_id(p["approver"]) if p.get("approver") else None,
                "shift_id": shift_id,
                "created_at": p["at"],
                "currency": p["currency"],
                "kind": p["kind"],
                "original_ref": p["original_ref"],
                "original_sale_id": p["original_sale_id"],
                "original_store": p["original_store"],
                "reason": p["reason"],
                "net_minor": p["net_minor"],
                "tax_minor": p["tax_minor"],
                "total_minor": p["total_minor"],
                "rounding_minor": p["rounding_minor"],
                "grant_id": p["grant_id"],
                "offline": int(p["offline"]),
                "exchange_basket_id": "",
            },
        ),
    )
    repo.insert_rows("return_lines", lines)
    _insert_taxes(repo, "return_taxes", rid, p["taxes"])
    repo.insert_rows(
        "return_payments",
        [
            (rid, i, t["kind"], t["amount_minor"], t.get("rounding_minor", 0), t.get("reference", ""))
            for i, t in enumerate(p["payments"], start=1)
        ],
    )
    return 1


def _frozen_z(cfg, p: dict) -> dict:
    """A Z's frozen totals from its hub event (what the event lacks is empty: a reprint says COPY)."""
    frozen = {
        "version": 1,
        "kind": "Z",
        "store_name": cfg.store_name,
        "printed_at": p["closed_at"],
        "float_counts": {},
        "outside_shift_count": 0,
        "outside_cash_minor": 0,
        "subtotal_minor": p["gross_minor"] + p["discount_minor"],
        "return_flags": [],
        "paid_in_count": 0,
        "paid_out_count": 0,
        "cash_moves": [],
        "counted_pieces": {},
        "categories": [],
        "hours": [],
        "clerks": [],
        "recovered_from_hub": True,
    }
    frozen.update({k: v for k, v in p.items() if k not in ("type", "overrides", "tenders")})
    frozen["store"], frozen["station"] = p["store"], p["station"]
    frozen["tenders"] = [
        {**t, "counted_entered": t.get("counted_minor") is not None, "refunded_minor": 0} for t in p["tenders"]
    ]
    return frozen


def rebuild_z(repo: RestoreRepo, cfg, p: dict, journal_seq: int) -> int:
    station = cfg.station_code
    if repo.exists("z_reports", "shift_id", p["shift_id"]):
        return 0
    known = repo.shift_status(p["shift_id"])
    closer = repo.user_id(display_name=p.get("closed_by", ""))
    if known is None:
        repo.insert_row(
            "shifts",
            {
                "id": p["shift_id"],
                "number": p["shift_no"],
                "station_code": station,
                "opened_at": p["opened_at"],
                "opened_by": repo.user_id(display_name=p.get("opened_by", "")),
                "float_counts": "{}",
                "float_minor": p["float_minor"],
                "closed_at": p["closed_at"],
                "closed_by": closer,
                "status": "closed",
            },
        )
    elif known == "open":
        repo.close_shift(p["shift_id"], p["closed_at"], closer)
    first = series_of(p.get("first_receipt") or "", cfg.store_code, station)
    last = series_of(p.get("last_receipt") or "", cfg.store_code, station)
    before = max((r.last_number for r in repo.z_ranges(station)), default=0)
    repo.insert_row(
        "z_reports",
        {
            "station_code": station,
            "number": p["z_no"],
            "shift_id": p["shift_id"],
            "created_at": p["closed_at"],
            "business_date": p["business_date"],
            "currency": p["currency"],
            "totals": json.dumps(_frozen_z(cfg, p), sort_keys=True, separators=(",", ":")),
            "counted": "{}",
            "counted_cash_minor": p["cash_counted_minor"] or 0,
            "expected_cash_minor": p["cash_expected_minor"],
            "sales_count": p["sales_count"],
            "first_number": first.number if first else None,
            "last_number": max(last.number if last else 0, before),
            "period_total_minor": p["period_total_minor"],
            "grand_total_minor": p["grand_total_minor"],
            "last_journal_seq": p["last_journal_seq"],
            "last_journal_hash": p["last_journal_hash"],
            "journal_seq": journal_seq,
            "pdf_path": f"reports/{p['business_date'][:7]}/{p.get('doc_no', 'Z')}.pdf",
        },
    )
    return 1


def rebuild_movements(tx: Tx, repo: RestoreRepo, cfg, events: list[dict], unresolved: list[str]) -> int:
    rows = []
    for ev in events:
        if ev["status"] != "accepted" or ev["kind"] != "stock_movements":
            continue
        for m in ev["data"].get("movements", []):
            if repo.exists("stock_movements", "id", m["id"]):
                continue
            found = repo.product(m["sku"])
            if found is None:
                unresolved.append(f"movement {m['id']}: SKU {m['sku']} is not in the catalog")
                continue
            rows.append(
                NewMovement(
                    m["id"],
                    found[0],
                    to_milli(Decimal(m["quantity"])),
                    m["reason"],
                    m["doc_ref"],
                    cfg.station_code,
                    m["at"],
                )
            )
    if rows:
        tx.stock.add_movements(rows)
    return len(rows)
