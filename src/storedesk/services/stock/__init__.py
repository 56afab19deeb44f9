"""Store stock: receiving, adjustments, counts, transfers, reorder points, lists, feeds, PDFs.

One module per use case (the package groups what was stock.py, stock_ops.py, stock_feed.py,
stock_print.py, stock_where.py and stock_export.py); callers import the module they use:
  ledger.py     on-hand per product and its movement history (the Stock screen's list)
  posting.py    what every stock document shares: product lookup, document numbers,
                ledger movements and their outbox event, manager overrides
  receiving.py  deliveries (typed, ASN, transfer-in): scan, post
  adjust.py     adjustments with a reason code
  counts.py     blind counts scanned from every station, variance, approval
  transfer.py   transfers out to another store
  reorder.py    reorder points, low and negative stock lists
  feed.py       the hub's feed items (ASN, transfer, counts) applied by the puller
  printing.py   receiving and variance reports, shelf and price labels (PDF)
  where.py      stock in the other stores, asked of the hub
  export.py     the stock valuation file (`storedesk stock export`)

Each function is one business action in one transaction (rule 2). Every change of stock is a
movement in the ledger with a global id (rule 5), sent to the hub by a "stock_movements"
outbox event in the same transaction, so the other stations of the store converge.

Wire payloads owned by this module (sync/wire.py reserves the kinds):

event "transfer" (station -> hub), a transfer-out document for another store:
    {"store", "station", "transfer_id", "number", "to_store", "at", "user", "note",
     "lines": [{"sku", "name", "quantity"}]}            quantities are decimal strings > 0
    The transfer-out movements themselves travel in the same transaction's "stock_movements"
    event (reason "transfer_out", doc_ref = number).
event "receiving" (station -> hub), a delivery received against what was expected:
    {"store", "station", "delivery_id", "source": "asn"|"transfer"|"typed", "reference",
     "number", "at", "user", "lines": [{"sku", "expected", "received"}]}
    The hub closes the ASN or transfer and tells the store's other stations (so the same
    delivery is not received twice); the movements travel as "stock_movements"
    (reason "receiving" or "transfer_in").
event "count_started" / "count_scans" / "count_closed" (station -> hub -> the store's other
    stations): a count is scannable from every station of the store. Each scan has a global id
    and travels in a "count_scans" event written in the scan's transaction; stations merge
    scans by id (a union of sets); only the station that started the count ("origin")
    approves or cancels it, posting the corrections once; "count_closed" stops the others
    scanning. Payloads: sync/wire.py; appliers: services/stock/feed.py; hub: hub/stock/counts.py.
feed "transfer" (hub -> destination store's stations): see services/stock/feed.py.
feed "asn" (hub -> the store's stations): see services/stock/feed.py.
"""
