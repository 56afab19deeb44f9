"""Stopping a process a test started (a hub, a till, an X server), pass or fail."""

from __future__ import annotations

import subprocess


def stop(proc, timeout: float = 10) -> None:
    """SIGTERM, then SIGKILL if the process is still there `timeout` seconds later."""
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)
