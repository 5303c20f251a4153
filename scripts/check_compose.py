"""Check docker-compose.yml without a Docker engine: valid YAML and the shape Kutip needs.

Usage: python scripts/check_compose.py docker-compose.yml
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def problems(doc: dict) -> list[str]:
    out: list[str] = []
    services = doc.get("services")
    if not isinstance(services, dict) or not services:
        return ["no services"]
    for name in ("kutip", "redis"):
        if name not in services:
            out.append(f"service {name!r} missing")
    # One-shot services (the schema migration) run to completion before those that wait for
    # them; they restart only on failure and need no healthcheck.
    one_shot = {dep for svc in services.values() if isinstance(svc, dict)
                for dep, cond in (svc.get("depends_on") or {}).items()
                if isinstance(cond, dict)
                and cond.get("condition") == "service_completed_successfully"}
    for name, svc in services.items():
        if not isinstance(svc, dict):
            out.append(f"{name}: not a mapping")
            continue
        if "image" not in svc and "build" not in svc:
            out.append(f"{name}: needs image or build")
        if name in one_shot:
            if svc.get("restart") != "on-failure":
                out.append(f"{name}: a one-shot service should restart on-failure only")
        elif svc.get("restart") not in {"always", "unless-stopped", "on-failure"}:
            out.append(f"{name}: restart policy missing")
        health = svc.get("healthcheck", {})
        if name not in one_shot and (not isinstance(health, dict) or not health.get("test")):
            out.append(f"{name}: healthcheck missing")
        for dep, cond in (svc.get("depends_on") or {}).items():
            if dep not in services:
                out.append(f"{name}: depends on unknown service {dep!r}")
            wanted = "service_completed_successfully" if dep in one_shot else "service_healthy"
            if not isinstance(cond, dict) or cond.get("condition") != wanted:
                out.append(f"{name}: depends_on {dep} should wait for {wanted}")
        env = svc.get("environment", {})
        if not isinstance(env, dict | list):
            out.append(f"{name}: environment must be a mapping or list")
    kutip = services.get("kutip", {})
    if isinstance(kutip, dict):
        env = kutip.get("environment", {})
        if "REDIS_URL" not in env:
            out.append("kutip: REDIS_URL not set")
        if "redis" not in (kutip.get("depends_on") or {}):
            out.append("kutip: should depend on redis")
    nginx = services.get("nginx")
    if not isinstance(nginx, dict):
        out.append("service 'nginx' missing (the buffering proxy in front of kutip)")
    else:
        if "kutip" not in (nginx.get("depends_on") or {}):
            out.append("nginx: should depend on kutip")
        for volume in nginx.get("volumes") or []:
            source = str(volume).split(":", 1)[0]
            if source.startswith(".") and not (ROOT / source).exists():
                out.append(f"nginx: mounted file {source} does not exist")
    return out


def main(path: str) -> int:
    with open(path, encoding="utf-8") as fh:
        try:
            doc = yaml.safe_load(fh)
        except yaml.YAMLError as exc:
            print(f"{path}: not valid YAML: {exc}")
            return 1
    found = problems(doc if isinstance(doc, dict) else {})
    for p in found:
        print(f"{path}: {p}")
    if not found:
        print(f"{path}: ok")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docker-compose.yml"))
