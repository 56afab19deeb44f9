"""Shifts at the hub: a station's Z ("shift_close": its totals and counted cash), kept for the ERP
beside the sales they summarise.

models.py  the shift_closes table (one row per Z; unique per station and Z number, and per shift)
events.py  the "shift_close" event: its payload model and rows, written by ingest.py's fast path
service.py the Z figures of a store's business day, for the day totals (reports/exports.py)
There are no routes of its own: the Z totals are read through GET /v1/stores/{code}/day-totals.
"""
