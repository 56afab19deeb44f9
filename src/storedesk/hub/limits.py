"""Request guards that run before FastAPI reads a body: 413 for a body over the limit
(checked on Content-Length and again while reading, for chunked uploads) and 415 for a
body that is not JSON. The hub answers and keeps serving; nothing is stored."""

from __future__ import annotations

import json

MAX_BODY = 5 * 1024 * 1024
# What we read and throw away after refusing, so the client can read our answer instead of
# a reset connection; past this the connection is simply closed after the answer.
DRAIN_LIMIT = 64 * 1024 * 1024
BODY_METHODS = {"POST", "PUT", "PATCH"}


def is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class BodyGuard:
    """Pure ASGI middleware (no Starlette request object, so the body is read exactly once)."""

    def __init__(self, app, max_body: int = MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            return await self.app(scope, receive, send)
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit():
                return await self._refuse(receive, send, 400, "Content-Length is not a number")
            if int(length) > self.max_body:
                return await self._refuse(receive, send, 413, f"body over {self.max_body} bytes; send smaller batches")
        if not is_json(headers.get(b"content-type", b"").decode("latin-1")):
            return await self._refuse(receive, send, 415, "send the body as application/json")
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if len(body) > self.max_body:
                return await self._refuse(
                    receive, send, 413, f"body over {self.max_body} bytes; send smaller batches", already=len(body)
                )
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _refuse(self, receive, send, status: int, detail: str, already: int = 0) -> None:
        read = already
        while read <= DRAIN_LIMIT:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            read += len(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = json.dumps({"detail": detail}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})
