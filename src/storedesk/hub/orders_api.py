"""HTTP routes: Web orders (click-and-collect): orders, lines, routing decisions, state history, notifications outbox, store coordinates and safety stock."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
