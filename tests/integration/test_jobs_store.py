"""The job store on real Redis (own key prefix, removed after): results count once however
often an article is delivered, pages stop at the first unanswered article, and a stalled
job's unanswered articles are handed out for re-queuing once."""

from __future__ import annotations

import json
import uuid

import pytest
import redis

from service.jobs.store import Article, JobStore, Quota, QuotaExceeded

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
    assert [json.loads(i)["article"] for i in items] == ["a", "b"] and following == 2
    store.record(job, 2, "c", answer={"id": "z"})
    items, following = store.results(job, 2, 10)
    assert [json.loads(i)["article"] for i in items] == ["c"] and following is None
    assert store.status(job, "me")["status"] == "done"


def test_a_stalled_job_hands_out_its_unanswered_articles_once(store):
    job = _job(store)
    assert store.stalled(job, after_seconds=60) == []  # it just started
    store.client.hset(f"{store.prefix}job:{job}", "updated_ts", 0)
    assert store.stalled(job, after_seconds=60) == [0, 2]
    assert store.stalled(job, after_seconds=60) == []  # once, not on every poll


def test_a_stalled_job_re_queues_only_articles_whose_messages_are_not_waiting(store):
    job = _job(store)
    store.note_message(job, 0, "m-waiting")
    store.note_message(job, 2, "m-lost")
    store.client.hset(f"{store.prefix}job:{job}", "updated_ts", 0)
    # Article 0's message still waits its turn behind a backlog; article 2's is gone.
    assert store.stalled(job, after_seconds=60, waiting={"m-waiting", "other"}) == [2]


def test_a_result_for_an_expired_job_is_dropped_not_written_back_without_a_ttl(store):
    job = _job(store)
    store.client.delete(*store._keys(job))
    assert store.record(job, 0, "a", answer={"id": "x"}) is False
    assert not store.client.exists(*store._keys(job))  # no key re-created, none without TTL


def _quota_store(prefix: str, **limits) -> JobStore:
    return JobStore.from_url(REDIS_URL, prefix=prefix, ttl=60, quota=Quota(**limits))


@pytest.mark.parametrize(("limits", "what"), [
    ({"jobs": 2}, "jobs"), ({"articles": 3}, "articles"), ({"bytes": 200}, "bytes")])
def test_an_owner_past_its_quota_is_refused_and_others_are_not(store, limits, what):
    quota_store = _quota_store(store.prefix, **limits)
    one = [Article(0, "a", "x" * 60)]  # about 90 bytes stored
    quota_store.create("greedy", one, [])
    quota_store.create("greedy", one, [])  # 2 jobs, 2 articles, about 180 bytes: all allowed
    with pytest.raises(QuotaExceeded) as refused:
        quota_store.create("greedy", [*one, Article(1, "b", "y" * 60)], [])
    assert refused.value.what == what
    assert quota_store.create("modest", [Article(0, "d", "w")], [])  # another owner


def test_answered_articles_give_their_quota_back(store):
    quota_store = _quota_store(store.prefix, articles=2)
    job = quota_store.create("me", [Article(0, "a", "x"), Article(1, "b", "y")], [])
    with pytest.raises(QuotaExceeded):
        quota_store.create("me", [Article(0, "c", "z")], [])
    quota_store.record(job, 0, "a", answer={"id": "x"})
    quota_store.create("me", [Article(0, "c", "z")], [])  # one article freed
    quota_store.record(job, 1, "b", error={"code": "timeout", "message": "m"})
    assert quota_store.status(job, "me")["status"] == "done"
    assert not quota_store.client.sismember(f"{store.prefix}owner:me:jobs", job)


def test_a_page_stops_before_its_byte_budget_but_holds_at_least_one_result(store):
    job = store.create("me", [Article(k, str(k), "t") for k in range(4)], [])
    for k in range(4):
        store.record(job, k, str(k), answer={"id": "x" * 1000})
    items, following = store.results(job, 0, 10, max_bytes=2500)
    assert len(items) == 2 and following == 2
    items, following = store.results(job, 0, 10, max_bytes=10)
    assert len(items) == 1 and following == 1


def test_every_key_of_a_job_expires_with_it(store):
    job = store.create("me", [Article(0, "a", "satu")], [])  # no rejected item: no results yet
    store.note_message(job, 0, "m1")
    store.record(job, 0, "a", answer={"id": "x"})
    keys = list(store.client.scan_iter(match=f"{store.prefix}*"))
    assert keys and all(0 < store.client.ttl(k) <= 60 for k in keys), {
        k: store.client.ttl(k) for k in keys}
