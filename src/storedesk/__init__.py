"""storedesk: desktop point of sale and store order management."""

__version__ = "0.1.0"
