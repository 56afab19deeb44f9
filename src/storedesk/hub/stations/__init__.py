"""The stations' side of the hub: event ingest, the feed, and a station reading back its own
events (api.py). The work is in the shared modules ingest.py, validation.py and feed.py."""
