"""What every /v1 answer says about itself, whichever path answered it (Flask's hooks in
app.py, or the repeat path in api/repeats.py): its request id, its Server-Timing header and
its request metrics."""

from __future__ import annotations

import re
import uuid

from service import metrics

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def request_id(presented: str | None) -> str:
    """The client's X-Request-ID when it is a safe token (it goes into logs and headers), a
    new one otherwise."""
    return presented if presented and _REQUEST_ID.match(presented) else uuid.uuid4().hex


def server_timing(seconds: float) -> str:
    return f"app;dur={seconds * 1000:.1f}"


def observe(route: str, method: str, status: int, seconds: float) -> None:
    """One answered request in the metrics, by route (the URL rule, never the raw path, so a
    client cannot add series)."""
    metrics.REQUESTS.labels(route, metrics.method_label(method), status).inc()
    metrics.LATENCY.labels(route).observe(seconds)
