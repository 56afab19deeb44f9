"""Restore a station from a backup, then catch up from the hub before it sells again (rule 11).

Why: a backup is older than the station's last documents. Put back as it was, the station
numbered its next sale with a receipt number the hub already held: the hub refused the sale
but took its stock movements, and every document made since the backup was lost here.

`restore_from(folder, FILE)` (the app closed):
  1. the backup is copied next to the database and checked there BEFORE anything is touched:
     PRAGMA integrity_check, a schema this version knows, a store and station (the current
     database's, when that one is readable), an intact journal chain;
  2. the current storedesk.db, -wal and -shm are moved to before-restore-YYYYMMDD-HHMMSS/;
  3. the checked copy becomes storedesk.db, is migrated, and records a PENDING restore: from
     then on every numbered document is refused (`refuse_if_pending`, RestorePending).
`catch_up(uow, client)`: reads back every event this station sent (GET /v1/station/events)
  and, in ONE transaction:
  - journal: a "restore" entry (the backup's last sequence and hash, the file's SHA-256, what
    came back), then every journal entry the hub holds that the backup lacks — a sale's,
    a return's and a Z's event payload IS its entry's canonical text — re-appended unchanged
    with its original time and document number: the chain continues, `journal verify` passes.
    Order: each numbered series by its number (exact); the series merged by the station's own
    time stamps (`journal_order`). Sequence numbers differ from the lost originals, since the
    entries the hub never receives (shift opens, drawer moves, pickup steps, stock overrides)
    cannot come back; the restore entry says so, and a Z keeps its original last seq and hash;
  - documents: sales (lines, taxes, payments), returns, stock movements (by global id) and Zs
    (shift closed, Z row with its totals): receipts reprint and take returns, on-hand is right,
    the next Z's grand total continues. Other kinds (pickup, transfers, counts...) come back as
    their stock movements and their numbers;
  - outbox: every event the hub holds is recorded as answered (sent, or rejected with the
    hub's reason), so nothing is sent twice and a rejection stays visible;
  - counters: each numbered series moves past the highest number of this station found in the
    hub's events (receipts, returns, Z and shift numbers, REC/ADJ/CNT/TRF documents). Drawer
    moves (M...) never reach the hub: that series jumps SKIP numbers, recorded in the entry;
  - the restore is done: the station sells again.
`record_gap(uow)`: without a hub (none registered, or `--no-hub` when it is out of reach) the
  documents made after the backup cannot come back. A journaled "gap" entry records the range
  (after the backup's last entry and time, up to now) and every counter jumps SKIP numbers, so
  no number that may have been printed before the loss is used again; the next Z prints it.
Residual risk, documented: events still waiting in the lost database's outbox when it was lost
never reached the hub; a restore cannot see them (the till syncs every few seconds).

One module per step (the package is what was restore.py):
  pending.py     the pending restore and the refusal every numbered document checks
  backup.py      the backup file checked, the current database moved aside (`restore_from`)
  hub_events.py  this station's events read back from the hub, numbers and journal entries
  catch_up.py    the catch-up transaction (`catch_up`)
  rebuild.py     sales, returns, Zs and movements rebuilt from the hub's payloads
  gap.py         without a hub: the gap journaled, numbers skipped (`record_gap`)
"""
