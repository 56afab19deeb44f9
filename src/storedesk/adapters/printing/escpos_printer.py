"""Thermal receipt printers over ESC/POS (python-escpos).

`receipt_lines_text` lays the receipt out in fixed-width columns; `print_receipt` sends the
same lines with ESC/POS styling, the receipt number as a CODE128 barcode, then a cut.

A whole job is first built in memory (`escpos.printer.Dummy`) and written to the device in
one go, so a formatting error can never leave half a receipt on the roll.

Targets:  "file:/dev/usb/lp0" (or any file path) and "network:host[:port]" (port 9100 by default).
"""

from __future__ import annotations

import contextlib
import io
import re
import textwrap
from decimal import Decimal

from ...domain.money_format import fmt_amount, fmt_money, fmt_qty, fmt_rate
from ...domain.receipt import ReceiptDoc, ReceiptTop
from .words import (
    card_balance_words,
    copy_banner,
    discount_rows,
    gift_card_words,
    loyalty_lines,
    order_words,
    prices_note,
    signature_words,
    tender_label,
    translate,
    when,
)

__all__ = ["PrinterError", "receipt_lines_text", "print_receipt", "kick_drawer", "DEFAULT_PORT"]

DEFAULT_PORT = 9100
DEFAULT_TIMEOUT = 10.0
# Printable width of an 80 mm printer in dots (72 mm at 203 dpi is 576; older models 512).
_BARCODE_MAX_DOTS = 512
_BARCODE_MODULE_DOTS = 2  # narrowest bar the ESC/POS command accepts

_TEXT_SAFE = str.maketrans(
    {"\u202f": " ", "\u00a0": " ", "\u2009": " ", "\u200e": "", "\u200f": "", "\u2212": "-", "\u2026": "..."}
)


class PrinterError(Exception):
    """The receipt could not be printed; the message says why, in words a clerk can act on."""


# --------------------------------------------------------------------------- layout
def _clean(text: str) -> str:
    return str(text).translate(_TEXT_SAFE)


def cut(text: str, width: int) -> str:
    """`text` cut with "..." to `width` columns."""
    text = _clean(text)
    if len(text) <= width:
        return text
    return text[: max(width - 3, 0)].rstrip() + "..." if width > 3 else text[:width]


def left_right(left: str, right: str, width: int, code: str = "") -> str:
    """Left text, then `right` right-aligned so that it ends 2 columns before the edge;
    the tax code letter (if any) goes in the last column."""
    right = _clean(right)
    tail = f" {code[:1]}" if code else "  "
    room = width - len(tail) - len(right) - 1
    left = cut(left, max(room, 0))
    return f"{left}{' ' * (width - len(tail) - len(left) - len(right))}{right}{tail}".rstrip()


Block = tuple[str, str]


def _blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """(kind, text) pairs. Kinds: banner, title, center, text, bold, total, rule, barcode."""
    return [
        *_header_blocks(doc, width),
        *_line_blocks(doc, width),
        *_total_blocks(doc, width),
        *_tender_blocks(doc, width),
        *_loyalty_blocks(doc, width),
        *_tax_blocks(doc, width),
        *_footer_blocks(doc, width),
    ]


def _money(doc: ReceiptDoc, value: Decimal) -> str:
    return fmt_money(value, doc.currency)


def _header_blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """The store, the station, the clerk and the receipt number."""
    out: list[Block] = [("banner", _copy_banner(doc))] if doc.copy else []
    out += store_blocks(doc, width)
    title = translate("receipt", "Receipt")
    if len(title) + 1 + len(doc.receipt_no) <= width:
        out.append(("bold", left_right(title, doc.receipt_no, width + 2)))
    else:  # a long number gets its own line rather than losing the label
        out.append(("bold", title))
        out.append(("bold", cut(doc.receipt_no, width).rjust(width)))
    out.append(("rule", "-" * width))
    return out


def store_blocks(doc: ReceiptTop, width: int) -> list[Block]:
    """The top of every receipt: the store, its address and VAT id, the station, time and clerk."""
    out: list[Block] = [("title", cut(doc.store_name, width))]
    for line in doc.store_address:
        if line and line.strip():
            out.append(("center", cut(line, width)))
    if doc.store_tax_id:
        out.append(("center", cut(translate("receipt", "VAT ID {tax_id}", tax_id=doc.store_tax_id), width)))
    out.append(("rule", "-" * width))
    station = translate("receipt", "Station {station}", station=doc.station_code)
    out.append(("text", left_right(station, when(doc.local_time), width + 2)))
    out.append(("text", cut(translate("receipt", "Clerk {name}", name=doc.clerk_name), width)))
    return out


def due_blocks(label: str, total: Decimal, rounding: Decimal, due_label: str, currency: str, width: int) -> list[Block]:
    """The total; with a cash rounding, the rounding and what is paid (`due_label`); a rule."""
    out: list[Block] = [("total", left_right(label, fmt_money(total, currency), width))]
    if rounding:
        out.append(("text", left_right(translate("receipt", "Cash rounding"), fmt_money(rounding, currency), width)))
        out.append(("bold", left_right(due_label, fmt_money(total + rounding, currency), width)))
    out.append(("rule", "-" * width))
    return out


def _line_blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """One or more rows per sold line: name, quantity x price, a changed price, a discount."""
    out: list[Block] = []
    for ln in doc.lines:
        out.append(("text", cut(ln.name, width)))
        extended = ln.amount + ln.discount
        priced = translate(
            "receipt", "{quantity} x {price}", quantity=fmt_qty(ln.quantity), price=_money(doc, ln.unit_price)
        )
        out.append(("text", left_right(f"  {priced}", _money(doc, extended), width, ln.tax_code)))
        if ln.price_overridden:
            out.append(("text", cut(f"  {translate('receipt', 'Price changed')}", width)))
        for words, off in discount_rows(ln):
            out.append(("text", left_right(f"  {words}", _money(doc, off), width)))
        if ln.order_number:  # whole, on as many rows as it takes: the order number is never cut
            words = _clean(order_words(ln.order_number, ln.fulfilment, ln.pickup_store))
            out.extend(("text", f"  {row}") for row in textwrap.wrap(words, max(width - 2, 8)))
        if ln.gift_card:
            out.append(("text", cut(f"  {gift_card_words(ln.gift_card)}", width)))
    out.append(("rule", "-" * width))
    return out


def _total_blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """Subtotal, discount, VAT when prices exclude it, the total and the cash rounding."""
    out: list[Block] = [("text", left_right(translate("receipt", "Subtotal"), _money(doc, doc.subtotal), width))]
    if doc.discount_total:
        out.append(("text", left_right(translate("receipt", "Discount"), _money(doc, -doc.discount_total), width)))
    if not doc.prices_include_tax:
        vat = _money(doc, sum((t.tax for t in doc.taxes), Decimal(0)))
        out.append(("text", left_right(translate("receipt", "VAT"), vat, width)))
    total, due = translate("receipt", "TOTAL"), translate("receipt", "To pay")
    return out + due_blocks(total, doc.total, doc.rounding, due, doc.currency, width)


def _tender_blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """What was paid with, and the change when there is change or cash was taken."""
    out: list[Block] = []
    show_change = bool(doc.change) or any(t.label.lower() == "cash" for t in doc.tenders)
    for t in doc.tenders:
        out.append(("text", left_right(tender_label(t.label, t.reference), _money(doc, t.amount), width)))
        if t.balance is not None:  # a gift card: what is left on it, as the hub answered
            out.append(("text", left_right(f"  {card_balance_words()}", _money(doc, t.balance), width)))
    if show_change:
        out.append(("bold", left_right(translate("receipt", "Change"), _money(doc, doc.change), width)))
    if doc.tenders or show_change:
        out.append(("rule", "-" * width))
    return out


def _loyalty_blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """The customer's card and points (issue 18), each sentence wrapped to the roll."""
    out: list[Block] = [("text", part) for words in loyalty_lines(doc.loyalty) for part in wrap(_clean(words), width)]
    return [*out, ("rule", "-" * width)] if out else out


def _tax_blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """The VAT table: one row per rate, then the totals."""
    cur = doc.currency
    col = max((width - 8) // 3, 6)
    first = width - 3 * col

    def row(c0: str, c1: str, c2: str, c3: str) -> str:
        return f"{cut(c0, first - 1):<{first}}{_clean(c1):>{col}}{_clean(c2):>{col}}{_clean(c3):>{col}}"

    heads = row(
        translate("receipt", "Rate"),
        translate("receipt", "Net"),
        translate("receipt", "Tax"),
        translate("receipt", "Gross"),
    )
    out: list[Block] = [("text", cut(prices_note(doc.prices_include_tax), width)), ("bold", heads)]
    for vat in doc.taxes:
        out.append(
            (
                "text",
                row(
                    f"{vat.code} {fmt_rate(vat.rate)}",
                    fmt_amount(vat.net, cur),
                    fmt_amount(vat.tax, cur),
                    fmt_amount(vat.gross, cur),
                ),
            )
        )
    out.append(
        (
            "bold",
            row(
                translate("receipt", "Total"),
                fmt_amount(sum((t.net for t in doc.taxes), Decimal(0)), cur),
                fmt_amount(sum((t.tax for t in doc.taxes), Decimal(0)), cur),
                fmt_amount(sum((t.gross for t in doc.taxes), Decimal(0)), cur),
            ),
        )
    )
    out.append(("text", ""))
    return out


def _footer_blocks(doc: ReceiptDoc, width: int) -> list[Block]:
    """The receipt number as a barcode and in words, the shop's footer, the copy banner."""
    out: list[Block] = []
    if doc.signature is not None:  # a signing country's line (issue 19)
        out.extend(("center", part) for part in wrap(signature_words(doc.signature), width))
        out.append(("text", ""))
    out += [("barcode", doc.receipt_no), ("center", cut(doc.receipt_no, width))]
    if doc.footer:
        out.append(("text", ""))
        out.extend(("center", part) for part in wrap(doc.footer, width))
    if doc.copy:
        out.append(("text", ""))
        out.append(("banner", _copy_banner(doc)))
    return out


def _copy_banner(doc: ReceiptDoc) -> str:
    """A reprint's banner: its journaled number ("DUPLICATA n° 2", issue 19), else COPY."""
    return copy_banner(doc.duplicate)


def wrap(text: str, width: int) -> list[str]:
    import textwrap

    lines: list[str] = []
    for para in _clean(text).splitlines() or [""]:
        lines.extend(textwrap.wrap(para, width) or [""])
    return lines


def receipt_lines_text(doc: ReceiptDoc, width: int = 42) -> list[str]:
    """The receipt as plain fixed-width text lines (what the thermal printer prints)."""
    return lines_text(_blocks(doc, width), width)


def lines_text(blocks: list[Block], width: int) -> list[str]:
    """Blocks as plain fixed-width text lines: a sale's or a return's receipt as it is printed."""
    lines = []
    for kind, text in blocks:
        if kind == "barcode":
            continue  # the human-readable number follows as its own line
        if kind in ("title", "center", "voucher"):
            lines.append(text.center(width).rstrip())
        elif kind == "banner":
            lines.append(f"*** {text} ***".center(width).rstrip())
        else:
            lines.append(text)
    return lines


# --------------------------------------------------------------------------- ESC/POS
def _barcode_data(receipt_no: str) -> str | None:
    """CODE128 data for GS k (function B): code set B, switching to C for a long digit tail
    when the plain code set B symbol would be wider than the paper. None if not encodable."""
    if not receipt_no or not re.fullmatch(r"[\x20-\x7e]+", receipt_no):
        return None
    escaped = receipt_no.replace("{", "{{")
    modules = (len(receipt_no) + 3) * 11 + 2  # start, data, check, stop
    if modules * _BARCODE_MODULE_DOTS <= _BARCODE_MAX_DOTS:
        return "{B" + escaped
    m = re.search(r"\d+$", receipt_no)
    if m and len(m.group()) >= 4:
        digits = m.group()
        if len(digits) % 2:
            digits = digits[1:]
        head = receipt_no[: len(receipt_no) - len(digits)].replace("{", "{{")
        pairs = "".join(chr(int(digits[i : i + 2])) for i in range(0, len(digits), 2))
        return "{B" + head + "{C" + pairs
    return None


# How each kind of block is set on the paper: (align, bold, double width, double height).
STYLES = {
    "banner": ("center", True, True, True),
    "title": ("center", True, False, True),
    "voucher": ("center", True, False, True),
    "center": ("center", False, False, False),
    "total": ("left", True, False, True),
    "bold": ("left", True, False, False),
}
PLAIN = ("left", False, False, False)  # text, rule


def job_bytes(blocks: list[tuple[str, str]], profile: str | None) -> bytes:
    """ESC/POS bytes for (kind, text) blocks: styled text lines, Code 128 barcodes, a cut."""
    from escpos.printer import Dummy

    job = Dummy(profile=profile)
    job.hw("INIT")
    for kind, text in blocks:
        if kind == "barcode":
            data = _barcode_data(text)
            if data is None:
                continue
            # python-escpos announces its renderer choice on stdout; keep the console clean.
            with contextlib.redirect_stdout(io.StringIO()):
                job.barcode(
                    data, "CODE128", height=64, width=_BARCODE_MODULE_DOTS, pos="OFF", align_ct=True, function_type="B"
                )
            job.set(align="left")
            continue
        align, bold, wide, tall = STYLES.get(kind, PLAIN)
        if wide or tall:
            job.set(align=align, bold=bold, double_width=wide, double_height=tall)
        else:
            job.set(align=align, bold=bold, normal_textsize=True)
        job.textln(_clean(text))  # a space where the code page has no narrow or no-break space
    job.set(align="left", bold=False, normal_textsize=True)
    job.cut()
    return job.output


def _open(target: str, timeout: float, profile: str | None):
    """Open the printer named by `target`; raise PrinterError with a readable reason."""
    from escpos.exceptions import Error as EscposError
    from escpos.printer import File, Network

    kind, _, rest = (target or "").partition(":")
    kind = kind.strip().lower()
    if kind == "file":
        if not rest:
            raise PrinterError(f"Printer target '{target}' has no device path (expected file:/dev/usb/lp0)")
        printer = File(rest, profile=profile)
        where = f"printer device {rest}"
    elif kind == "network":
        host, sep, port_text = rest.rpartition(":")
        if not sep:
            host, port_text = rest, ""
        host = host.strip("[] ")
        if not host:
            raise PrinterError(f"Printer target '{target}' has no host (expected network:host:port)")
        try:
            port = int(port_text) if port_text.strip() else DEFAULT_PORT
        except ValueError:
            raise PrinterError(f"Printer target '{target}': port '{port_text}' is not a number") from None
        if not 0 < port < 65536:
            raise PrinterError(f"Printer target '{target}': port {port} is out of range")
        printer = Network(host, port=port, timeout=timeout, profile=profile)
        where = f"network printer {host}:{port}"
    else:
        raise PrinterError(f"Unknown printer target '{target}' (use file:/path or network:host:port)")
    try:
        printer.open()
    except (EscposError, OSError) as exc:
        reason = _reason(exc)
        raise PrinterError(f"Cannot reach the {where}: {reason}. Check that it is on and connected.") from exc
    return printer, where


def _reason(exc: BaseException) -> str:
    cause = exc.__context__ if exc.__context__ is not None else exc
    if isinstance(cause, ConnectionRefusedError):
        return "connection refused"
    if isinstance(cause, TimeoutError):
        return "no answer (timed out)"
    if isinstance(cause, FileNotFoundError):
        return "device or folder not found"
    if isinstance(cause, PermissionError):
        return "permission denied"
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _send(target: str, payload: bytes, timeout: float, profile: str | None) -> None:
    printer, where = _open(target, timeout, profile)
    try:
        printer._raw(payload)  # the transport's write primitive; the job was built with the public API
        if hasattr(printer, "flush"):
            printer.flush()
    except OSError as exc:
        raise PrinterError(
            f"Printing on the {where} failed: {_reason(exc)}. The receipt may be incomplete; reprint it."
        ) from exc
    finally:
        try:
            printer.close()
        except OSError:
            pass


def print_receipt(
    doc: ReceiptDoc, target: str, *, width: int = 42, timeout: float = DEFAULT_TIMEOUT, profile: str | None = None
) -> None:
    """Print `doc` on an ESC/POS printer: styled text, CODE128 receipt number, cut."""
    print_blocks(_blocks(doc, width), f"receipt {doc.receipt_no}", target, timeout, profile)


def print_blocks(blocks: list[Block], what: str, target: str, timeout: float, profile: str | None) -> None:
    """Build the whole job in memory, then send it to the printer named by `target` at once."""
    from escpos.exceptions import Error as EscposError

    try:
        payload = job_bytes(blocks, profile)
    except EscposError as exc:
        raise PrinterError(f"Cannot format {what} for the printer: {_reason(exc)}") from exc
    _send(target, payload, timeout, profile)


def kick_drawer(target: str, *, timeout: float = DEFAULT_TIMEOUT, profile: str | None = None) -> None:
    """Open the cash drawer wired to the printer (pulse on pin 2)."""
    from escpos.printer import Dummy

    job = Dummy(profile=profile)
    job.cashdraw(2)
    _send(target, job.output, timeout, profile)
