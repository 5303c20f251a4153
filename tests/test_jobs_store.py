"""The job store on real Redis (own key prefix, removed after): results count once however
often an article is delivered, pages stop at the first unanswered article, and a stalled
job's unanswered articles are handed out for re-queuing once."""

from __future__ import annotations

import uuid

import pytest
import redis

from service.jobs.store import Article, JobStore

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture()
def store():
    prefix = f"kutip-jobs-test-{uuid.uuid4().hex}:"
    yield JobStore.from_url(REDIS_URL, prefix=prefix, ttl=60)
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)


def _job(store: JobStore) -> str:
    articles = [Article(0, "a", "satu"), Article(2, "c", "tiga")]
    return store.create("me", articles, [(1, "b", {"code": "invalid_fields", "message": "x"})])


def test_a_redelivered_article_is_answered_and_counted_once(store):
    job = _job(store)
    assert store.record(job, 0, "a", answer={"id": "x"}) is True
    assert store.record(job, 0, "a", answer={"id": "y"}) is False  # the redelivery
    status = store.status(job, "me")
    assert (status["done"], status["failed"], status["status"]) == (1, 1, "running")
    assert store.article(job, 0) is None  # answered: a redelivery has nothing to do
    assert store.status(job, "someone else") is None


def test_pages_stop_at_the_first_unanswered_article(store):
    job = _job(store)
    store.record(job, 0, "a", answer={"id": "x"})
    items, following = store.results(job, 0, 10)
    assert [i["article"] for i in items] == ["a", "b"] and following == 2
    store.record(job, 2, "c", answer={"id": "z"})
    items, following = store.results(job, 2, 10)
    assert [i["article"] for i in items] == ["c"] and following is None
    assert store.status(job, "me")["status"] == "done"


def test_a_stalled_job_hands_out_its_unanswered_articles_once(store):
    job = _job(store)
    assert store.stalled(job, after_seconds=60) == []  # it just started
    store.client.hset(f"{store.prefix}job:{job}", "updated_ts", 0)
    assert store.stalled(job, after_seconds=60) == [0, 2]
    assert store.stalled(job, after_seconds=60) == []  # once, not on every poll
