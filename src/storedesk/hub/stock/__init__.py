"""Store stock at the hub: the movement ledger across stores, advance shipping notices from the
ERP, transfers between stores, and counts scanned from several stations of a store.

Modules: ledger (on-hand by location: the balances kept with every ledger insert), erp (a
warehouse's movements and snapshots from the ERP), asns (PUT /v1/asns),
transfers (the "transfer" and "receiving" events, GET /v1/transfers), counts (the count_* events,
relayed to the store's other stations), api (the HTTP routes), models (tables asns, transfers).
The "stock_movements" event itself is applied by ingest.py's fast path with sales (one batch, a
few multi-row INSERTs).
"""
