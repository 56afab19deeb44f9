"""Gift cards at the hub (issue 18): the balance of every card lives here only.

A card is activated (or reloaded) by the sale that sold it, when that sale's event is ingested
(exactly once: one operation per sale line, in the ingest transaction); it is redeemed as a
tender before a sale completes (POST /v1/gift-cards/{code}/redeem, atomic and idempotent by the
station's redemption id), and a redemption the clerk removes is given back once. A gift card is
not revenue: its balance is a liability (`storedesk-hub export gift-cards`).
"""
