"""Reliability against a crowd, an attacker and a clumsy operator, on real processes (Redis
servers of the tests' own, gunicorn, Dramatiq workers): a killed worker process is replaced
and its job finishes, requests are measured before they are parsed, one key cannot evict or
crowd out another's jobs, big results are read in bounded pages, a full Redis is reported,
and metrics cannot be blown up by clients."""

from __future__ import annotations

import concurrent.futures as cf
import json
import os
import signal
import socket
import subprocess
import time
import uuid

import pytest
import redis
import requests

from service.eval import DEFAULT_DIR, load_gold
from tests.servers import Gunicorn, Nginx, RedisProcess, Worker

KEYS = ("reliability-one", "reliability-two")
TEXTS = [text for _, text in load_gold(DEFAULT_DIR)]


def _auth(key: str = KEYS[0]) -> dict:
    return {"Authorization": f"Bearer {key}"}


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MB."""
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def _descendants(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    children = [int(p) for p in out.split()]
    return children + [d for c in children for d in _descendants(c)]


def _proc(pid: int, name: str) -> str:
    with open(f"/proc/{pid}/{name}") as fh:
        return fh.read()


def _alive(pid: int) -> bool:
    """Running, not a zombie."""
    try:
        return _proc(pid, "stat").rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


@pytest.fixture(scope="module")
def jobs_redis():
    proc = RedisProcess(args=("--maxmemory", "64mb", "--maxmemory-policy", "noeviction")).start()
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def env(jobs_redis):
    return {"REDIS_URL": jobs_redis.url, "CACHE_PREFIX": f"rel-{uuid.uuid4().hex}:",
            "API_KEYS": ",".join(KEYS), "RATE_LIMIT": "off", "JOB_HEARTBEAT_SECONDS": "4",
            "REDIS_TIMEOUT": "0.5", "MAX_QUEUED_BYTES_PER_KEY": str(4 * 1024 * 1024),
            "MAX_RESULT_PAGE_BYTES": str(2 * 1024 * 1024), "STREAM_SEND_TIMEOUT_SECONDS": "2",
            "MAX_JOB_BYTES": str(40 * 1024 * 1024), "AUTH_FAIL_LIMIT": "10/minute",
            "MAX_JOBS_PER_KEY": "100"}


def _submit(api: Gunicorn, articles: list[dict], key: str = KEYS[0]) -> requests.Response:
    return requests.post(api.url + "/v1/jobs", json={"articles": articles},
                         headers=_auth(key), timeout=60)


def _status(api: Gunicorn, job_id: str, key: str = KEYS[0]) -> dict:
    return requests.get(f"{api.url}/v1/jobs/{job_id}", headers=_auth(key), timeout=10).json()


def test_a_killed_worker_process_is_replaced_and_its_job_completes_once(api, env):
    pool = Worker(env, processes=2).start()
    try:
        articles = [{"id": f"a{k}", "text": TEXTS[k % len(TEXTS)] + f"\n\nNomor {k}."}
                    for k in range(40)]
        resp = _submit(api, articles)
        assert resp.status_code == 202, resp.text
        job_id = resp.json()["id"]
        deadline = time.monotonic() + 120
        while _status(api, job_id)["done"] < 5:  # the pool has loaded and is mid-job
            assert time.monotonic() < deadline, _status(api, job_id)
            time.sleep(0.2)
        workers = [p for p in _descendants(pool.proc.pid)
                   if "dramatiq" in _proc(p, "cmdline")]
        busiest = max(workers, key=_cpu_ticks)
        os.kill(busiest, signal.SIGKILL)
        killed_at = time.monotonic()
        while _status(api, job_id)["status"] != "done":
            assert time.monotonic() - killed_at < 60, _status(api, job_id)
            assert pool.proc.poll() is None, "the pool itself stopped"
            time.sleep(0.5)
        status = _status(api, job_id)
        assert (status["done"], status["failed"], status["total"]) == (40, 0, 40)
        items = requests.get(f"{api.url}/v1/jobs/{job_id}/results?limit=1000",
                             headers=_auth(), timeout=30).json()["items"]
        assert [i["article"] for i in items] == [a["id"] for a in articles]  # each once
        log = pool.log_path.read_text()
        assert "exited unexpectedly" in log and "restarting in" in log, log[-3000:]
    finally:
        pool.stop()
    assert pool.proc.returncode == 0  # SIGTERM drained and stopped every process


def test_a_job_body_is_measured_before_it_is_parsed(api):
    worker = api.worker_pids()[0]
    before = _peak_rss_mb(worker)
    body = b'{"articles": [' + b",".join([b"{}"] * 10_000_000) + b"]}"  # 30 MB of {}
    resp = requests.post(api.url + "/v1/jobs", data=body, headers={
        **_auth(), "Content-Type": "application/json"}, timeout=120)
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "too_many_values"
    # json.loads would have built ten million dicts: 1.3 GB. Measured instead: the text.
    assert _peak_rss_mb(worker) - before < 300
    assert requests.get(api.url + "/healthz", timeout=2).status_code == 200


def test_job_items_read_lone_surrogates_and_bad_encodings_as_extract_does(api):
    resp = requests.post(api.url + "/v1/jobs", headers={
        **_auth(), "Content-Type": "application/json"},
        data=b'{"articles": [{"id": "x", "text": "Budi \\ud800 berkata."}]}', timeout=30)
    assert resp.status_code == 202, resp.text
    for body, content_type, status, code in [
            (b'{"articles": [{"id": "x", "text": "\xff"}]}', "application/json", 400,
             "invalid_encoding"),
            (b'{"articles": []}', "application/json; charset=utf-7", 415,
             "unsupported_charset")]:
        for path in ("/v1/jobs", "/v1/extract"):
            resp = requests.post(api.url + path, data=body, timeout=30, headers={
                **_auth(), "Content-Type": content_type})
            assert (resp.status_code, resp.json()["error"]["code"]) == (status, code), path


def test_one_key_cannot_crowd_out_or_evict_anothers_jobs(api, jobs_redis):
    other = _submit(api, [{"id": "keep", "text": "Budi berkata, “Harga naik.”"}], KEYS[1])
    assert other.status_code == 202
    article = "Harga beras naik lagi, kata pedagang. " * 2700  # about 100 KB
    answers = []
    for k in range(80):  # 8 MB: twice the key's quota, an eighth of Redis's memory
        resp = _submit(api, [{"id": f"f{k}", "text": article}])
        answers.append(resp.status_code)
        if resp.status_code == 429:
            assert resp.json()["error"]["code"] == "job_quota_exceeded"
            assert int(resp.headers["Retry-After"]) > 0
            break
    assert answers[-1] == 429 and answers.count(202) >= 30, answers
    kept = _status(api, other.json()["id"], KEYS[1])
    assert kept["total"] == 1  # the other key's job is still there
    client = redis.Redis.from_url(jobs_redis.url)
    assert client.info("stats")["evicted_keys"] == 0


def test_big_results_are_read_in_bounded_pages_while_others_read_too(api, env):
    from service.jobs.store import Article, JobStore

    store = JobStore.from_url(env["REDIS_URL"], prefix=env["CACHE_PREFIX"], ttl=600)
    owner = "key:" + __import__("hashlib").sha256(KEYS[1].encode()).hexdigest()[:16]
    job_id = store.create(owner, [Article(k, f"b{k}", "t") for k in range(40)], [])
    big = {"id": "x", "quotes": [{"text": "kutipan " * 20_000}]}  # about 160 KB an answer
    for k in range(40):
        store.record(job_id, k, f"b{k}", answer=big)
    worker = api.worker_pids()[0]
    before = _peak_rss_mb(worker)

    def page(_: int) -> tuple[int, int]:
        resp = requests.get(f"{api.url}/v1/jobs/{job_id}/results?limit=1000",
                            headers=_auth(KEYS[1]), timeout=60)
        return resp.status_code, len(resp.json()["items"])

    def ndjson(_: int) -> tuple[int, int]:
        resp = requests.get(f"{api.url}/v1/jobs/{job_id}/results", timeout=60, headers={
            **_auth(KEYS[1]), "Accept": "application/x-ndjson"})
        return resp.status_code, len(resp.text.splitlines())

    with cf.ThreadPoolExecutor(4) as pool:
        pages = list(pool.map(page, range(2)))
        streams = list(pool.map(ndjson, range(2)))
    # A page stops before MAX_RESULT_PAGE_BYTES; NDJSON streams them all, page by page.
    fits = (2 * 1024 * 1024) // len(json.dumps({"article": "b10", "answer": big},
                                                ensure_ascii=False))
    assert fits < 40 and pages == [(200, fits), (200, fits)]
    assert streams == [(200, 40), (200, 40)]
    assert _peak_rss_mb(worker) - before < 200


def test_a_stalled_ndjson_reader_is_dropped_and_health_checks_answer(api, env):
    from service.jobs.store import Article, JobStore

    store = JobStore.from_url(env["REDIS_URL"], prefix=env["CACHE_PREFIX"], ttl=600)
    owner = "key:" + __import__("hashlib").sha256(KEYS[1].encode()).hexdigest()[:16]
    job_id = store.create(owner, [Article(k, f"s{k}", "t") for k in range(20)], [])
    for k in range(20):
        store.record(job_id, k, f"s{k}", answer={"id": "x", "text": "y" * 500_000})
    request = (f"GET /v1/jobs/{job_id}/results HTTP/1.1\r\nHost: x\r\n"
               f"Authorization: Bearer {KEYS[1]}\r\nAccept: application/x-ndjson\r\n\r\n")
    readers = []
    for _ in range(4):  # as many as the worker has threads; none reads a byte
        s = socket.create_connection(("127.0.0.1", api.port))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.sendall(request.encode())
        readers.append(s)
    time.sleep(4)  # past STREAM_SEND_TIMEOUT_SECONDS (2)
    try:
        t0 = time.monotonic()
        assert requests.get(api.url + "/healthz", timeout=5).status_code == 200
        assert time.monotonic() - t0 < 2
    finally:
        for s in readers:
            s.close()


def test_a_full_redis_is_reported_and_wrong_keys_are_still_throttled():
    full = RedisProcess(args=("--maxmemory", "2mb", "--maxmemory-policy", "noeviction")).start()
    server = None
    try:
        client = redis.Redis.from_url(full.url)
        with pytest.raises(redis.exceptions.ResponseError):
            for k in range(10_000):
                client.set(f"ballast:{k}", b"x" * 4096)
        server = Gunicorn({"REDIS_URL": full.url, "API_KEYS": KEYS[0], "RATE_LIMIT": "off",
                           "AUTH_FAIL_LIMIT": "10/minute", "REDIS_TIMEOUT": "0.5"}).start()
        ready = requests.get(server.url + "/readyz", timeout=10).json()
        assert ready["status"] == "degraded" and ready["cache_ok"] is False, ready
        codes = [requests.post(server.url + "/v1/extract", data="Budi berkata.", timeout=10,
                               headers={"Authorization": "Bearer wrong",
                                        "Content-Type": "text/plain"}).status_code
                 for _ in range(25)]
        assert codes[:10] == [401] * 10 and set(codes[10:]) == {429}, codes
    finally:
        if server:
            server.stop()
        full.stop()


def test_readyz_says_degraded_when_the_jobs_redis_could_evict_jobs():
    evicting = RedisProcess(args=("--maxmemory", "64mb",
                                  "--maxmemory-policy", "volatile-lru")).start()
    server = Gunicorn({"REDIS_URL": evicting.url, "RATE_LIMIT": "off"}).start()
    try:
        ready = requests.get(server.url + "/readyz", timeout=10).json()
        assert (ready["status"], ready["jobs"]) == ("degraded", "evictable"), ready
    finally:
        server.stop()
        evicting.stop()


def test_metrics_need_the_key_and_odd_methods_add_no_series(api):
    assert requests.get(api.url + "/metrics", timeout=10).status_code == 401
    for k in range(50):
        requests.request(f"M{k}X", api.url + "/v1/extract", headers=_auth(), timeout=10)
    scrape = requests.get(api.url + "/metrics", headers=_auth(), timeout=10).text
    methods = {line.split('method="')[1].split('"')[0] for line in scrape.splitlines()
               if line.startswith("kutip_http_requests_total{")}
    assert "other" in methods and not any(m.startswith("M") and m.endswith("X")
                                          for m in methods), methods


def test_nginx_passes_job_bodies_to_their_own_limit_and_hides_metrics(api):
    if not Nginx.available():
        pytest.skip("Debian's nginx is not installed (.ci/run installs it)")
    proxy = Nginx(api.port, max_body_bytes=64 * 1024,
                  max_job_bytes=40 * 1024 * 1024).start()
    try:
        article = "Budi berkata, “Harga naik.” " * 4000  # 120 KB: over the extract limit
        resp = requests.post(proxy.url + "/v1/jobs", json={"articles": [
            {"id": "n", "text": article}]}, headers=_auth(KEYS[1]), timeout=60)
        assert resp.status_code == 202, resp.text
        resp = requests.post(proxy.url + "/v1/extract", data=article.encode(), timeout=60,
                             headers={**_auth(), "Content-Type": "text/plain"})
        assert resp.status_code == 413
        assert requests.get(proxy.url + "/metrics", headers=_auth(),
                            timeout=10).status_code == 404
    finally:
        proxy.stop()


def test_a_killed_supervisor_leaves_no_worker_behind(env):
    pool = Worker(env, processes=2).start()
    deadline = time.monotonic() + 30
    while len(_descendants(pool.proc.pid)) < 4:  # two Dramatiq commands and their workers
        assert time.monotonic() < deadline, _descendants(pool.proc.pid)
        time.sleep(0.2)
    workers = _descendants(pool.proc.pid)
    os.kill(pool.proc.pid, signal.SIGKILL)  # the supervisor alone, not its group
    pool.proc.wait()
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in workers):
        assert time.monotonic() < deadline, "a worker outlived its supervisor"
        time.sleep(0.2)
    pool._log.close()
