"""FastAPI dependencies shared by the routers of the feature packages (hub/<feature>/api.py)."""

from __future__ import annotations

from fastapi import Request
from sqlalchemy.engine import Engine


def engine(request: Request) -> Engine:
    """The app's engine (create_app puts it on app.state)."""
    return request.app.state.engine
