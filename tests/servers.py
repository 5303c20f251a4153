"""Real servers for tests: a private redis-server and gunicorn with docker/gunicorn.conf.py."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, up: bool, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            s.settimeout(0.2)
            is_up = s.connect_ex(("127.0.0.1", port)) == 0
        if is_up == up:
            return
        time.sleep(0.05)
    raise TimeoutError(f"port {port} did not go {'up' if up else 'down'}")


class RedisProcess:
    """A redis-server of the test's own, which the test may stop and start again."""

    def __init__(self, port: int | None = None, persistent: bool = False,
                 args: tuple[str, ...] = ()):
        """args: more redis-server options (a memory limit and its policy, say)."""
        self.port = port or free_port()
        self.args = args
        self.proc: subprocess.Popen | None = None
        # persistent: an append-only file in a directory of its own, so a restart keeps data
        self.dir = Path(tempfile.mkdtemp(prefix="kutip-redis-")) if persistent else None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisProcess:
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        durability = ["--appendonly", "yes", "--appendfsync", "always", "--dir",
                      str(self.dir)] if self.dir else ["--appendonly", "no"]
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             *durability, *self.args],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        _wait_port(self.port, up=True)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        _wait_port(self.port, up=False)


class Gunicorn:
    """gunicorn serving create_app() on a free port, configured by docker/gunicorn.conf.py
    (app: another WSGI app to serve the same way, for a benchmark's comparison)."""

    def __init__(self, env: dict[str, str] | None = None, workers: int = 1,
                 app: tuple[str, ...] = ("service.app:create_app()",)):
        self.app = app
        self.port = free_port()
        self.env = {
            **os.environ,
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_THREADS": "4",
            "LOG_LEVEL": "warning",
            **(env or {}),
        }
        self.proc: subprocess.Popen | None = None
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"kutip-gunicorn-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_seconds: float = 120.0) -> Gunicorn:
        self._log = open(self.log_path, "w")  # noqa: SIM115  (closed in stop)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "docker/gunicorn.conf.py", *self.app],
            cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + ready_seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_path.read_text()[-2000:]}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            time.sleep(0.2)
        raise TimeoutError(f"gunicorn not ready: {self.log_path.read_text()[-2000:]}")

    def worker_pids(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log.close()


class Nginx:
    """Debian's nginx in front of an upstream, with docker/nginx/default.conf.template
    rendered as the official image renders it (only the template's own variables)."""

    TEMPLATE = ROOT / "docker" / "nginx" / "default.conf.template"

    def __init__(self, upstream_port: int, *, max_body_bytes: int = 2 * 1024 * 1024,
                 max_job_bytes: int = 32 * 1024 * 1024,
                 conn_per_addr: int = 64, read_timeout: int = 90):
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="kutip-nginx-"))
        self.values = {"KUTIP_UPSTREAM": f"127.0.0.1:{upstream_port}",
                       "NGINX_PORT": f"127.0.0.1:{self.port}",
                       "MAX_BODY_BYTES": str(max_body_bytes),
                       "MAX_JOB_BYTES": str(max_job_bytes),
                       "NGINX_CONN_PER_ADDR": str(conn_per_addr),
                       "PROXY_READ_TIMEOUT": str(read_timeout)}
        self.proc: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("nginx") is not None or Path("/usr/sbin/nginx").exists()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Nginx:
        site = string.Template(self.TEMPLATE.read_text()).safe_substitute(self.values)
        (self.dir / "site.conf").write_text(site)
        d = self.dir
        (d / "nginx.conf").write_text(textwrap.dedent(f"""\
            worker_processes 1;
            pid {d}/nginx.pid;
            error_log {d}/error.log warn;
            events {{ worker_connections 1024; }}
            http {{
                access_log off;
                client_body_temp_path {d}/body;
                proxy_temp_path {d}/proxy;
                fastcgi_temp_path {d}/fastcgi;
                uwsgi_temp_path {d}/uwsgi;
                scgi_temp_path {d}/scgi;
                include {d}/site.conf;
            }}
            """))
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.proc = subprocess.Popen([binary, "-c", str(d / "nginx.conf"), "-p", str(d),
                                      "-g", "daemon off;"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait_port(self.port, up=True)
        except TimeoutError:
            self.proc.kill()
            raise RuntimeError(f"nginx did not start: {self.proc.stderr.read().decode()}") \
                from None
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


class Worker:
    """`python -m service worker` (Dramatiq) as its own process group, which a test may kill."""

    def __init__(self, env: dict[str, str], processes: int = 1):
        self.env = {**os.environ, "LOG_LEVEL": "warning", **env}
        self.processes = processes
        self.proc: subprocess.Popen | None = None
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"kutip-worker-{free_port()}.log"

    def start(self) -> Worker:
        self._log = open(self.log_path, "w")  # noqa: SIM115  (closed in stop)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "service", "worker", "--processes", str(self.processes)],
            cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True)
        return self

    def kill(self) -> None:
        """SIGKILL the whole group: the master and its worker processes, mid-article."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()
