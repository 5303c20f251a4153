"""Prometheus metrics (prometheus-client). In gunicorn and in Dramatiq workers they run in
multiprocess mode: PROMETHEUS_MULTIPROC_DIR is set before this module is imported (gunicorn's
config; Dramatiq's Prometheus middleware), so every process's samples are summed at a scrape.
Names are listed in README.md."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter("kutip_http_requests_total", "HTTP requests answered",
                   ["route", "method", "status"])
LATENCY = Histogram("kutip_http_request_seconds", "Time to answer an HTTP request", ["route"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
REPEATS = Counter("kutip_repeat_answers_total",
                  "Cache hits answered by the repeat path, before Flask (api/repeats.py)")
CACHE = Counter("kutip_cache_lookups_total", "Answer cache lookups", ["result"])
STAGE = Histogram("kutip_extract_stage_seconds", "Time of one extraction, by stage", ["stage"],
                  buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
SHED = Counter("kutip_requests_shed_total", "Uncached requests refused at once (503)")
ARTICLES = Counter("kutip_job_articles_total", "Batch-job articles finished", ["outcome"])
MODEL_LOAD = Gauge("kutip_model_load_seconds", "Time the last model load took",
                   multiprocess_mode="max")

# HTTP's registered methods; any other token a client sends is one label value, so a client
# cannot add series (each is a file in multiprocess mode, and a line at every scrape).
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE",
                      "PATCH"})


def method_label(method: str) -> str:
    return method if method in _METHODS else "other"
