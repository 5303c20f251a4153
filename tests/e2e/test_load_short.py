"""The short variant of scripts/load.py that CI runs: no request may fail."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.servers import ROOT


def test_short_load_has_no_errors():
    proc = subprocess.run(
        [sys.executable, "scripts/load.py", "--seconds", "6", "--concurrency", "8", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    print(stats)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert stats["errors"] == 0 and stats["requests"] > 0
    assert set(stats["statuses"]) == {"200"}  # JSON object keys are strings
