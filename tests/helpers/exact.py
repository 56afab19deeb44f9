"""Money stays exact wherever it is written down: integer minor units or decimal strings in every
payload, frozen report and event, never a float (a float in the tree is a rounding waiting to happen)."""

from __future__ import annotations

from typing import Any


def no_floats(tree: Any) -> bool:
    """True when no value anywhere in this JSON-like tree (dicts, lists, scalars) is a float."""
    if isinstance(tree, dict):
        return all(no_floats(x) for x in tree.values())
    if isinstance(tree, list):
        return all(no_floats(x) for x in tree)
    return not isinstance(tree, float)
