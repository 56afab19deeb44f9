"""The outside world: SQLite, printers, the hub's HTTP API."""
