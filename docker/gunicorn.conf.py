"""gunicorn settings for Kutip, all overridable from the environment.

CPU-bound NLP: one worker per core by default, each with a few threads so cached answers and
health checks are served while a parse runs, and torch limited to TORCH_THREADS per worker
(default 1) so workers do not oversubscribe the cores. The app, and with it the Stanza
models, loads in each worker after the fork (preload_app off): PyTorch's thread pools do not
survive a fork, and a worker that inherited a preloaded model can hang. Each worker gets an
address-space ceiling (WORKER_MAX_MEMORY_MB) right after the fork.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile

from service.logs import JsonFormatter  # noqa: F401  (referenced by logconfig_dict)
from service.serving import JsonAccessLogger, limit_memory, rss_mb, use_json_errors
from service.settings import Settings

settings = Settings.from_env()
use_json_errors()
# Prometheus multiprocess mode: each worker writes its samples here, /metrics sums them. Set
# before any worker imports prometheus_client; a fresh directory per server start.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="kutip-metrics-")

bind = settings.bind or f"0.0.0.0:{settings.port}"
workers = settings.web_concurrency or max(1, multiprocessing.cpu_count())
threads = settings.gunicorn_threads
worker_class = "gthread"
# A 200,000-character article takes about a minute on one core with the small models.
timeout = settings.gunicorn_timeout
graceful_timeout = settings.gunicorn_graceful_timeout
keepalive = settings.gunicorn_keepalive
backlog = settings.gunicorn_backlog
preload_app = False
# Worker recycling is off by default: a recycled worker reloads its models (about 3 s), which
# shows as latency spikes under load. Set GUNICORN_MAX_REQUESTS to bound a slow leak.
max_requests = settings.gunicorn_max_requests
max_requests_jitter = settings.gunicorn_max_requests_jitter
# gunicorn's runtime control socket is one fixed path per user; Kutip does not use it, and
# several servers on one host (tests, benchmarks) would fight over it.
control_socket_disable = not settings.gunicorn_control_socket
limit_request_line = 8190
limit_request_fields = 100

accesslog = "-"
errorlog = "-"
logger_class = JsonAccessLogger
loglevel = settings.log_level.lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "service.logs.JsonFormatter"},
        "raw": {"format": "%(message)s"},
    },
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "json",
                   "stream": "ext://sys.stdout"},
        "access": {"class": "logging.StreamHandler", "formatter": "raw",
                   "stream": "ext://sys.stdout"},
    },
    "root": {"level": loglevel.upper(), "handlers": ["stdout"]},
    "loggers": {
        "gunicorn.error": {"level": loglevel.upper(), "handlers": ["stdout"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
    },
}


def post_fork(server, worker):
    """Before the worker imports torch: bound its thread pools and its memory."""
    if settings.torch_threads > 0:
        os.environ["OMP_NUM_THREADS"] = str(settings.torch_threads)
        os.environ["MKL_NUM_THREADS"] = str(settings.torch_threads)
    limit_memory(settings.worker_max_memory_mb)




def post_worker_init(worker):
    worker.log.info("worker %s ready, models loaded, rss %.0f MB", worker.pid, rss_mb())


def child_exit(server, worker):
    """A worker's gauges leave the sums when it exits."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
