"""Multi-word tokens split by the clitic's own spelling once the dictionary has no entry:
the host keeps every letter, a particle is split off only where the whole token is no word
the tagger knows, and a token ending in no clitic stays whole."""

from __future__ import annotations

from service.nlp.multiword import split_clitic

KNOWN = {"langkah", "istilah", "pihak", "rumah"}


def is_word(word: str) -> bool:
    return word in KNOWN


def test_nya_is_split_off_and_the_host_keeps_its_letters():
    assert split_clitic("pemeriksaannya", is_word) == "pemeriksaan nya"
    assert split_clitic("Menurutnya", is_word) == "Menurut nya"
    assert split_clitic("rumahnya", is_word) == "rumah nya"


def test_a_particle_is_split_off_only_from_a_token_that_is_no_word_of_its_own():
    assert split_clitic("cukuplah", is_word) == "cukup lah"
    assert split_clitic("benarkah", is_word) == "benar kah"
    assert split_clitic("langkah", is_word) == "langkah"
    assert split_clitic("istilah", is_word) == "istilah"


def test_a_token_ending_in_no_clitic_stays_whole():
    assert split_clitic("kampanye", is_word) == "kampanye"
    assert split_clitic("ilmu-ilmu", is_word) == "ilmu-ilmu"


def test_a_quotation_mark_glued_to_the_token_stays_with_the_host():
    assert split_clitic("“katanya", is_word) == "“kata nya"
    assert split_clitic("“langkah", is_word) == "“langkah"


def test_a_bare_clitic_is_not_split_into_nothing():
    assert split_clitic("nya", is_word) == "nya"
    assert split_clitic("lah", is_word) == "lah"
