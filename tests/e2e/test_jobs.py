"""Batch jobs on real Redis, real gunicorn and real Dramatiq worker processes (loopback
only): every article answered once and in order, a worker killed mid-article loses nothing,
the API restarted mid-job loses nothing, Redis stopped gives clear 503s, bad items fail
alone, and jobs are private to their key."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid

import pytest
import requests

from service.eval import DEFAULT_DIR, load_gold
from tests.conftest import assert_offsets
from tests.servers import ROOT, Gunicorn, RedisProcess, Worker

KEYS = ("job-key-one", "job-key-two")
TEXTS = [text for _, text in load_gold(DEFAULT_DIR)]


@pytest.fixture(scope="module")
def redis_proc():
    proc = RedisProcess(persistent=True).start()
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def env(redis_proc):
    return {"REDIS_URL": redis_proc.url, "CACHE_PREFIX": f"jobs-{uuid.uuid4().hex}:",
            "API_KEYS": ",".join(KEYS), "RATE_LIMIT": "off", "JOB_HEARTBEAT_SECONDS": "4",
            "JOB_STALL_SECONDS": "15",
            "MAX_TEXT_CHARS": "120000", "REDIS_TIMEOUT": "0.3"}


@pytest.fixture(scope="module")
def workers(env):
    pair = [Worker(env).start(), Worker(env).start()]
    yield pair
    for w in pair:
        w.stop()


def _auth(key: str = KEYS[0]) -> dict:
    return {"Authorization": f"Bearer {key}"}


def _submit(api: Gunicorn, articles: list[dict], key: str = KEYS[0]) -> str:
    resp = requests.post(api.url + "/v1/jobs", json={"articles": articles}, headers=_auth(key),
                         timeout=30)
    assert resp.status_code == 202, resp.text
    assert resp.headers["Location"] == f"/v1/jobs/{resp.json()['id']}"
    return resp.json()["id"]


def _wait_done(api: Gunicorn, job_id: str, seconds: float = 240) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            status = requests.get(f"{api.url}/v1/jobs/{job_id}", headers=_auth(),
                                  timeout=10).json()
        except requests.RequestException:
            status = {}
        if status.get("status") == "done":
            return status
        time.sleep(0.5)
    raise AssertionError(f"job {job_id} not done: {status}")


def _ndjson(api: Gunicorn, job_id: str) -> list[dict]:
    resp = requests.get(f"{api.url}/v1/jobs/{job_id}/results",
                        headers={**_auth(), "Accept": "application/x-ndjson"}, timeout=60)
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith(
        "application/x-ndjson")
    return [json.loads(line) for line in resp.text.splitlines()]


def _core(answer: dict) -> dict:
    return {k: answer[k] for k in ("id", "quotes", "speakers", "claims")}


def test_fifty_articles_through_two_workers_once_and_in_order(api, workers, tmp_path):
    marker = uuid.uuid4().hex[:8]
    articles = [{"id": f"a{k:02d}", "text": f"{TEXTS[k % len(TEXTS)]}\n\n(arsip {marker} {k})"}
                for k in range(50)]
    job_id = _submit(api, articles)
    status = _wait_done(api, job_id)
    assert (status["total"], status["done"], status["failed"]) == (50, 50, 0)
    lines = _ndjson(api, job_id)
    assert [line["article"] for line in lines] == [a["id"] for a in articles]
    for article, line in zip(articles, lines, strict=True):
        assert_offsets(article["text"], line["answer"])
    page = requests.get(f"{api.url}/v1/jobs/{job_id}/results?limit=20", headers=_auth(),
                        timeout=30).json()
    assert len(page["items"]) == 20 and page["next_cursor"] == 20
    # The same articles through local processes give the same answers.
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles))
    proc = subprocess.run([sys.executable, "-m", "service", "batch", str(source), "-o", str(out),
                           "--processes", "2"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**api.env, "CACHE_PREFIX": "unused:"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    local = [json.loads(line) for line in out.read_text().splitlines()]
    assert [x["article"] for x in local] == [a["id"] for a in articles]
    assert [_core(x["answer"]) for x in local] == [_core(x["answer"]) for x in lines]
    # A second run resumes: nothing left to do, nothing written twice.
    again = subprocess.run([sys.executable, "-m", "service", "batch", str(source), "-o",
                            str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                           env=api.env)
    assert again.returncode == 0 and len(out.read_text().splitlines()) == 50


def test_bad_items_fail_alone(api, workers):
    articles = [{"id": "ok1", "text": "“Stok beras aman,” kata Budi Santoso."},
                {"id": "blank", "text": "   "},
                {"id": "long", "text": "kata " * 30_000},
                {"id": "wrong", "text": 5},
                {"id": "ok2", "text": f"“Harga turun,” ujar Ani Lestari. {uuid.uuid4()}"}]
    job_id = _submit(api, articles)
    status = _wait_done(api, job_id, 120)
    assert (status["done"], status["failed"]) == (2, 3)
    by_id = {line["article"]: line for line in _ndjson(api, job_id)}
    assert by_id["blank"]["error"]["code"] == "invalid_fields"
    assert by_id["long"]["error"]["code"] == "text_too_long"
    assert by_id["wrong"]["error"]["code"] == "invalid_fields"
    assert by_id["ok1"]["answer"]["quotes"][0]["speaker"]["name"] == "Budi Santoso"


def test_another_key_cannot_read_the_job(api, workers):
    job_id = _submit(api, [{"id": "x", "text": "“Stok aman,” kata Budi."}])
    for path in (f"/v1/jobs/{job_id}", f"/v1/jobs/{job_id}/results"):
        resp = requests.get(api.url + path, headers=_auth(KEYS[1]), timeout=10)
        assert resp.status_code == 404 and resp.json()["error"]["code"] == "not_found"
    assert requests.get(api.url + f"/v1/jobs/{job_id}", timeout=10).status_code == 401


def test_a_killed_worker_and_a_restarted_api_lose_nothing(api, env, workers):
    """One worker takes the articles; SIGKILL it mid-article and restart the API: a new worker
    gets them back (the dead one's heartbeat stops) and the job completes with every article
    exactly once, still readable."""
    workers[1].stop()  # only workers[0] takes this job's articles
    marker = uuid.uuid4().hex[:8]
    long_text = "\n\n".join(TEXTS[:12])  # about 25,000 characters: a few seconds each
    articles = [{"id": f"L{k}", "text": f"{long_text}\n\n(arsip {marker} {k})"}
                for k in range(6)]
    job_id = _submit(api, articles)
    deadline = time.monotonic() + 60
    while requests.get(f"{api.url}/v1/jobs/{job_id}", headers=_auth(),
                       timeout=10).json()["done"] < 1:
        assert time.monotonic() < deadline, "the worker answered nothing"
        time.sleep(0.2)
    workers[0].kill()  # it holds the next article (and its prefetched ones), unacknowledged
    killed = time.monotonic()
    api.stop()
    api.start()
    workers[0] = Worker(env).start()
    workers[1] = Worker(env).start()
    status = _wait_done(api, job_id, 120)
    print(f"redelivered and done {time.monotonic() - killed:.1f} s after the kill")
    assert (status["total"], status["done"], status["failed"]) == (6, 6, 0)
    lines = _ndjson(api, job_id)
    assert [line["article"] for line in lines] == [a["id"] for a in articles]


def test_redis_stopped_mid_job_gives_503_for_jobs_and_the_job_goes_on(api, workers,
                                                                       redis_proc):
    marker = uuid.uuid4().hex[:8]
    long_text = "\n\n".join(TEXTS[:6])
    articles = [{"id": f"R{k}", "text": f"{long_text}\n\n(arsip {marker} {k})"}
                for k in range(8)]
    job_id = _submit(api, articles)
    time.sleep(2)
    redis_proc.stop()
    try:
        resp = requests.post(api.url + "/v1/jobs", headers=_auth(), timeout=30,
                             json={"articles": [{"id": "x", "text": "Budi datang."}]})
        assert resp.status_code == 503 and resp.json()["error"]["code"] == "jobs_unavailable"
        assert resp.headers["Retry-After"]
        resp = requests.get(f"{api.url}/v1/jobs/{job_id}", headers=_auth(), timeout=30)
        assert resp.status_code == 503
        answered = requests.post(api.url + "/v1/extract", headers=_auth(), timeout=60,
                                 json={"text": f"“Harga turun,” kata Budi. {uuid.uuid4()}"})
        assert answered.status_code == 200 and answered.json()["cached"] is False
        time.sleep(2)
    finally:
        redis_proc.start()
    status = _wait_done(api, job_id, 180)  # the queue and the job were kept, and go on
    assert (status["done"], status["failed"]) == (8, 0)
    assert [line["article"] for line in _ndjson(api, job_id)] == [a["id"] for a in articles]


def test_metrics_move(api, workers, env):
    def scrape(url: str) -> str:
        resp = requests.get(url, headers=_auth(), timeout=10)  # /metrics is behind the key
        assert resp.status_code == 200
        return resp.text

    def sample(text: str, name: str, **labels: str) -> float:
        total = 0.0
        for line in text.splitlines():
            if line.startswith(name) and all(f'{k}="{v}"' in line for k, v in labels.items()):
                total += float(line.rsplit(" ", 1)[1])
        return total

    before = scrape(api.url + "/metrics")
    text = f"“Stok aman,” kata Budi Santoso. {uuid.uuid4()}"
    for _ in range(2):
        requests.post(api.url + "/v1/extract", json={"text": text}, headers=_auth(), timeout=60)
    after = scrape(api.url + "/metrics")
    route = {"route": "/v1/extract", "status": "200"}
    assert sample(after, "kutip_http_requests_total", **route) == \
        sample(before, "kutip_http_requests_total", **route) + 2
    assert sample(after, "kutip_cache_lookups_total", result="hit") >= \
        sample(before, "kutip_cache_lookups_total", result="hit") + 1
    assert "kutip_extract_stage_seconds_bucket" in after and "kutip_queue_depth" in after
    assert sample(after, "kutip_model_load_seconds") > 0
    # A worker with its metrics port serves Dramatiq's counters and Kutip's.
    from tests.servers import free_port

    port = free_port()
    metered = Worker({**env, "WORKER_METRICS_PORT": str(port)}).start()
    try:
        for w in workers:
            w.stop()
        job_id = _submit(api, [{"id": "m", "text": f"“Harga turun,” kata Ani. {uuid.uuid4()}"}])
        _wait_done(api, job_id, 120)
        deadline = time.monotonic() + 30
        while True:
            try:
                worker_text = scrape(f"http://127.0.0.1:{port}/metrics")
                if sample(worker_text, "kutip_job_articles_total", outcome="done") >= 1:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "worker metrics never showed the article"
            time.sleep(0.5)
        assert sample(worker_text, "dramatiq_messages_total") >= 1
    finally:
        metered.stop()
        workers[0] = Worker(env).start()
        workers[1] = Worker(env).start()
