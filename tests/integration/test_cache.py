"""The answer cache on real Redis (own key prefix, cleaned up) and in process."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid

import pytest
import redis

from service.answers import AnswerService
from service.cache import LayeredCache, MemoryCache, RedisCache, make_cache
from service.errors import OutOfMemory
from service.settings import Settings
from tests.servers import free_port

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture()
def prefix():
    p = f"kutip-test-{uuid.uuid4().hex}:"
    yield p
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(match=p + "*"):
        client.delete(key)


def test_memory_cache_evicts_least_recent_and_expires():
    cache = MemoryCache(size=2, ttl=0.2)
    cache.set("a", "1")
    cache.set("b", "2")
    assert cache.get("a") == "1"
    cache.set("c", "3")  # evicts b, the least recently used
    assert cache.get("b") is None and cache.get("a") == "1" and cache.get("c") == "3"
    time.sleep(0.25)
    assert cache.get("a") is None


def test_memory_cache_bounded_by_characters_keeps_the_newest_that_fit():
    cache = MemoryCache(size=100, ttl=60, max_chars=10)
    cache.set("a", "x" * 4)
    cache.set("b", "y" * 4)
    cache.set("c", "z" * 4)  # 12 characters: a, the least recently used, goes
    assert cache.get("a") is None and cache.get("b") == "yyyy" and cache.get("c") == "zzzz"
    cache.set("b", "w" * 6)  # replacing a value counts its new size, not both
    assert cache.get("b") == "w" * 6 and cache.get("c") == "zzzz"
    cache.set("huge", "h" * 11)  # larger than the whole bound: not kept, nothing evicted
    assert cache.get("huge") is None and cache.get("c") == "zzzz"


def test_with_redis_each_worker_keeps_a_local_tier_unless_turned_off():
    layered = make_cache(Settings.from_env(redis_url=REDIS_URL, local_cache_mb=8))
    assert isinstance(layered, LayeredCache) and layered.kind == "redis"
    assert layered.local.max_chars == 8_000_000
    assert isinstance(make_cache(Settings.from_env(redis_url=REDIS_URL, local_cache_mb=0)),
                      RedisCache)
    assert isinstance(make_cache(Settings.from_env(redis_url="")), MemoryCache)


def test_the_local_tier_answers_without_redis_and_fills_from_it(prefix):
    down = RedisCache(f"redis://127.0.0.1:{free_port()}/0", timeout=0.2, retry_after=60)
    cache = LayeredCache(MemoryCache(size=8, ttl=60), down)
    cache.set("k", "v")  # Redis unreachable: kept locally all the same
    assert cache.get("k") == "v"
    shared = RedisCache(REDIS_URL, prefix=prefix, ttl=30)
    shared.set("j", "from another worker")
    other = LayeredCache(MemoryCache(size=8, ttl=60), shared)
    assert other.get("j") == "from another worker"
    assert other.local.get("j") == "from another worker"  # a second read stays local
    other.set("i", "both")
    assert shared.get("i") == "both" and other.local.get("i") == "both"


def test_a_damaged_value_from_redis_is_replaced_in_both_tiers(engine, prefix):
    """The local tier keeps what Redis gave, checked or not; the envelope check still
    rejects it, and the recomputed answer overwrites both copies."""
    shared = RedisCache(REDIS_URL, prefix=prefix, ttl=30)
    cache = LayeredCache(MemoryCache(size=8, ttl=60), shared)
    service = AnswerService(lambda: engine, cache)
    service.load()
    text = "“Harga cabai turun,” kata Sri Wahyuni."
    key = engine.answer_id(text, {"language": "id"})
    shared.set(key, "junk")
    answer = service.answer(text, {"language": "id"})
    assert answer.cached is False and json.loads(answer.stored)["id"] == key
    assert cache.local.get(key) == shared.get(key) != "junk"
    assert service.answer(text, {"language": "id"}).cached is True


def test_redis_cache_round_trip_with_prefix_and_ttl(prefix):
    cache = RedisCache(REDIS_URL, prefix=prefix, ttl=30)
    cache.set("k", '{"quotes": ["ü"]}')
    assert cache.get("k") == '{"quotes": ["ü"]}'
    raw = redis.Redis.from_url(REDIS_URL)
    assert raw.exists(prefix + "k") and 0 < raw.ttl(prefix + "k") <= 30
    assert cache.ping()


def test_redis_down_degrades_to_no_cache_and_logs(caplog):
    cache = RedisCache(f"redis://127.0.0.1:{free_port()}/0", timeout=0.2, retry_after=0.1)
    with caplog.at_level(logging.WARNING, logger="service.cache"):
        assert cache.get("k") is None
        cache.set("k", "v")
        assert cache.ping() is False
    assert any("redis" in r.message and "uncached" in r.message for r in caplog.records)
    assert cache.claim("k") is not None  # without Redis every process computes its own


class CountingEngine:
    """The real engine, counting how often it actually runs."""

    def __init__(self, engine):
        self.engine = engine
        self.model = engine.model
        self.runs = 0
        self.lock = threading.Lock()

    def answer_id(self, text, options=None):
        return self.engine.answer_id(text, options)

    def run(self, text, options=None, deadline=None):
        with self.lock:
            self.runs += 1
        return self.engine.run(text, options, deadline=deadline)


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_identical_concurrent_requests_are_computed_once(engine, prefix, backend):
    counting = CountingEngine(engine)
    cache = MemoryCache() if backend == "memory" else RedisCache(REDIS_URL, prefix=prefix)
    service = AnswerService(lambda: counting, cache)
    service.load()
    text = "“Kami akan menurunkan harga beras bulan depan,” kata Budi Santoso. " * 20
    results: list[tuple[str, bool]] = []
    threads = [threading.Thread(target=lambda: results.append(
        (lambda a: (a.body, a.cached))(service.answer(text, {}))))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counting.runs == 1
    assert len(results) == 8
    bodies = {b.replace('"cached": true', '"cached": false') for b, _ in results}
    assert len(bodies) == 1


def test_two_processes_sharing_redis_compute_once(engine, prefix):
    """Two AnswerServices (as two gunicorn workers) on one Redis: the Redis claim makes the
    second wait for the first's answer instead of parsing the same text again."""
    first, second = CountingEngine(engine), CountingEngine(engine)
    services = []
    for counting in (first, second):
        service = AnswerService(lambda c=counting: c, RedisCache(REDIS_URL, prefix=prefix))
        service.load()
        services.append(service)
    text = "“Kami akan menambah stok beras di gudang,” kata Rizal Ramdhani. " * 30
    results: list[tuple[str, bool]] = []
    threads = [threading.Thread(target=lambda s=s: results.append(
        (lambda a: (a.body, a.cached))(s.answer(text, {}))))
               for s in services for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert first.runs + second.runs == 1
    assert len(results) == 6
    assert len({b.replace('"cached": true', '"cached": false') for b, _ in results}) == 1


def test_a_request_whose_client_left_is_not_parsed(engine):
    from service.errors import OverCapacity

    counting = CountingEngine(engine)
    service = AnswerService(lambda: counting, MemoryCache())
    service.load()
    with pytest.raises(OverCapacity, match="went away"):
        service.answer("“Harga naik,” kata Budi.", {}, still_wanted=lambda: False)
    assert counting.runs == 0


def test_a_claim_lives_while_renewed_and_a_dead_holders_claim_lapses(prefix, monkeypatch):
    import service.cache as cache_module

    monkeypatch.setattr(cache_module, "CLAIM_TTL_SECONDS", 0.6)
    cache = RedisCache(REDIS_URL, prefix=prefix)
    claim = cache.claim("k")
    assert claim is not None and cache.claim("k") is None
    time.sleep(1.5)  # past the TTL: renewed, so still held
    assert cache.claimed("k") and cache.claim("k") is None
    claim.release()
    assert not cache.claimed("k")
    # A holder that dies stops renewing: its claim lapses within the TTL.
    raw = redis.Redis.from_url(REDIS_URL)
    raw.set(prefix + "lock:k", b"dead", px=600)
    assert cache.claimed("k")
    time.sleep(0.8)
    assert not cache.claimed("k") and cache.claim("k") is not None


def test_a_shared_computation_goes_on_while_any_caller_waits():
    """The first caller hangs up; the second, still waiting, gets the answer (not a 503)."""
    from service.answers import SingleFlight

    flight = SingleFlight()
    joined = threading.Event()
    seen: list[bool] = []

    def compute(anyone_waits) -> str:
        joined.wait(5)  # the second caller has joined this computation
        seen.append(anyone_waits())
        return "answer" if seen[-1] else "dropped"

    results: list[tuple[str, bool]] = []
    first = threading.Thread(target=lambda: results.append(
        flight.do("k", compute, still_wanted=lambda: False)))  # its client left
    first.start()
    while "k" not in flight._calls:
        time.sleep(0.01)
    second = threading.Thread(target=lambda: results.append(
        flight.do("k", compute, still_wanted=lambda: True)))
    second.start()
    while len(flight._calls["k"].waiters) < 2:
        time.sleep(0.01)
    joined.set()
    first.join(5)
    second.join(5)
    assert seen == [True]
    assert sorted(results) == [("answer", False), ("answer", True)]
    # Nobody waits: the computation is told so (and the caller drops it).
    assert flight.do("j", lambda anyone_waits: str(anyone_waits()),
                     still_wanted=lambda: False) == ("False", False)


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_cached_is_only_said_to_a_client_that_asked_before(engine, prefix, backend):
    cache = MemoryCache() if backend == "memory" else RedisCache(REDIS_URL, prefix=prefix)
    service = AnswerService(lambda: engine, cache)
    service.load()
    text = "“Harga cabai turun,” kata Siti Aminah."
    assert service.answer(text, {}, client="key:a").cached is False
    assert service.answer(text, {}, client="key:a").cached is True
    # Another tenant cannot learn that key:a analysed this exact text.
    assert service.answer(text, {}, client="key:b").cached is False
    assert service.answer(text, {}, client="key:b").cached is True


def test_an_upgraded_engine_never_serves_the_previous_engines_answer(engine, prefix):
    """Two engines differing only in their code or model fingerprint share one cache: the
    second computes its own answer (another id), and never serves the first's as cached."""
    from service.extract.engine import Engine

    cache = RedisCache(REDIS_URL, prefix=prefix)
    text = "“Harga cabai turun,” kata Siti Aminah."
    old = Engine(engine.pipeline, models="models-v1")
    new = Engine(engine.pipeline, models="models-v2")
    new_code = Engine(engine.pipeline, models="models-v1")
    new_code.model = {**new_code.model, "code": "another-code"}
    answers = []
    for eng in (old, new, new_code):
        counting = CountingEngine(eng)
        service = AnswerService(lambda c=counting: c, cache)
        service.load()
        answer = service.answer(text, {})
        body, cached = answer.body, answer.cached
        answers.append(body)
        assert cached is False and counting.runs == 1
    assert len({json.loads(b)["id"] for b in answers}) == 3


def test_the_code_fingerprint_follows_every_answer_file(tmp_path, monkeypatch):
    import shutil

    import service.fingerprint as fingerprint

    copy = tmp_path / "service"
    shutil.copytree(fingerprint._SERVICE, copy,
                    ignore=shutil.ignore_patterns("__pycache__", "web", "node_modules"))
    monkeypatch.setattr(fingerprint, "_SERVICE", copy)
    fingerprint.code_fingerprint.cache_clear()
    before = fingerprint.code_fingerprint()
    lexicon = copy / "extract" / "lexicon.py"
    lexicon.write_text(lexicon.read_text("utf-8") + "\n# one more line\n", "utf-8")
    fingerprint.code_fingerprint.cache_clear()
    changed = fingerprint.code_fingerprint()
    (copy / "api" / "health.py").write_text("# the edge changes no answer\n", "utf-8")
    fingerprint.code_fingerprint.cache_clear()
    assert before != changed == fingerprint.code_fingerprint()
    fingerprint.code_fingerprint.cache_clear()


def test_a_sealed_answer_opens_only_for_its_key_model_and_whole_body():
    from service.answers import seal, unseal

    body = '{"id": "k", "quotes": ["ü"]}'
    stored = seal("k", "model-a", body)
    assert unseal(stored, "k", "model-a") == body
    assert unseal(stored, "other-key", "model-a") is None
    assert unseal(stored, "k", "model-b") is None  # another engine, code or models
    assert unseal(stored[:-1], "k", "model-a") is None  # cut short
    flipped = stored[:-3] + ("x" if stored[-3] != "x" else "y") + stored[-2:]
    assert unseal(flipped, "k", "model-a") is None  # same length, another body
    assert unseal(body, "k", "model-a") is None  # an unsealed (older) value


def test_a_cache_hit_is_checked_without_parsing_the_answer(engine, monkeypatch):
    """The hit path never calls json.loads on the stored answer."""
    import service.answers as answers

    service = AnswerService(lambda: engine, MemoryCache())
    service.load()
    text = "“Harga cabai turun,” kata Siti Aminah."
    first = service.answer(text, {}).body

    def no_parse(*_args, **_kwargs):
        raise AssertionError("a cache hit parsed the stored JSON")

    monkeypatch.setattr(answers.json, "loads", no_parse)
    answer = service.answer(text, {})
    body, cached = answer.body, answer.cached
    assert cached and body == first.replace('"cached": false', '"cached": true', 1)


class RefusingEngine:
    """The real engine, whose parse fails as torch's backends fail under the memory ceiling."""

    def __init__(self, engine, failure: BaseException):
        self.engine = engine
        self.model = engine.model
        self.failure = failure

    def answer_id(self, text, options=None):
        return self.engine.answer_id(text, options)

    def run(self, text, options=None, deadline=None):
        raise self.failure


@pytest.mark.parametrize("failure", [
    # the messages as a worker's log showed them with WORKER_MAX_MEMORY_MB set
    RuntimeError("[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't "
                 "allocate memory: you tried to allocate 119915272 bytes."),
    RuntimeError("could not create a primitive"),
    RuntimeError("std::bad_alloc"),
    OSError(12, "Cannot allocate memory"),
    MemoryError(),
])
def test_an_allocation_refused_by_any_backend_is_out_of_memory(engine, failure):
    service = AnswerService(lambda: RefusingEngine(engine, failure), MemoryCache())
    service.load()
    with pytest.raises(OutOfMemory):
        service.answer("Harga cabai turun, kata Sri Wahyuni.", {"language": "id"})


def test_a_failure_that_is_not_about_memory_stays_what_it_is(engine):
    bug = RuntimeError("Expected all tensors to be on the same device")
    service = AnswerService(lambda: RefusingEngine(engine, bug), MemoryCache())
    service.load()
    with pytest.raises(RuntimeError, match="same device"):
        service.answer("Harga cabai turun, kata Sri Wahyuni.", {"language": "id"})
