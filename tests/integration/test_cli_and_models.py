"""The CLI over real files, and the clear error for a missing model directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from service.nlp.loader import ModelsUnavailable, load_pipeline
from tests.conftest import ROOT

SEED = ROOT / "seeds" / "altman-openai.txt"


def _cli(*args: str, stdin: str | None = None, env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "service", *args], cwd=ROOT, input=stdin, text=True,
        capture_output=True, env={**os.environ, **(env or {})}, timeout=300,
    )


def test_cli_json_prints_one_object_a_line_in_order(tmp_path):
    other = tmp_path / "short.txt"
    other.write_text("“Harga beras akan turun,” kata Budi Santoso.", encoding="utf-8")
    proc = _cli("extract", "--json", str(SEED), str(other))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert len([q for q in first["quotes"] if q["type"] == "direct"]) == 3
    assert second["quotes"][0]["speaker"]["name"] == "Budi Santoso"


def test_cli_plain_output_is_readable_and_reads_stdin():
    proc = _cli("extract", "-", stdin=SEED.read_text("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert "[direct] Sam Altman (CEO OpenAI): Saat itu saya merasa" in proc.stdout


def test_cli_missing_models_is_one_clear_error(tmp_path):
    proc = _cli("extract", str(SEED), env={"STANZA_DIR": str(tmp_path / "nowhere")})
    assert proc.returncode == 2
    assert str(tmp_path / "nowhere") in proc.stderr
    assert "make models" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_broken_model_directory_names_the_directory(tmp_path):
    (tmp_path / "resources.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelsUnavailable) as err:
        load_pipeline(str(tmp_path))
    assert str(tmp_path) in str(err.value)
