"""The counter's sale screen, by what each part does: screen.py (the screen, the scan field and
the changes to the basket's lines), basket_table.py (the basket's table and its selected line),
totals.py (the total, the payments taken, the change), limits.py (the store's quantity and total
limits asked about), checkout.py (F10, F12 and the receipt), park.py (F9 park and recall),
search_dialog.py (F2). The payment dialog is ui/payment_dialog.py: the pickup desk and the
Returns screen take money with it too."""
