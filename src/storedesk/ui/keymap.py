"""Every key of the till, screen by screen, in one place: what a clerk's keyboard does is read
here, and tests/unit/test_keymap.py checks it (no key twice on a screen, Esc goes back).

A row is (action, key, caption): the key as QKeySequence reads it ("F2", "Del", "Esc",
"Ctrl+P"), shown on its button and made its shortcut by ui/keyed_panel.py; the screen's
`trigger(action)` acts on it. No Qt here, so the map is checked without a display."""

from __future__ import annotations

Key = tuple[str, str, str]

# The counter: 16 keys, two rows of eight fit a 1024 px till. Ctrl+M (the Manager screen) is
# shown to managers only (ui/manager/screen.py show_manager_key); anyone else who presses it
# is told that a manager signs in for it.
SALE: list[Key] = [
    ("search", "F2", "Search"),
    ("quantity", "F4", "Quantity"),
    ("price", "F7", "Price"),
    ("discount", "F8", "Discount"),
    ("void", "Del", "Void line"),
    ("park", "F9", "Park / recall"),
    ("pay", "F10", "Payment"),
    ("exact", "F12", "Exact cash"),
    ("reprint", "Ctrl+P", "Reprint"),
    ("stock", "F5", "Stock"),
    ("sync", "F6", "Sync"),
    ("shift", "F11", "Shift"),
    ("pickup", "F3", "Pickup"),
    ("returns", "Ctrl+R", "Returns"),
    ("lock", "Ctrl+L", "Lock"),
    ("manager", "Ctrl+M", "Manager"),
]

# + and − act from the field only when it is empty (the screen reads them: SCREEN_KEYS).
RETURNS: list[Key] = [
    ("new", "F2", "New return"),
    ("all", "F3", "All lines"),
    ("more", "+", "One more"),
    ("less", "−", "One less"),
    ("condition", "F4", "Condition"),
    ("reason", "F7", "Reason"),
    ("refund_to", "F8", "To credit"),
    ("exchange", "F6", "Exchange"),
    ("no_receipt", "F9", "No receipt"),
    ("flags", "F10", "Flags"),
    ("ack", "F11", "Acknowledge"),
    ("complete", "F12", "Complete"),
    ("reprint", "Ctrl+P", "Reprint"),
    ("back", "Esc", "Sale"),
]

PICKUP: list[Key] = [
    ("find", "F2", "Find order"),
    ("accept", "F3", "Accept + pick list"),
    ("scan", "F4", "Scan item"),
    ("reject", "F6", "Reject line"),
    ("print", "F7", "Print pick list"),
    ("return", "F8", "Return to shelf"),
    ("ready", "F9", "Ready"),
    ("handover", "F10", "Hand over"),
    ("refresh", "F5", "Refresh"),
    ("back", "Esc", "Back to sale"),
]

SHIFT: list[Key] = [
    ("open", "F2", "Open shift"),
    ("paid_in", "F3", "Paid in"),
    ("paid_out", "F4", "Paid out"),
    ("no_sale", "F7", "No sale"),
    ("x", "F8", "X report"),
    ("close", "F9", "Close shift (Z)"),
    ("reprint", "F10", "Reprint Z"),
    ("print", "Ctrl+P", "See and print"),
    ("store_day", "F12", "Store day (hub)"),
    ("back", "Esc", "Back to sale"),
]

STOCK: list[Key] = [
    ("receive", "F2", "Receive"),
    ("adjust", "F3", "Adjust"),
    ("count", "F4", "Count"),
    ("transfer", "F7", "Transfer out"),
    ("lists", "F8", "Low / negative"),
    ("where", "F9", "Where else?"),
    ("labels", "F10", "Labels"),
    ("reorder", "F12", "Reorder point"),
    ("back", "Esc", "Back to sale"),
]

COUNT: list[Key] = [
    ("new_cycle", "F2", "New cycle count"),
    ("new_full", "F3", "New full count"),
    ("next", "F4", "Next open count"),
    ("variance", "F8", "Variance (manager)"),
    ("approve", "F9", "Approve && post"),
    ("print", "F10", "Print variance"),
    ("cancel", "F12", "Cancel count"),
    ("back", "Esc", "Back"),
]

RECEIVING: list[Key] = [
    ("new", "F2", "Type a delivery"),
    ("next", "F4", "Next delivery"),
    ("post", "F9", "Post receipt"),
    ("print", "F10", "Print last report"),
    ("back", "Esc", "Back"),
]

# The Manager screen (ui/manager/): the station's staff and what each role may do.
MANAGER: list[Key] = [
    ("add", "F2", "Add user"),
    ("pin", "F3", "Reset PIN"),
    ("role", "F4", "Change role"),
    ("refresh", "F5", "Refresh"),
    ("disable", "F7", "Disable"),
    ("enable", "F8", "Enable"),
    ("unlock", "F9", "Unlock"),
    ("limits", "F10", "Role limits"),
    ("back", "Esc", "Back to sale"),
]
