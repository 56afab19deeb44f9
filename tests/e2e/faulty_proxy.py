"""A real HTTP proxy between a station and the hub that misbehaves on purpose.

Each request gets a fault from `plan(n)` (n counts requests from 0):
  "ok"         forward and answer
  "500"        answer 500 without forwarding
  "timeout"    hold the request longer than the client waits, then drop it
  "lost"       forward (the hub commits), then cut the connection before answering
  "down"       refuse: close the connection at once
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests


class FaultyProxy:
    def __init__(self, target: str, plan, hold: float = 2.0):
        self.target = target.rstrip("/")
        self.plan = plan
        self.hold = hold
        self.count = 0
        self.faults: dict[str, int] = {}
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _handle(self):
                with proxy._lock:
                    n = proxy.count
                    proxy.count += 1
                fault = proxy.plan(n)
                with proxy._lock:
                    proxy.faults[fault] = proxy.faults.get(fault, 0) + 1
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if fault == "down":
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if fault == "500":
                    self._answer(500, b'{"detail":"injected failure"}')
                    return
                if fault == "timeout":
                    time.sleep(proxy.hold)
                    self.close_connection = True
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                resp = requests.request(self.command, proxy.target + self.path, data=body, headers=headers, timeout=30)
                if fault == "lost":  # the hub has committed; the answer never arrives
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self._answer(resp.status_code, resp.content, resp.headers.get("Content-Type", "application/json"))

            def _answer(self, status: int, body: bytes, ctype: str = "application/json"):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
