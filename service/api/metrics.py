"""GET /metrics: Prometheus exposition of every gunicorn worker's samples (multiprocess mode)
plus the batch queue's depth, read from Redis at the scrape."""

from __future__ import annotations

import os

from flask import Blueprint, Response, current_app

blp = Blueprint("metrics", __name__)


class _QueueDepth:
    """The articles waiting in the batch queue, when there is a Redis."""

    def __init__(self, settings):
        self.settings = settings

    def collect(self):
        from prometheus_client.core import GaugeMetricFamily

        if not self.settings.jobs_redis:
            return
        try:
            from service.jobs import tasks

            tasks.configure(self.settings)
            depth = tasks.queue_depth()
        except Exception:  # a scrape must not fail because Redis is away
            return
        yield GaugeMetricFamily("kutip_queue_depth", "Articles waiting in the batch queue",
                                value=depth)


@blp.route("/metrics", methods=["GET"])
def metrics() -> Response:
    from prometheus_client import (
        CONTENT_TYPE_LATEST,
        REGISTRY,
        CollectorRegistry,
        generate_latest,
        multiprocess,
    )

    scrape = CollectorRegistry()
    scrape.register(_QueueDepth(current_app.config["KUTIP_SETTINGS"]))
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(scrape)
        body = generate_latest(scrape)
    else:  # one process (the CLI, tests in process): its own registry
        body = generate_latest(REGISTRY) + generate_latest(scrape)
    return Response(body, mimetype=CONTENT_TYPE_LATEST)
