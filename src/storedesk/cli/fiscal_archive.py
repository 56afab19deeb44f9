"""Placeholder for issue 19's fiscal commands: the helper that owns this file replaces it."""

from __future__ import annotations


def add(sub, common) -> None:
    """Add this module's commands to `storedesk fiscal`."""
