"""Mentions: a title run split into role and name, the kinds of mention, organisations.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from service.extract.engine import extract
from service.extract.mentions import (
    classify,
    is_name_word,
    is_organisation,
    mention_after,
    split_name,
)
from tests.views import view_of


def _word(view, text: str):
    return next(w for w in view.words if w.text == text)


@pytest.mark.parametrize(("phrase", "role", "name"), [
    ("Menteri Keuangan Sri Mulyani", "Menteri Keuangan", "Sri Mulyani"),
    ("Kapolres Bogor AKBP Rio Wahyu", "Kapolres Bogor AKBP", "Rio Wahyu"),
    ("Presiden Prabowo Subianto", "Presiden", "Prabowo Subianto"),
    ("Budi Santoso", "", "Budi Santoso"),
    # A place opened by a geographic noun takes the word after it (lexicon.TOPONYM_HEADS) ...
    ("Bupati Gunung Kidul Sunaryanta", "Bupati Gunung Kidul", "Sunaryanta"),
    ("Lurah Karang Anyar Slamet Riyadi", "Lurah Karang Anyar", "Slamet Riyadi"),
    # ... where a place that is one word leaves the rest to the name.
    ("Wali Kota Padang Hendri Septa", "Wali Kota Padang", "Hendri Septa"),
    # A title word ending the run is a surname, so a whole name still follows the place.
    ("Bupati Kabupaten Sukamaju Lukman Hakim", "Bupati Kabupaten Sukamaju", "Lukman Hakim"),
    # A regional department's field as an acronym, and its region after it; the control:
    # no region, a whole name after the field.
    ("Kepala Dinas PU Sukamaju Budi Santoso", "Kepala Dinas PU Sukamaju", "Budi Santoso"),
    ("Kepala Dinas ESDM Budi Santoso", "Kepala Dinas ESDM", "Budi Santoso"),
])
def test_a_title_run_splits_into_role_and_name(phrase, role, name):
    view = view_of(f"Kemarin {phrase} datang.")
    words = view.words[1:-2]
    got_role, got_name = split_name(view, words)
    text = view.text
    assert (text[got_role[0].start : got_role[-1].end] if got_role else "") == role
    assert text[got_name[0].start : got_name[-1].end] == name


@pytest.mark.parametrize(("phrase", "kind"), [("dia", "pronoun"), ("Budi Santoso", "name"),
                                              ("pihak kepolisian", "description")])
def test_mention_kinds(phrase, kind):
    view = view_of(f"Kemarin {phrase} datang.")
    mention = classify(view, view.words[1:-2])
    assert mention is not None and mention.kind == kind


def test_the_name_after_an_inverted_cue_is_the_mention_and_its_apposition_a_role():
    view = view_of("“Harga naik,” kata Sam Altman, CEO OpenAI, di Jakarta.")
    mention = mention_after(view, _word(view, "kata"), len(view.words))
    assert mention.text == "Sam Altman"
    [speaker] = extract(view).speakers
    assert speaker.name == "Sam Altman" and speaker.roles == ["CEO OpenAI"]


@pytest.mark.parametrize(("name", "organisation"), [
    ("PT Maju Jaya Tbk", True), ("Kementerian Keuangan", True), ("Universitas Indonesia", True),
    ("Budi Santoso", False)])
def test_organisations_by_their_words(name, organisation):
    assert is_organisation(name) is organisation


@pytest.mark.parametrize(("office", "name"), [
    ("Koordinator Nasional Jaringan Pendidikan Pemilih untuk Rakyat (JPPR)", "Dedi Kurnia"),
    ("Ketua Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS)", "Rina Wulandari"),
])
def test_a_preposition_inside_a_body_s_name_goes_on_to_the_holder(office, name):
    view = view_of(f"Namun menurut {office} {name}, aturan itu belum ditegakkan.")
    mention = mention_after(view, _word(view, "menurut"), len(view.words))
    assert mention.text == name
    [speaker] = extract(view).speakers
    assert speaker.name == name and speaker.roles == [office]


@pytest.mark.parametrize("after", [
    "dana untuk Rakyat Miskin belum cair",  # no acronym: "untuk" opens a phrase
    "Ketua Dewan untuk Rakyat (BLT) belum cair",  # an acronym of no word before "untuk"
])
def test_untuk_without_its_body_s_acronym_ends_the_run(after):
    view = view_of(f"Namun menurut Ketua Dewan Rina Wulandari {after}.")
    mention = mention_after(view, _word(view, "menurut"), len(view.words))
    assert "untuk" not in mention.text


@pytest.mark.parametrize(("number", "piece"), [
    ("241 K/TUN/KI/2017", "K/TUN/KI/2017"), ("241 K / TUN / KI/2017", "KI/2017"),
    ("90/PUU-XXI/2023", "90/PUU-XXI/2023")])
def test_a_reference_number_is_no_name_word(number, piece):
    """A decision's or a letter's number (lexicon.REFERENCE_NUMBER_PATTERN) is capitalised
    like a name but names no one, so it never becomes a speaker (CONTRACT.md: never a guessed
    name); the control: the capitalised word before it is still one."""
    view = view_of(f"Putusan Mahkamah bernomor {number} menjelaskan, dokumen itu terbuka.")
    assert not is_name_word(view, _word(view, piece))
    assert is_name_word(view, _word(view, "Mahkamah"))


def test_a_unit_s_number_and_its_place_still_lead_to_its_commander():
    """The control: "0501/Jakarta Pusat" is a unit's number and place, not a reference."""
    view = view_of("Dandim 0501/Jakarta Pusat Kolonel Inf Budi Santoso mengatakan pelaku sudah "
                   "ditangkap.")
    assert [s.name for s in extract(view).speakers] == ["Budi Santoso"]


@pytest.mark.parametrize(("opening", "speaker"), [
    # A role noun opening the sentence, capitalised and read as a name, with a whole name
    # after it: the role is no part of the name ...
    ("Pengusaha Budi Santoso", "Budi Santoso"),
    # ... nor is a performer's or an athlete's pe- noun (lexicon.PROFESSIONS).
    ("Pedangdut Ayu Lestari", "Ayu Lestari"),
    ("Petenis Aldila Sutjiadi", "Aldila Sutjiadi"),
    ("Epidemiolog Dedi Kurniawan", "Dedi Kurniawan"),
    # A Batak woman's clan after "boru" is her name's too (lexicon.NAME_JOINERS).
    ("Maria Ulfa boru Sitompul", "Maria Ulfa boru Sitompul"),
    # The control: a given name spelled like a role noun, one name word after it.
    ("Tim Cook", "Tim Cook"),
])
def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name(opening, speaker):
    view = view_of(f"{opening} mengatakan penjualan turun 20 persen.")
    # Stanza tags a capitalised word opening the sentence PROPN, as it tags names.
    view.words[0] = replace(view.words[0], upos="PROPN")
    assert [s.name for s in extract(view).speakers] == [speaker]


@pytest.mark.parametrize("subject", ["Budi Santoso alias Gondrong", "Budi Santoso atau Cak Budi"])
def test_the_name_before_an_alias_is_the_speaker_s(subject):
    """lexicon.ALIAS_WORDS: the person's own name stands before the name they are also
    called by."""
    view = view_of(f"{subject} mengaku mencuri sepeda motor itu.")
    assert [s.name for s in extract(view).speakers] == ["Budi Santoso"]
