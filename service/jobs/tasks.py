"""The Dramatiq broker on Kutip's Redis and the one task: answer one article of a job.

Workers (`python -m service worker`, which runs Dramatiq's own command on this module) load
the models once per process, on their first article, after Dramatiq has forked them, and
answer through the same cache as the API, so an article already answered costs nothing.
Delivery is at least once: a message is acknowledged only after its result is stored, and
the messages of a worker that died (no heartbeat for JOB_HEARTBEAT_SECONDS) are put back on
the queue by the other workers; the store counts each article once whatever happens.
"""

from __future__ import annotations

import logging
import threading

import dramatiq
from dramatiq.brokers.redis import RedisBroker

from service.errors import BudgetExceeded, OutOfMemory, OverCapacity
from service.jobs.store import JobStore
from service.settings import Settings

log = logging.getLogger(__name__)
settings = Settings.from_env()
if not settings.redis_url:
    raise RuntimeError("batch jobs need Redis: set REDIS_URL")

# Out of a million broker commands, how many also check for dead workers' messages: often
# enough that an article held by a killed worker is redelivered within a minute.
MAINTENANCE_CHANCE = 100_000
broker = RedisBroker(url=settings.redis_url, namespace=settings.cache_prefix + "dramatiq",
                     heartbeat_timeout=int(settings.job_heartbeat_seconds * 1000),
                     maintenance_chance=MAINTENANCE_CHANCE)
if settings.worker_metrics_port:
    # Dramatiq's own Prometheus middleware serves the workers' samples (its message counters
    # and Kutip's) on this port; `python -m service worker` hands it the port and directory
    # in the environment it reads them from.
    from dramatiq.middleware.prometheus import Prometheus

    broker.add_middleware(Prometheus())
dramatiq.set_broker(broker)
QUEUE = "articles"

_lock = threading.Lock()
_state: dict = {}


def store() -> JobStore:
    with _lock:
        if "store" not in _state:
            _state["store"] = JobStore.from_url(settings.redis_url, prefix=settings.cache_prefix,
                                                ttl=settings.job_ttl)
        return _state["store"]


def answers():
    """This process's answer service: the engine (loaded on first use, after the fork) behind
    the shared cache."""
    with _lock:
        if "answers" not in _state:
            from service.answers import AnswerService
            from service.cache import make_cache
            from service.extract.engine import Engine

            service = AnswerService(lambda: Engine.from_settings(settings), make_cache(settings),
                                    budget_seconds=settings.extract_budget_seconds,
                                    max_pending=1_000_000)
            service.load()
            _state["answers"] = service
        return _state["answers"]


@dramatiq.actor(queue_name=QUEUE, max_retries=5, min_backoff=1000, max_backoff=30_000,
                time_limit=int((settings.extract_budget_seconds or 600) * 2 * 1000))
def answer_article(job_id: str, index: int) -> None:
    """Answer article index of job_id and store the result (once)."""
    jobs = store()
    article = jobs.article(job_id, index)
    if article is None:
        return  # answered already (a redelivery), or the job expired
    service = answers()
    options = {"language": "id"}
    try:
        body, _ = service.answer(article.text, options)
    except (BudgetExceeded, OutOfMemory) as exc:
        code = "over_budget" if isinstance(exc, OutOfMemory) or exc.predicted else "timeout"
        if jobs.record(job_id, index, article.id, error={"code": code, "message": str(exc)}):
            _count("failed")
        return
    except OverCapacity:
        raise  # not in a worker (no admission limit), but never lose an article: retry
    import json

    answer = json.loads(body)
    answer.pop("cached", None)
    if jobs.record(job_id, index, article.id, answer=answer):
        _count("done")


def _count(outcome: str) -> None:
    from service import metrics  # after Dramatiq's boot has set the metrics directory

    metrics.ARTICLES.labels(outcome).inc()


def enqueue(job_id: str, indexes: list[int]) -> None:
    for index in indexes:
        answer_article.send(job_id, index)


def queue_depth() -> int:
    return broker.do_qsize(QUEUE) if hasattr(broker, "do_qsize") else 0
