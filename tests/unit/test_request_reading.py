"""Reading a request cheaply must read it the same way: a blank text is refused by the same
white space as the documented pattern, NUL and lone surrogates become U+FFFD and nothing else
changes, and an answer's id tells apart every text, option and model."""

from __future__ import annotations

import re

import marshmallow as ma
import pytest

from service.api.body import as_text
from service.extract.engine import answer_id
from service.schemas import ExtractRequestSchema, NotBlank

PATTERN = re.compile(r"[\s\S]*\S")


@pytest.mark.parametrize("text", [
    "", " ", "\n\t ", "\u00a0", "\u2003\u3000", "\x1c\x1d\x1e\x1f", "\u200b", "\ufeff",
    "a", "  Budi berkata.  ", "\u00a0x\u00a0", "\u2028", "\x85",
])
def test_blank_is_what_the_documented_pattern_calls_blank(text):
    blank = PATTERN.match(text) is None
    if blank:
        with pytest.raises(ma.ValidationError, match="must not be blank"):
            NotBlank()(text)
    else:
        assert NotBlank()(text) == text


def test_the_spec_still_states_the_pattern():
    field = ExtractRequestSchema().fields["text"]
    validators = [v for v in field.validators if isinstance(v, ma.validate.Regexp)]
    assert [v.regex.pattern for v in validators] == [PATTERN.pattern]


def test_nul_and_lone_surrogates_become_replacement_characters_one_for_one():
    payload = {"text": "Harga \ud800 naik\x00 lagi \udfff.", "title": "Judul", "n": 3}
    cleaned = as_text(payload)
    assert cleaned["text"] == "Harga \ufffd naik\ufffd lagi \ufffd."
    assert len(cleaned["text"]) == len(payload["text"])
    assert cleaned["title"] == "Judul" and cleaned["n"] == 3


def test_text_with_quotes_and_emoji_is_left_as_it_is():
    text = "\u201cHarga naik,\u201d kata Budi \U0001f600 \u2014 tanpa\u00a0jeda."
    assert as_text({"text": text})["text"] is text


def test_answer_ids_differ_with_text_options_and_model_and_not_otherwise():
    model = {"stanza": "1.15.0", "code": "abc"}
    base = answer_id("Budi berkata.", {"language": "id"}, model)
    assert base == answer_id("Budi berkata.", {"language": "id"}, dict(model))
    assert len(base) == 64
    assert base != answer_id("Budi berkata. ", {"language": "id"}, model)
    assert base != answer_id("Budi berkata.", {"language": "en"}, model)
    assert base != answer_id("Budi berkata.", {"language": "id"}, {**model, "code": "abd"})
    # the text cannot be mistaken for part of the options: the options line ends first
    assert answer_id("x", {"language": "id\nx"}, model) != answer_id("id\nx", {}, model)
