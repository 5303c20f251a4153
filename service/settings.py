"""Every setting Kutip reads, taken once from the environment.

Each field documents its environment variable; README.md lists them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def _parse(name: str, raw: str, kind: type):
    """An environment value as the field's type: numbers strictly (a clear error names the
    variable), booleans from 1/true/yes/on, text as given."""
    if kind is bool:
        return raw.lower() in {"1", "true", "yes", "on"}
    if kind in (int, float):
        try:
            return kind(raw)
        except ValueError as exc:
            what = "an integer" if kind is int else "a number"
            raise ValueError(f"environment variable {name} must be {what}, got {raw!r}") from exc
    return raw


def _rate_limit(raw: str) -> str:
    raw = raw.strip()
    return "" if raw.lower() in {"", "off", "0", "none", "false"} else raw


def _upper(raw: str) -> str:
    return raw.upper()


# Field metadata: "normalise", a function applied to the value read (and to an override).
_NORMALISE = "normalise"


@dataclass(frozen=True)
class Settings:
    # STANZA_DIR: Stanza resources directory (holds resources.json and id/...).
    stanza_dir: str = str(_ROOT / "models" / "stanza")
    # STANZA_DOWNLOAD=1: allow stanza.download() into STANZA_DIR when models are missing.
    stanza_download: bool = False
    # STANZA_PACKAGE: Stanza package name reported in answers ("default" for the official set).
    stanza_package: str = "default"
    # PARSE_ALL=1: parse every sentence (Stanza's full pipeline) instead of only those that
    # can hold or attribute a quote; slower, for comparison.
    parse_all: bool = False
    # LEMMA_MODEL=1: Stanza's seq2seq lemmatiser for the words its lemma dictionary lacks.
    # By default the dictionary alone (an unknown word is its own lemma): 9% of an uncached
    # answer's time saved, and dev and PFSA-ID dev score the same (README, Performance).
    lemma_model: bool = False
    # TORCH_THREADS: intra-op threads torch may use per process (0 = torch's own default).
    torch_threads: int = 1
    # REDIS_URL: redis://host:port/db; empty means an in-process LRU cache.
    redis_url: str = ""
    # JOBS_REDIS_URL: the Redis of batch jobs and their queue (empty: REDIS_URL). Jobs must
    # never be evicted: give them a Redis whose maxmemory-policy is noeviction (compose runs
    # a second Redis for them) while the answer cache may evict freely; /readyz says
    # "degraded" when the jobs' Redis could evict them.
    jobs_redis_url: str = ""
    # DATABASE_URL: postgresql://user:password@host:port/db of the archive; empty runs
    # without it (extraction works as ever; archive calls answer 503 archive_unavailable).
    database_url: str = ""
    # DATABASE_POOL_SIZE: connections each process keeps to the archive's PostgreSQL.
    database_pool_size: int = 5
    # CACHE_PREFIX: prefix of every cache key, so several deployments can share one Redis.
    cache_prefix: str = "kutip:"
    # CACHE_TTL: seconds an answer stays cached.
    cache_ttl: int = 7 * 24 * 3600
    # CACHE_SIZE: entries kept by the in-process cache (the cache when REDIS_URL is empty).
    cache_size: int = 1024
    # LOCAL_CACHE_MB: with Redis, megabytes (of answer text) each worker keeps of the answers
    # it served last, in front of Redis; a repeated article then costs no round trip (0: none).
    local_cache_mb: int = 32
    # REDIS_TIMEOUT: socket timeout in seconds for Redis calls.
    redis_timeout: float = 0.5
    # MAX_TEXT_CHARS: longest article text accepted.
    max_text_chars: int = 200_000
    # MAX_BODY_BYTES: largest request body accepted.
    max_body_bytes: int = 2 * 1024 * 1024
    # MAX_PARSE_TOKENS: longest sentence (tokens) the dependency parser gets; longer ones are
    # left unparsed and listed in the answer's warnings (parse cost grows as length squared).
    max_parse_tokens: int = 150
    # WORKER_MAX_MEMORY_MB: address-space ceiling of each gunicorn worker (0 = none); an
    # allocation past it answers 503 over_budget instead of taking the machine.
    worker_max_memory_mb: int = 4096
    # MAX_PENDING: uncached requests a worker lets wait for its parser; beyond it they get an
    # immediate 503 with Retry-After (cached answers and health checks are still served).
    max_pending: int = 2
    # AUTH_FAIL_LIMIT: failed API-key attempts allowed per client address (flask-limiter
    # syntax); beyond it 429.
    auth_fail_limit: str = "10/minute"
    # JOB_TTL: seconds a batch job and its results are kept.
    job_ttl: int = 7 * 24 * 3600
    # MAX_JOB_ARTICLES: most articles in one job.
    max_job_articles: int = 1000
    # MAX_JOB_BYTES: largest job request body.
    max_job_bytes: int = 32 * 1024 * 1024
    # MAX_JOBS_PER_KEY: unfinished jobs one API key (or, without keys, one client) may have;
    # beyond it, and beyond the two limits below, POST /v1/jobs answers 429 with Retry-After.
    max_jobs_per_key: int = 20
    # MAX_QUEUED_ARTICLES_PER_KEY: articles one key may have waiting in unfinished jobs.
    max_queued_articles_per_key: int = 5000
    # MAX_QUEUED_BYTES_PER_KEY: bytes of article text one key may have waiting.
    max_queued_bytes_per_key: int = 256 * 1024 * 1024
    # MAX_RESULT_PAGE_BYTES: largest page of job results (JSON, or each NDJSON read from
    # Redis); a page holds at least one result, then stops before this many bytes.
    max_result_page_bytes: int = 8 * 1024 * 1024
    # STREAM_SEND_TIMEOUT_SECONDS: a streamed answer (NDJSON results) whose reader takes no
    # bytes for this long is dropped, so a stalled reader cannot hold a thread for ever.
    stream_send_timeout_seconds: float = 30.0
    # JOB_HEARTBEAT_SECONDS: a worker silent this long is dead; its articles are redelivered.
    job_heartbeat_seconds: float = 15.0
    # JOB_STALL_SECONDS: a job with no article finished for this long has its unanswered
    # articles queued again (a Redis failure mid-delivery can strand a message).
    job_stall_seconds: float = 180.0
    # WORKER_METRICS_PORT: where each batch worker serves its Prometheus metrics (0 = off).
    worker_metrics_port: int = 0
    # EXTRACT_BUDGET_SECONDS: time budget for one extraction (0 = unlimited).
    extract_budget_seconds: float = 60.0
    # API_KEYS: comma-separated keys; when any key is set, /v1 needs one.
    api_keys: str = ""
    # API_KEYS_FILE: a file of keys, one a line (# comments), added to API_KEYS.
    api_keys_file: str = ""
    # RATE_LIMIT: flask-limiter limits per key (or client address) on /v1, e.g.
    # "120/minute;20/second"; "off" or empty disables them.
    rate_limit: str = field(default="120/minute;20/second",
                            metadata={_NORMALISE: _rate_limit})
    # TRUSTED_PROXIES: how many reverse proxies in front of Kutip set X-Forwarded-For; the
    # client address (for rate limits and logs) is read from it. 0 = none, use the peer.
    trusted_proxies: int = 0
    # LOG_LEVEL: Python logging level name.
    log_level: str = field(default="INFO", metadata={_NORMALISE: _upper})
    # --- gunicorn (docker/gunicorn.conf.py reads these) ---
    # PORT: where gunicorn listens, on every interface (unless BIND says otherwise).
    port: int = 8000
    # BIND: host:port to listen on (empty: 0.0.0.0:PORT).
    bind: str = ""
    # WEB_CONCURRENCY: gunicorn workers (0: one per CPU core; the parse is CPU-bound).
    web_concurrency: int = 0
    # GUNICORN_THREADS: threads per worker (cache hits and health checks while a parse runs).
    gunicorn_threads: int = 4
    # GUNICORN_TIMEOUT: seconds before a silent worker is replaced (above the time budget).
    gunicorn_timeout: int = 120
    # GUNICORN_GRACEFUL_TIMEOUT: seconds a stopping worker may finish its requests.
    gunicorn_graceful_timeout: int = 30
    # GUNICORN_KEEPALIVE: seconds an idle keep-alive connection is held.
    gunicorn_keepalive: int = 5
    # GUNICORN_BACKLOG: connections the listening socket queues.
    gunicorn_backlog: int = 2048
    # GUNICORN_MAX_REQUESTS: requests before a worker is recycled (0: never; a recycled
    # worker reloads its models for about 3 s).
    gunicorn_max_requests: int = 0
    # GUNICORN_MAX_REQUESTS_JITTER: random extra requests before recycling.
    gunicorn_max_requests_jitter: int = 0
    # GUNICORN_CONTROL_SOCKET=1: keep gunicorn's runtime control socket (off: one fixed path
    # per user, which several servers on one host would fight over).
    gunicorn_control_socket: bool = False

    @property
    def jobs_redis(self) -> str:
        """The Redis of jobs and their queue ("" when there is none)."""
        return self.jobs_redis_url or self.redis_url

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """Each field from its environment variable (the field's name in upper case), parsed
        by the field's type; an empty or unset variable keeps the default. overrides (tests)
        win over the environment."""
        known = {f.name: f for f in fields(cls)}
        unknown = set(overrides) - set(known)
        if unknown:
            raise TypeError(f"unknown settings: {sorted(unknown)}")
        values = {}
        for name, f in known.items():
            if name in overrides:
                value = overrides[name]
            else:
                raw = os.environ.get(name.upper(), "").strip()
                if not raw:
                    continue
                value = _parse(name.upper(), raw, type(f.default))
            normalise = f.metadata.get(_NORMALISE)
            values[name] = normalise(value) if normalise and isinstance(value, str) else value
        return cls(**values)
