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
import os
import threading
import time
from typing import TYPE_CHECKING, Any

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware.prometheus import Prometheus

from service.errors import BudgetExceeded, OutOfMemory, failure_of
from service.jobs.store import Article, JobStore, Quota
from service.settings import Settings

if TYPE_CHECKING:
    from service.answers import AnswerService

log = logging.getLogger(__name__)

# Out of a million broker commands, how many also check for dead workers' messages: often
# enough that an article held by a killed worker is redelivered within a minute.
MAINTENANCE_CHANCE = 100_000
QUEUE = "articles"

_lock = threading.Lock()
_state: dict[str, Any] = {}


class _SamplesOnly(Prometheus):
    """Dramatiq's Prometheus middleware without its exposition server: a pool's other
    processes record into the shared directory that the first one serves."""

    @property
    def forks(self) -> list[Any]:
        return []


class _NoteMessages(dramatiq.Middleware):
    """Records which queue message carries each article (the first, a retry, a delayed one
    moved back to the queue), so a stalled job re-queues only articles whose messages are
    lost, never those waiting their turn behind a backlog."""

    def after_enqueue(self, broker: dramatiq.Broker, message: dramatiq.Message[Any],
                      delay: int | None) -> None:
        if message.actor_name != "answer_article":
            return
        job_id, index = message.args
        try:
            store().note_message(job_id, index, message.options["redis_message_id"])
        except (redis.RedisError, OSError, KeyError) as exc:  # only costs a re-queue later
            log.warning("could not note the message of %s/%s: %s", job_id, index, exc)


def _broker_for(settings: Settings) -> dramatiq.Broker:
    if not settings.jobs_redis:
        return StubBroker()  # nothing can be queued without Redis; the API answers 503
    # Dramatiq's RedisBroker has no annotations.
    broker = RedisBroker(  # type: ignore[no-untyped-call]
        url=settings.jobs_redis, namespace=settings.cache_prefix + "dramatiq",
        heartbeat_timeout=int(settings.job_heartbeat_seconds * 1000),
        maintenance_chance=MAINTENANCE_CHANCE)
    broker.add_middleware(_NoteMessages())
    if settings.worker_metrics_port:
        # Dramatiq's own Prometheus middleware serves the workers' samples (its message
        # counters and Kutip's) on this port; `python -m service worker` hands it the port
        # and directory in the environment it reads them from.
        serves = os.environ.get("KUTIP_SERVE_WORKER_METRICS", "1") != "0"
        broker.add_middleware(Prometheus() if serves else _SamplesOnly())
    return broker


# Dramatiq's command imports this module: the broker comes from the environment's settings.
# An app built with other settings (tests, several apps in one process) calls configure().
settings = Settings.from_env()
broker = _broker_for(settings)
dramatiq.set_broker(broker)


def store() -> JobStore:
    with _lock:
        if "store" not in _state:
            _state["store"] = JobStore.from_url(
                settings.jobs_redis, prefix=settings.cache_prefix, ttl=settings.job_ttl,
                quota=Quota(jobs=settings.max_jobs_per_key,
                            articles=settings.max_queued_articles_per_key,
                            bytes=settings.max_queued_bytes_per_key))
        jobs: JobStore = _state["store"]
        return jobs


def answers() -> AnswerService:
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
        shared: AnswerService = _state["answers"]
        return shared


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
        answer = service.answer(article.text, options).data
    except (BudgetExceeded, OutOfMemory, MemoryError) as exc:
        # The same codes the API answers with (service.errors' one table).
        failure = failure_of(exc, budget_seconds=settings.extract_budget_seconds)
        assert failure is not None
        if _record(jobs, job_id, index, article.id,
                   error={"code": failure.code, "message": failure.message}):
            _count("failed")
        return
    archived = _archive(article, answer) if article.archive else None
    if _record(jobs, job_id, index, article.id, answer=answer, archived=archived):
        _count("done")


def _archive(article: Article, answer: dict[str, Any]) -> dict[str, Any]:
    """Store an answered article in the archive: its archive id, or the error that kept it
    out (the answer is recorded either way, and the same text can be archived again later:
    ingest is idempotent)."""
    import datetime as dt

    from service.errors import ArchiveUnavailable

    if "archive" not in _state:
        from service.archive.store import Archive

        _state["archive"] = Archive(settings.database_url)
    published = dt.date.fromisoformat(article.published) if article.published else None
    try:
        created, stored = _state["archive"].ingest(article.text, answer, {
            "title": article.title, "url": article.url, "outlet": article.outlet,
            "published": published})
    except ArchiveUnavailable as exc:
        log.warning("archive unavailable for an article of a job: %s", exc)
        return {"error": {"code": "archive_unavailable", "message": str(exc)}}
    return {"article_id": stored["article"]["id"], "created": created}


# How long a worker holding an answer waits for Redis to come back before giving the article
# up to redelivery: a result computed is not thrown away for a Redis restart.
RECORD_PATIENCE_SECONDS = 300.0


def _record(jobs: JobStore, job_id: str, index: int, article_id: str,
            **result: dict[str, Any] | None) -> bool:
    """jobs.record, waiting out a Redis that is away (the message is only acknowledged after
    this returns, and an acknowledgement Redis never saw would strand it)."""
    deadline = time.monotonic() + RECORD_PATIENCE_SECONDS
    while True:
        try:
            return jobs.record(job_id, index, article_id, **result)
        except (redis.RedisError, OSError) as exc:
            if time.monotonic() > deadline:
                raise
            log.warning("job store unreachable, keeping the answer of %s/%d: %s", job_id,
                        index, exc)
            time.sleep(1.0)


def _count(outcome: str) -> None:
    from service import metrics  # after Dramatiq's boot has set the metrics directory

    metrics.ARTICLES.labels(outcome).inc()


def configure(new: Settings) -> None:
    """Use new settings' Redis for the queue and the store (the app's, when they differ from
    the environment's)."""
    global settings, broker
    with _lock:
        same = (new.jobs_redis, new.cache_prefix) == (settings.jobs_redis, settings.cache_prefix)
        if same and "store" in _state:
            return
        settings = new
        if not same:
            broker = _broker_for(new)
            dramatiq.set_broker(broker)
            broker.declare_actor(answer_article)
            answer_article.broker = broker
        _state.clear()


def enqueue(job_id: str, indexes: list[int]) -> None:
    for index in indexes:
        answer_article.send(job_id, index)


def waiting_message_ids() -> set[str]:
    """Ids of the messages waiting in the queue or delayed (a retry's back-off)."""
    if not isinstance(broker, RedisBroker):
        return set()
    queued = broker.client.lrange(f"{broker.namespace}:{QUEUE}", 0, -1)
    delayed = broker.client.hkeys(f"{broker.namespace}:{QUEUE}.DQ.msgs")
    return {m.decode() if isinstance(m, bytes) else str(m) for m in [*queued, *delayed]}


def queue_depth() -> int:
    return broker.do_qsize(QUEUE) if isinstance(broker, RedisBroker) else 0
