"""Click-and-collect at the pickup desk: web orders from the hub feed, queues and search,
accept, pick by scanning, reject a line with its reason, ready (reservations), handover
(code or ID check; paid online, or paid here through the sale path), and no-shows.

Each action is one transaction (rule 2) and writes its outbox event(s) in it (rule 6): the
station works offline and syncs later. The handover re-reads the order under the write lock,
so a cancellation the puller applied a moment earlier stops it with a clear message.

One module per use case (the package groups what was pickup.py and pickup_feed.py); callers
import the module they use:
  queues.py     an order as the desk shows it, the queues and their counts, search
  events.py     the outbox events and line quantities every desk action writes
  picking.py    accept, pick, unpick, reject a line, ready
  handover.py   the handover (code or ID check; paid online or here)
  shelf.py      expired orders back on the shelf; the hold time
  hub_check.py  the order's status asked of the hub before a handover
  slips.py      pick list and handover slip (PDF)
  feed.py       the hub's "order" and "order_status" feed items
"""
