"""Returns at the hub: sale lookup for a return desk, return grants (the arbiter), the "return"
event, over-return flags and the day's refunds.

Modules: grants.py (what was returned, lookup, grants), events.py (the "return" event, flags,
day figures), vouchers.py (store credit), docs.py (receipts and web orders alike), api.py (the
HTTP routes), models.py (tables).

Field notes: Odoo (PR #281405) and ERPNext (#24259) refunded more than was sold. Here a sold
line's "returned" quantity is counted across every store and station:

    returned(line) = quantities of accepted receipt returns of the line
                   + quantities of ACTIVE grants on the line (not consumed, released or expired)

Online, a station asks for a grant before it pays the refund (POST /v1/returns/grants). The
check "asked <= sold - returned" and the grant's INSERT run in one write transaction that
holds the sale row (SELECT ... FOR UPDATE on PostgreSQL; SQLite has one writer at a time), so
two stations asking for the same line at once are served one after the other and the second
sees the first's grant: the total granted never exceeds the sale. A grant lasts GRANT_TTL
(24 h); the station's "return" event that names it consumes it (its lines then count through
the return's lines, not twice); DELETE releases it when the clerk gives up.

Offline, a station returns what its own policy allows and sends the "return" event later. The
hub accepts it anyway (goods and money already moved) and, when a line's accepted returns then
exceed what was sold, or the sale is unknown at the hub, records an over-return flag and feeds
a "return_flag" item to the return's store: never silent.

Contract (issue 5), all under a station token; money integer minor units, quantities decimal strings:
  GET    /v1/returns/sales/{ref}          the sale of any store by receipt number, with per line
                                          "returned", its payments and what was refunded per kind.
  POST   /v1/returns/grants               {"grant_id", "ref", "lines": [{"line", "quantity"}]}
                                          200 {"grant_id", "status": "granted", "lines":
                                          [{"line", "returned_before"}]} | 409 over | 404 | 422.
  DELETE /v1/returns/grants/{grant_id}    200 {"grant_id", "status": "released"} | 409 consumed | 404.
  GET    /v1/returns/flags?store=CODE     over-return flags of a store (ERP or that store's station).
  event "return"                          see events.validate(); applied by events.apply_return (handlers.py).
  GET    /v1/vouchers/{code}              {"code", "currency", "balance_minor", "issued_minor", "status"}.
  POST   /v1/vouchers/{code}/redeem       {"redemption_id", "amount_minor", "ref"} -> 200 {"redemption_id",
                                          "balance_minor"} | 409 "Voucher X has 12.50 left" | 404.
  POST   /v1/vouchers/redemptions/{id}/cancel   gives the amount back, once.

Additive extras beyond that contract:
  - the grant answer's lines also carry "quantity" (granted now), and the answer "ref", "sale_id"
    and "expires_at"; the lookup's lines also carry "unit_price_minor", "discount_minor" and
    "tax_minor", and the lookup has "total_minor", "rounding_minor" and "returns" (the return
    numbers already made against the sale).
  - releasing a grant that was already released, or that expired, answers 200 "released" again;
    a grant of another store answers 403.
  - flags are checked on EVERY receipt return, also one that consumed a grant: if offline returns
    arrived meanwhile and the total now exceeds the sale, that return is flagged too.
  - a return line naming a line that is not on the sale is accepted and flagged as well.
  - the hub sets the event row's occurred_at / business_date / doc_ref (the return number), so
    returns appear in the ERP journal export of their business day.
  - a return payment may also be of kind "exchange" (the station's exchanges: the returned goods'
    value netted against the new sale of the same visit); it shows in "refunded" and in the day's
    "refunds" under that kind.
  - vouchers (vouchers.py): GET also answers "store" and "created_at" and is open to the ERP token;
    a redemption answers "code" and "amount_minor" too; a voucher of another currency than the
    redeeming store's is refused (409); cancel answers {"redemption_id", "status": "cancelled",
    "code", "amount_minor", "balance_minor"}, 403 for another store's redemption, 404 unknown.
    NB: the hub's BodyGuard answers 415 to any POST that is not JSON, so a cancel must send a
    JSON body ({} will do).
  - GET /v1/returns/flags answers {"store", "flags": [{"flag_id", "return_no", "original_ref",
    "detail", "at", "store", "station", "return_id"}]}, oldest first.
  - day totals (reports/exports.py): "refunds" {kind: minor handed out} is present on days with
    returns (left out otherwise, so the figures of a day without returns are unchanged); the
    API's response model (reports/api.py DayTotals) answers {} for it on a day without returns.
    CSV: one "refund" row per kind.
  - web orders (returns/docs.py): a collected order paid online is looked up, granted and flagged
    by its order number exactly like a receipt (its lines are what was collected; its one payment
    is "online", and a refund to it is of kind "online", settled by the ERP).
"""
