"""Regression guard: the dev-set scores must stay within 0.02 of the figures in README.md,
for quotes, speakers (and their clean names) and claims, and the PFSA-dev figures for direct
quotes and speakers."""

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


@pytest.fixture(scope="module")
def dev_scores(engine):
    if not DEFAULT_DIR.is_dir():
        pytest.skip("../shared/eval/dev is not present")
    scores, runs = evaluate(engine, DEFAULT_DIR)
    for _rec, answer, text in runs:
        for q in answer["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
        for c in answer["claims"]:
            assert text[c["start"] : c["end"]] == c["text"]
    return scores


def test_dev_quote_scores_hold_the_readme_figures(dev_scores):
    assert dev_scores["quotes"]["f1"] >= _readme_figure("quote F1") - TOLERANCE
    assert dev_scores["speaker_accuracy"] >= _readme_figure("speaker accuracy") - TOLERANCE
    assert dev_scores["end_to_end"]["f1"] >= _readme_figure("end-to-end F1") - TOLERANCE
    assert dev_scores["clean_name_rate"] >= _readme_figure("clean-name rate") - TOLERANCE


@pytest.mark.parametrize(("label", "path"), [
    ("check-worthy F1", ("checkworthy", "f1")),
    ("claim detection F1", ("detection", "f1")),
    ("level-3 recall", ("level3_recall",)),
    ("nDCG@5", ("ndcg5",)),
    ("type accuracy", ("type_accuracy",)),
    ("claimant accuracy", ("claimant_accuracy",)),
])
def test_dev_claim_scores_hold_the_readme_figures(dev_scores, label, path):
    value = dev_scores["claims"]
    for key in path:
        value = value[key]
    assert value >= _readme_figure(label) - TOLERANCE


PFSA_DIR = DEFAULT_DIR.parent / "pfsa-dev"


@pytest.mark.skipif(not PFSA_DIR.is_dir(), reason="../shared/eval/pfsa-dev is not present")
def test_pfsa_dev_direct_quote_scores_hold_the_readme_figures(engine):
    scores, _ = evaluate(engine, PFSA_DIR, only_type="direct")
    assert scores["quotes"]["f1"] >= _readme_figure("PFSA quote F1") - TOLERANCE
    assert scores["speaker_accuracy"] >= _readme_figure("PFSA speaker accuracy") - TOLERANCE
    assert scores["end_to_end"]["f1"] >= _readme_figure("PFSA end-to-end F1") - TOLERANCE
    assert scores["clean_name_rate"] >= _readme_figure("PFSA clean-name rate") - TOLERANCE
