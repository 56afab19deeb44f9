"""Every key of the till, screen by screen, in one place: what a clerk's keyboard does is read
here, and tests/unit/test_keymap.py checks it (no key twice on a screen, Esc goes back).

A row is (action, key, caption): the key as QKeySequence reads it ("F2", "Del", "Esc",
"Ctrl+P"), shown on its button and made its shortcut by ui/keyed_panel.py; the screen's
`trigger(action)` acts on it. The captions are marked for translation (`noop`, context "keys")
and translated where the key bar shows them (ui/keyed_panel.py). No Qt here, so the map is
checked without a display."""

from __future__ import annotations

from ..i18n import noop

Key = tuple[str, str, str]

# The counter: 19 keys, three rows of seven (ui/sale/screen.py: two rows of ten are wider than a
# 1024 px till in French). Ctrl+M (the Manager screen) is
# shown to managers only (ui/manager/screen.py show_manager_key); anyone else who presses it
# is told that a manager signs in for it.
SALE: list[Key] = [
    ("search", "F2", noop("keys", "Search")),
    ("quantity", "F4", noop("keys", "Quantity")),
    ("price", "F7", noop("keys", "Price")),
    ("discount", "F8", noop("keys", "Discount")),
    ("void", "Del", noop("keys", "Void line")),
    ("park", "F9", noop("keys", "Park / recall")),
    ("pay", "F10", noop("keys", "Payment")),
    ("exact", "F12", noop("keys", "Exact cash")),
    ("order", "Ctrl+O", noop("keys", "Order")),
    ("gift_card", "Ctrl+G", noop("keys", "Gift card")),
    ("customer", "Ctrl+K", noop("keys", "Customer")),
    ("reprint", "Ctrl+P", noop("keys", "Reprint")),
    ("stock", "F5", noop("keys", "Stock")),
    ("sync", "F6", noop("keys", "Sync")),
    ("shift", "F11", noop("keys", "Shift")),
    ("pickup", "F3", noop("keys", "Pickup")),
    ("returns", "Ctrl+R", noop("keys", "Returns")),
    ("lock", "Ctrl+L", noop("keys", "Lock")),
    ("manager", "Ctrl+M", noop("keys", "Manager")),
]

# + and − act from the field only when it is empty (the screen reads them: SCREEN_KEYS).
RETURNS: list[Key] = [
    ("new", "F2", noop("keys", "New return")),
    ("all", "F3", noop("keys", "All lines")),
    ("more", "+", noop("keys", "One more")),
    ("less", "−", noop("keys", "One less")),
    ("condition", "F4", noop("keys", "Condition")),
    ("reason", "F7", noop("keys", "Reason")),
    ("refund_to", "F8", noop("keys", "To credit")),
    ("exchange", "F6", noop("keys", "Exchange")),
    ("no_receipt", "F9", noop("keys", "No receipt")),
    ("flags", "F10", noop("keys", "Flags")),
    ("ack", "F11", noop("keys", "Acknowledge")),
    ("complete", "F12", noop("keys", "Complete")),
    ("reprint", "Ctrl+P", noop("keys", "Reprint")),
    ("back", "Esc", noop("keys", "Sale")),
]

PICKUP: list[Key] = [
    ("find", "F2", noop("keys", "Find order")),
    ("accept", "F3", noop("keys", "Accept + pick list")),
    ("scan", "F4", noop("keys", "Scan item")),
    ("reject", "F6", noop("keys", "Reject line")),
    ("print", "F7", noop("keys", "Print pick list")),
    ("return", "F8", noop("keys", "Return to shelf")),
    ("ready", "F9", noop("keys", "Ready")),
    ("handover", "F10", noop("keys", "Hand over")),
    ("pack", "F11", noop("keys", "Pack + labels")),
    ("ship", "F12", noop("keys", "Ship")),
    ("refresh", "F5", noop("keys", "Refresh")),
    ("back", "Esc", noop("keys", "Back to sale")),
]

SHIFT: list[Key] = [
    ("open", "F2", noop("keys", "Open shift")),
    ("paid_in", "F3", noop("keys", "Paid in")),
    ("paid_out", "F4", noop("keys", "Paid out")),
    ("no_sale", "F7", noop("keys", "No sale")),
    ("x", "F8", noop("keys", "X report")),
    ("close", "F9", noop("keys", "Close shift (Z)")),
    ("reprint", "F10", noop("keys", "Reprint Z")),
    ("print", "Ctrl+P", noop("keys", "See and print")),
    ("store_day", "F12", noop("keys", "Store day (hub)")),
    ("back", "Esc", noop("keys", "Back to sale")),
]

STOCK: list[Key] = [
    ("receive", "F2", noop("keys", "Receive")),
    ("adjust", "F3", noop("keys", "Adjust")),
    ("count", "F4", noop("keys", "Count")),
    ("transfer", "F7", noop("keys", "Transfer out")),
    ("lists", "F8", noop("keys", "Low / negative")),
    ("where", "F9", noop("keys", "Where else?")),
    ("labels", "F10", noop("keys", "Labels")),
    ("reorder", "F12", noop("keys", "Reorder point")),
    ("back", "Esc", noop("keys", "Back to sale")),
]

COUNT: list[Key] = [
    ("new_cycle", "F2", noop("keys", "New cycle count")),
    ("new_full", "F3", noop("keys", "New full count")),
    ("next", "F4", noop("keys", "Next open count")),
    ("variance", "F8", noop("keys", "Variance (manager)")),
    ("approve", "F9", noop("keys", "Approve && post")),
    ("print", "F10", noop("keys", "Print variance")),
    ("cancel", "F12", noop("keys", "Cancel count")),
    ("back", "Esc", noop("keys", "Back")),
]

RECEIVING: list[Key] = [
    ("new", "F2", noop("keys", "Type a delivery")),
    ("next", "F4", noop("keys", "Next delivery")),
    ("post", "F9", noop("keys", "Post receipt")),
    ("print", "F10", noop("keys", "Print last report")),
    ("back", "Esc", noop("keys", "Back")),
]

# The Manager screen (ui/manager/): the station's staff and what each role may do.
MANAGER: list[Key] = [
    ("add", "F2", noop("keys", "Add user")),
    ("pin", "F3", noop("keys", "Reset PIN")),
    ("role", "F4", noop("keys", "Change role")),
    ("refresh", "F5", noop("keys", "Refresh")),
    ("language", "F6", noop("keys", "Language")),
    ("disable", "F7", noop("keys", "Disable")),
    ("enable", "F8", noop("keys", "Enable")),
    ("unlock", "F9", noop("keys", "Unlock")),
    ("limits", "F10", noop("keys", "Role limits")),
    ("fiscal", "F11", noop("keys", "Fiscal records")),
    ("back", "Esc", noop("keys", "Back to sale")),
]

# The Fiscal screen (ui/fiscal_screen.py): the closings, the journal check and the reprints, for a
# manager (F11 on the Manager screen) and the read-only auditor, whose screen it is. The auditor's
# Esc goes nowhere (an auditor never comes to the counter): its key is hidden for them.
FISCAL: list[Key] = [
    ("print", "F2", noop("keys", "Print closing")),
    ("check", "F3", noop("keys", "Check journal")),
    ("receipt", "F4", noop("keys", "Reprint receipt")),
    ("return", "F6", noop("keys", "Reprint return")),
    ("x", "F8", noop("keys", "X report")),
    ("z", "F10", noop("keys", "Reprint Z")),
    ("see", "Ctrl+P", noop("keys", "See and print")),
    ("refresh", "F5", noop("keys", "Refresh")),
    ("lock", "Ctrl+L", noop("keys", "Lock")),
    ("back", "Esc", noop("keys", "Back to sale")),
]
