"""HTTP routes: Store stock documents: advance shipping notices and transfers between stores."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
