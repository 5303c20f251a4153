"""Regression guard: the dev-set scores must stay within 0.02 of the figures in README.md."""

from __future__ import annotations

import re

import pytest

from service.eval import DEFAULT_DIR, evaluate
from tests.conftest import ROOT

TOLERANCE = 0.02


def _readme_figure(label: str) -> float:
    text = (ROOT / "README.md").read_text("utf-8")
    m = re.search(rf"\|\s*{re.escape(label)}\s*\|\s*([0-9.]+)\s*\|", text)
    assert m, f"README.md has no row '| {label} | <figure> |'"
    return float(m.group(1))


@pytest.mark.skipif(not DEFAULT_DIR.is_dir(), reason="../shared/eval/dev is not present")
def test_dev_scores_hold_the_readme_figures(engine):
    scores, runs = evaluate(engine, DEFAULT_DIR)
    for text_rec in runs:
        _rec, answer, text = text_rec
        for q in answer["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
    assert scores["quotes"]["f1"] >= _readme_figure("quote F1") - TOLERANCE
    assert scores["end_to_end"]["f1"] >= _readme_figure("end-to-end F1") - TOLERANCE
