"""What the ERP reads back: day totals per store and business day, and the journal of events
(exports.py), over HTTP (api.py) and from the command line (`storedesk-hub export`, cli.py)."""
