"""HTTP routes: Returns: return grants (arbitration of returned quantities per sold line), received returns, over-return flags, store-credit vouchers and their movements."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
