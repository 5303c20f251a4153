"""Every setting Kutip reads, taken once from the environment.

Each field documents its environment variable; README.md lists them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def _env_number(name: str, default, cast):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return cast(raw)
    except ValueError as exc:
        kind = "an integer" if cast is int else "a number"
        raise ValueError(f"environment variable {name} must be {kind}, got {raw!r}") from exc


def env_int(name: str, default: int) -> int:
    return _env_number(name, default, int)


def _env_float(name: str, default: float) -> float:
    return _env_number(name, default, float)


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    return raw in {"1", "true", "yes", "on"}


def _rate_limit(raw: str) -> str:
    raw = raw.strip()
    return "" if raw.lower() in {"", "off", "0", "none", "false"} else raw


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
    # TORCH_THREADS: intra-op threads torch may use per process (0 = torch's own default).
    torch_threads: int = 1
    # REDIS_URL: redis://host:port/db; empty means an in-process LRU cache.
    redis_url: str = ""
    # JOBS_REDIS_URL: the Redis of batch jobs and their queue (empty: REDIS_URL). Jobs must
    # never be evicted: give them a Redis whose maxmemory-policy is noeviction (compose runs
    # a second Redis for them) while the answer cache may evict freely; /readyz says
    # "degraded" when the jobs' Redis could evict them.
    jobs_redis_url: str = ""
    # CACHE_PREFIX: prefix of every cache key, so several deployments can share one Redis.
    cache_prefix: str = "kutip:"
    # CACHE_TTL: seconds an answer stays cached.
    cache_ttl: int = 7 * 24 * 3600
    # CACHE_SIZE: entries kept by the in-process cache.
    cache_size: int = 1024
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
    rate_limit: str = "120/minute;20/second"
    # TRUSTED_PROXIES: how many reverse proxies in front of Kutip set X-Forwarded-For; the
    # client address (for rate limits and logs) is read from it. 0 = none, use the peer.
    trusted_proxies: int = 0
    # LOG_LEVEL: Python logging level name.
    log_level: str = "INFO"

    @property
    def jobs_redis(self) -> str:
        """The Redis of jobs and their queue ("" when there is none)."""
        return self.jobs_redis_url or self.redis_url

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        values = dict(
            stanza_dir=os.environ.get("STANZA_DIR", "").strip() or cls.stanza_dir,
            stanza_download=_env_bool("STANZA_DOWNLOAD", False),
            stanza_package=os.environ.get("STANZA_PACKAGE", "").strip() or cls.stanza_package,
            parse_all=_env_bool("PARSE_ALL", False),
            torch_threads=env_int("TORCH_THREADS", cls.torch_threads),
            redis_url=os.environ.get("REDIS_URL", "").strip(),
            jobs_redis_url=os.environ.get("JOBS_REDIS_URL", "").strip(),
            cache_prefix=os.environ.get("CACHE_PREFIX", cls.cache_prefix),
            cache_ttl=env_int("CACHE_TTL", cls.cache_ttl),
            cache_size=env_int("CACHE_SIZE", cls.cache_size),
            redis_timeout=_env_float("REDIS_TIMEOUT", cls.redis_timeout),
            max_text_chars=env_int("MAX_TEXT_CHARS", cls.max_text_chars),
            max_body_bytes=env_int("MAX_BODY_BYTES", cls.max_body_bytes),
            max_parse_tokens=env_int("MAX_PARSE_TOKENS", cls.max_parse_tokens),
            worker_max_memory_mb=env_int("WORKER_MAX_MEMORY_MB", cls.worker_max_memory_mb),
            max_pending=env_int("MAX_PENDING", cls.max_pending),
            auth_fail_limit=os.environ.get("AUTH_FAIL_LIMIT", cls.auth_fail_limit).strip(),
            job_ttl=env_int("JOB_TTL", cls.job_ttl),
            max_job_articles=env_int("MAX_JOB_ARTICLES", cls.max_job_articles),
            max_job_bytes=env_int("MAX_JOB_BYTES", cls.max_job_bytes),
            max_jobs_per_key=env_int("MAX_JOBS_PER_KEY", cls.max_jobs_per_key),
            max_queued_articles_per_key=env_int("MAX_QUEUED_ARTICLES_PER_KEY",
                                                cls.max_queued_articles_per_key),
            max_queued_bytes_per_key=env_int("MAX_QUEUED_BYTES_PER_KEY",
                                             cls.max_queued_bytes_per_key),
            max_result_page_bytes=env_int("MAX_RESULT_PAGE_BYTES", cls.max_result_page_bytes),
            stream_send_timeout_seconds=_env_float("STREAM_SEND_TIMEOUT_SECONDS",
                                                   cls.stream_send_timeout_seconds),
            job_heartbeat_seconds=_env_float("JOB_HEARTBEAT_SECONDS", cls.job_heartbeat_seconds),
            job_stall_seconds=_env_float("JOB_STALL_SECONDS", cls.job_stall_seconds),
            worker_metrics_port=env_int("WORKER_METRICS_PORT", cls.worker_metrics_port),
            extract_budget_seconds=_env_float("EXTRACT_BUDGET_SECONDS", cls.extract_budget_seconds),
            log_level=os.environ.get("LOG_LEVEL", cls.log_level).upper(),
            trusted_proxies=env_int("TRUSTED_PROXIES", cls.trusted_proxies),
            api_keys=os.environ.get("API_KEYS", ""),
            api_keys_file=os.environ.get("API_KEYS_FILE", "").strip(),
            rate_limit=_rate_limit(os.environ.get("RATE_LIMIT", cls.rate_limit)),
        )
        known = {f.name for f in fields(cls)}
        unknown = set(overrides) - known
        if unknown:
            raise TypeError(f"unknown settings: {sorted(unknown)}")
        values.update(overrides)
        values["rate_limit"] = _rate_limit(values["rate_limit"])
        return cls(**values)
