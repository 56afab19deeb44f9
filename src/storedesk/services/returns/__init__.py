"""Returns and refunds: find the sale, plan the return, get the hub's grant, write it.

One module per use case (the package groups what was returns.py, return_flags.py and
return_receipts.py); callers import the module they use:
  lookup.py      the return policy, the sale looked up here and at the hub, return numbers
  planning.py    what a return would refund and which approvals it needs (`preview`)
  complete.py    a return against a receipt: the hub's grant, then one write transaction
  no_receipt.py  returns without a receipt
  exchange.py    a return and a new sale in one transaction
  flags.py       over-returns the hub found at sync (feed kind "return_flag")
  printing.py    the return receipt (PDF kept, then ESC/POS)

One return = one BEGIN IMMEDIATE transaction: the return document with its own gapless
number (PAR01-T1-R000001), its lines, taxes and refund payments, stock movements by condition
(restock: back on the shelf; damaged: back, then written off by its own movement), a journal
entry and outbox events ("return", "stock_movements").

Across stations the hub arbitrates (DESIGN rule: money never leaves twice): before paying,
the station asks the hub to grant the quantities (POST /v1/returns/grants); the hub serialises
grants per sale, so two stations returning the same receipt at once get at most what was sold.
The network call happens outside the transaction; if the local write then fails, the grant
is released. Offline the store's policy decides: by default only this station's own sales,
up to what this station knows, and the result says it was offline. An over-return that still
slips through (another station returned the same line meanwhile) is flagged by the hub at
sync and shows on the Sync screen and the Z report: never silently accepted.
"""
