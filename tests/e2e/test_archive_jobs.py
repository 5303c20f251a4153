"""Archiving whole archives on real gunicorn, Redis, Dramatiq workers and PostgreSQL: a job
with "archive": true stores every answered article once, the batch CLI with --archive does
the same, and both are found by search afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid

import pytest
import requests

from service.eval import DEFAULT_DIR, load_gold
from tests.servers import ROOT, Gunicorn, RedisProcess, Worker

TEXTS = [text for _, text in load_gold(DEFAULT_DIR)][:6]


@pytest.fixture(scope="module")
def env(database_url):
    redis = RedisProcess().start()
    yield {"REDIS_URL": redis.url, "CACHE_PREFIX": f"arsip-{uuid.uuid4().hex}:",
           "RATE_LIMIT": "off", "DATABASE_URL": database_url, "MAX_TEXT_CHARS": "120000"}
    redis.stop()


@pytest.fixture(scope="module")
def worker(env):
    w = Worker(env).start()
    yield w
    w.stop()


def test_a_job_with_archive_true_stores_each_article_once(api, worker):
    marker = uuid.uuid4().hex[:8]
    articles = [{"id": f"b{k}", "text": f"{text}\n\n(arsip {marker} {k})", "outlet": "Kompas",
                 "published": "2024-05-0" + str(k + 1)} for k, text in enumerate(TEXTS)]
    resp = requests.post(api.url + "/v1/jobs", json={"articles": articles, "archive": True},
                         timeout=30)
    assert resp.status_code == 202, resp.text
    job = resp.json()["id"]
    deadline = time.monotonic() + 240
    while requests.get(f"{api.url}/v1/jobs/{job}", timeout=10).json()["status"] != "done":
        assert time.monotonic() < deadline, "the job did not finish"
        time.sleep(0.5)
    items = requests.get(f"{api.url}/v1/jobs/{job}/results", timeout=30).json()["items"]
    ids = [item["archived"]["article_id"] for item in items]
    assert len(set(ids)) == len(articles) and all(i["archived"]["created"] for i in items)
    # Stored with their metadata, and found by search.
    found = requests.get(api.url + "/v1/quotes", params={"outlet": "Kompas", "limit": 100},
                         timeout=30).json()["items"]
    assert {q["article_id"] for q in found} == set(ids)
    # The same texts again through the batch CLI: nothing new is stored.
    source, out = ROOT / "tests" / f".arsip-{marker}.jsonl", ROOT / "tests" / f".out-{marker}"
    try:
        source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles))
        done = subprocess.run([sys.executable, "-m", "service", "batch", str(source), "-o",
                               str(out), "--archive"], cwd=ROOT, capture_output=True, text=True,
                              timeout=600, env=api.env)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "0 new articles stored in the archive" in done.stderr
    finally:
        source.unlink(missing_ok=True)
        out.unlink(missing_ok=True)


def test_archive_true_without_a_database_is_refused_before_any_work(env):
    no_db = {k: v for k, v in env.items() if k != "DATABASE_URL"}
    g = Gunicorn(no_db, workers=1).start()
    try:
        resp = requests.post(g.url + "/v1/jobs", json={"articles": [{"id": "x", "text": TEXTS[0]}],
                                                       "archive": True}, timeout=30)
        assert resp.status_code == 503
        assert resp.json()["error"]["code"] == "archive_unavailable"
    finally:
        g.stop()
