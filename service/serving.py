"""Kutip under gunicorn: JSON access lines, JSON error pages for gunicorn's own errors, and a
memory ceiling per worker. docker/gunicorn.conf.py wires these in; the app knows nothing of
them.
"""

from __future__ import annotations

import json
import logging
import resource

from gunicorn import util
from gunicorn.glogging import Logger

log = logging.getLogger(__name__)


class JsonAccessLogger(Logger):
    """Access lines built as dicts and serialised by json, so whatever a client sends (a
    User-Agent ending in a backslash, quotes, control bytes) leaves the line valid JSON. The
    query string is never logged: it may hold a title, and keys must never reach a log."""

    def access(self, resp, req, environ, request_time) -> None:
        if not self.access_log_enabled:
            return
        pairs = resp.headers.items() if isinstance(resp.headers, dict) else resp.headers
        lowered = {str(k).lower(): v for k, v in pairs}
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        line = {
            "type": "access",
            "time": self.now(),
            "request_id": lowered.get("x-request-id", ""),
            "remote": environ.get("REMOTE_ADDR", "-"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "status": int(status) if str(status).isdigit() else status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": request_time.seconds * 1000 + request_time.microseconds // 1000,
            "server_timing": lowered.get("server-timing", ""),
            "cache": lowered.get("x-kutip-cache", ""),
            "user_agent": environ.get("HTTP_USER_AGENT", ""),
        }
        try:
            self.access_log.info("%s", json.dumps(line, ensure_ascii=False, default=str))
        except Exception:  # a log line must never fail a request
            self.error("could not write an access line")


def write_json_error(sock, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's own error page (bad request line, header too large, URI too long, bad
    chunk), as the contract's JSON error instead of HTML."""
    code = reason.lower().replace(" ", "_") or "bad_request"
    body = json.dumps({"error": {"code": code, "message": mesg or reason, "details": {}}})
    payload = body.encode("utf-8")
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + payload)


def use_json_errors() -> None:
    """Route gunicorn's error pages through write_json_error (gunicorn looks it up on its util
    module at each error)."""
    util.write_error = write_json_error


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space: an allocation past it fails (MemoryError, or torch's
    allocator error) and the request gets a 503, instead of the host running out of memory."""
    if megabytes <= 0:
        return
    limit = megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process in MB (-1 when unknown): logged at worker start, and read
    by the benchmarks and tests."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return -1.0
