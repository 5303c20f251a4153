"""Bad input never hurts the engine: arbitrary text never raises, never hangs, and every
offset slices the input to the quote's own text. Properties checked with hypothesis."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, assert_offsets

QUOTES = "\"“”„«»‘’'‹›"
CUES = ["kata", "ujarnya", "menurut", "Menurutnya", "mengatakan", "bahwa", "ia", "dia",
        "Altman", "Sam", "CEO", ",", ".", "\n", "\n\n", " "]
PROPERTY = settings(
    max_examples=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

pieces = st.one_of(
    st.text(max_size=40),  # any Unicode, control characters included
    st.sampled_from(CUES),
    st.text(alphabet=QUOTES, min_size=1, max_size=30),  # unbalanced marks
    st.text(alphabet="\u202e\u202d\u200f\u200eمرحباשלום", max_size=20),  # right-to-left
    st.text(alphabet="😀🇮🇩👩‍👩‍👧🤖", max_size=10),  # emoji and joiners
    st.text(alphabet="\x00\x01\x07\x0b\x0c\x1b\x7f\r\t", max_size=10),
)
articles = st.lists(pieces, max_size=40).map("".join)


@PROPERTY
@given(text=articles)
def test_any_text_gives_a_valid_answer(engine, text):
    answer = engine.run(text)
    assert_offsets(text, answer)
    ids = {s["id"] for s in answer["speakers"]}
    for q in answer["quotes"]:
        assert q["type"] in {"direct", "indirect", "mixed"}
        assert q["speaker"] is None or q["speaker"]["id"] in ids
        assert 0 <= q["start"] <= q["end"] <= len(text)
    for c in answer["claims"]:
        assert 0.0 <= c["checkworthy"] <= 1.0


@PROPERTY
@given(marks=st.text(alphabet=QUOTES, min_size=1000, max_size=5000),
       words=st.lists(st.sampled_from(CUES), max_size=50))
def test_thousands_of_unbalanced_marks(engine, marks, words):
    text = marks[: len(marks) // 2] + " ".join(words) + marks[len(marks) // 2 :]
    assert_offsets(text, engine.run(text))


def test_a_200000_character_line_without_spaces_does_not_hang():
    """Run in a subprocess so a hang fails the test instead of the suite (a guard, not a
    speed assertion: it finishes in well under a second)."""
    code = (
        "from service.extract.engine import Engine\n"
        "e = Engine.from_settings()\n"
        "t = 'a' * 200000\n"
        "a = e.run('“' + t + '” kata Budi.')\n"
        "assert all(('“' + t + '” kata Budi.')[q['start']:q['end']] == q['text'] "
        "for q in a['quotes'])\n"
        "print('ok', len(a['quotes']))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("ok")
